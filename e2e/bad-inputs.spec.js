// The bad-input corpus (issue 7) dropped on the page: every rejected file shows its located
// message, the page keeps working, the saved workspace stays as it was, and names with HTML or
// script in them are shown as text and never run. Also: the guard fails a test on a panic report.
const { test, expect, ready, root } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const STORAGE_KEY = 'stanag-check.workspace.v1';
const BAD = path.join(root, 'tests', 'bad');

const MIXED = `items:
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
    properties:
      cartridge: "5.56x45mm NATO"
      overall_length: "2.300 in"
`;

/**
 * tests/bad/expected.toml: `[[file]]` tables of `key = value` lines, where a value is a basic
 * string, an integer or a boolean (tests/bad/make.py writes nothing else; anything else throws).
 */
function manifest() {
  const entries = [];
  for (const line of fs.readFileSync(path.join(BAD, 'expected.toml'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (line === '[[file]]') {
      entries.push({});
      continue;
    }
    const m = line.match(/^([a-z_]+) = (.*)$/);
    if (!m || entries.length === 0) throw new Error(`expected.toml: cannot read ${JSON.stringify(line)}`);
    // A TOML basic string with these escapes is a JSON string; integers and booleans are JSON too.
    entries[entries.length - 1][m[1]] = JSON.parse(m[2]);
  }
  return entries;
}

/** A message as the page shows it: what it quotes between backticks is in code type, without them. */
function shown(message) {
  return (message.split('`').length % 2 === 1) ? message.replaceAll('`', '') : message;
}

async function stored(page) {
  return page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
}

async function drop(page, name, buffer) {
  const dataTransfer = await page.evaluateHandle(({ name, bytes }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name));
    return dt;
  }, { name, bytes: [...buffer] });
  await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer });
}

/** The workspace a user has before dropping anything: an example file and pasted text. */
async function withWorkspace(page) {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await page.getByLabel(/Paste a spec/).fill(MIXED);
  await expect(page.getByTestId('summary')).toContainText('13 items checked');
  // (saved a moment after the last edit)
  await expect.poll(() => stored(page)).toContain('can-556-trial');
  return { summary: await page.getByTestId('summary').textContent(), saved: await stored(page) };
}

test('every bad file dropped on the page shows its located message; the saved workspace is unchanged', async ({ page }) => {
  test.setTimeout(240_000);
  const entries = manifest();
  const bad = entries.filter((e) => !['valid', 'warning'].includes(e.kind));
  expect(bad.length).toBeGreaterThanOrEqual(60);
  const { summary, saved } = await withWorkspace(page);

  for (const e of bad) {
    await drop(page, e.file, fs.readFileSync(path.join(BAD, e.file)));
    if (e.page_as_link) {
      // A text that holds two result links: the page tells it as a link that cannot be opened,
      // with both places (as the CLI does), and opens neither
      const told = page.getByTestId('link-error');
      await expect(told, e.file).toContainText(shown(e.message).replace(/^this is no spec: /, '').replace(/, with .*$/, ''));
      await told.getByRole('button', { name: 'Dismiss' }).click();
      await expect(told).toHaveCount(0);
    } else if (e.cli_only) {
      // Not text at all (not-utf8.json, utf16.yaml): the file is refused before parsing, with the
      // CLI's words and place
      const refused = page.locator('ul.load-errors li', { hasText: e.file });
      await expect(refused).toContainText(shown(e.message));
      if (e.line) await expect(refused).toContainText(`${e.line}:${e.col}: `);
    } else {
      const file = page.locator(`li.file[data-file="${e.file}"]`);
      await expect(file.locator('.file-state'), e.file).toHaveText(/^✗ \d+ errors?$/);
      const first = file.locator('.file-errors li').first();
      await expect(first.locator('code.place'), e.file).toHaveText(`${e.line}:${e.col}`);
      await expect(first, e.file).toContainText(shown(e.message));
      if (e.item) await expect(first, e.file).toContainText(`item ${e.item}`);
      // (an item's own fields, `name` or `nation`, are named as fields)
      if (e.property) await expect(first, e.file).toContainText(new RegExp(`(property|field) ${e.property}\\b`));
    }
    // The readable inputs are still checked, and storage holds exactly what it held.
    await expect(page.getByTestId('summary'), e.file).toHaveText(summary);
    expect(await stored(page), `${e.file} changed the saved workspace`).toBe(saved);
    if (!e.cli_only && !e.page_as_link) {
      await page.getByRole('button', { name: `Remove ${e.file}` }).click();
      await expect(page.locator(`li.file[data-file="${e.file}"]`)).toHaveCount(0);
    }
  }

  // A file over the size limit is refused before it is read.
  await drop(page, 'too-large.json', Buffer.alloc((1 << 20) + 1, 0x20));
  await expect(page.locator('ul.load-errors li', { hasText: 'too-large.json' }))
    .toContainText('the text is 1,048,577 bytes, over the limit of 1 MiB (1,048,576 bytes)');
  expect(await stored(page)).toBe(saved);

  // A broken version of a file the user has: its errors show, the report keeps the readable
  // version, and the saved workspace keeps it too, with the broken one beside it (what the page
  // shows), and nothing else changed.
  const broken = fs.readFileSync(path.join(BAD, 'yaml-bad-indent.yaml'), 'utf8');
  await drop(page, 'small-arms.yaml', Buffer.from(broken));
  const fileErrors = page.locator('li.file[data-file="small-arms.yaml"] .file-errors');
  await expect(fileErrors).toContainText('the report still shows the last version');
  await expect(page.getByTestId('summary')).toHaveText(summary);
  // (a loaded file's newest version is not on screen: the report says which it leaves out)
  await expect(page.getByTestId('report-caveats')).toContainText(
    'small-arms.yaml has errors: this report uses its last readable version, not the version loaded last');
  const before = JSON.parse(saved);
  const readable = before.files[0].text;
  await expect.poll(async () => JSON.parse(await stored(page))).toEqual({
    ...before,
    files: [{ name: 'small-arms.yaml', text: broken, previous: readable }],
  });

  // The page still works, and a reload brings back exactly what the page showed: the paste, the
  // file with its errors, and the report of its readable version.
  await page.reload();
  await ready(page);
  await expect(page.getByLabel(/Paste a spec/)).toHaveValue(MIXED);
  await expect(page.locator('li.file')).toHaveCount(1);
  await expect(fileErrors).toContainText('the report still shows the last version');
  await expect(page.getByTestId('summary')).toHaveText(summary);
  await page.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.locator('h1')).toHaveText('Catalogue');
});

const HOSTILE = [
  // The corpus's own files, then names that would set a marker if they ever ran.
  ...manifest().filter((e) => e.kind === 'valid').map((e) => ({ file: e.file, name: e.name })),
  { file: 'pwned-img.json', name: '<img src=x onerror="window.__pwned=1">' },
  { file: 'pwned-script.json', name: '<script>window.__pwned=2</script>' },
  { file: 'pwned-svg.json', name: '"><svg onload="window.__pwned=3"></svg>' },
  { file: '<img src=y onerror="window.__pwned=4">.json', name: 'file name with markup' },
];

function hostileText({ file, name }) {
  if (fs.existsSync(path.join(BAD, file))) return fs.readFileSync(path.join(BAD, file));
  return Buffer.from(JSON.stringify({ items: [{ id: 'x', name, nation: 'USA', kind: 'munition',
    properties: { hazard_division: '1.4', compatibility_group: 'S' } }] }));
}

test('names with HTML and script are shown as text and never run', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const { saved } = await withWorkspace(page);
  expect(saved).not.toBeNull();

  for (const hostile of HOSTILE) await drop(page, hostile.file, hostileText(hostile));
  for (const hostile of HOSTILE) {
    const file = page.locator('li.file').filter({ has: page.locator('.file-name', { hasText: hostile.file }) });
    await expect(file.locator('.file-name')).toHaveText(hostile.file);
    await expect(file.locator('.file-state')).toHaveText(/^✓ read/);
    // The name is in the report, character for character.
    await expect(page.locator('[data-testid=report] article .item-meta', { hasText: hostile.name }).first()).toBeVisible();
  }
  // No markup from a name became an element; nothing ran.
  await expect(page.locator('main img, main script, main svg, main b, main i')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  // A result link carries the names; the receiver shows them as text too.
  await page.getByRole('button', { name: 'Copy result link' }).click();
  const link = await page.getByTestId('result-link').inputValue();
  // a receiver with nothing stored: a fresh load of the link (the same page, following it by its
  // fragment alone, would already hold its files, and drop the link from the address at once)
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('about:blank');
  await page.goto(link);
  await ready(page);
  await expect(page.getByTestId('link-panel')).toContainText('<img src=y onerror="window.__pwned=4">.json');
  for (const hostile of HOSTILE) {
    await expect(page.locator('[data-testid=report] article .item-meta', { hasText: hostile.name }).first()).toBeVisible();
  }
  await expect(page.locator('main img, main script, main svg, main b, main i')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

// The guard itself: a test in which the panic report appears must fail. The report is put in
// the page the way the panic hook puts it (an element with id `panic-report`); `test.fail`
// turns the expected failure into a pass, and would fail if the guard let it through.
test('the guard fails a test when the panic report appears', async ({ page }) => {
  test.fail();
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => {
    const report = document.createElement('section');
    report.id = 'panic-report';
    report.textContent = 'stanag-check stopped: internal error';
    document.body.prepend(report);
  });
});
