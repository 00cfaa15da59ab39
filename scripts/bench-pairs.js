// Times the pairing of N items (default 1,000) in the release page's own WebAssembly, in headless
// Chromium: imports the page's wasm-bindgen module (already started by the page) and calls its
// `bench_pairs` export. Prints each run in ms and the median. A benchmark, not a test.
// Usage: node scripts/bench-pairs.js [N] [RUNS]   (expects dist/ built; scripts/bench-pairs.sh does it)
const { chromium } = require('@playwright/test');
const { spawn } = require('child_process');
const path = require('path');
const http = require('http');

const n = Number(process.argv[2] || 1000);
const runs = Number(process.argv[3] || 7);
const port = Number(process.env.BENCH_PORT || 8767);
const root = path.resolve(__dirname, '..');

function waitForServer(url, tries = 50) {
  return new Promise((resolve, reject) => {
    const attempt = (left) => {
      http.get(url, (res) => { res.resume(); resolve(); })
        .on('error', () => (left > 0 ? setTimeout(() => attempt(left - 1), 100) : reject(new Error(`no server at ${url}`))));
    };
    attempt(tries);
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

(async () => {
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1',
    '--directory', path.join(root, 'dist')], { stdio: 'ignore' });
  let browser;
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForServer(url);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('main#main h1').waitFor();
    const result = await page.evaluate(async ([n, runs]) => {
      const module = await import(new URL('stanag-check.js', location.href).href);
      // One run first, not counted: the first call also warms the allocator and the JIT tiers.
      module.bench_pairs(n, 1);
      return Array.from(module.bench_pairs(n, runs));
    }, [n, runs]);
    const pairs = result.pop();
    const med = median(result);
    console.log(`browser (release wasm, Chromium): pairs of ${n} items: ${pairs} related pairs`);
    console.log(`  runs (ms): ${result.map((t) => t.toFixed(1)).join(', ')}`);
    console.log(`  median: ${med.toFixed(1)} ms`);
    console.log(`BROWSER_MEDIAN_MS=${med.toFixed(3)}`);
  } finally {
    if (browser) await browser.close();
    server.kill();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
