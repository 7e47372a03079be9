// Prints the release bundle's size per file, raw / gzip / brotli: the suite (every
// widget, both languages, all banks: the gallery) in total against its 250 KB gzip
// budget, and what a host page embedding one widget downloads (embed.js, the
// stylesheet and that widget's own bundle in widgets/<code>/) against the 120 KB
// budget (SPEC section 6). Writes bench/out/size.json.
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { COPY } from '../scripts/precompress.mjs';

const BUDGET_GZIP = 250 * 1024;
const EMBED_BUDGET_GZIP = 120 * 1024;
const dist = process.argv[2] ?? 'dist';

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    // releases/<version>/ is a copy of this release (scripts/pin.mjs), not more bytes.
    if (e.isDirectory() && relative(dist, p) === 'releases') continue;
    if (e.isDirectory()) out.push(...(await files(p)));
    // The precompressed copies (scripts/precompress.mjs) are the same bytes in another encoding.
    else if (!COPY.test(e.name)) out.push(p);
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
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
// The gallery's still previews are pictures on its page, not the suite's code: counted apart.
const suiteRows = rows.filter((r) => !r.file.startsWith('widgets/') && !r.file.startsWith('previews/') && r.file !== 'manifest.json');
const previews = sum(rows.filter((r) => r.file.startsWith('previews/') && r.file.endsWith('-en.jpg')));
const total = sum(suiteRows);

console.log(`${'file'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`${'the suite (all but widgets/ and previews/)'.padEnd(44)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
console.log(`${'the gallery\'s previews, one language'.padEnd(44)} ${kb(previews.raw)} ${kb(previews.gzip)} ${kb(previews.brotli)}`);
const share = ((100 * total.gzip) / BUDGET_GZIP).toFixed(0);
console.log(`suite budget: ${(total.gzip / 1024).toFixed(1)} KB gzip of ${BUDGET_GZIP / 1024} KB (${share}%) ${total.gzip <= BUDGET_GZIP ? 'within budget' : 'OVER BUDGET'}`);

// What one embed downloads: the loader, the stylesheet and the widget's own bundle.
const shared = rows.filter((r) => ['embed.js', 'secworth.css'].includes(r.file));
const embeds = {};
for (const code of [...new Set(rows.filter((r) => r.file.startsWith('widgets/')).map((r) => r.file.split('/')[1]))]) {
  embeds[code] = sum([...shared, ...rows.filter((r) => r.file.startsWith(`widgets/${code}/`))]);
  const e = embeds[code];
  console.log(`embed ${code.padEnd(38)} ${kb(e.raw)} ${kb(e.gzip)} ${kb(e.brotli)}  ${e.gzip <= EMBED_BUDGET_GZIP ? 'within' : 'over'} the ${EMBED_BUDGET_GZIP / 1024} KB gzip budget`);
}

await mkdir('bench/out', { recursive: true });
await writeFile('bench/out/size.json', JSON.stringify({ date: new Date().toISOString(), budgetGzip: BUDGET_GZIP, embedBudgetGzip: EMBED_BUDGET_GZIP, files: rows, total, previews, embeds }, null, 2));
