/**
 * A development build (NODE_ENV=development: `wxt dev`, or a build started from vite-node such as
 * `npm run demo`) works like the release build. It imports Preact's development entry points
 * (jsx-dev-runtime, preact/debug) and is built unminified: the modules loaded after the first paint,
 * which take part of what they run from the overlay, once crashed there (the panels' opened part, and
 * the demo stopped at its first page). Builds its own copy in a folder of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { test as base, expect, collectPageErrors, launchWithExtension } from './harness';
import { BOOKING_TENANT, expandPanel, serveBooking, serveZoom } from './scenario';
import { scenarioBackup, seedStore } from './seed';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'zaa-dev-build-'));
const extension = path.join(outDir, 'chrome-mv3');

// The harness's fixtures, with the development build loaded instead of the release one.
const test = base.extend<{ context: BrowserContext }>({
  context: async ({ uiLanguage }, use) => {
    const context = await launchWithExtension({ extension, uiLanguage });
    await use(context);
    await context.close();
  },
});

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(180_000);
  const run = spawnSync('npx', ['wxt', 'build'], {
    env: { ...process.env, NODE_ENV: 'development', WXT_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`development build failed:\n${run.stdout}\n${run.stderr}`);
});

test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('it is a development build: the opened panel renders with jsxDEV', () => {
  // jsxDEV hands each element its place in the source.
  expect(readFileSync(path.join(extension, 'zoom-drawer.js'), 'utf8')).toContain('lineNumber:');
});

test('Zoom: badges, the bar and the opened panel with its list, no error on the page', async ({ context, extensionId }) => {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  await seedStore(extensionPage, scenarioBackup({ zoom: 'complete' }));
  await extensionPage.close();
  await serveZoom(context, 'users-en-table.html');
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto('https://zoom.us/account/user#/');
  await expect(page.getByTestId('zaa-row-badge').first()).toBeVisible();
  await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
  await expandPanel(page);
  await expect(page.getByTestId('zaa-steps')).toBeVisible();
  expect(errors).toEqual([]);
});

test('booking: badges and the opened panel with its list, no error on the page', async ({ context }) => {
  await serveBooking(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${BOOKING_TENANT}/admin/zasoby`);
  await expect(page.getByTestId('zaa-row-badge').first()).toBeVisible();
  await expect(page.getByTestId('zaa-resource')).toHaveCount(11);
  await expandPanel(page);
  await expect(page.getByTestId('zaa-steps')).toBeVisible();
  expect(errors).toEqual([]);
});
