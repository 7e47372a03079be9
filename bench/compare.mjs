// What a JavaScript stack for the same job weighs, measured from the npm packages
// in the same run: Chart.js (charts) and SurveyJS core + UI (questionnaires).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIR = 'bench/.cache';
const PACKAGES = {
  'Chart.js': ['chart.js', ['chart.js/dist/chart.umd.js']],
  'SurveyJS core + UI': [['survey-core', 'survey-js-ui'], ['survey-core/survey.core.min.js', 'survey-core/survey-core.min.css', 'survey-js-ui/survey-js-ui.min.js']],
};

export function run() {
  mkdirSync(DIR, { recursive: true });
  const out = {};
  for (const [name, [pkgs, files]] of Object.entries(PACKAGES)) {
    const list = [].concat(pkgs);
    try {
      if (!list.every((p) => existsSync(join(DIR, 'node_modules', p)))) {
        execFileSync('npm', ['install', '--prefix', DIR, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', ...list], { stdio: 'ignore' });
      }
      const paths = files.map((f) => join(DIR, 'node_modules', f));
      out[name] = paths.reduce((sum, p) => sum + gzipSync(readFileSync(p), { level: 9 }).length, 0);
    } catch (e) {
      out[name] = null;
      console.log(`${name}: could not measure (${e.message.split('\n')[0]})`);
    }
  }
  return out;
}
