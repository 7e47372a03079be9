// End-to-end tests of the productization-commercialization spectrum: the release
// bundle served on loopback, driven in headless Chromium as a user would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, result, OUT, addressBar } from './harness.mjs';

const h = harness();
const open = (...args) => h.open(...args);

const answer = (page, q, o) => page.locator('fieldset.sw-question').nth(q).locator('label.sw-option').nth(o).click();

test('a delivery lead assesses an offering on a phone, moves the target and shares it', async () => {
  const page = await open('/index.html?w=spectrum&lang=en&layout=list', { width: 360, height: 740 });
  assert.equal(await page.locator('fieldset.sw-question').count(), 12);
  // value 3,3,2 · non-functional 2,2,1 · delivery 1,1,0 · organisation 0,1,0
  const options = [3, 3, 2, 2, 2, 1, 1, 1, 0, 0, 1, 0];
  for (const [q, o] of options.entries()) await answer(page, q, o);
  // 8/9, 5/9, 2/9, 1/9 of 25 = 22.2 + 13.9 + 5.6 + 2.8 = 44.4
  assert.equal(await result(page, 'spectrum-position'), '44.4');
  assert.equal(await result(page, 'spectrum-stage'), 'box-plus');
  assert.equal(await result(page, 'zombie-risk'), 'organisation');
  // MSSP: responsibility 1, response 0, measurement 1, collaboration 0 = 2/12 = 16.7%
  assert.equal(await result(page, 'mssp-stage'), '1');
  assert.equal(await result(page, 'target'), '55');
  await page.locator('input[data-target]').fill('85');
  assert.equal(await result(page, 'target'), '85');
  await addressBar(page, /w=spectrum&lang=en&audience=self&v=1&a=332221110010&target=85&layout=list$/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  await page.locator('.sw-result').screenshot({ path: OUT + 'spectrum-phone-result.png' });

  const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
  assert.equal(await result(again, 'spectrum-position'), '44.4');
  assert.equal(await result(again, 'target'), '85');
  assert.equal(await again.locator('.sw-notes').count(), 0);
  await h.closeClean(page, again);
});

test('dragging the target slider ends with its value in the address bar, without flooding history', async () => {
  const page = await open('/index.html?w=spectrum&lang=en&v=1&a=332221110010');
  await page.evaluate(() => {
    window.__replaced = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => { window.__replaced += 1; return replace(...args); };
  });
  // 300 input events in about a second, as a drag makes (Chrome ignores replaceState
  // beyond about 100 calls in 10 s, which would leave a stale link in the bar).
  for (let i = 0; i < 300; i += 10) {
    await page.evaluate((start) => {
      const slider = document.querySelector('input[data-target]');
      for (let v = start; v < start + 10; v++) {
        slider.value = String(20 + (v % 70));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, i);
    await page.waitForTimeout(30);
  }
  const last = 20 + (299 % 70);
  assert.equal(await result(page, 'target'), String(last));
  await addressBar(page, new RegExp(`target=${last}$`));
  const replaced = await page.evaluate(() => window.__replaced);
  assert.ok(replaced >= 1 && replaced <= 20, `${replaced} address bar writes for 300 changes`);
  await h.closeClean(page);
});

test('Chinese at desktop width, and a bad target is noted and replaced', async () => {
  const page = await open('/index.html?w=spectrum&lang=zh&v=1&a=333333333333&target=abc');
  assert.match(await page.locator('.sw-notes').textContent(), /目标值“abc”不是0到100之间的数字/);
  assert.equal(await result(page, 'spectrum-stage'), 'outcome');
  assert.equal(await result(page, 'mssp-stage'), '3');
  assert.equal(await result(page, 'target'), '100', 'at the top, the target is the end of the scale');
  assert.match(await page.locator('output[data-result="spectrum-stage"]').textContent(), /商品化/);
  await page.locator('.sw-result').screenshot({ path: OUT + 'spectrum-desktop-zh.png' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
