/**
 * Rows far from the viewport are badged after the first frame (issue 25: the extension's longest task while
 * 1,000 rows land): on the real Element UI page (tests/fixtures/zoom-element/) with 1,000 users on one page,
 * the rows in the viewport hold their badge in the first frame that shows them, every other row holds its
 * place (one badge line) and gets its badge in row order a few ms later, and rows the page changes while
 * those badges are still coming never show one of another row.
 */
import type { Page } from '@playwright/test';
import { test, expect, collectPageErrors } from './harness';
import { openSeededPopup, scenarioBackup } from './seed';
import { serveZoomElement } from '../fixtures/zoom-element/serve';

const ROWS = 1_000;
const MAIN_ROWS = '.zm-tab-pane:not([style*="none"]) .zm-table__body-wrapper tbody > tr';

interface FirstFrame {
  /** Rows of the main table in the first frame after the change. */
  rows: number;
  inView: number;
  /** Rows in the viewport holding a badge of their own address. */
  inViewBadged: number;
  /** Rows holding a badge (of their own address) in that frame. */
  badged: number;
  /** Rows holding not exactly one of our elements (a badge or its place) in that frame. */
  notOneHost: number;
  /** Badges on a row of another address, in any check from the change on. */
  mismatches: string[];
}

/**
 * What the page app's Users list is set to: its users from `shift` on (wrapping), `count` of them; `next`,
 * in the animation frame of the first frame after it (before any far row's badge comes), a second change:
 * another list of users, or another tab (`hash`).
 */
interface Change {
  shift: number;
  count?: number;
  next?: { shift: number; count?: number } | { hash: string };
}

/**
 * Makes `change` in the page and checks what every row shows from then on: after every task (a 2 ms interval
 * and each mutation), in each frame before its paint, and in the first frame after the change in detail.
 */
async function watchChange(page: Page, change: Change): Promise<void> {
  await page.evaluate(
    ([selector, change]) => {
      type Scope = { __tail: FirstFrame & { checks: number; frames: number } };
      const scope = window as unknown as Scope;
      const mismatches: string[] = [];
      scope.__tail = { rows: -1, inView: -1, inViewBadged: -1, badged: -1, notOneHost: -1, mismatches, checks: 0, frames: 0 };
      const emailOf = (row: Element) =>
        [...row.querySelectorAll('td')]
          .map((td) => td.textContent?.trim().toLowerCase() ?? '')
          .find((text) => text.includes('@')) ?? '';
      const badgesOf = (row: Element) =>
        [...row.querySelectorAll('.zaa-badge-host:not(.zaa-badge-spacer)')].map(
          (host) => host.shadowRoot?.querySelector('[data-testid="zaa-row-badge"]')?.getAttribute('data-email') ?? '',
        );
      const check = () => {
        scope.__tail.checks++;
        for (const row of document.querySelectorAll(selector)) {
          const email = emailOf(row);
          for (const shown of badgesOf(row)) {
            if (shown !== email && mismatches.length < 20) mismatches.push(`${shown} on the row of ${email}`);
          }
        }
      };
      const timer = setInterval(check, 2);
      setTimeout(() => clearInterval(timer), 5_000);
      new MutationObserver(() => setTimeout(check, 0)).observe(document.body, { subtree: true, childList: true });
      let first = true;
      const eachFrame = new ResizeObserver(() => {
        // Re-observed from the next animation frame: reports in every frame, after layout, before paint.
        check();
      });
      const frame = () => {
        scope.__tail.frames++;
        eachFrame.disconnect();
        eachFrame.observe(document.body);
        if (scope.__tail.frames < 300) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      // Asked for at the page's first mutation after the change, after the extension's own observer ran on it:
      // the animation frame callback then runs after the extension's (which writes the badges near the viewport),
      // and a ResizeObserver made there reports after the extension's, the last thing before that frame's paint.
      new MutationObserver((_records, observer) => {
        observer.disconnect();
        if (!first) return;
        first = false;
        requestAnimationFrame(() => observeFirstFrame());
      }).observe(document.querySelector('.user-table') as Element, { subtree: true, childList: true, characterData: true });
      const observeFirstFrame = () => {
        const firstFrame = new ResizeObserver(() => {
          firstFrame.disconnect();
          const rows = [...document.querySelectorAll(selector)];
          const own = (row: Element) => badgesOf(row).length === 1 && badgesOf(row)[0] === emailOf(row);
          const inView = rows.filter((row) => {
            const box = row.getBoundingClientRect();
            return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
          });
          Object.assign(scope.__tail, {
            rows: rows.length,
            inView: inView.length,
            inViewBadged: inView.filter(own).length,
            badged: rows.filter(own).length,
            notOneHost: rows.filter((row) => row.querySelectorAll('td .zaa-badge-host').length !== 1).length,
          });
          check();
        });
        firstFrame.observe(document.body);
      };
      type Vm = { users: object[]; lists: Record<string, { rows: object[] }> };
      const vm = (window as unknown as { __fixture: { vm: Vm } }).__fixture.vm;
      const usersFrom = (shift: number, count = vm.users.length) =>
        Array.from({ length: count }, (_, i) => ({ ...vm.users[(i + shift) % vm.users.length] }));
      vm.lists['/'].rows = usersFrom(change.shift, change.count);
      const next = change.next;
      if (next) {
        requestAnimationFrame(() => {
          (window as unknown as { __secondAt: number }).__secondAt = document.querySelectorAll(
            '.zaa-badge-host:not(.zaa-badge-spacer)',
          ).length;
          if ('hash' in next) location.hash = next.hash;
          else vm.lists['/'].rows = usersFrom(next.shift, next.count);
        });
      }
    },
    [MAIN_ROWS, change] as const,
  );
}

const firstFrame = (page: Page) => page.evaluate(() => (window as unknown as { __tail: FirstFrame }).__tail);

/** Every row of the shown list holds exactly one badge, of its own address, with its status. */
async function expectEveryRowBadged(page: Page, rows: number): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((selector) => {
          const wrong: string[] = [];
          const all = [...document.querySelectorAll(selector)];
          for (const row of all) {
            const email =
              [...row.querySelectorAll('td')]
                .map((td) => td.textContent?.trim().toLowerCase() ?? '')
                .find((text) => text.includes('@')) ?? '';
            const badges = [...row.querySelectorAll('.zaa-badge-host:not(.zaa-badge-spacer)')].map((host) =>
              host.shadowRoot?.querySelector('[data-testid="zaa-row-badge"]'),
            );
            const status = badges[0]?.getAttribute('data-status');
            const expected = email.endsWith('@firma-testowa.pl')
              ? 'not-in-booking'
              : email === 'anna.kowalska@salon-ania.pl'
                ? 'active'
                : email === 'jan.mazur@salon-ania.pl'
                  ? 'inactive'
                  : status;
            if (badges.length !== 1 || badges[0]?.getAttribute('data-email') !== email || status !== expected || !status) {
              wrong.push(`${email}: ${badges.length} badges, ${badges[0]?.getAttribute('data-email')} ${status}`);
            }
          }
          return { rows: all.length, wrong: wrong.slice(0, 10) };
        }, MAIN_ROWS),
      { timeout: 10_000 },
    )
    .toEqual({ rows, wrong: [] });
}

async function openThousandRows(page: Page): Promise<void> {
  await page.goto('https://zoom.us/account/user#/');
  await expect(page.locator(MAIN_ROWS)).toHaveCount(ROWS, { timeout: 20_000 });
  await expectEveryRowBadged(page, ROWS);
}

test.describe('1,000 rows: the viewport first, the rest right after', () => {
  test.beforeEach(async ({ context, extensionId }) => {
    await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    await serveZoomElement(context, { users: ROWS, pageSize: ROWS });
  });

  test('rows landing in an empty list: the rows in view are badged in the first frame, every row once, with its own status', async ({
    context,
  }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await openThousandRows(page);
    await page.evaluate(() => {
      (window as unknown as { __fixture: { vm: { lists: Record<string, { rows: unknown[] }> } } }).__fixture.vm.lists['/'].rows =
        [];
    });
    await expect(page.locator(MAIN_ROWS)).toHaveCount(0);
    await page.waitForTimeout(500);
    await watchChange(page, { shift: 0 });
    await expectEveryRowBadged(page, ROWS);
    const seen = await firstFrame(page);
    expect(seen.rows).toBe(ROWS);
    expect(seen.inView).toBeGreaterThan(5);
    expect(seen.inViewBadged, 'rows in the viewport badged in the first frame').toBe(seen.inView);
    // Every row has its height from the first frame: its badge or the place it holds for it.
    expect(seen.notOneHost).toBe(0);
    expect(seen.mismatches).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('scrolled down the list, rows re-rendered in place with other people: the rows in view are badged in the first frame', async ({
    context,
  }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await openThousandRows(page);
    // Halfway down: the rows in view are far from the list's top.
    await page.evaluate(() => {
      const rows = document.querySelectorAll('.zm-table__body-wrapper tbody > tr');
      rows[500].scrollIntoView({ block: 'center' });
    });
    await page.waitForTimeout(300);
    await watchChange(page, { shift: 500 });
    await expectEveryRowBadged(page, ROWS);
    const seen = await firstFrame(page);
    expect(seen.inView).toBeGreaterThan(5);
    expect(seen.inViewBadged, 'rows in the viewport badged in the first frame').toBe(seen.inView);
    expect(seen.badged, 'the rows far from the viewport come after the first frame').toBeLessThan(ROWS);
    expect(seen.notOneHost).toBe(0);
    expect(seen.mismatches).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const [what, second, rows] of [
    ['another page (rows re-rendered in place)', { shift: 250 }, ROWS],
    ['a search (fewer rows)', { shift: 600, count: 100 }, 100],
  ] as const) {
    test(`${what} while the far rows' badges are still coming: no badge of the rows before, each row its own`, async ({
      context,
    }) => {
      test.setTimeout(90_000);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await openThousandRows(page);
      // The first change badges the rows near the top in its read; the rest wait for the frame to be painted.
      // The second change comes in that frame's animation callback, before any of them.
      await watchChange(page, { shift: 1, next: second });
      await expect(page.locator(MAIN_ROWS)).toHaveCount(rows);
      await expectEveryRowBadged(page, rows);
      const badgedBeforeSecond = await page.evaluate(() => (window as unknown as { __secondAt: number }).__secondAt);
      expect(badgedBeforeSecond, 'the second change came while badges were still to come').toBeLessThan(ROWS);
      await page.waitForTimeout(300);
      const seen = await firstFrame(page);
      expect(seen.mismatches).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('the Pending tab opened while the far rows are still being badged: its rows get theirs, nothing stale is left', async ({
    context,
  }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await openThousandRows(page);
    await watchChange(page, { shift: 1, next: { hash: '#/pending' } });
    await expect(page.locator(MAIN_ROWS)).toHaveCount(3);
    await expectEveryRowBadged(page, 3);
    // The Users rows, now hidden, kept no badge of the paint the tab switch superseded.
    const hiddenUsersBadges = await page.evaluate(
      () => document.querySelectorAll('.user-table .zm-table__body-wrapper tbody .zaa-badge-host:not(.zaa-badge-spacer)').length,
    );
    expect(hiddenUsersBadges).toBe(0);
    expect((await firstFrame(page)).mismatches).toEqual([]);
    expect(errors).toEqual([]);
  });
});
