/**
 * The pages the extension runs on hear nothing from it: no `postMessage` reaches their window. WXT's
 * content-script context used to announce itself with one (`<extension id>:…:wxt:content-script-started`),
 * which handed every Zoom and booking page the extension's id and reached the page's own message listeners;
 * the content scripts opt out (`noScriptStartedPostMessage`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_PATH, test, expect } from './harness';
import { BOOKING_TENANT, serveBooking, serveZoom, readRosterFromBooking } from './scenario';

type Heard = { __zaaHeard?: string[] };

/** Before any script of the page runs: every message event its window receives, as text. */
async function listenForMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as Heard).__zaaHeard = heard;
    window.addEventListener('message', (event) => {
      let data: string;
      try {
        data = JSON.stringify(event.data);
      } catch {
        data = String(event.data);
      }
      heard.push(`${event.origin} ${data}`);
    });
  });
}

const heardBy = (page: Page) => page.evaluate(() => [...((window as Heard).__zaaHeard ?? [])]);

/** The page's own message arrives: the listener works, so an empty list means the extension sent none. */
async function expectOnlyOwnMessage(page: Page, extensionId: string): Promise<void> {
  // The extension's scripts have run (its panel is there); give a late announcement time to land.
  await page.waitForTimeout(500);
  await page.evaluate(() => window.postMessage({ probe: 'page' }, '*'));
  const own = `${new URL(page.url()).origin} {"probe":"page"}`;
  await expect.poll(() => heardBy(page)).toContain(own);
  const heard = await heardBy(page);
  expect(heard.join('\n')).not.toContain(extensionId);
  expect(heard).toEqual([own]);
}

test.describe('the page hears nothing from the extension', () => {
  test('Zoom Users page: the overlay runs and no message reaches the page', async ({ context, extensionId }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-en-table.html');
    const page = await context.newPage();
    await listenForMessages(page);
    await page.goto('https://zoom.us/account/user#/');
    await expect(page.getByTestId('zaa-panel')).toBeVisible();
    await expect(page.getByTestId('zaa-row-badge').first()).toBeVisible();
    await expectOnlyOwnMessage(page, extensionId);
  });

  test('booking resource list, and a booking page where the extension stays asleep: no message', async ({
    context,
    extensionId,
  }) => {
    await serveBooking(context);
    const page = await context.newPage();
    await listenForMessages(page);
    await page.goto(`${BOOKING_TENANT}/admin/zasoby`);
    await expect(page.getByTestId('zaa-resource')).toHaveCount(11);
    await expectOnlyOwnMessage(page, extensionId);

    // The content script runs here too (it watches for the resource list) but shows nothing.
    await page.goto(`${BOOKING_TENANT}/kalendarz`);
    await page.waitForTimeout(700);
    await expect(page.getByTestId('zaa-panel')).toHaveCount(0);
    await expectOnlyOwnMessage(page, extensionId);
  });
});

test('no script the pages run holds a postMessage call: the content scripts and every overlay they load', () => {
  const pageScripts = [
    ...readdirSync(path.join(EXTENSION_PATH, 'content-scripts')).map((file) => `content-scripts/${file}`),
    ...readdirSync(EXTENSION_PATH).filter((file) => file.endsWith('.js') && file !== 'background.js'),
  ].filter((file) => file.endsWith('.js'));
  // The content scripts and the six lazily loaded overlays (zoom-overlay, booking-overlay, …).
  expect(pageScripts.length).toBeGreaterThanOrEqual(8);
  const calling = pageScripts.filter((file) => /postMessage\s*\(/.test(readFileSync(path.join(EXTENSION_PATH, file), 'utf8')));
  expect(calling).toEqual([]);
});
