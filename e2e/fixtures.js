// Shared by every end-to-end test: records every request the page makes and fails the test on
// any that leaves the page's origin; fails it too on any console error or if the panic report
// ever appears.
const base = require('@playwright/test');
const path = require('path');
const fs = require('fs');

const { pathToFileURL } = require('url');

const root = path.resolve(__dirname, '..');
// The single-file page is opened from here; file:// has no origin, so this folder stands in.
const distFiles = pathToFileURL(path.join(root, 'dist')).href + '/';

/** Is this request URL allowed for a page served from `origin` (or opened from disk)? */
function sameOrigin(url, origin) {
  if (url.startsWith('data:')) return true;
  // blob: URLs name memory this page created (the report download); never a network fetch.
  if (url.startsWith('blob:')) return true;
  if (url.startsWith('file://')) return url.startsWith(distFiles);
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Watches a page: records every request that leaves `origin`, every console error and page
 * error. The returned function asserts there were none and that the panic report never
 * appeared. The `guarded` fixture does this for `page`; a test that opens other pages (a fresh
 * browser context) calls it for each of them.
 */
function guard(page, origin) {
  const offOrigin = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!sameOrigin(url, origin)) offOrigin.push(url);
  });
  // Any console error counts: a panic, a CSP refusal, a failed load.
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return async () => {
    expect(offOrigin, 'requests that left the origin').toEqual([]);
    expect(errors, 'errors in the console').toEqual([]);
    if (!page.isClosed()) {
      await expect(page.locator('#panic-report')).toHaveCount(0);
    }
  };
}

const test = base.test.extend({
  guarded: [async ({ page, baseURL }, use) => {
    const verify = guard(page, new URL(baseURL).origin);
    await use();
    await verify();
  }, { auto: true }],
});

const { expect } = base;

/** The text of an example spec. */
function example(name) {
  return fs.readFileSync(path.join(root, 'examples', name), 'utf8');
}

/** Waits until the app has replaced the loading message; with `view`, until that view is drawn
 * (a goto that changes only the address's fragment returns before the app draws the new view,
 * whose heading may read as the old one's: the title names the view). */
async function ready(page, view) {
  if (view) await expect(page).toHaveTitle(`${view} — stanag-check`);
  await expect(page.locator('main#main h1')).toBeVisible();
}

/** Waits until the report is checked and drawn: no check pending, every card of its first page
 * there (cards come a few a frame). (A viewed link's report is checked before it is shown.) */
async function settled(page) {
  await expect(page.locator('[data-testid=report]:not([aria-busy=true]) .item-cards[aria-busy=false]')).toHaveCount(1);
}

/** Saves a screenshot of the current view for the README. */
async function screenshot(page, name) {
  const dir = path.join(root, 'docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

module.exports = { test, expect, example, ready, settled, screenshot, root, guard };
