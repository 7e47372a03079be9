// A widget on someone else's page must not move the page's own content when it
// appears: the layout shifts would count against the host's Cumulative Layout Shift,
// one of its Core Web Vitals. The gallery's snippets keep the widget's space from the
// host's first paint (`min-height: min(100vh, <reserve>px)`, the registry's
// `reserve_px`); these tests load a host page on another origin with each widget's
// snippet as the gallery writes it, at a desktop's and a phone's size, and check the
// shifts the browser reports, and that the reserved space never leaves a gap under a
// widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { track, DIST, OUT } from './harness.mjs';
import { WIDGETS } from './registry.mjs';

/** Half Google's threshold for a "good" Cumulative Layout Shift (0.1): the host's own
 *  content may shift too, and the widget should leave it most of that. */
const MOST_SHIFT = 0.05;
const SIZES = [{ width: 1280, height: 900 }, { width: 360, height: 740 }];
let widgets, hosts, hostDir, browser, snippets;

before(async () => {
  widgets = await serve(DIST);
  hostDir = await mkdtemp(join(tmpdir(), 'secworth-shift-'));
  hosts = await serve(hostDir);
  browser = await launch();
  await mkdir(OUT, { recursive: true });
  snippets = await gallerySnippets();
});
after(async () => {
  await browser?.close();
  for (const s of [widgets, hosts]) await s?.close();
});

/** Every card's script, element and iframe snippets, as the gallery's embed panel
 *  writes them (pinned to this release), the iframe's origin set to the host's. */
async function gallerySnippets() {
  const page = await track(await (await browser.newContext({ locale: 'en-US' })).newPage());
  await page.goto(`${widgets.url}/?lang=en`);
  // Every card pinned, so both forms of a widget name one loader (two would each run).
  await page.waitForFunction((n) => document.querySelectorAll('.sw-embed-pinned').length === n, WIDGETS.length);
  const out = {};
  for (const { code } of WIDGETS) {
    const card = page.locator(`article.sw-card[data-widget="${code}"]`);
    const text = (kind) => card.locator(`textarea[data-embed=${kind}]`).inputValue();
    out[code] = {
      script: await text('script'),
      element: await text('element'),
      iframe: (await text('iframe')).replace('https://YOUR-SITE.example', hosts.url),
    };
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
  return out;
}

/** A host page: a heading and a paragraph, the snippet, then the host's own text. */
async function hostPage(name, snippet, lang = 'en') {
  const after = '<p>The host page\'s own text after the widget, which must stay where the visitor is reading it.</p>'.repeat(30);
  await writeFile(join(hostDir, name), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>A host page</title></head><body>'
    + `<h1>Is your firm ready?</h1><p>A paragraph before the widget.</p>\n${snippet}\n${after}</body></html>`);
  return `${hosts.url}/${name}`;
}

/** Loads `url` at `size`, waits until `settled` is true in the page and a second more
 *  (charts drawn, the frame sized), and gives the sum of the layout shifts reported
 *  (none follows an input here) and the page. */
async function shiftsOf(url, size, settled) {
  const page = await track(await (await browser.newContext({ viewport: size, locale: 'en-US' })).newPage());
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(settled, null, { timeout: 30000 });
  await page.waitForTimeout(1000);
  return { shift: await page.evaluate(() => window.shift), page };
}

const mounted = () => performance.getEntriesByName('secworth:interactive').length > 0;

for (const form of ['script', 'element']) {
  test(`the host page's content stays put while a widget embedded with the gallery's ${form} snippet appears`, async () => {
    for (const { code } of WIDGETS) {
      for (const size of SIZES) {
        const url = await hostPage(`${form}-${code}.html`, snippets[code][form]);
        const { shift, page } = await shiftsOf(url, size, mounted);
        assert.ok(shift < MOST_SHIFT, `${code}, ${form} form, ${size.width} px: layout shift ${shift.toFixed(3)}`);
        assert.deepEqual(page.errors, []);
        await page.context().close();
      }
    }
  });
}

test('the host page\'s content stays put while the gallery\'s iframe snippet sizes the frame', async () => {
  for (const { code } of WIDGETS) {
    for (const size of SIZES) {
      const url = await hostPage(`iframe-${code}.html`, snippets[code].iframe);
      // Settled once the widget has told the host its height.
      const sized = () => document.getElementById('secworth-frame')?.getAttribute('height') !== '600';
      const { shift, page } = await shiftsOf(url, size, sized);
      assert.ok(shift < MOST_SHIFT, `${code}, iframe form, ${size.width} px: layout shift ${shift.toFixed(3)}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});

test('the reserved space is never taller than the widget, in either language, at any width', async () => {
  for (const { code, reserve } of WIDGETS) {
    for (const lang of ['en', 'zh']) {
      // Both inline forms in one page, in the language of the snippet's attribute.
      const html = [snippets[code].script, snippets[code].element]
        .map((s) => s.replace(/data-lang="en"|lang="en"/, (m) => m.replace('en', lang)))
        .join('\n');
      const url = await hostPage(`reserve-${code}-${lang}.html`, html, lang);
      // The 760 px wide layout (any window over about 790 px) is every widget's shortest.
      for (const size of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
        const page = await track(await (await browser.newContext({ viewport: size })).newPage());
        await page.goto(url);
        // Both rendered and shown (the element's body waits for its shadow root's
        // stylesheet), then a moment for the charts.
        await page.waitForFunction(() => {
          const roots = [document.querySelector('[data-secworth]'), document.querySelector('secworth-widget').shadowRoot];
          return roots.every((r) => r?.querySelector('.secworth')?.getBoundingClientRect().height > 0
            && r.querySelector('.sw-chart canvas, .sw-question'));
        }, null, { timeout: 30000 });
        await page.waitForTimeout(500);
        const heights = await page.evaluate(() => {
          const [host, element] = [document.querySelector('[data-secworth]'), document.querySelector('secworth-widget')];
          return [[host, host], [element, element.shadowRoot]].map(([box, root]) => ({
            box: box.getBoundingClientRect().height,
            widget: root.querySelector('.secworth').getBoundingClientRect().height,
            widgets: root.querySelectorAll('.secworth').length,
          }));
        });
        // Errors first: a failed start would explain a wrong height.
        assert.deepEqual(page.errors, [], `${code} (${lang}, ${size.width} px)`);
        for (const [i, { box, widget, widgets }] of heights.entries()) {
          const form = ['script', 'element'][i];
          assert.ok(widget >= reserve, `${code} (${lang}, ${form}, ${size.width} px) is ${widget} px tall, under its ${reserve} px reserve`);
          assert.ok(Math.abs(box - widget) < 1, `${code} (${lang}, ${form}, ${size.width} px): no gap under the widget (${box} against ${widget} px, ${widgets} widget(s) in it)`);
        }
        await page.context().close();
      }
    }
  }
});

test('the gallery keeps still while its previews load', async () => {
  for (const size of SIZES) {
    for (const lang of ['en', 'zh']) {
      const { shift, page } = await shiftsOf(`${widgets.url}/?lang=${lang}`, size,
        () => [...document.querySelectorAll('img.sw-preview')].slice(0, 2).every((img) => img.complete && img.naturalWidth > 0));
      assert.ok(shift < MOST_SHIFT, `the gallery (${lang}, ${size.width} px): layout shift ${shift.toFixed(3)}`);
      // Each preview shows at its own aspect ratio (no stretching to a shared box).
      const ratios = await page.locator('img.sw-preview').evaluateAll((imgs) => imgs.filter((i) => i.complete && i.naturalWidth)
        .map((i) => [i.getBoundingClientRect(), i.naturalWidth / i.naturalHeight]).map(([r, n]) => ((r.width - 2) / (r.height - 2)) / n));
      assert.ok(ratios.length >= 2 && ratios.every((r) => Math.abs(r - 1) < 0.02), `previews at their own aspect ratio: ${ratios}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});

test('while the bundle is on its way, the reserved space shows an outline of the widget, gone once it is mounted', async () => {
  const { code, reserve } = WIDGETS.find((w) => w.code === 'decision-weights');
  const url = await hostPage('waiting.html', `${snippets[code].script.replace('<div ', '<div id="reserved" ')}
    ${snippets[code].element.split('\n')[1].replace('<secworth-widget ', '<secworth-widget id="element" ')}
    <div id="unreserved" data-secworth="flywheel" data-lang="en"></div>`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The wasm is held back until the test lets it go.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  const page = await track(await context.newPage());
  await page.goto(url);
  const outline = (id) => page.evaluate((i) => {
    const el = document.getElementById(i);
    const before = getComputedStyle(el, '::before');
    return { content: before.content, height: before.content === 'none' ? 0 : parseFloat(before.height), box: el.getBoundingClientRect().height };
  }, id);
  // The stylesheet comes with the loader, before the bundle.
  await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.endsWith('secworth.css')));
  const box = Math.min(900, reserve); // min(100vh, reserve)
  for (const id of ['reserved', 'element']) {
    assert.deepEqual(await outline(id), { content: '""', height: Math.min(320, box), box }, id);
  }
  assert.deepEqual(await outline('unreserved'), { content: '""', height: 0, box: 0 }, 'without a reserved height, nothing shows and nothing moves');
  await page.screenshot({ path: `${OUT}waiting-outline.png` });
  release();
  await page.locator('#reserved .sw-title').waitFor();
  await page.locator('#element').locator('.sw-title').waitFor();
  for (const id of ['reserved', 'element', 'unreserved']) assert.equal((await outline(id)).content, 'none', `${id}: the outline is gone once mounted`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a lazy widget far down keeps its outline once the bundle has come for another, until its own first render', async () => {
  const { script, element } = snippets.flywheel;
  const lazyElement = element.split('\n')[1].replace('<secworth-widget ', '<secworth-widget id="far-element" loading="lazy" ');
  const lazyScript = script.split('\n').find((l) => l.startsWith('<div ')).replace('<div ', '<div id="far-script" data-loading="lazy" ');
  const spacer = '<div style="height: 5000px"></div>';
  const url = await hostPage('lazy-outline.html', `${script.replace('<div ', '<div id="near" ')}${spacer}${lazyElement}${spacer}${lazyScript}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await track(await context.newPage());
  await page.goto(url);
  await page.locator('#near .sw-title').waitFor();
  await page.waitForFunction(() => customElements.get('secworth-widget'));
  /** The outline inside the element's shadow root, or on the script form's host. */
  const outline = (id) => page.evaluate((i) => {
    const el = document.getElementById(i);
    const spot = el.shadowRoot?.querySelector('.sw-waiting') ?? el.querySelector('.sw-waiting') ?? el;
    const before = getComputedStyle(spot, '::before');
    return { content: before.content, height: before.content === 'none' ? 0 : parseFloat(before.height), mounted: !!(el.shadowRoot ?? el).querySelector('.sw-title') };
  }, id);
  const box = Math.min(900, WIDGETS.find((w) => w.code === 'flywheel').reserve);
  // The shadow root's copy of the stylesheet comes from the cache, but not at once.
  await page.waitForFunction(() => !document.getElementById('far-element').shadowRoot?.querySelector('.sw-waiting')?.hidden);
  for (const id of ['far-element', 'far-script']) {
    assert.deepEqual(await outline(id), { content: '""', height: Math.min(320, box), mounted: false }, `${id}: defined, not yet near`);
  }
  for (const id of ['far-element', 'far-script']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => !!(document.getElementById(i).shadowRoot ?? document.getElementById(i)).querySelector('.sw-title'), id);
    assert.deepEqual(await outline(id), { content: 'none', height: 0, mounted: true }, `${id}: the outline is gone once mounted`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('on paper the reserved height is dropped: no blank page for a lazy widget never mounted, no gap under a mounted one', async () => {
  const lazy = (code, id) => [
    snippets[code].script.split('\n').find((l) => l.startsWith('<div ')).replace('<div ', `<div id="${id}-script" data-loading="lazy" `),
    snippets[code].element.split('\n')[1].replace('<secworth-widget ', `<secworth-widget id="${id}-element" loading="lazy" `),
  ].join('\n');
  const url = await hostPage('print.html', `${snippets.flywheel.script.replace('<div ', '<div id="mounted" ')}
    <div style="height: 6000px"></div>${lazy('breach-cost', 'never')}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await track(await context.newPage());
  await page.goto(url);
  await page.locator('#mounted .sw-title').waitFor();
  await page.waitForFunction(() => customElements.get('secworth-widget'));
  await page.emulateMedia({ media: 'print' });
  const heights = await page.evaluate(() => Object.fromEntries(['mounted', 'never-script', 'never-element'].map((id) => {
    const el = document.getElementById(id);
    const widget = (el.shadowRoot ?? el).querySelector('.secworth');
    return [id, { host: Math.round(el.getBoundingClientRect().height), widget: widget ? Math.round(widget.getBoundingClientRect().height) : null }];
  })));
  assert.deepEqual(heights['never-script'], { host: 0, widget: null }, 'a lazy widget never near prints nothing');
  assert.deepEqual(heights['never-element'], { host: 0, widget: null }, 'nor as an element');
  assert.ok(heights.mounted.widget > 0 && heights.mounted.host - heights.mounted.widget <= 1, `no gap under the printed widget: ${JSON.stringify(heights.mounted)}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a widget waits for its stylesheet: never shown in the host\'s styles, even when its bundle comes first', async () => {
  // The snippet's preload hints fetch the bundle with the page; the stylesheet comes only
  // once the loader runs, and here a second late.
  const url = await hostPage('late-style.html', snippets['maturity'].script.replace('<div ', '<div id="w" '));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/secworth.css', async (route) => { await new Promise((ok) => setTimeout(ok, 1000)); await route.continue(); });
  const page = await track(await context.newPage());
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    // How the widget looked the moment it entered the page.
    new MutationObserver((_, observer) => {
      const widget = document.querySelector('#w .secworth');
      if (!widget) return;
      window.firstLook = getComputedStyle(widget).maxWidth;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('secworth:interactive').length > 0, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.firstLook), '760px', 'styled from its first frame');
  const shift = await page.evaluate(() => window.shift);
  assert.ok(shift < MOST_SHIFT, `layout shift ${shift.toFixed(3)}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
