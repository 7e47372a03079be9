// Shared set-up of the end-to-end tests: the release bundle served on loopback, one
// headless Chromium, and pages that record every error, dialog and request.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

export const OUT = new URL('./out/', import.meta.url).pathname;
export const DIST = new URL('../dist', import.meta.url).pathname;

/** Registers the suite's before/after hooks, serving `dist`; the returned object fills in then. */
export function harness(dist = DIST) {
  const h = { server: null, browser: null };
  before(async () => {
    h.server = await serve(dist);
    h.browser = await launch();
    await mkdir(OUT, { recursive: true });
  });
  after(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  /** A fresh context (own storage) on `path` of the widgets' server, once `ready` shows. */
  h.open = async (path, { width = 1280, height = 900, locale = 'en-US', ready = '.secworth' } = {}) => {
    const page = await track(await (await h.browser.newContext({ viewport: { width, height }, locale })).newPage());
    await page.goto(h.server.url + path);
    await page.locator(ready).first().waitFor();
    return page;
  };
  /** Checks that `pages` saw no error and requested nothing from another origin, then closes them. */
  h.closeClean = async (...pages) => {
    for (const p of pages) {
      assert.deepEqual(p.errors, []);
      assert.deepEqual(p.requests.filter((u) => !u.startsWith(h.server.url + '/')), [], 'no request leaves the widget origin');
      await p.context().close();
    }
  };
  return h;
}

/** Records the page's errors (and any dialog, which no widget opens) and requests. */
export async function track(page) {
  page.errors = [];
  page.requests = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('dialog', (d) => { page.errors.push(`unexpected dialog: ${d.message()}`); d.dismiss(); });
  page.on('request', (r) => page.requests.push(r.url()));
  return page;
}

/** Opens every closed `<details>` panel of the page as a user would, by a click on its
 *  summary, and gives the widgets a moment to build the panels' bodies (built on opening). */
export async function openPanels(page) {
  const closed = page.locator('.secworth details:not([open]) > summary');
  for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
  await page.waitForTimeout(100);
}

/** The `data-value` of `<output data-result=name>`. */
export const result = (page, name) => page.locator(`output[data-result="${name}"]`).getAttribute('data-value');

/** The address bar (of a page or frame) once it matches `pattern` (a string for equality, or a RegExp): it
 *  follows the widget's state within a moment, not synchronously. */
export async function addressBar(page, pattern, timeout = 5000) {
  const matches = (u) => (typeof pattern === 'string' ? u === pattern : pattern.test(u));
  const deadline = Date.now() + timeout;
  while (!matches(page.url())) {
    if (Date.now() > deadline) assert.fail(`the address bar ${page.url()} never matched ${pattern}`);
    await page.waitForTimeout(25);
  }
  return page.url();
}
