import { describe, it, expect } from 'vitest';
import { validateBackup } from '../../../utils/store/backup';
import { translate } from '../../../utils/i18n/translate';
import type { BackupFile } from '../../../utils/store/messages';
import { employee, freshStore, NOW, zoomRows, type TestStore } from './helpers';

const HOST = 'us06web.zoom.us';

async function filledStore(): Promise<TestStore> {
  const store = await freshStore();
  await store.handlers.saveRoster({
    tenant: 'firma.zarezerwuj.pl',
    url: 'https://firma.zarezerwuj.pl/zasoby',
    employees: [employee(0, 'Łucja Ścisła', 'lucja@firma.pl'), employee(1, 'Jan', null)],
  });
  await store.handlers.updateEmployeeEmails({
    tenant: 'firma.zarezerwuj.pl',
    updates: [{ resource: { name: 'Jan' }, rawEmail: 'jan@firma.pl', emailSource: 'form' }],
  });
  await store.handlers.saveZoomSnapshot({
    host: HOST,
    snapshot: {
      list: 'users',
      rows: zoomRows('active', 'lucja@firma.pl', 'a@firma.pl'),
      page: 1,
      pageCount: 2,
      total: 3,
      filtered: false,
    },
  });
  await store.handlers.saveZoomSnapshot({
    host: HOST,
    snapshot: { list: 'pending', rows: [{ email: 'p@firma.pl', state: 'pending', invitedOn: '2026-11-02' }], filtered: false },
  });
  await store.handlers.recordInvitations({ host: HOST, emails: ['jan@firma.pl'], invitedOn: '2026-11-20' });
  await store.handlers.saveSettings({
    userType: 'licensed',
    department: 'Sprzedaż',
    bookingHosts: ['zarezerwuj.pl', 'rezerwacje.firma.pl'],
  });
  return store;
}

function withoutTime(backup: BackupFile): Omit<BackupFile, 'exportedAt'> {
  const { exportedAt: _ignored, ...rest } = backup;
  return rest;
}

describe('backup', () => {
  it('export → wipe → import gives the same state (through JSON, as a file would)', async () => {
    const store = await filledStore();
    const exported = await store.handlers.exportBackup({});
    expect(exported).toMatchObject({ format: 'roster-assistant-backup', version: 1, exportedAt: NOW });
    expect(exported.employees).toHaveLength(2);
    expect(exported.zoomUsers).toHaveLength(3);
    expect(exported.zoomHosts[0].users.pass?.pages).toEqual({ 1: ['lucja@firma.pl', 'a@firma.pl'] });

    await store.handlers.forgetTenant({ tenant: 'firma.zarezerwuj.pl' });
    await store.handlers.forgetZoomHost({ host: HOST });
    await store.handlers.saveSettings({ userType: 'basic', department: '' });
    expect((await store.handlers.getOverview({})).employees).toEqual([]);

    store.onWrite.mockClear();
    const result = await store.handlers.importBackup({ backup: JSON.parse(JSON.stringify(exported)) });
    expect(result).toEqual({ ok: true });
    expect(store.onWrite).toHaveBeenCalledTimes(1);
    expect(withoutTime(await store.handlers.exportBackup({}))).toEqual(withoutTime(exported));
  });

  it('importing replaces everything that was there', async () => {
    const source = await filledStore();
    const exported = await source.handlers.exportBackup({});
    const target = await freshStore();
    await target.handlers.saveRoster({ tenant: 'other.zarezerwuj.pl', employees: [employee(0, 'Stray')] });
    await target.handlers.recordInvitations({ host: 'firma.zoom.us', emails: ['s@x.pl'], invitedOn: '2026-01-01' });
    expect(await target.handlers.importBackup({ backup: exported })).toEqual({ ok: true });
    expect(withoutTime(await target.handlers.exportBackup({}))).toEqual(withoutTime(exported));
  });

  function broken(mutate: (file: Record<string, unknown>) => void) {
    return async (exported: BackupFile) => {
      const copy = JSON.parse(JSON.stringify(exported)) as Record<string, unknown>;
      mutate(copy);
      return copy;
    };
  }

  const BAD_FILES: [string, (exported: BackupFile) => Promise<unknown>, RegExp][] = [
    ['not an object: a string', async () => 'roster', /not a JSON object/],
    ['not an object: null', async () => null, /not a JSON object/],
    ['not an object: a list', async (e) => [e], /not a JSON object/],
    ['a wrong format', broken((f) => (f.format = 'other-extension-backup')), /format/],
    ['no format', broken((f) => delete f.format), /format/],
    ['a wrong version', broken((f) => (f.version = 0)), /version must be 1/],
    ['a newer version', broken((f) => (f.version = 2)), /newer version/],
    [
      'an employee of the wrong shape',
      broken((f) => ((f.employees as Record<string, unknown>[])[1].order = '1')),
      /employees\[1\]\.order/,
    ],
    [
      'an employee without a name',
      broken((f) => delete (f.employees as Record<string, unknown>[])[0].name),
      /employees\[0\]\.name/,
    ],
    [
      'a user with an unknown state',
      broken((f) => ((f.zoomUsers as Record<string, unknown>[])[0].state = 'deleted')),
      /zoomUsers\[0\]\.state/,
    ],
    [
      'an invitation with a Polish date',
      broken((f) => ((f.invitations as Record<string, unknown>[])[0].invitedOn = '20.11.2026')),
      /invitations\[0\]\.invitedOn/,
    ],
    ['an impossible day', broken((f) => ((f.invitations as Record<string, unknown>[])[0].invitedOn = '2026-02-30')), /invitedOn/],
    [
      'coverage that is not a boolean',
      broken((f) => ((f.zoomHosts as Record<string, Record<string, unknown>>[])[0].users.complete = 'yes')),
      /zoomHosts\[0\]\.users\.complete/,
    ],
    [
      'a pass with a bad page number',
      broken(
        (f) => ((f.zoomHosts as Record<string, Record<string, Record<string, unknown>>>[])[0].users.pass.pages = { zero: [] }),
      ),
      /page number/,
    ],
    ['a list that is not a list', broken((f) => (f.tenants = {})), /tenants: expected a list/],
    ['a missing store', broken((f) => delete f.zoomUsers), /zoomUsers/],
    ['bad settings', broken((f) => ((f.settings as Record<string, unknown>).warnDaysBeforeExpiry = 45)), /warnDaysBeforeExpiry/],
    [
      'the same user twice',
      broken((f) => (f.zoomUsers as unknown[]).push((f.zoomUsers as unknown[])[0])),
      /zoomUsers\[3\]: the same record appears twice/,
    ],
  ];

  it.each(BAD_FILES)('a file with %s changes nothing and says why', async (_label, make, reason) => {
    const store = await filledStore();
    const before = await store.handlers.exportBackup({});
    store.onWrite.mockClear();
    const result = await store.handlers.importBackup({ backup: await make(before) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(reason);
    expect(!result.ok && result.error).toMatch(/^Invalid backup file: /);
    expect(await store.handlers.exportBackup({})).toEqual(before);
    expect(store.onWrite).not.toHaveBeenCalled();
  });

  it('a backup from a newer version is refused for its version, changes nothing, and says what to do', async () => {
    const store = await filledStore();
    const before = await store.handlers.exportBackup({});
    store.onWrite.mockClear();
    // What a later format might look like: its stores renamed, so it would fail on them if read as version 1.
    const { zoomUsers: _renamed, ...rest } = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
    const newer = { ...rest, version: 2, zoomUserSets: [{ host: HOST, email: ['a@firma.pl'] }] };

    const result = await store.handlers.importBackup({ backup: newer });
    expect(result).toEqual({
      ok: false,
      newerVersion: 2,
      error:
        'Invalid backup file: version 2 was written by a newer version of the extension (this one reads version 1); update the extension, then import the file again',
    });
    expect(await store.handlers.exportBackup({})).toEqual(before);
    expect(store.onWrite).not.toHaveBeenCalled();
    // What the popup shows for it, in both languages.
    expect(translate('en', 'popup.backupNewer', { version: 2 })).toBe(
      'This backup was made by a newer version of the extension (format version 2). Update the extension, then import it. Nothing was changed.',
    );
    expect(translate('pl', 'popup.backupNewer', { version: 2 })).toBe(
      'Tę kopię zapasową utworzyła nowsza wersja rozszerzenia (wersja formatu 2). Zaktualizuj rozszerzenie i zaimportuj ją ponownie. Nic nie zostało zmienione.',
    );
  });

  it('an older or odd version is refused as invalid, not as newer', () => {
    for (const version of [0, '2', null]) {
      const result = validateBackup({ format: 'roster-assistant-backup', version });
      expect(result).toEqual({ ok: false, error: 'Invalid backup file: version must be 1' });
    }
  });

  it('keeps only known fields of each record', () => {
    const result = validateBackup({
      format: 'roster-assistant-backup',
      version: 1,
      exportedAt: NOW,
      tenants: [{ tenant: 't.pl', readAt: NOW, script: '<img onerror=alert(1)>' }],
      employees: [],
      zoomHosts: [],
      zoomUsers: [],
      invitations: [],
      settings: { userType: 'basic', department: '', include: 'selection', warnDaysBeforeExpiry: 29, bookingHosts: [] },
    });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ tenants: [{ tenant: 't.pl', readAt: NOW }] }) });
  });

  it('keeps a pass placed by rows (a range-only pager) with its page size, and refuses a bad row key', () => {
    const withPass = (pass: unknown) =>
      validateBackup({
        format: 'roster-assistant-backup',
        version: 1,
        exportedAt: NOW,
        tenants: [],
        employees: [],
        zoomHosts: [{ host: HOST, users: { complete: false, pass }, pending: { complete: false } }],
        zoomUsers: [],
        invitations: [],
        settings: { userType: 'basic', department: '', include: 'all-missing', warnDaysBeforeExpiry: 5, bookingHosts: [] },
      });
    const pass = { total: 45, pageCount: 2, pageSize: 30, pages: { 1: ['a@x.pl'] }, ranges: { 31: ['b@x.pl'] }, startedAt: NOW };
    const kept = withPass(pass);
    expect(kept.ok && kept.value.zoomHosts[0].users.pass).toEqual(pass);
    const bad = withPass({ ...pass, ranges: { first: ['b@x.pl'] } });
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('"first" is not a row number') });
  });
});
