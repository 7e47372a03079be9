// Prints the release bundle's size per file and in total, raw / gzip / brotli,
// against the 250 KB gzip budget (SPEC section 6), and writes bench/out/size.json.
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_GZIP = 250 * 1024;
const dist = process.argv[2] ?? 'dist';

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = [];
for (const path of (await files(dist)).sort()) {
  const body = await readFile(path);
  rows.push({
    file: relative(dist, path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

console.log(`${'file'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`${'total'.padEnd(44)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
const share = ((100 * total.gzip) / BUDGET_GZIP).toFixed(0);
console.log(`budget: ${(total.gzip / 1024).toFixed(1)} KB gzip of ${BUDGET_GZIP / 1024} KB (${share}%) ${total.gzip <= BUDGET_GZIP ? 'within budget' : 'OVER BUDGET'}`);

await mkdir('bench/out', { recursive: true });
await writeFile('bench/out/size.json', JSON.stringify({ date: new Date().toISOString(), budgetGzip: BUDGET_GZIP, files: rows, total }, null, 2));
