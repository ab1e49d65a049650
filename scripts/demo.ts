/**
 * `npm run demo`: the whole story without a Zoom or booking account.
 * Builds the extension, opens Chromium with it, serves the built-in demo pages (the same fixtures
 * the tests use) at their real URLs, and walks through: read the roster from the booking settings
 * → the Zoom Users and Pending tabs → prefill Zoom's Add Users dialog → statuses back in the
 * booking settings → the popup. On the way it checks that the misspelled address (iwona.dabrowsak@…,
 * next to Zoom's iwona.dabrowska@…) gets the probable-typo notice and is not prefilled. Without a
 * display it runs headless, saves screenshots to docs/screenshots/ and prints what it saw; with a
 * display it leaves the browser open to explore.
 *
 * The shots of the pages (not of the popup) are also saved at the stores' size, 1280×800, into
 * docs/store/screenshots/, with the welcome page the extension opens on install.
 *
 * Options: --headless (even with a display), --no-build, --lang=pl|en, --out=<folder>, --store-out=<folder>.
 */
import type { Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../tests/support/launch';
import { DEMO_BOOKING_LIST, demoZoomUsers, seeEveryZoomPage, serveDemo, waitForPage } from './demo-site';
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'] as const;
  }),
);
const headless = args.has('headless') || !process.env.DISPLAY;
const lang = args.get('lang') === 'pl' ? 'pl' : 'en';
const outDir = path.resolve(args.get('out') ?? 'docs/screenshots');
const storeDir = path.resolve(args.get('store-out') ?? 'docs/store/screenshots');
/** Chrome Web Store and Edge Add-ons take 1280×800 (or 640×400); AMO takes any size. */
const STORE_SIZE = { width: 1280, height: 800 };
const extensionDir = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
/** The demo roster's misspelled address and the Zoom user it is one typo from (tests/fixtures/SCENARIO.md). */
const DEMO_TYPO = { booking: 'iwona.dabrowsak@salon-ania.pl', zoom: 'iwona.dabrowska@salon-ania.pl' };

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function statusesIn(page: Page, testId: 'zaa-resource' | 'zaa-employee'): Promise<string[]> {
  return page.getByTestId(testId).evaluateAll((items) =>
    items.map((item) => {
      const days = item.getAttribute('data-days-left');
      const suggestion = item.getAttribute('data-suggestion');
      const email = item.getAttribute('data-email') || '(no email)';
      const dayNote = days === null ? '' : Number(days) > 0 ? `${days} days left` : `expired ${-Number(days)} days ago`;
      const extra = [dayNote, suggestion ? `did you mean ${suggestion}` : ''].filter(Boolean).join(', ');
      return `${item.getAttribute('data-status')?.padEnd(13)} ${item.getAttribute('data-name')} <${email}>${extra ? ` (${extra})` : ''}`;
    }),
  );
}

async function shot(page: Page, name: string, options: { store?: boolean } = {}): Promise<void> {
  const file = path.join(outDir, `${lang}-${name}.png`);
  await page.screenshot({ path: file });
  say(`  screenshot: ${path.relative(process.cwd(), file)}`);
  if (options.store) await storeShot(page, name);
}

/** The top 1280×800 of the page (the demo's window is 1280 wide and a little taller). */
async function storeShot(page: Page, name: string): Promise<void> {
  const file = path.join(storeDir, `${lang}-${name}.png`);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, ...STORE_SIZE } });
  say(`  store screenshot: ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<void> {
  if (!args.has('no-build')) {
    say('Building the extension …');
    execSync('npx wxt build', { stdio: 'inherit' });
  }
  mkdirSync(outDir, { recursive: true });
  mkdirSync(storeDir, { recursive: true });
  say(
    `\nOpening Chromium ${headless ? 'headless' : 'with a window'} with the extension from ${path.relative(process.cwd(), extensionDir)}`,
  );
  // The demo pages are served locally at their real addresses; nothing else is reached.
  const context = await launchWithExtension({
    extension: extensionDir,
    headless,
    uiLanguage: lang === 'pl' ? 'pl' : 'en_US',
    viewport: { width: 1280, height: 860 },
  });
  await serveDemo(context);
  const extensionId = await extensionIdOf(context);

  say('\n0. The welcome page the extension opened on install');
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const welcome =
    context.pages().find((page) => page.url() === welcomeUrl) ??
    (await context.waitForEvent('page', { predicate: (page) => page.url() === welcomeUrl, timeout: 10_000 }));
  await welcome.locator('[data-testid="zaa-welcome"][data-loaded="true"]').waitFor();
  await welcome.waitForTimeout(300);
  await storeShot(welcome, '0-welcome');

  say('\n1. The booking settings: "Kategorie zasobów i zasoby" (the list shows no emails, so each edit form is read)');
  const booking = await context.newPage();
  await booking.goto(DEMO_BOOKING_LIST);
  await booking.getByTestId('zaa-resource').first().waitFor({ state: 'attached' });
  await booking
    .locator('[data-testid="zaa-resource"][data-name="Celina Wiśniewska"][data-email="celina.wisniewska@salon-ania.pl"]')
    .waitFor({ state: 'attached' });
  await booking.waitForTimeout(500);
  for (const line of await statusesIn(booking, 'zaa-resource')) say(`   ${line}`);
  const failed = await booking.locator('[data-testid="zaa-notice"][data-kind="read-failed"]').allTextContents();
  if (failed.length) say(`   notice: ${failed.join(' ')}`);
  await shot(booking, '1-booking-roster', { store: true });

  say('\n2. Zoom → User Management → Users (every page), then the Pending tab');
  const zoom = await context.newPage();
  await zoom.goto(demoZoomUsers(lang));
  await waitForPage(zoom, 1);
  await shot(zoom, '2-zoom-users');
  await seeEveryZoomPage(zoom, lang);
  // The panel's drawer (employee list, the notices in full) opens over the page for the screenshot.
  await zoom
    .getByTestId('zaa-panel')
    .getByRole('button', { name: lang === 'pl' ? 'Rozwiń' : 'Expand' })
    .click();
  say(`   coverage: ${await zoom.getByTestId('zaa-panel').getAttribute('data-coverage')}`);
  for (const line of await statusesIn(zoom, 'zaa-employee')) say(`   ${line}`);
  // The demo roster has iwona.dabrowsak@… where Zoom has iwona.dabrowska@…: a probable typo.
  const typo = zoom.locator('[data-testid="zaa-notice"][data-kind="probable-typo"]');
  await typo.waitFor();
  const typoText = (await typo.textContent()) ?? '';
  for (const address of [DEMO_TYPO.booking, DEMO_TYPO.zoom]) {
    if (!typoText.includes(address)) throw new Error(`The probable-typo notice does not name ${address}: ${typoText}`);
  }
  say(`   notice (probable typo): ${typoText}`);
  await shot(zoom, '3-zoom-pending', { store: true });

  say("\n3. Prefill: one click fills the missing addresses into Zoom's Add Users dialog (the admin presses Add)");
  await zoom.getByTestId('zaa-panel').getByTestId('zaa-prefill').click();
  const result = zoom.getByTestId('zaa-prefill-result');
  await result.waitFor();
  say(`   filled ${await result.getAttribute('data-count')} addresses, verified: ${await result.getAttribute('data-ok')}`);
  const state = await zoom.evaluate(
    () =>
      (window as unknown as { __zoomFixture?: { addUsers?: { emails: string[]; submitted: number } } }).__zoomFixture?.addUsers,
  );
  say(`   the dialog's own state holds: ${state?.emails.join(', ')} (submitted: ${state?.submitted})`);
  if (state?.emails.includes(DEMO_TYPO.booking)) throw new Error(`Prefill filled the probable typo ${DEMO_TYPO.booking}`);
  say(
    `   not filled: ${DEMO_TYPO.booking} (probable typo of ${DEMO_TYPO.zoom}: correct it in the booking system, or tick "include anyway")`,
  );
  await shot(zoom, '4-zoom-prefill', { store: true });

  say("\n4. Back in the booking settings: each resource's Zoom status");
  await booking.bringToFront();
  await booking.reload();
  await booking.locator('[data-testid="zaa-resource"][data-status="active"]').first().waitFor({ state: 'attached' });
  await booking.waitForTimeout(800);
  for (const line of await statusesIn(booking, 'zaa-resource')) say(`   ${line}`);
  await shot(booking, '5-booking-statuses', { store: true });

  say('\n5. The popup');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('zaa-popup').waitFor();
  await popup.waitForTimeout(400);
  await shot(popup, '6-popup');

  if (headless) {
    await context.close();
    say(`\nDone. Screenshots are in ${path.relative(process.cwd(), outDir)}/.`);
  } else {
    say('\nThe browser stays open: explore the demo pages, then close the window to finish.');
    await zoom.bringToFront();
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  }
}

main().catch((error) => {
  process.stderr.write(`The demo failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
