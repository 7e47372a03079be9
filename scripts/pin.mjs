// Pins a release build (scripts/release.sh runs this last): `node scripts/pin.mjs DIST`.
// 1. Writes the SHA-384 digests of the files embed.js loads (the stylesheet, and each
//    bundle's glue and wasm) into embed.js, which then refuses a file that differs, and
//    minifies it (only now: unpinned, its `PINS` checks would be folded away).
// 2. Pins embed.js in the widgets' own index.html the same way (the iframe form).
// 3. Writes manifest.json: the version and every file's size and digest.
// 4. Copies the release into releases/<version>/, whose files never change once
//    published: what the README's and gallery's SRI snippets point to.
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { minify } from './shrink.mjs';
import { COPY } from './precompress.mjs';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/pin.mjs DIST');
const cargo = await readFile(new URL('../Cargo.toml', import.meta.url), 'utf8');
const version = cargo.match(/^version = "([^"]+)"/m)[1];
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file under `dir`, as paths relative to `dist`, leaving out earlier releases. */
async function files(dir = dist) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (relative(dist, path) !== 'releases') out.push(...(await files(path)));
    } else if (!COPY.test(entry.name)) out.push(relative(dist, path));
  }
  return out.sort();
}

const all = await files();
const loaded = all.filter((f) => f === 'secworth.css' || /^(widgets\/[a-z-]+\/)?secworth(\.js|_bg\.wasm)$/.test(f));
const pins = Object.fromEntries(await Promise.all(loaded.map(async (f) => [f, integrity(await readFile(join(dist, f)))])));

const embedPath = join(dist, 'embed.js');
const embed = await readFile(embedPath, 'utf8');
const unpinned = /^const PINS = null;$/m;
if (!unpinned.test(embed)) throw new Error('pin: embed.js has no `const PINS = null;` line (pinned twice?)');
const pinnedEmbed = minify(embed.replace(unpinned, `const PINS = ${JSON.stringify(pins)};`));
await writeFile(embedPath, pinnedEmbed);

const indexPath = join(dist, 'index.html');
const index = await readFile(indexPath, 'utf8');
const tag = '<script type="module" src="./embed.js"></script>';
if (!index.includes(tag)) throw new Error('pin: index.html does not load ./embed.js as expected');
await writeFile(indexPath, index.replace(tag, `<script type="module" src="./embed.js" integrity="${integrity(pinnedEmbed)}" crossorigin="anonymous"></script>`));

const manifest = { name: 'secworth', version, files: {} };
for (const f of all) {
  const bytes = await readFile(join(dist, f));
  manifest.files[f] = { bytes: bytes.length, integrity: integrity(bytes) };
}
await writeFile(join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const release = join(dist, 'releases', version);
await rm(release, { recursive: true, force: true });
for (const f of [...all, 'manifest.json']) await cp(join(dist, f), join(release, f));
console.log(`pinned ${loaded.length} files in embed.js; release ${version} in ${relative('.', release)} (embed.js ${manifest.files['embed.js'].integrity})`);
