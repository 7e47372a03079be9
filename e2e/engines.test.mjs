// The cross-engine suite: the release bundle in Firefox (geckodriver) and WebKit
// (WebKitGTK's WebKitWebDriver and MiniBrowser, the engine family of Safari), driven
// over W3C WebDriver. The Chromium suites beside it go deeper; this one checks what a
// visitor on another engine relies on (lazy widgets and popups included).
// SECWORTH_ENGINES=firefox (or webkit) runs one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { ENGINES, launch } from './engines/webdriver.mjs';
import { WIDGETS as REGISTRY } from './registry.mjs';

const DIST = new URL('../dist', import.meta.url).pathname;
const DIST_FAULTS = new URL('../dist-faults', import.meta.url).pathname;
const RECORDER = new URL('./engines/recorder.js', import.meta.url).pathname;
const OUT = new URL('./out/', import.meta.url).pathname;
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
// Trusted Types on top: no widget code may write HTML from a string.
const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;

/** Each widget opened pre-filled, and the outputs its headline shows (the registry). */
const WIDGETS = REGISTRY.map(({ code, sample, headline }) => ({ w: code, query: sample, headline }));

const chosen = (process.env.SECWORTH_ENGINES || 'firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
let widgets, strict, trusted, faults, hosts, hostDir;

before(async () => {
  widgets = await serve(DIST, { inject: RECORDER });
  strict = await serve(DIST, { inject: RECORDER, headers: { 'content-security-policy': STRICT_CSP } });
  trusted = await serve(DIST, { inject: RECORDER, headers: { 'content-security-policy': TRUSTED_TYPES_CSP } });
  faults = await serve(DIST_FAULTS, { inject: RECORDER });
  hostDir = await mkdtemp(join(tmpdir(), 'secworth-engines-'));
  await writeFile(join(hostDir, 'index.html'), '<!doctype html><title>hosts</title>');
  hosts = await serve(hostDir, { inject: RECORDER });
  await mkdir(OUT, { recursive: true });
});
after(async () => {
  for (const s of [widgets, strict, trusted, faults, hosts]) await s?.close();
});

/** In the page: the `data-value` of every named output (null where missing). */
function outputs(names) {
  return Object.fromEntries(names.map((n) => [n, document.querySelector(`output[data-result="${n}"]`)?.dataset.value ?? null]));
}

/** In the page: whether the `i`th chart canvas has anything drawn on it, and a digest of its pixels. */
function canvasInk(i) {
  const c = document.querySelectorAll('.sw-chart canvas')[i];
  if (!c || !c.width || !c.height) return null;
  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0, digest = 0;
  for (let k = 0; k < data.length; k += 4) {
    if (data[k] < 240 || data[k + 1] < 240 || data[k + 2] < 240) ink++;
    digest = (digest * 31 + data[k] + data[k + 1] * 7 + data[k + 2] * 13) % 2147483647;
  }
  return { ink, digest };
}

const pageErrors = (s) => s.eval(() => window.__swErrors);

async function hostPage(name, body, head = '') {
  await writeFile(join(hostDir, name), `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  return `${hosts.url}/${name}`;
}

for (const name of chosen) {
  const engine = ENGINES[name];
  assert.ok(engine, `unknown engine ${name} (firefox, webkit)`);
  let driver;
  // Started by whichever test comes first (so one test can run alone), stopped after all.
  const started = () => (driver ??= launch(name));
  after(async () => (await driver)?.close());
  const session = async (size) => {
    const s = await (await started()).session(size);
    s.helpers = [outputs, canvasInk].map(String).join('\n');
    return s;
  };
  const open = async (url, size) => {
    const s = await session(size);
    await s.goto(url);
    return s;
  };

  test(`${engine.label}: the driver and browser start`, async (t) => {
    assert.ok(engine.available(), `${engine.label} is not installed: run scripts/setup.sh`);
    const s = await session();
    t.diagnostic(`${engine.label}: ${(await started()).version}`);
    await s.close();
  });

  test(`${engine.label}: every widget opens in both languages with its headline and no page error`, async () => {
    const s = await session({ width: 1280, height: 900 });
    try {
      for (const { w, query, headline } of WIDGETS) {
        for (const lang of ['en', 'zh']) {
          await s.goto(`${widgets.url}/index.html?w=${w}&lang=${lang}${query ? '&' + query : ''}`);
          const values = await s.waitFor(
            (names) => { const o = outputs(names); return Object.values(o).every((v) => v !== null) && o; },
            { what: `${w} ${lang} headline` }, headline);
          for (const [key, value] of Object.entries(values)) assert.notEqual(value, '', `${w} ${lang}: ${key} is empty`);
          const shown = await s.eval((l) => {
            const root = document.querySelector('.secworth');
            return { lang: root.getAttribute('lang'), title: document.querySelector('.sw-title')?.textContent ?? '' };
          }, lang);
          assert.equal(shown.lang, lang, `${w} in ${lang}`);
          assert.ok(lang === 'zh' ? /[\u4e00-\u9fff]/.test(shown.title) : /^[\x20-\x7e]+$/.test(shown.title), `${w} ${lang} title: ${shown.title}`);
          const ink = await s.waitFor((i) => { const c = canvasInk(i); return c && c.ink > 100 && c; }, { what: `${w} chart drawn` }, 0);
          assert.ok(ink.ink > 100, `${w} ${lang}: the chart is drawn`);
          assert.deepEqual(await pageErrors(s), [], `${w} ${lang}`);
        }
      }
      await writeFile(`${OUT}engines-${name}-decision.png`, await s.screenshot());
    } finally {
      await s.close();
    }
  });

  test(`${engine.label}: typing changes the result, the chart redraws, and the link reopens the same state`, async () => {
    const s = await open(`${widgets.url}/index.html?w=breach-cost&lang=en`, { width: 360, height: 800 });
    try {
      const before = await s.waitFor(() => outputs(['breach-cost'])['breach-cost']);
      const chart = await s.waitFor(() => canvasInk(0));
      await s.type('[data-field="records_customer"] input', '50000');
      const after = await s.waitFor((b) => { const v = outputs(['breach-cost'])['breach-cost']; return v !== b && v; }, { what: 'the cost to change' }, before);
      assert.ok(Number(after) > Number(before), `more records cost more: ${before} -> ${after}`);
      const redrawn = await s.waitFor((d) => { const c = canvasInk(0); return c && c.digest !== d && c; }, { what: 'the chart to redraw' }, chart.digest);
      assert.ok(redrawn.ink > 100);
      assert.equal(await s.eval(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scroll at 360 px');
      const link = await s.waitFor(() => location.href.includes('records_customer=50000') && location.href, { what: 'the address bar to follow' });
      const tail = await s.eval(() => outputs(['annual-p99'])['annual-p99']);
      assert.deepEqual(await pageErrors(s), []);
      // A fresh browser (no storage; WebKit's driver allows one session at a time) on the link: the same numbers.
      await s.close();
      const again = await open(link);
      try {
        const reopened = await again.waitFor(() => { const o = outputs(['breach-cost', 'annual-p99']); return o['breach-cost'] !== null && o; });
        assert.equal(reopened['breach-cost'], after);
        assert.equal(reopened['annual-p99'], tail, 'the same seed, the same tail');
      } finally {
        await again.close();
      }
    } finally {
      await s.close();
    }
  });

  test(`${engine.label}: the script form on a hostile host page keeps its styles and reports results`, async () => {
    const url = await hostPage(`hostile-${name}.html`, `
      <p id="host-text">Host paragraph</p>
      <div data-secworth="maturity" data-lang="en" data-layout="list" id="w1"></div>
      <div data-secworth="breach-cost" data-lang="zh" id="w2"></div>
      <script src="./collect.js"></script>
      <script type="module" src="${widgets.url}/embed.js"></script>`,
      `<style>
        * { font-size: 30px; margin: 0; padding: 0; line-height: 3; color: rgb(1, 2, 3); }
        div { display: flex; }
        button, input { all: unset; background: red; }
        h2, legend { text-transform: uppercase; }
      </style>`);
    await writeFile(join(hostDir, 'collect.js'), "window.results = []; document.getElementById('w2').addEventListener('secworth:result', (e) => results.push(e.detail));");
    const s = await open(url);
    try {
      await s.waitFor(() => document.querySelector('#w1 fieldset.sw-question') && document.querySelector('#w2 output[data-result="breach-cost"]'), { what: 'both widgets' });
      const styles = await s.eval(() => {
        const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
        return {
          legend: css('#w1 fieldset.sw-question > legend', 'fontSize'),
          transform: css('#w1 fieldset.sw-question > legend', 'textTransform'),
          live: css('#w1 .sw-result .sw-live', 'display'),
          radio: css('#w1 input[type=radio]', 'appearance'),
          host: css('#host-text', 'fontSize'),
        };
      });
      assert.deepEqual(styles, { legend: '16px', transform: 'none', live: 'block', radio: 'auto', host: '30px' });
      const results = await s.waitFor(() => window.results.length > 0 && window.results, { what: 'a result event' });
      assert.equal(results[0].widget, 'breach-cost');
      assert.equal(results[0].lang, 'zh');
      assert.ok(results[0].breachCost > 0 && 'fines' in results[0]);
      assert.deepEqual(await pageErrors(s), []);
    } finally {
      await s.close();
    }
  });

  test(`${engine.label}: the snippets' reserved height holds before the widgets load and leaves no gap under them`, async () => {
    // Every widget, in the script form (en) and as an element (zh), with the style the
    // gallery's snippets give them (e2e/layout-shift.test.mjs checks the shifts in Chromium).
    const reserve = (r) => `min-height: min(100vh, ${r}px)`;
    const elements = REGISTRY.map(({ code, reserve: r }) => `<div data-secworth="${code}" data-lang="en" style="${reserve(r)}"></div>`
      + `<secworth-widget widget="${code}" lang="zh" style="display: block; ${reserve(r)}"></secworth-widget>`).join('\n');
    const heights = () => [...document.querySelectorAll('[data-secworth], secworth-widget')].map((el) => ({
      box: el.getBoundingClientRect().height,
      widget: (el.shadowRoot ?? el).querySelector('.secworth')?.getBoundingClientRect().height ?? null,
    }));
    const expected = REGISTRY.flatMap(({ reserve: r }) => [r, r]);
    const s = await open(await hostPage(`reserve-before-${name}.html`, elements), { width: 1280, height: 900 });
    try {
      // No loader on this page: what the host shows before the bundle has arrived.
      const vh = await s.eval(() => innerHeight);
      const before = await s.eval(heights);
      assert.deepEqual(before.map((h) => Math.round(h.box)), expected.map((r) => Math.min(vh, r)));
      await s.goto(await hostPage(`reserve-after-${name}.html`, `${elements}<script type="module" src="${widgets.url}/embed.js"></script>`));
      await s.waitFor((n) => [...document.querySelectorAll('[data-secworth], secworth-widget')]
        .filter((el) => (el.shadowRoot ?? el).querySelector('.sw-title')).length === n, { what: 'every widget mounted' }, expected.length);
      await new Promise((r) => setTimeout(r, 500)); // the charts and fonts settle
      const after = await s.eval(heights);
      after.forEach(({ box, widget }, i) => {
        assert.ok(widget >= expected[i], `${REGISTRY[i >> 1].code} (${i % 2 ? 'zh element' : 'en script'}): ${widget} px, under its ${expected[i]} px reserve`);
        assert.ok(Math.abs(box - widget) < 1, `${REGISTRY[i >> 1].code}: no gap under it (${box} against ${widget} px)`);
      });
      assert.deepEqual(await pageErrors(s), []);
    } finally {
      await s.close();
    }
  });

  test(`${engine.label}: a lazy widget mounts once scrolled near, and a popup opens from its button`, async () => {
    const url = await hostPage(`lazy-${name}.html`, `
      <button id="open" data-secworth-open="maturity" data-lang="en">Open</button>
      <div style="height: 6000px"></div>
      <div id="far" data-secworth="maturity" data-lang="en" data-loading="lazy"></div>
      <script type="module" src="${widgets.url}/embed.js"></script>`);
    const s = await open(url);
    try {
      // Popups and a lazy widget only: the bundle comes after the page's load, and the far one waits.
      await s.waitFor(() => customElements.get('secworth-widget') !== undefined, { what: 'the bundle, after the page\'s load' });
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await s.eval(() => document.querySelector('#far .secworth') === null), true, 'not mounted while 6000 px below');
      await s.eval(() => document.getElementById('far').scrollIntoView());
      await s.waitFor(() => document.querySelector('#far .sw-title') !== null, { what: 'the lazy widget, once near' });
      await s.eval(() => { scrollTo(0, 0); document.getElementById('open').click(); });
      await s.waitFor(() => document.querySelector('secworth-widget')?.shadowRoot?.querySelector('dialog[open] .sw-title') != null, { what: 'the popup' });
      assert.deepEqual(await pageErrors(s), []);
    } finally {
      await s.close();
    }
  });

  test(`${engine.label}: an iframe posts its height and results to its configured origin only`, async () => {
    const frame = (id, origin) => `<iframe id="${id}" title="${id}" height="150" style="width: 100%; border: 0"
      src="${widgets.url}/index.html?w=breach-cost&lang=en&origin=${encodeURIComponent(origin)}"></iframe>`;
    const url = await hostPage(`frames-${name}.html`, `${frame('good', hosts.url)}${frame('wrong', 'http://127.0.0.1:1')}
      <script src="./listen.js"></script>`);
    await writeFile(join(hostDir, 'listen.js'), `
      window.got = [];
      addEventListener('message', (e) => {
        const frames = { good: document.getElementById('good'), wrong: document.getElementById('wrong') };
        const from = Object.keys(frames).find((k) => frames[k].contentWindow === e.source) || 'other';
        got.push({ from, origin: e.origin, type: e.data && e.data.type });
        if (e.origin === '${widgets.url}' && e.data.type === 'secworth:height') frames[from].height = e.data.height;
      });`);
    const s = await open(url);
    try {
      await s.waitFor(() => Number(document.getElementById('good').height) > 1000 && got.some((m) => m.type === 'secworth:result'), { what: 'height and result from the good frame' });
      await new Promise((r) => setTimeout(r, 500));
      const got = await s.eval(() => window.got);
      assert.ok(got.every((m) => m.from === 'good' && m.origin === widgets.url), JSON.stringify(got.slice(0, 4)));
      assert.equal(await s.eval(() => document.getElementById('wrong').getAttribute('height')), '150', 'the misconfigured frame reached nobody');
      assert.deepEqual(await pageErrors(s), []);
    } finally {
      await s.close();
    }
  });

  test(`${engine.label}: under a strict CSP (and Trusted Types where the engine has them) nothing is blocked`, async (t) => {
    for (const [label, server] of [['strict CSP', strict], ['Trusted Types', trusted]]) {
      const s = await open(`${server.url}/index.html?w=maturity&lang=en&v=1&a=111111111111111`);
      try {
        const band = await s.waitFor(() => outputs(['band']).band, { what: `${label}: the band` });
        assert.equal(band, 'walk-away');
        await s.waitFor(() => canvasInk(0)?.ink > 100, { what: `${label}: the chart` });
        assert.deepEqual(await s.eval(() => window.__swViolations), [], label);
        assert.deepEqual(await pageErrors(s), [], label);
        if (label === 'Trusted Types' && !(await s.eval(() => 'trustedTypes' in window))) {
          t.diagnostic(`${engine.label} has no Trusted Types: the policy is not enforced there, and the widget works without it`);
        }
      } finally {
        await s.close();
      }
    }
  });

  test(`${engine.label}: without storage the widget works from memory and says so`, async () => {
    for (const mode of ['missing', 'throwing']) {
      const s = await open(`${widgets.url}/index.html?w=maturity&lang=en#storage=${mode}`);
      try {
        const notes = await s.waitFor(() => document.querySelector('.sw-notes')?.textContent, { what: `${mode}: the note` });
        assert.match(notes, /will not be kept/, mode);
        await s.click('fieldset.sw-question label.sw-option');
        await s.waitFor(() => location.href.includes('a=0'), { what: `${mode}: the answer in the address bar` });
        assert.deepEqual(await pageErrors(s), [], mode);
      } finally {
        await s.close();
      }
    }
  });

  test(`${engine.label}: a panic (the fault-injection build) leaves the message in place of the widget`, async () => {
    // The release aborts on a panic: the wasm traps, and embed.js must know the trap for
    // its own from this engine's error and stack (e2e/panic.test.mjs goes further in Chromium).
    const s = await open(`${faults.url}/index.html?w=maturity&lang=en&fault=panic`);
    try {
      await s.waitFor(() => document.querySelector('button[data-action="reset"]'), { what: 'the widget' });
      await s.click('button[data-action="reset"]');
      const shown = await s.waitFor(() => document.querySelector('#secworth-app > .secworth-crashed[role="alert"]')?.textContent, { what: 'the message' });
      assert.match(shown, /该组件出现故障。.*stopped working/);
      assert.equal(await s.eval(() => document.querySelectorAll('fieldset').length), 0, 'the broken widget is gone');
      const errors = await pageErrors(s);
      assert.equal(errors.length, 1, errors.join('; '));
    } finally {
      await s.close();
    }
  });

  test(`${engine.label}: the print stylesheet is applied`, async (t) => {
    const s = await open(`${widgets.url}/index.html?w=breach-cost&lang=en`);
    try {
      await s.waitFor(() => outputs(['breach-cost'])['breach-cost']);
      // The engine kept the print rules (an unsupported one would be dropped) and the
      // printout's date-and-link line is hidden on screen.
      const rules = await s.eval(() => {
        const print = [];
        for (const sheet of document.styleSheets) {
          for (const rule of sheet.cssRules) if (rule.media && /print/.test(rule.media.mediaText)) print.push(...[...rule.cssRules].map((r) => r.cssText));
        }
        return { print, meta: getComputedStyle(document.querySelector('.sw-print-meta')).display };
      });
      assert.ok(rules.print.some((r) => r.includes('.sw-print-meta')), rules.print.join('\n'));
      assert.equal(rules.meta, 'none', 'hidden on screen');
      const pdf = await s.print();
      if (pdf) {
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
        await writeFile(`${OUT}engines-${name}-print.pdf`, pdf);
      } else {
        t.diagnostic(`${engine.label}'s driver has no Print command: the printout itself is checked in Chromium only`);
      }
      assert.deepEqual(await pageErrors(s), []);
    } finally {
      await s.close();
    }
  });
}
