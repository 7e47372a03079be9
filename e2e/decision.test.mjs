// End-to-end tests of the decision weighting model: a salesperson's demo, from a
// preset through live edits to a share link that reopens the same table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, result, OUT, addressBar } from './harness.mjs';

const h = harness();
const open = (...args) => h.open(...args);


test('a salesperson demos the EDR reframing, tweaks it live and sends the table on', async () => {
  const page = await open('/index.html?w=decision-weights&lang=en');
  await page.locator('select[data-field="preset"]').selectOption('edr');
  assert.equal(await result(page, 'leader-original'), 'High-detection EDR');
  assert.equal(await result(page, 'leader-reframed'), 'Us (low false positives, fast response)');
  assert.match(await page.locator('[data-lead-change]').textContent(), /moves the lead/);
  // The customer's own vendor joins the table.
  await page.getByRole('button', { name: 'Add vendor' }).click();
  await page.locator('input[data-vendor="2"]').fill('Cheap AV');
  for (const [i, v] of ['5', '10', '2'].entries()) await page.locator(`input[data-cell="s2-${i}"]`).fill(v);
  assert.equal(await result(page, 'leader-original'), 'High-detection EDR', '0.6 x 5 + 0.4 x 10 = 7.0 < 8.2');
  await page.locator('.sw-result').screenshot({ path: OUT + 'decision-desktop-result.png' });

  const url = await addressBar(page, /v3=Cheap%20AV&s3=5%2C10%2C2&reframe=1$/);
  assert.match(url, /w=decision-weights&lang=en&c1=Detection%20rate&w1=0\.6&r1=0\.3/);
  const again = await open(new URL(url).pathname + new URL(url).search, { width: 360, height: 740, locale: 'zh-CN' });
  assert.equal(await result(again, 'leader-reframed'), 'Us (low false positives, fast response)');
  assert.equal(await again.locator('thead input[data-vendor]').count(), 3);
  assert.equal(await again.locator('.sw-notes').count(), 0);
  assert.ok(await again.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the wide table scrolls inside its box');
  await again.locator('.sw-result').screenshot({ path: OUT + 'decision-phone-result.png' });
  await h.closeClean(page, again);
});

test('the bank parameter table opens from a link in Chinese, and bad cells are noted', async () => {
  const page = await open('/index.html?w=decision-weights&lang=zh&preset=bank');
  assert.equal(await page.locator('.sw-decision tbody tr').count(), 7);
  assert.match(await page.locator('.sw-parameters').textContent(), /银保监会合规.*CISO、合规官/s);
  assert.match(await page.locator('[data-weights-note]').textContent(), /权重合计为 54/);
  await page.context().close();
  // On a phone every column is still there: the weights are what the table is for.
  const phone = await open('/index.html?w=decision-weights&lang=zh&preset=bank', { width: 360, height: 740 });
  const cells = (sel) => phone.locator(`.sw-parameters ${sel}`).evaluateAll((els) => els.map((e) => e.checkVisibility() ? e.textContent : null));
  assert.deepEqual(await cells('thead th'), ['决策标准', '权重', '对应策略与行动', '关键人物']);
  assert.deepEqual(await cells('tbody td:nth-child(2)'), ['8', '6', '10', '9', '7', '5', '9']);
  await phone.context().close();
  const bad = await open('/index.html?w=decision-weights&lang=en&c1=A&w1=Infinity&c2=B&w2=2&v1=X&s1=3,<b>x</b>&v2=<img src=x onerror=alert(1)>&s2=4,4&reframe=maybe&c4=Lost&w4=1');
  const notes = await bad.locator('.sw-notes').textContent();
  assert.match(notes, /"maybe" is not a valid reframe; it was ignored/);
  assert.match(notes, /"c4" was left out: the link's rows must be numbered 1, 2, 3 and on without a gap, up to 12/);
  assert.equal(await bad.locator('.sw-decision tbody tr').count(), 2, 'the row after the gap is not in the table');
  assert.match(notes, /"w1" = "Infinity": This is not a number/);
  assert.match(notes, /"s1"/);
  assert.equal(await bad.locator('img').count(), 0, 'names are text, never markup');
  assert.equal(await bad.locator('input[data-vendor="1"]').inputValue(), '<img src=x onerror=alert(1)>');
  assert.deepEqual(bad.errors, []);
  await bad.context().close();
});
