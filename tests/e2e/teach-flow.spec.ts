/**
 * The teaching flow in Chromium on the teach fixtures, driven as an admin would: the prompt's
 * steps and answers, clicks on the page (which the page never sees), a refused click with its
 * error line, keyboard use, axe on the prompt, and screenshots of each step in both languages.
 * The modules run in a stand-alone host (support-teach/teach-harness.tsx) until the panels wire them.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { buildSync } from 'esbuild';
import path from 'node:path';
import { fixture } from '../support/serve';
import type { TaughtListRead } from '../../utils/teach/apply';
import type { TaughtLayout } from '../../utils/teach/learn';
import type { TeachState } from '../../utils/view/teach-flow';

const HARNESS = buildSync({
  entryPoints: [path.resolve('tests/e2e/support-teach/teach-harness.tsx')],
  bundle: true,
  write: false,
  format: 'esm',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'error',
}).outputFiles[0].text;

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
});
test.afterAll(async () => browser.close());

async function open(file: string, url: string, lang: 'en' | 'pl'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  await page.route(`${new URL(url).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture(`teach/${file}`) }),
  );
  await page.goto(url);
  await page.evaluate((l) => ((window as unknown as { __lang: string }).__lang = l), lang);
  await page.addScriptTag({ content: HARNESS, type: 'module' });
  await page.waitForFunction(() => 'TeachHarness' in window);
  return page;
}

/** Starts teaching; the final state is kept in window.__teach. */
async function start(page: Page, context: object): Promise<void> {
  await page.evaluate((ctx) => {
    const w = window as unknown as { TeachHarness: { teach(c: object): Promise<unknown> }; __teach?: unknown };
    void w.TeachHarness.teach(ctx).then((state) => (w.__teach = state));
  }, context);
}

const finalState = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { __teach?: TeachState }).__teach)
    .then((h) => h.jsonValue() as Promise<TeachState>);
/** The layout taught, failing when teaching did not end with one. */
async function taughtLayout(page: Page): Promise<TaughtLayout> {
  const state = await finalState(page);
  if (state.status !== 'done') throw new Error(`teaching ended ${state.status}, with no layout`);
  return state.layout;
}
const clicks = (page: Page) => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
const taughtEmails = (page: Page, name: string) =>
  page.evaluate((listName) => {
    const w = window as unknown as {
      __teach: { layout: TaughtLayout };
      TeachHarness: { readTaughtList(l: unknown, d: Document): TaughtListRead };
    };
    const read = w.TeachHarness.readTaughtList(w.__teach.layout.lists[listName as keyof TaughtLayout['lists']], document);
    if (read.kind !== 'rows') throw new Error(`the taught ${listName} list reads stale: ${read.reason}`);
    return read.rows.map((r): [string, string | null] => [r.email, r.name ?? null]);
  }, name);

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('#zaa-teach-host').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  if (process.env.TEACH_SHOTS) await page.screenshot({ path: path.join(process.env.TEACH_SHOTS, `${name}.png`) });
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

for (const lang of ['en', 'pl'] as const) {
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a test's fixtures from this pattern; it uses none
  test(`(a) cards, ${lang}: email then name, a refused click first; the page never reacts`, async ({}, testInfo) => {
    const page = await open('users-cards.html', 'https://zoom.us/account/user#/', lang);
    await start(page, { page: 'zoom-list', listKind: 'users' });
    const prompt = page.getByTestId('zaa-teach-prompt');
    await expect(prompt).toHaveAttribute('data-step', 'email');
    await expect(prompt.locator('[data-answer]')).toHaveCount(1);
    await shot(page, testInfo, `a-email-${lang}`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('h1').click();
    await expect(prompt.locator('[role="alert"]')).toHaveText(
      lang === 'en'
        ? 'That did not look like a list of addresses; click an email address in the list.'
        : 'To nie wyglądało na listę adresów; kliknij adres e-mail na liście.',
    );
    await shot(page, testInfo, `a-refused-${lang}`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('#panel-users .person-mail').nth(2).click();
    await expect(prompt).toHaveAttribute('data-step', 'name');
    await expect(prompt.locator('[data-answer="skip"]')).toBeVisible();
    await shot(page, testInfo, `a-name-${lang}`);
    await page.locator('#panel-users .person-name').nth(4).click();
    expect(await finalState(page)).toMatchObject({ status: 'done' });
    await expect(prompt).toHaveCount(0);
    expect(await clicks(page)).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/');
    expect(await taughtEmails(page, 'users')).toEqual([
      ['anna.kowalska@salon-ania.pl', 'Anna Kowalska'],
      ['admin@salon-ania.pl', 'Admin Salon'],
      ['recepcja@salon-ania.pl', 'Recepcja'],
      ['iwona.dabrowska@salon-ania.pl', 'Iwona Dąbrowska'],
      ['jan.mazur@salon-ania.pl', 'Jan Mazur'],
    ]);
    await page.context().close();
  });

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a test's fixtures from this pattern; it uses none
  test(`(b) unknown tabs, ${lang}: list-kind answered, then one click`, async ({}, testInfo) => {
    const page = await open('tabs-unknown.html', 'https://zoom.us/account/user#/', lang);
    await page.locator('.switch').nth(1).click(); // the admin is on the second list
    await start(page, { page: 'zoom-list' });
    const prompt = page.getByTestId('zaa-teach-prompt');
    await expect(prompt).toHaveAttribute('data-step', 'list-kind');
    await shot(page, testInfo, `b-list-kind-${lang}`);
    expect(await seriousViolations(page)).toEqual([]);
    await prompt.locator('[data-answer="pending"]').click();
    await expect(prompt).toHaveAttribute('data-step', 'email');
    // The prompt's own buttons are the extension's; the click on the page is the one the page must not see.
    const before = await clicks(page);
    await page.locator('section:visible .m').first().click();
    await expect(prompt).toHaveAttribute('data-step', 'name');
    expect(await clicks(page)).toBe(before);
    await prompt.locator('[data-answer="skip"]').click();
    expect(await finalState(page)).toMatchObject({ status: 'done' });
    expect((await taughtEmails(page, 'pending')).map((row) => row[0])).toEqual([
      'bartosz.nowak@salon-ania.pl',
      'filip.lewandowski@salon-ania.pl',
      'grazyna.zielinska@salon-ania.pl',
    ]);
    await page.context().close();
  });

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a test's fixtures from this pattern; it uses none
  test(`(c) unknown dialog field, ${lang}: one click on the field`, async ({}, testInfo) => {
    const page = await open('dialog-unknown.html', 'https://zoom.us/account/user#/', lang);
    await page.locator('#open').click();
    const before = await clicks(page);
    await start(page, { page: 'zoom-dialog' });
    const prompt = page.getByTestId('zaa-teach-prompt');
    await expect(prompt).toHaveAttribute('data-step', 'email-field');
    await shot(page, testInfo, `c-email-field-${lang}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.chips').click();
    const layout = await taughtLayout(page);
    expect(layout.emailField?.field).toEqual({ tag: 'input', type: 'text' });
    expect(await clicks(page)).toBe(before);
    await page.context().close();
  });

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a test's fixtures from this pattern; it uses none
  test(`(d) booking tiles, ${lang}: name then email, by keyboard where the page allows it`, async ({}, testInfo) => {
    const page = await open('booking-unknown.html', 'https://salon-ania.zarezerwuj.pl/ustawienia/zasoby', lang);
    await start(page, { page: 'booking-list', listShowsEmails: true });
    const prompt = page.getByTestId('zaa-teach-prompt');
    await expect(prompt).toHaveAttribute('data-step', 'name');
    await expect(prompt.locator('[data-answer="skip"]')).toHaveCount(0);
    await shot(page, testInfo, `d-name-${lang}`);
    await page.locator('.tile-title').nth(1).click();
    await expect(prompt).toHaveAttribute('data-step', 'email');
    await shot(page, testInfo, `d-email-${lang}`);
    await page.locator('.tile-sub').nth(0).click();
    expect(await finalState(page)).toMatchObject({ status: 'done' });
    expect(await clicks(page)).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    const rows = await taughtEmails(page, 'resources');
    expect(rows.length).toBe(11);
    expect(rows[3]).toEqual(['', 'Dawid Wójcik']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.context().close();
  });
}

test('keyboard: Tab to a page element, Enter chooses it; Escape cancels the whole teaching', async () => {
  const page = await open('users-cards.html', 'https://zoom.us/account/user#/', 'en');
  await start(page, { page: 'zoom-list', listKind: 'users' });
  const prompt = page.getByTestId('zaa-teach-prompt');
  await expect(prompt).toHaveAttribute('data-step', 'email');
  const link = page.locator('#panel-users .person-open').first();
  for (let i = 0; i < 15 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt).toHaveAttribute('data-step', 'name');
  await page.keyboard.press('Escape');
  expect(await finalState(page)).toEqual({ status: 'cancelled' });
  await expect(prompt).toHaveCount(0);
  expect(await clicks(page)).toBe(0);
  expect(new URL(page.url()).hash).toBe('#/');
  await page.context().close();
});
