// End-to-end tests of the value-delivery flywheel: the release bundle served on
// loopback, driven in headless Chromium as a user would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, result, OUT, addressBar } from './harness.mjs';

const h = harness();
const open = (...args) => h.open(...args);

const field = (page, key) => page.locator(`[data-field="${key}"] input`);

test('a success lead enters KPIs on a phone, sees the flywheel and shares the numbers', async () => {
  const page = await open('/index.html?w=flywheel&lang=en', { width: 320, height: 720 });
  for (const [key, value] of [['ttv', '3'], ['adoption', '72'], ['healthy', '64'], ['churn', '11'],
                              ['customers', '300'], ['arpa', '12,000'], ['expansion', '6'], ['new', '50'], ['years', '5']]) {
    await field(page, key).fill(value);
  }
  await page.getByLabel('From survey answers').check();
  await field(page, 'promoters').fill('45');
  await field(page, 'passives').fill('35');
  await field(page, 'detractors').fill('20');
  assert.equal(await result(page, 'nps'), '25');
  // ttv good, adoption good, healthy fair, NPS fair, churn poor: (1 + 1 + .5 + .5 + 0) / 5
  assert.equal(await result(page, 'flywheel-health'), '60');
  const statuses = await page.locator('.sw-kpis tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.health));
  assert.deepEqual(statuses, ['good', 'good', 'fair', 'fair', 'poor']);
  assert.equal(await result(page, 'net-revenue-retention'), '95');
  assert.equal(await result(page, 'customer-lifetime-value'), String(Math.round(12000 * 100 / 11)));
  const gap = Number(await result(page, 'revenue-gap'));
  assert.ok(gap > 0, 'reaching < 5% churn is worth money');
  assert.match(await page.locator('output[data-result="revenue-gap"]').textContent(), /^\$[\d,]+$/, 'Intl currency format');
  // Customers by year: 300 today; at 11% churn plus 50 new: 317 next year, at 5%: 335.
  await page.locator('.sw-table > summary').click(); // open, as a reader does, for the 320 px check too
  await page.locator('.sw-table tr[data-year="1"]').waitFor();
  const year1 = await page.locator('.sw-table tr[data-year="1"] td').allTextContents();
  assert.deepEqual([year1[0], year1[2]], ['317', '335']);
  await page.locator('[data-field="currency"]').selectOption('EUR');
  assert.match(await page.locator('output[data-result="revenue-gap"]').textContent(), /€/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll at 320 px');
  await page.locator('.sw-result').screenshot({ path: OUT + 'flywheel-phone-result.png' });

  // A bad entry is explained next to the field and does not disturb the result.
  await field(page, 'adoption').fill('abc');
  assert.match(await page.locator('[data-field="adoption"] .sw-error').textContent(), /not a number/);
  assert.equal(await result(page, 'flywheel-health'), '60');
  await field(page, 'adoption').fill('72');

  const url = await addressBar(page, /w=flywheel&lang=en&ttv=3&adoption=72&healthy=64&churn=11&promoters=45&passives=35&detractors=20&customers=300&arpa=12000&expansion=6&new=50&years=5&currency=EUR$/);
  const again = await open(new URL(url).pathname + new URL(url).search, { locale: 'zh-CN' });
  assert.equal(await result(again, 'nps'), '25');
  assert.equal(await result(again, 'revenue-gap'), String(gap));
  assert.equal(await again.locator('.secworth').getAttribute('lang'), 'en', 'the link keeps its language');
  await h.closeClean(page, again);
});

test('a link with hostile numbers opens with defaults and says why, in Chinese', async () => {
  const page = await open('/index.html?w=flywheel&lang=zh&churn=NaN&adoption=1e999&nps=-500&years=0&currency=DOGE&customers=' + '9'.repeat(10000));
  const notes = await page.locator('.sw-notes').textContent();
  assert.match(notes, /“adoption”/);
  assert.match(notes, /“churn” = “NaN”：这不是一个数字/);
  assert.match(notes, /不支持货币“DOGE”/);
  assert.equal(await result(page, 'nps'), '30', 'the default NPS');
  assert.match(await page.locator('output[data-result="revenue-gap"]').textContent(), /¥/);
  await page.locator('.sw-result').screenshot({ path: OUT + 'flywheel-desktop-zh.png' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
