// The self-contained page, opened straight from disk.
const { test, expect, ready, root } = require('./fixtures');
const path = require('path');
const { pathToFileURL } = require('url');

test('the single-file page opened from file:// checks a spec', async ({ page }) => {
  const url = pathToFileURL(path.join(root, 'dist', 'stanag-check.html')).href;
  await page.goto(url);
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await expect(page.getByTestId('summary')).toContainText('11 item(s) checked');
  await expect(page.locator('article[data-item="can-556-trial"] h3')).toContainText('NON-COMPLIANT');
  await page.getByLabel(/Paste a spec/).fill('{"items": [ {"id": }');
  await expect(page.getByTestId('paste-errors').locator('code.place')).toHaveText(/^1:\d+$/);
  await page.goto(`${url}#/catalogue/stanag-4172`);
  await ready(page);
  await expect(page.locator('h1')).toContainText('STANAG 4172');
});
