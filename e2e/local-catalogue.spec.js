// The user's own catalogue files in the page: loaded on the catalogue view, kept in this
// browser, used for every check after the page reloads, and removed again; files with errors
// change nothing and say where their mistakes are.
const { test, expect, ready, settled, root } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const KEY = 'stanag-check.catalogue.v1';

// a nation's own standard, and a stricter STANAG 1135 in place of the built-in one (the CLI's
// tests use them too)
const NAT_1 = fs.readFileSync(path.join(root, 'tests', 'local', 'nat-1.toml'), 'utf8');
const OWN_1135 = fs.readFileSync(path.join(root, 'tests', 'local', 'stanag-1135.toml'), 'utf8');
// a requirement with no source: the catalogue never holds a figure without one
const UNSOURCED = `id = "NAT-2"
title = "Unsourced"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Test standard."

[[requirement]]
id = "NAT-2/density"
statement = "Relative density at most 0.830."
property = "relative_density"
max = "0.830"
severity = "mandatory"
confidence = "C"
`;
// 0.820 passes the built-in STANAG 1135 (0.775 to 0.840) and NAT-1, and fails the stricter one
const FUEL = `[[items]]
id = "f"
name = "fuel f"
nation = "GBR"
kind = "fuel"
[items.properties]
nato_code = "F-34"
relative_density = "0.820"
flash_point = "42 °C"
`;

const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

// A codes.toml of one's own that adds a partner's trigraph (XKX, which STANAG 1059's list lacks),
// loaded on the catalogue view; the page reloads with it and is back on the check view.
async function loadKosovoCodes(page) {
  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  const codes = '[trigraphs]\nsource = "national list"\n[trigraphs.codes]\nXKX = "Kosovo"\n';
  await Promise.all([
    page.waitForEvent('load'),
    page.getByLabel('Load catalogue files (.toml)').setInputFiles([file('codes.toml', codes)]),
  ]);
  await ready(page, 'Catalogue');
  await page.goto('/#/');
  await ready(page, 'Check');
}

test('own catalogue files are loaded, kept across reloads, used for every check, and removed', async ({ page, browser }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(FUEL);
  await expect(page.getByTestId('summary')).toContainText('1 compliant');
  const footer = page.locator('footer.site');
  await expect(footer).toContainText(/Catalogue 2026\.\d+\.\d+ ·/);

  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  const panel = page.getByTestId('local-catalogue');
  await expect(panel).toContainText('If you hold standards that are not public');
  // the page reloads with them
  await Promise.all([
    page.waitForEvent('load'),
    panel.getByLabel('Load catalogue files (.toml)').setInputFiles([file('nat-1.toml', NAT_1), file('stanag-1135.toml', OWN_1135)]),
  ]);
  await ready(page, 'Catalogue');
  await expect(footer).toContainText(/Catalogue 2026\.\d+\.\d+\+local ·/);
  await expect(panel).toContainText('In use, beside the built-in catalogue');
  await expect(panel.locator('.local-files li code')).toHaveText(['nat-1.toml', 'stanag-1135.toml']);
  // what the replaced standard left out is said, never silently
  await expect(panel.getByTestId('replaced-notes')).toContainText(
    'stanag-1135.toml replaces the built-in STANAG 1135 as a whole:',
  );
  await expect(panel.getByTestId('replaced-notes')).toContainText('STANAG-1135/density-f34-f35');
  await expect(page.locator('table.catalogue tr', { hasText: 'NAT-1' })).toContainText('from your catalogue file nat-1.toml');
  // the catalogue's name and its coverage say which requirements are the user's own
  await expect(page.locator('main#main')).toContainText(/public seed catalogue with your own catalogue files, version 2026\.\d+\.\d+\+local/);
  await expect(page.getByTestId('coverage-yours')).toHaveText(
    "2 requirements come from your own catalogue files: their confidence is what your files state, not a public source's.");
  // a standard's page says where it came from, and what it left out
  await page.goto('/#/catalogue/stanag-1135');
  await expect(page.locator('main#main h1')).toContainText('STANAG 1135 — NATO fuel codes (national edition)');
  const from = page.getByTestId('standard-from');
  await expect(from).toContainText('your catalogue file stanag-1135.toml');
  await expect(from).toContainText('replaces the built-in STANAG 1135 as a whole');
  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');

  // the workspace was kept, and is checked against the new catalogue
  await page.goto('/#/');
  await ready(page, 'Check');
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue(FUEL);
  await settled(page);
  await expect(page.getByTestId('summary')).toContainText('1 non-compliant');
  const standards = page.locator('table.standards');
  await expect(standards.locator('tr', { hasText: 'STANAG 1135' })).toContainText('from your catalogue file stanag-1135.toml');
  await expect(standards.locator('tr', { hasText: 'NAT-1' })).toContainText('from your catalogue file nat-1.toml');
  await expect(page.getByTestId('report')).toContainText('0.820 is above the maximum 0.810');
  // what the own file leaves out of the built-in standard is said beside the report, and printed
  const notices = page.getByTestId('report-notices');
  await expect(notices).toContainText('stanag-1135.toml replaces the built-in STANAG 1135 as a whole');
  await expect(notices).toContainText('STANAG-1135/density-f34-f35');
  // a link does not carry the files: the sender is told, and so is a receiver without them
  await page.getByRole('button', { name: 'Copy result link' }).click();
  await expect(page.getByTestId('link-local-catalogue')).toContainText(
    'These verdicts use your own catalogue files, which the link does not carry',
  );
  const address = await page.getByTestId('result-link').inputValue();
  const elsewhere = await browser.newContext();
  const receiver = await elsewhere.newPage();
  await receiver.goto(address);
  await ready(receiver, 'Check');
  const drift = receiver.getByTestId('catalogue-drift');
  await expect(drift).toContainText('The sender loaded catalogue files of their own');
  await expect(drift).toContainText('NAT-1 (not in this catalogue)');
  await expect(drift).toContainText('STANAG 1135 (changed)');
  // the receiver's saved report keeps it, under `notices`, as the command line's does
  const [download] = await Promise.all([
    receiver.waitForEvent('download'),
    receiver.getByRole('button', { name: 'Download JSON report' }).click(),
  ]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(saved.notices).toEqual([await drift.innerText()]);
  // and no longer once the files are changed: the verdicts are the receiver's own
  await receiver.getByLabel(/Paste a spec/).fill(FUEL.replace('id = "f"', 'id = "g"'));
  await expect(receiver.locator('article[data-item="g"]')).toBeVisible();
  const [changed] = await Promise.all([
    receiver.waitForEvent('download'),
    receiver.getByRole('button', { name: 'Download JSON report' }).click(),
  ]);
  expect(JSON.parse(fs.readFileSync(await changed.path(), 'utf8')).notices).toBeUndefined();
  await elsewhere.close();

  // a file with errors changes nothing, and says where the mistake is
  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  await panel.getByLabel('Load catalogue files (.toml)').setInputFiles([file('nat-2.toml', UNSOURCED)]);
  const result = page.getByTestId('local-catalogue-result');
  await expect(result).toContainText('Nothing was changed: with these files the catalogue has errors.');
  await expect(result.locator('li')).toHaveText([/^nat-2\.toml:\d+:\d+: .*source/]);
  await expect(panel.locator('.local-files li code')).toHaveText(['nat-1.toml', 'stanag-1135.toml']);
  expect(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY)).map(([name]) => name)).toEqual([
    'nat-1.toml',
    'stanag-1135.toml',
  ]);

  // only names ending in .toml are read, as on the command line, and a catalogue.toml of one's
  // own names no version
  await panel.getByLabel('Load catalogue files (.toml)').setInputFiles([
    file('nat-1.txt', NAT_1),
    file('NAT-3.TOML', NAT_1),
    file('catalogue.toml', 'version = "mine"\nlabel = "mine"\n'),
  ]);
  await expect(result).toContainText('Nothing was changed: these files were not taken.');
  await expect(result.locator('li')).toHaveText([
    'nat-1.txt: not a catalogue file: its name must end in .toml',
    'NAT-3.TOML: not a catalogue file: its name must end in .toml',
    /^catalogue\.toml: a catalogue\.toml of your own is not read/,
  ]);

  // a removal asks first, on its safe answer; Escape keeps the file
  await panel.getByRole('button', { name: 'Remove stanag-1135.toml' }).click();
  const confirm = page.getByTestId('catalogue-confirm');
  await expect(confirm).toContainText('Remove stanag-1135.toml from this browser?');
  await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(panel.getByLabel('Load catalogue files (.toml)')).toBeFocused();
  // one removed: the other stays in use
  await panel.getByRole('button', { name: 'Remove stanag-1135.toml' }).click();
  await Promise.all([page.waitForEvent('load'), confirm.getByRole('button', { name: 'Remove', exact: true }).click()]);
  await ready(page, 'Catalogue');
  await expect(panel.locator('.local-files li code')).toHaveText(['nat-1.toml']);
  await expect(panel.getByTestId('replaced-notes')).toHaveCount(0);
  // all removed: the built-in catalogue again
  await panel.getByRole('button', { name: 'Remove all and use the built-in catalogue' }).click();
  await expect(confirm).toContainText('Remove all your catalogue files from this browser?');
  await Promise.all([page.waitForEvent('load'), confirm.getByRole('button', { name: 'Remove', exact: true }).click()]);
  await ready(page, 'Catalogue');
  await expect(footer).toContainText(/Catalogue 2026\.\d+\.\d+ ·/);
  await expect(panel).toContainText('If you hold standards that are not public');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.goto('/#/');
  await ready(page, 'Check');
  await settled(page);
  await expect(page.getByTestId('summary')).toContainText('1 compliant');
});

test('kept catalogue files that have errors are not used, are said on every view, and are kept', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  // as a newer built-in catalogue, or an edit in another tab, may leave them
  const kept = JSON.stringify([['nat-2.toml', UNSOURCED]]);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, kept]);
  await page.reload();
  await ready(page, 'Check');
  const unused = page.getByTestId('local-catalogue-unused');
  await expect(unused).toContainText('Your own catalogue files are not in use: they have errors.');
  await expect(page.locator('footer.site')).toContainText(/Catalogue 2026\.\d+\.\d+ ·/);
  await unused.getByRole('link', { name: 'catalogue view' }).click();
  await ready(page, 'Catalogue');
  const panel = page.getByTestId('local-catalogue');
  await expect(panel).toContainText('Kept in this browser, but not in use: they have errors');
  await expect(panel.locator('.file-errors li')).toHaveText([/^nat-2\.toml:\d+:\d+: .*source/]);
  // nothing was dropped
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(kept);

  // storage that is not a list of files is said, and left as it was: a load does not write
  // over it, and only Remove all clears it
  await page.evaluate((key) => localStorage.setItem(key, 'not json'), KEY);
  await page.reload();
  await ready(page, 'Catalogue');
  await expect(page.getByTestId('local-catalogue-unused')).toContainText('they cannot be read');
  await expect(panel).toContainText(`what this browser keeps under \`${KEY}\` is not a list of catalogue files`);
  await panel.getByLabel('Load catalogue files (.toml)').setInputFiles([file('nat-1.toml', NAT_1)]);
  await expect(page.getByTestId('local-catalogue-result')).toContainText('Nothing was changed: what this browser keeps under');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('not json');
  await panel.getByRole('button', { name: 'Remove all and use the built-in catalogue' }).click();
  await Promise.all([
    page.waitForEvent('load'),
    page.getByTestId('catalogue-confirm').getByRole('button', { name: 'Remove', exact: true }).click(),
  ]);
  await ready(page, 'Catalogue');
  await expect(page.getByTestId('local-catalogue-unused')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('with storage blocked, no view claims kept files; the catalogue view says none can be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await ready(page);
  await expect(page.getByTestId('local-catalogue-unused')).toHaveCount(0);
  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  await expect(page.getByTestId('local-catalogue')).toContainText(
    "this browser's storage cannot be read, so no catalogue files can be kept",
  );
  await expect(page.getByTestId('local-catalogue-unused')).toHaveCount(0);
});

test('a spec file the built-in catalogue refuses is kept through the reload, and read by the new one', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const kosovo = 'items:\n  - {id: f, name: fuel f, nation: XKX, kind: fuel}\n';
  await page.locator('#file-picker').setInputFiles(file('partner.yaml', kosovo));
  const listed = page.locator('li.file[data-file="partner.yaml"]');
  await expect(listed.locator('.file-errors')).toContainText('XKX is not a STANAG 1059 trigraph');
  // a file whose new version has errors comes back as it was shown: that version, with its
  // errors, beside the readable one the report uses
  const own = (nation) => `items:\n  - {id: g, name: fuel g, nation: ${nation}, kind: fuel}\n`;
  await page.locator('#file-picker').setInputFiles(file('own.yaml', own('GBR')));
  await page.locator('#file-picker').setInputFiles(file('own.yaml', own('XYZ')));
  const stale = page.locator('li.file[data-file="own.yaml"]');
  await expect(stale.locator('.file-errors')).toContainText('the report still shows the last version that could be read');
  await loadKosovoCodes(page);
  await expect(listed).toBeVisible();
  await expect(listed.locator('.file-errors')).toHaveCount(0);
  await expect(stale.locator('.file-errors')).toContainText('the report still shows the last version that could be read');
  await expect(stale.locator('.file-errors')).toContainText('XYZ');
  await settled(page);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  await expect(page.locator('article[data-item="g"]')).toContainText('GBR');
});

test('files that cannot be stored change nothing, and the page does not reload', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  }, KEY);
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(FUEL);
  await expect(page.getByTestId('summary')).toContainText('1 compliant');
  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  let reloaded = false;
  page.on('load', () => { reloaded = true; });
  await page.getByLabel('Load catalogue files (.toml)').setInputFiles([file('nat-1.toml', NAT_1)]);
  await expect(page.getByTestId('local-catalogue-result')).toContainText(
    'Nothing was changed: the files could not be kept (The quota has been exceeded.)',
  );
  expect(reloaded).toBe(false);
  await expect(page.locator('footer.site')).not.toContainText('+local');
  // the workspace was saved before, and is still there
  await page.goto('/#/');
  await ready(page, 'Check');
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue(FUEL);
});

test('files loaded in another tab are told of here, and taken on reload', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  const other = await context.newPage();
  await other.goto('/#/catalogue');
  await ready(other, 'Catalogue');
  await Promise.all([
    other.waitForEvent('load'),
    other.getByLabel('Load catalogue files (.toml)').setInputFiles([file('nat-1.toml', NAT_1)]),
  ]);
  await ready(other, 'Catalogue');
  await expect(other.locator('footer.site')).toContainText('+local');

  // this tab keeps its catalogue until reloaded, and says so
  const told = page.getByTestId('other-tab-catalogue');
  await expect(told).toContainText('Another tab of this page has changed your own catalogue files.');
  await expect(page.locator('footer.site')).not.toContainText('+local');
  // a file loaded here joins those the other tab kept, rather than dropping them
  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  await Promise.all([
    page.waitForEvent('load'),
    page.getByLabel('Load catalogue files (.toml)').setInputFiles([file('stanag-1135.toml', OWN_1135)]),
  ]);
  await ready(page, 'Catalogue');
  await expect(page.getByTestId('local-catalogue').locator('.local-files li code')).toHaveText(['nat-1.toml', 'stanag-1135.toml']);
  await expect(page.getByTestId('other-tab-catalogue')).toHaveCount(0);

  // the other tab is told in turn, and its Reload now takes the new set
  const theirs = other.getByTestId('other-tab-catalogue');
  await expect(theirs).toBeVisible();
  await Promise.all([other.waitForEvent('load'), theirs.getByRole('button', { name: 'Reload now' }).click()]);
  await ready(other, 'Catalogue');
  await expect(other.getByTestId('local-catalogue').locator('.local-files li code')).toHaveText(['nat-1.toml', 'stanag-1135.toml']);
  await other.close();
});

test("reloading for another tab's catalogue does not save this tab's older workspace over that tab's", async ({ page, context }) => {
  await page.goto('/');
  await ready(page, 'Check');
  const other = await context.newPage();
  await other.goto('/');
  await ready(other, 'Check');
  // the other tab loads a file (its workspace is saved), then a catalogue file (it reloads)
  await other.locator('#file-picker').setInputFiles(file('fuel.toml', FUEL));
  const saved = () => other.evaluate(() => localStorage.getItem('stanag-check.workspace.v1') ?? '');
  await expect.poll(saved).toContain('fuel.toml');
  await other.goto('/#/catalogue');
  await ready(other, 'Catalogue');
  await Promise.all([
    other.waitForEvent('load'),
    other.getByLabel('Load catalogue files (.toml)').setInputFiles([file('nat-1.toml', NAT_1)]),
  ]);
  await ready(other, 'Catalogue');

  // this tab is told of both, and its Reload now says whose workspace it then shows
  await expect(page.getByTestId('other-tab')).toContainText('Another tab of this page has saved its workspace.');
  const told = page.getByTestId('other-tab-catalogue');
  await expect(told).toContainText('it then shows the workspace the other tab saved');
  await Promise.all([page.waitForEvent('load'), told.getByRole('button', { name: 'Reload now' }).click()]);
  await ready(page, 'Check');
  // the other tab's workspace survived this tab's reload, and this tab now shows it
  expect(await saved()).toContain('fuel.toml');
  await expect(page.locator('li.file[data-file="fuel.toml"]')).toBeVisible();
  await expect(page.locator('footer.site')).toContainText('+local');
  await other.close();
});

test("a link's file that this page's catalogue cannot read is listed with every error and warning, placed", async ({ page, browser }) => {
  // the sender reads a partner's trigraph through a codes.toml of their own
  await loadKosovoCodes(page);
  const partner = 'items:\n  - id: a\n    name: x\n    nation: XKX\n    kind: cartridge\n    properties:\n      calibr: 5.56 NATO\n';
  await page.locator('#file-picker').setInputFiles(file('partner.yaml', partner));
  await settled(page);
  await expect(page.getByTestId('summary')).toContainText('1 item checked');
  await page.getByRole('button', { name: 'Copy result link' }).click();
  const address = await page.getByTestId('result-link').inputValue();

  // a receiver without that file, with a workspace of their own, views the link
  const elsewhere = await browser.newContext();
  const receiver = await elsewhere.newPage();
  await receiver.goto('/');
  await ready(receiver, 'Check');
  await receiver.locator('#file-picker').setInputFiles(file('fuel.toml', FUEL));
  await expect
    .poll(() => receiver.evaluate(() => localStorage.getItem('stanag-check.workspace.v1') ?? ''))
    .toContain('fuel.toml');
  await receiver.goto(address);
  await receiver.getByRole('button', { name: 'View the link without saving' }).click();
  const rejected = receiver.getByTestId('link-rejected');
  await expect(rejected).toHaveAttribute('data-file', 'partner.yaml');
  await expect(rejected).toContainText("✗ partner.yaml has 1 error — it is left out of the link's report.");
  await expect(rejected.getByTestId('file-errors-list').locator('li')).toHaveText([
    "4:13: item a, field nation: XKX is not a STANAG 1059 trigraph",
  ]);
  await expect(rejected.getByTestId('file-warnings').locator('li')).toHaveText([
    // (the sender's own files may define it: the receiver is not offered a near name as the fix)
    '7:7: item a, property calibr: warning: unknown property calibr is not checked: the sender of this link loaded catalogue files of their own, which may define it; ask them for those files to have it checked',
  ]);
  // the places are of the link's text, not of the paste area: no button leads there
  await expect(rejected.getByRole('button')).toHaveCount(0);
  await elsewhere.close();
});

// Removing a file that the others in use need (a dictionary's property) is said before: they
// would be kept but not in use. Keeping it changes nothing.
test('removing a file the others need says so before, and keeping it changes nothing', async ({ page }) => {
  const dictionary = '[property.nat_sulphur_ppm]\ndescription = "Sulphur content, ppm."\ntype = "number"\nkinds = ["fuel"]\n';
  const standard = `id = "NAT-3"
title = "A nation's sulphur rule"
status = "promulgated"
domain = "fuels"
kinds = ["fuel"]
summary = "Test standard."

[[requirement]]
id = "NAT-3/sulphur"
statement = "Sulphur at most 10 ppm."
property = "nat_sulphur_ppm"
max = "10"
severity = "mandatory"
source = "test fixture"
confidence = "C"
`;
  await page.goto('/#/catalogue');
  await ready(page, 'Catalogue');
  const panel = page.getByTestId('local-catalogue');
  await Promise.all([
    page.waitForEvent('load'),
    panel.getByLabel('Load catalogue files (.toml)').setInputFiles([file('dictionary.toml', dictionary), file('nat-3.toml', standard)]),
  ]);
  await ready(page, 'Catalogue');
  await expect(panel.locator('.local-files li code')).toHaveText(['dictionary.toml', 'nat-3.toml']);
  const kept = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await panel.getByRole('button', { name: 'Remove dictionary.toml' }).click();
  const confirm = page.getByTestId('catalogue-confirm');
  await expect(confirm.getByTestId('catalogue-confirm-left-out')).toContainText(
    'Your other files need it: without it they have 1 error, so they would be kept but not in use');
  await expect(confirm.getByTestId('catalogue-confirm-left-out')).toContainText('nat_sulphur_ppm');
  // nothing the others do not need is warned of
  await confirm.getByRole('button', { name: 'Keep' }).click();
  await panel.getByRole('button', { name: 'Remove nat-3.toml' }).click();
  await expect(page.getByTestId('catalogue-confirm')).toBeVisible();
  await expect(page.getByTestId('catalogue-confirm-left-out')).toHaveCount(0);
  await page.getByTestId('catalogue-confirm').getByRole('button', { name: 'Keep' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(kept);
  await expect(panel.locator('.local-files li code')).toHaveText(['dictionary.toml', 'nat-3.toml']);
});
