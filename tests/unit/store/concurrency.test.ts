/**
 * Several tabs writing at once (issue 15, part 6). The service worker answers messages
 * concurrently, so these fire many saves without waiting for each other and check that nothing
 * seen is lost, that coverage still completes, and that an older look never overwrites or removes
 * what a later one saw, whatever order the messages arrive in.
 */
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coverageOf } from '../../../utils/roster/coverage';
import type { ListSnapshot, ZoomRow } from '../../../utils/roster/model';
import { askStore } from '../../../utils/store/client';
import { handleStoreMessage } from '../../../utils/store/handlers';
import type { StoreMessage, StoreRequest, StoreRequestName, StoreResponse } from '../../../utils/store/messages';
import { fromWire } from '../../../utils/store/wire';
import { mulberry32 } from '../../support/seeded-random';
import { employee, FROM_EXTENSION_PAGE, freshStore, NOW, zoomRows, type TestStore } from './helpers';

const HOST = 'us06web.zoom.us';
const TENANT = 'firma.zarezerwuj.pl';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** What the background receives from a tab: the request and when the tab sent it. */
async function send<K extends StoreRequestName>(
  store: TestStore,
  name: K,
  payload: StoreRequest<K>,
  sentAt: number,
): Promise<StoreResponse<K>> {
  const message: StoreMessage<K> = { channel: 'zaa-store', name, payload, sentAt };
  const reply = await handleStoreMessage(store.handlers, message, FROM_EXTENSION_PAGE);
  if (!reply?.ok) throw new Error(`${name} failed: ${JSON.stringify(reply)}`);
  return fromWire(name, reply.result);
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** A Users list of `pages` pages of 4 and a Pending list of one page of 3, as the pager shows them. */
function listPages(pages: number): ListSnapshot[] {
  const users: ZoomRow[] = Array.from({ length: pages * 4 }, (_, i) => ({
    email: `u${String(i).padStart(3, '0')}@firma.pl`,
    state: i % 9 ? 'active' : 'inactive',
  }));
  const snapshots: ListSnapshot[] = [];
  for (let page = 1; page <= pages; page++) {
    snapshots.push({
      list: 'users',
      rows: users.slice((page - 1) * 4, page * 4),
      page,
      pageCount: pages,
      total: users.length,
      filtered: false,
    });
  }
  snapshots.push({
    list: 'pending',
    rows: zoomRows('pending', 'p1@firma.pl', 'p2@firma.pl', 'p3@firma.pl'),
    page: 1,
    pageCount: 1,
    total: 3,
    filtered: false,
  });
  return snapshots;
}

describe('two Zoom tabs of one host paged at the same time', () => {
  it('every page of both tabs ends up stored and the view completes, round after round', async () => {
    const store = await freshStore();
    const random = mulberry32(15);
    const pages = listPages(6);
    const everyone = pages.flatMap((snapshot) => snapshot.rows.map((row) => row.email)).sort();
    for (let round = 0; round < 20; round++) {
      await store.handlers.forgetZoomHost({ host: HOST });
      // Each tab pages through in its own order; all their saves are in flight at once.
      const looks = [...shuffled(pages, random), ...shuffled(pages, random)];
      const saves = shuffled(
        looks.map((snapshot, i) => () => send(store, 'saveZoomSnapshot', { host: HOST, snapshot }, NOW + round * 100 + i)),
        random,
      );
      const results = await Promise.all(saves.map((save) => save()));

      const context = await store.handlers.getZoomContext({ host: HOST });
      expect(context.zoomUsers.map((user) => user.email)).toEqual(everyone);
      expect(coverageOf(context.zoomHost)).toBe('complete');
      // Both tabs walked the whole list: the pass completed at least once for each list.
      expect(results.filter((result) => result.completed).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('the same page saved by both tabs at once is stored once, with nothing lost', async () => {
    const store = await freshStore();
    const [page1, page2] = listPages(2);
    await Promise.all([
      send(store, 'saveZoomSnapshot', { host: HOST, snapshot: page1 }, NOW + 1),
      send(store, 'saveZoomSnapshot', { host: HOST, snapshot: page1 }, NOW + 1),
      send(store, 'saveZoomSnapshot', { host: HOST, snapshot: page2 }, NOW + 2),
      send(store, 'saveZoomSnapshot', { host: HOST, snapshot: page2 }, NOW + 2),
    ]);
    const context = await store.handlers.getZoomContext({ host: HOST });
    expect(context.zoomUsers).toHaveLength(8);
    expect(context.zoomHost?.users.complete).toBe(true);
  });
});

describe('a look that arrives after a later one', () => {
  it('does not overwrite what the later look saw', async () => {
    const store = await freshStore();
    store.clock.now = NOW + 100;
    // Tab B saw p@ activated on the Users list at NOW+20; tab A's Pending page from NOW+10 arrives after.
    await send(
      store,
      'saveZoomSnapshot',
      {
        host: HOST,
        snapshot: { list: 'users', rows: [{ email: 'p@firma.pl', state: 'active', name: 'Pola' }], filtered: false },
      },
      NOW + 20,
    );
    await send(
      store,
      'saveZoomSnapshot',
      {
        host: HOST,
        snapshot: {
          list: 'pending',
          rows: [{ email: 'p@firma.pl', state: 'pending', invitedOn: '2026-11-01' }],
          filtered: false,
        },
      },
      NOW + 10,
    );
    const context = await store.handlers.getZoomContext({ host: HOST });
    expect(context.zoomUsers).toEqual([
      { host: HOST, email: 'p@firma.pl', name: 'Pola', state: 'active', firstSeen: NOW + 20, lastSeen: NOW + 20 },
    ]);
    // The older look still counts for coverage (its page was seen), and the host's time stays the later one.
    expect(context.zoomHost?.pending.complete).toBe(true);
    expect(context.zoomHost?.lastReadAt).toBe(NOW + 20);
  });

  it('completing a pass does not remove a user a later search found', async () => {
    const store = await freshStore();
    store.clock.now = NOW + 100;
    const [page1, page2] = listPages(2);
    await send(store, 'saveZoomSnapshot', { host: HOST, snapshot: page1 }, NOW + 1);
    // Tab B searches at NOW+30 and finds a user added on Zoom meanwhile.
    const search: ListSnapshot = { list: 'users', rows: zoomRows('active', 'new@firma.pl'), total: 1, filtered: true };
    await send(store, 'saveZoomSnapshot', { host: HOST, snapshot: search }, NOW + 30);
    // Tab A's last page, read at NOW+2, arrives now and completes the pass without new@.
    expect(await send(store, 'saveZoomSnapshot', { host: HOST, snapshot: page2 }, NOW + 2)).toEqual({ completed: true });
    const emails = (await store.handlers.getZoomContext({ host: HOST })).zoomUsers.map((user) => user.email);
    expect(emails).toContain('new@firma.pl');
    expect(emails).toHaveLength(9);
  });

  it('a completed pass still removes users that no later look saw (deleted on Zoom)', async () => {
    const store = await freshStore();
    store.clock.now = NOW + 100;
    await send(
      store,
      'saveZoomSnapshot',
      { host: HOST, snapshot: { list: 'users', rows: zoomRows('active', 'gone@firma.pl'), filtered: false } },
      NOW + 1,
    );
    const [page1, page2] = listPages(2);
    await send(store, 'saveZoomSnapshot', { host: HOST, snapshot: page2 }, NOW + 6);
    await send(store, 'saveZoomSnapshot', { host: HOST, snapshot: page1 }, NOW + 5);
    const emails = (await store.handlers.getZoomContext({ host: HOST })).zoomUsers.map((user) => user.email);
    expect(emails).not.toContain('gone@firma.pl');
    expect(emails).toHaveLength(8);
  });

  it('a roster read before the stored one replaces nothing', async () => {
    const store = await freshStore();
    store.clock.now = NOW + 100;
    await send(store, 'saveRoster', { tenant: TENANT, employees: [employee(0, 'Nowa'), employee(1, 'Lista')] }, NOW + 20);
    await send(store, 'saveRoster', { tenant: TENANT, employees: [employee(0, 'Stara')] }, NOW + 10);
    const context = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(context.employees.map((e) => e.name)).toEqual(['Nowa', 'Lista']);
    expect(context.tenantRecord?.readAt).toBe(NOW + 20);
    // A later read still replaces it.
    await send(store, 'saveRoster', { tenant: TENANT, employees: [employee(0, 'Najnowsza')] }, NOW + 30);
    expect((await store.handlers.getBookingContext({ tenant: TENANT })).employees.map((e) => e.name)).toEqual(['Najnowsza']);
  });

  it('a sending time in the future is taken as now, so it cannot outrank every later look', async () => {
    const store = await freshStore();
    store.clock.now = NOW;
    await send(
      store,
      'saveZoomSnapshot',
      { host: HOST, snapshot: { list: 'users', rows: zoomRows('active', 'a@firma.pl'), filtered: false } },
      NOW + 10 ** 9,
    );
    store.clock.now = NOW + 5;
    await send(
      store,
      'saveZoomSnapshot',
      { host: HOST, snapshot: { list: 'users', rows: zoomRows('inactive', 'a@firma.pl'), filtered: false } },
      NOW + 5,
    );
    expect((await store.handlers.getZoomContext({ host: HOST })).zoomUsers[0]).toMatchObject({
      state: 'inactive',
      lastSeen: NOW + 5,
    });
  });
});

describe('a booking tab reading while Zoom tabs save', () => {
  it('each read sees a whole save or none of it, and the last read sees everything', async () => {
    const store = await freshStore();
    // Every listed address is a resource's: the booking page is given only those users (booking-share.ts).
    const addresses = [
      ...Array.from({ length: 20 }, (_, i) => `u${String(i).padStart(3, '0')}@firma.pl`),
      'p1@firma.pl',
      'p2@firma.pl',
      'p3@firma.pl',
    ];
    const roster = () => addresses.map((address, order) => employee(order, `E${order}`, address));
    await store.handlers.saveRoster({ tenant: TENANT, employees: roster() });
    const pages = listPages(5);
    const work: Promise<unknown>[] = [];
    const seen: number[] = [];
    pages.forEach((snapshot, i) => {
      work.push(send(store, 'saveZoomSnapshot', { host: HOST, snapshot }, NOW + i));
      work.push(
        send(store, 'getBookingContext', { tenant: TENANT }, NOW + i).then((context) => seen.push(context.zoomUsers.length)),
      );
      work.push(send(store, 'saveRoster', { tenant: TENANT, employees: roster() }, NOW + i));
    });
    await Promise.all(work);
    // Page sizes are 4 (Users) and 3 (Pending): a read sees only sums of whole pages.
    const wholeSaves = new Set([0, 4, 8, 12, 16, 20, 23]);
    for (const count of seen) expect(wholeSaves).toContain(count);
    const last = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(last.zoomUsers).toHaveLength(23);
    expect(last.employees).toHaveLength(23);
    expect(coverageOf(last.zoomHost)).toBe('complete');
  });
});

describe('askStore: answers to the same read', () => {
  it('settle in the order they were asked, even when the first answer comes last', async () => {
    const store = await freshStore();
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const delay = ++calls === 1 ? 60 : 0;
      const reply = await handleStoreMessage(store.handlers, message, FROM_EXTENSION_PAGE);
      await new Promise((resolve) => setTimeout(resolve, delay));
      return reply;
    });
    const settled: string[] = [];
    const older = askStore('getZoomContext', { host: HOST }).then((context) => settled.push(`older:${context.zoomUsers.length}`));
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'users', rows: zoomRows('active', 'a@firma.pl'), filtered: false },
    });
    const newer = askStore('getZoomContext', { host: HOST }).then((context) => settled.push(`newer:${context.zoomUsers.length}`));
    await Promise.all([older, newer]);
    // The panel applies them in this order: the newer copy is the one it keeps.
    expect(settled).toEqual(['older:0', 'newer:1']);
  });

  it('a failed older read does not hold back the newer one', async () => {
    const store = await freshStore();
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      if (++calls === 1) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return { ok: false, error: 'disk trouble' };
      }
      return handleStoreMessage(store.handlers, message, FROM_EXTENSION_PAGE);
    });
    const older = askStore('getSettings', {});
    const newer = askStore('getSettings', {});
    await expect(older).rejects.toThrow('disk trouble');
    await expect(newer).resolves.toMatchObject({ userType: 'basic' });
  });

  it('stamps each request with the time it was sent', async () => {
    const store = await freshStore();
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return handleStoreMessage(store.handlers, message, FROM_EXTENSION_PAGE);
    });
    vi.spyOn(Date, 'now').mockReturnValue(NOW + 42);
    await askStore('getSettings', {});
    expect(received).toEqual([expect.objectContaining({ channel: 'zaa-store', name: 'getSettings', sentAt: NOW + 42 })]);
  });
});
