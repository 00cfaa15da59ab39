// Page benchmarks in headless Chromium (run by scripts/bench.sh; a benchmark, never a test):
// bytes a browser transfers (raw, gzip, brotli) for the page and for the bare Leptos counter,
// cold load to first interactive render (median of RUNS, both measured in this run, timed in the page), and the
// longest main-thread task while the page checks a pasted 100-item spec.
// Prints one JSON object on stdout.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const RUNS = Number(process.env.RUNS || 11);
const root = new URL('..', import.meta.url).pathname;
const sites = {
  page: { dir: join(root, 'dist'), port: 8811, ready: 'textarea', worker: true },
  counter: { dir: join(root, 'benches/counter/dist'), port: 8812, ready: '#count' },
};

function sizes(dir) {
  const out = { raw: 0, gzip: 0, brotli: 0, files: {} };
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // the single-file page is an alternative to dist/, not part of what a host serves
    if (!statSync(path).isFile() || name === 'stanag-check.html') continue;
    const bytes = readFileSync(path);
    const entry = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    out.files[name] = entry;
    for (const k of ['raw', 'gzip', 'brotli']) out[k] += entry[k];
  }
  return out;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// The user's own catalogue files, kept in the browser as the page keeps them (ui::local_catalogue):
// a page with them reads and checks them at start-up, beside the built-in catalogue.
const KEPT_CATALOGUE = JSON.stringify(['nat-1.toml', 'stanag-1135.toml']
  .map((name) => [name, readFileSync(join(root, 'tests', 'local', name), 'utf8')]));

// Each run in a new browser context (an empty cache): the cold load, then, in the same context, a
// second visit after the first has settled (its HTTP cache, the page's service worker and the
// browser's cache of compiled WebAssembly in place), as a person opening the page again would.
// `kept`: the page opens with the user's own catalogue files in its storage.
async function loadTimes(browser, site, { kept = false, repeat = false } = {}) {
  const cold = [], again = [], phases = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    // Timed in the page, not by the harness (whose round trips would add to both sides): the
    // start of the first frame that draws the ready element, from the start of navigation.
    await context.addInitScript(([selector, files]) => {
      if (files) localStorage.setItem('stanag-check.catalogue.v1', files);
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__ready = performance.now(); });
      }).observe(document, { childList: true, subtree: true });
    }, [site.ready, kept ? KEPT_CATALOGUE : null]);
    const visit = async () => {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${site.port}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30_000 });
      const ms = await page.evaluate(() => window.__ready);
      // where the time went: the wasm fetched, then the page's own marks (ui::browser::mark)
      phases.push(await page.evaluate(() => {
        const at = (name) => performance.getEntriesByName(`stanag-check:${name}`)[0]?.startTime;
        const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
        return { fetched: wasm?.responseEnd, start: at('start'), catalogue: at('catalogue'), drawn: at('drawn'), ready: window.__ready };
      }));
      if (repeat) {
        // the page's service worker has taken its files (the counter has none), and the
        // browser has had time to cache the code it compiled
        if (site.worker) await page.evaluate(() => navigator.serviceWorker.ready);
        await page.waitForTimeout(2000);
      }
      await page.close();
      return ms;
    };
    cold.push(await visit());
    if (repeat) again.push(await visit());
    await context.close();
  }
  return { cold, again, phases };
}

// `blocked`: the page never sees the input event, so what is left is the browser's own work of
// taking the pasted text into the text area and laying it out: the baseline for the paste.
async function longestTask(browser, blocked) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${sites.page.port}/`);
  await page.waitForSelector('textarea');
  // a person reads the page before pasting; by then the page has done its start-up work
  await page.waitForTimeout(1000);
  if (blocked) await page.evaluate(() => document.addEventListener('input', (e) => e.stopImmediatePropagation(), true));
  const example = readFileSync(join(root, 'examples/small-arms.yaml'), 'utf8');
  const body = example.split('items:\n')[1];
  let spec = 'items:\n';
  for (let k = 0; spec.split('\n  - id: ').length - 1 < 100; k++) spec += body.replaceAll('  - id: ', `  - id: k${k}-`);
  await page.evaluate(() => {
    window.__longest = 0;
    window.__longestAt = null;
    window.__marked = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.duration > window.__longest) {
          window.__longest = e.duration;
          window.__longestAt = e.startTime;
        }
      }
    }).observe({ type: 'longtask', buffered: false });
  });
  const started = Date.now();
  // what a paste does: the whole text lands at once, one input event
  await page.evaluate((text) => {
    const area = document.querySelector('textarea');
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, spec);
  if (blocked) {
    // two frames: the text area is laid out and painted as it would be for the page
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(500);
  } else {
    await page.waitForFunction(() => parseInt(document.querySelector('[data-testid=summary]')?.innerText ?? '0', 10) >= 100, null, { timeout: 60_000 });
    // and every card of the report's first page drawn (they come a few a frame)
    await page.waitForSelector('[data-testid=report][aria-busy=false] .item-cards[aria-busy=false]', { timeout: 60_000 });
  }
  const elapsed = Date.now() - started;
  // the step of the check the longest task belongs to: the page marks each step's start
  // (ui::browser::mark: parse, check, report = pairing, show); a task after `show` draws
  const { longest, step } = await page.evaluate(() => {
    const marks = performance.getEntriesByType('mark')
      .filter((m) => m.startTime >= window.__marked && m.name.startsWith('stanag-check:'));
    const at = window.__longestAt;
    const before = at === null ? [] : marks.filter((m) => m.startTime <= at + 1);
    const last = before.length ? before[before.length - 1].name.slice('stanag-check:'.length) : null;
    const named = { parse: 'parsing', check: 'checking', report: 'pairing', show: 'drawing' };
    return { longest: window.__longest, step: at === null ? null : (named[last] ?? 'taking the text') };
  });
  await context.close();
  return { items: spec.split('\n  - id: ').length - 1, paste_to_verdicts_ms: elapsed, longest_task_ms: longest, longest_step: step };
}

const servers = Object.values(sites).map((s) =>
  spawn('python3', ['-m', 'http.server', String(s.port), '--bind', '127.0.0.1', '--directory', s.dir], { stdio: 'ignore' }));
await new Promise((r) => setTimeout(r, 1000));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const result = { runs: RUNS, size: {}, load_ms: {} };
  for (const [name, site] of Object.entries(sites)) result.size[name] = sizes(site.dir);
  // interleave so both see the same machine load
  const page = [], counter = [], kept = [], pageAgain = [], counterAgain = [], phases = [];
  for (let round = 0; round < 2; round++) {
    const cold = await loadTimes(browser, sites.page);
    page.push(...cold.cold);
    phases.push(...cold.phases);
    counter.push(...(await loadTimes(browser, sites.counter)).cold);
    kept.push(...(await loadTimes(browser, sites.page, { kept: true })).cold);
  }
  for (let round = 0; round < 2; round++) {
    const p = await loadTimes(browser, sites.page, { repeat: true });
    const c = await loadTimes(browser, sites.counter, { repeat: true });
    pageAgain.push(...p.again);
    counterAgain.push(...c.again);
  }
  result.load_ms = {
    page: median(page),
    counter: median(counter),
    page_with_kept_catalogue: median(kept),
    page_again: median(pageAgain),
    counter_again: median(counterAgain),
  };
  // a cold load's parts, each the median of its own length: the wasm (and the files beside it)
  // fetched; compiled, started and its glue run until the page's code starts; the built-in
  // catalogue read; the first view built; and drawn on screen
  const part = (from, to) => median(phases
    .filter((p) => (from === null || p[from] !== undefined) && p[to] !== undefined)
    .map((p) => p[to] - (from === null ? 0 : p[from])));
  result.load_parts_ms = {
    fetched: part(null, 'fetched'),
    started: part('fetched', 'start'),
    catalogue: part('start', 'catalogue'),
    built: part('catalogue', 'drawn'),
    drawn: part('drawn', 'ready'),
  };
  // the median of five pastes each way, alternating, so both see the same machine load
  const pastes = [], baselines = [];
  for (let i = 0; i < 5; i++) {
    pastes.push(await longestTask(browser, false));
    baselines.push(await longestTask(browser, true));
  }
  const mid = (runs, key) => median(runs.map((r) => r[key]));
  result.paste = {
    items: pastes[0].items,
    paste_to_verdicts_ms: mid(pastes, 'paste_to_verdicts_ms'),
    longest_task_ms: mid(pastes, 'longest_task_ms'),
    browser_only_longest_task_ms: mid(baselines, 'longest_task_ms'),
    // in which step of the check each paste's longest task fell
    longest_steps: pastes.map((r) => r.longest_step),
  };
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}
