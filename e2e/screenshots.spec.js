// A screenshot of each main view for the README (docs/screenshots/), taken from the release build.
const { test, expect, ready, settled, screenshot } = require('./fixtures');

test('screenshots of each main view', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await page.locator('#file-picker').setInputFiles({
    name: 'draft.json', mimeType: 'application/json',
    buffer: Buffer.from('{\n  "items": [\n    { "id": "x", }\n  ]\n}\n'),
  });
  await expect(page.locator('li.file[data-file="draft.json"] .file-errors')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'check-input');

  await page.locator('li.file[data-file="draft.json"]').getByRole('button', { name: /Remove/ }).click();
  // the report is re-checked and its cards come one a frame; cards are painted only once near the
  // screen (content-visibility), so the scrolled-to card needs a frame of its own
  await settled(page);
  await page.locator('article[data-item="can-556-trial"]').evaluate((e) => e.scrollIntoView());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await screenshot(page, 'check-report');

  await page.emulateMedia({ media: 'print' });
  await page.locator('article[data-item="can-556-trial"]').evaluate((e) => e.scrollIntoView());
  await screenshot(page, 'print');
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  await screenshot(page, 'catalogue');

  await page.goto('/#/catalogue/stanag-4569');
  await ready(page, 'STANAG 4569 — Catalogue');
  await screenshot(page, 'standard');

  await page.goto('/#/about');
  await ready(page, 'About');
  await screenshot(page, 'about');
});

test('screenshots of the pairs, ammunition and coverage views', async ({ page }) => {
  await page.goto('/#/pairs');
  await ready(page);
  await page.getByRole('button', { name: 'load the multinational example' }).click();
  await page.locator('button.cell-button[data-a="usa-rifle-223"][data-b="bel-ss109"]').click();
  await screenshot(page, 'pairs');
  await page.getByTestId('pair-detail').evaluate((e) => e.scrollIntoView());
  await screenshot(page, 'pair-reasons');

  await page.goto('/#/ammunition');
  await ready(page, 'Ammunition');
  await page.locator('section.weapon[data-weapon="usa-rifle-556"] tr[data-round="usa-223-commercial"]')
    .getByRole('button', { name: /Show reasons/ }).click();
  await screenshot(page, 'ammunition');

  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  await page.getByTestId('coverage').evaluate((e) => e.scrollIntoView());
  await screenshot(page, 'coverage');
});
