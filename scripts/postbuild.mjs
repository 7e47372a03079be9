// Trunk post_build hook: swaps Trunk's inline loader <script> in index.html for the
// external embed.js, so no inline script is left for a CSP to allow; and drops Trunk's
// preloads of the suite's glue and wasm: embed.js picks the bundle (a `?w=` page loads
// its widget's own), and a preload would fetch the whole suite besides. Last, shrinks
// the glue, the wasm's import names and the stylesheets (scripts/shrink.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shrinkGlue, shrinkStyles } from './shrink.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from a Trunk hook');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
const inline = /<script type="module">[\s\S]*?<\/script>/;
if (!inline.test(html)) throw new Error('postbuild: Trunk loader script not found in index.html');
const preloads = /<link rel="(?:modulepreload|preload)" href="\.\/secworth(?:\.js|_bg\.wasm)"[^>]*>/g;
const out = html.replace(inline, '<script type="module" src="./embed.js"></script>').replace(preloads, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(out)) throw new Error('postbuild: an inline script is left in index.html');
if (/secworth(\.js|_bg\.wasm)"/.test(out)) throw new Error('postbuild: a preload of the suite is left in index.html');
await writeFile(file, out);
await shrinkGlue(dir);
await shrinkStyles(dir);
