// axe-core on every view: no serious or critical violation.
const { test, expect, ready } = require('./fixtures');
const AxeBuilder = require('@axe-core/playwright').default;

async function scan(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

for (const [name, address] of [
  ['check (empty)', '/'],
  ['catalogue', '/#/catalogue'],
  ['standard', '/#/catalogue/stanag-4172'],
  ['about', '/#/about'],
]) {
  test(`accessibility: ${name}`, async ({ page }) => {
    await page.goto(address);
    await ready(page);
    expect(await scan(page)).toEqual([]);
  });
}

test('accessibility: check with a report and an error', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await page.locator('#file-picker').setInputFiles({
    name: 'broken.toml', mimeType: 'text/plain', buffer: Buffer.from('[[items]\nid = 1\n'),
  });
  await expect(page.locator('li.file[data-file="broken.toml"] .file-errors')).toBeVisible();
  await expect(page.getByTestId('summary')).toBeVisible();
  expect(await scan(page)).toEqual([]);
});
