// A panic inside the widget (forced by the fault-injection test build in dist-faults/)
// must leave a message in place of the widget and a page that still responds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harness, track } from './harness.mjs';
import { serve } from './server.mjs';

const h = harness(new URL('../dist-faults', import.meta.url).pathname);

test('a forced panic shows the fallback message and the page stays responsive', async () => {
  const page = await h.open('/index.html?w=maturity&lang=en&fault=panic');
  await page.locator('button[data-action="reset"]').click();
  const alert = page.locator('#secworth-app [role="alert"].secworth-crashed');
  await alert.waitFor();
  assert.match(await alert.textContent(), /this widget stopped working/);
  assert.match(await alert.textContent(), /该组件出现故障/);
  assert.equal(await page.locator('#secworth-app fieldset').count(), 0, 'the broken widget is gone, not frozen in place');
  // The page still runs script and responds to the user.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await page.mouse.wheel(0, 200);
  assert.equal(await page.evaluate(() => document.readyState), 'complete');
  // The only error is the panic's own trap.
  assert.ok(page.errors.length <= 1 && page.errors.every((e) => /unreachable|panic/i.test(e)), page.errors.join('; '));
  await page.context().close();
});

// On a host page from another origin: the script form and a custom element share one
// bundle, so one panic stops both, and each shows the message (the element in its shadow
// root). A trap of the host page's own wasm is not ours and leaves the widgets alone.
let hosts, hostDir;
before(async () => {
  hostDir = await mkdtemp(join(tmpdir(), 'secworth-panic-'));
  hosts = await serve(hostDir);
});
after(() => hosts?.close());

// A module whose one function, `f`, traps (`unreachable`).
const TRAPPING_WASM = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11];

test('on a host page, a panic replaces every widget with the message, and later ones too', async () => {
  await writeFile(join(hostDir, 'host.html'), `<!doctype html><html><head><meta charset="utf-8"></head><body>
    <div data-secworth="maturity" data-lang="en"></div>
    <secworth-widget widget="maturity" lang="zh"></secworth-widget>
    <script type="module" src="${h.server.url}/embed.js"></script></body></html>`);
  const page = await track(await (await h.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage());
  await page.goto(`${hosts.url}/host.html?fault=panic`);
  const scriptForm = page.locator('[data-secworth]');
  const element = page.locator('secworth-widget');
  await scriptForm.locator('fieldset').first().waitFor();
  await element.locator('fieldset').first().waitFor();

  // The host page's own wasm traps: not ours, the widgets keep working.
  await page.evaluate(async (bytes) => {
    const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes));
    setTimeout(() => instance.exports.f());
  }, TRAPPING_WASM);
  await page.waitForTimeout(200);
  assert.equal(page.errors.length, 1, 'the host wasm trapped');
  assert.equal(await page.locator('.secworth-crashed').count(), 0, "the host's trap is not taken for the widgets'");

  await element.locator('button[data-action="reset"]').click();
  await scriptForm.locator('.secworth-crashed[role="alert"]').waitFor();
  await element.locator('.secworth-crashed[role="alert"]').waitFor();
  assert.match(await element.locator('.secworth-crashed').textContent(), /该组件出现故障。.*stopped working/);
  assert.equal(await page.locator('fieldset').count(), 0, 'neither widget is left frozen in place');
  // Styled by the stylesheet in the element's shadow root, not left in the host's fonts.
  assert.equal(await element.locator('.secworth-crashed').evaluate((p) => getComputedStyle(p).borderTopWidth), '2px');

  // A widget added after the panic shows the message: the broken bundle is not called.
  await page.evaluate(() => {
    const late = document.createElement('secworth-widget');
    late.id = 'late';
    late.setAttribute('widget', 'flywheel');
    document.body.append(late);
  });
  await page.locator('#late .secworth-crashed').waitFor();
  assert.ok(page.errors.length === 2 && /unreachable/i.test(page.errors[1]), page.errors.join('; '));
  await page.context().close();
});
