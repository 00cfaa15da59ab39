// The page kept for offline use (web/sw.js): after one visit it opens and checks with no network,
// the copy it keeps is the build's, and a new build replaces it with a word to the user.
const { test, expect, example, ready, root, guard } = require('./fixtures');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const dist = path.join(root, 'dist');

/** Waits until a service worker serves this page (it claims the page that registered it). */
async function kept(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/**
 * Serves `dir` on a free port of 127.0.0.1; resolves to [origin, stop]. While `dir` holds a file
 * named `.slow`, the wasm is sent only after two seconds, as over a slow network.
 */
function serve(dir) {
  const server = spawn('python3', ['-u', '-c', SERVER, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let said = '';
    server.stdout.on('data', (chunk) => {
      said += chunk;
      const port = said.match(/port (\d+)/);
      if (port) resolve([`http://127.0.0.1:${port[1]}`, () => server.kill()]);
    });
    server.on('exit', () => reject(new Error(`the server stopped: ${said}`)));
  });
}

const SERVER = `
import functools, http.server, os, sys, time
root = sys.argv[1]
class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        if self.path.endswith(".wasm") and os.path.exists(os.path.join(root, ".slow")):
            time.sleep(2)
        super().do_GET()
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
print("port", server.server_address[1], flush=True)
server.serve_forever()
`;

test('after one visit the page opens, checks and shows the catalogue with no network', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  await kept(page);
  await page.getByRole('button', { name: 'small-arms.yaml' }).click();
  await expect(page.getByTestId('summary')).toContainText('11 items checked');

  await context.setOffline(true);
  // the page itself and its files come from the kept copy: without it this reload fails
  const response = await page.reload();
  expect(response.fromServiceWorker()).toBe(true);
  await ready(page);
  await expect(page.getByTestId('summary')).toContainText('11 items checked');
  // it still checks what is typed
  await page.getByLabel(/Paste a spec/).fill(example('vehicles.toml'));
  await expect(page.getByTestId('summary')).toContainText('23 items checked');
  await expect(page.getByTestId('paste-errors')).toBeEmpty();
  // and opens a view by its address, as a result link does
  await page.goto('/#/catalogue/stanag-4172');
  await ready(page);
  await expect(page.locator('h1')).toContainText('STANAG 4172');
  await context.setOffline(false);
});

test('the kept copy is the build: every file the page loads, named by their hash', async () => {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const files = JSON.parse(sw.match(/^const FILES = (\[.*\]);$/m)[1]);
  // every file a host serves for the page, the page itself as "./" (the single file is for disk)
  const served = fs.readdirSync(dist)
    .filter((f) => !['sw.js', 'stanag-check.html'].includes(f))
    .map((f) => (f === 'index.html' ? './' : f));
  expect([...files].sort()).toEqual(served.sort());
  // the hash of those files, as scripts/build.sh writes it
  const hash = crypto.createHash('sha256');
  for (const f of ['index.html', 'boot.js', 'stanag-check.js', 'stanag-check_bg.wasm', 'main.css']) {
    hash.update(fs.readFileSync(path.join(dist, f)));
  }
  expect(sw).toContain(`const BUILD = "${hash.digest('hex').slice(0, 16)}";`);
});

test('a new build replaces the kept copy, and the open page offers a reload', async ({ browser }) => {
  // a host of its own, whose files the test changes as a new release would
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stanag-check-sw-'));
  for (const f of fs.readdirSync(dist)) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
  const [origin, stop] = await serve(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  const verify = guard(page, origin);
  try {
    await page.goto(`${origin}/`);
    await ready(page);
    await kept(page);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);
    const release = page.locator('meta[name="release"]');
    await expect(release).toHaveCount(0);
    // no notice on the first visit: nothing was replaced
    await expect(page.locator('#update-notice')).toHaveCount(0);

    // the next release
    const index = path.join(dir, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<title>', '<meta name="release" content="next">\n  <title>'));
    const sw = path.join(dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const BUILD = "[0-9a-f]+";/, 'const BUILD = "0000000000000001";'));
    // and a slow network: the new build is still installing when the page has started
    fs.writeFileSync(path.join(dir, '.slow'), '');
    // the page asks for a new build as it starts, not only when the browser next looks
    await page.addInitScript(() => {
      const update = ServiceWorkerRegistration.prototype.update;
      window.updateAsked = 0;
      ServiceWorkerRegistration.prototype.update = function () {
        window.updateAsked += 1;
        return update.call(this);
      };
    });

    // the page opens at once from the copy it has; the new build installs beside it and waits
    await page.reload();
    await ready(page);
    await expect(release).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.updateAsked)).toBeGreaterThan(0);
    const notice = page.locator('#update-notice');
    // the new build fetches every file before it says so: the time a slow network takes
    await expect(notice).toContainText('A newer version of stanag-check is installed', { timeout: 20_000 });
    await expect(notice).toHaveAttribute('role', 'status');
    const keys = () => page.evaluate(() => caches.keys());
    expect(await keys()).toHaveLength(2);

    // taken: every file of the reload is of the new build, and the old copy goes
    await notice.getByRole('button', { name: 'Reload now' }).click();
    await expect(release).toHaveAttribute('content', 'next');
    await ready(page);
    await expect(page.locator('#update-notice')).toHaveCount(0);
    await expect.poll(keys).toEqual([`stanag-check ${origin}/ 0000000000000001`]);
    await verify();
  } finally {
    await context.close();
    stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
