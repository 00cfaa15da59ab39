// The check view: paste, pick, drop, errors, reload, and the JSON report against the CLI's.
const { test, expect, example, ready, settled, root } = require('./fixtures');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const MIXED = `# one compliant and one non-compliant cartridge
items:
  - id: bel-ss109
    name: "SS109 5.56 mm ball"
    nation: BEL
    kind: cartridge
    claims: ["STANAG 4172"]
    properties:
      cartridge: "5.56x45mm NATO"
      case_length: "44.70 mm"
      overall_length: "57.40 mm"
      bullet_diameter: "5.70 mm"
      rim_diameter: "9.60 mm"
      rim_thickness: "1.14 mm"
      chamber_pressure: { value: 430, unit: MPa, method: EPVAT }
  - id: can-556-trial
    name: "5.56 mm ball, trial lot"
    nation: CAN
    kind: cartridge
    claims: ["STANAG 4172"]
    properties:
      cartridge: "5.56x45mm NATO"
      overall_length: "2.300 in"
`;

const BROKEN = '{\n  "items": [\n    { "id": "x", }\n  ]\n}\n';

/** The report the native CLI prints for these example files (run from examples/). */
function cliReport(files) {
  const run = spawnSync('cargo', ['run', '--quiet', '--manifest-path', path.join(root, 'Cargo.toml'),
    '--', 'check', ...files, '--format', 'json'], { cwd: path.join(root, 'examples'), encoding: 'utf8' });
  // Exit 1 means "not every item is compliant": the report is still the contract.
  if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

async function downloadReport(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON report' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('stanag-check-report.json');
  return fs.readFileSync(await download.path(), 'utf8');
}

function item(page, id) {
  return page.locator(`article[data-item="${id}"]`);
}

function row(page, id, requirement) {
  return item(page, id).locator('tr', { has: page.locator('code', { hasText: requirement }) });
}

test('pasting a compliant and a non-compliant spec shows the right verdicts and values', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.getByTestId('no-report')).toBeVisible();
  await page.getByLabel(/Paste a spec/).fill(MIXED);

  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  await expect(page.getByTestId('paste-state')).toHaveText('✓ Pasted text read as YAML, 2 items.');
  await expect(page.getByTestId('summary')).toContainText('1 compliant');
  await expect(page.getByTestId('summary')).toContainText('1 non-compliant');

  await expect(item(page, 'bel-ss109').locator('h3')).toContainText('✓ compliant');
  const pass = row(page, 'bel-ss109', 'STANAG-4172/oal-max');
  await expect(pass.locator('td.verdict')).toHaveText('✓ pass');
  await expect(pass.locator('td.value')).toHaveText('57.40 mm');

  await expect(item(page, 'can-556-trial').locator('h3')).toContainText('✗ NON-COMPLIANT');
  const fail = row(page, 'can-556-trial', 'STANAG-4172/oal-max');
  await expect(fail.locator('td.verdict')).toHaveText('✗ FAIL');
  await expect(fail.locator('td.value')).toHaveText('2.300 in');
  await expect(fail.locator('td.converted')).toHaveText('58.42 mm');
  await expect(fail.locator('td.limit')).toHaveText('≤ 57.40 mm');
  await expect(fail).toContainText("Wikipedia, '5.56x45mm NATO' infobox");
  await expect(fail).toContainText('⚠ W · widely reported');
  const pressure = row(page, 'bel-ss109', 'STANAG-4172/pressure-epvat');
  await expect(pressure.locator('td.value')).toHaveText('430 MPa [EPVAT]');

  // Failures only: the compliant item goes, the failing row stays, passing rows go.
  await page.getByLabel('Show failures only').check();
  await expect(item(page, 'bel-ss109')).toHaveCount(0);
  await expect(item(page, 'can-556-trial').locator('td.verdict')).toHaveText(['✗ FAIL']);
  // a visit to a standard and back keeps the filter
  await item(page, 'can-556-trial').getByRole('link', { name: 'STANAG 4172' }).click();
  await expect(page.locator('h1')).toContainText('STANAG 4172');
  await page.goBack();
  await expect(page.getByLabel('Show failures only')).toBeChecked();
  await expect(item(page, 'bel-ss109')).toHaveCount(0);
  // a screen reader is told what the box leaves out when it is ticked
  await page.getByLabel('Show failures only').uncheck();
  await expect(page.getByTestId('filter-status')).toHaveText('Every item is shown.');
  await page.getByLabel('Show failures only').check();
  await expect(page.getByTestId('filter-status')).toHaveText(/^Failures only: 1 item with a failing requirement/);
  // and a reload keeps the filter, as it keeps the workspace
  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Show failures only')).toBeChecked();
  await expect(item(page, 'can-556-trial')).toHaveCount(1);
  await expect(item(page, 'bel-ss109')).toHaveCount(0);
  await expect(page.getByTestId('filter-status')).toHaveText('');
  await page.getByLabel('Show failures only').uncheck();
  await expect(item(page, 'bel-ss109')).toHaveCount(1);

  // the items needing work come first, as in the CLI's text report; the files' order is a
  // choice, kept over a reload
  const order = () => page.locator('article.item').evaluateAll((cards) => cards.map((c) => c.dataset.item));
  await expect.poll(order).toEqual(['can-556-trial', 'bel-ss109']);
  await page.getByLabel("In the files' order").check();
  await expect.poll(order).toEqual(['bel-ss109', 'can-556-trial']);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("In the files' order")).toBeChecked();
  await expect.poll(order).toEqual(['bel-ss109', 'can-556-trial']);
  await page.getByLabel("In the files' order").uncheck();
  await expect.poll(order).toEqual(['can-556-trial', 'bel-ss109']);
});

test('a loaded file that does not read is told to a screen reader with its errors', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('#file-picker').setInputFiles([
    { name: 'air.yaml', mimeType: 'text/yaml', buffer: fs.readFileSync(path.join(root, 'examples', 'air.yaml')) },
    { name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,calibre\nr1,Round,5.56 mm\n') },
  ]);
  const files = page.getByTestId('files');
  await expect(files.locator('li.file[data-file="sheet.csv"]')).toContainText('✗ 1 error');
  await expect(page.getByTestId('files-said')).toHaveText('Loaded air.yaml, sheet.csv (1 error).');
});

test('files load through the picker (two at once) and by drag and drop', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('#file-picker').setInputFiles([
    path.join(root, 'examples', 'munitions.json'),
    path.join(root, 'examples', 'vehicles.toml'),
  ]);
  const files = page.getByTestId('files');
  await expect(files.locator('li.file')).toHaveCount(2);
  await expect(files.locator('li.file[data-file="munitions.json"]')).toContainText('✓ read as JSON, 5 items');
  await expect(files.locator('li.file[data-file="vehicles.toml"]')).toContainText('✓ read as TOML');
  // the files of one pick are put in at once, and told to a screen reader together
  await expect(page.getByTestId('files-said')).toHaveText('Loaded munitions.json, vehicles.toml.');

  const dataTransfer = await page.evaluateHandle(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'text/yaml' }));
    return dt;
  }, { name: 'rails-and-fuels.yaml', text: example('rails-and-fuels.yaml') });
  await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer });
  await expect(files.locator('li.file')).toHaveCount(3);
  await expect(files.locator('li.file[data-file="rails-and-fuels.yaml"]')).toContainText('✓ read as YAML');

  // Every file's items are in the report; removing a file removes its items.
  const summary = page.getByTestId('summary');
  const count = async () => Number((await summary.textContent()).match(/(\d+) items?/)[1]);
  const withAll = await count();
  await files.getByRole('button', { name: 'Remove vehicles.toml' }).click();
  await expect(files.locator('li.file')).toHaveCount(2);
  await expect.poll(count).toBeLessThan(withAll);

  // A file is known by its name: another text under a loaded file's name replaces it, and the
  // page says so (two folders' spec.yaml, found by a review); the same text again says nothing.
  await expect(page.getByTestId('replaced')).toHaveCount(0);
  await page.locator('#file-picker').setInputFiles({
    name: 'munitions.json', mimeType: 'application/json', buffer: Buffer.from(example('munitions.json')),
  });
  await expect(files.locator('li.file')).toHaveCount(2);
  await expect(page.getByTestId('replaced')).toHaveCount(0);
  await page.locator('#file-picker').setInputFiles({
    name: 'munitions.json', mimeType: 'application/json',
    buffer: Buffer.from(example('munitions.json').replace('"items"', '"items" ')),
  });
  await expect(page.getByTestId('replaced')).toContainText('munitions.json: this version replaces the one loaded before');
  await expect(files.locator('li.file')).toHaveCount(2);
});

test('a malformed file shows line:col next to it and the app keeps working', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'munitions.json' }).click();
  await expect(page.getByTestId('summary')).toBeVisible();
  const before = await page.getByTestId('summary').textContent();

  await page.locator('#file-picker').setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN),
  });
  const broken = page.locator('li.file[data-file="broken.json"]');
  await expect(broken).toContainText('✗ 1 error');
  await expect(broken.locator('code.place')).toHaveText(/^3:\d+$/);
  // The readable file is still checked.
  await expect(page.getByTestId('summary')).toHaveText(before);

  // Pasting broken text after good text keeps the earlier results until it parses again.
  const paste = page.getByLabel(/Paste a spec/);
  await paste.fill(MIXED);
  await expect(item(page, 'can-556-trial')).toHaveCount(1);
  await paste.fill(MIXED.replace('items:', 'items: [oops'));
  await expect(page.getByTestId('paste-errors')).toContainText('last version');
  await expect(page.getByTestId('paste-errors').locator('code.place').first()).toHaveText(/^\d+:\d+$/);
  await expect(paste).toHaveAttribute('aria-invalid', 'true');
  await expect(item(page, 'can-556-trial')).toHaveCount(1);
  await paste.fill(MIXED.replace('2.300 in', '2.250 in'));
  await expect(page.getByTestId('paste-errors')).toBeEmpty();
  await expect(paste).toHaveAttribute('aria-invalid', 'false');
  await expect(item(page, 'can-556-trial').locator('h3')).not.toContainText('NON-COMPLIANT');

  // A file of more errors than are listed counts them all, not the list plus its last line.
  const many = 'items:\n' + Array.from({ length: 250 }, (_, i) =>
    `  - { id: i${i}, name: n, nation: USA, kind: nope }\n`).join('');
  await page.locator('#file-picker').setInputFiles({
    name: 'many.yaml', mimeType: 'text/yaml', buffer: Buffer.from(many),
  });
  const counted = page.locator('li.file[data-file="many.yaml"]');
  await expect(counted).toContainText('✗ 250 errors');
  await expect(counted).toContainText('has 250 errors');
  await expect(counted).toContainText('150 more errors from here on are not listed');

  // Other views still work.
  await page.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.locator('h1')).toHaveText('Catalogue');
});

test('a verdict with no value says "not stated" only when the item does not state it', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'air.yaml' }).click();
  const power = page.locator('article[data-item="usa-transport-power"]');
  const row = (req) => power.locator('tr', { has: page.locator('code', { hasText: req }) });
  // the item states a 28 V receptacle, so the 270 V requirement does not apply: no value, and
  // not "not stated"
  const notApplicable = row('MIL-STD-704/receptacle-270v-dc');
  await expect(notApplicable.locator('td').nth(0)).toHaveAttribute('data-verdict', 'not-applicable');
  await expect(notApplicable.locator('td.value')).toHaveText('—');
  await expect(row('MIL-STD-704/receptacle-28v-dc').locator('td.value')).toContainText('28');
  // a missing value is "not stated": this item has no NSN
  const missing = row('ACodP-1/nsn-format');
  await expect(missing.locator('td').nth(0)).toHaveAttribute('data-verdict', 'missing');
  await expect(missing.locator('td.value')).toHaveText('not stated');
});

test('a reload keeps the workspace; clearing it is explicit', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(MIXED);
  await page.getByRole('button', { name: 'vehicles.toml' }).click();
  await expect(page.locator('li.file[data-file="vehicles.toml"]')).toBeVisible();

  await page.reload();
  await ready(page);
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue(MIXED);
  await expect(page.locator('li.file[data-file="vehicles.toml"]')).toBeVisible();
  await expect(item(page, 'can-556-trial')).toHaveCount(1);

  // Clearing asks first (the stored copy goes too): keeping changes nothing.
  await page.getByRole('button', { name: 'Clear workspace' }).click();
  await expect(page.getByTestId('clear-confirm')).toContainText(
    'Clear the pasted text and 1 loaded file? They are removed from this browser too, and cannot be brought back.');
  // The question takes the focus on its safe answer; keeping, or Escape, gives it back.
  await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep them' }).click();
  await expect(page.getByTestId('clear-confirm')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear workspace' })).toBeFocused();
  await expect(item(page, 'can-556-trial')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('clear-confirm')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear workspace' })).toBeFocused();
  await expect(item(page, 'can-556-trial')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear workspace' }).click();
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByTestId('no-report')).toBeVisible();
  // the keyboard user starts again where a cleared workspace starts: the paste area
  await expect(page.getByLabel(/Paste a spec/)).toBeFocused();
  await page.reload();
  await ready(page);
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue('');
  await expect(page.getByTestId('no-report')).toBeVisible();
});

test('the downloaded JSON report equals the CLI report for the same input', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('#file-picker').setInputFiles(path.join(root, 'examples', 'small-arms.yaml'));
  await expect(page.getByTestId('summary')).toBeVisible();
  expect(await downloadReport(page)).toBe(cliReport(['small-arms.yaml']));

  await page.locator('#file-picker').setInputFiles(path.join(root, 'examples', 'munitions.json'));
  await expect(page.locator('li.file')).toHaveCount(2);
  expect(await downloadReport(page)).toBe(cliReport(['small-arms.yaml', 'munitions.json']));
});

test('the start-up warm-up leaves no trace: nothing shown, stored or left in the page', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  // the warm-up runs in idle moments after start-up; wait until the page has been idle a while
  await page.evaluate(() => new Promise((resolve) => {
    let idle = 0;
    const tick = () => requestIdleCallback(() => (++idle >= 20 ? resolve() : tick()));
    tick();
  }));
  await expect(page.locator('.warm-up')).toHaveCount(0);
  await expect(page.locator('article.item')).toHaveCount(0);
  await expect(page.getByTestId('no-report')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  // and the first real paste is checked as usual
  await page.getByLabel(/Paste a spec/).fill(MIXED);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
});

test('inputs with errors say what the report, a link and a reload keep of them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await ready(page);
  const paste = page.getByLabel(/Paste a spec/);
  await paste.fill(MIXED);
  await expect(item(page, 'can-556-trial')).toHaveCount(1);
  // a screen reader hears the report's summary from one live region
  await expect(page.getByTestId('report-status')).toHaveText(
    'Report: 2 items: 1 compliant, 1 non-compliant, 0 incomplete.');
  await expect(page.getByTestId('report-status')).toHaveAttribute('role', 'status');
  await paste.fill(MIXED.replace('items:', 'items: [oops').replace('2.300 in', '2.250 in'));
  await expect(page.getByTestId('paste-errors')).toContainText(
    'the report still shows the last version that could be read.');
  await expect(page.getByTestId('paste-errors')).toHaveAttribute('aria-live', 'polite');
  await page.locator('#file-picker').setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN),
  });
  await expect(page.locator('li.file[data-file="broken.json"]')).toContainText(
    'broken.json has 1 error — it is left out of the report until it can be read, and it is not kept when the page reloads');

  // the link says what it carries of each
  await page.getByRole('button', { name: 'Copy result link' }).click();
  const caveats = page.getByTestId('link-caveats');
  await expect(caveats.locator('li')).toHaveText([
    'The pasted text has errors: the link carries its last readable version (what the report shows), not the text on screen.',
    'broken.json has errors and cannot be read: the link leaves it out.',
  ]);
  const link = await page.getByTestId('result-link').inputValue();
  const receiver = await context.browser().newContext();
  const other = await receiver.newPage();
  await other.goto(link);
  await ready(other);
  await expect(other.locator('article[data-item="can-556-trial"]')).toContainText('2.300 in');
  await expect(other.locator('li.file[data-file="broken.json"]')).toHaveCount(0);
  await receiver.close();

  // a new version of a loaded file that has errors: the reload brings back what was shown,
  // the broken version with its errors beside the earlier one the report uses
  await page.getByRole('button', { name: 'munitions.json' }).click();
  await expect(page.locator('li.file[data-file="munitions.json"]')).toContainText('✓ read');
  await page.locator('#file-picker').setInputFiles({
    name: 'munitions.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN),
  });
  const munitions = page.locator('li.file[data-file="munitions.json"]');
  await expect(munitions).toContainText(
    'munitions.json has 1 error — the report still shows the last version that could be read.');
  await settled(page);
  const summary = await page.getByTestId('summary').textContent();
  await page.reload();
  await ready(page);
  await expect(munitions).toContainText(
    'munitions.json has 1 error — the report still shows the last version that could be read.');
  await expect(page.locator('li.file[data-file="broken.json"]')).toHaveCount(0);
  await expect(page.getByTestId('paste-errors')).toContainText('last version');
  await settled(page);
  await expect(page.getByTestId('summary')).toHaveText(summary);
});

test('the clear question says what it clears, one thing or several', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(MIXED);
  await page.getByRole('button', { name: 'Clear workspace' }).click();
  await expect(page.getByTestId('clear-confirm')).toHaveText(
    'Clear the pasted text? It is removed from this browser too, and cannot be brought back.Clear everything Keep them');
});

test('removing a file gives the focus to the next file, else the one before, else the picker', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  for (const name of ['munitions.json', 'vehicles.toml', 'air.yaml']) {
    await page.getByRole('button', { name }).click();
    await expect(page.locator(`li.file[data-file="${name}"]`)).toBeVisible();
  }
  // a screen reader is told what a load did, not the whole list again
  await expect(page.getByTestId('files-said')).toHaveText('Loaded air.yaml.');
  await expect(page.getByTestId('files').locator('xpath=ancestor-or-self::*[@aria-live]')).toHaveCount(0);
  const remove = (name) => page.getByRole('button', { name: `Remove ${name}` });
  await remove('vehicles.toml').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('li.file[data-file="vehicles.toml"]')).toHaveCount(0);
  await expect(page.getByTestId('files-said')).toHaveText('Removed vehicles.toml.');
  await expect(remove('air.yaml')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove('munitions.json')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#file-picker')).toBeFocused();
});

test('wide tables scroll inside their card and nothing scrolls the page sideways', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await ready(page);
    // (loaded once: the workspace keeps them across the two widths)
    for (const name of ['c3.yaml', 'multinational.yaml']) {
      if (await page.locator(`li.file[data-file="${name}"]`).count() === 0) {
        await page.getByRole('button', { name, exact: true }).click();
      }
    }
    await expect(page.locator('li.file')).toHaveCount(2);
    // the report is redrawn once both are checked: measure the settled one
    await expect(page.getByTestId('report')).toHaveAttribute('aria-busy', 'false');
    const card = item(page, 'gbr-label-originator');
    await expect(card).toHaveCount(1);
    await card.evaluate((element) => element.scrollIntoView());
    // every column can be reached: scrolled to its end, a table's last column lies within its
    // box, which lies within the card
    const fits = await card.locator('.table-scroll').evaluateAll((boxes) => boxes.map((box) => {
      box.scrollLeft = box.scrollWidth;
      const card = box.closest('article').getBoundingClientRect();
      const own = box.getBoundingClientRect();
      // a narrow screen stacks a verdict table's cells: then nothing may need scrolling at all
      if (getComputedStyle(box.querySelector('table')).display === 'block') {
        return box.scrollWidth <= box.clientWidth + 1 && own.right <= card.right + 1;
      }
      const heads = box.querySelectorAll('thead th');
      const last = heads[heads.length - 1].getBoundingClientRect();
      const fits = last.right <= own.right + 1 && last.left >= own.left - 1 && own.right <= card.right + 1;
      box.scrollLeft = 0;
      return fits;
    }));
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.every(Boolean)).toBe(true);
    if (width === 375) {
      // stacked, each figure labelled: no table of the card scrolls sideways
      expect(await card.locator('.table-scroll table').evaluateAll((tables) =>
        tables.map((t) => `${t.className}: ${getComputedStyle(t).display}`))).toEqual(
        ['standards: block', 'verdicts: block', 'verdicts: block']);
      expect(await card.locator('table.standards td.status').first().evaluate((td) =>
        getComputedStyle(td, '::before').content)).toBe('"Item stands: "');
      await expect(card.locator('table.verdicts td.limit').first()).toHaveCSS('display', 'block');
      expect(await card.locator('table.verdicts td.limit').first().evaluate((td) =>
        getComputedStyle(td, '::before').content)).toBe('"Limit: "');
    }
    if (width === 1280) {
      // at a desktop width long values wrap: no table needs its scroll bar
      const overflowing = await card.locator('.table-scroll').evaluateAll((boxes) =>
        boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).length);
      expect(overflowing).toBe(0);
    }
    const views = { '/#/': 'Check', '/#/catalogue': 'Catalogue', '/#/catalogue/stanag-4172': 'STANAG 4172 — Catalogue',
      '/#/pairs': 'Pairs', '/#/about': 'About' };
    for (const [view, title] of Object.entries(views)) {
      await page.goto(view);
      await ready(page, title);
      const sideways = await page.evaluate(() =>
        document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
      expect(sideways, `${view} at ${width}px`).toBeLessThanOrEqual(1);
    }
  }
  // paper does not scroll: printed at about an A4 page's width, every table fits its card
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
  await ready(page);
  await expect(page.getByTestId('report')).toHaveAttribute('aria-busy', 'false');
  // a printout names the catalogue it was checked against (the footer prints)
  await expect(page.locator('footer.site')).toBeVisible();
  await expect(page.locator('footer.site')).toContainText(/Catalogue 2026\.\d+\.\d+ · [0-9a-f]{16}/);
  // …on every page, not only after the last card: the page margin's line (the print style
  // sheet's @page box) reads the stamp the page sets, which gains the time as printing starts
  const stamp = () => page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--print-stamp'));
  expect(await stamp()).toMatch(/^"stanag-check · catalogue 2026\.\d+\.\d+ · [0-9a-f]{16}"$/);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await stamp()).toMatch(
    /^"stanag-check · catalogue 2026\.\d+\.\d+ · [0-9a-f]{16} · printed \d{4}-\d\d-\d\d \d\d:\d\d UTC"$/);
  const margins = await page.evaluate(() => [...document.styleSheets].flatMap((sheet) =>
    [...sheet.cssRules].flatMap((rule) => (rule.cssRules ? [...rule.cssRules] : [rule])))
    .filter((rule) => rule.constructor.name === 'CSSPageRule').map((rule) => rule.cssText).join(' '));
  expect(margins).toMatch(/@bottom-left \{[^}]*content: var\(--print-stamp/);
  expect(margins).toMatch(/@bottom-right \{[^}]*counter\(page\)[^}]*counter\(pages\)/);
  // (cards are drawn a few per frame: the first page of 25 is all there)
  await expect(page.locator('article.item')).toHaveCount(25);
  const printed = await page.locator('.table-scroll').evaluateAll((boxes) => boxes.map((box) => {
    const card = (box.closest('article') || box.parentElement).getBoundingClientRect();
    const table = box.querySelector('table').getBoundingClientRect();
    return getComputedStyle(box).overflowX === 'visible' && table.right <= card.right + 1;
  }));
  // two tables a card, and a third for the requirements that do not apply (folded away)
  const folded = await page.locator('article.item details.not-applying').count();
  expect(folded).toBeGreaterThan(0);
  // paper opens nothing: the requirements that do not apply print open, though folded on screen
  await expect(page.locator('article.item details.not-applying:not([open]) table').first()).toBeVisible();
  expect(printed.length).toBe(50 + folded);
  expect(printed.filter((fits) => !fits).length).toBe(0);
  // a verdict prints as a block of lines, its finding across the card, not as a column of
  // single words in eight columns (25 items printed to 171 pages)
  const rows = await page.locator('table.verdicts tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const card = tr.closest('article').getBoundingClientRect().width;
    const finding = tr.querySelector('td.finding').getBoundingClientRect().width;
    return getComputedStyle(tr).display === 'grid' && finding > card * 0.7;
  }));
  expect(rows.length).toBeGreaterThan(100);
  expect(rows.filter((wide) => !wide).length).toBe(0);
  // a card's verdicts that run onto another page are headed there by whose they are: the
  // table's head, which repeats on every printed page, is the card's heading (its column
  // headings are in each block's labels)
  const heads = await page.locator('article.item table.verdicts').evaluateAll((tables) => tables.map((table) => {
    const running = table.querySelector('thead tr.running');
    return getComputedStyle(table.tHead).display === 'table-header-group'
      && getComputedStyle(running).display === 'table-row'
      && getComputedStyle(table.querySelector('thead tr.columns')).display === 'none'
      && running.textContent.includes(table.closest('article').dataset.item);
  }));
  expect(heads.length).toBe(25 + folded);
  expect(heads.filter((headed) => !headed).length).toBe(0);
  await expect(page.locator('article.item').first().locator('thead tr.running').first())
    .toHaveText(/^[✓✗◐] [A-Za-z-]+ — \S+ \(.+, .+\): verdicts$/);
});

test('Tab onto a verdicts table taller than the window shows its top; a click in it scrolls nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await ready(page);
  for (const name of ['small-arms.yaml', 'multinational.yaml', 'c3.yaml']) {
    await page.getByRole('button', { name, exact: true }).click();
  }
  await expect(page.getByTestId('summary')).toContainText('79 items checked');
  // a card's verdicts taller than the window
  const tall = await page.locator('article.item table.verdicts').evaluateAll((tables) =>
    tables.findIndex((table) => table.closest('.table-scroll').getBoundingClientRect().height > window.innerHeight + 200));
  expect(tall).toBeGreaterThanOrEqual(0);
  const box = page.locator('article.item table.verdicts').nth(tall).locator('xpath=..');
  // from the card's last link before it (in its standards table), its top a little above the
  // window, Tab goes on to the table's box: the browser leaves a box taller than the window
  // where some of it shows
  const placeTop = (offset) => box.evaluate((element, by) => {
    const links = element.closest('article').querySelectorAll('table.standards a');
    links[links.length - 1].focus();
    window.scrollBy(0, element.getBoundingClientRect().top + by);
  }, offset);
  // (+ 0: a top of -0.3 px rounds to -0, which is not 0 to toBe)
  const top = () => box.evaluate((element) => Math.round(element.getBoundingClientRect().top) + 0);
  await placeTop(60);
  expect(await top()).toBe(-60);
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  expect(await top()).toBe(0);
  // a click in the table focuses it too, and scrolls nothing
  await placeTop(60);
  await box.locator('td.finding').nth(4).click({ position: { x: 2, y: 2 } });
  await expect(box).toBeFocused();
  expect(await top()).toBe(-60);
});

test('Print draws every item first; a printout made otherwise says how many it holds', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  for (const name of ['small-arms.yaml', 'multinational.yaml', 'c3.yaml']) {
    await page.getByRole('button', { name, exact: true }).click();
  }
  await expect(page.locator('li.file')).toHaveCount(3);
  await expect(page.getByTestId('summary')).toContainText('79 items checked');
  await expect(page.locator('article.item')).toHaveCount(25);
  // (a card's heading for the printed pages its verdicts run onto is not drawn on screen)
  await expect(page.locator('article.item thead tr.running').first()).toBeHidden();
  // the browser's own print (Ctrl+P) prints what is drawn, and says so on paper
  const partial = page.getByTestId('print-partial');
  await expect(partial).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(partial).toHaveText(
    "This printout holds 25 of the report's 79 items: the Print button above the report prints them all.");
  // and again where the cards stop, after the last one printed
  await expect(page.getByTestId('print-partial-end')).toHaveText(
    "This printout holds 25 of the report's 79 items: the Print button above the report prints them all.");
  expect(await page.evaluate(() => {
    const end = document.querySelector('[data-testid="print-partial-end"]');
    const cards = document.querySelectorAll('article.item');
    return !!(cards[cards.length - 1].compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING);
  })).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  // the Print button draws them all, then opens the print dialog once
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.locator('article.item')).toHaveCount(79);
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
  // and only once, a few frames later too
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.printed)).toBe(1);
  await expect(partial).toHaveCount(0);
});

test('Back from a standard returns to the card the user left, with as many cards shown', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  for (const name of ['small-arms.yaml', 'multinational.yaml', 'c3.yaml']) {
    await page.getByRole('button', { name, exact: true }).click();
  }
  await expect(page.getByTestId('summary')).toContainText('79 items checked');
  await expect(page.locator('article.item')).toHaveCount(25);
  await page.getByTestId('show-more-items').click();
  await expect(page.locator('article.item')).toHaveCount(50);
  // the focus goes to the first new card, not left on the button below them
  await expect(page.locator('article.item').nth(25).locator('h3')).toBeFocused();
  // and each card's verdicts are a table a screen reader names, its rows by requirement
  await expect(page.locator('article.item').nth(0).locator('table.verdicts caption').first())
    .toHaveText(/^Verdicts for /);
  await expect(page.locator('article.item').nth(0).locator('table.verdicts tbody th[scope="row"] code').first())
    .toBeAttached();
  const card = page.locator('article.item').nth(40);
  const id = await card.getAttribute('data-item');
  // the card a little scrolled past, as a reader leaves it
  await card.evaluate((element) => { element.scrollIntoView(); window.scrollBy(0, 40); });
  const top = () => page.locator(`article.item[data-item="${id}"]`)
    .evaluate((element) => Math.round(element.getBoundingClientRect().top));
  const before = await top();
  expect(Math.abs(before + 40)).toBeLessThanOrEqual(2);
  await card.locator('a[href^="#/catalogue/"]').first().click();
  await expect(page.locator('h1')).not.toHaveText('Check specifications');
  await page.goBack();
  await expect(page.locator('article.item')).toHaveCount(50);
  await expect.poll(async () => Math.abs((await top()) - before)).toBeLessThanOrEqual(2);
});

test('a card folds the requirements that do not apply; Failures only says what it hides', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await expect(page.getByTestId('summary')).toContainText('11 items checked');
  const folded = page.locator('article.item details.not-applying').first();
  // folded: its rows are there but not shown until opened
  await expect(folded.locator('summary')).toContainText('do not apply to this item');
  await expect(folded.locator('tbody tr').first()).toBeHidden();
  await folded.locator('summary').click();
  await expect(folded.locator('tbody tr').first()).toBeVisible();
  await expect(folded.locator('td[data-verdict]').first()).toHaveAttribute('data-verdict', 'not-applicable');
  // no row of the main table is a not-applicable one (none of these items states a figure a
  // requirement leaves unjudged)
  await expect(page.locator('article.item > .table-scroll td[data-verdict="not-applicable"]')).toHaveCount(0);
  await page.getByLabel('Show failures only').check();
  await expect(page.getByTestId('filter-note')).toContainText('Failures only: 1 item with a failing requirement');
  await expect(page.getByTestId('filter-note')).toContainText('2 incomplete');
});

test('a figure the item states that a requirement does not judge is shown with the verdicts, not folded away', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(
    'items:\n  - { id: r, name: r, nation: USA, kind: cartridge, standards: [STANAG 4383], '
    + 'properties: { cartridge: 12.7x99mm NATO, chamber_pressure: { value: 370 MPa, method: EPVAT } } }\n');
  const card = page.locator('article.item[data-item="r"]');
  const line = card.locator('tbody tr', { hasText: 'STANAG-4383/pressure-tm' });
  await expect(line).toHaveCount(1);
  await expect(line).toBeVisible();
  await expect(line).toContainText('not judged: the value is 370 MPa by EPVAT');
  await expect(line.locator('td[data-verdict]')).toHaveAttribute('data-verdict', 'not-applicable');
  // in the card's verdicts, not in its fold of requirements that do not apply
  await expect(card.locator('details.not-applying', { hasText: 'STANAG-4383/pressure-tm' })).toHaveCount(0);
});

test('an error\'s place in the pasted text puts the caret there', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const paste = page.getByLabel(/Paste a spec/);
  await paste.fill('items:\n  - id: a\n    name: é😀\n    nation: XYZ\n    kind: cartridge\n');
  const place = page.getByTestId('paste-errors').getByRole('button', { name: /^4:13: go to line 4, column 13/ });
  await expect(place).toBeVisible();
  await expect(page.getByTestId('no-report')).toContainText('has errors, listed above');
  await paste.evaluate((t) => t.setSelectionRange(0, 0));
  await page.getByRole('button', { name: '4:13: go to line 4, column 13 of the pasted text' }).click();
  await expect(paste).toBeFocused();
  // UTF-16: the first three lines are 31 units (😀 is two), then 12 more to `XYZ`
  expect(await paste.evaluate((t) => [t.selectionStart, t.value.slice(t.selectionStart, t.selectionStart + 3)])).toEqual([43, 'XYZ']);
});

test('a text with errors lists its warnings under its errors; once it reads, the report has them', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const paste = page.getByLabel(/Paste a spec/);
  const text = (nation) => `items:\n  - id: a\n    name: x\n    nation: ${nation}\n    kind: cartridge\n    properties:\n      calibr: 5.56 NATO\n`;
  await paste.fill(text('XYZ'));
  const errors = page.getByTestId('paste-errors');
  await expect(errors).toContainText('XYZ is not a STANAG 1059 trigraph');
  await expect(errors).toContainText('Its warnings, which may explain an error:');
  const warnings = errors.getByTestId('file-warnings');
  await expect(warnings.locator('li')).toHaveText([
    '7:7: item a, property calibr: warning: unknown property calibr is not checked, did you mean cartridge?',
  ]);
  // its place is a button to it, as an error's is
  await paste.evaluate((t) => t.setSelectionRange(0, 0));
  await warnings.getByRole('button', { name: /^7:7: go to line 7, column 7/ }).click();
  await expect(paste).toBeFocused();
  expect(await paste.evaluate((t) => t.value.slice(t.selectionStart, t.selectionStart + 6))).toBe('calibr');
  // fixed: no list beside the text, and the report's warnings say it
  await paste.fill(text('USA'));
  await expect(errors).toBeEmpty();
  await expect(page.locator('section.warnings')).toContainText('unknown property calibr is not checked');
});

test('a field focused as soon as its view is drawn keeps the focus', async ({ page }) => {
  await page.goto('/#/catalogue');
  await ready(page);
  // The view's heading takes the focus a frame after the view is drawn, so that a screen reader
  // announces it; a user who got to the paste area first keeps typing there.
  const focused = await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('hashchange', () => {
      document.getElementById('paste').focus();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.activeElement.id)));
    }, { once: true });
    [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent.trim() === 'Check').click();
  }));
  expect(focused).toBe('paste');
  // with nothing focused in the new view, the heading has the focus
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.locator('main h1')).toBeFocused();
});

test('the JSON download and the page say which inputs the report leaves out or takes in an earlier version', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const area = page.getByLabel(/Paste a spec/);
  await area.fill(MIXED);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  // an edit that does not read: the report keeps the last version that did
  await area.fill(MIXED.replace('nation: CAN', 'nation: [CAN'));
  await page.locator('#file-picker').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN) });
  const caveats = page.getByTestId('report-caveats');
  await expect(caveats).toContainText('The pasted text has errors: this report uses its last readable version, not the text on screen');
  await expect(caveats).toContainText('broken.json has errors and could not be read: it is left out of this report');
  const report = JSON.parse(await downloadReport(page));
  expect(report.warnings.map((w) => w.message)).toEqual([
    'The pasted text has errors: this report uses its last readable version, not the text on screen',
    'broken.json has errors and could not be read: it is left out of this report',
  ]);
  expect(report.warnings[1].place.file).toBe('broken.json');
});

const PALLETS = `# a built-up 463L pallet over its limit in lb, one that meets it only within its precision
items:
  - id: deu-pallet-over
    name: "463L pallet, built up"
    nation: DEU
    kind: pallet
    properties:
      pallet_type: "463L HCU-6/E"
      cargo_mass: "4.6 t"
      outside_width: "2235 mm"
      floor_loading: "1.8 MPa"
  - id: deu-pallet-edge
    name: "463L pallet, at the limit"
    nation: DEU
    kind: pallet
    properties:
      pallet_type: "463L HCU-6/E"
      cargo_mass: "4.54 t"
      outside_width: "88 in"
`;

test('the Converted column is in the unit of the limit; a pass within precision is marked; a row is named by its requirement alone', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(PALLETS);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');

  // a mass against a limit in lb reads in lb, as a pressure against one in psi does
  const over = row(page, 'deu-pallet-over', '463L/cargo-max');
  await expect(over.locator('td.verdict')).toHaveText('✗ FAIL');
  await expect(over.locator('td.value')).toHaveText('4.6 t');
  await expect(over.locator('td.converted')).toHaveText('10141 lb');
  await expect(over.locator('td.limit')).toHaveText('≤ 10000 lb');
  await expect(row(page, 'deu-pallet-over', '463L/outside-width').locator('td.converted')).toHaveText('87.99 in');
  await expect(row(page, 'deu-pallet-over', '463L/floor-loading').locator('td.converted')).toHaveText('261 psi');

  // a pass only within the precision of 4.54 t is marked as one; a pass as written is not
  const edge = row(page, 'deu-pallet-edge', '463L/cargo-max');
  await expect(edge.locator('td.verdict')).toHaveText('✓ pass (within precision)');
  await expect(edge.locator('td.verdict')).toHaveAttribute('data-verdict', 'pass');
  await expect(edge.locator('td.verdict')).toHaveAttribute('data-within-precision', 'true');
  await expect(edge.locator('td.converted')).toHaveText('10009 lb');
  // on a screen where the table is just wide enough, the figure is neither cut inside nor
  // parted from its unit (it read "10008.9867 / 03 lb")
  await page.setViewportSize({ width: 720, height: 900 });
  const lines = await edge.locator('td.converted').evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(edge.locator('td.finding')).toContainText('only within the precision the value is quoted to');
  const exact = row(page, 'deu-pallet-edge', '463L/outside-width');
  await expect(exact.locator('td.verdict')).toHaveText('✓ pass');
  expect(await exact.locator('td.verdict').getAttribute('data-within-precision')).toBeNull();
  // it is still a pass: the item's standing is not changed by it
  await expect(page.getByTestId('summary')).toContainText('1 non-compliant');

  // the row's header is the requirement and its statement; what was found is a cell of its own
  const header = edge.locator('th[scope="row"]');
  await expect(header.locator('code')).toHaveText('463L/cargo-max');
  await expect(header.locator('.statement')).toHaveText('The pallet carries at most 10,000 lb of cargo.');
  await expect(header.locator('.message, .note')).toHaveCount(0);
  await expect(header).not.toContainText('10009 lb');
  await expect(edge.locator('td.finding .message')).toHaveText('4.54 t (= 10009 lb) meets ≤ 10000 lb');
  await expect(edge.locator('td.finding .note')).toContainText('Note: Meets 10000 lb only within the precision');

  // the JSON says the same in keys of its own
  const report = JSON.parse(await downloadReport(page));
  const result = (id, requirement) => report.items.find((i) => i.id === id).results
    .find((r) => r.requirement === requirement);
  expect(result('deu-pallet-edge', '463L/cargo-max').within_precision).toBe(true);
  expect(result('deu-pallet-edge', '463L/outside-width').within_precision).toBeUndefined();
  expect(result('deu-pallet-over', '463L/cargo-max').value).toEqual({
    written: '4.6 t', converted: '4600', unit: 'kg', in_limit_unit: '10141 lb',
  });
});

test('a workspace larger than this browser\'s storage keeps the pasted text, says which files a reload loses, and asks before leaving', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  // Leave the origin's storage nearly full: what is left holds the pasted text, not the file.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        localStorage.removeItem(`filler-${i - 1}`);
        return;
      }
    }
  });
  const paste = page.getByLabel(/Paste a spec/);
  await paste.fill(MIXED);
  // typed by hand (the browser asks before leaving only a page the user has worked in)
  await paste.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('# typed after the limit was reached\n');
  const typed = `${MIXED}# typed after the limit was reached\n`;
  const big = `items:\n  - id: big-lot\n    name: "5.56 mm lot with its history"\n    nation: FRA\n    kind: cartridge\n    notes: "${'h'.repeat(700 * 1024)}"\n    properties:\n      cartridge: "5.56x45mm NATO"\n`;
  await page.locator('#file-picker').setInputFiles({ name: 'big.yaml', mimeType: 'text/yaml', buffer: Buffer.from(big) });
  await expect(page.locator('li.file[data-file="big.yaml"]')).toContainText('✓ read as YAML');
  await expect(page.getByRole('alert').filter({ hasText: 'storage' })).toHaveText(
    "This browser's storage cannot hold the whole workspace: it is kept with the pasted text but without " +
    'the largest file, `big.yaml`. After a reload it will not be here: keep it on disk to load again, or ' +
    'remove files you no longer need.');
  await expect(page.locator('.workspace-actions')).toContainText("This browser's storage cannot keep all of this workspace: see below.");

  // Leaving asks first; staying keeps everything on screen.
  const asked = [];
  page.on('dialog', (dialog) => { asked.push(dialog.type()); dialog.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expect(paste).toHaveValue(typed);

  // What a reload (here a new tab) brings back: the typed text, without the file.
  const other = await context.newPage();
  await other.goto('/');
  await ready(other);
  await expect(other.getByLabel(/Paste a spec/)).toHaveValue(typed);
  await expect(other.locator('li.file')).toHaveCount(0);

  // Once the file is removed, the whole workspace fits again: the notice goes, leaving asks nothing.
  await page.locator('li.file[data-file="big.yaml"]').getByRole('button', { name: /Remove/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'storage' })).toHaveCount(0);
  await expect(page.locator('.workspace-actions')).toContainText('kept in this browser only');
});

test('a tab whose workspace another tab saved over asks before it is left', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  const paste = page.getByLabel(/Paste a spec/);
  await paste.click();
  await page.keyboard.type('# mine\n');
  await paste.fill(MIXED);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('stanag-check.workspace.v1') || '')).toContain('bel-ss109');

  const other = await context.newPage();
  await other.goto('/');
  await ready(other);
  await other.getByLabel(/Paste a spec/).fill('items: []\n');
  await expect(page.getByTestId('other-tab')).toContainText('Another tab of this page has saved its workspace.');

  const asked = [];
  page.on('dialog', (dialog) => { asked.push(dialog.type()); dialog.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(paste).toHaveValue(MIXED);
  // Keeping this tab's saves it again; then leaving asks nothing.
  await page.getByRole('button', { name: /Keep this tab/ }).click();
  await expect(page.getByTestId('other-tab')).toHaveCount(0);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});
