// End-to-end tests of the renewal-risk review: the release bundle served on loopback,
// driven in headless Chromium as a service manager would before a renewal meeting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { harness, result, OUT, addressBar } from './harness.mjs';

const h = harness();
const open = (...args) => h.open(...args);

const risk = (page, id) => page.locator(`[data-risk="${id}"]`).first();
const measure = (page, id, n) => page.locator(`.sw-measure[data-measure="${id}"] .sw-measure-input`).nth(n).locator('input');

test('a service manager reviews a customer on a phone and shares the review', async () => {
  const page = await open('/index.html?w=renewal-risk&lang=en', { width: 360, height: 780 });
  await page.getByLabel('Customer', { exact: true }).fill('Acme Bank');
  await risk(page, 'missing-components').locator('> label').click();
  await risk(page, 'missing-components').getByText('High', { exact: true }).click();
  await risk(page, 'missing-components').locator('select[data-field="response"]').selectOption('mitigate');
  await risk(page, 'missing-components').locator('select[data-field="state"]').selectOption('in-progress');
  await risk(page, 'missing-components').getByLabel('Main cause').fill('No EDR on the endpoints');
  await risk(page, 'missing-components').getByLabel('Root cause').fill('Budget cut at purchase');
  await risk(page, 'budget').locator('> label').click();
  assert.equal(await result(page, 'renewal-risk'), 'unlikely', 'a high risk open and the budget unconfirmed');
  await measure(page, 'alert-accuracy', 0).fill('86');
  await measure(page, 'closure', 0).fill('97');
  await page.getByLabel('A budget is approved or reserved').check();
  await page.getByLabel('The decision maker recognises the service\'s value').check();
  await page.getByLabel('The budget process is clear, with no obstacle').check();
  assert.equal(await result(page, 'renewal-risk'), 'unlikely', 'serious risks on both the delivery and the commercial side');
  await risk(page, 'budget').getByText('Low', { exact: true }).click();
  assert.equal(await result(page, 'renewal-risk'), 'at-risk');
  assert.equal(await result(page, 'high-risks'), '1');
  assert.equal(await result(page, 'open-risks'), '2');
  const ranked = await page.locator('.sw-ranked > li').evaluateAll((items) => items.map((li) => li.dataset.risk));
  assert.deepEqual(ranked, ['missing-components', 'budget']);
  const plays = await page.locator('.sw-ranked > li[data-risk="missing-components"] [data-playbook]').evaluateAll((l) => l.map((x) => x.dataset.playbook));
  assert.deepEqual(plays, ['component-trial', 'manage-expectations', 'refocus-standard-work', 'gift-value-added'], 'the seed\'s playbook, in its order');
  assert.match(await page.locator('.sw-warnings').textContent(), /Alert accuracy: 86 \/ 90 %/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll at 360 px');
  await page.locator('.sw-result').screenshot({ path: OUT + 'renewal-phone-result.png' });

  const url = await addressBar(page, /w=renewal-risk&lang=en&customer=Acme%20Bank&missing-components=high&missing-components\.response=mitigate&missing-components\.state=in-progress&missing-components\.cause=No%20EDR%20on%20the%20endpoints&missing-components\.root=Budget%20cut%20at%20purchase&budget=low&alert-accuracy=86&closure=97&confirmed=decision-maker-values%2Cbudget-approved%2Cbudget-process-clear$/);
  const again = await open(new URL(url).pathname + new URL(url).search, { locale: 'zh-CN' });
  assert.equal(await result(again, 'renewal-risk'), 'at-risk');
  assert.equal(await again.getByLabel('Customer', { exact: true }).inputValue(), 'Acme Bank');
  assert.equal(await risk(again, 'missing-components').getByLabel('Main cause').inputValue(), 'No EDR on the endpoints');
  await h.closeClean(page, again);
});

test('the review is done by keyboard on a laptop, in Chinese, and its JSON keeps every answer', async () => {
  const page = await open('/index.html?w=renewal-risk&lang=zh', { width: 1280 });
  const box = risk(page, 'major-incident').locator('> label input');
  await box.focus();
  await page.keyboard.press('Space');
  await risk(page, 'major-incident').locator('input[type=radio][value="high"]').focus();
  await page.keyboard.press('Space');
  assert.equal(await result(page, 'high-risks'), '1');
  assert.match(await page.locator('output[data-result="renewal-risk"]').textContent(), /续约可能性低/, 'a high risk, nothing confirmed');
  await measure(page, 'message-response-work', 0).focus();
  await page.keyboard.type('45');
  // 45 min against a 30-minute target (typed key by key: wait for the last key's render).
  await page.locator('.sw-measure[data-measure="message-response-work"][data-status="poor"]').waitFor();
  const download = page.waitForEvent('download');
  await page.locator('button[data-action="download-json"]').click();
  const json = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  assert.equal(json.widget, 'renewal-risk');
  assert.equal(json.outlook, 'unlikely');
  assert.deepEqual(json.risks.map((r) => [r.id, r.level, r.state]), [['major-incident', 'high', 'pending']]);
  assert.deepEqual(json.belowTarget, ['message-response-work']);
  assert.match(json.link, /w=renewal-risk&lang=zh&major-incident=high&message-response-work=45$/);
  await page.locator('.sw-result').screenshot({ path: OUT + 'renewal-desktop-zh.png' });
  await h.closeClean(page);
});

test('a broken link opens with what it could use and says what it ignored', async () => {
  const page = await open('/index.html?w=renewal-risk&lang=en&budget=catastrophic&relationship=high&relationship.state=lost&closure=ninety&confirmed=budget-approved,hope&ghost.cause=x');
  const notes = await page.locator('.sw-notes').textContent();
  assert.match(notes, /"catastrophic" is not a valid budget/);
  assert.match(notes, /"lost" is not a valid relationship\.state/);
  assert.match(notes, /"closure" = "ninety": This is not a number/);
  assert.match(notes, /"hope" is not a valid confirmed/);
  assert.match(notes, /"ghost\.cause" is not a valid risk/);
  assert.equal(await result(page, 'high-risks'), '1', 'the valid relationship risk is kept');
  await h.closeClean(page);
});
