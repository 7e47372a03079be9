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
  const [p50, p90, p95, p99] = [await num(page, 'annual-p50'), await num(page, 'annual-p90'), await num(page, 'annual-p95'), await num(page, 'annual-p99')];
  assert.ok(p50 <= p90 && p90 <= p95 && p95 <= p99 && p99 > 0, `most years lose nothing, the 1-in-100 year does: ${p50} ${p90} ${p95} ${p99}`);
  assert.ok((await num(page, 'fines')) > 0, 'GDPR art. 83(4) sets a fine for an EU firm');
  // Where this firm sits against IBM and the insurers, in words.
  const compared = await page.locator('.sw-benchmarks').textContent();
  assert.match(compared, /IBM's average for your industry \(Retail\): €/);
  assert.match(compared, /NetDiligence 2026, Table 3, revenue under USD 50 M/);
  // Payment cards in retail: PCI DSS applies.
  assert.equal(await page.locator('tr[data-cert="pci-dss"]').getAttribute('data-relevant'), 'true');
  await page.locator('details.sw-table').last().locator('summary').click(); // the tornado's table, built once opened
  await page.locator('.sw-tornado tbody tr').first().waitFor();
  const drivers = await page.locator('.sw-tornado tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.driver));
  assert.equal(drivers.length, 6);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll at 320 px');
  await page.locator('.sw-result').screenshot({ path: OUT + 'breach-phone-result.png' });
  // Defaults that are not the owner's own figures say where they come from, under the field.
  const hint = (key) => page.locator(`[data-field="${key}"] .sw-hint-small`).textContent();
  assert.match(await hint('downtime'), /seed 002's example, a day/);
  assert.match(await hint('downtime_after'), /seed 002's example, two hours/);
  assert.match(await hint('premium'), /Insureon/);
  assert.equal(await page.locator('[data-field="downtime"] input').getAttribute('aria-describedby'),
    await page.locator('[data-field="downtime"] .sw-hint-small').getAttribute('id'), 'the hint is the input\'s description');

  // The link reopens the same numbers, in a browser that prefers Chinese.
  const url = new URL(await addressBar(page, /industry=retail&jurisdiction=eu&employees=35&revenue=4000000&records_customer=20000&records_payment=8000/));
  const again = await h.open(url.pathname + url.search, { locale: 'zh-CN' });
  assert.equal(await num(again, 'breach-cost'), cost);
  assert.equal(await num(again, 'annual-p99'), p99, 'the same seed gives the same range');
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
  await page.locator('.sw-assumptions tbody tr').first().waitFor(); // built once open
  const sources = await page.locator('.sw-assumptions tbody tr .sw-source').allTextContents();
  assert.ok(sources.length >= 40 && sources.every((s) => s.trim().length > 0), 'each assumption names its source');
  assert.ok(sources.some((s) => /IBM Cost of a Data Breach 2026/.test(s)));
  assert.ok(sources.some((s) => /Coalition Cyber Claims Report 2026/.test(s)));
  // Blank, the claims frequency applies; the owner's own chance replaces it, and reset returns.
  const before = await num(page, 'expected-annual-loss');
  assert.equal(await page.locator('[data-param="likelihood"] input').inputValue(), '');
  await page.locator('[data-param="likelihood"] input').fill('3');
  const three = await num(page, 'expected-annual-loss');
  await page.locator('[data-param="likelihood"] input').fill('6');
  const six = await num(page, 'expected-annual-loss');
  assert.ok(six > 1.95 * three && six < 2.1 * three, `${three} -> ${six}`);
  await addressBar(page, /likelihood=6/);
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
  // The range is written as people read it, not as 1e7.
  assert.match(notes, /"employees" = "-1": Enter a number from 1 to 10,000,000\./);
  assert.ok((await num(page, 'breach-cost')) > 0, 'the defaults still give a result');
  await h.closeClean(page);
});

test('a small firm sees an honest return, the tail and its own risk limit, and how the figure was reached', async () => {
  const page = await h.open('/index.html?w=breach-cost&lang=en&tolerance=100000', { width: 1280 });
  assert.ok((await num(page, 'rosi')) < 0, 'a USD 30 K package does not pay for a 50-person firm on expected loss');
  const honest = await page.locator('[data-result="honest-case"]').textContent();
  assert.match(honest, /does not pay for itself/);
  assert.match(honest, /1-in-100-year loss/);
  // The risk tolerance: a line on the curve and a sentence with both chances.
  const [today, after] = [await num(page, 'chance-above-tolerance'), await num(page, 'chance-above-tolerance-package')];
  assert.ok(today > 0 && after < today, `${today} -> ${after}`);
  assert.match(await page.locator('.sw-tolerance').textContent(), /The chance that a year's losses exceed \$100,000: [\d.]+% today, [\d.]+% with the package\./);
  const chance = await num(page, 'chance-of-breach');
  assert.ok(chance > 0.01 && chance < 0.02, `claims frequency, not a flat 20%: ${chance}`);
  // How this was calculated: one line per step, each with its number.
  await page.locator('.sw-how > summary').click();
  await page.locator('.sw-how li').first().waitFor(); // built once opened
  const steps = await page.locator('.sw-how li').allTextContents();
  assert.ok(steps.length >= 6, steps.join('\n'));
  assert.match(steps[0], /^Level: IBM 2026/);
  assert.match(steps.join(' '), /Frequency: insurers see 1\.21%/);
  await page.screenshot({ path: OUT + 'breach-desktop-en.png', fullPage: true });
  await h.closeClean(page);
});

test('fines follow the law of the jurisdiction, and an old link still opens', async () => {
  const fines = async (jurisdiction) => {
    const page = await h.open(`/index.html?w=breach-cost&lang=en&jurisdiction=${jurisdiction}`);
    const value = await num(page, 'fines');
    await h.closeClean(page);
    return value;
  };
  const [uk, elsewhere] = [await fines('uk'), await fines('other')];
  assert.equal(elsewhere, 0, 'no regime modelled, no fine');
  assert.ok(uk > elsewhere, `a UK firm is fined more than one without a regime: ${uk}`);
  // A link from before the 2026 evidence update: it opens, and the retired parameter is named.
  const page = await h.open('/index.html?w=breach-cost&lang=zh&likelihood=20&operating_hours=2000&employees=80');
  assert.match(await page.locator('.sw-notes').textContent(), /“operating_hours”来自本计算器的旧版本/);
  await page.locator('.sw-assumptions > summary').click();
  assert.equal(await page.locator('[data-param="likelihood"] input').inputValue(), '20');
  assert.ok((await num(page, 'chance-of-breach')) > 0.15, 'the link\'s own chance is kept');
  await h.closeClean(page);
});
