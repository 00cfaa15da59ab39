// The catalogue views: search, each standard's own address, and reloading it.
const { test, expect, ready } = require('./fixtures');

test('catalogue search finds a standard and its address survives a reload', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.locator('h1')).toHaveText('Catalogue');

  const search = page.getByLabel(/Search by number/);
  await search.fill('4172');
  await expect(page.getByTestId('catalogue-count')).toContainText('1 of');
  await search.fill('chamber pressure');
  await expect(page.getByRole('link', { name: 'STANAG 4172' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'STANAG 4123' })).toHaveCount(0);
  await search.fill('cartridge');
  await expect(page.getByRole('link', { name: 'STANAG 4172' })).toBeVisible();
  // The search is in the address too.
  await page.reload();
  await ready(page);
  await expect(page.getByLabel(/Search by number/)).toHaveValue('cartridge');

  await page.getByRole('link', { name: 'STANAG 4172' }).click();
  await expect(page).toHaveURL(/#\/catalogue\/stanag-4172$/);
  await expect(page.locator('h1')).toContainText('STANAG 4172');
  await expect(page.locator('table.requirements')).toContainText('STANAG-4172/oal-max');
  await expect(page.locator('table.requirements')).toContainText('≤ 57.40 mm');
  await expect(page.locator('table.requirements')).toContainText('⚠ W · widely reported');

  await page.reload();
  await ready(page);
  await expect(page.locator('h1')).toContainText('STANAG 4172 — 5.56 mm ammunition');
  await expect(page).toHaveTitle('STANAG 4172 — Catalogue — stanag-check');

  // Opened directly, as a bookmark would.
  await page.goto('/#/catalogue/jbmou-155-mm');
  await ready(page);
  await expect(page.locator('h1')).toContainText('JBMoU 155 mm');
  await page.goto('/#/catalogue/stanag-9999');
  await ready(page);
  await expect(page.locator('h1')).toHaveText('No such standard');
});

test("a standard's page shows each requirement's condition, exception, kinds and exact figure", async ({ page }) => {
  await page.goto('/#/catalogue/stanag-2953');
  await ready(page);
  const band = page.locator('table.requirements tr', { hasText: 'STANAG-2953/band-he' });
  await expect(band).toContainText('Only when filler_high_explosive = true');
  await expect(band).toContainText('Not when body_colour = olive drab');
  await page.goto('/#/catalogue/stanag-3838');
  await ready(page);
  await expect(page.locator('table.requirements tr', { hasText: 'STANAG-3838/bit-rate' })).toContainText('= 1 Mbit/s exactly');
  // a requirement that asks some of its standard's kinds says which
  await page.goto('/#/catalogue/stanag-2021');
  await ready(page);
  await expect(page.locator('table.requirements tr', { hasText: 'STANAG-2021/trailer-classified' })
    .getByTestId('requirement-kinds')).toHaveText('Asks items of kind trailer only');
  await expect(page.locator('table.requirements tr', { hasText: 'STANAG-2021/crossing-classified' })
    .getByTestId('requirement-kinds')).toHaveCount(0);
  await expect(page.getByTestId('standard-judges')).toHaveCount(0);
  // a standard that judges some items only when they claim it says which
  await page.goto('/#/catalogue/stanag-4569');
  await ready(page);
  await expect(page.getByTestId('standard-judges')).toHaveText(
    'items of kind vehicle only when they claim it (an item that does not is marked not applicable to it, with what to add to its claims)');
  await page.goto('/#/catalogue/stanag-4439');
  await ready(page);
  await expect(page.getByTestId('standard-judges')).toContainText('only the items that claim it (');
});

test('the about view says what the catalogue holds and that nothing leaves the browser', async ({ page }) => {
  await page.goto('/#/about');
  await ready(page);
  await expect(page.locator('h1')).toHaveText('About stanag-check');
  await expect(page.locator('main')).toContainText('Public parameters only');
  await expect(page.locator('main')).toContainText('Nothing leaves this browser');
});

test('a result-link fragment reaches the hook and the check view still works', async ({ page }) => {
  await page.goto('/#v1.some-result');
  await ready(page);
  await expect(page.locator('h1')).toHaveText('Check specifications');
  await expect(page.locator('main')).toContainText('result link');
});
