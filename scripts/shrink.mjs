// Shrinks what a page downloads besides the wasm's code, without changing what runs:
// - shrinkGlue(dir): gives the wasm's imports from wasm-bindgen's glue short names
//   (`a`, `b`, ... instead of `__wbg_createElement_de4a31ed2fb252be`: 198 names and
//   3 KB of incompressible hashes in one widget's bundle), in the wasm's import section
//   and the glue's import object alike, then minifies the glue (secworth.js).
// - minify(js): esbuild's whitespace, syntax and local-name minification of an ES module
//   (exports keep their names).
// - shrinkStyles(dir): minifies the stylesheets index.html links, and re-pins their
//   `integrity` there.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

export const minify = (js) => transformSync(js, { minify: true, format: 'esm', legalComments: 'none' }).code;

/** The `i`-th short identifier: a..z, A..Z, then two letters and so on. */
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[i % letters.length] + name;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return name;
}

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
}

const utf8 = new TextDecoder();
const name = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);

/** `wasm` with each import of module `glue` renamed by `rename` (old name -> new). */
function renameImports(wasm, glue, rename) {
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
      out.push(wasm.subarray(at, end));
    } else {
      let [count, p] = readLeb(wasm, start);
      const entries = [leb(count)];
      while (count-- > 0) {
        const fields = [];
        for (let k = 0; k < 2; k++) {
          const [length, q] = readLeb(wasm, p);
          fields.push(utf8.decode(wasm.subarray(q, q + length)));
          p = q + length;
        }
        const descStart = p;
        const kind = wasm[p++];
        if (kind === 0 || kind === 4) [, p] = readLeb(wasm, p + (kind === 4 ? 1 : 0));
        else if (kind === 3) p += 2;
        else {
          if (kind === 1) p++; // the table's element type
          const flags = wasm[p++];
          [, p] = readLeb(wasm, p);
          if (flags & 1) [, p] = readLeb(wasm, p);
        }
        const [module, field] = fields;
        const renamed = module === glue ? rename(field) : field;
        entries.push(name(module), name(renamed), wasm.subarray(descStart, p));
      }
      const payload = Buffer.concat(entries);
      out.push(Buffer.from([2]), leb(payload.length), payload);
    }
    at = end;
  }
  return Buffer.concat(out);
}

/** Shrinks `dir`'s secworth.js and secworth_bg.wasm in place (see the top). */
export async function shrinkGlue(dir) {
  const jsPath = join(dir, 'secworth.js');
  const wasmPath = join(dir, 'secworth_bg.wasm');
  let js = await readFile(jsPath, 'utf8');
  const wasm = await readFile(wasmPath);
  const glue = './secworth_bg.js';
  if (!js.includes(`"${glue}": import0`)) throw new Error(`shrink: ${jsPath} has no "${glue}" import object`);
  const names = new Map();
  const shrunk = renameImports(wasm, glue, (old) => {
    if (!names.has(old)) names.set(old, shortName(names.size));
    return names.get(old);
  });
  for (const [old, short] of names) {
    // Each import is one key of the import object: anything else would be renamed wrongly.
    const key = new RegExp(`(?<=[{,\\s])${old}(?=:)`, 'g');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1 || js.split(old).length !== 2) throw new Error(`shrink: import ${old} appears ${found} times as a key in ${jsPath}`);
    js = js.replace(key, short);
  }
  await writeFile(wasmPath, shrunk);
  await writeFile(jsPath, minify(js));
  return { imports: names.size, wasmSaved: wasm.length - shrunk.length };
}

/** Minifies each stylesheet `dir`'s index.html links (by `href="./name.css"`) and
 *  updates the `integrity` Trunk gave it. */
export async function shrinkStyles(dir) {
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  for (const [tag, file] of html.matchAll(/<link rel="stylesheet" href="\.\/([a-z-]+\.css)"[^>]*>/g)) {
    const path = join(dir, file);
    const css = transformSync(await readFile(path, 'utf8'), { loader: 'css', minify: true }).code;
    await writeFile(path, css);
    const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
    html = html.replace(tag, tag.replace(/integrity="[^"]*"/, `integrity="${integrity}"`));
  }
  await writeFile(indexPath, html);
}
