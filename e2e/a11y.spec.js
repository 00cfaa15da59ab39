// axe-core on every view: no serious or critical violation.
const { test, expect, ready, settled } = require('./fixtures');
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
  ['pairs (empty)', '/#/pairs'],
  ['ammunition (empty)', '/#/ammunition'],
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
  await settled(page);
  expect(await scan(page)).toEqual([]);
});

test('accessibility: a file with fixes offered, and one with its fixes made', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const commas = (id) => Buffer.from(`{"items": [{"id": "${id}", "name": "x", "nation": "FRA", "kind": "cartridge", `
    + '"properties": {"overall_length": "57,4 mm"}}]}');
  await page.locator('#file-picker').setInputFiles([
    { name: 'a.json', mimeType: 'application/json', buffer: commas('a') },
    { name: 'b.json', mimeType: 'application/json', buffer: commas('b') },
  ]);
  await page.locator('li.file[data-file="a.json"]').getByTestId('apply-fixes').click();
  await expect(page.locator('li.file[data-file="a.json"]').getByTestId('fix-note')).toBeVisible();
  await expect(page.locator('li.file[data-file="b.json"]').getByTestId('apply-fixes')).toBeVisible();
  await settled(page);
  expect(await scan(page)).toEqual([]);
});

test('accessibility: pairs matrix with a pair open, and the ammunition view with reasons open', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'multinational.yaml' }).click();
  await expect(page.getByTestId('summary')).toBeVisible();
  await page.goto('/#/pairs');
  await ready(page);
  await page.locator('button.cell-button[data-a="usa-rifle-223"][data-b="bel-ss109"]').click();
  await expect(page.getByTestId('pair-detail')).toContainText('PAIR/chambering');
  expect(await scan(page)).toEqual([]);

  await page.goto('/#/ammunition');
  await ready(page, 'Ammunition');
  await page.locator('section.weapon[data-weapon="usa-rifle-556"] tr[data-round="can-556-long"]')
    .getByRole('button', { name: /Show reasons/ }).click();
  await expect(page.locator('tr.round-reasons:visible')).toContainText('PAIR/cartridge-length');
  expect(await scan(page)).toEqual([]);
});

test('accessibility: the template confirmation', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('#paste').fill('items: []\n');
  await page.getByRole('button', { name: 'New spec from template' }).click();
  await expect(page.getByTestId('template-confirm')).toBeVisible();
  expect(await scan(page)).toEqual([]);
});

test('accessibility: own catalogue files in use, with a replacement note and a refused file', async ({ page }) => {
  const standard = (id, extra) => `id = "${id}"\ntitle = "t"\nstatus = "promulgated"\ndomain = "fuels"\nkinds = ["fuel"]\nsummary = "s"\n\n[[requirement]]\nid = "${id.replace(' ', '-')}/density"\nstatement = "s"\nproperty = "relative_density"\nmax = "0.830"\nseverity = "mandatory"\n${extra}confidence = "C"\n`;
  await page.goto('/');
  await ready(page);
  await page.evaluate((files) => localStorage.setItem('stanag-check.catalogue.v1', JSON.stringify(files)), [
    ['stanag-1135.toml', standard('STANAG 1135', 'source = "test fixture"\n')],
  ]);
  await page.goto('/#/catalogue');
  await page.reload();
  await ready(page, 'Catalogue');
  await expect(page.getByTestId('replaced-notes')).toBeVisible();
  await page.getByLabel('Load catalogue files (.toml)').setInputFiles({
    name: 'nat-2.toml', mimeType: 'text/plain', buffer: Buffer.from(standard('NAT-2', '')),
  });
  await expect(page.getByTestId('local-catalogue-result')).toContainText('Nothing was changed');
  expect(await scan(page)).toEqual([]);
  // and the question a removal asks
  await page.getByRole('button', { name: 'Remove stanag-1135.toml' }).click();
  await expect(page.getByTestId('catalogue-confirm')).toBeVisible();
  expect(await scan(page)).toEqual([]);
});
