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

const { default: init } = await import(new URL('secworth.js', base).href);
const wasm = await init({ module_or_path: new URL('secworth_bg.wasm', base) });
// For tools that measure the widgets (the benchmark reads the wasm memory size).
document.dispatchEvent(new CustomEvent('secworth:ready', { detail: { memory: wasm.memory } }));
