// End-to-end tests of the maturity questionnaire: the release bundle served on
// loopback, driven in headless Chromium as a user would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, result, OUT, addressBar } from './harness.mjs';
import { WIDGETS } from './registry.mjs';

const h = harness();
const open = (...args) => h.open(...args);

const questions = (page) => page.locator('fieldset.sw-question');
const progress = (page) => page.locator('.sw-progress-text').textContent();

/** Clicks the label of option `option` of question `index`, as a finger would. */
async function answer(page, index, option) {
  await questions(page).nth(index).locator('label.sw-option').nth(option).click();
}

/** Whether the chart canvas has any non-white pixel. */
const chartIsDrawn = (page) =>
  page.locator('.sw-chart canvas').evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200) return true;
    return false;
  });

test('an owner answers everything on a phone, shares the link and it reopens the same result', async () => {
  const page = await open('/index.html?w=maturity&lang=en&audience=self&layout=list', { width: 360, height: 740 });
  assert.equal(await questions(page).count(), 15);
  assert.equal(await progress(page), '0 / 15');
  const options = [3, 2, 1, 0, 3, 3, 2, 0, 1, 3, 1, 2, 0, 0, 1];
  for (const [i, o] of options.entries()) await answer(page, i, o);
  assert.equal(await progress(page), '15 / 15');
  // budget 6/9, risk 6/9, leadership 3/9, compliance 6/9, response 1/9 of 20 each = 48.9
  assert.equal(await result(page, 'total-score'), '48.9');
  assert.equal(await result(page, 'band'), 'commitment');
  assert.match(await page.locator('output[data-result="band"]').textContent(), /Partly prepared/);
  assert.ok(await chartIsDrawn(page), 'the chart is drawn');
  const weak = await page.locator('[data-weak-dimension]').evaluateAll((els) => els.map((e) => e.dataset.weakDimension));
  assert.deepEqual(weak, ['response', 'leadership']);
  // Nothing overflows sideways on a phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.screenshot({ path: OUT + 'maturity-phone-result.png', fullPage: true });

  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.locator('input[data-share-link]').inputValue();
  assert.equal(link, `${h.server.url}/index.html?w=maturity&lang=en&audience=self&v=1&a=321033201312001&layout=list`);
  await addressBar(page, link); // the address bar mirrors the answers too

  // A colleague opens the link in another browser: same answers, same result.
  const other = await open(new URL(link).pathname + new URL(link).search);
  assert.equal(await progress(other), '15 / 15');
  assert.equal(await result(other, 'total-score'), '48.9');
  assert.equal(await result(other, 'band'), 'commitment');
  assert.equal(await other.locator('.sw-notes').count(), 0);

  await h.closeClean(page, other);
});

test('answers survive a reload', async () => {
  const page = await open('/index.html?w=maturity&lang=en&layout=list');
  await answer(page, 0, 2);
  await answer(page, 7, 1);
  await page.goto(h.server.url + '/index.html?w=maturity&lang=en&layout=list');
  await page.locator('.secworth').waitFor();
  assert.equal(await progress(page), '2 / 15');
  assert.ok(await questions(page).nth(7).locator('input').nth(1).isChecked());
  await page.context().close();
});

test('a salesperson sees the verdict for the screen audience', async () => {
  const page = await open('/index.html?w=maturity&lang=en&audience=screen&v=1&a=000000000000000');
  assert.equal(await result(page, 'total-score'), '0');
  assert.equal(await result(page, 'band'), 'walk-away');
  assert.equal(await page.locator('output[data-result="band"]').textContent(), 'Walk away');
  await answer(page, 0, 3);
  assert.equal(await result(page, 'total-score'), '6.7', 'a live tweak updates the result');
  await page.context().close();
});

test('a malformed link opens with what is valid and says what was not', async () => {
  const page = await open('/index.html?w=maturity&lang=en&layout=list&audience=boss&v=1&a=3x9_2&a=1');
  assert.equal(await progress(page), '2 / 15');
  const notes = await page.locator('.sw-notes').textContent();
  assert.match(notes, /Audience "boss" is unknown/);
  assert.match(notes, /question 2 \("x"\) and 1 more are not valid/);
  assert.match(notes, /"a" more than once/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.locator('.sw-notes').count(), 0);

  const old = await open('/index.html?w=maturity&lang=en&layout=list&v=9&a=333');
  assert.equal(await progress(old), '0 / 15');
  assert.match(await old.locator('.sw-notes').textContent(), /version 9 of the questions; this is version 1/);

  const garbage = await open('/index.html?w=maturity&layout=list&lang=%E0%A4%A&a=' + 'é'.repeat(3000) + '9'.repeat(10000) + '&%%%=%');
  assert.equal(await questions(garbage).count(), 15);
  await h.closeClean(page, old, garbage);
});

test('the language follows the browser and the switch', async () => {
  const zh = await open('/index.html?w=maturity&layout=list', { locale: 'zh-CN' });
  assert.equal(await zh.locator('fieldset.sw-dimension > legend').first().textContent(), '预算意识');
  await zh.getByRole('button', { name: 'English' }).click();
  assert.equal(await zh.locator('fieldset.sw-dimension > legend').first().textContent(), 'Budget awareness');
  await addressBar(zh, /lang=en/);
  await zh.context().close();
  const en = await open('/index.html?w=maturity', { locale: 'de-DE' });
  assert.equal(await en.locator('.secworth').getAttribute('lang'), 'en');
  await en.context().close();
});

test('the gallery at / previews every widget, mounts one when asked, and links to it alone', async () => {
  const page = await open('/?lang=en', { width: 360, height: 740 });
  // A still preview per widget, loaded, and no widget mounted until asked for.
  for (const { code } of WIDGETS) {
    const img = page.locator(`article.sw-card[data-widget="${code}"] img.sw-preview`);
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  }
  assert.equal(await page.locator('article.sw-card .secworth').count(), 0, 'nothing mounted before it is opened');
  assert.ok(await page.evaluate(() => document.documentElement.scrollHeight < 4000), 'a short page on a phone');
  const card = page.locator('article.sw-card[data-widget="maturity"]');
  await card.getByRole('button', { name: 'Try it here' }).click();
  await card.locator('fieldset.sw-question').waitFor();
  assert.equal(await page.locator('article.sw-card .secworth').count(), 1, 'only the widget opened');
  await card.getByRole('link', { name: 'Open on its own page' }).click();
  await page.waitForURL(/w=maturity/);
  await page.locator('.sw-stepper').waitFor();
  await page.context().close();

  const unknown = await open("/index.html?w=<script>alert(1)</script>&lang=en");
  assert.match(await unknown.locator(".sw-notes").textContent(), /no widget called "<script>alert\(1\)/);
  assert.deepEqual(unknown.errors, []);
  await unknown.context().close();
});

test('screenshots at desktop and phone width', async () => {
  for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 320, 700]]) {
    const page = await open('/index.html?w=maturity&lang=zh&audience=self&v=1&a=321033201312001', { width, height });
    assert.ok(await chartIsDrawn(page));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} overflows`);
    await page.locator('.sw-result').screenshot({ path: `${OUT}maturity-${name}-zh.png` });
    await page.context().close();
  }
});
