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

// Both files are requested now, not the wasm only once the glue has loaded.
const wasmResponse = fetch(new URL('secworth_bg.wasm', base));
const glue = import(new URL('secworth.js', base).href);
// The first Intl formatter on a page loads the browser's locale data (20-60 ms). The
// widgets that show money need it in their first render, so load it now, while the wasm
// downloads and compiles; the others never use Intl and are not made to wait.
// (The page itself shows one widget, `?w=`, or else the gallery with all of them.)
const noMoney = ['maturity', 'spectrum', 'decision-weights'];
const onPage = document.getElementById('secworth-app') && !noMoney.includes(new URLSearchParams(location.search).get('w'));
if (onPage || [...document.querySelectorAll('[data-secworth]')].some((e) => !noMoney.includes(e.dataset.secworth))) {
  try { new Intl.NumberFormat().format(0); } catch {}
}
const { default: init } = await glue;
const wasm = await init({ module_or_path: wasmResponse });
// For tools that measure the widgets (the benchmark reads the wasm memory size).
document.dispatchEvent(new CustomEvent('secworth:ready', { detail: { memory: wasm.memory } }));
