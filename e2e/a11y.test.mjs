// Accessibility: axe-core's WCAG 2.1 A/AA rules over every widget in both languages,
// alone and in the gallery, with results on screen; and a keyboard-only walkthrough.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { harness, addressBar, openPanels } from './harness.mjs';
import { WIDGETS } from './registry.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const h = harness();

async function violations(path, { width = 1280, ready = '.sw-result, .sw-stepper', open = false } = {}) {
  const page = await h.open(path, { width, ready });
  if (open) await openPanels(page); // as a user who opens every panel sees it
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  await page.context().close();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

// Every widget of the registry alone with its result, then pages with broken input,
// unanswered questions and the other presets.
const PAGES = [
  ...WIDGETS.map(({ code, sample }) => `/index.html?w=${code}${sample ? '&' + sample : ''}`),
  '/index.html?w=maturity&audience=screen&v=1&a=000000000000000',
  '/index.html?w=maturity',
  '/index.html?w=maturity&layout=list',
  '/index.html?w=spectrum&v=1&a=3322',
  '/index.html?w=spectrum&v=1&a=332221110010&target=85',
  '/index.html?w=breach-cost&records_health=900&employees=-4&likelihood=abc',
  '/index.html?w=flywheel&promoters=45&passives=35&detractors=20&adoption=abc',
  '/index.html?w=decision-weights&preset=bank',
  '/index.html?w=decision-weights&preset=edr',
];

for (const lang of ['en', 'zh']) {
  for (const path of PAGES) {
    test(`no WCAG 2.1 A/AA violations: ${path} (${lang})`, async () => {
      assert.deepEqual(await violations(`${path}&lang=${lang}`), []);
    });
  }
  test(`no WCAG 2.1 A/AA violations: the breach-cost calculator with every panel open (${lang})`, async () => {
    assert.deepEqual(await violations(`/index.html?w=breach-cost&likelihood=3&lang=${lang}`, { open: true }), []);
  });
  test(`no WCAG 2.1 A/AA violations: the gallery (${lang}) at phone width`, async () => {
    assert.deepEqual(await violations(`/?lang=${lang}`, { width: 360, ready: 'article.sw-card img' }), []);
  });
}

test('the questionnaire can be answered with the keyboard alone, with a visible focus', async () => {
  const page = await h.open('/index.html?w=maturity&lang=en&layout=list');
  // Tab to the first radio group; arrow keys choose within it; Tab moves to the next group.
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.type === 'radio');
  }
  assert.ok(reached, 'Tab reaches the first question');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  for (let q = 0; q < 15; q++) {
    await page.keyboard.press('ArrowDown'); // selects the next option in the group
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.locator('.sw-progress-text').textContent(), '15 / 15');
  assert.ok(await page.locator('output[data-result="total-score"]').isVisible());
  // The actions after the form are reachable and work from the keyboard too.
  await page.locator('button[data-action="share"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('input[data-share-link]').waitFor();
  await h.closeClean(page);
});

/** Presses Tab until the focused element matches `selector` (or gives up). */
async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return true;
    await page.keyboard.press('Tab');
  }
  return false;
}

test('the spectrum: answers and the target slider from the keyboard', async () => {
  const page = await h.open('/index.html?w=spectrum&lang=en&layout=list');
  assert.ok(await tabTo(page, 'input[type=radio]'));
  for (let q = 0; q < 12; q++) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
  }
  // Waits (up to 5 s) for the redraw rather than reading at once: a loaded machine lags.
  await page.locator('output[data-result="spectrum-position"][data-value="33.3"]').waitFor({ timeout: 5000 });
  assert.ok(await tabTo(page, 'input[data-target]'));
  await page.keyboard.press('ArrowRight');
  await page.locator('output[data-result="target"][data-value="56"]').waitFor({ timeout: 5000 });
  await h.closeClean(page);
});

test('the breach-cost calculator: selects, fields, controls and the assumptions from the keyboard', async () => {
  const page = await h.open('/index.html?w=breach-cost&lang=en');
  assert.ok(await tabTo(page, 'select[data-field="industry"]'));
  await page.keyboard.press('Home'); // healthcare, the first
  await page.locator('select[data-field="industry"]').evaluate((s) => s.value === 'healthcare' || Promise.reject(new Error(s.value)));
  assert.ok(await tabTo(page, '[data-field="employees"] input'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('80');
  assert.ok(await tabTo(page, 'input[value="mfa"][name$="-controls"]'));
  await page.keyboard.press('Space');
  assert.ok(await page.locator('input[value="mfa"][name$="-package"]').isDisabled(), 'a control in place is not offered again');
  assert.ok(await tabTo(page, '.sw-assumptions > summary', 120));
  await page.keyboard.press('Enter');
  assert.ok(await tabTo(page, '[data-param="cost_industry"] input'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await page.locator('[data-param="cost_industry"][data-overridden="true"]').waitFor({ timeout: 5000 });
  const url = await addressBar(page, /cost_industry=12/);
  assert.match(url, /employees=80/);
  assert.match(url, /controls=mfa/);
  await h.closeClean(page);
});

test('the flywheel: fields, NPS mode and currency from the keyboard', async () => {
  const page = await h.open('/index.html?w=flywheel&lang=en');
  assert.ok(await tabTo(page, '[data-field="churn"] input'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  assert.equal(await page.locator('tr[data-segment="retention"]').getAttribute('data-health'), 'good');
  assert.ok(await tabTo(page, 'input[data-nps-mode]'));
  await page.keyboard.press('ArrowDown');
  await page.locator('[data-field="promoters"] input').waitFor();
  assert.ok(await tabTo(page, 'select[data-field="currency"]'));
  await page.keyboard.press('ArrowDown');
  assert.match(await page.locator('output[data-result="revenue-gap"]').textContent(), /CN¥|¥/);
  await h.closeClean(page);
});

test('the decision table: preset, cells and buttons from the keyboard', async () => {
  const page = await h.open('/index.html?w=decision-weights&lang=en');
  assert.ok(await tabTo(page, 'select[data-field="preset"]'));
  await page.keyboard.press('ArrowDown'); // the first example
  await page.keyboard.press('ArrowDown'); // the EDR example
  assert.equal(await page.locator('output[data-result="leader-original"]').getAttribute('data-value'), 'High-detection EDR');
  assert.ok(await tabTo(page, 'input[data-cell="s1-0"]'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  assert.equal(await page.locator('output[data-result="leader-original"]').getAttribute('data-value'), 'Us (low false positives, fast response)');
  assert.ok(await tabTo(page, 'button[data-action="add-vendor"]'));
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('thead input[data-vendor]').count(), 3);
  await h.closeClean(page);
});
