// End-to-end tests of embedding as marketing sites do it (issue 18): the custom element
// in a Shadow DOM, popups and sliders, lifecycle events, the dataLayer, hidden fields,
// a pinned release refusing tampered files, the strictest CSP with Trusted Types, and
// many widgets on one page. Host pages are served from another origin than the widgets,
// except under the CSP, whose `'self'` needs them on one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { track, OUT } from './harness.mjs';
import { TEN_WIDGETS_BODY } from './registry.mjs';

const DIST = new URL('../dist', import.meta.url).pathname;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "require-trusted-types-for 'script'; trusted-types 'none'";
let widgets, hosts, hostDir, browser;

before(async () => {
  widgets = await serve(DIST);
  hostDir = await mkdtemp(join(tmpdir(), 'secworth-hosts-'));
  hosts = await serve(hostDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [widgets, hosts]) await s?.close();
});

async function hostPage(name, body, head = '') {
  await writeFile(join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  return `${hosts.url}/${name}`;
}

/** Opens `url` in a fresh context; `init` runs before any of the page's scripts. */
async function open(url, { width = 1280, height = 900, init, context } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport: { width, height }, locale: 'en-US' }));
  const page = await track(await ctx.newPage());
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return page;
}

/** Records every secworth event reaching `document`, with its detail. */
const recordEvents = () => {
  window.events = [];
  for (const name of ['ready', 'started', 'step', 'result', 'close']) {
    document.addEventListener(`secworth:${name}`, (e) => window.events.push({ name, detail: e.detail }));
  }
};
const events = (page, name) => page.evaluate((n) => window.events.filter((e) => e.name === n).map((e) => e.detail), name);
const loader = () => `<script type="module" src="${widgets.url}/embed.js"></script>`;
const wasmFetched = (page) => page.requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);
const field = (scope, key) => scope.locator(`[data-field="${key}"] input`);

test('the custom element: an open shadow root the host CSS cannot reach, results readable by host scripts', async () => {
  const url = await hostPage('element.html', `
    <p id="host-text">Host paragraph</p>
    <secworth-widget id="calc" widget="flywheel" lang="en"></secworth-widget>
    ${loader()}`,
    `<style>
      * { font-size: 30px; line-height: 3; color: rgb(1, 2, 3); }
      div, section { display: flex; padding: 40px; }
      .secworth, .sw-title, output { color: red !important; font-size: 50px !important; display: none !important; }
      secworth-widget { --secworth-brand: #7c3aed; }
    </style>`);
  const page = await open(url, { init: recordEvents });
  const el = page.locator('secworth-widget#calc');
  await el.locator('output[data-result="nps"]').waitFor();
  assert.equal(await el.evaluate((e) => e.shadowRoot?.mode), 'open');
  assert.equal(await page.evaluate(() => document.querySelectorAll('.secworth, output').length), 0, 'nothing of the widget in the light DOM');
  const style = (loc, prop) => loc.evaluate((e, p) => getComputedStyle(e)[p], prop);
  const title = el.locator('h2.sw-title');
  assert.equal(await style(title, 'fontSize'), '22px', 'even !important host rules for our class names stay outside');
  assert.equal(await style(title, 'color'), 'rgb(31, 41, 55)');
  assert.equal(await style(el.locator('.secworth'), 'display'), 'block');
  assert.equal(await style(el.locator('button[data-action=share]'), 'backgroundColor'), 'rgb(124, 58, 237)', 'the theme still reaches it');
  assert.equal(await style(page.locator('#host-text'), 'fontSize'), '30px', 'the widget CSS leaves the host alone');

  // Host scripts read the headline through the open shadow root and the element's `result`.
  const nps = () => page.evaluate(() => document.getElementById('calc').shadowRoot.querySelector('output[data-result="nps"]').dataset.value);
  assert.equal(await nps(), '30');
  await field(el, 'nps').fill('45');
  await page.waitForFunction(() => document.getElementById('calc').result?.nps === 45);
  assert.equal(await nps(), '45');
  const results = await events(page, 'result');
  assert.equal(results.at(-1).instance, 'calc', 'the host id names the instance');
  assert.equal(results.at(-1).widget, 'flywheel');
  assert.deepEqual((await events(page, 'ready')).map((d) => [d.widget, d.instance, d.lang]), [['flywheel', 'calc', 'en']]);
  assert.equal((await events(page, 'started')).length, 1, 'started once, at the first input');

  // One kind on the page: its own bundle, and its share link opens the suite's page.
  assert.deepEqual(wasmFetched(page), ['/widgets/flywheel/secworth_bg.wasm']);
  const link = await el.locator('.sw-print-meta .sw-link').textContent();
  assert.ok(link.startsWith(`${widgets.url}/index.html?w=flywheel&lang=en&`), link);
  const shared = await open(link);
  await shared.locator('output[data-result="nps"]').waitFor();
  assert.equal(await shared.locator('output[data-result="nps"]').getAttribute('data-value'), '45', 'the share link reopens the answers');

  // Removed from the page, the widget is taken down; put back, it mounts again.
  await page.evaluate(() => { window.kept = document.getElementById('calc'); window.kept.remove(); });
  await page.waitForFunction(() => window.kept.shadowRoot.childElementCount === 0);
  await page.evaluate(() => document.body.append(window.kept));
  await el.locator('output[data-result="nps"]').waitFor();
  assert.equal(await nps(), '45', 'its state came back from storage');
  await page.screenshot({ path: OUT + 'embed-element.png', fullPage: true });
  for (const p of [page, shared]) {
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});

test('a popup opens from the host\'s button, traps focus, closes with Escape and returns focus', async () => {
  const url = await hostPage('popup.html', `
    <h1>Pricing</h1>
    <button id="open" data-secworth-open="breach-cost" data-lang="en">What would a breach cost us?</button>
    <button id="other">Other</button>
    ${loader()}`);
  const page = await open(url, { init: recordEvents });
  const button = page.locator('#open');
  await page.waitForFunction(() => customElements.get('secworth-widget'));
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('secworth-widget dialog.sw-popup');
  await dialog.locator('output[data-result="expected-annual-loss"]').waitFor();
  assert.equal(await dialog.evaluate((d) => d.open && d.matches(':modal')), true, 'a modal dialog');
  assert.equal(await dialog.getAttribute('aria-label'), await dialog.locator('h2.sw-title').textContent(), 'named by the widget\'s title');
  const inside = () => page.evaluate(() => {
    const host = document.activeElement;
    return host?.localName === 'secworth-widget' && host.shadowRoot.activeElement !== null;
  });
  assert.equal(await inside(), true, 'focus moved into the dialog');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    assert.equal(await inside(), true, `Tab ${i + 1} kept focus in the dialog`);
  }
  await page.keyboard.press('Escape');
  // The dialog's `close` event follows its closing in a task of its own.
  const closes = (n) => page.waitForFunction((k) => window.events.filter((e) => e.name === 'close').length === k, n);
  await closes(1);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'open', 'focus back on the opener');
  assert.deepEqual((await events(page, 'close')).map((d) => [d.widget, d.reason]), [['breach-cost', 'escape']]);

  // Reopened: the same widget with its inputs; closed by its button.
  await button.click();
  await dialog.locator('output[data-result="expected-annual-loss"]').waitFor();
  await dialog.locator('button.sw-dialog-close').click();
  await closes(2);
  assert.deepEqual((await events(page, 'close')).map((d) => d.reason), ['escape', 'button']);
  assert.equal(await page.locator('secworth-widget').count(), 1, 'one element for the button, reused');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a slider opens on load once per session when dismissed, and a phone gets the whole width', async () => {
  const url = await hostPage('slider.html', `
    <h1>Managed security</h1>
    <secworth-widget widget="maturity" lang="zh" mode="slider" trigger="load" dismiss="session"></secworth-widget>
    <secworth-widget id="later" widget="maturity" lang="en" mode="popup" trigger="scroll:50"></secworth-widget>
    <div style="height: 3000px"></div>
    ${loader()}`);
  const page = await open(url, { width: 360, height: 740, init: recordEvents });
  const slider = page.locator('secworth-widget[mode=slider] dialog');
  await slider.locator('fieldset.sw-question').first().waitFor();
  const box = await slider.boundingBox();
  assert.deepEqual([box.x, box.width, box.height], [0, 360, 740], 'the whole phone screen');
  assert.match(await slider.locator('.sw-dialog-close').getAttribute('aria-label'), /关闭/);
  await page.screenshot({ path: OUT + 'embed-slider-phone.png' });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.events.some((e) => e.name === 'close'));
  // Scrolled halfway: the second one opens.
  await page.mouse.wheel(0, 1400);
  await page.locator('secworth-widget#later dialog[open]').waitFor();
  await page.keyboard.press('Escape');
  // Reloaded in the same session: the dismissed slider stays shut.
  await page.reload();
  await page.waitForFunction(() => customElements.get('secworth-widget'));
  await page.waitForTimeout(500);
  assert.equal(await page.locator('secworth-widget[mode=slider] dialog[open]').count(), 0, 'dismissed for the session');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => document.querySelector('secworth-widget[mode=slider]').open());
  const wide = await slider.boundingBox();
  assert.deepEqual([wide.x + wide.width, wide.height], [1280, 900], 'a panel on the right edge');
  assert.ok(wide.width <= 480);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('lifecycle events and the dataLayer, only when the host opts in, with no answers in them', async () => {
  const url = await hostPage('analytics.html', `
    <div data-secworth="maturity" data-lang="en" data-analytics="datalayer" id="quiz"></div>
    <secworth-widget widget="spectrum" lang="en"></secworth-widget>
    ${loader()}`);
  const page = await open(url, { init: recordEvents });
  const quiz = page.locator('#quiz');
  await quiz.locator('.sw-stepper[data-step="0"]').waitFor();
  await quiz.locator('label.sw-option').nth(2).click();
  await quiz.locator('.sw-stepper[data-step="1"]').waitFor();
  await quiz.locator('button[data-action="back"]').click();
  await quiz.locator('.sw-stepper[data-step="0"]').waitFor();
  const layer = await page.evaluate(() => window.dataLayer);
  assert.deepEqual(layer, [
    { event: 'secworth_ready', secworth_widget: 'maturity', secworth_instance: 'quiz', secworth_lang: 'en' },
    { event: 'secworth_started', secworth_widget: 'maturity', secworth_instance: 'quiz', secworth_lang: 'en' },
    { event: 'secworth_step', secworth_widget: 'maturity', secworth_instance: 'quiz', secworth_lang: 'en', secworth_step: 1, secworth_steps: 15 },
    { event: 'secworth_step', secworth_widget: 'maturity', secworth_instance: 'quiz', secworth_lang: 'en', secworth_step: 0, secworth_steps: 15 },
  ], 'the opted-in widget only (the element did not opt in)');
  const readies = await events(page, 'ready');
  assert.deepEqual(readies.map((d) => d.widget).sort(), ['maturity', 'spectrum'], 'both announce ready to the page');
  assert.deepEqual(readies.find((d) => d.widget === 'spectrum').instance, 'spectrum-1');
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const quiet = await open(await hostPage('no-analytics.html', `<div data-secworth="flywheel" data-lang="en"></div>${loader()}`));
  await quiet.locator('output[data-result="nps"]').waitFor();
  await field(quiet, 'nps').fill('50');
  await quiet.waitForTimeout(200);
  assert.equal(await quiet.evaluate(() => window.dataLayer), undefined, 'no dataLayer without data-analytics');
  await quiet.context().close();
});

test('hidden fields and the page\'s utm parameters travel in the result, never in the share link', async () => {
  const url = await hostPage('campaign.html', `
    <div data-secworth="flywheel" data-lang="en" data-hidden-campaign="spring-2027" data-hidden-bad name="x" data-pass-utm id="calc"></div>
    ${loader()}`);
  const page = await open(`${url}?utm_source=newsletter&utm_medium=email&fbclid=abc&q=1`, { init: recordEvents });
  await page.locator('output[data-result="nps"]').waitFor();
  await field(page, 'nps').fill('50');
  await page.waitForFunction(() => window.events.filter((e) => e.name === 'result').length > 0);
  const result = (await events(page, 'result')).at(-1);
  assert.deepEqual(result.hidden, { campaign: 'spring-2027', bad: '', utm_source: 'newsletter', utm_medium: 'email' });
  const link = await page.locator('.sw-print-meta .sw-link').textContent();
  assert.doesNotMatch(link, /campaign|spring|utm_|newsletter/, link);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('asked with share-hidden, the share link carries the hidden fields, and the iframe form reads them from its URL', async () => {
  const url = await hostPage('share-hidden.html', `
    <secworth-widget widget="flywheel" lang="en" hidden-campaign="spring sale & more" share-hidden></secworth-widget>
    ${loader()}`);
  const page = await open(url);
  await page.locator('output[data-result="nps"]').waitFor();
  await field(page, 'nps').fill('45');
  await page.waitForTimeout(300);
  const link = await page.locator('.sw-print-meta .sw-link').textContent();
  assert.match(link, /[?&]hidden-campaign=spring%20sale%20%26%20more(&|$)/, link);

  // The share link in an iframe (the iframe form): its result messages carry the field,
  // and its own share link does not (the link did not ask for it).
  const framed = await hostPage('share-hidden-frame.html', `
    <iframe id="f" title="secworth" style="width:100%;height:700px;border:0"
      src="${link}&origin=${encodeURIComponent(hosts.url)}"></iframe>
    <script>window.messages = []; addEventListener('message', (e) => { if (e.origin === '${widgets.url}') messages.push(e.data); });</script>`);
  await page.goto(framed);
  const frame = page.frameLocator('#f');
  assert.equal(await frame.locator('[data-field="nps"] input').inputValue(), '45', 'the link opens pre-filled');
  await frame.locator('[data-field="nps"] input').fill('55');
  await page.waitForFunction(() => messages.some((m) => m.type === 'secworth:result' && m.detail?.hidden));
  const result = await page.evaluate(() => messages.filter((m) => m.type === 'secworth:result').at(-1));
  assert.deepEqual(result.detail.hidden, { campaign: 'spring sale & more' });
  assert.doesNotMatch(await frame.locator('.sw-print-meta .sw-link').textContent(), /hidden-/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an iframe posts its lifecycle events to the configured origin', async () => {
  const url = await hostPage('frame-events.html', `
    <iframe id="f" title="secworth" style="width:100%;height:700px;border:0"
      src="${widgets.url}/index.html?w=maturity&lang=en&origin=${encodeURIComponent(hosts.url)}"></iframe>
    <script>window.messages = []; addEventListener('message', (e) => { if (e.origin === '${widgets.url}') messages.push(e.data); });</script>`);
  const page = await open(url);
  const frame = page.frameLocator('#f');
  await frame.locator('.sw-stepper[data-step="0"]').waitFor();
  await frame.locator('label.sw-option').nth(1).click();
  await page.waitForFunction(() => messages.some((m) => m.type === 'secworth:step'));
  const types = await page.evaluate(() => [...new Set(messages.map((m) => m.type))]);
  for (const t of ['secworth:ready', 'secworth:started', 'secworth:step', 'secworth:height']) assert.ok(types.includes(t), `${t} in ${types}`);
  const step = await page.evaluate(() => messages.find((m) => m.type === 'secworth:step').detail);
  assert.deepEqual([step.widget, step.step, step.steps], ['maturity', 1, 15]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** Flips a byte of the file at `path`, and of its precompressed copies alike (a tampered
 *  host serves the changed bytes whatever the encoding). */
async function tamper(path) {
  const bytes = await readFile(path);
  bytes[bytes.length - 2] ^= 1;
  await writeFile(path, bytes);
  await writeFile(`${path}.br`, brotliCompressSync(bytes));
  await writeFile(`${path}.gz`, gzipSync(bytes));
}

/** A copy of the release in a fresh folder, served; `edit` may change files in it first. */
async function releaseCopy(edit = async () => {}) {
  const dir = await mkdtemp(join(tmpdir(), 'secworth-release-'));
  await cp(DIST, dir, { recursive: true });
  await edit(dir);
  return { dir, server: await serve(dir) };
}

test('a pinned release: the snippet\'s integrity and embed.js\'s pins refuse tampered files', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));
  const { version } = manifest;
  const pinned = `<script type="module" src="${widgets.url}/releases/${version}/embed.js" integrity="${manifest.files['embed.js'].integrity}" crossorigin="anonymous"></script>`;
  const ok = await open(await hostPage('pinned.html', `<div data-secworth="decision-weights" data-lang="en"></div>${pinned}`));
  await ok.locator('output[data-result="leader-original"]').waitFor();
  assert.ok(ok.requests.every((u) => !u.startsWith(widgets.url) || u.includes(`/releases/${version}/`)), 'every file from the release folder');
  assert.deepEqual(ok.errors, []);
  await ok.context().close();

  const flip = (file) => (dir) => tamper(join(dir, 'releases', version, file));
  for (const file of ['widgets/decision-weights/secworth_bg.wasm', 'widgets/decision-weights/secworth.js', 'embed.js']) {
    const copy = await releaseCopy(flip(file));
    const snippet = pinned.replace(widgets.url, copy.server.url);
    const page = await open(await hostPage('tampered.html', `<div data-secworth="decision-weights" data-lang="en" id="w"></div>${snippet}`));
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('output[data-result]').count(), 0, `${file} tampered: no widget runs`);
    if (file !== 'embed.js') {
      // The loader ran (its own digest matched) and says which file it refused.
      assert.match(await page.locator('#w [role=alert]').textContent(), new RegExp(`${file.split('/').pop().replace('.', '\\.')}.*pinned digest`));
    }
    await page.context().close();
    await copy.server.close();
  }
});

test('two copies of the loader on one page (one pinned, one not): the first mounts every widget once, the second only warns', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));
  const pinned = `<script type="module" src="${widgets.url}/releases/${manifest.version}/embed.js" integrity="${manifest.files['embed.js'].integrity}" crossorigin="anonymous"></script>`;
  const url = await hostPage('two-loaders.html', `${pinned}<div data-secworth="flywheel" data-lang="en" id="a"></div>
    ${loader()}<secworth-widget widget="flywheel" lang="en" id="b"></secworth-widget>`);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await track(await ctx.newPage());
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(url);
  await page.locator('#a output[data-result="nps"]').waitFor();
  await page.locator('#b').evaluate((el) => new Promise((ok) => (function wait() {
    el.shadowRoot?.querySelector('output[data-result="nps"]') ? ok() : setTimeout(wait, 50);
  }())));
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#a .secworth').count(), 1, 'the script-form widget is mounted once');
  assert.equal(await page.locator('#b').evaluate((el) => el.shadowRoot.querySelectorAll('.secworth').length), 1, 'the element is mounted once');
  assert.equal(wasmFetched(page).length, 1, `one bundle: ${wasmFetched(page)}`);
  assert.deepEqual(page.errors, [], 'no error (the element is defined once)');
  assert.equal(warnings.filter((w) => /second copy of the loader/.test(w)).length, 1, `the second copy says why it does nothing: ${warnings}`);
  await ctx.close();
});

/** The gallery's script snippet for `widget` (pinned to this release, with its preload hints). */
async function gallerySnippet(widget) {
  const page = await open(`${widgets.url}/?lang=en`);
  const card = page.locator(`article.sw-card[data-widget="${widget}"]`);
  await card.locator('summary', { hasText: 'Embed this widget' }).click();
  await card.locator('.sw-embed-pinned').waitFor();
  const snippet = await card.locator('textarea[data-embed=script]').inputValue();
  await page.context().close();
  return snippet;
}

test('the snippet\'s preload hints: the bundle is requested before the loader runs, once, and still checked', async () => {
  const snippet = await gallerySnippet('flywheel');
  const { version } = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));
  const folder = `/releases/${version}/widgets/flywheel/`;
  assert.match(snippet, /\n<!--.*-->\n<link rel="preload" as="fetch" [^\n]*\n<link rel="modulepreload" [^\n]* integrity="sha384-[^\n]*$/, snippet);

  const page = await open(await hostPage('hinted.html', snippet.replace('<div ', '<div id="w" ')));
  await page.locator('#w output[data-result="nps"]').waitFor();
  const paths = page.requests.filter((u) => u.startsWith(widgets.url)).map((u) => new URL(u).pathname);
  const count = (p) => paths.filter((q) => q === p).length;
  assert.equal(count(`${folder}secworth_bg.wasm`), 1, `the preloaded wasm is the one the loader uses: ${paths}`);
  assert.equal(count(`${folder}secworth.js`), 1, `the preloaded glue is the one the loader imports: ${paths}`);
  // Requested from the HTML, before the loader ran (it adds the stylesheet when it runs).
  assert.ok(paths.indexOf(`${folder}secworth_bg.wasm`) < paths.indexOf(`/releases/${version}/secworth.css`), `the wasm before the loader ran: ${paths}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // A tampered file on the widgets' host is refused with the hints as without them.
  for (const file of ['secworth_bg.wasm', 'secworth.js']) {
    const copy = await releaseCopy((dir) => tamper(join(dir, 'releases', version, 'widgets', 'flywheel', file)));
    const tampered = await open(await hostPage('hinted-tampered.html', snippet.replaceAll(widgets.url, copy.server.url).replace('<div ', '<div id="w" ')));
    await tampered.locator('#w [role=alert]').waitFor();
    assert.match(await tampered.locator('#w [role=alert]').textContent(), new RegExp(`${file.replace('.', '\\.')}.*pinned digest`));
    assert.equal(await tampered.locator('output[data-result]').count(), 0, `${file} tampered: no widget runs`);
    await tampered.context().close();
    await copy.server.close();
  }
});

test('under the strictest CSP with Trusted Types: the script form, the element, a popup and the iframe, with no violation', async () => {
  const hostsHtml = {
    'csp-script.html': '<div data-secworth="breach-cost" data-lang="en"></div><div data-secworth="maturity" data-lang="zh" data-layout="list"></div>',
    'csp-element.html': '<secworth-widget widget="renewal-risk" lang="en"></secworth-widget>',
    'csp-popup.html': '<button id="open" data-secworth-open="spectrum" data-lang="en">Open</button>',
  };
  const copy = await releaseCopy(async (dir) => {
    for (const [name, body] of Object.entries(hostsHtml)) {
      await writeFile(join(dir, name), `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}<script type="module" src="./embed.js"></script></body></html>`);
    }
  });
  await copy.server.close();
  const strict = await serve(copy.dir, { headers: { 'content-security-policy': CSP } });
  const violations = () => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  };
  const check = async (page) => {
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  };
  const script = await open(`${strict.url}/csp-script.html`, { init: violations });
  await script.locator('output[data-result="expected-annual-loss"]').waitFor();
  await script.locator('fieldset.sw-question').first().locator('label.sw-option').nth(1).click();
  await script.locator('[data-field="employees"] input').fill('120');
  await check(script);

  const element = await open(`${strict.url}/csp-element.html`, { init: violations });
  await element.locator('output[data-result="renewal-risk"]').waitFor();
  await check(element);

  const popup = await open(`${strict.url}/csp-popup.html`, { init: violations });
  await popup.waitForFunction(() => customElements.get('secworth-widget'));
  await popup.locator('#open').click();
  await popup.locator('dialog[open] fieldset.sw-question').first().waitFor();
  await popup.keyboard.press('Escape');
  await check(popup);

  const frame = await open(`${strict.url}/index.html?w=flywheel&lang=en`, { init: violations });
  await frame.locator('output[data-result="nps"]').waitFor();
  await frame.locator('[data-field="nps"] input').fill('55');
  await check(frame);
  await strict.close();
});

/** Scrolls the page to `selector` (an empty host too, which has no size until its widget mounts). */
const scrollTo = (page, selector) => page.evaluate((sel) => document.querySelector(sel).scrollIntoView(), selector);

test('lazy widgets below the fold: nothing but the loader until the first comes near, each mounted as it does', async () => {
  const spacer = '<div style="height: 6000px"></div>';
  const url = await hostPage('lazy.html', `
    <h1>Pricing</h1>${spacer}
    <div id="far" data-secworth="flywheel" data-lang="en" data-loading="lazy"></div>${spacer}
    <secworth-widget id="farther" widget="flywheel" lang="en" loading="lazy"></secworth-widget>
    ${loader()}`);
  const page = await open(url, { init: recordEvents });
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  const bundleFiles = () => page.requests.filter((u) => u.startsWith(widgets.url) && !/embed\.js$|secworth\.css$/.test(u));
  assert.deepEqual(bundleFiles(), [], 'nothing of the bundle is requested while both are far below');
  assert.equal(await page.locator('#far .secworth').count(), 0);
  assert.deepEqual(await events(page, 'ready'), []);

  // Scrolled near the first: the bundle comes, that one mounts, the one further down waits.
  await scrollTo(page, '#far');
  await page.locator('#far output[data-result="nps"]').waitFor();
  assert.deepEqual(wasmFetched(page), ['/widgets/flywheel/secworth_bg.wasm']);
  await page.waitForTimeout(500);
  assert.deepEqual((await events(page, 'ready')).map((d) => d.instance), ['far']);
  assert.equal(await page.locator('#farther').evaluate((e) => e.shadowRoot?.querySelector('.secworth') ?? null), null,
    'the element 6000 px further down is not mounted yet');

  // Then the second, with no second download; both work.
  await scrollTo(page, '#farther');
  await page.locator('#farther output[data-result="nps"]').waitFor();
  assert.deepEqual((await events(page, 'ready')).map((d) => d.instance), ['far', 'farther']);
  assert.deepEqual(wasmFetched(page), ['/widgets/flywheel/secworth_bg.wasm']);
  await field(page.locator('#farther'), 'nps').fill('45');
  await page.waitForFunction(() => document.getElementById('farther').result?.nps === 45);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a lazy widget already in view starts at once; beside an eager one, a lazy one below waits for its turn to be near', async () => {
  const url = await hostPage('lazy-mixed.html', `
    <div id="top" data-secworth="maturity" data-lang="en" data-loading="lazy"></div>
    <div id="eager" data-secworth="flywheel" data-lang="en"></div>
    <div style="height: 6000px"></div>
    <div id="below" data-secworth="breach-cost" data-lang="en" data-loading="lazy"></div>
    <div id="hidden" data-secworth="flywheel" data-lang="en" data-loading="lazy" style="display: none"></div>
    ${loader()}`);
  const page = await open(url, { init: recordEvents });
  await page.locator('#top .sw-title').waitFor();
  await page.locator('#eager output[data-result="nps"]').waitFor();
  assert.deepEqual(wasmFetched(page), ['/secworth_bg.wasm'], 'several kinds: the suite, loaded at once for the eager one');
  await page.waitForTimeout(500);
  assert.deepEqual((await events(page, 'ready')).map((d) => d.instance).sort(), ['eager', 'top']);
  assert.equal(await page.locator('#below .secworth').count(), 0, 'the lazy one far below is not mounted');

  await scrollTo(page, '#below');
  await page.locator('#below output[data-result="expected-annual-loss"]').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual((await events(page, 'ready')).map((d) => d.instance).sort(), ['below', 'eager', 'top']);
  assert.equal(await page.locator('#hidden .secworth').count(), 0, 'one never shown is never started');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('lazy widgets keep their numbers, and so their saved answers, whichever the visitor scrolls to first', async () => {
  const spacer = '<div style="height: 6000px"></div>';
  const url = await hostPage('lazy-order.html', `
    <div data-secworth="flywheel" data-lang="en" data-loading="lazy"></div>${spacer}
    <secworth-widget widget="flywheel" lang="en" loading="lazy"></secworth-widget>${spacer}
    <div data-secworth="flywheel" data-lang="en" data-loading="lazy"></div>
    ${loader()}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await open(url, { init: recordEvents, context });
  const hosts = page.locator('[data-secworth], secworth-widget');
  const near = async (i) => {
    await hosts.nth(i).evaluate((e) => e.scrollIntoView());
    await hosts.nth(i).locator('output[data-result="nps"]').waitFor();
  };
  const nps = (i) => hosts.nth(i).locator('output[data-result="nps"]').getAttribute('data-value');
  // The first is in view at once. Then the last, then the element: numbered as the page
  // is read (script-form hosts, then elements), not in the order they came near.
  await near(2);
  await field(hosts.nth(2), 'nps').fill('45');
  await near(1);
  await field(hosts.nth(1), 'nps').fill('35');
  await page.waitForTimeout(300);
  assert.deepEqual((await events(page, 'ready')).map((d) => d.instance), ['flywheel-1', 'flywheel-2', 'flywheel-3']);
  // Reloaded, the visitor goes to the element first: it still has its own answers.
  await page.reload();
  await near(1);
  await near(2);
  await near(0);
  assert.deepEqual([await nps(0), await nps(1), await nps(2)], ['30', '35', '45'], 'each reopens its own saved inputs');
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** Holds the host page's `slow.gif` for `ms`, so its load event comes that much later. */
const slowImage = (page, ms) => page.route('**/slow.gif', async (route) => {
  await new Promise((ok) => setTimeout(ok, ms));
  await route.fulfill({ contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') });
});

test('a page of popups loads the bundle only after its own load, unless a click on a popup button asks for it first', async () => {
  const url = await hostPage('popups-wait.html', `
    <img src="slow.gif" alt="">
    <button id="open" data-secworth-open="breach-cost" data-lang="en">What would a breach cost us?</button>
    ${loader()}`);
  // No click: the bundle is requested once the page has loaded.
  const idle = await track(await (await browser.newContext()).newPage());
  await slowImage(idle, 1000);
  await idle.goto(url, { waitUntil: 'domcontentloaded' });
  await idle.waitForTimeout(300);
  assert.deepEqual(wasmFetched(idle), [], 'nothing of the bundle while the page is still loading');
  await idle.waitForFunction(() => customElements.get('secworth-widget'));
  const order = await idle.evaluate(() => ({
    loaded: performance.getEntriesByType('navigation')[0].loadEventEnd,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).startTime,
  }));
  assert.ok(order.wasm >= order.loaded, `the wasm was requested at ${order.wasm} ms, after the load at ${order.loaded} ms`);
  await idle.context().close();

  // A click before that: the bundle loads at once and the popup opens, the page still loading.
  const page = await track(await (await browser.newContext()).newPage());
  await slowImage(page, 5000);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('#open').click();
  const dialog = page.locator('secworth-widget dialog.sw-popup');
  await dialog.locator('output[data-result="expected-annual-loss"]').waitFor();
  assert.equal(await page.evaluate(() => document.readyState), 'interactive', 'opened before the page finished loading');
  assert.deepEqual(wasmFetched(page), ['/widgets/breach-cost/secworth_bg.wasm']);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'open', 'focus returns to the button');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a popup\'s delay counts from the page\'s start, though its bundle comes after the page\'s load', async () => {
  const url = await hostPage('popup-delay.html', `
    <img src="slow.gif" alt="">
    <secworth-widget widget="maturity" mode="popup" trigger="delay:2" lang="en"></secworth-widget>
    ${loader()}`);
  const page = await track(await (await browser.newContext()).newPage());
  await page.addInitScript(() => {
    document.addEventListener('secworth:ready', () => { window.openedAt = performance.now(); });
  });
  await slowImage(page, 1500);
  await page.goto(url);
  await page.locator('secworth-widget dialog.sw-popup .sw-title').waitFor();
  const { openedAt, loaded } = await page.evaluate(() => ({ openedAt: window.openedAt, loaded: performance.getEntriesByType('navigation')[0].loadEventEnd }));
  assert.ok(loaded >= 1500, `the page loaded at ${loaded} ms`);
  // Counted from the bundle's arrival (after the load) it would open at 3.5 s or later.
  assert.ok(openedAt >= 1900 && openedAt < 3300, `opened at ${openedAt} ms, about 2 s after the page's start`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('ten widgets on one page: one bundle, each its own state, events and storage', async () => {
  const url = await hostPage('ten.html', `${TEN_WIDGETS_BODY}${loader()}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await open(url, { init: recordEvents, context });
  await page.waitForFunction(() => window.events.filter((e) => e.name === 'ready').length === 10);
  assert.deepEqual(wasmFetched(page), ['/secworth_bg.wasm'], 'the suite, once');
  const instances = (await events(page, 'ready')).map((d) => d.instance).sort();
  assert.deepEqual(instances, ['breach-cost-1', 'breach-cost-2', 'decision-weights-1', 'flywheel-1', 'flywheel-2', 'flywheel-3',
    'maturity-1', 'maturity-2', 'renewal-risk-1', 'spectrum-1']);

  const flywheels = page.locator('.secworth-flywheel');
  assert.equal(await flywheels.count(), 3);
  for (const [i, nps] of [[0, '25'], [1, '35'], [2, '45']]) await field(flywheels.nth(i), 'nps').fill(nps);
  await page.waitForTimeout(300);
  const nps = async () => Promise.all([0, 1, 2].map((i) => flywheels.nth(i).locator('output[data-result="nps"]').getAttribute('data-value')));
  assert.deepEqual(await nps(), ['25', '35', '45'], 'each keeps its own inputs');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('secworth:flywheel')).sort());
  assert.deepEqual(keys, ['secworth:flywheel', 'secworth:flywheel:2', 'secworth:flywheel:pricing']);
  const results = (await events(page, 'result')).filter((d) => d.widget === 'flywheel');
  assert.deepEqual([...new Set(results.map((d) => d.instance))].sort(), ['flywheel-1', 'flywheel-2', 'flywheel-3']);

  await page.reload();
  await page.waitForFunction(() => window.events.filter((e) => e.name === 'ready').length === 10);
  assert.deepEqual(await nps(), ['25', '35', '45'], 'each reopens its own saved inputs');
  assert.deepEqual(page.errors, []);
  await context.close();
});
