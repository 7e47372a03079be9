// End-to-end tests of the questionnaires one question at a time (the steps layout):
// the whole maturity questionnaire on a phone by touch and on a laptop by keyboard
// alone, the browser's Back button, a share link reopening on the right step, and
// the result screen with its image to share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { harness, result, OUT, track, addressBar } from './harness.mjs';

const h = harness();

const step = (page) => page.locator('.sw-stepper').getAttribute('data-step');
const heading = (page) => page.locator('.sw-step-title').textContent();
/** Waits until the screen shows question `n` (0-based). */
const onStep = (page, n) => page.locator(`.sw-stepper[data-step="${n}"]`).waitFor();

test('an owner answers every question on a phone by touch and lands on the result', async () => {
  const context = await h.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'en-US' });
  const page = await track(await context.newPage());
  await page.goto(`${h.server.url}/index.html?w=maturity&lang=en`);
  await onStep(page, 0);
  assert.equal(await page.locator('fieldset.sw-question').count(), 1, 'one question per screen');
  assert.match(await page.locator('.sw-progress-text').textContent(), /^Question 1 of 15 · Budget awareness/);
  const options = [3, 2, 1, 0, 3, 3, 2, 0, 1, 3, 1, 2, 0, 0, 1];
  for (const [i, o] of options.entries()) {
    await onStep(page, i);
    await page.locator('label.sw-option').nth(o).tap();
  }
  await page.locator('.sw-steps-result, .sw-result').first().waitFor();
  assert.equal(await result(page, 'total-score'), '48.9');
  assert.equal(await result(page, 'band'), 'commitment');
  // The result screen: headline, band and chart first, then next steps, then the review.
  const order = await page.locator('.sw-steps-result').evaluate((r) =>
    ['.sw-headline', '.sw-chart', '.sw-steps', '[data-action="review"]'].map((s) => r.querySelector(s)?.getBoundingClientRect().top ?? -1));
  assert.ok(order.every((y, i) => y > 0 && (i === 0 || y > order[i - 1])), `result screen order ${order}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll at 360 px');
  await page.screenshot({ path: OUT + 'steps-phone-result.png', fullPage: true });
  const download = page.waitForEvent('download');
  await page.locator('button[data-action="share-image"]').tap();
  const png = await readFile(await (await download).path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.ok(png.length > 5000, `a card, not an empty image: ${png.length} bytes`);
  await page.locator('button[data-action="review"]').tap();
  await onStep(page, 0);
  assert.ok(await page.locator('label.sw-option').nth(3).locator('input').isChecked(), 'the answers are kept for review');
  await h.closeClean(page);
});

test('by keyboard alone on a laptop, with the browser\'s Back button stepping back', async () => {
  const page = await h.open('/index.html?w=maturity&lang=zh', { width: 1280, ready: '.sw-stepper' });
  // The question's heading has the focus from the start: keys answer at once.
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'sw-step-title');
  for (const key of ['4', 'c', 'B']) {
    const before = await step(page);
    await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await onStep(page, Number(before) + 1);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'sw-step-title', 'focus moves to the new question');
  }
  await addressBar(page, /a=321____________$/);
  await page.goBack();
  await onStep(page, 2);
  await page.goBack();
  await onStep(page, 1);
  assert.match(await heading(page), /安全/);
  assert.ok(await page.locator('label.sw-option').nth(2).locator('input').isChecked(), 'the answer given there');
  await page.goForward();
  await onStep(page, 2);
  assert.match(page.url(), /\/index\.html\?w=maturity/, 'still the same page');
  // The share link reopens on the first unanswered question.
  const again = await h.open(`/index.html?w=maturity&lang=zh&v=1&a=321`, { ready: '.sw-stepper' });
  assert.equal(await step(again), '3');
  assert.match(await again.locator('.sw-progress-text').textContent(), /^第 4 题，共 15 题/);
  await h.closeClean(page, again);
});

test('a pause after a choice moves on by itself, and the layout switch shows the whole list', async () => {
  const page = await h.open('/index.html?w=spectrum&lang=en', { ready: '.sw-stepper' });
  await page.locator('label.sw-option').nth(1).click();
  await onStep(page, 1);
  await page.locator('button[data-layout-option="list"]').click();
  assert.equal(await page.locator('fieldset.sw-question').count(), 12);
  assert.ok(await page.locator('fieldset.sw-question').first().locator('input').nth(1).isChecked());
  await addressBar(page, /layout=list$/);
  await h.closeClean(page);
});
