// A panic inside the widget (forced by the fault-injection test build in dist-faults/)
// must leave a message in place of the widget and a page that still responds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness } from './harness.mjs';

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
