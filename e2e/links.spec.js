// Result links (issue 4): copy a link, open it in a fresh browser, keep or replace the workspace,
// broken links, and link files.
const { test, expect, example, ready, settled, root, guard } = require('./fixtures');
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const STORAGE_KEY = 'stanag-check.workspace.v1';

const MIXED = `# one compliant and one non-compliant cartridge
items:
  - id: bel-ss109
    name: "SS109 5.56 mm ball"
    nation: BEL
    kind: cartridge
    claims: ["STANAG 4172"]
    properties:
      cartridge: "5.56x45mm NATO"
      overall_length: "57.40 mm"
  - id: can-556-trial
    name: "5.56 mm ball, trial lot"
    nation: CAN
    kind: cartridge
    claims: ["STANAG 4172"]
    properties:
      cartridge: "5.56x45mm NATO"
      overall_length: "2.300 in"
`;

/** The payload (after `#`) of a committed link vector. */
function vector(name) {
  const text = fs.readFileSync(path.join(root, 'tests', 'link_vectors', name), 'utf8').trim();
  return text.slice(text.indexOf('#') + 1);
}

/** Every item's heading and every verdict row, as text: what "the same verdicts" means. */
async function verdicts(page) {
  await expect(page.getByTestId('summary')).toBeVisible();
  // checked and drawn: no check pending, every card of the first page drawn
  await settled(page);
  return page.locator('[data-testid=report] article[data-item]').evaluateAll((items) => items.map((a) => ({
    item: a.dataset.item,
    status: a.querySelector('h3').textContent,
    rows: [...a.querySelectorAll('tbody tr')].map((r) => r.textContent),
  })));
}

async function stored(page) {
  return page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
}

/** Drops files (name and content) on the drop zone. */
async function drop(page, files) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const { name, bytes } of list) dt.items.add(new File([new Uint8Array(bytes)], name));
    return dt;
  }, files.map(({ name, buffer }) => ({ name, bytes: [...buffer] })));
  await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer });
}

/** A fresh browser context (no storage) with one guarded page. */
async function freshPage(browser, baseURL) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const verify = guard(page, new URL(baseURL).origin);
  return { context, page, verify };
}

test('a copied result link opens in a fresh browser with the same verdicts', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await page.getByLabel(/Paste a spec/).fill(MIXED);
  await expect(page.getByTestId('summary')).toContainText('13 items checked');
  const sent = await verdicts(page);
  const summary = await page.getByTestId('summary').textContent();

  await page.getByRole('button', { name: 'Copy result link' }).click();
  const field = page.getByTestId('result-link');
  await expect(field).toHaveAttribute('readonly', '');
  const link = await field.inputValue();
  // The page's own address, without a fragment, then `#1`.
  expect(link.startsWith(`${baseURL}#1`)).toBe(true);
  // The clipboard may be refused in a headless browser; either way the page says what happened.
  await expect(page.getByTestId('copy-status')).toHaveText(/Copied to the clipboard|select the link above/);

  const fresh = await freshPage(browser, baseURL);
  await fresh.page.goto(link);
  await ready(fresh.page);
  await expect(fresh.page.getByTestId('link-status')).toContainText('now your workspace');
  await expect(fresh.page.getByTestId('catalogue-drift')).toHaveCount(0);
  expect(await verdicts(fresh.page)).toEqual(sent);
  await expect(fresh.page.getByTestId('summary')).toHaveText(summary);
  // The receiver now holds the files: the pasted text in the paste area, the example as a file.
  await expect(fresh.page.getByLabel(/Paste a spec/)).toHaveValue(MIXED);
  await expect(fresh.page.locator('li.file[data-file="small-arms.yaml"]')).toBeVisible();
  // The address no longer carries the link: a reload shows the workspace without asking.
  expect(new URL(fresh.page.url()).hash).toBe('#/');
  await fresh.page.reload();
  await ready(fresh.page);
  await expect(fresh.page.getByTestId('link-panel')).toHaveCount(0);
  expect(await verdicts(fresh.page)).toEqual(sent);
  await fresh.verify();
  await fresh.context.close();
});

test('opening a link pasted below a draft keeps the draft, edits and all', async ({ page, baseURL }) => {
  await page.goto('/');
  await ready(page);
  const area = page.getByLabel(/Paste a spec/);
  // a draft that read once, then edited into one that does not read yet (with no `#` before
  // the link: a comment's would be taken for the link's)
  const plain = MIXED.slice(MIXED.indexOf('items:'));
  await area.fill(plain);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  const draft = `${plain}  - id: half-written\n    name: [`;
  await area.fill(draft);
  await expect(page.getByTestId('paste-errors')).not.toBeEmpty();
  await area.fill(`${draft}\n${baseURL}#${vector('munitions.link')}`);
  await expect(page.getByTestId('pasted-link')).toContainText('This is a result link, not a spec.');
  await page.getByRole('button', { name: 'Open the link' }).click();
  // the draft is the user's: the link asks about it, and keeping it keeps every edit
  await expect(page.getByTestId('link-choice')).toBeVisible();
  await expect(area).toHaveValue(draft);
  await page.getByRole('button', { name: 'Keep my workspace' }).click();
  await expect(page.getByTestId('link-status')).toContainText('kept');
  await expect(area).toHaveValue(draft);
  await expect.poll(() => stored(page)).toContain('half-written');
  await page.reload();
  await ready(page);
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue(draft);
});

test('a message of two different links pasted is told as such, with both places: neither is offered', async ({ page, baseURL }) => {
  await page.goto('/');
  await ready(page);
  const area = page.getByLabel(/Paste a spec/);
  const message = `Hi Anna,\n\nthe munitions: ${baseURL}#${vector('munitions.link')}\n`
    + `and the vehicles: ${baseURL}#${vector('vehicles.link')}\n\nBest, Jan\n`;
  await area.fill(message);
  await expect(page.getByTestId('pasted-link')).toHaveText(
    'This is no spec: the text holds two different result links, at 3:16 and at 4:19: '
    + 'open each on its own, pasting one at a time.');
  await expect(page.getByRole('button', { name: 'Open the link' })).toHaveCount(0);
  await expect(page.getByTestId('no-report')).toHaveText(
    'Nothing to check yet: the pasted text holds two result links. Paste one at a time to open it.');
  // one of them alone is offered, and opens
  await area.fill(`${baseURL}#${vector('munitions.link')}`);
  await expect(page.getByTestId('pasted-link')).toContainText('This is a result link, not a spec.');
  await page.getByRole('button', { name: 'Open the link' }).click();
  await expect(page.getByTestId('link-panel')).toBeVisible();
});

test("a link viewed without saving shows its own pairs and ammunition, not the workspace's", async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(MIXED);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  await expect.poll(() => stored(page)).toContain('can-556-trial');
  const mine = await stored(page);
  await page.goto(`/#${vector('vehicles.link')}`);
  await page.getByRole('button', { name: 'View the link without saving' }).click();
  const views = page.getByTestId('link-views');
  await expect(views.getByRole('button', { name: 'Report' })).toHaveAttribute('aria-pressed', 'true');
  // the link's report is filed as the workspace's is: downloaded whole, and printed whole
  const actions = page.getByTestId('link-report-actions');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    actions.getByRole('button', { name: 'Download JSON report' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('stanag-check-report.json');
  const report = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(report.items.map((i) => i.id)).toContain('gbr-bridge');
  expect(report.items.map((i) => i.id)).not.toContain('can-556-trial');
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await actions.getByRole('button', { name: 'Print', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
  await expect(page.locator('article.item')).toHaveCount(report.items.length);
  await views.getByRole('button', { name: 'Pairs' }).click();
  const matrix = page.getByTestId('link-pairs').getByTestId('matrix');
  await expect(matrix).toContainText('gbr-bridge');
  await expect(matrix).not.toContainText('can-556-trial');
  await matrix.locator('button.cell-button').first().click();
  await expect(page.getByTestId('pair-detail')).toBeVisible();
  await views.getByRole('button', { name: 'Ammunition' }).click();
  await expect(page.getByTestId('link-ammunition').locator('section.weapon[data-weapon="deu-155-l52"]')).toBeVisible();
  // the workspace is as it was, stored and shown once the user goes back to it
  expect(await stored(page)).toBe(mine);
  await page.getByRole('button', { name: 'Back to my workspace' }).click();
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue(MIXED);
});

test('a link never silently replaces a saved workspace: view, keep or replace', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(MIXED);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  // (saved a moment after the edit)
  await expect.poll(() => stored(page)).toContain('can-556-trial');
  const mine = await stored(page);
  const payload = vector('munitions.link');

  await page.goto(`/#${payload}`);
  const choice = page.getByTestId('link-choice');
  await expect(choice).toBeVisible();
  await expect(choice).toHaveAccessibleName('You have a saved workspace. What should happen to it?');
  await expect(page.getByRole('button', { name: 'Keep my workspace' })).toBeFocused();
  expect(await stored(page)).toBe(mine);

  // View without saving: the link's report stands in for the workspace; nothing is stored.
  await page.getByRole('button', { name: 'View the link without saving' }).click();
  await expect(page.getByTestId('link-status')).toContainText('not saved');
  await expect(page.getByTestId('summary')).toContainText('5 items checked');
  await expect(page.getByLabel(/Paste a spec/)).toHaveCount(0);
  expect(await stored(page)).toBe(mine);

  // A reload asks again (the address still carries the link) and still stores nothing.
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('link-choice')).toBeVisible();
  expect(await stored(page)).toBe(mine);

  // Keep: the workspace is as it was, and the address drops the link.
  await page.getByRole('button', { name: 'Keep my workspace' }).click();
  await expect(page.getByTestId('link-status')).toContainText('kept');
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue(MIXED);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  expect(new URL(page.url()).hash).toBe('#/');
  expect(await stored(page)).toBe(mine);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('link-panel')).toHaveCount(0);
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue(MIXED);

  // Replace: the link's files become the workspace, and that is what is stored.
  await page.goto(`/#${payload}`);
  await page.getByRole('button', { name: "Replace it with the link's files" }).click();
  await expect(page.getByTestId('link-status')).toContainText('replaced');
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue('');
  await expect(page.getByTestId('summary')).toContainText('5 items checked');
  await expect.poll(() => stored(page)).toContain('munitions.json');
  expect(await stored(page)).not.toContain('can-556-trial');
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('summary')).toContainText('5 items checked');

  // The same link again: nothing to decide, and the address drops the link at once, so that a
  // reload after the files are cleared does not bring them back unasked.
  await page.goto(`/#${payload}`);
  await expect(page.getByTestId('link-status')).toContainText("already holds exactly the link's files");
  await expect.poll(() => new URL(page.url()).hash).toBe('#/');
});

/** Cuts a payload so its base64 part stops in the middle of a character group. */
function truncated(payload) {
  let cut = payload.slice(0, Math.floor(payload.length / 2));
  while ((cut.length - 1) % 4 !== 1) cut = cut.slice(0, -1);
  return cut;
}

const BROKEN_LINKS = [
  ['truncated', truncated(vector('small-arms.link')), /^the link is cut short \(it stops in the middle of a character group\)/],
  ['cut at a group boundary', vector('small-arms.link').slice(0, 401), /^the link is cut short/],
  ['corrupted (a stray character)', vector('small-arms.link').replace(/^(.{40})./, '$1*'), /^the link is damaged: `\*` \(character 41\) cannot appear in a link/],
  ['corrupted (a changed character)', vector('small-arms.link').replace(/^(.{300})(.)/, (_, a, c) => a + (c === 'A' ? 'B' : 'A')), /^the link is damaged|^the link is cut short/],
  ['foreign', 'Introduction', /^`Introduction` is not a stanag-check result link/],
  ['from a future version', `7${'Ab-_'.repeat(10)}`, /^this link was made by a newer stanag-check \(link format 7\)/],
  ['a deflate bomb', `1${zlib.deflateRawSync(Buffer.alloc(6 << 20)).toString('base64url')}`, /^the link unpacks to more than 4 MiB, the most a link may carry; it was refused/],
];

for (const [what, fragment, message] of BROKEN_LINKS) {
  test(`a ${what} link shows why it cannot be opened, and the page keeps working`, async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.getByRole('button', { name: 'vehicles.toml' }).click();
    await expect(page.getByTestId('summary')).toBeVisible();
    const mine = await stored(page);

    await page.goto(`/#${fragment}`);
    await page.reload();
    await ready(page);
    const error = page.getByTestId('link-error');
    await expect(error).toBeVisible();
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error.locator('.link-message')).toHaveText(message);
    await expect(error).toContainText('Your workspace is unchanged');
    expect(await stored(page)).toBe(mine);

    // The page still works: the workspace is there, and new input is checked.
    await expect(page.locator('li.file[data-file="vehicles.toml"]')).toBeVisible();
    // the message's heading has the focus, so that a screen reader reads it first
    await expect(page.locator('#link-heading')).toBeFocused();
    await page.getByLabel(/Paste a spec/).fill(MIXED);
    await expect(page.locator('article[data-item="can-556-trial"] h3')).toContainText('NON-COMPLIANT');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(error).toHaveCount(0);
    await page.getByRole('link', { name: 'Catalogue' }).click();
    await expect(page.locator('h1')).toHaveText('Catalogue');
  });
}

/**
 * A spec set whose link is longer than a chat tool carries: each item comes with a sheet's
 * notes as a comment (the link carries the text byte for byte), and random notes do not
 * compress. Few items, so the page checks them at once.
 */
function bigSpec(count) {
  const items = [];
  for (let i = 0; i < count; i += 1) {
    items.push(`  # lot notes: ${crypto.randomBytes(800).toString('hex')}\n  - id: m${i}\n    name: "lot ${i}"\n    nation: GBR\n`
      + "    kind: munition\n    properties:\n      hazard_division: '1.4'\n      compatibility_group: S\n");
  }
  return `items:\n${items.join('')}`;
}

test('a link too long for chat is saved as a link file, and dropping that file opens it', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(bigSpec(12));
  await expect(page.getByTestId('summary')).toContainText('12 items checked');
  const sent = await verdicts(page);

  await page.getByRole('button', { name: 'Copy result link' }).click();
  await expect(page.getByTestId('link-too-long')).toContainText('more than a chat tool carries');
  await expect(page.getByTestId('result-link')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as link file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('results.stanag-link');
  const file = fs.readFileSync(await download.path());
  expect(file.toString('utf8')).toMatch(/^stanag-check result link \(format 1\)\n/);

  // The CLI reads the same file and reports the same items.
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stanag-link-')), 'results.stanag-link');
  fs.writeFileSync(saved, file);
  const cli = spawnSync('cargo', ['run', '--quiet', '--manifest-path', path.join(root, 'Cargo.toml'),
    '--', 'check', '--link', saved, '--format', 'json'], { encoding: 'utf8' });
  expect(cli.stderr).toBe('');
  expect(JSON.parse(cli.stdout).summary.items).toBe(12);

  // Dropped on a fresh page, the file opens like the link.
  const fresh = await freshPage(browser, baseURL);
  await fresh.page.goto(baseURL);
  await ready(fresh.page);
  await drop(fresh.page, [{ name: 'results.stanag-link', buffer: file }]);
  await expect(fresh.page.getByTestId('link-status')).toContainText('now your workspace');
  expect(await verdicts(fresh.page)).toEqual(sent);
  await expect(fresh.page.locator('li.file')).toHaveCount(0);
  await fresh.verify();

  // E-mail carries the long link itself: it can be copied all the same, and opens the same
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('copy-long-link').click();
  await expect(page.getByTestId('copy-status')).toContainText('-character link is copied: paste it into an e-mail');
  const long = await page.evaluate(() => navigator.clipboard.readText());
  expect(long.startsWith(baseURL)).toBe(true);
  const mailed = await freshPage(browser, baseURL);
  await mailed.page.goto(long);
  await ready(mailed.page);
  expect(await verdicts(mailed.page)).toEqual(sent);
  await mailed.verify();
  await mailed.context.close();
  await fresh.context.close();
});

test('a picked link file asks before touching the workspace; a broken one says why', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await expect(page.getByTestId('summary')).toContainText('11 items checked');
  const mine = await stored(page);

  await page.locator('#file-picker').setInputFiles(path.join(root, 'tests', 'link_vectors', 'munitions-and-rails.stanag-link'));
  await expect(page.getByTestId('link-choice')).toBeVisible();
  await expect(page.getByTestId('link-panel')).toContainText('carries 2 files');
  expect(await stored(page)).toBe(mine);
  await page.getByRole('button', { name: 'View the link without saving' }).click();
  const expected = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'link_vectors', 'munitions-and-rails.json'), 'utf8'));
  await expect(page.getByTestId('summary')).toContainText(`${expected.summary.items} item${expected.summary.items === 1 ? "" : "s"} checked`);
  expect(await stored(page)).toBe(mine);
  await page.getByRole('button', { name: 'Back to my workspace' }).click();
  await expect(page.getByTestId('summary')).toContainText('11 items checked');

  // A text file that holds a link (no special name) opens as one too.
  await drop(page, [{ name: 'from-chat.txt', buffer: Buffer.from(`see ${baseLink(page, vector('munitions.link'))}\n`) }]);
  await expect(page.getByTestId('link-choice')).toBeVisible();
  await page.getByRole('button', { name: 'Keep my workspace' }).click();
  expect(await stored(page)).toBe(mine);

  // A link file cut short: its message, and nothing changes.
  const cut = fs.readFileSync(path.join(root, 'tests', 'link_vectors', 'munitions-and-rails.stanag-link'), 'utf8').slice(0, 600);
  await drop(page, [{ name: 'cut.stanag-link', buffer: Buffer.from(cut) }]);
  await expect(page.getByTestId('link-error').locator('.link-message')).toHaveText(/^the link is (cut short|damaged)/);
  await expect(page.locator('li.file[data-file="cut.stanag-link"]')).toHaveCount(0);
  expect(await stored(page)).toBe(mine);
  await expect(page.getByTestId('summary')).toContainText('11 items checked');
});

test('a link made with another catalogue says so and names the standards that differ', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stanag-drift-'));
  const catalogue = path.join(dir, 'catalogue');
  fs.mkdirSync(catalogue);
  fs.copyFileSync(path.join(root, 'tests', 'local', 'nat-1.toml'), path.join(catalogue, 'nat-1.toml'));
  const spec = path.join(dir, 'fuel.toml');
  fs.writeFileSync(spec, '[[items]]\nid = "f"\nname = "fuel f"\nnation = "GBR"\nkind = "fuel"\n[items.properties]\nnato_code = "F-34"\nrelative_density = "0.800"\n');
  const made = spawnSync('cargo', ['run', '--quiet', '--manifest-path', path.join(root, 'Cargo.toml'),
    '--', 'link', spec, '--catalogue', catalogue, '--base', 'http://example.invalid/page.html'], { encoding: 'utf8', cwd: dir });
  expect(made.status, made.stderr).toBe(0);
  const payload = made.stdout.trim().split('#')[1];

  await page.goto(`/#${payload}`);
  await ready(page);
  const drift = page.getByTestId('catalogue-drift');
  await expect(drift).toContainText('+local');
  await expect(drift).toContainText('NAT-1 (not in this catalogue)');
  await expect(page.getByTestId('link-status')).toContainText('now your workspace');
  await expect(page.getByTestId('summary')).toContainText('1 item checked');
});

/** An address on this page's server carrying `payload`. */
function baseLink(page, payload) {
  return `${new URL(page.url()).origin}/#${payload}`;
}

test('accessibility: the link choice, the viewed link and a broken link', async ({ page }) => {
  const AxeBuilder = require('@axe-core/playwright').default;
  const serious = async () => (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  await page.goto('/');
  await ready(page);
  await page.getByLabel(/Paste a spec/).fill(MIXED);
  await page.getByRole('button', { name: 'Copy result link' }).click();
  await expect(page.getByTestId('result-link')).toBeVisible();
  await settled(page);
  expect(await serious()).toEqual([]);

  await page.goto(`/#${vector('munitions.link')}`);
  await expect(page.getByTestId('link-choice')).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'View the link without saving' }).click();
  await expect(page.getByTestId('summary')).toBeVisible();
  await settled(page);
  expect(await serious()).toEqual([]);

  await page.goto(`/#${truncated(vector('munitions.link'))}`);
  await expect(page.getByTestId('link-error')).toBeVisible();
  expect(await serious()).toEqual([]);
});
