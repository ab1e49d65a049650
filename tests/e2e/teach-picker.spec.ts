/**
 * The teach picker alone in Chromium (no extension): real pointer clicks and keys on a teach
 * fixture, to prove what happy-dom cannot: links are not followed and no page handler runs
 * while a click step is active. The module is bundled with esbuild and injected into the page.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import path from 'node:path';
import { fixture } from '../support/serve';

const PICKER = buildSync({
  entryPoints: [path.resolve('utils/teach/picker.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'TeachPicker',
}).outputFiles[0].text;

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
});
test.afterAll(async () => browser.close());

async function open(): Promise<Page> {
  const page = await browser.newPage();
  await page.route('https://zoom.us/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('teach/users-cards.html') }),
  );
  await page.goto('https://zoom.us/account/user#/');
  await page.addScriptTag({ content: PICKER });
  // What the picker chose, described without holding the element.
  await page.evaluate(() => {
    const w = window as unknown as {
      TeachPicker: typeof import('../../utils/teach/picker');
      __pick: () => void;
      __result?: string;
    };
    w.__pick = () => {
      w.__result = undefined;
      const host = document.getElementById('prompt-host') ?? undefined;
      void w.TeachPicker.pickElement({ ignore: host ? [host] : [] }).then((result) => {
        w.__result =
          result.kind === 'picked'
            ? `${result.element.tagName.toLowerCase()}.${result.element.className}:${result.element.textContent}`
            : `cancelled:${result.reason}`;
      });
    };
  });
  return page;
}

const result = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __result?: string }).__result).then((h) => h.jsonValue());
const clicks = (page: Page) => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);

test('a real click on a link inside a card is taken by the picker: no navigation, no page handler', async () => {
  const page = await open();
  await page.evaluate(() => (window as unknown as { __pick(): void }).__pick());
  const link = page.locator('#panel-users .person-open').nth(1);
  await link.hover();
  const outline = page.locator('zaa-teach-highlight .zaa-teach-outline');
  await expect(outline).toBeVisible();
  const box = await link.boundingBox();
  const drawn = await outline.boundingBox();
  expect(Math.abs(drawn!.x - box!.x)).toBeLessThan(2);
  expect(Math.abs(drawn!.width - box!.width)).toBeLessThan(2);
  await link.click();
  expect(await result(page)).toBe('a.person-open:Open');
  expect(await clicks(page)).toBe(0);
  expect(new URL(page.url()).hash).toBe('#/');
  await expect(page.locator('zaa-teach-highlight')).toHaveCount(0);
  // Over: the page has its clicks back.
  await link.click();
  expect(await clicks(page)).toBeGreaterThan(0);
  expect(new URL(page.url()).hash).toBe('#/user/2');
  await page.close();
});

test('by keyboard: Tab to a page element, Enter chooses it unseen by the page; Escape cancels', async () => {
  const page = await open();
  await page.evaluate(() => (window as unknown as { __pick(): void }).__pick());
  const target = page.locator('#panel-users .person-open').first();
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await expect(page.locator('zaa-teach-highlight .zaa-teach-outline')).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await result(page)).toBe('a.person-open:Open');
  expect(new URL(page.url()).hash).toBe('#/');
  expect(await clicks(page)).toBe(0);

  await page.evaluate(() => (window as unknown as { __pick(): void }).__pick());
  await page.keyboard.press('Escape');
  expect(await result(page)).toBe('cancelled:escape');
  await page.close();
});

test("the extension's own prompt keeps working during a click step", async () => {
  const page = await open();
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'prompt-host';
    host.style.cssText = 'position:fixed;top:0;right:0;z-index:2147483647';
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = 'Skip';
    button.addEventListener('click', () => ((window as unknown as { __skipped: boolean }).__skipped = true));
    root.append(button);
    document.body.append(host);
    (window as unknown as { __pick(): void }).__pick();
  });
  await page.locator('#prompt-host button').click();
  expect(await page.evaluate(() => (window as unknown as { __skipped?: boolean }).__skipped)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __result?: string }).__result)).toBeUndefined();
  await page.close();
});
