/**
 * Taught layouts in the store (utils/store/taught.ts): per host in storage.local, through the
 * message handlers; in the backup file, restored on import; an invalid taught section is refused
 * with a clear message and changes nothing (neither the database nor what was taught).
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withTaughtLayouts, TAUGHT_PREFIX, type TaughtStorage } from '../../../utils/store/taught';
import { handleStoreMessage } from '../../../utils/store/handlers';
import type { TaughtLayout } from '../../../utils/roster/taught-layout';
import type { BackupFile } from '../../../utils/store/messages';
import { employee, FROM_EXTENSION_PAGE, freshStore } from './helpers';

const CARDS: TaughtLayout = {
  version: 1,
  lists: {
    users: {
      version: 1,
      container: { tag: 'div', classes: ['people'] },
      ancestors: [{ tag: 'div', role: 'tabpanel' }, { tag: 'body' }],
      row: { tag: 'div', classes: ['person'], shape: ['div', 'div', 'a'] },
      email: [
        { tag: 'div', classes: ['person-main'], nth: 0 },
        { tag: 'div', classes: ['person-mail'], nth: 1 },
      ],
      anchor: 'email',
    },
  },
};

async function taughtStore() {
  await fakeBrowser.storage.local.clear();
  const storage = fakeBrowser.storage.local as unknown as TaughtStorage;
  const store = await freshStore();
  let writes = 0;
  const handlers = withTaughtLayouts(store.handlers, storage, () => void writes++);
  return { store, storage, handlers, writes: () => writes };
}

describe('taught layouts in the store', () => {
  it('are kept per host, read back, and forgotten for that host only', async () => {
    const { handlers, storage, writes } = await taughtStore();
    expect(await handlers.getTaught({ host: 'zoom.us' })).toEqual({ layout: null });
    await handlers.saveTaught({ host: 'zoom.us', layout: CARDS });
    await handlers.saveTaught({
      host: 'salon-ania.zarezerwuj.pl',
      layout: {
        version: 1,
        lists: { resources: { ...CARDS.lists.users!, anchor: 'name', name: CARDS.lists.users!.email, email: undefined } },
      },
    });
    expect(await handlers.getTaught({ host: 'zoom.us' })).toEqual({ layout: CARDS });
    expect(Object.keys(await storage.get(null))).toEqual([`${TAUGHT_PREFIX}zoom.us`, `${TAUGHT_PREFIX}salon-ania.zarezerwuj.pl`]);
    await handlers.forgetTaught({ host: 'zoom.us' });
    expect(await handlers.getTaught({ host: 'zoom.us' })).toEqual({ layout: null });
    expect((await handlers.getTaught({ host: 'salon-ania.zarezerwuj.pl' })).layout?.lists.resources?.anchor).toBe('name');
    expect(writes()).toBe(3);
  });

  it('refuse to keep what is not a layout (page text in a class), through the message envelope too', async () => {
    const { handlers, storage } = await taughtStore();
    const bad = JSON.parse(JSON.stringify(CARDS));
    bad.lists.users.row.classes = ['anna.kowalska@salon-ania.pl'];
    const reply = await handleStoreMessage(
      handlers,
      {
        channel: 'zaa-store',
        name: 'saveTaught',
        payload: { host: 'zoom.us', layout: bad },
      },
      FROM_EXTENSION_PAGE,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Not a taught layout') });
    expect(await storage.get(null)).toEqual({});
  });

  it('go into the backup and come back from it on another profile', async () => {
    const source = await taughtStore();
    await source.handlers.saveRoster({
      tenant: 'salon-ania.zarezerwuj.pl',
      employees: [employee(0, 'Anna Kowalska', 'anna.kowalska@salon-ania.pl')],
    });
    await source.handlers.saveTaught({ host: 'zoom.us', layout: CARDS });
    const file: BackupFile = JSON.parse(JSON.stringify(await source.handlers.exportBackup({})));
    expect(file.taught).toEqual({ 'zoom.us': CARDS });

    const target = await taughtStore();
    expect(await target.handlers.getTaught({ host: 'zoom.us' })).toEqual({ layout: null });
    expect(await target.handlers.importBackup({ backup: file })).toEqual({ ok: true });
    expect(await target.handlers.getTaught({ host: 'zoom.us' })).toEqual({ layout: CARDS });
    expect((await target.handlers.exportBackup({})).employees.map((e) => e.name)).toEqual(['Anna Kowalska']);
  });

  it('an invalid taught section is refused with a clear message and changes nothing', async () => {
    const { handlers } = await taughtStore();
    await handlers.saveRoster({
      tenant: 'salon-ania.zarezerwuj.pl',
      employees: [employee(0, 'Anna Kowalska', 'anna.kowalska@salon-ania.pl')],
    });
    await handlers.saveTaught({ host: 'zoom.us', layout: CARDS });
    const before = await handlers.exportBackup({});
    const file = JSON.parse(JSON.stringify(before));
    file.employees = [];
    file.taught = {
      'zoom.us': CARDS,
      'other.zoom.us': { version: 1, lists: { users: { ...CARDS.lists.users, email: [{ tag: 'div', nth: -1 }] } } },
    };
    const result = await handlers.importBackup({ backup: file });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid backup file: taught\["other\.zoom\.us"\] is not a taught layout/),
    });
    const after = await handlers.exportBackup({});
    expect({ ...after, exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 });

    file.taught = ['not', 'an', 'object'];
    expect(await handlers.importBackup({ backup: file })).toMatchObject({
      ok: false,
      error: expect.stringContaining('taught must be an object'),
    });
  });

  it('an older backup without a taught section restores as nothing taught', async () => {
    const { handlers } = await taughtStore();
    await handlers.saveTaught({ host: 'zoom.us', layout: CARDS });
    const file = JSON.parse(JSON.stringify(await handlers.exportBackup({})));
    delete file.taught;
    expect(await handlers.importBackup({ backup: file })).toEqual({ ok: true });
    expect(await handlers.getTaught({ host: 'zoom.us' })).toEqual({ layout: null });
  });
});
