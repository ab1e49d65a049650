/**
 * Badges that cost little to draw leave the rows as they were (issue 25, item 1), on the real Element UI
 * page with its fixed right column (tests/fixtures/zoom-element/): 120 rows on one page, most far below the
 * viewport, where a badge is not drawn (content-visibility: auto) and counts as one line tall; the fixed
 * column's copies hold plain spacers. The scenario's Recepcja row shows two long names, so its badge wraps.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { openSeededPopup, scenarioBackup } from './seed';
import { serveZoomElement } from '../fixtures/zoom-element/serve';

const ROWS = 120;
const pane = (page: Page) => page.locator('.zm-tab-pane:visible');

interface RowHeights {
  /** Main row, its fixed copy, the row's badge host (-1: none). */
  rows: [number, number, number][];
  /** Rows whose badge sits in or near the viewport (drawn). */
  inView: number[];
}

/** Heights of every row of the shown list, its fixed copy and its badge (reading them draws nothing). */
function measure(page: Page): Promise<RowHeights> {
  return pane(page).evaluate((root) => {
    const body = [...root.querySelectorAll('.zm-table__body-wrapper tbody tr')];
    const fixed = [...root.querySelectorAll('.zm-table__fixed-right .zm-table__fixed-body-wrapper tbody tr')];
    const inView: number[] = [];
    const rows = body.map((row, i): [number, number, number] => {
      const box = row.getBoundingClientRect();
      if (box.bottom > 0 && box.top < innerHeight) inView.push(i);
      const host = row.querySelector('.zaa-badge-host:not(.zaa-badge-spacer)');
      return [box.height, fixed[i]?.getBoundingClientRect().height ?? -1, host ? host.getBoundingClientRect().height : -1];
    });
    return { rows, inView };
  });
}

/** Two frames: one for the change, one for the spacers fitted in it. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const misaligned = (heights: RowHeights) =>
  heights.rows.flatMap(([row, copy], i) => (Math.abs(row - copy) > 0.5 ? [`row ${i}: ${row} vs copy ${copy}`] : []));

test('rows keep their heights: far rows count one badge line, drawn rows their badge, the fixed copies line up throughout', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
  await serveZoomElement(context, { users: ROWS, pageSize: ROWS });
  const page = await context.newPage();
  await page.goto('https://zoom.us/account/user#/');
  await expect(pane(page).locator('.zm-table__body-wrapper tbody tr')).toHaveCount(ROWS);
  await expect(page.locator('[data-testid="zaa-row-badge"]:visible')).toHaveCount(ROWS);
  await expect(pane(page).locator('.zm-table__fixed-right .zaa-badge-spacer')).toHaveCount(ROWS);
  // Spacers are plain blocks: no shadow root, nothing to read.
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('.zaa-badge-spacer')].filter((spacer) => spacer.shadowRoot || spacer.childNodes.length),
    ),
  ).toHaveLength(0);
  await frames(page);

  const first = await measure(page);
  expect(first.inView.length).toBeGreaterThan(2);
  expect(first.inView.length).toBeLessThan(ROWS / 4);
  expect(misaligned(first), 'rows whose fixed copy differs in height').toEqual([]);

  // Scrolled through as an admin does: every row that comes near is drawn, and its copy follows it in that
  // frame's layout; each keeps its drawn height after it scrolled away.
  const seen = new Map<number, number>();
  const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 400; y < scrollHeight; y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await frames(page);
    const now = await measure(page);
    expect(misaligned(now), `aligned at scroll ${y}`).toEqual([]);
    for (const i of now.inView) seen.set(i, now.rows[i][0]);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames(page);
  const after = await measure(page);
  expect(misaligned(after)).toEqual([]);

  // What every row is with every badge drawn (as before issue 25).
  await page.evaluate(() => {
    for (const host of document.querySelectorAll<HTMLElement>('.zaa-badge-host:not(.zaa-badge-spacer)')) {
      host.style.contentVisibility = 'visible';
    }
  });
  await frames(page);
  const drawn = await measure(page);
  expect(misaligned(drawn), 'rows whose fixed copy differs in height, every badge drawn').toEqual([]);
  const heights = drawn.rows.map(([row]) => row);
  const wrapped = drawn.rows.flatMap(([, , badge], i) => (badge > 23 ? [i] : []));
  expect(wrapped.length, 'the Recepcja row wraps').toBeGreaterThan(0);
  // Before scrolling: rows in view as drawn; rows far below as drawn unless their badge wraps (one line until near).
  for (const i of first.inView) expect(first.rows[i][0], `row ${i} in view`).toBe(heights[i]);
  for (let i = 0; i < ROWS; i++) if (!wrapped.includes(i)) expect(first.rows[i][0], `row ${i}`).toBe(heights[i]);
  expect(seen.size).toBeGreaterThan(ROWS - first.inView.length - 5);
  for (const [i, height] of seen) expect(height, `row ${i} when it came into view`).toBe(heights[i]);
  expect(
    after.rows.map(([row]) => row),
    'every row once drawn keeps its height',
  ).toEqual(heights);
});
