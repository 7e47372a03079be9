// The benchmark: bundle size against the budget and against a JavaScript stack,
// start and interaction times, and memory. Prints figures and writes
// bench/out/figures.json so runs can be compared.
import { mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { run as perf } from './perf.mjs';
import { run as compare } from './compare.mjs';

const dist = process.argv[2] ?? 'dist';

/** bench/montecarlo.py on the breach model's own trial inputs (bench/mc_inputs.rs). */
function numpyReference(trials) {
  try {
    const inputs = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'mc_inputs', '--', String(trials)]);
    return JSON.parse(execFileSync('python3', ['bench/montecarlo.py'], { input: inputs }).toString());
  } catch (e) {
    console.log(`numpy reference: could not run (${String(e.message).split('\n')[0]})`);
    return null;
  }
}
console.log('\n==> bundle size');
execFileSync('node', ['bench/size.mjs', dist], { stdio: 'inherit' });
const size = JSON.parse((await import('node:fs')).readFileSync('bench/out/size.json', 'utf8'));

console.log('\n==> a JavaScript stack for the same job (npm packages, gzip)');
const js = compare();
for (const [name, bytes] of Object.entries(js)) {
  if (bytes != null) console.log(`${name.padEnd(20)} ${(bytes / 1024).toFixed(1)} KB gzip; the whole secworth suite is ${(size.total.gzip / bytes).toFixed(2)}x that`);
}
const both = Object.values(js).every((b) => b != null) ? Object.values(js).reduce((a, b) => a + b, 0) : null;
if (both) console.log(`${'both together'.padEnd(20)} ${(both / 1024).toFixed(1)} KB gzip; secworth is ${(size.total.gzip / both).toFixed(2)}x that`);

console.log('\n==> start, interaction and memory (headless Chromium)');
const speed = await perf(dist);

console.log('\n==> Monte Carlo against vectorised numpy (the same trial, this machine, this run)');
const numpy = numpyReference(100000);
const browser = speed.monteCarlo?.find((m) => m.trials === 100000);
if (numpy && browser) {
  console.log(`numpy ${numpy.numpy}: ${numpy.msPerSimulation.toFixed(2)} ms per simulation of 100,000 years; ` +
    `the browser: ${browser.msPerSimulation.toFixed(2)} ms (${(browser.msPerSimulation / numpy.msPerSimulation).toFixed(2)}x numpy's time)`);
  speed.monteCarloNumpy = numpy;
}

await mkdir('bench/out', { recursive: true });
const figures = { date: new Date().toISOString(), size: size.total, budgetGzip: size.budgetGzip, javascriptStack: js, ...speed };
await writeFile('bench/out/figures.json', JSON.stringify(figures, null, 2));
console.log('\nfigures written to bench/out/figures.json');
