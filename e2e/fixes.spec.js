// The fixes a file's errors suggest for certain, made by one button: in the paste area and in a
// loaded file, told, kept over a reload, undone, and downloaded.
const { test, expect, ready, settled, root } = require('./fixtures');
const fs = require('fs');
const path = require('path');

// a spec typed on a machine that writes decimal commas, pasted out of a word processor
const COMMAS = `items:
  - id: fra-556
    name: "5.56 mm ball"
    nation: FRA
    kind: cartridge
    properties:
      cartridge: "5.56x45mm NATO"
      case_length: 44,70 mm
      overall_length: ”57,40 mm”
      bullet_mass: 4,0 g
`;

test('the paste area\'s decimal commas and typographic quotes are fixed by one button, kept, and undone', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const paste = page.getByLabel(/Paste a spec/);
  await paste.fill(COMMAS);
  const errors = page.getByTestId('paste-errors');
  await expect(errors).toContainText('3 errors');
  await expect(errors).toContainText('44,70 mm writes a decimal comma: write 44.70 mm');
  await errors.getByTestId('apply-fixes').click();

  const fixed = COMMAS.replace('44,70 mm', '44.70 mm').replace('”57,40 mm”', '"57.40 mm"')
    .replace('4,0 g', '4.0 g');
  await expect(paste).toHaveValue(fixed);
  await expect(errors).toBeEmpty();
  const note = page.getByTestId('fix-note');
  await expect(note).toContainText('Made 4 changes');
  await expect(note.locator('li')).toHaveText([
    'line 8: 44,70 mm → 44.70 mm',
    'line 9: ”57,40 mm” → "57,40 mm"',
    'line 10: 4,0 g → 4.0 g',
    'line 9: 57,40 mm → 57.40 mm',
  ]);
  // the pasted text is not a file on disk: nothing to download
  await expect(note.getByTestId('download-fixed')).toHaveCount(0);
  await settled(page);
  await expect(page.locator('[data-item="fra-556"]')).toHaveCount(1);

  // the fixed text is the workspace's: a reload keeps it
  await page.reload();
  await ready(page);
  await expect(paste).toHaveValue(fixed);

  // undone while the text is as the fixes left it; the focus goes to the undo, and back
  await paste.fill(COMMAS);
  await errors.getByTestId('apply-fixes').click();
  await expect(paste).toHaveValue(fixed);
  await expect(page.getByTestId('undo-fixes')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(paste).toHaveValue(COMMAS);
  await expect(errors.getByTestId('apply-fixes')).toBeFocused();
  await expect(errors).toContainText('3 errors');
  await expect(page.getByTestId('fix-note')).toHaveCount(0);

  // an edit after the fixes ends their note (an undo would lose the edit)
  await errors.getByTestId('apply-fixes').click();
  await expect(page.getByTestId('fix-note')).toHaveCount(1);
  await paste.fill(fixed.replace('4.0 g', '4.1 g'));
  await expect(page.getByTestId('fix-note')).toHaveCount(0);
});

test('a loaded spreadsheet export\'s decimal commas are fixed, what needs the user stays an error, and the fixed file downloads', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const name = 'decimal-commas-spreadsheet.json';
  const text = fs.readFileSync(path.join(root, 'tests', 'bad', name), 'utf8');
  await page.locator('#file-picker').setInputFiles([
    { name, mimeType: 'application/json', buffer: Buffer.from(text) },
  ]);
  const file = page.locator(`li.file[data-file="${name}"]`);
  await expect(file).toContainText('✗ 12 errors');
  await file.getByTestId('apply-fixes').click();
  const note = file.getByTestId('fix-note');
  await expect(note).toContainText('Made 12 changes (the file on your disk is unchanged');
  await expect(note.locator('li').first()).toHaveText('line 2: 57,4 → 57.4');
  // a figure without its unit needs the user: told, and no fix offered for it
  await expect(file).toContainText('✗ 12 errors');
  await expect(file).toContainText('57.4 has no unit; overall_length is a length (e.g. in mm)');
  await expect(file.getByTestId('apply-fixes')).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    note.getByTestId('download-fixed').click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(text.replace(/(\d),(\d)/g, '$1.$2'));
});

test('an error that needs the user\'s judgement offers no fix', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const paste = page.getByLabel(/Paste a spec/);
  await paste.fill(COMMAS.replace('44,70 mm', '44,70 ± 0,05 mm').replace('”57,40 mm”', '57.40 mm')
    .replace('4,0 g', '4.0 g'));
  await expect(page.getByTestId('paste-errors')).toContainText('is a figure with a tolerance');
  await expect(page.getByTestId('apply-fixes')).toHaveCount(0);
});

test('a space a word processor wrote is fixed and named in the note, as it shows as nothing', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const paste = page.getByLabel(/Paste a spec/);
  const text = COMMAS.replace('nation: FRA', 'nation:\u00a0FRA').replace('44,70 mm', '44.70 mm')
    .replace('”57,40 mm”', '57.40 mm').replace('4,0 g', '4.0 g');
  await paste.fill(text);
  await expect(page.getByTestId('paste-errors')).toContainText('a no-break space (U+00A0)');
  await page.getByTestId('apply-fixes').click();
  await expect(page.getByTestId('fix-note').locator('li')).toHaveText([
    'line 4: a no-break space (U+00A0) → a space',
  ]);
  await expect(paste).toHaveValue(text.replace('\u00a0', ' '));
  await expect(page.getByTestId('paste-errors')).toBeEmpty();
});

test('a loaded file named as the paste area is fixed as a file, and the pasted text is left alone', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const paste = page.getByLabel(/Paste a spec/);
  await paste.fill(COMMAS);
  await page.locator('#file-picker').setInputFiles([
    { name: 'pasted', mimeType: 'text/plain', buffer: Buffer.from(COMMAS.replace('fra-556', 'fra-file')) },
  ]);
  const file = page.locator('li.file[data-file="pasted"]');
  await file.getByTestId('apply-fixes').click();
  await expect(file.getByTestId('fix-note')).toContainText('Made 4 changes');
  await expect(paste).toHaveValue(COMMAS);
  await expect(page.getByTestId('fix-note')).toHaveCount(1);
  await file.getByTestId('undo-fixes').click();
  await expect(paste).toHaveValue(COMMAS);
  await expect(file).toContainText('✗ 3 errors');
});
