// secworth loader. One module script mounts every widget on the page:
//   <script type="module" src="https://widgets.example/secworth/embed.js"></script>
//   <div data-secworth="maturity" data-lang="en"></div>          (the script form)
//   <secworth-widget widget="breach-cost" lang="en"></secworth-widget>   (the custom element)
//   <button data-secworth-open="breach-cost">Cost of a breach?</button>  (a popup)
// and, on the widgets' own index.html, the page itself. The other files are found
// beside this one. README, "Embedding", documents every attribute and event.
const base = new URL('.', import.meta.url);
const href = (path) => new URL(path, base).href;

// A page with two copies of this loader (snippets from two releases, or one pinned and
// one not): the first mounts every widget on the page, and a second would mount each
// again and define the element twice. It stops here, waiting for nothing, and says so.
const LOADER = Symbol.for('secworth.loader');
if (window[LOADER]) {
  console.warn(`secworth: ${import.meta.url} is a second copy of the loader on this page; it does nothing (${window[LOADER]} mounts the widgets)`);
  await new Promise(() => {});
}
window[LOADER] = import.meta.url;

// The SHA-384 digests of the files this loader fetches, written in by
// scripts/pin.mjs when a release is made; a tampered copy is then refused, not run.
// null in a development build (trunk serve): nothing is checked.
const PINS = null;

/** Fetch options pinning `path` to its digest (CORS, since integrity needs it). The
 *  credentials mode is a `crossorigin="anonymous"` link's, so the wasm preload of a
 *  snippet's hints is the response used here (with `omit` it was fetched twice); to a
 *  widgets' host other than the page's, no cookies are sent either way. */
const pinned = (path) => (PINS ? { integrity: PINS[path], mode: 'cors', credentials: 'same-origin' } : {});

class IntegrityError extends Error {}

/** A `<link rel=stylesheet>` for the widgets' stylesheet, pinned in a release. */
function stylesheet() {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = href('secworth.css');
  if (PINS) {
    css.integrity = PINS['secworth.css'];
    css.crossOrigin = 'anonymous';
  }
  css.dataset.secworthCss = '';
  return css;
}

// The page's copy of the stylesheet, added if the page has none. A widget mounted before
// it has loaded would first show in the host's styles and then jump into shape, moving the
// host's content with it (with a snippet's preload hints the bundle can come first).
const pageCss = document.querySelector('link[data-secworth-css], link[href$="secworth.css"]')
  ?? document.head.appendChild(stylesheet());
/** Resolves once that stylesheet has loaded, failed, or not come within 3 s. */
const styled = pageCss.sheet ? Promise.resolve() : new Promise((ok) => {
  pageCss.addEventListener('load', ok, { once: true });
  pageCss.addEventListener('error', ok, { once: true });
  setTimeout(ok, 3000);
});

// The widgets this page shows: the page's own (`?w=`, none for the gallery), or the
// host page's divs, elements and popup buttons.
const onPage = document.getElementById('secworth-app');
const hostKinds = () => [
  ...[...document.querySelectorAll('[data-secworth]')].map((e) => e.dataset.secworth),
  ...[...document.querySelectorAll('secworth-widget')].map((e) => e.getAttribute('widget')),
  ...[...document.querySelectorAll('[data-secworth-open]')]
    .filter((e) => document.getElementById(e.dataset.secworthOpen)?.localName !== 'secworth-widget')
    .map((e) => e.dataset.secworthOpen),
];
const kinds = [...new Set(onPage ? [new URLSearchParams(location.search).get('w')].filter(Boolean) : hostKinds())];
// One kind: its own bundle (widgets/<code>/), a fraction of the suite's bytes. Several
// kinds, or the gallery: the suite, which holds them all. A release lists the bundles
// it has; a development build has none, and a missing one falls back to the suite.
const hasOwn = (kind) => /^[a-z][a-z-]{0,39}$/.test(kind) && (!PINS || `widgets/${kind}/secworth.js` in PINS);
const single = kinds.length === 1 && hasOwn(kinds[0]) ? `widgets/${kinds[0]}/` : '';

// ---- When the bundle loads: lazy widgets and popups ---------------------------------

// `data-loading="lazy"` (the element: `loading="lazy"`), as on an <img> or <iframe>: the
// widget is mounted only once it comes within this distance of the viewport, Chromium's
// own for lazy images and frames on a fast connection. A page whose widgets are all lazy
// downloads no bundle until the first comes near; one out of sight (display: none, a
// closed tab) is never started.
const LAZY_MARGIN = '1250px 0px';
const isLazy = (el) =>
  (el.getAttribute('data-loading') ?? (el.localName === 'secworth-widget' ? el.getAttribute('loading') : null)) === 'lazy';

/** Runs `run` once `el` is within LAZY_MARGIN of the viewport; returns a cancel function. */
function whenNear(el, run) {
  if (!('IntersectionObserver' in window)) {
    run();
    return () => {};
  }
  const io = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      io.disconnect();
      run();
    }
  }, { rootMargin: LAZY_MARGIN });
  io.observe(el);
  return () => io.disconnect();
}

/** Runs `run` once the host page has loaded and the browser is idle. */
function afterLoadAndIdle(run) {
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** Called by a click on a popup button while the bundle waits: starts it at once. */
let wakeOnClick = () => {};

/** When a host page needs the bundle. At once (returns nothing) for an inline widget that
 *  is not lazy, a popup whose trigger opens it on load, or a page with no widget yet (a
 *  script may add one). Else a promise: lazy widgets need it once the first comes near;
 *  popups once the host page has loaded and the browser is idle (it then takes nothing
 *  from the page's own first paint), or at the first click on a popup button. */
function bundleNeeded() {
  if (onPage) return;
  const popup = '[data-secworth-open], secworth-widget[mode]:not([mode=inline])';
  const popups = [...document.querySelectorAll(popup)];
  const inline = [...document.querySelectorAll('[data-secworth], secworth-widget')].filter((el) => !el.matches(popup));
  if (inline.length + popups.length === 0 || !inline.every(isLazy)) return;
  if (popups.some((el) => el.getAttribute('trigger') === 'load')) return;
  return new Promise((wake) => {
    for (const el of inline) whenNear(el, wake);
    if (popups.length > 0) {
      wakeOnClick = wake;
      afterLoadAndIdle(wake);
    }
  });
}

// The first Intl formatter on a page loads the browser's locale data (20-60 ms). The
// widgets that show money need it in their first render, so it is loaded once their
// bundle's requests are out (see Start), while the wasm downloads and compiles; the
// others never use Intl and are not made to wait.
const noMoney = ['maturity', 'spectrum', 'decision-weights'];
function warmIntl() {
  if ((onPage && kinds.length === 0) || kinds.some((k) => !noMoney.includes(k))) {
    try { new Intl.NumberFormat().format(0); } catch {}
  }
}

/** Imports the glue module; in a release, only once a preload with its digest has loaded
 *  it (the module map then holds the checked copy, and import() takes that one). */
async function importGlue(path) {
  if (PINS) {
    const preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = href(path);
    preload.integrity = PINS[path];
    preload.crossOrigin = 'anonymous';
    await new Promise((ok, fail) => {
      preload.onload = ok;
      preload.onerror = () => fail(new IntegrityError(`secworth: ${path} failed to load or does not match its pinned digest; it was not run`));
      document.head.append(preload);
    });
  }
  return import(href(path));
}

/** Set once a bundle's start may have run: a failure after that is not retried with the
 *  suite, whose start would mount the page's widgets a second time. */
let instantiating = false;

/** Starts a bundle: its wasm is requested at once, beside its glue, and compiled as it streams in. */
async function boot(dir) {
  const wasmPath = `${dir}secworth_bg.wasm`;
  const wasm = fetch(href(wasmPath), pinned(wasmPath));
  wasm.catch(() => {}); // awaited below; this keeps a failed import from leaving it unhandled
  const glue = await importGlue(`${dir}secworth.js`);
  const response = await wasm.catch((e) => {
    throw PINS ? new IntegrityError(`secworth: ${wasmPath} failed to load or does not match its pinned digest; it was not run`) : e;
  });
  if (!response.ok) throw new Error(`secworth: ${response.status} for ${response.url}`);
  // Instantiating runs the wasm's start, which mounts the page's script-form widgets.
  await styled;
  instantiating = true;
  const exports = await glue.default({ module_or_path: response });
  return { glue, exports };
}

// ---- A widget that stops working ---------------------------------------------------

/** The custom elements' mount points (the script form's are inside its hosts). */
const mountPoints = new Set();
/** Set once the bundle has trapped: nothing more is mounted or unmounted by it. */
let broken = false;
const CRASHED = '抱歉，该组件出现故障。请刷新页面重试。 / Sorry, this widget stopped working. Reload the page to try again.';

/** Puts `message` in `spot` (a shadow host: in its shadow root), in place of its widget. */
function showAlert(spot, message, className = '') {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = className;
  p.textContent = message;
  (spot.shadowRoot ?? spot).replaceChildren(p);
}
const showCrashed = (spot) => showAlert(spot, CRASHED, 'secworth-crashed');

// A release aborts on a panic without a word (scripts/release.sh): the wasm traps, and
// its state is then unknown. A trap of this bundle's (its wasm or glue on the stack; a
// host page's own wasm is not ours) replaces every widget with the message, never a
// frozen widget. Module scripts are fetched with CORS, so the error's stack is readable
// from another origin too.
function onTrap(error) {
  if (broken || !(error instanceof WebAssembly.RuntimeError) || !/secworth(_bg\.wasm|\.js)\b/.test(error.stack ?? '')) return;
  broken = true;
  for (const spot of onPage ? [onPage] : [...document.querySelectorAll('[data-secworth]'), ...mountPoints]) {
    if (spot.isConnected) showCrashed(spot);
  }
}
addEventListener('error', (e) => onTrap(e.error));
addEventListener('unhandledrejection', (e) => onTrap(e.reason));

/** Puts `message` where every widget of the page was to be, for a bundle that did not run. */
function failed(message) {
  const spots = onPage ? [onPage] : [...document.querySelectorAll('[data-secworth], secworth-widget')];
  for (const spot of spots) showAlert(spot, message);
  console.error(message);
}

// ---- Lifecycle events and analytics -------------------------------------------------

const EVENTS = ['ready', 'started', 'step', 'result', 'close'];

/** With `data-analytics="datalayer"`, pushes the widget's lifecycle events to Tag
 *  Manager's `window.dataLayer` (GA4 event names and flat parameters; no answers, no
 *  free text, nothing personal). Without it, nothing is pushed. */
function analytics(host, setting) {
  if (setting !== 'datalayer') return;
  for (const name of EVENTS) {
    host.addEventListener(`secworth:${name}`, (e) => {
      if (e.target !== host) return;
      const d = e.detail ?? {};
      const entry = { event: `secworth_${name}`, secworth_widget: d.widget, secworth_instance: d.instance, secworth_lang: d.lang };
      if (name === 'step') Object.assign(entry, { secworth_step: d.step, secworth_steps: d.steps });
      if (name === 'close') entry.secworth_reason = d.reason;
      (window.dataLayer ??= []).push(entry);
    });
  }
}

// ---- The custom element, popups and sliders ---------------------------------------

/** The elements the page came with (a `delay` trigger counts from the page's start). */
const withThePage = new WeakSet(document.querySelectorAll('secworth-widget'));
const dismissKey = (el) => `secworth:dismissed:${el.id || el.getAttribute('widget')}`;
function dismissed(el) {
  try { return sessionStorage.getItem(dismissKey(el)) === '1'; } catch { return false; }
}
let openDialog = null;

/** `<secworth-widget widget="…">`: the widget in an open Shadow DOM (neither the host's
 *  CSS nor ours crosses it; host scripts read `el.shadowRoot` and `el.result`). With
 *  `mode="popup"` or `mode="slider"` it shows nothing inline and opens as a modal dialog
 *  from `el.open()`, a `data-secworth-open` button, or its `trigger`. */
function defineElement(glue) {
  const { reserve } = glue;
  // After a trap the bundle is not called again: a widget mounted later shows the message.
  const guarded = (call) => (target, body, popup) => {
    mountPoints.add(body);
    return broken ? showCrashed(body) : call(target, body, popup);
  };
  const mount = guarded(glue.mount);
  const mountReserved = guarded(glue.mount_reserved);
  const unmount = (app) => { if (!broken) glue.unmount(app); };
  class SecworthWidget extends HTMLElement {
    #app = null;
    #dialog = null;
    #body = null;
    #opener = null;
    #listening = false;
    /** Stops waiting for a lazy widget to come near. */
    #cancelNear = null;
    /** The last `secworth:result` detail, for host scripts. */
    result = null;

    connectedCallback() {
      if (this.#body) return; // moved within the page: still mounted
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (!this.#listening) {
        this.#listening = true;
        analytics(this, this.getAttribute('analytics'));
        this.addEventListener('secworth:result', (e) => { if (e.target === this) this.result = e.detail; });
      }
      this.#body = document.createElement('div');
      // The shadow root's own copy of the stylesheet (from the cache, usually, but never at
      // once): the widget stays hidden until it has loaded, never shown in the host's fonts.
      const css = stylesheet();
      const body = this.#body;
      body.hidden = true;
      const show = () => { body.hidden = false; };
      css.addEventListener('load', show, { once: true });
      css.addEventListener('error', show, { once: true });
      const mode = this.getAttribute('mode') ?? 'inline';
      if (mode === 'popup' || mode === 'slider') {
        root.replaceChildren(css, this.#makeDialog(mode));
        this.#arm(this.getAttribute('trigger'));
      } else {
        root.replaceChildren(css, body);
        // Until its first render, the outline the page shows for an undefined element
        // (secworth.css): a lazy one far down stays empty long after the element is defined.
        body.className = 'sw-waiting';
        // In its turn, after the widgets before it, each first render a task of its own. A
        // lazy one is numbered now, as the page is read, and mounted once near.
        if (isLazy(this)) {
          const handle = (this.#app = reserve(this));
          this.#cancelNear = whenNear(this, () => mountReserved(handle, body, false));
        } else {
          this.#app = mount(this, body, false);
        }
      }
    }

    disconnectedCallback() {
      // A move is a disconnect and a connect in one task: unmount only if it stays out.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#cancelNear?.();
        this.#cancelNear = null;
        if (this.#dialog?.open) this.#dialog.close();
        if (this.#app != null) unmount(this.#app);
        mountPoints.delete(this.#body);
        this.#app = this.#dialog = this.#body = null;
        this.shadowRoot?.replaceChildren();
      });
    }

    /** Opens the popup or slider (a no-op inline), returning focus to `opener` on close. */
    open(opener = document.activeElement) {
      const dialog = this.#dialog;
      if (!dialog || dialog.open || !this.isConnected) return;
      if (openDialog && openDialog !== dialog && openDialog.open) openDialog.close();
      this.#opener = opener;
      if (this.#app == null) this.#app = mount(this, this.#body, true);
      openDialog = dialog;
      dialog.showModal();
      // Named by the widget's title, there once its first render is (a frame after mounting).
      const name = () => {
        const title = this.#body?.querySelector('.sw-title')?.textContent;
        if (title) dialog.setAttribute('aria-label', title);
        return title;
      };
      if (!name()) requestAnimationFrame(name);
    }

    close() {
      this.#dialog?.close('api');
    }

    #makeDialog(mode) {
      const zh = (this.getAttribute('lang') ?? this.dataset.lang ?? document.documentElement.lang).startsWith('zh');
      const dialog = document.createElement('dialog');
      dialog.className = `sw-dialog sw-${mode}`;
      dialog.setAttribute('aria-label', 'secworth');
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'sw-dialog-close';
      close.setAttribute('aria-label', zh ? '关闭' : 'Close');
      close.textContent = '×';
      close.addEventListener('click', () => dialog.close('button'));
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close('backdrop'); });
      dialog.addEventListener('cancel', () => { dialog.returnValue = 'escape'; });
      dialog.addEventListener('close', () => this.#closed(dialog.returnValue || 'escape'));
      dialog.append(close, this.#body);
      this.#dialog = dialog;
      return dialog;
    }

    #closed(reason) {
      if (openDialog === this.#dialog) openDialog = null;
      if (this.hasAttribute('dismiss')) {
        try { sessionStorage.setItem(dismissKey(this), '1'); } catch {}
      }
      const detail = { widget: this.getAttribute('widget'), instance: this.id || null, lang: this.getAttribute('lang'), reason };
      this.dispatchEvent(new CustomEvent('secworth:close', { bubbles: true, detail }));
      if (this.#opener?.isConnected) this.#opener.focus();
      this.#opener = null;
      this.#dialog.returnValue = '';
    }

    /** `trigger="load"`, `"delay:<seconds>"` or `"scroll:<percent>"`; none while dismissed. */
    #arm(trigger) {
      if (!trigger || dismissed(this)) return;
      const [kind, arg] = trigger.split(':');
      const n = Number(arg);
      const openUnlessDismissed = () => { if (!dismissed(this) && !openDialog?.open) this.open(null); };
      if (kind === 'load') openUnlessDismissed();
      else if (kind === 'delay' && n >= 0) {
        // For an element the page came with, counted from the page's start, not from the
        // bundle's, which may come after the page's load; for one added later, from then.
        setTimeout(openUnlessDismissed, Math.max(0, n * 1000 - (withThePage.has(this) ? performance.now() : 0)));
      } else if (kind === 'scroll' && n >= 0 && n <= 100) {
        const onScroll = () => {
          const room = document.documentElement.scrollHeight - innerHeight;
          if (room <= 0 || scrollY / room >= n / 100) {
            removeEventListener('scroll', onScroll);
            openUnlessDismissed();
          }
        };
        addEventListener('scroll', onScroll, { passive: true });
      } else console.warn(`secworth: trigger "${trigger}" is not one of load, delay:<seconds>, scroll:<percent>`);
    }
  }
  customElements.define('secworth-widget', SecworthWidget);
}

/** The element a `data-secworth-open` button opens: the `secworth-widget` it names by id,
 *  or one made for it (its `data-*` attributes become the element's). */
const madeFor = new WeakMap();
function popupFor(button) {
  const name = button.dataset.secworthOpen;
  const named = document.getElementById(name);
  if (named?.localName === 'secworth-widget') return named;
  let el = madeFor.get(button);
  if (!el) {
    el = document.createElement('secworth-widget');
    el.setAttribute('widget', name);
    el.setAttribute('mode', 'popup');
    for (const { name: attr, value } of button.attributes) {
      if (attr.startsWith('data-') && attr !== 'data-secworth-open') el.setAttribute(attr.slice(5), value);
    }
    document.body.append(el);
    madeFor.set(button, el);
  }
  return el;
}

// ---- Start ----------------------------------------------------------------------------

if (!onPage) {
  for (const host of document.querySelectorAll('[data-secworth]')) analytics(host, host.dataset.analytics);
}

// A popup button opens its popup once the element is defined: at once when the bundle
// has loaded, else when the click has made it load.
let elementDefined;
const defined = new Promise((ok) => { elementDefined = ok; });
if (!onPage) {
  document.addEventListener('click', (e) => {
    const button = e.target.closest?.('[data-secworth-open]');
    if (!button) return;
    e.preventDefault();
    wakeOnClick();
    defined.then(() => popupFor(button).open(button));
  });
}

let bundle;
try {
  try {
    await bundleNeeded();
    const booting = boot(single); // its glue and wasm requests leave now
    warmIntl();
    bundle = await booting;
  } catch (e) {
    // A development build without this widget's own bundle: the suite.
    if (!single || e instanceof IntegrityError || instantiating) throw e;
    bundle = await boot('');
  }
} catch (e) {
  failed(e instanceof IntegrityError ? e.message : `secworth: the widgets could not be loaded (${e.message})`);
  throw e;
}
if (!onPage) {
  // The wasm's start mounted the script-form widgets that are not lazy; these wait,
  // numbered now, as the page is read (their saved answers must not depend on which one
  // the visitor comes near first).
  for (const host of document.querySelectorAll('[data-secworth][data-loading=lazy]')) {
    const handle = bundle.glue.reserve(host);
    whenNear(host, () => {
      if (broken) return; // the host already shows the message
      const at = document.createElement('div');
      at.className = 'sw-waiting';
      host.append(at);
      bundle.glue.mount_reserved(handle, at, false);
    });
  }
  defineElement(bundle.glue);
  elementDefined();
}
// For tools that measure the widgets (the benchmark reads the wasm memory size).
document.dispatchEvent(new CustomEvent('secworth:loaded', { detail: { memory: bundle.exports.memory } }));
