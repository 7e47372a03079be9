// The gallery's still previews: each widget of the registry opened on its pre-filled
// sample, its first chart photographed at 480 x 300 as a JPEG into
// www/previews/<code>-<lang>.jpg (committed; the gallery shows them until a widget is opened).
// Run after a release build:  node scripts/previews.mjs [dist]
import { mkdir } from 'node:fs/promises';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { WIDGETS } from '../e2e/registry.mjs';

const dist = process.argv[2] ?? 'dist';
const out = new URL('../www/previews/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
try {
  for (const lang of ['en', 'zh']) {
    for (const { code, sample } of WIDGETS) {
      const page = await browser.newPage({ viewport: { width: 480, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(`${server.url}/index.html?w=${code}&lang=${lang}${sample ? '&' + sample : ''}`);
      const result = page.locator('.sw-chart').first();
      await result.waitFor();
      await page.locator('.sw-chart canvas').first().waitFor();
      await page.waitForTimeout(300);
      const box = await result.boundingBox();
      await page.screenshot({ path: `${out}${code}-${lang}.jpg`, type: 'jpeg', quality: 70, fullPage: true, clip: { x: box.x, y: box.y, width: Math.min(480, box.width), height: Math.min(300, box.height) } });
      console.log(`${out}${code}-${lang}.jpg`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
