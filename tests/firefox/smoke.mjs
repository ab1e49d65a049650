#!/usr/bin/env node
/**
 * Smoke test of the built Firefox add-on in firefox-esr, driven by puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive stock Firefox).
 *
 * The add-on is installed as a temporary add-on (BiDi webExtension.install). Pages are answered by
 * request interception at their real URLs, so nothing leaves the machine: the booking system's older
 * resource list, then Zoom's Users page (tests/fixtures/zoom/users-en-table.html). The extension's
 * internal UUID is fixed through the `extensions.webextensions.uuids` pref so that its popup can be
 * opened at a known moz-extension:// address (BiDi refuses that navigation unless Firefox runs with
 * --remote-allow-system-access).
 *
 *   node tests/firefox/smoke.mjs [add-on folder]   (default: $WXT_OUT_DIR/firefox-mv2, or .output/firefox-mv2)
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { GECKO_ID, defaultAddonDir } from './lint.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_APT_LINE = 'DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr';
/** Any fixed UUID: Firefox assigns it to the add-on instead of a random one. */
const EXTENSION_UUID = '5f0c2a9e-7d1b-4c3e-9a8f-2b6d4e1c0a77';
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const BOOKING_ORIGIN = 'https://salon-ania.zarezerwuj.pl';
const ZOOM_ORIGIN = 'https://zoom.us';
/** URL (origin + path, no hash or query) → fixture file. Everything else on the web is refused. */
const SITE = {
  [`${BOOKING_ORIGIN}/admin/zasoby`]: 'booking/old-ui-resources.html',
  [`${ZOOM_ORIGIN}/account/user`]: 'zoom/users-en-table.html',
};
const WAIT_MS = 15_000;

function serveFixtures(page) {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return void request.continue();
    const file = SITE[`${url.origin}${url.pathname}`];
    if (file) {
      return void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(path.join(FIXTURES, file), 'utf8'),
      });
    }
    if (url.origin === BOOKING_ORIGIN || url.origin === ZOOM_ORIGIN) {
      return void request.respond({ status: 404, contentType: 'text/plain', body: 'Not found' });
    }
    return void request.abort();
  });
}

/**
 * Runs in the page: every element matching `selector` in the document and in every open shadow root,
 * reduced to its data-* attributes and text (what the contract lets tests read).
 */
function collectDeep(selector) {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll(selector)) found.push({ ...el.dataset, text: el.textContent ?? '' });
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return found;
}

/** Waits until `predicate(collectDeep(selector))` holds in the page; returns the last collection. */
async function waitForDeep(page, selector, predicate, what) {
  const deadline = Date.now() + WAIT_MS;
  let last = [];
  while (Date.now() < deadline) {
    try {
      last = await page.evaluate(collectDeep, selector);
      if (predicate(last)) return last;
    } catch {
      // The page is between documents (a navigation is under way): look again.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(
    `timed out waiting for ${what}; found ${last.length} × ${selector}: ${JSON.stringify(last.map(({ text, ...data }) => data)).slice(0, 400)}`,
  );
}

async function check(tests, name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    tests.push({ name: `smoke: ${name}`, ok: true, detail: `${detail ?? 'ok'} (${Date.now() - started} ms)` });
    return true;
  } catch (error) {
    tests.push({ name: `smoke: ${name}`, ok: false, detail: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

const byName = (items, name) => items.find((i) => i.name === name);

export async function smokeChecks(addonDir) {
  const tests = [];
  if (!existsSync(FIREFOX_PATH)) {
    tests.push({
      name: 'smoke: firefox-esr is installed',
      ok: false,
      detail: `${FIREFOX_PATH} not found; install it with: apt-get update && ${FIREFOX_APT_LINE}`,
    });
    return tests;
  }
  if (!existsSync(path.join(addonDir, 'manifest.json'))) {
    tests.push({
      name: 'smoke: the built add-on exists',
      ok: false,
      detail: `no built add-on at ${addonDir} (run npm run build:firefox)`,
    });
    return tests;
  }

  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
      },
    });
  } catch (error) {
    tests.push({
      name: 'smoke: firefox-esr starts under puppeteer (WebDriver BiDi)',
      ok: false,
      detail: String(error?.message ?? error),
    });
    return tests;
  }

  try {
    const installed = await check(tests, 'installs as a temporary add-on', async () => {
      const id = await browser.installExtension(addonDir);
      if (id !== GECKO_ID) throw new Error(`installed as ${id}, expected ${GECKO_ID}`);
      return `${await browser.version()}, id ${id}`;
    });
    if (!installed) return tests;

    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setRequestInterception(true);
    serveFixtures(page);

    await check(tests, 'booking resource list: panel reads the 11 resources', async () => {
      await page.goto(`${BOOKING_ORIGIN}/admin/zasoby`);
      const resources = await waitForDeep(
        page,
        '[data-testid=zaa-resource]',
        (r) => r.length === 11,
        '11 resources in the booking panel',
      );
      const anna = byName(resources, 'Anna Kowalska');
      if (anna?.email !== 'anna.kowalska@salon-ania.pl') throw new Error(`Anna Kowalska read as ${JSON.stringify(anna)}`);
      const dawid = byName(resources, 'Dawid Wójcik');
      if (dawid?.status !== 'no-email') throw new Error(`Dawid Wójcik read as ${JSON.stringify(dawid)}`);
      return '11 resources; Dawid Wójcik no-email';
    });

    await check(tests, 'Zoom Users page: panel in an open shadow root with statuses from the background', async () => {
      await page.goto(`${ZOOM_ORIGIN}/account/user#/`);
      await waitForDeep(page, '[data-testid=zaa-panel]', (p) => p.length === 1, 'the Zoom panel');
      const employees = await waitForDeep(
        page,
        '[data-testid=zaa-employee]',
        (e) => e.length === 11 && byName(e, 'Anna Kowalska')?.status === 'active',
        '11 employees, Anna Kowalska active',
      );
      if (byName(employees, 'Jan Mazur')?.status !== 'inactive')
        throw new Error(`Jan Mazur: ${JSON.stringify(byName(employees, 'Jan Mazur'))}`);
      if (employees.some((e) => e.status === 'missing')) throw new Error('a partial view claims someone missing');
      const badges = await waitForDeep(page, '[data-testid=zaa-row-badge]', (b) => b.length === 5, '5 row badges');
      const admin = badges.find((b) => b.email === 'admin@salon-ania.pl');
      if (admin?.status !== 'not-in-booking') throw new Error(`admin row badge: ${JSON.stringify(admin)}`);
      // Users list seen whole, Pending not yet.
      await waitForDeep(page, '[data-testid=zaa-panel]', (p) => p[0]?.coverage === 'partial', 'data-coverage=partial');
      return 'coverage partial; 11 employees; 5 row badges';
    });

    await check(tests, 'Zoom Pending tab completes the view: missing and expired appear', async () => {
      const clicked = await page.evaluate(() => {
        const tab = [...document.querySelectorAll('[role=tab]')].find((t) => /Pending/.test(t.textContent ?? ''));
        tab?.click();
        return Boolean(tab);
      });
      if (!clicked) throw new Error('no Pending tab in the fixture');
      await waitForDeep(page, '[data-testid=zaa-panel]', (p) => p[0]?.coverage === 'complete', 'data-coverage=complete');
      const employees = await waitForDeep(
        page,
        '[data-testid=zaa-employee]',
        (e) => e.some((x) => x.status === 'missing'),
        'a missing employee',
      );
      const statuses = [...new Set(employees.map((e) => e.status))].sort();
      if (!statuses.includes('pending') || !statuses.includes('expired')) throw new Error(`statuses ${statuses.join(', ')}`);
      return `statuses ${statuses.join(', ')}`;
    });

    await check(tests, 'no script errors on the pages', async () => {
      if (pageErrors.length) throw new Error(pageErrors.join('; '));
      return 'none';
    });

    await check(tests, 'popup renders the overview from the background', async () => {
      const popup = await browser.newPage();
      const popupErrors = [];
      popup.on('pageerror', (error) => popupErrors.push(error.message));
      // Firefox loads the page in the extension process and BiDi never reports its load to puppeteer
      // (the frame stays about:blank for puppeteer, though scripts run in the new document): start the
      // navigation and look at the page instead of awaiting it.
      popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: WAIT_MS }).catch(() => {});
      const [root] = await waitForDeep(
        popup,
        '[data-testid=zaa-popup]',
        (p) => p[0]?.loaded === 'true',
        'the popup with data-loaded=true',
      );
      const alerts = await popup.evaluate(collectDeep, '[role=alert]');
      if (alerts.length) throw new Error(`popup shows an error: ${alerts.map((a) => a.text).join('; ')}`);
      if (popupErrors.length) throw new Error(popupErrors.join('; '));
      if (!root.text.includes('salon-ania.zarezerwuj.pl') && !root.text.includes('zoom.us')) {
        throw new Error(`popup names neither the tenant nor the Zoom host: ${root.text.slice(0, 300)}`);
      }
      return `loaded; ${root.text.replace(/\s+/g, ' ').slice(0, 120)}…`;
    });
  } finally {
    await browser.close();
  }
  return tests;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? defaultAddonDir());
  const tests = await smokeChecks(dir);
  for (const t of tests) console.log(`${t.ok ? 'ok  ' : 'FAIL'} ${t.name} — ${t.detail}`);
  process.exit(tests.every((t) => t.ok) ? 0 : 1);
}
