// "New spec from template" in the check view, and the catalogue's coverage and document status.
const { test, expect, ready } = require('./fixtures');

test('a template fills the empty paste area, and written text is replaced only when the user says so', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const paste = page.locator('#paste');

  await page.getByLabel('Item kind').selectOption('cartridge');
  await page.getByRole('button', { name: 'New spec from template' }).click();
  await expect(paste).toHaveValue(/kind: cartridge/);
  await expect(paste).toHaveValue(/overall_length: ""/);
  await expect(paste).toBeFocused();
  // its empty fields are what is left to fill in, not errors
  const left = page.getByTestId('paste-errors');
  await expect(left.locator('.file-errors.to-fill')).toContainText(/^The pasted text has \d+ fields left to fill in — write what the data sheet states/);
  await expect(left).not.toContainText('✗');
  await expect(left.locator('li').first()).toContainText('name: left empty');
  // An untouched template is no work to lose: another kind replaces it without asking.
  await page.getByLabel('Item kind').selectOption('weapon');
  await page.getByRole('button', { name: 'New spec from template' }).click();
  await expect(page.getByTestId('template-confirm')).toHaveCount(0);
  await expect(paste).toHaveValue(/kind: weapon/);

  // Text the user wrote is kept unless they confirm.
  await paste.fill('items:\n  - id: mine\n');
  await page.getByLabel('Item kind').selectOption('vehicle');
  await page.getByRole('button', { name: 'New spec from template' }).click();
  const confirm = page.getByTestId('template-confirm');
  await expect(confirm).toContainText('Replace it with the vehicle template?');
  // The question takes the focus on its safe answer; keeping, or Escape, gives it back.
  await expect(confirm.getByRole('button', { name: 'Keep my text' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep my text' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(paste).toHaveValue('items:\n  - id: mine\n');
  const start = page.getByRole('button', { name: 'New spec from template' });
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm.getByRole('button', { name: 'Keep my text' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(start).toBeFocused();
  await expect(paste).toHaveValue('items:\n  - id: mine\n');

  await page.getByRole('button', { name: 'New spec from template' }).click();
  await page.getByTestId('template-confirm').getByRole('button', { name: 'Replace my text' }).click();
  await expect(paste).toHaveValue(/kind: vehicle/);
  await expect(page.getByTestId('template-confirm')).toHaveCount(0);
});

test('the catalogue shows coverage per domain with confidence counts, and each document status', async ({ page }) => {
  await page.goto('/#/catalogue');
  await ready(page);
  const coverage = page.getByTestId('coverage');
  await expect(coverage.locator('h2')).toHaveText('Coverage');
  for (const heading of ['Domain', 'Standards', 'Not promulgated', 'Requirements', 'C', '⚠ W', '⚠ R', '⚠ D']) {
    await expect(coverage.getByRole('columnheader', { name: heading, exact: true })).toBeVisible();
  }
  await expect(coverage.locator('tr[data-domain="small-arms ammunition"] th')).toHaveText('small-arms ammunition');

  // The total row adds up: the standards and requirements the page's summary line states, and
  // the confidence columns sum to the requirements.
  const total = coverage.locator('tr[data-domain="all"] td');
  const numbers = (await total.allTextContents()).map(Number);
  const [standards, , requirements, c, w, r, d] = numbers;
  expect(c + w + r + d).toBe(requirements);
  await expect(page.locator('main > p').first()).toContainText(`${standards} standards, ${requirements} requirements`);
  // Per domain the same holds, and the domains add up to the total.
  const rows = await coverage.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => Number(td.textContent))));
  expect(rows.length).toBeGreaterThan(5);
  for (const row of rows) expect(row[3] + row[4] + row[5] + row[6]).toBe(row[2]);
  expect(rows.reduce((s, row) => s + row[0], 0)).toBe(standards);

  // Document status is shown on every standard in the list; anything not promulgated is marked.
  const statuses = page.locator('table.catalogue .doc-status');
  await expect(statuses).toHaveCount(standards);
  const marked = await page.locator('table.catalogue .doc-status.marked').allTextContents();
  for (const text of marked) expect(text).toMatch(/^⚠ (study draft|ratification draft|superseded|cancelled)$/);
  await expect(page.locator('table.catalogue tr', { has: page.getByRole('link', { name: 'STANAG 4172' }) }))
    .toContainText('promulgated');
});

test('the check results show each standard’s document status', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  const standards = page.locator('table.standards').first();
  await expect(standards.getByRole('columnheader', { name: 'Document status' })).toBeVisible();
  await expect(standards.locator('.doc-status').first()).toHaveAttribute('data-status', /^(study|ratification-draft|promulgated|superseded|cancelled)$/);
});
