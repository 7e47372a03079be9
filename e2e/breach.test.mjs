// End-to-end tests of the breach-cost calculator: the release bundle served on
// loopback, driven in headless Chromium as an SMB owner and a salesperson would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, result, OUT, addressBar } from './harness.mjs';

const h = harness();
const field = (page, key) => page.locator(`[data-field="${key}"] input`);
const num = async (page, name) => Number(await result(page, name));

test('an owner on a phone enters the business and sees the cost, its range and what moves it', async () => {
  const page = await h.open('/index.html?w=breach-cost&lang=en', { width: 320, height: 720 });
  await page.locator('select[data-field="industry"]').selectOption('retail');
  await page.locator('select[data-field="jurisdiction"]').selectOption('eu');
  await page.locator('select[data-field="currency"]').selectOption('EUR');
  for (const [key, value] of [['employees', '35'], ['revenue', '4,000,000'], ['records_customer', '20000'], ['records_payment', '8000']]) {
    await field(page, key).fill(value);
  }
  const cost = await num(page, 'breach-cost');
  assert.ok(cost > 50_000 && cost < 5_000_000, `a plausible small-business breach: ${cost}`);
  assert.ok(Math.abs((await num(page, 'direct')) + (await num(page, 'indirect')) - cost) <= 1, 'direct + indirect = total (each rounded)');
  assert.match(await page.locator('output[data-result="breach-cost"]').textContent(), /€/, 'Intl euro format');
  const [p10, p50, p90] = [await num(page, 'annual-p10'), await num(page, 'annual-p50'), await num(page, 'annual-p90')];
  assert.ok(p10 <= p50 && p50 <= p90 && p90 > 0, `${p10} ${p50} ${p90}`);
  // Payment cards in retail: PCI DSS applies.
  assert.equal(await page.locator('tr[data-cert="pci-dss"]').getAttribute('data-relevant'), 'true');
  const drivers = await page.locator('.sw-tornado tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.driver));
  assert.equal(drivers.length, 6);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll at 320 px');
  await page.locator('.sw-result').screenshot({ path: OUT + 'breach-phone-result.png' });

  // The link reopens the same numbers, in a browser that prefers Chinese.
  const url = new URL(await addressBar(page, /industry=retail&jurisdiction=eu&employees=35&revenue=4000000&records_customer=20000&records_payment=8000/));
  const again = await h.open(url.pathname + url.search, { locale: 'zh-CN' });
  assert.equal(await num(again, 'breach-cost'), cost);
  assert.equal(await num(again, 'annual-p90'), p90, 'the same seed gives the same range');
  await h.closeClean(page, again);
});

test('a salesperson opens a pre-filled link, shows the package paying back and edits an assumption', async () => {
  const link = '/index.html?w=breach-cost&lang=zh&industry=industrial&jurisdiction=cn&employees=200&revenue=300000000&currency=CNY' +
    '&controls=backups&package=edr,mdr,ir&package_cost=400000&premium=60000&downtime=24&downtime_after=2';
  const page = await h.open(link, { width: 1280 });
  assert.equal(await page.locator('.sw-notes').count(), 0, 'a clean link opens without notes');
  assert.equal(await num(page, 'downtime-after'), 2, '24 h to 2 h, the seed example');
  assert.equal(await num(page, 'insurance-saving'), 9000, "the seed's 15% of the premium");
  const avoided = await num(page, 'loss-avoided');
  const rosi = await num(page, 'rosi');
  assert.ok(avoided > 0);
  assert.ok(Math.abs(rosi - (avoided + 9000 - 400000) / 400000) < 0.01, `ROSI ${rosi}`);
  assert.match(await page.locator('output[data-result="breach-cost"]').textContent(), /¥/);
  assert.equal(await page.locator('tr[data-cert="mlps2"]').getAttribute('data-relevant'), 'true', '等保 for a Chinese business');

  // The assumptions panel: every default with a source, editable, and kept in the link.
  await page.locator('.sw-assumptions > summary').click();
  const sources = await page.locator('.sw-assumptions tbody tr .sw-source').allTextContents();
  assert.ok(sources.length >= 40 && sources.every((s) => s.trim().length > 0), 'each assumption names its source');
  assert.ok(sources.some((s) => /IBM Cost of a Data Breach 2024/.test(s)));
  const before = await num(page, 'expected-annual-loss');
  await page.locator('[data-param="likelihood"] input').fill('10');
  const halved = await num(page, 'expected-annual-loss');
  assert.ok(halved < 0.55 * before && halved > 0.45 * before, `${before} -> ${halved}`);
  await addressBar(page, /likelihood=10/);
  await page.locator('[data-param="likelihood"] button').click();
  assert.equal(await num(page, 'expected-annual-loss'), before);
  await page.screenshot({ path: OUT + 'breach-desktop-zh.png', fullPage: true });
  await h.closeClean(page);
});

test('a link with hostile values opens with defaults and says why', async () => {
  const page = await h.open('/index.html?w=breach-cost&lang=en&employees=-1&revenue=NaN&trials=5&industry=<b>x</b>&likelihood=1e999');
  const notes = await page.locator('.sw-notes').textContent();
  for (const key of ['employees', 'revenue', 'trials', 'likelihood']) {
    assert.match(notes, new RegExp(`"${key}"`));
  }
  assert.match(notes, /"<b>x<\/b>" is not a valid industry/);
  assert.ok((await num(page, 'breach-cost')) > 0, 'the defaults still give a result');
  await h.closeClean(page);
});
