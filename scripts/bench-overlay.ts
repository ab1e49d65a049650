/**
 * Overlay benchmark in Chromium with the built extension (scripts/bench.mjs runs it; alone:
 * `npx vite-node scripts/bench-overlay.ts`, after `WXT_OUT_DIR=.output-bench npx wxt build`).
 * Prints JSON lines (see bench-browser.ts → BenchLine); never fails on timing.
 *
 * Page: tests/fixtures/bench/zoom-users-bench.html at https://zoom.us/account/user#/ with 1,000 users;
 * the store holds the same 1,000 as the booking roster and as zoom.us's users (complete view).
 *
 * 1. Latency: in the page's main world the table body is emptied (and left to settle), N rows are
 *    built in a task of their own, then t0 = performance.now(), the N rows go in with one append,
 *    and a MutationObserver notes t1 when every new row holds a badge (`.zaa-badge-host` without `.zaa-badge-spacer`,
 *    which the overlay puts in the row's email cell). Also timed: the next animation frame after
 *    t1 (rAF callback) and a message posted from it (runs once that frame's style, layout and
 *    paint are done): "painted". N = 100 and 1,000, interleaved, median of RUNS each.
 * 2. Long tasks: `longtask` and `long-animation-frame` entries recorded during the 1,000-row
 *    insertions; and one more 1,000-row insertion under the CDP profiler: extension time, the
 *    longest unbroken stretch of samples in extension code, the hottest extension functions.
 * 3. Idle: with 1,000 rows and their badges, a clock outside the table changes its text every
 *    10 ms for 5 s; CPU profile: self time of frames from chrome-extension:// URLs against wall
 *    time; Performance.getMetrics ScriptDuration (whole page) for context.
 * 4. The same latency, first-frame, trace and profile figures on the real-library Users page
 *    (tests/fixtures/zoom-element/: Element UI 2 under Vue 2.7, renamed zm-, with its fixed right
 *    column's copy table), where the rows are the page app's data: emptied, then N row objects set at
 *    t0 and rendered by the library. Names carry "(real Element UI page)"; no idle figures.
 *    BENCH_OVERLAY_FIXTURES=plain or =element runs one of the two.
 * 5. On both pages, against the page alone: the extension's longest task while 1,000 rows land (the
 *    longest single call into its scripts in the median traced run, from the insertion to the end of the
 *    settling pause); the 100-row landing traced (where the overlay's milliseconds go); and a loading
 *    mask fading out (300 ms) as the rows land, as the page's own transition: the plain page's CSS
 *    opacity transition, Element UI's v-loading mask (`loading` set false with the rows). From the
 *    insertion to the mask's transitionend, with the frames (rAF callbacks) the page ran meanwhile and
 *    the longest gap between two: the fade should take as long, with as many frames, as without the
 *    extension. BENCH_FADE_RUNS (default 5) runs of each size. BENCH_SAVE_PROFILES=<folder> also keeps
 *    a 100-row insertion's CPU profile.
 *
 * The extension badges the rows near the viewport in its read of the page and the others in slices of a few
 * ms after the first frame is painted (features/zoom-users/badges.ts). So each insertion gives: the first frame
 * painted (against the page alone's), "every row in the viewport badged in the first painted frame" (a
 * ResizeObserver created at the page's first mutation record, after the extension's observer ran, reports
 * after that frame's style and layout, before its paint: the rows in the viewport holding a badge then are
 * counted), "every row badged" (the last row's badge in the DOM) and the frame painted after it. Traces and
 * the longest task run until every row is badged and SETTLE_MS after.
 * The traces give thread (CPU) time beside wall time: on a machine shared with other work, compare those.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
  sleep,
} from './bench-browser';
import { breakdown, startTrace, type Breakdown, type TraceEvent } from './bench-trace';
import { serveZoomElement } from '../tests/fixtures/zoom-element/serve';

const ZOOM_ORIGIN = 'https://zoom.us';
const ZOOM_URL = `${ZOOM_ORIGIN}/account/user#/`;
/** A host no content script of ours matches. */
const BASELINE_ORIGIN = 'https://bench-baseline.test';
const FIXTURE = path.resolve('tests/fixtures/bench/zoom-users-bench.html');
const USERS = 1_000;
const SIZES = [100, 1_000] as const;
/**
 * Issue 25's goals for the first frame after the rows land, against the page alone in the same run: 100 rows
 * at most 8 ms more, 1,000 rows at most 1.25 times. (The far rows' badges come after that frame by design.)
 */
const FIRST_FRAME_GOAL: Record<number, (alone: number) => { value: number; text: string }> = {
  100: (alone) => ({ value: alone + 8, text: `≤ page alone + 8 ms (${round(alone + 8)} ms)` }),
  1000: (alone) => ({ value: alone * 1.25, text: `≤ 1.25× the page alone (${round(alone * 1.25)} ms)` }),
};
const WARMUP_RUNS = 1;
const RUNS = Number(process.env.BENCH_OVERLAY_RUNS ?? 7);
/** After emptying the table, and after each insertion: the overlay saves the page and reloads its context. */
const SETTLE_MS = 400;
const IDLE_MS = 5_000;
const CLOCK_TICK_MS = 10;
const SAMPLING_INTERVAL_US = 100;
const LONG_TASK_MS = 50;

interface InsertTiming {
  /** From the insertion until the last row holds its badge (the page alone: until the rows are in). */
  badgesMs: number;
  /** The first frame after the insertion: its rAF callback, and its paint (a message posted from that callback). */
  frameMs: number;
  firstPaintedMs: number;
  /** The first frame painted after every row holds its badge (the page alone: the first frame). */
  paintedMs: number;
  /** Rows holding their badge in the first frame rendered after the insertion (-1: no frame seen before the paint). */
  firstFrameBadged: number;
  /** Rows in the viewport in that frame, and how many of them held their badge. */
  firstFrameInView: number;
  firstFrameInViewBadged: number;
  /** With a loading mask fading out as the rows land: from the insertion to the fade's end (transitionend). */
  fadeMs?: number;
  /** Frames the page ran (rAF callbacks) from the insertion to the fade's end, and the longest gap between two. */
  fadeFrames?: number;
  fadeLongestGapMs?: number;
}

/** The page's own API (the fixture's inline script). */
interface BenchWindow {
  zoomBench: {
    clearRows(): void;
    prepareRows(n: number): number;
    takePreparedRows(): HTMLTableRowElement[];
    startClock(ms: number): void;
    stopClock(): number;
    showMask(): void;
    fadeMask(): void;
  };
  benchLong: { tasks: LongTaskEntry[]; frames: LongFrameEntry[] };
}
interface LongTaskEntry {
  startTime: number;
  duration: number;
}
interface LongFrameEntry {
  startTime: number;
  duration: number;
  blockingDuration: number;
  scripts: { sourceURL: string; duration: number; invoker: string; forcedStyleAndLayoutDuration: number }[];
}

// ---------------------------------------------------------------- page set-up

/** Serves the benchmark page and its users on `origin`. */
async function serveBenchPage(context: BrowserContext, origin: string): Promise<void> {
  const usersScript = `window.BENCH_USERS = ${JSON.stringify(benchUsers(USERS))};`;
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/account/user') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(FIXTURE, 'utf8') });
    }
    if (url.pathname === '/bench-users.js') {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: usersScript });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
}

/** The Zoom page with the overlay mounted on its first rows, and settled. */
async function openZoomPage(context: BrowserContext): Promise<Page> {
  await fixture.serve(context, ZOOM_ORIGIN);
  const page = await context.newPage();
  await page.goto(ZOOM_URL);
  await fixture.ready(page, true);
  await sleep(1_000);
  return page;
}

/**
 * The same page on a host the extension does not touch: what the page's own rows cost to insert
 * and paint, the floor under the overlay's figures. Timed the same way, closed before the Zoom page opens.
 */
async function measurePageAlone(context: BrowserContext): Promise<{
  timings: Record<number, InsertTiming[]>;
  longTasks: LongTaskRecord;
  trace: Breakdown | null;
  trace100: Breakdown | null;
  fades: Record<number, InsertTiming[]>;
}> {
  await fixture.serve(context, BASELINE_ORIGIN);
  const page = await context.newPage();
  await page.goto(`${BASELINE_ORIGIN}/account/user#/`);
  await fixture.ready(page, false);
  const timings: Record<number, InsertTiming[]> = { 100: [], 1000: [] };
  const longTasks = await timeRuns(page, timings, false);
  const session = await context.newCDPSession(page);
  const trace = await traceInsertion(page, session, false);
  const trace100 = await traceInsertion(page, session, false, 100);
  const fades = await timeFades(page, false);
  await page.close();
  return { timings, longTasks, trace, trace100, fades };
}

/** Records long tasks and long animation frames (with their scripts) in the page, from now on. */
async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as BenchWindow;
    win.benchLong = { tasks: [], frames: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) win.benchLong.tasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const e = entry as PerformanceEntry & { blockingDuration: number; scripts: LongFrameEntry['scripts'] };
          win.benchLong.frames.push({
            startTime: e.startTime,
            duration: e.duration,
            blockingDuration: e.blockingDuration,
            scripts: [...e.scripts].map((s) => ({
              sourceURL: s.sourceURL,
              duration: s.duration,
              invoker: s.invoker,
              forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration,
            })),
          });
        }
      }).observe({ type: 'long-animation-frame' });
    } catch {
      // Long Animation Frames are newer than long tasks; without them only long tasks are reported.
    }
  });
}

async function takeLongTasks(page: Page): Promise<{ tasks: LongTaskEntry[]; frames: LongFrameEntry[] }> {
  await sleep(100); // entries arrive after the task
  return page.evaluate(() => {
    const win = window as unknown as BenchWindow;
    const taken = win.benchLong;
    win.benchLong = { tasks: [], frames: [] };
    return taken;
  });
}

// ---------------------------------------------------------------- the two fixtures

/**
 * A page the benchmark inserts rows into: the plain one (tests/fixtures/bench/zoom-users-bench.html,
 * rows built by hand) or the real-library one (tests/fixtures/zoom-element/: Element UI 2 under
 * Vue 2.7, rows rendered by the library from its data, with the fixed right column's copy table).
 */
type FixtureKind = 'plain' | 'element';

interface BenchFixture {
  kind: FixtureKind;
  /** Prefix of the figures' names ('' for the plain page: the README's rows keep their names). */
  label: string;
  serve(context: BrowserContext, origin: string): Promise<void>;
  /** Waits until the page shows its first list (and, with the extension, its badges). */
  ready(page: Page, withOverlay: boolean): Promise<void>;
}

const PLAIN: BenchFixture = {
  kind: 'plain',
  label: '',
  serve: serveBenchPage,
  async ready(page, withOverlay) {
    if (!withOverlay) return;
    await page.locator('[data-testid="zaa-panel"][data-coverage="complete"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      (n) => document.querySelectorAll('#users-body .zaa-badge-host:not(.zaa-badge-spacer)').length === n,
      USERS,
      {
        timeout: 30_000,
      },
    );
  },
};

/** The body rows of the real-library page's main table (not the fixed column's copy). */
const ELEMENT_ROWS = '.user-table .zm-table__body-wrapper tbody > tr';

const ELEMENT: BenchFixture = {
  kind: 'element',
  label: ' (real Element UI page)',
  serve: (context, origin) => serveZoomElement(context, {}, origin),
  async ready(page) {
    await page.waitForFunction(
      () => {
        const fixture = (window as unknown as ElementWindow).__fixture;
        return Boolean(fixture && !fixture.state.loading && fixture.state.rows.length > 0);
      },
      null,
      { timeout: 30_000 },
    );
    // Not waited for: its badges. The overlay does not follow this page's first load yet (the loading mask,
    // rows re-rendered in place: issue 12 part 2, tests/e2e/zoom-element.spec.ts); the timed insertions
    // (new rows after an empty table) it does follow, and a warm-up insertion comes first.
    // The benchmark's users, as the page app's row objects (the store holds the same people).
    const users = benchUsers(USERS).map((user) => ({
      name: user.name,
      email: user.email,
      licensed: user.type === 'Licensed',
      dept: '',
      deactivated: user.status === 'Deactivated',
    }));
    await page.evaluate((users) => {
      (window as unknown as ElementWindow).__benchUsers = users;
    }, users);
  },
};

/** The real-library page's app (tests/fixtures/zoom-element/app.js) as the benchmark drives it. */
interface ElementWindow {
  __fixture: {
    vm: { lists: Record<string, { rows: unknown[]; total: number; size: number; page: number; loading: boolean }> };
    state: { loading: boolean; rows: string[] };
  };
  __benchUsers: Record<string, unknown>[];
  __benchPrepared: Record<string, unknown>[] | null;
}

let fixture: BenchFixture = PLAIN;

// ---------------------------------------------------------------- one insertion

async function emptyTable(page: Page): Promise<void> {
  await page.evaluate((kind) => {
    if (kind === 'plain') return (window as unknown as BenchWindow).zoomBench.clearRows();
    const list = (window as unknown as ElementWindow).__fixture.vm.lists['/'];
    list.rows = [];
    list.total = 0;
  }, fixture.kind);
  await sleep(SETTLE_MS);
}

/** Builds the rows (plain page) or the row objects (real-library page) ahead of the timed insertion. */
async function prepareRows(page: Page, n: number): Promise<void> {
  const built = await page.evaluate(
    ([kind, n]) => {
      if (kind === 'plain') return (window as unknown as BenchWindow).zoomBench.prepareRows(n);
      const win = window as unknown as ElementWindow;
      win.__benchPrepared = win.__benchUsers.slice(0, n).map((row) => ({ ...row }));
      return win.__benchPrepared.length;
    },
    [fixture.kind, n] as const,
  );
  if (built !== n) throw new Error(`the page built ${built} rows, not ${n}`);
}

interface InsertOptions {
  /** False on the page without the extension: the rows are in when the observer sees them. */
  waitForBadges?: boolean;
  /** Started just before the timed insertion, stopped after it settled (profiler, tracing). */
  instrument?: { start(): Promise<void>; stop(): Promise<void> };
  /**
   * A loading mask covers the empty list and fades out (300 ms) as the rows land, as component libraries
   * do: the plain page's CSS transition, or Element UI's v-loading (its `loading` set false with the rows).
   */
  mask?: boolean;
}

/** Element UI's mask fades in over 300 ms when `loading` turns on: waited out before the timed insertion. */
const MASK_SHOWN_MS = 500;

/**
 * Empties the table, then times the insertion of `n` rows until each has its badge (or, on the
 * page without the extension, until the observer sees the rows), and the frame after. Also counts
 * the rows that hold their badge in the first frame rendered after the insertion (a ResizeObserver
 * created then reports after that frame's style and layout, just before it is painted).
 */
async function timeInsertion(page: Page, n: number, options: InsertOptions = {}): Promise<InsertTiming> {
  const { waitForBadges = true, instrument, mask = false } = options;
  await emptyTable(page);
  await prepareRows(page, n);
  if (mask) {
    await page.evaluate((kind) => {
      if (kind === 'plain') return (window as unknown as BenchWindow).zoomBench.showMask();
      (window as unknown as ElementWindow).__fixture.vm.lists['/'].loading = true;
    }, fixture.kind);
    await sleep(MASK_SHOWN_MS);
  }
  await instrument?.start();
  const timing = await page.evaluate(
    ([waitForBadges, kind, n, elementRows, mask]) =>
      new Promise<InsertTiming>((resolve, reject) => {
        const isPlain = kind === 'plain';
        const watched = (isPlain ? document.getElementById('users-body') : document.querySelector('.user-table')) as HTMLElement;
        const mainRows = (): Element[] =>
          isPlain ? [...(watched as HTMLElement).children] : [...document.querySelectorAll(elementRows)];
        const badgeOf = (row: Element) => row.querySelector('.zaa-badge-host:not(.zaa-badge-spacer)');
        const badged = new Set<Element>();
        let t0 = 0;
        let t1 = 0;
        let firstFrameBadged = -1;
        let firstFrameInView = -1;
        let firstFrameInViewBadged = -1;
        let firstFrameAt = 0;
        let firstPaintedAt = 0;
        let painted: InsertTiming | null = null;
        // The fade: its end, and the frames the page ran until then.
        let fadeEnd = 0;
        let frames = 0;
        let lastFrame = 0;
        let longestGap = 0;
        let fadeTimeout: ReturnType<typeof setTimeout> | undefined;
        let fadeLost = false;
        const finish = () => {
          if (!painted || !firstPaintedAt) return;
          // A fade whose end never comes (seen once on a loaded machine) is reported as unknown, not waited for.
          if (mask && !fadeEnd && !fadeLost) {
            fadeTimeout ??= setTimeout(() => {
              fadeLost = true;
              finish();
            }, 10_000);
            return;
          }
          clearTimeout(fadeTimeout);
          Object.assign(painted, { frameMs: firstFrameAt - t0, firstPaintedMs: firstPaintedAt - t0 });
          document.removeEventListener('transitionend', onFadeEnd, true);
          if (mask) {
            Object.assign(painted, {
              fadeMs: fadeLost ? Number.NaN : fadeEnd - t0,
              fadeFrames: frames,
              fadeLongestGapMs: longestGap,
            });
          }
          resolve(painted);
        };
        const onFadeEnd = (event: TransitionEvent) => {
          const target = event.target as Element;
          if (fadeEnd || event.propertyName !== 'opacity' || !target.matches?.('.loading-mask, .zm-loading-mask')) return;
          fadeEnd = performance.now();
          finish();
        };
        const countFrame = () => {
          const now = performance.now();
          longestGap = Math.max(longestGap, now - lastFrame);
          lastFrame = now;
          frames++;
          if (!fadeEnd && !fadeLost) requestAnimationFrame(countFrame);
        };
        if (mask) document.addEventListener('transitionend', onFadeEnd, true);
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${n - badged.size} of ${n} rows got no badge within 10 s`));
        }, 10_000);
        /**
         * Asked for at the first change the page's rows make, after the extension's own observer (older) has run
         * on them: this animation frame callback runs after the extension's (which writes the badges near the
         * viewport), and the ResizeObserver it makes reports after the extension's, last before the frame's paint.
         */
        let firstFrame: ResizeObserver | null = null;
        const observeFirstFrame = () => {
          if (firstFrame) return;
          firstFrame = new ResizeObserver(() => {
            firstFrame?.disconnect();
            const rows = mainRows();
            firstFrameBadged = rows.filter(badgeOf).length;
            const inView = rows.filter((row) => {
              const box = row.getBoundingClientRect();
              return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
            });
            firstFrameInView = inView.length;
            firstFrameInViewBadged = inView.filter(badgeOf).length;
          });
          firstFrame.observe(watched);
        };
        let firstFrameAsked = false;
        const observer = new MutationObserver((records) => {
          if (!firstFrameAsked) {
            firstFrameAsked = true;
            requestAnimationFrame(observeFirstFrame);
          }
          if (waitForBadges) {
            // A badge comes into its row, or a host that held the row's place gets its badge (it loses the spacer class).
            const badge = (node: Node) => {
              if (!(node instanceof Element) || !node.classList.contains('zaa-badge-host')) return;
              if (node.classList.contains('zaa-badge-spacer')) return;
              const row = node.closest('tr');
              if (row) badged.add(row);
            };
            for (const record of records) {
              if (record.type === 'attributes') badge(record.target);
              else for (const node of record.addedNodes) badge(node);
            }
            if (badged.size < n || t1) return;
          } else if (t1 || mainRows().length < n) return;
          t1 = performance.now();
          observer.disconnect();
          clearTimeout(timeout);
          requestAnimationFrame(() => {
            const frame = performance.now();
            // A message posted from rAF runs after this frame's style, layout and paint.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              performance.mark('bench-painted');
              const paintedAt = performance.now();
              // The first frame was rendered by now: its count is in.
              painted = {
                badgesMs: t1 - t0,
                frameMs: frame - t0,
                firstPaintedMs: 0,
                paintedMs: paintedAt - t0,
                firstFrameBadged,
                firstFrameInView,
                firstFrameInViewBadged,
              };
              finish();
            };
            channel.port2.postMessage(null);
          });
        });
        observer.observe(watched, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
        performance.mark('bench-t0');
        t0 = performance.now();
        lastFrame = t0;
        if (mask) requestAnimationFrame(countFrame);
        // The first frame after the insertion, whatever is badged by then: when it was painted.
        requestAnimationFrame(() => {
          firstFrameAt = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            firstPaintedAt = performance.now();
            finish();
          };
          channel.port2.postMessage(null);
        });
        if (isPlain) {
          watched.append(...(window as unknown as BenchWindow).zoomBench.takePreparedRows());
          if (mask) (window as unknown as BenchWindow).zoomBench.fadeMask();
        } else {
          const win = window as unknown as ElementWindow;
          const list = win.__fixture.vm.lists['/'];
          list.size = n;
          list.total = n;
          list.rows = win.__benchPrepared ?? [];
          // As the page app does when its request answers: the rows, and the mask goes.
          if (mask) list.loading = false;
          win.__benchPrepared = null;
        }
      }),
    [waitForBadges, fixture.kind, n, ELEMENT_ROWS, mask] as const,
  );
  await sleep(SETTLE_MS);
  await instrument?.stop();
  return timing;
}

// ---------------------------------------------------------------- CPU profiles

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  wallMs: number;
  /** Samples whose own frame is extension code. */
  extensionSelfMs: number;
  /** Samples with extension code anywhere on the stack (includes the DOM and builtins it called). */
  extensionInclusiveMs: number;
  /** The longest run of consecutive samples with extension code on the stack. */
  longestExtensionStretchMs: number;
  hottest: { frame: string; selfMs: number }[];
}

const isExtensionUrl = (url: string): boolean => url.startsWith('chrome-extension://');

export function summariseProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const underExtension = new Map<number, boolean>();
  const hasExtensionFrame = (id: number): boolean => {
    const known = underExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const result = !!node && (isExtensionUrl(node.callFrame.url) || (parent !== undefined && hasExtensionFrame(parent)));
    underExtension.set(id, result);
    return result;
  };

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let selfUs = 0;
  let inclusiveUs = 0;
  let stretchUs = 0;
  let longestUs = 0;
  const selfByFrame = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one.
    const duration = i + 1 < deltas.length ? Math.max(0, deltas[i + 1]) : 0;
    const node = byId.get(samples[i]);
    if (!node) continue;
    if (isExtensionUrl(node.callFrame.url)) {
      selfUs += duration;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const frame = `${functionName || '(anonymous)'} ${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${lineNumber + 1}:${columnNumber + 1}`;
      selfByFrame.set(frame, (selfByFrame.get(frame) ?? 0) + duration);
    }
    if (hasExtensionFrame(node.id)) {
      inclusiveUs += duration;
      stretchUs += duration;
      longestUs = Math.max(longestUs, stretchUs);
    } else {
      stretchUs = 0;
    }
  }
  const hottest = [...selfByFrame.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([frame, us]) => ({ frame, selfMs: round(us / 1000) }));
  return {
    wallMs: round((profile.endTime - profile.startTime) / 1000),
    extensionSelfMs: round(selfUs / 1000),
    extensionInclusiveMs: round(inclusiveUs / 1000),
    longestExtensionStretchMs: round(longestUs / 1000),
    hottest,
  };
}

/** BENCH_SAVE_PROFILES=<folder>: keep the raw .cpuprofile files (open them in Chrome DevTools). */
function saveProfile(label: string, profile: CpuProfile): void {
  const folder = process.env.BENCH_SAVE_PROFILES;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `overlay-${label}.cpuprofile`), JSON.stringify(profile));
}

async function startProfiler(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await session.send('Profiler.start');
}

async function stopProfiler(session: CDPSession): Promise<CpuProfile> {
  const { profile } = await session.send('Profiler.stop');
  await session.send('Profiler.disable');
  return profile as CpuProfile;
}

async function scriptDurationSeconds(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN;
}

// ---------------------------------------------------------------- the benchmark

/** Warm-up, then RUNS insertions of each size, interleaved; long tasks of the 1,000-row ones. */
async function timeRuns(page: Page, timings: Record<number, InsertTiming[]>, waitForBadges: boolean): Promise<LongTaskRecord> {
  const long: LongTaskRecord = { tasks: [], frames: [] };
  for (const n of SIZES) for (let i = 0; i < WARMUP_RUNS; i++) await timeInsertion(page, n, { waitForBadges });
  await recordLongTasks(page);
  for (let run = 0; run < RUNS; run++) {
    for (const n of SIZES) {
      await takeLongTasks(page); // drop what the emptying and the last run left
      timings[n].push(await timeInsertion(page, n, { waitForBadges }));
      if (n === 1_000) {
        const { tasks, frames } = await takeLongTasks(page);
        long.tasks.push(...tasks);
        long.frames.push(...frames);
      }
    }
  }
  return long;
}

const FADE_RUNS = Number(process.env.BENCH_FADE_RUNS ?? 5);

/** FADE_RUNS insertions of each size with a loading mask fading out as the rows land (interleaved). */
async function timeFades(page: Page, waitForBadges: boolean): Promise<Record<number, InsertTiming[]>> {
  const fades: Record<number, InsertTiming[]> = { 100: [], 1000: [] };
  for (let run = 0; run < FADE_RUNS; run++) {
    for (const n of SIZES) fades[n].push(await timeInsertion(page, n, { waitForBadges, mask: true }));
  }
  return fades;
}

/** One more 1,000-row insertion under the CPU profiler (which slows it: not one of the timed runs). */
async function profileInsertion(page: Page, session: CDPSession): Promise<ProfileSummary> {
  // Kept for reading only (BENCH_SAVE_PROFILES): a 100-row insertion's profile shows the cost a scan has whatever the rows.
  if (process.env.BENCH_SAVE_PROFILES) await profileAndSave(page, session, 100);
  return summariseProfile(await profileAndSave(page, session, 1_000));
}

async function profileAndSave(page: Page, session: CDPSession, n: number): Promise<CpuProfile> {
  let profile: CpuProfile | null = null;
  await timeInsertion(page, n, {
    instrument: {
      start: () => startProfiler(session),
      // Stopped after the settling pause: includes the overlay saving the page and repainting.
      stop: async () => {
        profile = await stopProfiler(session);
      },
    },
  });
  if (!profile) throw new Error('no CPU profile');
  saveProfile(`insertion-${n}${fixture.kind === 'plain' ? '' : `-${fixture.kind}`}`, profile);
  return profile;
}

const TRACED_RUNS = 3;

/** TRACED_RUNS more insertions of `n` rows under tracing; the run with the median busy time. */
async function traceInsertion(page: Page, session: CDPSession, waitForBadges = true, n = 1_000): Promise<Breakdown | null> {
  const runs: Breakdown[] = [];
  for (let i = 0; i < TRACED_RUNS; i++) {
    const run = await traceOneInsertion(page, session, waitForBadges, n);
    if (run) runs.push(run);
  }
  if (runs.length === 0) return null;
  const busy = (b: Breakdown) => b.script + b.style + b.layout + b.paint + b.gc + b.other;
  return [...runs].sort((a, b) => busy(a) - busy(b))[runs.length >> 1];
}

/** One insertion under tracing: main-thread time from rows inserted to painted, by kind. */
async function traceOneInsertion(page: Page, session: CDPSession, waitForBadges: boolean, n: number): Promise<Breakdown | null> {
  let tracer: { stop(): Promise<TraceEvent[]> } | null = null;
  let events: TraceEvent[] = [];
  await timeInsertion(page, n, {
    waitForBadges,
    instrument: {
      start: async () => {
        tracer = await startTrace(session);
      },
      stop: async () => {
        events = (await tracer?.stop()) ?? [];
      },
    },
  });
  return breakdown(events);
}

async function measureIdle(page: Page, session: CDPSession) {
  // The last insertion left 1,000 rows with their badges: the overlay is mounted and quiet.
  const badges = await page.evaluate(
    () => document.querySelectorAll('#users-body .zaa-badge-host:not(.zaa-badge-spacer)').length,
  );
  await sleep(1_000);
  await session.send('Performance.enable');
  const scriptBefore = await scriptDurationSeconds(session);
  await startProfiler(session);
  await page.evaluate((ms) => (window as unknown as BenchWindow).zoomBench.startClock(ms), CLOCK_TICK_MS);
  await sleep(IDLE_MS);
  const ticks = await page.evaluate(() => (window as unknown as BenchWindow).zoomBench.stopClock());
  const rawProfile = await stopProfiler(session);
  saveProfile('idle', rawProfile);
  const profile = summariseProfile(rawProfile);
  const scriptAfter = await scriptDurationSeconds(session);
  await session.send('Performance.disable');
  return { badges, ticks, profile, pageScriptMs: round((scriptAfter - scriptBefore) * 1000) };
}

function latencyLines(timings: Record<number, InsertTiming[]>, pageAlone: Record<number, InsertTiming[]>): void {
  for (const n of SIZES) {
    const runs = timings[n];
    const alone = pageAlone[n];
    const label = n.toLocaleString('en');
    emit({
      name: `overlay${fixture.label}: ${label} rows inserted → every row badged (the last row's badge in the DOM)`,
      value: round(median(runs.map((r) => r.badgesMs))),
      unit: 'ms',
      details: { runs: runs.map((r) => round(r.badgesMs)) },
      note:
        `median of ${runs.length}; the rows near the viewport are badged in the read, the rest in row order ` +
        `in slices of a few ms after the first frame is painted`,
    });
    // The first frame after the insertion: what the admin sees first, against the page alone.
    const first = round(median(runs.map((r) => r.firstPaintedMs)));
    const aloneFirst = round(median(alone.map((r) => r.firstPaintedMs)));
    const goal = FIRST_FRAME_GOAL[n](aloneFirst);
    emit({
      name: `overlay${fixture.label}: ${label} rows inserted → first frame painted`,
      value: first,
      unit: 'ms',
      budget: goal.text,
      budgetValue: round(goal.value),
      details: {
        runs: runs.map((r) => round(r.firstPaintedMs)),
        rafCallbackMs: runs.map((r) => round(r.frameMs)),
        pageAloneRuns: alone.map((r) => round(r.firstPaintedMs)),
      },
      note:
        `median of ${runs.length}; the same page without the extension paints in ${aloneFirst} ms ` +
        `(the overlay adds ≈ ${round(first - aloneFirst)} ms, ${round(first / aloneFirst, 2)}×); ` +
        `rAF callback at ${round(median(runs.map((r) => r.frameMs)))} ms`,
    });
    const painted = round(median(runs.map((r) => r.paintedMs)));
    emit({
      name: `overlay${fixture.label}: ${label} rows inserted → every row badged and painted`,
      value: painted,
      unit: 'ms',
      details: { runs: runs.map((r) => round(r.paintedMs)) },
      note:
        `median of ${runs.length}: the frame painted after the last row's badge; ` +
        `the page alone paints its rows in ${aloneFirst} ms (${round(painted / aloneFirst, 2)}×)`,
    });
    const whole = runs.filter((r) => r.firstFrameInView > 0 && r.firstFrameInViewBadged === r.firstFrameInView).length;
    emit({
      name: `overlay${fixture.label}: every row in the viewport badged in the first painted frame after ${label} rows land`,
      value: whole,
      unit: 'runs',
      figure: `${whole === runs.length ? 'yes' : 'no'}: in ${whole} of ${runs.length} runs`,
      details: {
        rowsInView: runs.map((r) => r.firstFrameInView),
        rowsInViewBadged: runs.map((r) => r.firstFrameInViewBadged),
        rowsBadgedInFirstFrame: runs.map((r) => r.firstFrameBadged),
      },
      note:
        `rows in the viewport ${runs.map((r) => r.firstFrameInView).join('/')}, of them badged ` +
        `${runs.map((r) => r.firstFrameInViewBadged).join('/')}; every row of the ${label} badged in that frame in ` +
        `${runs.filter((r) => r.firstFrameBadged === n).length} runs (rows holding their badge when a ResizeObserver ` +
        `created after the extension's read reports: after the first frame's layout, before its paint)`,
    });
  }
}

/** The 100-row landing in a trace, with the extension and without: where the overlay's milliseconds go. */
function breakdown100Line(withOverlay: Breakdown | null, pageAlone: Breakdown | null): void {
  const busy = (b: Breakdown) => round(b.script + b.style + b.layout + b.paint + b.gc + b.other);
  const cpu = (b: Breakdown) => `script ${b.cpu.script}, style ${b.cpu.style}, layout ${b.cpu.layout}, paint ${b.cpu.paint}`;
  emit({
    name: `overlay${fixture.label}: 100 rows inserted → painted, main thread busy against the page alone (trace)`,
    value: withOverlay ? busy(withOverlay) : null,
    unit: 'ms',
    figure:
      withOverlay && pageAlone
        ? `${busy(withOverlay)} ms (page alone ${busy(pageAlone)} ms, +${round(busy(withOverlay) - busy(pageAlone))} ms)`
        : '—',
    details: { overlay: withOverlay ? { ...withOverlay } : null, pageAlone: pageAlone ? { ...pageAlone } : null },
    note:
      withOverlay && pageAlone
        ? `CPU ms with the extension: ${cpu(withOverlay)} (extension script ${withOverlay.extension.scriptCpuMs}); ` +
          `page alone: ${cpu(pageAlone)}; the median of ${TRACED_RUNS} traced runs each`
        : 'trace not readable',
  });
}

function breakdownLines(withOverlay: Breakdown | null, pageAlone: Breakdown | null): void {
  const describeTrace = (b: Breakdown) =>
    `script ${b.script}, style ${b.style}, layout ${b.layout}, paint/composite ${b.paint}, GC ${b.gc}, other ${b.other} ms ` +
    `(CPU time: script ${b.cpu.script}, style ${b.cpu.style}, layout ${b.cpu.layout}, paint ${b.cpu.paint} ms)`;
  const busy = (b: Breakdown) => round(b.script + b.style + b.layout + b.paint + b.gc + b.other);
  for (const [label, b] of [
    ['overlay', withOverlay],
    ['page alone (no extension)', pageAlone],
  ] as const) {
    emit({
      name: `${label}${fixture.label}: 1,000 rows inserted → painted, main thread busy (trace)`,
      value: b ? busy(b) : null,
      unit: 'ms',
      details: b ? { ...b } : { error: 'no bench-t0/bench-painted marks in the trace' },
      note: b
        ? `${describeTrace(b)} (forced by script: ${b.forcedMs} ms); the median of ${TRACED_RUNS} traced runs`
        : 'trace not readable',
    });
  }
  const ext = withOverlay?.extension;
  emit({
    name: `overlay${fixture.label}: extension script while 1,000 rows land (trace)`,
    value: ext ? ext.scriptMs : null,
    unit: 'ms',
    budget: '≤ 20 ms',
    budgetValue: 20,
    figure: ext ? `${ext.scriptMs} ms (CPU ${ext.scriptCpuMs} ms), style and layout it forced ${ext.forcedMs} ms` : '—',
    details: ext ? { ...ext } : {},
    note: ext
      ? `inside the ${ext.calls} calls into chrome-extension:// scripts between the insertion and the paint, in the same traced run`
      : 'trace not readable',
  });
}

/** The loading mask's fade with the extension against the page alone: its length and the frames it got. */
function fadeLines(withOverlay: Record<number, InsertTiming[]>, pageAlone: Record<number, InsertTiming[]>): void {
  for (const n of SIZES) {
    const figures = (runs: InsertTiming[]) => ({
      ms: round(median(runs.map((r) => r.fadeMs ?? Number.NaN))),
      frames: median(runs.map((r) => r.fadeFrames ?? Number.NaN)),
      gap: round(median(runs.map((r) => r.fadeLongestGapMs ?? Number.NaN))),
    });
    const ext = figures(withOverlay[n]);
    const alone = figures(pageAlone[n]);
    emit({
      name: `overlay${fixture.label}: loading mask's 300 ms fade while ${n.toLocaleString('en')} rows land`,
      value: ext.ms,
      unit: 'ms',
      figure:
        `${ext.ms} ms, ${ext.frames} frames, longest frame gap ${ext.gap} ms ` +
        `(page alone ${alone.ms} ms, ${alone.frames} frames, gap ${alone.gap} ms)`,
      details: {
        fadeMs: withOverlay[n].map((r) => round(r.fadeMs ?? Number.NaN)),
        frames: withOverlay[n].map((r) => r.fadeFrames),
        longestGapMs: withOverlay[n].map((r) => round(r.fadeLongestGapMs ?? Number.NaN)),
        pageAloneFadeMs: pageAlone[n].map((r) => round(r.fadeMs ?? Number.NaN)),
        pageAloneFrames: pageAlone[n].map((r) => r.fadeFrames),
        pageAloneLongestGapMs: pageAlone[n].map((r) => round(r.fadeLongestGapMs ?? Number.NaN)),
      },
      note:
        `median of ${withOverlay[n].length}: from the rows' insertion (the fade starts with it) to the mask's transitionend; ` +
        `frames are the page's rAF callbacks meanwhile. Goal: as long as without the extension (${round(ext.ms - alone.ms)} ms more)`,
    });
  }
}

/** The longest single call into the extension while 1,000 rows land (from the traced runs), against the page's longest task. */
function longestCallLine(withOverlay: Breakdown | null, longTasks: LongTaskRecord, pageAlone: LongTaskRecord): void {
  const call = withOverlay?.longestExtensionCall;
  const longest = (tasks: LongTaskEntry[]) => round(Math.max(0, ...tasks.map((t) => t.duration)));
  emit({
    name: `overlay${fixture.label}: the extension's longest task while 1,000 rows land (trace)`,
    value: call ? call.ms : null,
    unit: 'ms',
    budget: '≤ 16 ms',
    budgetValue: 16,
    figure: call
      ? `${call.ms} ms (CPU ${call.cpuMs} ms); page-wide longest task ${longest(longTasks.tasks)} ms, page alone ${longest(pageAlone.tasks)} ms`
      : '—',
    details: call
      ? {
          ...call,
          longTasks: longTasks.tasks.map((t) => round(t.duration)),
          pageAlone: pageAlone.tasks.map((t) => round(t.duration)),
        }
      : {},
    note:
      'the longest single call into chrome-extension:// scripts from the insertion to the end of the settling pause ' +
      '(reading the rows and badging them, the save, the repaint when the store answers), in the median traced run; ' +
      `page-wide: PerformanceObserver 'longtask' over the ${RUNS} timed 1,000-row runs (the page's own work and ours in one task)`,
  });
}

interface LongTaskRecord {
  tasks: LongTaskEntry[];
  frames: LongFrameEntry[];
}

function stretchLine(insertion: ProfileSummary): void {
  emit({
    name: `overlay${fixture.label}: longest unbroken extension script stretch, 1,000 rows (CPU profile)`,
    value: insertion.longestExtensionStretchMs,
    unit: 'ms',
    budget: `< ${LONG_TASK_MS} ms`,
    budgetValue: LONG_TASK_MS,
    details: { ...insertion },
    note:
      `extension script ${insertion.extensionInclusiveMs} ms in all (self ${insertion.extensionSelfMs} ms) incl. the save and repaint after; ` +
      `hottest: ${insertion.hottest
        .slice(0, 3)
        .map((h) => `${h.frame} ${h.selfMs} ms`)
        .join(', ')}`,
  });
}

function longTaskLines(withOverlay: LongTaskRecord, pageAlone: LongTaskRecord): void {
  const longest = (tasks: LongTaskEntry[]) => round(Math.max(0, ...tasks.map((t) => t.duration)));
  const extensionScripts = withOverlay.frames.flatMap((f) => f.scripts.filter((s) => isExtensionUrl(s.sourceURL)));
  emit({
    name: `overlay: longest task (page-wide, incl. the page's own layout) while 1,000 rows are inserted`,
    value: longest(withOverlay.tasks),
    unit: 'ms',
    figure: `${longest(withOverlay.tasks)} ms (page alone ${longest(pageAlone.tasks)} ms)`,
    details: {
      longTasks: withOverlay.tasks.map((t) => round(t.duration)),
      pageAloneLongTasks: pageAlone.tasks.map((t) => round(t.duration)),
      longAnimationFrames: withOverlay.frames.map((f) => ({
        duration: round(f.duration),
        blocking: round(f.blockingDuration),
        scripts: f.scripts.map((s) => ({
          ...s,
          duration: round(s.duration),
          forcedStyleAndLayoutDuration: round(s.forcedStyleAndLayoutDuration),
        })),
      })),
    },
    note:
      `PerformanceObserver 'longtask' over ${RUNS} runs: ${withOverlay.tasks.length} long tasks; the page alone: ` +
      `${pageAlone.tasks.length}, longest ${longest(pageAlone.tasks)} ms. Long animation frames: ${withOverlay.frames.length}; ` +
      `scripts attributed to the extension in them: ${extensionScripts.length} (Chromium reports content-script callbacks with an empty sourceURL)`,
  });
}

function idleLines(idle: Awaited<ReturnType<typeof measureIdle>>): void {
  const { profile } = idle;
  const percent = (ms: number) => round((ms / profile.wallMs) * 100, 3);
  const context =
    `${round(profile.wallMs / 1000, 2)} s, ${idle.ticks} clock ticks, ${idle.badges} badges mounted; ` +
    `whole page ScriptDuration ${idle.pageScriptMs} ms`;
  emit({
    name: `overlay idle: extension script self time (${USERS.toLocaleString('en')} rows, page text changing every ${CLOCK_TICK_MS} ms)`,
    value: percent(profile.extensionSelfMs),
    unit: '% of wall',
    budget: '< 1 %',
    budgetValue: 1,
    details: { ...idle },
    note: `${profile.extensionSelfMs} ms of ${context}`,
  });
  emit({
    name: 'overlay idle: the same, with the builtins and DOM calls it makes',
    value: percent(profile.extensionInclusiveMs),
    unit: '% of wall',
    budget: '< 1 %',
    budgetValue: 1,
    note: `${profile.extensionInclusiveMs} ms; hottest: ${profile.hottest
      .slice(0, 3)
      .map((h) => `${h.frame} ${h.selfMs} ms`)
      .join(', ')}`,
  });
}

/** BENCH_OVERLAY_FIXTURES=plain,element (the default): which pages to measure, each in a browser of its own. */
const FIXTURES = (process.env.BENCH_OVERLAY_FIXTURES ?? 'plain,element').split(',').map((name) => name.trim());

async function measure(which: BenchFixture): Promise<void> {
  fixture = which;
  const context = await launchWithExtension();
  try {
    const extensionId = await extensionIdOf(context);
    await seedStore(context, extensionId, benchBackup(benchUsers(USERS), 'zoom.us'));
    const pageAlone = await measurePageAlone(context);
    const page = await openZoomPage(context);
    emitMachine({ chromium: await chromiumVersion(page) });
    const session = await context.newCDPSession(page);

    const timings: Record<number, InsertTiming[]> = { 100: [], 1000: [] };
    const longTasks = await timeRuns(page, timings, true);
    latencyLines(timings, pageAlone.timings);
    const traced = await traceInsertion(page, session);
    breakdownLines(traced, pageAlone.trace);
    longestCallLine(traced, longTasks, pageAlone.longTasks);
    breakdown100Line(await traceInsertion(page, session, true, 100), pageAlone.trace100);
    if (which.kind === 'plain') longTaskLines(longTasks, pageAlone.longTasks);
    fadeLines(await timeFades(page, true), pageAlone.fades);
    stretchLine(await profileInsertion(page, session));
    if (which.kind === 'plain') idleLines(await measureIdle(page, session));
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  for (const which of [PLAIN, ELEMENT]) if (FIXTURES.includes(which.kind)) await measure(which);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
