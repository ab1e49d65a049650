/**
 * "Read all pages" benchmark in Chromium with the built extension (scripts/bench.mjs runs it; alone:
 * `npx vite-node scripts/bench-read-all.ts`, after `WXT_OUT_DIR=.output-bench npx wxt build`).
 * Prints JSON lines (see bench-browser.ts → BenchLine); a figure, not a timed test: there is no budget.
 *
 * Page: the real Element UI Users page (tests/fixtures/zoom-element/, Element UI 2 under Vue 2.7, renamed
 * zm-) with 1,000 users at 100 a page (10 pages, the numbered pager with its sizes select, whose largest
 * size is the one shown, so nothing is raised) and the Pending list's 3 invitations. Nothing of zoom.us is
 * stored before (a roster of another host's 50 users is, so the panel has employees). Every page change is
 * the fixture's "request": its loading mask for 150–300 ms, the rows re-rendered in place, the mask fading
 * out in 300 ms; the walk then waits until the page has held still and the reading loop has taken it.
 *
 * Timed in the page, from the press (the button turns `running`) to: the panel's `data-coverage` turning
 * `complete` (every page read and stored), and the walk's end (the button gone, the page back on Users
 * page 1). Median of RUNS (3 unless BENCH_READ_ALL_RUNS says otherwise), each on a freshly seeded store.
 */
import {
  benchBackup,
  benchUsers,
  chromiumVersion,
  emit,
  emitMachine,
  extensionIdOf,
  launchWithExtension,
  median,
  round,
  seedStore,
} from './bench-browser';
import { serveZoomElement } from '../tests/fixtures/zoom-element/serve';

const USERS = 1_000;
const PAGE_SIZE = 100;
const PAGES = USERS / PAGE_SIZE + 1;
const RUNS = Number(process.env.BENCH_READ_ALL_RUNS ?? 3);
const ZOOM_URL = 'https://zoom.us/account/user#/';

interface Marks {
  start?: number;
  whole?: number;
  back?: number;
  state?: string;
}

async function main(): Promise<void> {
  const context = await launchWithExtension();
  try {
    const extensionId = await extensionIdOf(context);
    await serveZoomElement(context, { users: USERS, pageSize: PAGE_SIZE, pager: 'full' });
    const page = await context.newPage();
    emitMachine({ chromium: await chromiumVersion(page) });
    const whole: number[] = [];
    const back: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await seedStore(context, extensionId, benchBackup(benchUsers(50), 'bench-other.zoom.us'));
      await page.goto('about:blank');
      await page.goto(ZOOM_URL);
      const button = page.getByTestId('zaa-read-all');
      await button.waitFor({ timeout: 30_000 });
      await page.waitForFunction(
        () =>
          (window as unknown as { __fixture?: { state: { rows: string[]; loading: boolean } } }).__fixture?.state.rows.length ===
          100,
      );
      // Marks taken in the page every 10 ms: the press, the complete view, the walk's end back on page 1.
      await page.evaluate(() => {
        const marks: Record<string, number | string> = {};
        (window as unknown as { __marks: typeof marks }).__marks = marks;
        const panel = () => document.querySelector('zaa-zoom-panel')?.shadowRoot;
        const timer = setInterval(() => {
          const root = panel();
          const state = root?.querySelector('[data-testid="zaa-read-all"]')?.getAttribute('data-state');
          const coverage = root?.querySelector('[data-testid="zaa-panel"]')?.getAttribute('data-coverage');
          const fixture = (window as unknown as { __fixture: { state: { tab: string; page: number } } }).__fixture.state;
          if (state === 'running' && marks.start === undefined) marks.start = performance.now();
          if (marks.start !== undefined && coverage === 'complete' && marks.whole === undefined) marks.whole = performance.now();
          if (marks.start !== undefined && state !== 'running') {
            marks.back = performance.now();
            marks.state = state ?? (coverage === 'complete' && fixture.tab === '/' && fixture.page === 1 ? 'done' : 'gone');
            clearInterval(timer);
          }
        }, 10);
      });
      await button.click();
      await page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.back !== undefined, undefined, {
        timeout: 180_000,
        polling: 100,
      });
      const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
      if (marks.state !== 'done' || marks.start === undefined || marks.whole === undefined || marks.back === undefined) {
        throw new Error(`the walk did not end with a complete view back on page 1: ${JSON.stringify(marks)}`);
      }
      whole.push(marks.whole - marks.start);
      back.push(marks.back - marks.start);
    }
    const wholeMs = median(whole);
    const backMs = median(back);
    const note =
      `${RUNS} runs, median; the page is the real Element UI fixture, whose every page change is a simulated request ` +
      '(its loading mask 150–300 ms, then a 300 ms fade), so most of each page is the page’s own loading; the walk waits ' +
      `for the page to hold still 150 ms and for the reading loop to take it. Runs: ${whole.map((ms) => round(ms / 1000, 1)).join(', ')} s to complete, ` +
      `${back.map((ms) => round(ms / 1000, 1)).join(', ')} s to the end.`;
    emit({
      name: `read all pages: ${USERS.toLocaleString('en')} users at ${PAGE_SIZE} a page and Pending (${PAGES} pages), press to complete view`,
      value: round(wholeMs, 0),
      unit: 'ms',
      figure: `${round(wholeMs / 1000, 1)} s (${round(wholeMs / PAGES, 0)} ms a page)`,
      details: { runs: whole, pages: PAGES },
      note,
    });
    emit({
      name: 'read all pages: press to the end of the walk (back on the admin’s tab and page)',
      value: round(backMs, 0),
      unit: 'ms',
      figure: `${round(backMs / 1000, 1)} s`,
      details: { runs: back },
    });
  } finally {
    await context.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
