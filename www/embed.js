// secworth loader. One module script mounts every <div data-secworth="..."> on the
// page (or, on the widgets' own index.html, the page itself):
//   <script type="module" src="https://widgets.example/secworth/embed.js"></script>
// The bundle's other files are found beside this one.
const base = new URL('.', import.meta.url);

if (!document.querySelector('link[data-secworth-css], link[href$="secworth.css"]')) {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = new URL('secworth.css', base).href;
  css.dataset.secworthCss = '';
  document.head.append(css);
}

// The widgets this page shows: the page's own (`?w=`, none for the gallery), or the hosts'.
const onPage = document.getElementById('secworth-app');
const kinds = onPage
  ? [new URLSearchParams(location.search).get('w')].filter(Boolean)
  : [...new Set([...document.querySelectorAll('[data-secworth]')].map((e) => e.dataset.secworth))];
// One kind: its own bundle (widgets/<code>/), a fraction of the suite's bytes. Several
// kinds, or the gallery: the suite, which holds them all.
const single = kinds.length === 1 && /^[a-z][a-z-]{0,39}$/.test(kinds[0]) ? `widgets/${kinds[0]}/` : '';

// The first Intl formatter on a page loads the browser's locale data (20-60 ms). The
// widgets that show money need it in their first render, so load it now, while the wasm
// downloads and compiles; the others never use Intl and are not made to wait.
const noMoney = ['maturity', 'spectrum', 'decision-weights'];
if ((onPage && kinds.length === 0) || kinds.some((k) => !noMoney.includes(k))) {
  try { new Intl.NumberFormat().format(0); } catch {}
}

/** Starts a bundle: its wasm is requested at once, beside its glue, and compiled as it streams in. */
async function boot(dir) {
  const wasm = fetch(new URL(`${dir}secworth_bg.wasm`, base));
  const { default: init } = await import(new URL(`${dir}secworth.js`, base).href);
  const response = await wasm;
  if (!response.ok) throw new Error(`secworth: ${response.status} for ${response.url}`);
  return init({ module_or_path: response });
}

let wasm;
try {
  wasm = await boot(single);
} catch (e) {
  // A widget's own bundle missing (an unknown `w`, a deployment of the suite alone): the suite.
  if (!single) throw e;
  wasm = await boot('');
}
// For tools that measure the widgets (the benchmark reads the wasm memory size).
document.dispatchEvent(new CustomEvent('secworth:ready', { detail: { memory: wasm.memory } }));
