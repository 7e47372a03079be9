// The start ladder: how long a page takes to become "interactive" (the
// `secworth:interactive` mark) as a wasm widget adds each layer, every rung measured
// in the same run with loads alternating, at normal speed and with the CPU throttled 4x:
//   floor   the benchmark's empty page: the stylesheet, one line, a module script;
//   fetch   the same page also fetching a small file (a request's cost over loopback);
//   wasm    the same page instantiating an empty wasm module it fetches (streaming);
//   inline  the same page instantiating an empty wasm module from its own bytes;
//   bare    a wasm-bindgen module putting one paragraph on the page (bench/ladder);
//   yew     a Yew component rendering that paragraph (bench/ladder, feature `yew`);
//   then each real widget's page as the benchmark loads it (embed.js, its own bundle).
// Built and run by bench/ladder.sh; prints figures and writes bench/out/ladder.json.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { minify } from '../scripts/shrink.mjs';
import { startTime, median, WIDGETS } from './perf.mjs';

const dist = process.argv[2] ?? 'dist';
const LOADS = Number(process.env.BENCH_LOADS || 15);
const root = 'bench/out/ladder/site';

const page = (body) => '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
  `<link rel="stylesheet" href="/secworth.css"></head><body><p>secworth</p>${body}</body></html>`;
const mark = 'performance.mark("secworth:interactive")';
const runModule = (rung) => page(`<script type="module">import init from "./${rung}/ladder.js"; await init();</script>`);

await cp(dist, root, { recursive: true });
await mkdir(join(root, 'ladder'), { recursive: true });
// The smallest valid module: the magic number and version, nothing else.
await writeFile(join(root, 'ladder/empty.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
for (const rung of ['bare', 'yew']) {
  const to = join(root, 'ladder', rung);
  await cp(`bench/out/ladder/${rung}`, to, { recursive: true });
  // Minified as the bundle's glue is (scripts/shrink.mjs).
  await writeFile(join(to, 'ladder.js'), minify(await readFile(join(to, 'ladder.js'), 'utf8')));
}
const pages = {
  floor: page(`<script type="module">${mark}</script>`),
  fetch: page(`<script type="module">await (await fetch("./empty.wasm")).arrayBuffer(); ${mark}</script>`),
  wasm: page(`<script type="module">await WebAssembly.instantiateStreaming(fetch("./empty.wasm")); ${mark}</script>`),
  inline: page(`<script type="module">await WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); ${mark}</script>`),
  bare: runModule('bare'),
  yew: runModule('yew'),
};
for (const [name, html] of Object.entries(pages)) await writeFile(join(root, `ladder/${name}.html`), html);

const gzipKb = async (file) => (gzipSync(await readFile(file), { level: 9 }).length / 1024).toFixed(1);
const rungs = Object.fromEntries(Object.keys(pages).map((name) => [name, `/ladder/${name}.html`]));
// BENCH_WIDGETS=flywheel,maturity measures only those widgets (none: `BENCH_WIDGETS=`).
const ONLY = process.env.BENCH_WIDGETS?.split(',');
for (const [code, { path }] of Object.entries(WIDGETS)) if (!ONLY || ONLY.includes(code)) rungs[code] = path;

const server = await serve(root);
const browser = await launch();
const figures = { loads: LOADS, sizes: {}, x1: {}, x4: {} };
try {
  for (const rung of ['bare', 'yew']) {
    figures.sizes[rung] = { wasmGzipKb: Number(await gzipKb(join(root, 'ladder', rung, 'ladder_bg.wasm'))), glueGzipKb: Number(await gzipKb(join(root, 'ladder', rung, 'ladder.js'))) };
  }
  for (const throttle of [1, 4]) {
    const times = Object.fromEntries(Object.keys(rungs).map((r) => [r, []]));
    for (let i = 0; i < LOADS; i++) {
      for (const [rung, path] of Object.entries(rungs)) times[rung].push(await startTime(browser, server.url + path, throttle));
    }
    for (const [rung, t] of Object.entries(times)) figures[`x${throttle}`][rung] = median(t);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`start to interactive, median of ${LOADS} alternating loads (1x / 4x CPU), and x the floor:`);
const floor = (x) => figures[x].floor;
for (const rung of Object.keys(rungs)) {
  const [a, b] = [figures.x1[rung], figures.x4[rung]];
  const size = figures.sizes[rung] ? ` · wasm ${figures.sizes[rung].wasmGzipKb} KB gzip, glue ${figures.sizes[rung].glueGzipKb} KB` : '';
  console.log(`${rung.padEnd(18)} ${a.toFixed(0)} ms (${(a / floor('x1')).toFixed(2)}x) / ${b.toFixed(0)} ms (${(b / floor('x4')).toFixed(2)}x)${size}`);
}
await writeFile('bench/out/ladder.json', JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2));
