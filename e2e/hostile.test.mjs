// Hostile input: for every widget, share links with random bytes, encoding garbage,
// duplicate keys, huge and negative numbers, NaN/Infinity, 10,000-character values,
// unknown bank versions and XSS payloads; and XSS through data attributes and an
// inline bank. The widget must open, say what it ignored, and show every payload as
// text: no page error, no dialog, no injected element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { track } from './harness.mjs';
import { WIDGETS as REGISTRY } from './registry.mjs';

let widgets, hosts, hostDir, browser;

before(async () => {
  widgets = await serve(new URL('../dist', import.meta.url).pathname);
  hostDir = await mkdtemp(join(tmpdir(), 'secworth-hostile-'));
  hosts = await serve(hostDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await widgets?.close();
  await hosts?.close();
});

/** A small seeded generator, so a failing case can be replayed. */
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261122);
const randomBytes = (n) => Array.from({ length: n }, () => '%' + Math.floor(random() * 256).toString(16).padStart(2, '0').toUpperCase()).join('');

const XSS = '<img src=x onerror=window.__xss=1>';
const CASES = {
  'random bytes': () => `${randomBytes(40)}=${randomBytes(200)}&a=${randomBytes(30)}&${randomBytes(20)}`,
  'encoding garbage': () => '%%%%%E0%A4%A&=&&==&%ZZ=%&lang=%FF%FE&a=%',
  'duplicate keys': () => 'lang=en&lang=zh&a=1&a=2&v=1&v=2&churn=1&churn=2&c1=x&c1=y&w1=1&w1=2&target=3&target=4&budget=high&budget=low',
  'huge and negative numbers': () => 'ttv=1e308&churn=-5&customers=99999999999999999999&years=-1&target=-3&w1=1e400&c1=A&v1=X&s1=-1&nps=-1000&arpa=-1&employees=-5&revenue=1e308&records_customer=99999999999999999999&closure=1e308&alert-accuracy=-5&closure.target=99999999',
  'NaN and Infinity': () => 'nps=NaN&adoption=Infinity&target=NaN&c1=A&w1=NaN&v1=X&s1=Infinity&a=NaN&ttv=-Infinity&likelihood=NaN&downtime=Infinity&closure=NaN&alert-accuracy.target=Infinity',
  '10,000-character values': () => `a=${'3'.repeat(10000)}&c1=${'x'.repeat(10000)}&customers=${'9'.repeat(10000)}&lang=${'e'.repeat(10000)}&customer=${'x'.repeat(10000)}&budget.cause=${'y'.repeat(10000)}`,
  'unknown bank version': () => 'v=999&a=0123&v=abc',
  'XSS payloads': () => `lang=${encodeURIComponent(XSS)}&audience=${encodeURIComponent('"><script>window.__xss=1</script>')}` +
    `&a=${encodeURIComponent(XSS)}&c1=${encodeURIComponent(XSS)}&w1=1&v1=${encodeURIComponent('javascript:window.__xss=1')}&s1=5` +
    `&currency=${encodeURIComponent('<svg onload=window.__xss=1>')}&industry=${encodeURIComponent(XSS)}&controls=${encodeURIComponent(XSS)}&target=${encodeURIComponent('<b>1</b>')}&preset=${encodeURIComponent(XSS)}` +
    `&customer=${encodeURIComponent(XSS)}&budget=${encodeURIComponent(XSS)}&relationship=high&relationship.cause=${encodeURIComponent(XSS)}`,
};

async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await track(await context.newPage());
  await page.goto(url);
  return page;
}

/** Elements or effects that would mean markup from the input got into the page. */
const injected = (page) =>
  page.evaluate(() => ({
    xss: window.__xss ?? null,
    elements: document.querySelectorAll('.secworth img, .secworth script, .secworth svg[onload], .secworth b').length,
  }));

for (const { code: widget, questionnaire } of REGISTRY) {
  for (const [name, make] of Object.entries(CASES)) {
    test(`${widget}: ${name}`, async () => {
      const page = await open(`${widgets.url}/index.html?w=${widget}&${make()}`);
      await page.locator(`.secworth[data-widget="${widget}"]`).waitFor();
      await page.waitForTimeout(50);
      assert.deepEqual(page.errors, []);
      assert.deepEqual(await injected(page), { xss: null, elements: 0 });
      // Calculators have no bank: its version and answers are parameters they do not use.
      const unused = name === 'unknown bank version' && !questionnaire;
      if (name !== 'random bytes' && !unused) {
        assert.ok(await page.locator('.sw-notes').isVisible(), 'a note says what was ignored');
      }
      // Still works: the widget takes input after a hostile link (a result screen has buttons only).
      const input = page.locator('.secworth :is(input, select, button)').first();
      await input.click();
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}

test('XSS through data attributes and an inline bank ends up as text', async () => {
  const bank = JSON.stringify({
    id: 'evil', version: 1, title: { zh: XSS, en: XSS },
    dimensions: [{ id: 'a', title: { zh: XSS, en: XSS }, points: 100, next_steps: [{ zh: XSS, en: XSS }] }],
    questions: [{ id: 'q', dimension: 'a', text: { zh: XSS, en: XSS }, help: { zh: XSS, en: XSS },
      options: [{ text: { zh: XSS, en: XSS }, points: 0 }, { text: { zh: XSS, en: XSS }, points: 1 }] }],
    bands: [{ min: 0, id: 'b', title: { screen: { zh: XSS, en: XSS }, self: { zh: XSS, en: XSS } },
      advice: { screen: { zh: XSS, en: XSS }, self: { zh: XSS, en: XSS } } }],
  }).replaceAll('</', '<\\/');
  await writeFile(join(hostDir, 'xss.html'), `<!doctype html><meta charset="utf-8"><body>
    <div data-secworth="maturity" data-lang='${XSS}' data-audience='"><script>window.__xss=1</script>'
         data-share-url="javascript:window.__xss=1"><script type="application/json">${bank}</script></div>
    <div data-secworth="${XSS.replaceAll('"', '')}"></div>
    <script type="module" src="${widgets.url}/embed.js"></script></body>`);
  const page = await open(`${hosts.url}/xss.html`);
  await page.locator('.secworth fieldset.sw-question').first().waitFor();
  assert.equal(await page.locator('.sw-title').textContent(), XSS, 'the bank title is shown as text');
  await page.locator('label.sw-option').nth(1).click();
  await page.locator('button[data-action="share"]').click();
  const link = await page.locator('input[data-share-link]').inputValue();
  assert.ok(link.startsWith(`${widgets.url}/index.html?w=maturity&`), `a javascript: share URL is refused: ${link}`);
  assert.match(await page.locator('body').textContent(), /unknown widget/);
  assert.deepEqual(await injected(page), { xss: null, elements: 0 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
