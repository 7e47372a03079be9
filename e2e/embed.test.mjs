// End-to-end tests of embedding (SPEC section 5): script form on a hostile host page,
// cross-origin and sandboxed iframes, missing storage, a strict CSP, print and downloads.
// The widgets are served on one loopback port and the host pages on others.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { track, addressBar } from './harness.mjs';
import { WIDGETS } from './registry.mjs';
import { compressible } from '../scripts/precompress.mjs';

const DIST = new URL('../dist', import.meta.url).pathname;
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
let widgets, strict, hosts, browser, hostDir;

before(async () => {
  widgets = await serve(DIST);
  strict = await serve(DIST, { headers: { 'content-security-policy': STRICT_CSP } });
  hostDir = await mkdtemp(join(tmpdir(), 'secworth-host-'));
  hosts = await serve(hostDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [widgets, strict, hosts]) await s?.close();
});

/** Writes a host page and returns its URL on the hosts' origin. */
async function hostPage(name, body, head = '') {
  await writeFile(join(hostDir, name), `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  return `${hosts.url}/${name}`;
}

async function open(url, { width = 1280, height = 900, init } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US', acceptDownloads: true });
  const page = await track(await context.newPage());
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return page;
}

/** Answers all 15 questions of the widget in `scope` with option `option`. */
async function answerAll(scope, option) {
  const questions = scope.locator('fieldset.sw-question');
  await questions.first().waitFor();
  for (let i = 0; i < 15; i++) await questions.nth(i).locator('label.sw-option').nth(option).click();
}

const allowedOrigins = (page, ...origins) =>
  assert.deepEqual(page.requests.filter((u) => !origins.some((o) => u.startsWith(o + '/'))), [], 'no request leaves the allowed origins');

test('two different widgets on a host page with a hostile stylesheet, themed, reporting results', async () => {
  const url = await hostPage('hostile.html', `
    <p id="host-text">Host paragraph</p>
    <div data-secworth="maturity" data-lang="en" data-audience="self" data-layout="list" id="w1"></div>
    <div id="brand"><div data-secworth="spectrum" data-lang="zh" data-layout="list" id="w2"></div></div>
    <script>window.results = []; document.getElementById('w1').addEventListener('secworth:result', (e) => results.push(e.detail));</script>
    <script type="module" src="${widgets.url}/embed.js"></script>`,
    `<style>
      * { font-size: 30px; margin: 0; padding: 0; line-height: 3; color: rgb(1, 2, 3); }
      div { display: flex; }
      button, input { all: unset; background: red; }
      h2, legend { text-transform: uppercase; }
      #brand { --secworth-brand: #7c3aed; --secworth-radius: 0px; --secworth-font: Georgia, serif; }
    </style>`);
  const page = await open(url);
  const w1 = page.locator('#w1'), w2 = page.locator('#w2');
  await w1.locator('fieldset.sw-question').first().waitFor();
  await w2.locator('fieldset.sw-question').first().waitFor();
  assert.equal(await w1.locator('fieldset.sw-dimension > legend').first().textContent(), 'Budget awareness');
  assert.equal(await w2.locator('fieldset.sw-dimension > legend').first().textContent(), '价值定义');
  assert.equal(await w2.locator('fieldset.sw-question').count(), 12);

  const style = (loc, prop) => loc.evaluate((el, p) => getComputedStyle(el)[p], prop);
  const legend = w1.locator('fieldset.sw-question > legend').first();
  assert.equal(await style(legend, 'fontSize'), '16px', 'host * { font-size } does not reach the widget');
  assert.equal(await style(legend, 'textTransform'), 'none');
  assert.equal(await style(w1.locator('.sw-help').first(), 'fontSize'), '14px', 'sizes are relative to the widget, not the host root');
  assert.equal(await style(w1.locator('h2.sw-title'), 'fontSize'), '22px');
  assert.equal(await style(w1.locator('.sw-options').first(), 'display'), 'grid');
  assert.equal(await style(w1.locator('.sw-result .sw-live'), 'display'), 'block', 'host div { display: flex } does not reach it');
  assert.equal(await style(w1.locator('input[type=radio]').first(), 'appearance'), 'auto', 'radios stay radios');
  assert.equal(await style(page.locator('#host-text'), 'fontSize'), '30px', 'the widget CSS leaves the host alone');
  assert.equal(await style(page.locator('#host-text'), 'color'), 'rgb(1, 2, 3)');
  // Theme: brand colour and radius from the host's custom properties.
  assert.equal(await style(w1.locator('button[data-action=share]'), 'backgroundColor'), 'rgb(29, 78, 216)');
  assert.equal(await style(w2.locator('button[data-action=share]'), 'backgroundColor'), 'rgb(124, 58, 237)');
  assert.equal(await style(w2.locator('button[data-action=share]'), 'borderTopLeftRadius'), '0px');
  assert.match(await style(w2.locator('.secworth'), 'fontFamily'), /^Georgia/);
  assert.doesNotMatch(await style(w1.locator('.secworth'), 'fontFamily'), /Georgia/);

  await answerAll(w1, 2);
  assert.equal(await w1.locator('output[data-result="total-score"]').getAttribute('data-value'), '66.7');
  assert.equal(await w2.locator('output[data-result="spectrum-position"]').count(), 0, 'the widgets keep separate state');
  const results = await page.evaluate(() => window.results);
  assert.equal(results.length, 1);
  assert.equal(results[0].total, 66.7);
  assert.equal(results[0].band, 'qualified');
  await page.screenshot({ path: new URL('./out/embed-hostile.png', import.meta.url).pathname });
  assert.deepEqual(page.errors, []);
  allowedOrigins(page, widgets.url, hosts.url);
  await page.context().close();
});

test('a cross-origin iframe sizes itself and posts results only to the configured origin', async () => {
  const url = await hostPage('frames.html', `
    <iframe id="good" title="good" height="150" style="width: 100%; border: 0"
      src="${widgets.url}/index.html?w=maturity&lang=en&layout=list&origin=${encodeURIComponent(hosts.url)}"></iframe>
    <iframe id="wrong" title="wrong" height="150" style="width: 100%; border: 0"
      src="${widgets.url}/index.html?w=maturity&lang=en&layout=list&origin=http://127.0.0.1:1"></iframe>
    <script>
      window.got = [];
      const frames = { good: document.getElementById('good'), wrong: document.getElementById('wrong') };
      addEventListener('message', (e) => {
        const from = Object.keys(frames).find((k) => frames[k].contentWindow === e.source) || 'other';
        got.push({ from, origin: e.origin, data: e.data });
        if (e.origin !== '${widgets.url}') return;
        if (e.data.type === 'secworth:height') frames[from].height = e.data.height;
      });
    </script>`);
  const page = await open(url);
  await page.waitForFunction(() => Number(document.getElementById('good').height) > 1500);
  const good = page.frameLocator('#good');
  await answerAll(good, 3);
  await page.waitForFunction(() => got.some((m) => m.data.type === 'secworth:result'));
  const got = await page.evaluate(() => window.got);
  assert.ok(got.every((m) => m.from === 'good' && m.origin === widgets.url), JSON.stringify(got.slice(0, 3)));
  const result = got.find((m) => m.data.type === 'secworth:result').data.detail;
  assert.equal(result.total, 100);
  assert.equal(result.band, 'qualified');
  assert.equal(await page.locator('#wrong').getAttribute('height'), '150', 'the misconfigured frame reached nobody');
  // The frame fits its content: no inner scrolling needed.
  const frame = await (await page.locator('#good').elementHandle()).contentFrame();
  await addressBar(frame, /a=333333333333333&layout=list&origin=/); // the frame URL keeps its origin setting
  const [content, frameHeight] = await Promise.all([
    frame.evaluate(() => document.documentElement.scrollHeight),
    page.locator('#good').evaluate((f) => f.getBoundingClientRect().height),
  ]);
  assert.ok(Math.abs(content - frameHeight) <= 2, `content ${content}px, frame ${frameHeight}px`);
  assert.deepEqual(page.errors, []);
  allowedOrigins(page, widgets.url, hosts.url);
  await page.context().close();
});

test('a sandboxed iframe (allow-scripts only) works without storage and still reports', async () => {
  const url = await hostPage('sandbox.html', `
    <iframe id="f" title="sandboxed" sandbox="allow-scripts" height="600" style="width: 100%"
      src="${widgets.url}/index.html?w=maturity&lang=en&layout=list&origin=${encodeURIComponent(hosts.url)}"></iframe>
    <script>window.got = []; addEventListener('message', (e) => got.push({ origin: e.origin, data: e.data }));</script>`);
  const page = await open(url);
  const frame = page.frameLocator('#f');
  await frame.locator('.sw-notes').waitFor();
  assert.match(await frame.locator('.sw-notes').textContent(), /will not be kept/);
  await answerAll(frame, 1);
  assert.equal(await frame.locator('output[data-result="total-score"]').getAttribute('data-value'), '33.3');
  await page.waitForFunction(() => got.some((m) => m.data.type === 'secworth:result'));
  const origins = new Set(await page.evaluate(() => got.map((m) => m.origin)));
  assert.deepEqual([...origins], ['null'], 'a sandboxed frame has an opaque origin');
  assert.deepEqual(page.errors, []);
  allowedOrigins(page, widgets.url, hosts.url);
  await page.context().close();
});

for (const [name, init] of [
  ['missing', () => Object.defineProperty(window, 'localStorage', { get: () => undefined, configurable: true })],
  ['throwing on access', () => Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); }, configurable: true })],
  ['throwing on write', () => { Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }; }],
]) {
  test(`localStorage ${name}: the widget works from memory and says so`, async () => {
    const page = await open(`${widgets.url}/index.html?w=maturity&lang=en&layout=list`, { init });
    await page.locator('.sw-notes').waitFor();
    assert.match(await page.locator('.sw-notes').textContent(), /will not be kept/);
    await answerAll(page, 3);
    assert.equal(await page.locator('output[data-result="total-score"]').getAttribute('data-value'), '100');
    await addressBar(page, /a=333333333333333/); // the URL still holds the answers
    assert.deepEqual(page.errors, []);
    allowedOrigins(page, widgets.url);
    await page.context().close();
  });
}

test('under a strict CSP nothing is blocked, and print and downloads keep the result', async () => {
  const page = await open(`${strict.url}/index.html?w=maturity&lang=en&audience=screen`, {
    init: () => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    },
  });
  const response = await page.request.get(`${strict.url}/index.html`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await answerAll(page, 1);
  assert.equal(await page.locator('output[data-result="band"]').getAttribute('data-value'), 'walk-away');

  const download = async (action) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-action=${action}]`).click()]);
    return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
  };
  const png = await download('download-png');
  assert.match(png.name, /^secworth-maturity-\d{4}-\d{2}-\d{2}\.png$/);
  assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.ok(png.body.length > 2000);
  const svg = await download('download-svg');
  assert.match(svg.name, /\.svg$/);
  const svgText = svg.body.toString();
  assert.ok(svgText.startsWith('<svg') && svgText.includes('Budget awareness') && svgText.includes('6.7 / 20'));
  const json = await download('download-json');
  const data = JSON.parse(json.body.toString());
  assert.equal(data.total, 33.3);
  assert.equal(data.band, 'walk-away');
  assert.equal(data.inputs.length, 15);
  assert.equal(data.inputs[0].answer, 'It is part of the IT budget, not tracked separately');
  assert.match(data.link, /a=111111111111111/);

  await page.emulateMedia({ media: 'print' });
  const visible = (sel) => page.locator(sel).first().isVisible();
  assert.equal(await visible('.sw-print-meta'), true, 'the printout carries date and link');
  assert.match(await page.locator('.sw-print-meta').textContent(), /Printed: .*index\.html\?w=maturity/);
  assert.equal(await visible('button[data-action=share]'), false, 'no buttons on paper');
  assert.equal(await visible('.sw-chart canvas'), true);
  assert.equal(await visible('output[data-result="total-score"]'), true);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, 'a real PDF');
  await writeFile(new URL('./out/maturity-print.pdf', import.meta.url).pathname, pdf);

  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violation');
  assert.deepEqual(page.errors, []);
  allowedOrigins(page, strict.url);
  await page.context().close();
});

test('the gallery offers embed code with the current answers baked into the iframe URL', async () => {
  const page = await open(`${widgets.url}/?lang=en`);
  await page.locator('article.sw-card').first().waitFor();
  const cards = await page.locator('article.sw-card').evaluateAll((cs) => cs.map((c) => c.dataset.widget));
  assert.deepEqual(cards, WIDGETS.map((w) => w.code), 'every widget of the registry is in the gallery, in its order');
  // A card whose widget was not opened: its frame opens the widget at its defaults (not the gallery).
  const closed = await page.locator('article.sw-card[data-widget="breach-cost"] textarea[data-embed=iframe]').inputValue();
  assert.ok(closed.includes(`src="${widgets.url}/index.html?w=breach-cost&lang=en&origin=https://YOUR-SITE.example"`), closed);
  const card = page.locator('article.sw-card[data-widget="maturity"]');
  await card.locator('button[data-action="open-widget"]').click();
  await card.locator('fieldset.sw-question').first().locator('label.sw-option').nth(2).click();
  await card.locator('summary', { hasText: 'Embed this widget' }).click();
  // Pinned to this release (its manifest) by Subresource Integrity.
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));
  const loader = `<script type="module" src="${widgets.url}/releases/${manifest.version}/embed.js" integrity="${manifest.files['embed.js'].integrity}" crossorigin="anonymous"></script>`;
  // Each one-widget snippet ends with two optional hints naming the widget's own bundle.
  const folder = `${widgets.url}/releases/${manifest.version}/widgets/maturity`;
  const hints = '\n<!-- Optional: the next two lines start the widget\'s download at once, before the loader runs. Leave them out on a page that shows more than one kind of widget. -->\n'
    + `<link rel="preload" as="fetch" href="${folder}/secworth_bg.wasm" crossorigin="anonymous">\n`
    + `<link rel="modulepreload" href="${folder}/secworth.js" integrity="${manifest.files['widgets/maturity/secworth.js'].integrity}" crossorigin="anonymous">`;
  await card.locator('.sw-embed-pinned').waitFor();
  // One manifest request for the gallery, and every card pinned to that release with it.
  assert.equal(page.requests.filter((u) => new URL(u).pathname === '/manifest.json').length, 1, `${page.requests}`);
  const pins = await page.locator('.sw-embed-pinned').allTextContents();
  assert.equal(pins.filter((p) => p.endsWith(`release ${manifest.version}`)).length, WIDGETS.length, `${pins}`);
  // The widget's space is kept from the host's first paint (e2e/layout-shift.test.mjs).
  const reserve = `min-height: min(100vh, ${WIDGETS.find((w) => w.code === 'maturity').reserve}px)`;
  assert.equal(await card.locator('textarea[data-embed=script]').inputValue(), `${loader}\n<div data-secworth="maturity" data-lang="en" style="${reserve}"></div>${hints}`);
  assert.equal(await card.locator('textarea[data-embed=element]').inputValue(),
    `${loader}\n<secworth-widget widget="maturity" lang="en" style="display: block; ${reserve}"></secworth-widget>${hints}`);
  assert.equal(await card.locator('textarea[data-embed=popup]').inputValue(),
    `${loader}\n<button type="button" data-secworth-open="maturity" data-lang="en">Security maturity of your leadership</button>${hints}`);
  const iframe = await card.locator('textarea[data-embed=iframe]').inputValue();
  assert.ok(iframe.includes(`src="${widgets.url}/index.html?w=maturity&lang=en&audience=self&v=1&a=2______________&origin=`), iframe);
  assert.ok(iframe.includes(`e.origin !== '${widgets.url}'`));
  assert.ok(iframe.includes(`style="width: 100%; border: 0; ${reserve}" height="600">`), iframe);
  assert.ok(!iframe.includes('loading='), iframe);

  // For a widget further down the page: lazy snippets, without the hints that would
  // download it at once; the popup's is unchanged (its bundle waits for the page anyway).
  await card.locator('input[data-embed-lazy]').check();
  assert.equal(await card.locator('textarea[data-embed=script]').inputValue(), `${loader}\n<div data-secworth="maturity" data-lang="en" data-loading="lazy" style="${reserve}"></div>`);
  assert.equal(await card.locator('textarea[data-embed=element]').inputValue(),
    `${loader}\n<secworth-widget widget="maturity" lang="en" loading="lazy" style="display: block; ${reserve}"></secworth-widget>`);
  assert.ok((await card.locator('textarea[data-embed=popup]').inputValue()).endsWith(hints));
  assert.ok((await card.locator('textarea[data-embed=iframe]').inputValue()).includes('height="600" loading="lazy"></iframe>'));
  await card.locator('input[data-embed-lazy]').uncheck();
  assert.ok((await card.locator('textarea[data-embed=script]').inputValue()).endsWith(hints), 'unchecked, the hints are back');
  await page.context().close();
});

/** The wasm bundles a page fetched, as paths under the widgets' folder. */
const wasmFetched = (page) => page.requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);

test('a page that shows one kind of widget loads that widget\'s bundle alone; several kinds, the suite', async () => {
  const one = await open(await hostPage('one-kind.html', `
    <div data-secworth="flywheel" data-lang="en" id="a"></div>
    <div data-secworth="flywheel" data-lang="zh" id="b"></div>
    <script type="module" src="${widgets.url}/embed.js"></script>`));
  await one.locator('#b output[data-result="nps"]').waitFor();
  assert.deepEqual(wasmFetched(one), ['/widgets/flywheel/secworth_bg.wasm']);
  assert.equal(await one.locator('#a output[data-result="nps"]').getAttribute('data-value'), '30', 'both hosts mounted by the one bundle');

  const two = await open(await hostPage('two-kinds.html', `
    <div data-secworth="flywheel" data-lang="en"></div>
    <div data-secworth="decision-weights" data-lang="en"></div>
    <script type="module" src="${widgets.url}/embed.js"></script>`));
  await two.locator('output[data-result="leader-original"]').waitFor();
  assert.deepEqual(wasmFetched(two), ['/secworth_bg.wasm']);

  // The iframe URL (and a widget's page) loads its widget's bundle; an unknown `w` falls back to the suite's gallery.
  const frame = await open(`${widgets.url}/index.html?w=renewal-risk&lang=en`);
  await frame.locator('output[data-result="renewal-risk"]').waitFor();
  assert.deepEqual(wasmFetched(frame), ['/widgets/renewal-risk/secworth_bg.wasm']);
  const unknown = await open(`${widgets.url}/index.html?w=nope&lang=en`);
  await unknown.locator('article.sw-card').first().waitFor();
  assert.deepEqual(wasmFetched(unknown), ['/secworth_bg.wasm'], 'the release lists its bundles: no request for one it lacks');
  assert.match(await unknown.locator('.sw-notes').textContent(), /no widget called "nope"/);
  for (const p of [one, two, frame, unknown]) {
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});

test('a widget\'s bundle that fails once its start has run is not retried with the suite, which would mount the widget twice', async () => {
  // The start reads the hosts in page order and has queued the first one's widget when
  // reading the second throws (as a start that fails part-way would).
  const page = await open(await hostPage('start-fails.html', `
    <div data-secworth="flywheel" data-lang="en" id="first"></div>
    <div data-secworth="flywheel" data-lang="en" id="second"></div>
    <script type="module" src="${widgets.url}/embed.js"></script>`), { init: () => {
    const getAttribute = Element.prototype.getAttribute;
    let thrown = false;
    Element.prototype.getAttribute = function (name) {
      if (!thrown && this.id === 'second' && name === 'data-secworth') {
        thrown = true;
        throw new Error('the start failed part-way');
      }
      return getAttribute.call(this, name);
    };
  } });
  await page.waitForFunction(() => document.querySelector('#first [role=alert]') || document.querySelectorAll('#first .secworth').length > 1);
  await page.waitForTimeout(1000);
  assert.ok(await page.locator('#first .secworth').count() <= 1, 'never two widgets in one host');
  assert.deepEqual(wasmFetched(page), ['/widgets/flywheel/secworth_bg.wasm'], 'no second bundle');
  assert.match(await page.locator('#second [role=alert]').textContent(), /could not be loaded \(the start failed part-way\)/);
  await page.context().close();
});

test('the release ships a brotli and a gzip copy of every file it serves, the same bytes, and a host set up for them sends brotli', async () => {
  const files = await compressible(DIST);
  assert.ok(files.some((f) => f.endsWith('widgets/flywheel/secworth_bg.wasm')) && files.some((f) => f.includes('/releases/')), 'the widgets\' bundles and the release folder');
  for (const file of files) {
    const body = await readFile(file);
    assert.ok(brotliDecompressSync(await readFile(`${file}.br`)).equals(body), `${file}.br`);
    assert.ok(gunzipSync(await readFile(`${file}.gz`)).equals(body), `${file}.gz`);
  }

  const page = await open(await hostPage('brotli.html', `<div data-secworth="flywheel" data-lang="en"></div><script type="module" src="${widgets.url}/embed.js"></script>`));
  const encodings = {};
  page.on('response', async (r) => { encodings[new URL(r.url()).pathname] = (await r.allHeaders())['content-encoding']; });
  await page.reload();
  await page.locator('output[data-result="nps"]').waitFor();
  for (const path of ['/embed.js', '/secworth.css', '/widgets/flywheel/secworth.js', '/widgets/flywheel/secworth_bg.wasm']) {
    assert.equal(encodings[path], 'br', `${path} sent as brotli: ${JSON.stringify(encodings)}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
