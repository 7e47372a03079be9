// Before and after in one run: the start, interaction and Monte Carlo figures of two
// builds, measured one after the other on the same machine, and their sizes.
//   node bench/ab.mjs <dist-before> <dist-after>
import { execFileSync } from 'node:child_process';
import { run as perf } from './perf.mjs';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: node bench/ab.mjs <dist-before> <dist-after>');
const figures = {};
for (const [name, dist] of [['before', before], ['after', after]]) {
  console.log(`\n==> ${name}: ${dist}`);
  execFileSync('node', ['bench/size.mjs', dist], { stdio: 'inherit' });
  figures[name] = await perf(dist);
}
console.log('\n==> start to interactive, median (1x / 4x CPU): before -> after');
for (const w of Object.keys(figures.after.widgets)) {
  const [b, a] = [figures.before.widgets[w], figures.after.widgets[w]];
  if (!b || !a) continue;
  const f = (x) => (x == null ? 'n/a' : `${x.toFixed(0)} ms`);
  console.log(`${w.padEnd(18)} ${f(b.x1.startMedian)} / ${f(b.x4.startMedian)} -> ${f(a.x1.startMedian)} / ${f(a.x4.startMedian)}; ` +
    `redraw p95 ${f(b.x1.redrawP95)} -> ${f(a.x1.redrawP95)}`);
}
const floor = (f) => `${f.baselineStart.x1.toFixed(0)} / ${f.baselineStart.x4.toFixed(0)} ms`;
console.log(`${'empty page (floor)'.padEnd(18)} ${floor(figures.before)} -> ${floor(figures.after)}`);
