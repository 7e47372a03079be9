// The stylesheet's type scale holds in every widget: text at .875em, 1em, 1.125em or
// 1.375em of the widget's 16px (14, 16, 18, 22px) or one display size for headline
// figures, in weights 400 and 700. Every size and weight laid out is a font the
// browser instantiates, which is most of a first view's layout time (README,
// "Benchmark"); an odd size (a new 0.9em, or a small text inside a small table) would
// quietly add one. And no text field is under 16px: a phone zooms into a smaller one
// when it takes the focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, openPanels } from './harness.mjs';
import { WIDGETS } from './registry.mjs';

const h = harness();
const SCALE = ['14px', '16px', '18px', '22px'];
const WEIGHTS = ['400', '700'];

/** The fonts (size, weight) of every element on screen that shows text of its own, with every `<details>` open. */
async function fonts(page) {
  await openPanels(page);
  return page.evaluate(() => {
    const found = new Map();
    for (const el of document.querySelectorAll('.secworth *')) {
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      const field = ['text', 'search', ''].includes(el.type ?? 'x') || el.localName === 'select' || el.localName === 'textarea';
      if ((!text && !field) || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const key = `${style.fontSize} ${style.fontWeight}`;
      if (!found.has(key)) found.set(key, `${el.localName}.${el.className}`);
    }
    return [...found].map(([key, example]) => ({ size: key.split(' ')[0], weight: key.split(' ')[1], example }));
  });
}

for (const { code, sample, questionnaire } of WIDGETS) {
  for (const width of [1280, 360]) {
    test(`${code} at ${width}px keeps to the type scale`, async () => {
      const query = `w=${code}&lang=en${sample ? '&' + sample : ''}${questionnaire ? '&layout=list' : ''}`;
      const page = await h.open(`/index.html?${query}`, { width, ready: '.sw-result' });
      const seen = await fonts(page);
      const off = seen.filter((f) => !WEIGHTS.includes(f.weight) || (!SCALE.includes(f.size) && parseFloat(f.size) <= 22));
      assert.deepEqual(off, [], 'sizes and weights outside the scale');
      const display = new Set(seen.filter((f) => parseFloat(f.size) > 22).map((f) => f.size));
      assert.ok(display.size <= 1, `one display size, not ${[...display].join(', ')}`);
      assert.ok(seen.length >= 4, `the view shows text (${seen.length} fonts found)`);
      const small = await page.evaluate(() => [...document.querySelectorAll('.secworth input, .secworth select')]
        .filter((el) => !['checkbox', 'radio', 'range'].includes(el.type) && el.getClientRects().length)
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
        .map((el) => `${el.localName}.${el.className} ${getComputedStyle(el).fontSize}`));
      assert.deepEqual(small, [], 'text fields under 16px (a phone zooms into them on focus)');
      await h.closeClean(page);
    });
  }
}
