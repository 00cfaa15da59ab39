// The pairs matrix and the ammunition view, on the multinational example loaded with one click.
const fs = require('fs');
const path = require('path');
const { test, expect, ready, example } = require('./fixtures');

/** The matrix cell of two items (either order is the same pair). */
function cell(page, a, b) {
  return page.locator(`button.cell-button[data-a="${a}"][data-b="${b}"]`);
}

async function loadMultinational(page) {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'multinational.yaml' }).click();
  await expect(page.getByTestId('summary')).toContainText(/items? checked/);
}

test('the matrix reads the multinational example: levels, legend and reasons', async ({ page }) => {
  await loadMultinational(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pairs' }).click();
  await expect(page).toHaveURL(/#\/pairs$/);
  await expect(page.locator('h1')).toHaveText('Pairs');
  await expect(page).toHaveTitle('Pairs — stanag-check');

  // Every level is explained, by symbol and word.
  const legend = page.getByTestId('legend');
  await expect(legend.locator('li strong')).toHaveText([
    'commonality', 'interchangeable', 'compatible', 'unknown', 'not interchangeable', 'incompatible',
  ]);
  // and what a ⚠ beside a level means, each of its causes
  await expect(legend.getByTestId('legend-warning')).toContainText('a rule passes only with a warning');
  await expect(legend.getByTestId('legend-warning')).toContainText('an item is itself non-compliant');
  await expect(page.locator('h1 + p')).toContainText('incompatible, not interchangeable, unknown');
  await expect(page.getByTestId('pairs-summary')).toContainText('55 items');
  // a figure an item leaves unstated that leaves several pairs unknown is said once, above them
  await expect(page.getByTestId('pair-notices').locator('li')).toHaveText([
    '⚠ deu-tank does not state trailer_connector, so its 2 pairs with a trailer are unknown: add trailer_connector (one of STANAG 4007, other)',
    '⚠ nor-van-diesel does not state trailer_connector, so its 2 pairs with a trailer are unknown: add trailer_connector (one of STANAG 4007, other)',
    '⚠ nor-van-diesel does not state supply_voltage, so its 2 pairs with a trailer are unknown: add supply_voltage (voltage with its unit, e.g. in V)',
  ]);

  // Rows and columns name each item with its nation and kind.
  const matrix = page.getByTestId('matrix');
  await expect(matrix.locator('th.row-head[data-key="usa-rifle-223"]')).toContainText('USA · weapon');
  await expect(matrix.locator('th.col-head[data-key="bel-ss109"]')).toContainText('BEL · cartridge');

  const wrong = cell(page, 'usa-rifle-223', 'bel-ss109');
  await expect(wrong).toContainText('incompatible');
  await expect(wrong).toContainText('✗');
  await expect(wrong).toHaveAttribute('data-level', 'incompatible');
  await expect(cell(page, 'bel-ss109', 'usa-m855')).toHaveAttribute('data-level', 'interchangeable');
  await expect(cell(page, 'usa-m855', 'bel-ss109')).toHaveAttribute('data-level', 'interchangeable');
  await expect(cell(page, 'nld-ss109', 'fra-ss109')).toHaveAttribute('data-level', 'commonality');
  // two bridges are never used together: one that cannot replace the other is not "incompatible"
  const bridges = cell(page, 'gbr-bridge-60', 'pol-bridge-80');
  await expect(bridges).toHaveAttribute('data-level', 'not-interchangeable');
  await expect(bridges).toContainText('NIN');
  await expect(bridges).toContainText('not interchangeable');
  // Unrelated pairs show a dash and open nothing.
  const rifleRow = matrix.locator('tr', { has: page.locator('th.row-head[data-key="usa-rifle-223"]') });
  await expect(rifleRow.locator('td.cell.level-none').first()).toHaveText('—');
  await expect(cell(page, 'usa-rifle-223', 'deu-tank')).toHaveCount(0);

  // A click opens the reasons: rule, both values, the message, source and confidence.
  await wrong.click();
  const detail = page.getByTestId('pair-detail');
  await expect(detail.locator('h2')).toContainText('usa-rifle-223 × bel-ss109');
  await expect(detail.locator('h2')).toContainText('incompatible');
  await expect(detail).toContainText('PAIR/chambering');
  await expect(detail).toContainText('.223 Remington');
  await expect(detail).toContainText('5.56x45mm NATO');
  await expect(detail).toContainText('firing 5.56x45mm NATO in a .223 Remington chamber is discouraged');
  await expect(detail).toContainText('⚠ W · widely reported');

  // Each value stands under the item that states it, whichever side of the rule that item is
  // on: the rifle's chamber length, then the round's length (found by a review, 2026-11-28).
  await cell(page, 'usa-rifle-556', 'nld-ss109').click();
  await expect(detail.locator('h2')).toContainText('usa-rifle-556 × nld-ss109');
  const lengths = detail.locator('table.reasons tr', { hasText: 'PAIR/cartridge-length' });
  await expect(lengths.locator('td.value')).toHaveText(['2.260 in', '57.35 mm']);

  // Enter on a focused cell opens it too.
  await cell(page, 'nld-ss109', 'fra-ss109').focus();
  await page.keyboard.press('Enter');
  await expect(detail.locator('h2')).toContainText('nld-ss109 × fra-ss109');
  await expect(detail.locator('h2')).toContainText('commonality');
  await expect(detail).toContainText('SS109');

  // The address is bookmarkable: a reload shows the same view (the workspace is kept).
  await page.reload();
  await ready(page);
  await expect(page.locator('h1')).toHaveText('Pairs');
  await expect(cell(page, 'bel-ss109', 'usa-m855')).toHaveAttribute('data-level', 'interchangeable');
});

test('the matrix filters rows and columns by kind and goes to an item', async ({ page }) => {
  await loadMultinational(page);
  await page.goto('/#/pairs');
  await ready(page);
  await page.getByLabel('Rows:').selectOption('weapon');
  await page.getByLabel('Columns:').selectOption('cartridge');
  await expect(page.getByTestId('window')).toContainText('Rows 1–6 of 6 · columns 1–10 of 10');
  await expect(page.getByTestId('matrix').locator('th.row-head')).toHaveCount(6);
  await expect(cell(page, 'deu-launcher-hv', 'usa-40-lv')).toBeVisible();
  await expect(cell(page, 'usa-launcher-lv', 'deu-40-hv')).toContainText('incompatible');

  await page.getByLabel('Go to item').fill('no-such-item');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.locator('.goto-message')).toContainText('No loaded item has the id or name “no-such-item”');
  // an id in another case, or an item's name, as people type them
  await page.getByLabel('Go to item').fill('DEU-LAUNCHER-HV');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.locator('.goto-message')).toHaveText('deu-launcher-hv is not among the columns of the chosen kind. The focus is on its first pair.');
  await expect(page.locator('button.cell-button:focus')).toHaveAttribute('data-a', 'deu-launcher-hv');
  await page.getByLabel('Go to item').fill('commercial .223 remington rifle');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.locator('.goto-message')).toHaveText('usa-rifle-223 is not among the columns of the chosen kind. The focus is on its first pair.');
  // an item among neither claims no focus
  await page.getByLabel('Columns:').selectOption('weapon');
  await page.getByLabel('Go to item').fill('bel-ss109');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.locator('.goto-message')).toHaveText('bel-ss109 is not among the rows or columns of the chosen kind.');
  await expect(page.locator('button.cell-button:focus')).toHaveCount(0);
});

test('the pairs view offers the example when nothing is loaded', async ({ page }) => {
  await page.goto('/#/pairs');
  await ready(page);
  await expect(page.getByTestId('no-pairs')).toBeVisible();
  await page.getByRole('button', { name: 'load the multinational example' }).click();
  await expect(cell(page, 'usa-rifle-223', 'bel-ss109')).toContainText('incompatible');
});

test('the ammunition view lists the rounds for each weapon by level', async ({ page }) => {
  await loadMultinational(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ammunition' }).click();
  await expect(page).toHaveURL(/#\/ammunition$/);
  await expect(page.locator('h1')).toHaveText('Ammunition interchangeability');
  await expect(page.getByTestId('weapon-count')).toHaveText('6 weapons.');

  const rifle = page.locator('section.weapon[data-weapon="usa-rifle-556"]');
  await expect(rifle.locator('h2')).toContainText('usa-rifle-556');
  await expect(rifle.getByTestId('usable-nations')).toHaveText('Rounds of BEL, FRA, NLD, USA can be used in it.');
  const usable = rifle.locator('table.rounds[data-level="compatible"]');
  await expect(usable.locator('caption')).toContainText('Can be used');
  for (const round of ['bel-ss109', 'usa-m855', 'nld-ss109', 'fra-ss109', 'usa-223-commercial']) {
    await expect(usable.locator(`tr[data-round="${round}"]`)).toHaveCount(1);
  }
  // .223 Remington in a 5.56 mm NATO chamber is tolerated, with a warning.
  await expect(usable.locator('tr[data-round="usa-223-commercial"]')).toContainText('⚠ with a warning');
  const refused = rifle.locator('table.rounds[data-level="incompatible"]');
  await expect(refused.locator('caption')).toContainText('Must not be used');
  for (const round of ['can-556-long', 'deu-762-ball', 'usa-308-commercial', 'usa-40-lv', 'deu-40-hv']) {
    await expect(refused.locator(`tr[data-round="${round}"]`)).toHaveCount(1);
  }
  await expect(usable.locator('tr[data-round="deu-762-ball"]')).toHaveCount(0);

  // Reasons on demand.
  const long = refused.locator('tr[data-round="can-556-long"]');
  const toggle = long.getByRole('button', { name: /Show reasons/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(long.getByRole('button', { name: /Hide reasons/ })).toHaveAttribute('aria-expanded', 'true');
  const reasons = refused.locator('tr.round-reasons:visible');
  await expect(reasons).toContainText('PAIR/cartridge-length');
  await expect(reasons).toContainText('2.300 in');
  await expect(reasons).toContainText('2.260 in');

  // Read the other way: which weapons each round fits.
  await page.getByTestId('by-round').click();
  await expect(page.getByTestId('by-round')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('weapon-count')).toBeHidden();
  const ss109 = page.getByTestId('rounds-by-round').locator('tr[data-round="bel-ss109"]');
  await expect(ss109.locator('td.usable')).toContainText('usa-rifle-556 (compatible)');
  // a pair that holds only with a warning says so, read by round as by weapon
  await expect(page.getByTestId('rounds-by-round').locator('tr[data-round="usa-223-commercial"] td.usable'))
    .toContainText('usa-rifle-556 (compatible, ⚠ with a warning)');
  await expect(ss109.locator('td.barred')).toContainText('usa-rifle-223');
  const longRound = page.getByTestId('rounds-by-round').locator('tr[data-round="can-556-long"]');
  await expect(longRound.locator('td.barred')).toContainText('usa-rifle-556');
  await expect(longRound.locator('td.usable')).not.toContainText('usa-rifle-556');
  await page.getByRole('button', { name: 'By weapon' }).click();
  await expect(page.getByTestId('weapon-count')).toHaveText('6 weapons.');
});

test('a thousand items: the matrix shows one 50 × 50 window at a time and moves between windows', async ({ page }) => {
  // The first 44 items of the multinational example (its small-arms, land, air, rail, UAS and
  // terminal items) 23 times over with fresh ids: 1,012 items.
  const source = example('multinational.yaml');
  const all = source.slice(source.indexOf('items:\n') + 'items:\n'.length);
  const starts = [...all.matchAll(/^  - id: /gm)].map((m) => m.index);
  const body = all.slice(0, starts[44]);
  let yaml = 'items:\n';
  for (let k = 0; k < 23; k += 1) yaml += body.replace(/- id: (\S+)/g, `- id: $1-${k}`);
  await page.goto('/');
  await ready(page);
  await page.locator('#file-picker').setInputFiles({ name: 'thousand.yaml', mimeType: 'text/plain', buffer: Buffer.from(yaml) });
  await expect(page.getByTestId('summary')).toContainText('1012 items checked', { timeout: 30_000 });

  let started = Date.now();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pairs' }).click();
  const matrix = page.getByTestId('matrix');
  await expect(matrix.locator('th.row-head')).toHaveCount(50);
  console.log(`pairs view of 1,012 items rendered in ${Date.now() - started} ms`);
  await expect(matrix.locator('th.col-head')).toHaveCount(50);
  expect(await matrix.locator('td.cell').count()).toBe(2500);
  await expect(page.getByTestId('window')).toHaveText('Rows 1–50 of 1012 · columns 1–50 of 1012');

  started = Date.now();
  await page.getByRole('button', { name: /Next 50 rows/ }).click();
  await expect(page.getByTestId('window')).toHaveText('Rows 51–100 of 1012 · columns 1–50 of 1012');
  await expect(matrix.locator('th.row-head').first()).toHaveAttribute('data-key', 'bel-ss109-1');
  console.log(`next window in ${Date.now() - started} ms`);
  expect(await matrix.locator('td.cell').count()).toBe(2500);

  // Going to an item brings its row and column into view; its cells open like any other.
  await page.getByLabel('Go to item').fill('usa-rifle-223-22');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByTestId('window')).toHaveText('Rows 951–1000 of 1012 · columns 951–1000 of 1012');
  await cell(page, 'usa-rifle-223-22', 'bel-ss109-22').click();
  await expect(page.getByTestId('pair-detail')).toContainText('firing 5.56x45mm NATO in a .223 Remington chamber is discouraged');
  await page.getByRole('button', { name: /Next 50 columns/ }).click();
  await expect(page.getByTestId('window')).toHaveText('Rows 951–1000 of 1012 · columns 1001–1012 of 1012');
  await expect(page.getByRole('button', { name: /Next 50 columns/ })).toBeDisabled();
});

test('too many items to pair: every item is checked, and the report, pairs and ammunition views say why there are no pairs', async ({ page }) => {
  // 317 weapons and 317 cartridges: 200,661 pairs to weigh, over the limit of 200,000
  let yaml = 'items:\n';
  for (let i = 0; i < 317; i += 1) {
    yaml += `  - { id: w${i}, name: rifle, nation: DEU, kind: weapon }\n`;
    yaml += `  - { id: c${i}, name: round, nation: DEU, kind: cartridge }\n`;
  }
  await page.goto('/');
  await ready(page);
  await page.locator('#file-picker').setInputFiles({ name: 'many.yaml', mimeType: 'text/plain', buffer: Buffer.from(yaml) });
  await expect(page.getByTestId('summary')).toContainText('634 items checked', { timeout: 30_000 });
  const why = 'pairs not worked out: these 634 items make 200661 pairs to weigh, over the limit of 200000';
  await expect(page.locator('.results')).toContainText(why);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pairs' }).click();
  await expect(page.getByTestId('pairs-not-weighed')).toContainText(why);
  await expect(page.getByTestId('pairs-summary')).toContainText('634 items, 0 related pairs');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ammunition' }).click();
  await expect(page.getByTestId('pairs-not-weighed')).toContainText('check fewer items together to see their pairs.');
});

test('while a loaded text has errors, the pairs and ammunition views say so', async ({ page }) => {
  await loadMultinational(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Pairs' }).click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  await expect(page.getByTestId('input-errors')).toHaveCount(0);

  await nav.getByRole('link', { name: 'Check' }).click();
  await page.getByLabel(/Paste a spec/).fill('items: [oops');
  await nav.getByRole('link', { name: 'Pairs' }).click();
  await expect(page.getByTestId('input-errors')).toContainText('pasted has errors');
  await nav.getByRole('link', { name: 'Ammunition' }).click();
  await expect(page.getByTestId('input-errors')).toContainText('pasted has errors');

  await nav.getByRole('link', { name: 'Check' }).click();
  await page.getByLabel(/Paste a spec/).fill('');
  await nav.getByRole('link', { name: 'Pairs' }).click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  await expect(page.getByTestId('input-errors')).toHaveCount(0);
});

test('paging keeps the focus, the matrix fits a phone, and a printout shows every level', async ({ page }) => {
  await loadMultinational(page);
  await page.goto('/#/pairs');
  await ready(page);
  // the last window disables "next": the focus goes to "previous", not to the page's body
  const next = page.getByRole('button', { name: /Next 50 rows/ });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('window')).toContainText('Rows 51–55 of 55');
  await expect(page.getByRole('button', { name: /Previous 50 rows/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(next).toBeFocused();

  // a cell opened from the keyboard gives the focus to its reasons, which lead back to it
  const wrong = cell(page, 'usa-rifle-223', 'bel-ss109');
  await wrong.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#pair-heading')).toBeFocused();
  await expect(page.locator('#pair-heading')).toContainText('usa-rifle-223 × bel-ss109');
  // scrolled up to the window's top, so that the reasons below it are in view (it was left at
  // the foot of a 1366 × 768 window, the reasons below the fold)
  await expect.poll(() => page.locator('#pair-heading').evaluate((h) => h.getBoundingClientRect().top))
    .toBeLessThan(page.viewportSize().height / 3);
  await page.getByRole('button', { name: "Back to this pair's cell in the matrix" }).click();
  await expect(wrong).toBeFocused();
  // a mouse click leaves the focus on the cell
  await cell(page, 'bel-ss109', 'usa-m855').click();
  await expect(cell(page, 'bel-ss109', 'usa-m855')).toBeFocused();

  // on a phone a focused cell is seen beside the row heads, not under them
  await page.setViewportSize({ width: 375, height: 800 });
  const first = page.locator('button.cell-button').first();
  await first.focus();
  const seen = await first.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top === button || button.contains(top);
  });
  expect(seen).toBe(true);
  // the row heads wrap to a readable width, not one letter a line
  const heads = await page.locator('th.row-head').evaluateAll((all) =>
    all.slice(0, 5).map((h) => [h.getBoundingClientRect().width, h.getBoundingClientRect().height]));
  for (const [width, height] of heads) {
    expect(width).toBeGreaterThanOrEqual(80);
    expect(height).toBeLessThan(120);
  }

  // printed, the window's pairs are a list paper holds (fifty columns it does not), each once
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByTestId('printed-pairs');
  await expect(printed).toBeVisible();
  await expect(page.locator('.matrix-scroll')).toBeHidden();
  await expect(printed.locator('tr.printed-pair', { hasText: 'usa-rifle-223' }).filter({ hasText: 'bel-ss109' }))
    .toContainText('incompatible');
  await expect(printed.locator('tr.printed-pair', { hasText: 'usa-223-commercial' }).filter({ hasText: 'usa-rifle-556' }))
    .toContainText('⚠ with a warning');
  // each pair with its reasons under it (paper has no cell to open): the rule, its message,
  // its source and confidence, as the cell's reasons table has them
  const pairRows = printed.locator('tr.printed-pair');
  await expect(printed.locator('tr.printed-why')).toHaveCount(await pairRows.count());
  const why = printed.locator('tr.printed-pair', { hasText: 'usa-rifle-223' }).filter({ hasText: 'bel-ss109' })
    .locator('xpath=following-sibling::tr[1]');
  await expect(why).toHaveClass('printed-why');
  await expect(why).toContainText('FAIL · ');
  await expect(page.locator('footer.site')).toBeVisible();
});

test('items of one id in two files are told apart in the matrix, the reasons and the ammunition view', async ({ page }) => {
  await loadMultinational(page);
  await page.getByRole('button', { name: 'small-arms.yaml', exact: true }).click();
  await expect(page.locator('li.file')).toHaveCount(2);
  await page.goto('/#/pairs');
  await ready(page);
  const matrix = page.getByTestId('matrix');
  const head = (key) => matrix.locator(`th.row-head[data-key="${key}"] .item-id`);
  await expect(head('multinational.yaml#bel-ss109')).toHaveText('multinational.yaml#bel-ss109');
  const goTo = async (name) => {
    await page.getByLabel('Go to item').fill(name);
    await page.getByLabel('Go to item').press('Enter');
  };
  await goTo('bel-ss109');
  await expect(page.locator('.goto-message')).toHaveText(
    'bel-ss109 is the id of 2 items (multinational.yaml#bel-ss109, small-arms.yaml#bel-ss109); '
    + 'write file#id for another. multinational.yaml#bel-ss109 is in view. The focus is on its first pair.');
  // the focus goes to the item's first pair, in its row
  await expect(page.locator('button.cell-button:focus')).toHaveAttribute('data-a', 'multinational.yaml#bel-ss109');
  await goTo('small-arms.yaml#bel-ss109');
  await expect(page.locator('.goto-message')).toHaveText('small-arms.yaml#bel-ss109 is in view. The focus is on its first pair.');
  await expect(page.locator('button.cell-button:focus')).toHaveAttribute('data-a', 'small-arms.yaml#bel-ss109');
  await expect(head('small-arms.yaml#bel-ss109')).toHaveText('small-arms.yaml#bel-ss109');
  await page.goto('/#/ammunition');
  await ready(page);
  await expect(page.locator('tr[data-round="small-arms.yaml#bel-ss109"] .item-id').first())
    .toHaveText('small-arms.yaml#bel-ss109');
});

test('a cell whose pair passes a rule only with a warning says so, and its reasons read in the cell\'s order', async ({ page }) => {
  await loadMultinational(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pairs' }).click();
  // .223 Remington in a 5.56 mm NATO chamber: compatible, with a warning, in the cell itself
  const warned = page.locator('button.cell-button[data-a="usa-rifle-556"][data-b="usa-223-commercial"], button.cell-button[data-a="usa-223-commercial"][data-b="usa-rifle-556"]').first();
  await expect(warned).toContainText('⚠');
  await expect(warned.locator('.visually-hidden')).toContainText('compatible, with a warning');
  // a pair without a warning has no mark
  await expect(page.locator('button.cell-button[data-level="compatible"]:not(:has(.cell-warning))').first()).toBeVisible();
  // the reasons are told in the order of the cell opened: its row's item first (here the
  // round's row: the report's pair names the rifle first)
  const fromRound = page.locator('button.cell-button[data-a="usa-223-commercial"][data-b="usa-rifle-556"]');
  await fromRound.click();
  const [row, column] = ['usa-223-commercial', 'usa-rifle-556'];
  const detail = page.getByTestId('pair-detail');
  await expect(detail.locator('table caption')).toContainText(`Rules between ${row} and ${column}`);
  await expect(detail.locator('thead th').nth(2)).toContainText(row);
  await expect(detail.locator('thead th').nth(3)).toContainText(column);
});

test('a round that fits a weapon but fails its own standards is not listed as usable', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  // a rifle, a compliant round and an over-pressure round that both fit it by the pair rules
  await page.getByLabel(/Paste a spec/).fill(
    fs.readFileSync(path.join(__dirname, '..', 'tests', 'ammunition', 'lots.yaml'), 'utf8'));
  await expect(page.getByTestId('summary')).toContainText('3 items checked');
  await page.goto('/#/ammunition');
  await ready(page);
  const rifle = page.locator('section.weapon[data-weapon="rifle"]');
  await expect(rifle.getByTestId('usable-nations')).toHaveText('Rounds of DEU can be used in it.');
  const usable = rifle.locator('table.rounds[data-level="compatible"]:not([data-lot-fails])');
  await expect(usable.locator('caption')).toContainText('Can be used');
  await expect(usable.locator('tr[data-round="deu-lot-1"]')).toHaveCount(1);
  await expect(usable.locator('tr[data-round="bel-lot-3"]')).toHaveCount(0);
  const failing = rifle.locator('table.rounds[data-lot-fails="true"]');
  await expect(failing.locator('caption')).toContainText('Fit by the pair rules, but the round is itself non-compliant');
  await expect(failing.locator('tr[data-round="bel-lot-3"]')).toHaveCount(1);
  // read by round, the same
  await page.getByTestId('by-round').click();
  const table = page.getByTestId('rounds-by-round');
  await expect(table.locator('tr[data-round="deu-lot-1"] td.usable')).toHaveText('rifle (compatible)');
  await expect(table.locator('tr[data-round="bel-lot-3"] td.usable')).toContainText(
    'none while the round is itself non-compliant (see its results); by the pair rules it fits rifle (compatible');
});

test('a long item id is cut short in the matrix headings, whole in their title, and every cell can be clicked', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const longId = `deu-${'x'.repeat(120)}`;
  await page.getByLabel(/Paste a spec/).fill(`items:
  - id: ${longId}
    name: "long"
    nation: DEU
    kind: cartridge
    properties:
      cartridge: "5.56x45mm NATO"
      overall_length: "57.5 mm"
  - id: deu-g36
    name: "G36"
    nation: DEU
    kind: weapon
    properties:
      chambering: "5.56x45mm NATO"
      max_cartridge_length: "57.40 mm"
`);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  await page.getByRole('link', { name: 'Pairs' }).click();
  const matrix = page.getByTestId('matrix');
  await expect(matrix.locator(`th.col-head[data-key="${longId}"]`)).toHaveAttribute('title', `${longId} (DEU · cartridge)`);
  // the headings stay a few rem, not the length of the id
  for (const head of await matrix.locator('th.col-head, th.row-head').all()) {
    const box = await head.boundingBox();
    expect(Math.max(box.width, box.height)).toBeLessThan(320);
  }
  // a mouse click on a cell's centre reaches the cell, not a heading over it
  const cell = matrix.locator('button.cell-button').first();
  await cell.scrollIntoViewIfNeeded();
  const box = await cell.boundingBox();
  const hit = await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('button.cell-button'),
    [box.x + box.width / 2, box.y + box.height / 2]);
  expect(hit).toBe(true);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('pair-detail')).toContainText('deu-g36');
});

test('the ammunition view wraps an unbroken long id and name rather than widening the page', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const longId = `deu-${'y'.repeat(120)}`;
  await page.getByLabel(/Paste a spec/).fill(`items:
  - id: ${longId}
    name: "${'N'.repeat(120)}"
    nation: DEU
    kind: weapon
    properties:
      chambering: "5.56x45mm NATO"
      max_cartridge_length: "57.40 mm"
  - id: deu-dm11
    name: "DM11"
    nation: DEU
    kind: cartridge
    properties:
      cartridge: "5.56x45mm NATO"
      overall_length: "57.30 mm"
`);
  await expect(page.getByTestId('summary')).toContainText('2 items checked');
  await page.getByRole('link', { name: 'Ammunition' }).click();
  await expect(page.locator('section.weapon')).toHaveCount(1);
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
});

test('the matrix is one Tab stop, and the arrow keys move between its labelled cells', async ({ page }) => {
  await loadMultinational(page);
  await page.goto('/#/pairs');
  await ready(page);
  const matrix = page.getByTestId('matrix');
  await expect(matrix.locator('button.cell-button[tabindex="0"]')).toHaveCount(1);
  const first = matrix.locator('button.cell-button[tabindex="0"]');
  await first.focus();
  const start = await first.getAttribute('id');
  await page.keyboard.press('ArrowRight');
  const moved = await page.evaluate(() => document.activeElement.id);
  expect(moved).toMatch(/^cell-\d+-\d+$/);
  expect(moved).not.toBe(start);
  // the cell moved to is now the one Tab stop
  await expect(matrix.locator('button.cell-button[tabindex="0"]')).toHaveAttribute('id', moved);
  await page.keyboard.press('ArrowLeft');
  expect(await page.evaluate(() => document.activeElement.id)).toBe(start);
  // down and up keep the column: to the next labelled cell below (above) in it, if any
  await page.keyboard.press('ArrowDown');
  const below = await page.evaluate(() => document.activeElement.id);
  expect(below).toBe(await nextInColumn(matrix, start, 1));
  // Enter opens the cell's reasons, as before
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pair-detail')).toBeVisible();

  // Page Down reaches every row that has a pair, however the related items lie in blocks
  // (vehicles with bridges, rifles with rounds), not only the first block's
  const rowsWithPairs = await matrix.locator('tbody tr:has(button.cell-button)').count();
  expect(rowsWithPairs).toBeGreaterThan(10);
  await matrix.locator('button.cell-button').first().focus();
  const rowsSeen = new Set();
  for (let n = 0; n < rowsWithPairs + 2; n++) {
    rowsSeen.add((await page.evaluate(() => document.activeElement.id)).split('-')[1]);
    await page.keyboard.press('PageDown');
  }
  expect(rowsSeen.size).toBe(rowsWithPairs);
  // at the last such row a key moves nothing, and scrolls nothing out of sight
  const scrolled = () => page.locator('.matrix-scroll').evaluate((e) => [e.scrollTop, e.scrollLeft, window.scrollY]);
  const before = await scrolled();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  expect(await scrolled()).toEqual(before);
  // a screen reader is told it is a grid, and how to move in it
  await expect(matrix).toHaveAttribute('role', 'grid');
  await expect(matrix).toHaveAttribute('aria-describedby', 'matrix-keys');
  await expect(page.locator('#matrix-keys')).toContainText('arrow keys');
  await expect(page.locator('#matrix-keys')).toContainText('Page Down');
});

/** The id of the labelled cell the next (`step` 1) or previous (-1) of the matrix's rows has in
 * the column of the cell `id`, or `id` itself where none has one. */
async function nextInColumn(matrix, id, step) {
  return matrix.evaluate((m, [id, step]) => {
    const column = id.split('-')[2];
    const inColumn = [...m.querySelectorAll('button.cell-button')].filter((b) => b.id.split('-')[2] === column);
    const at = inColumn.findIndex((b) => b.id === id);
    const next = inColumn[at + step];
    return next ? next.id : id;
  }, [id, step]);
}

test('up and down keep the column, skipping the cells with no pair; left and right keep the row', async ({ page }) => {
  await loadMultinational(page);
  await page.goto('/#/pairs');
  await ready(page);
  const matrix = page.getByTestId('matrix');
  const at = () => page.evaluate(() => [document.activeElement.dataset.a, document.activeElement.dataset.b]);
  // a bridge's row, another bridge's column: the row above is that bridge itself (no cell), and
  // has cells in other columns (the tank's); up skips it to the low-bed trailer, in the same
  // column, never to a cell of another column
  await cell(page, 'pol-bridge-80', 'gbr-bridge-60').focus();
  await page.keyboard.press('ArrowUp');
  expect(await at()).toEqual(['pol-lowbed', 'gbr-bridge-60']);
  await page.keyboard.press('ArrowDown');
  expect(await at()).toEqual(['pol-bridge-80', 'gbr-bridge-60']);
  // with no labelled cell above in the column (nothing above the trailer relates to the tank),
  // up moves nothing
  await cell(page, 'deu-trailer', 'deu-tank').focus();
  await page.keyboard.press('ArrowUp');
  expect(await at()).toEqual(['deu-trailer', 'deu-tank']);
  // across every labelled cell of the window: each arrow keeps the row or the column
  const ids = await matrix.locator('button.cell-button').evaluateAll((all) => all.map((b) => b.id));
  for (const id of ids.filter((_, n) => n % 7 === 0)) {
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
      await page.locator(`#${id}`).focus();
      await page.keyboard.press(key);
      const [, row, column] = (await page.evaluate(() => document.activeElement.id)).split('-');
      const [, fromRow, fromColumn] = id.split('-');
      if (key === 'ArrowUp' || key === 'ArrowDown') {
        expect(column, `${key} from ${id}`).toBe(fromColumn);
      } else {
        expect(row, `${key} from ${id}`).toBe(fromRow);
      }
    }
  }
});

test('on a 375 px screen the legend and the controls fold, and a pair\'s reasons reflow', async ({ page }) => {
  await loadMultinational(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/#/pairs');
  await ready(page, 'Pairs');
  // folded: the matrix starts within about a screen of the top
  const legend = page.getByTestId('legend');
  const options = page.locator('details.matrix-options');
  expect(await legend.evaluate((d) => d.open)).toBe(false);
  expect(await options.evaluate((d) => d.open)).toBe(false);
  await expect(page.getByTestId('pair-notices-box').locator('summary'))
    .toHaveText('3 figures left unstated leave several pairs unknown');
  expect(await page.getByTestId('pair-notices-box').evaluate((d) => d.open)).toBe(false);
  const top = (selector) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
  expect(await top('.matrix-scroll') - await top('main#main h1')).toBeLessThan(800);
  // each opens on a click, and says what it says on a wide screen
  await legend.locator('summary').click();
  await expect(legend.getByTestId('legend-warning')).toBeVisible();
  await options.locator('summary').click();
  await expect(page.getByLabel('Rows:')).toBeVisible();

  // a pair's reasons are a block each, their cells labelled, the caption whole
  // (from the keyboard: on a phone the sticky row heads may lie over a cell scrolled to)
  await cell(page, 'usa-rifle-223', 'bel-ss109').focus();
  await page.keyboard.press('Enter');
  const reasons = page.getByTestId('pair-detail').locator('table.reasons');
  await expect(reasons).toContainText('PAIR/chambering');
  expect(await reasons.evaluate((t) => getComputedStyle(t).display)).toBe('block');
  await expect(reasons.locator('thead')).toBeHidden();
  const caption = reasons.locator('caption');
  await expect(caption).toContainText('Rules between');
  const [captionScroll, captionClient] = await caption.evaluate((c) => [c.scrollWidth, c.clientWidth]);
  expect(captionScroll).toBeLessThanOrEqual(captionClient);
  await expect(reasons.locator('td.source').first()).toHaveAttribute('data-label', 'Source');
  await expect(reasons.locator('td.value').first()).toHaveAttribute('data-label', /^Value of /);
  // nothing in the reasons scrolls sideways
  const [scroll, client] = await page.getByTestId('pair-detail').locator('.table-scroll').first()
    .evaluate((e) => [e.scrollWidth, e.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);

  // on a wide screen both are open, as they were
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await ready(page, 'Pairs');
  await expect(page.getByTestId('legend').getByTestId('legend-warning')).toBeVisible();
  expect(await page.locator('details.matrix-options').evaluate((d) => d.open)).toBe(true);
  await expect(page.getByLabel('Rows:')).toBeVisible();
});

test('on a 1366×768 laptop the legend and the unstated figures fold, so the matrix starts on the screen', async ({ page }) => {
  await loadMultinational(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/pairs');
  await ready(page, 'Pairs');
  expect(await page.getByTestId('legend').evaluate((d) => d.open)).toBe(false);
  expect(await page.getByTestId('pair-notices-box').evaluate((d) => d.open)).toBe(false);
  // the controls stay open: they are short, and used
  expect(await page.locator('details.matrix-options').evaluate((d) => d.open)).toBe(true);
  const top = await page.locator('.matrix-scroll').evaluate((e) => e.getBoundingClientRect().top);
  expect(top).toBeLessThan(768);
  await page.getByTestId('legend').locator('summary').click();
  await expect(page.getByTestId('legend').getByTestId('legend-warning')).toBeVisible();
});

test('the matrix keeps its kinds and open pair over other views and a reload', async ({ page }) => {
  await loadMultinational(page);
  await page.goto('/#/pairs');
  await ready(page);
  await page.getByLabel('Rows:').selectOption('weapon');
  await page.getByLabel('Columns:').selectOption('cartridge');
  await cell(page, 'usa-rifle-223', 'bel-ss109').click();
  await expect(page.locator('#pair-heading')).toContainText('usa-rifle-223 × bel-ss109');
  const kept = async () => {
    await expect(page.getByLabel('Rows:')).toHaveValue('weapon');
    await expect(page.getByLabel('Columns:')).toHaveValue('cartridge');
    await expect(page.getByTestId('matrix').locator('th.row-head[data-key="bel-ss109"]')).toHaveCount(0);
    await expect(page.locator('#pair-heading')).toContainText('usa-rifle-223 × bel-ss109');
    await expect(cell(page, 'usa-rifle-223', 'bel-ss109')).toHaveAttribute('aria-current', 'true');
  };
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
  await expect(page.getByTestId('summary')).toContainText(/items? checked/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pairs' }).click();
  await kept();
  await page.reload();
  await ready(page);
  await kept();
  // back to every kind
  await page.getByLabel('Rows:').selectOption('');
  await expect(page.getByTestId('matrix').locator('th.row-head[data-key="bel-ss109"]')).toHaveCount(1);
});

test('on a 320 px screen the pairs and ammunition views do not scroll sideways', async ({ page }) => {
  await loadMultinational(page);
  await page.setViewportSize({ width: 320, height: 700 });
  for (const view of ['/#/pairs', '/#/ammunition']) {
    await page.goto(view);
    await ready(page);
    await expect(page.locator('h1')).toBeVisible();
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, view).toBeLessThanOrEqual(client);
  }
});
