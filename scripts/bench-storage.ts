/**
 * Storage benchmark in Chromium with the built extension (scripts/bench.mjs runs it; alone:
 * `npx vite-node scripts/bench-storage.ts`, after `WXT_OUT_DIR=.output-bench npx wxt build`).
 * Prints JSON lines (see bench-browser.ts → BenchLine); never fails on timing.
 *
 * From an extension page, through the store's messages (what content scripts and the popup do):
 * save 10,000 Zoom users of one host with `importZoomCsv` and with `saveZoomSnapshot` (one
 * complete Users page), and load them back with `getZoomContext`. Each time is the message's
 * round trip (the message serialised both ways, IndexedDB in the background). The store also holds a
 * 1,000-employee roster, which `getZoomContext` returns too. Median of RUNS (7 unless
 * BENCH_STORAGE_RUNS says otherwise); the loads are two per round, so twice as many.
 * The store keeps a host's users in one record of columns (utils/store/db.ts → ZoomUserSet), so a
 * save is one read and one write of that record, whatever the number of users.
 */
import type { Page } from '@playwright/test';
import type { ZoomRow } from '../utils/roster/model';
import type { ZoomContext } from '../utils/store/messages';
import { benchBackup, benchUsers, emit, extensionIdOf, launchWithExtension, median, round, seedStore } from './bench-browser';

const ZOOM_USERS = 10_000;
const HOST = 'bench.zoom.us';
const RUNS = Number(process.env.BENCH_STORAGE_RUNS ?? 7);

interface InPage {
  chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; result?: unknown; error?: string } | undefined> } };
}

/** Times one store request from the page; the payload is put in the page beforehand, so only the request is timed. */
async function timeRequest(page: Page, name: string, payload: unknown): Promise<{ ms: number; result: unknown }> {
  await page.evaluate((payload) => ((globalThis as unknown as { benchPayload: unknown }).benchPayload = payload), payload);
  const timed = await page.evaluate(async (name) => {
    const payload = (globalThis as unknown as { benchPayload: unknown }).benchPayload;
    const start = performance.now();
    const reply = await (globalThis as unknown as InPage).chrome.runtime.sendMessage({
      channel: 'zaa-store',
      name,
      payload,
      sentAt: Date.now(),
    });
    // Users sent as columns are turned back into objects, as askStore does (utils/store/wire.ts → unpackUsers).
    const result = reply?.result as { zoomUsers?: unknown } | undefined;
    const columns = result?.zoomUsers as Record<string, unknown[]> | undefined;
    if (result && columns && !Array.isArray(columns)) {
      const users: Record<string, unknown>[] = new Array(columns.email.length);
      for (let i = 0; i < users.length; i++) {
        const user: Record<string, unknown> = {
          host: columns.host,
          email: columns.email[i],
          state: columns.state[i],
          firstSeen: columns.firstSeen[i],
          lastSeen: columns.lastSeen[i],
        };
        if (columns.name[i] !== null) user.name = columns.name[i];
        if (columns.userType[i] !== null) user.userType = columns.userType[i];
        if (columns.invitedOn[i] !== null) user.invitedOn = columns.invitedOn[i];
        users[i] = user;
      }
      result.zoomUsers = users;
    }
    const ms = performance.now() - start;
    return { ms, reply };
  }, name);
  if (!timed.reply?.ok) throw new Error(`store ${name} failed: ${JSON.stringify(timed.reply)?.slice(0, 300)}`);
  return { ms: timed.ms, result: timed.reply.result };
}

/** An extension page that renders nothing of the store (the popup would redraw on every write). */
async function openQuietExtensionPage(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const hasRuntime = await page.evaluate(
    () => typeof (globalThis as unknown as Partial<InPage>).chrome?.runtime?.sendMessage === 'function',
  );
  if (!hasRuntime) await page.goto(`chrome-extension://${extensionId}/popup.html`);
}

function zoomRows(): ZoomRow[] {
  return benchUsers(ZOOM_USERS).map((user) => ({
    email: user.email,
    name: user.name,
    state: user.status === 'Active' ? 'active' : 'inactive',
    userType: user.type,
  }));
}

async function main(): Promise<void> {
  const context = await launchWithExtension();
  try {
    const extensionId = await extensionIdOf(context);
    await seedStore(context, extensionId, benchBackup(benchUsers(1_000), 'zoom.us'));
    const page = await context.newPage();
    await openQuietExtensionPage(page, extensionId);
    const rows = zoomRows();
    const snapshot = { list: 'users', rows, total: rows.length, page: 1, pageCount: 1, filtered: false };

    const importMs: number[] = [];
    const snapshotMs: number[] = [];
    const loadMs: number[] = [];
    const checkLoaded = (result: unknown) => {
      const loaded = result as ZoomContext;
      if (loaded.zoomUsers.length !== ZOOM_USERS)
        throw new Error(`getZoomContext gave ${loaded.zoomUsers.length} users, not ${ZOOM_USERS}`);
    };
    // One warm-up round (the service worker starts, IndexedDB opens), then RUNS timed rounds.
    for (let run = 0; run <= RUNS; run++) {
      const imported = await timeRequest(page, 'importZoomCsv', { host: HOST, rows });
      const loadedAfterImport = await timeRequest(page, 'getZoomContext', { host: HOST });
      checkLoaded(loadedAfterImport.result);
      const saved = await timeRequest(page, 'saveZoomSnapshot', { host: HOST, snapshot });
      const loadedAfterSnapshot = await timeRequest(page, 'getZoomContext', { host: HOST });
      checkLoaded(loadedAfterSnapshot.result);
      if (run === 0) continue;
      importMs.push(imported.ms);
      snapshotMs.push(saved.ms);
      loadMs.push(loadedAfterImport.ms, loadedAfterSnapshot.ms);
    }
    const users = ZOOM_USERS.toLocaleString('en');
    const line = (name: string, runs: number[], note: string) =>
      emit({
        name,
        value: round(median(runs)),
        unit: 'ms',
        details: { runs: runs.map((ms) => round(ms)) },
        note: `median of ${runs.length}; ${note}`,
      });
    line(
      `storage: save ${users} Zoom users (importZoomCsv)`,
      importMs,
      "message round trip from an extension page, replaces the host's users",
    );
    line(
      `storage: save ${users} Zoom users (saveZoomSnapshot, one complete page)`,
      snapshotMs,
      "the same users again: every row seen anew, the pass completed, the host's record rewritten once",
    );
    line(`storage: load ${users} Zoom users (getZoomContext)`, loadMs, 'with a 1,000-employee roster; after each kind of save');
  } finally {
    await context.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
