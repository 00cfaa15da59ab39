// The self-contained page, opened straight from disk.
const { test, expect, ready, root } = require('./fixtures');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

test('the single-file page opened from file:// checks a spec', async ({ page }) => {
  const url = pathToFileURL(path.join(root, 'dist', 'stanag-check.html')).href;
  await page.goto(url);
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await expect(page.getByTestId('summary')).toContainText('11 items checked');
  await expect(page.locator('article[data-item="can-556-trial"] h3')).toContainText('NON-COMPLIANT');
  await page.getByLabel(/Paste a spec/).fill('{"items": [ {"id": }');
  await expect(page.getByTestId('paste-errors').locator('code.place')).toHaveText(/^1:\d+$/);
  await page.goto(`${url}#/catalogue/stanag-4172`);
  await ready(page);
  await expect(page.locator('h1')).toContainText('STANAG 4172');
});

test('a link made on the page opened from disk names no folder, and pasting it opens it', async ({ page, context }) => {
  const url = pathToFileURL(path.join(root, 'dist', 'stanag-check.html')).href;
  await page.goto(url);
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await expect(page.getByTestId('summary')).toContainText('11 items checked');
  await page.getByRole('button', { name: 'Copy result link' }).click();
  const link = await page.getByTestId('result-link').inputValue();
  expect(link).toMatch(/^stanag-check\.html#1[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('link-from-file')).toContainText('the link names no address');

  // the colleague pastes it into their own copy's paste area
  const receiver = await context.browser().newContext();
  const other = await receiver.newPage();
  await other.goto(url);
  await ready(other);
  // as a mail client quotes it
  await other.getByLabel(/Paste a spec/).fill(`<${link}>`);
  await expect(other.getByTestId('pasted-link')).toContainText('This is a result link, not a spec.');
  // offered as a link, not told off as a spec, here or where the report would be
  await expect(other.getByTestId('paste-errors')).toBeEmpty();
  await expect(other.getByTestId('no-report')).toHaveText(
    'Nothing to check yet: the pasted text is a result link. Open it (above) to see its report.');
  await other.getByRole('button', { name: 'Open the link' }).click();
  // the paste area held nothing before the link: the link's files are the workspace at once
  await expect(other.getByTestId('link-status')).toContainText("The link's files are now your workspace");
  await expect(other.getByLabel(/Paste a spec/)).toHaveValue('');
  await expect(other.getByTestId('summary')).toContainText('11 items checked');
  await expect(other.getByTestId('pasted-link')).toHaveCount(0);
  await receiver.close();
});

test('the page opened from disk loads and keeps a catalogue file of the user\'s', async ({ page }) => {
  const url = pathToFileURL(path.join(root, 'dist', 'stanag-check.html')).href;
  await page.goto(`${url}#/catalogue`);
  await ready(page, 'Catalogue');
  const nat = fs.readFileSync(path.join(root, 'tests', 'local', 'nat-1.toml'));
  await Promise.all([
    page.waitForEvent('load'),
    page.getByLabel('Load catalogue files (.toml)').setInputFiles({ name: 'nat-1.toml', mimeType: 'text/plain', buffer: nat }),
  ]);
  await ready(page, 'Catalogue');
  await expect(page.locator('footer.site')).toContainText('+local');
  await expect(page.locator('table.catalogue tr', { hasText: 'NAT-1' })).toContainText('from your catalogue file nat-1.toml');
  // kept for the next visit from disk
  await page.reload();
  await ready(page, 'Catalogue');
  await expect(page.locator('footer.site')).toContainText('+local');
});
