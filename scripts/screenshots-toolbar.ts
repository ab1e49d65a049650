/**
 * `npm run screenshots:toolbar`: the toolbar button with its count, as a real screen shows it (issue 15).
 * Headless Chromium draws no browser UI, so this opens a headed Chromium under a virtual X display
 * (started here when DISPLAY is unset, stopped at the end), with the extension's button pinned, opens
 * the demo's booking resource list and then Zoom's Users page (every page of it and of Pending, as the
 * demo does), waits until the service worker has set the count on each tab, points at the button so its
 * tooltip shows, and grabs the top of the screen:
 * docs/screenshots/{en,pl}-toolbar-count-{booking,zoom}.png.
 *
 * Needs Xvfb, ImageMagick's `import` and xdotool: `apt-get install -y xvfb imagemagick xdotool`. With a
 * DISPLAY of your own it uses that one; the window is drawn at twice the pixels, so it needs 2732×1536.
 * A documentation script: not part of `npm test` (CI has no X).
 * Options: --no-build, --out=<folder>.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { execFileSync, execSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionDir, extensionIdOf, launchWithExtension } from '../tests/support/launch';
import { toolbarOf } from '../tests/e2e/toolbar';
import { BADGE_COLOR } from '../features/toolbar/toolbar-button';
import { DEMO_BOOKING_LIST, demoZoomUsers, seeEveryZoomPage, serveDemo, waitForPage } from './demo-site';

const args = new Set(process.argv.slice(2));
const outArg = process.argv.slice(2).find((arg) => arg.startsWith('--out='));
const outDir = path.resolve(outArg?.slice('--out='.length) ?? 'docs/screenshots');
/** The laptop screen the panel is designed for, drawn at twice the pixels so the count stays readable. */
const SCREEN = { width: 1366, height: 768 };
const SCALE = 2;
/** The toolbar's band (in CSS pixels from the window's top), where the badge is looked for. */
const TOOLBAR_BAND = { top: 40, bottom: 90 };
/**
 * The browser's window: a little narrower than the screen, so that its whole width (tabs, address, the button
 * and its tooltip) still reads at the width a README shows, yet wide enough for the panel on one line (it
 * needs about 1160 px of page). At the screen's right edge, so the tooltip stays inside the window. What is
 * saved is its top: tab strip, toolbar and the first lines of the page.
 */
const WINDOW = { width: 1200, height: SCREEN.height, shownHeight: 240 };
const DISPLAY_NUMBER = 99;
const TOOLS = { Xvfb: 'xvfb', import: 'imagemagick', xdotool: 'xdotool' };

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function requireTools(): void {
  const absent = Object.entries(TOOLS).filter(([tool]) => spawnSync('which', [tool]).status !== 0);
  if (absent.length) {
    throw new Error(
      `Missing ${absent.map(([tool]) => tool).join(', ')}: apt-get install -y ${absent.map(([, pkg]) => pkg).join(' ')}`,
    );
  }
}

/** A virtual screen for the headed browser, unless there is a display already. Returns how to stop it. */
async function ensureDisplay(): Promise<() => void> {
  if (process.env.DISPLAY) return () => {};
  const display = `:${DISPLAY_NUMBER}`;
  const screen = `${SCREEN.width * SCALE}x${SCREEN.height * SCALE}x24`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', screen, '-nolisten', 'tcp'], { stdio: 'ignore' });
  const socket = `/tmp/.X11-unix/X${DISPLAY_NUMBER}`;
  if (existsSync(socket)) throw new Error(`Display ${display} is taken by another X server: set DISPLAY to use it, or stop it`);
  for (let waited = 0; !existsSync(socket); waited += 100) {
    if (xvfb.exitCode !== null || waited > 10_000) throw new Error(`Xvfb ${display} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.env.DISPLAY = display;
  say(`Started Xvfb ${display} (${SCREEN.width * SCALE}×${SCREEN.height * SCALE})`);
  return () => xvfb.kill();
}

/** Chromium's id of an unpacked extension: its folder's real path, hashed, in the letters a…p. */
function unpackedExtensionId(folder: string): string {
  const hex = createHash('sha256').update(realpathSync(folder)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** A fresh profile whose toolbar has the extension pinned (Chromium hides unpinned ones in the puzzle menu). */
function profileWithPinned(extensionId: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zaa-toolbar-'));
  mkdirSync(path.join(dir, 'Default'));
  // Translate's bubble would cover the toolbar on the (Polish) booking page of an English browser.
  const preferences = { extensions: { pinned_extensions: [extensionId] }, translate: { enabled: false } };
  writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify(preferences));
  return dir;
}

/** The count the button shows on `page`'s tab, once it is set and has held for a second. */
async function settledCount(context: BrowserContext, page: Page): Promise<{ text: string; title: string }> {
  let last = { text: '', title: '' };
  let since = Date.now();
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(250)) {
    const now = await toolbarOf(context, page);
    if (now.text !== last.text || now.title !== last.title) [last, since] = [now, Date.now()];
    else if (now.text && Date.now() - since >= 1000) return now;
  }
  throw new Error(`The toolbar count was never set on ${page.url()} (last: "${last.text}", "${last.title}")`);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The browser's window on the X screen, in screen pixels. */
function browserWindow(): Box {
  const id = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'chromium'])
    .toString()
    .trim()
    .split('\n')[0];
  const shell = execFileSync('xdotool', ['getwindowgeometry', '--shell', id]).toString();
  const value = (key: string) => Number(new RegExp(`^${key}=(\\d+)`, 'm').exec(shell)?.[1]);
  return { x: value('X'), y: value('Y'), width: value('WIDTH'), height: value('HEIGHT') };
}

/** The real screen (not a page screenshot): `box` of the root window, as ImageMagick `import` grabs it. */
function grab(box: Box, format: string): Buffer {
  const crop = `${box.width}x${box.height}+${box.x}+${box.y}`;
  return execFileSync('import', ['-window', 'root', '-crop', crop, '+repage', '-depth', '8', format], { maxBuffer: 64 << 20 });
}

/** Where the badge is drawn: the pixels of its colour in the toolbar's band (screen pixels); null if none. */
function findBadge(window: Box): Box | null {
  const band = { ...window, y: window.y + TOOLBAR_BAND.top * SCALE, height: (TOOLBAR_BAND.bottom - TOOLBAR_BAND.top) * SCALE };
  const rgb = grab(band, 'rgb:-');
  const wanted = [1, 3, 5].map((at) => Number.parseInt(BADGE_COLOR.slice(at, at + 2), 16));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i + 2 < rgb.length; i += 3) {
    if (wanted.every((channel, c) => Math.abs(rgb[i + c] - channel) <= 16)) {
      xs.push((i / 3) % band.width);
      ys.push(Math.floor(i / 3 / band.width));
    }
  }
  if (xs.length < 20) return null;
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return { x: band.x + left, y: band.y + top, width: Math.max(...xs) - left + 1, height: Math.max(...ys) - top + 1 };
}

/** Points at the badge (so the button's tooltip shows), then saves the top of the window. */
async function shootToolbar(page: Page, file: string): Promise<void> {
  const window = browserWindow();
  let badge = findBadge(window);
  // The tab just came to the front: give the toolbar a moment to draw its button.
  for (let tries = 0; !badge && tries < 20; tries++) {
    await page.waitForTimeout(250);
    badge = findBadge(window);
  }
  if (!badge) throw new Error(`The toolbar shows no badge in ${BADGE_COLOR} on ${page.url()}, though the service worker set one`);
  execFileSync('xdotool', ['mousemove', String(badge.x + badge.width / 2), String(badge.y + badge.height / 2)]);
  await page.waitForTimeout(2000);
  grab({ ...window, height: WINDOW.shownHeight * SCALE }, file);
  execFileSync('xdotool', ['mousemove', String(window.x + 10), String(window.y + window.height - 10)]);
  say(`  screenshot: ${path.relative(process.cwd(), file)}`);
}

async function shoot(lang: 'en' | 'pl', extension: string): Promise<void> {
  const expectedId = unpackedExtensionId(extension);
  const profile = profileWithPinned(expectedId);
  const context = await launchWithExtension({
    extension,
    headless: false,
    uiLanguage: lang === 'pl' ? 'pl' : 'en_US',
    viewport: null,
    userDataDir: profile,
    args: [
      `--window-position=${SCREEN.width - WINDOW.width},0`,
      `--window-size=${WINDOW.width},${WINDOW.height}`,
      `--force-device-scale-factor=${SCALE}`,
    ],
  });
  try {
    await serveDemo(context);
    const extensionId = await extensionIdOf(context);
    if (extensionId !== expectedId) throw new Error(`The extension's id is ${extensionId}, not ${expectedId}: it is not pinned`);
    // The roster first; then every Zoom page, so that the count knows who is not on Zoom.
    const booking = await context.newPage();
    await booking.goto(DEMO_BOOKING_LIST);
    say(`  booking, before any Zoom page: badge "${(await settledCount(context, booking)).text}"`);
    const zoom = await context.newPage();
    await zoom.goto(demoZoomUsers(lang));
    await waitForPage(zoom, 1);
    await seeEveryZoomPage(zoom, lang);
    // Only the demo's tabs in the tab strip: not the first blank one, nor the welcome page opened on install.
    for (const other of context.pages()) if (other !== booking && other !== zoom) await other.close();
    await booking.reload();
    for (const [name, page] of [
      ['zoom', zoom],
      ['booking', booking],
    ] as const) {
      await page.bringToFront();
      const count = await settledCount(context, page);
      say(`  ${name}: badge "${count.text}", tooltip "${count.title}"`);
      await shootToolbar(page, path.join(outDir, `${lang}-toolbar-count-${name}.png`));
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  requireTools();
  if (!args.has('--no-build')) {
    say('Building the extension …');
    execSync('npx wxt build', { stdio: 'inherit' });
  }
  mkdirSync(outDir, { recursive: true });
  const stopDisplay = await ensureDisplay();
  try {
    for (const lang of ['en', 'pl'] as const) {
      say(`\n${lang}:`);
      await shoot(lang, extensionDir());
    }
  } finally {
    stopDisplay();
  }
}

main().catch((error) => {
  process.stderr.write(`The toolbar screenshots failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
