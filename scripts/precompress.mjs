// Writes a brotli (quality 11) and a gzip (level 9) copy beside every text and wasm
// file of a release (scripts/release.sh runs this after pin.mjs): `node scripts/precompress.mjs DIST`.
// A static host that serves precompressed files (nginx's brotli_static and gzip_static,
// Caddy's `file_server { precompressed br gzip }`) then sends the smallest encoding the
// browser accepts, at a level too slow for compressing on each request: the flywheel's
// wasm is 17% smaller in brotli 11 than in gzip 9, and 11% smaller than in brotli 5.
// Subresource Integrity covers the decoded bytes, so the pins hold for every encoding.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const COMPRESSIBLE = new Set(['.wasm', '.js', '.css', '.html', '.json', '.svg']);
/** The copies' names: the manifest and the size table leave them out. */
export const COPY = /\.(br|gz)$/;

/** Every file under `dir` worth a compressed copy. */
export async function compressible(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name))).map((e) => join(e.parentPath, e.name));
}

/** Writes the copies beside every compressible file under `dist`; returns the raw and brotli totals. */
async function precompress(dist) {
  let raw = 0, br = 0;
  for (const path of await compressible(dist)) {
    const body = await readFile(path);
    const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    await writeFile(`${path}.br`, brotli);
    await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
    raw += body.length;
    br += brotli.length;
  }
  return { raw, br };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node scripts/precompress.mjs DIST');
  const { raw, br } = await precompress(dist);
  console.log(`precompressed ${dist}: ${(raw / 1024).toFixed(0)} KB as ${(br / 1024).toFixed(0)} KB brotli, with gzip copies`);
}
