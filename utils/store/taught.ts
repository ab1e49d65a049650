/**
 * What the admin taught (issue 14), kept per host (Zoom host or booking tenant) in
 * browser.storage.local under `taught:<host>`, beside the IndexedDB store (which another part of the
 * store owns): three small requests, and the backup's `taught` section (exported with the rest;
 * on restore checked first with parseTaughtLayout: an invalid section is refused and changes nothing).
 */
import { parseTaughtLayout } from '../roster/taught-validate';
import type { TaughtLayout } from '../roster/taught-layout';
import type { DbStoreHandlers, StoreHandlers } from './handlers';

export const TAUGHT_PREFIX = 'taught:';

/** The part of storage.local this needs (the browser's, or a map in tests). */
export interface TaughtStorage {
  get(keys: null | string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type TaughtSection = Record<string, TaughtLayout>;

export type TaughtHandlers = Pick<StoreHandlers, 'getTaught' | 'saveTaught' | 'forgetTaught'>;

const keyOf = (host: string) => `${TAUGHT_PREFIX}${host}`;

function checkHost(host: unknown): string {
  if (typeof host !== 'string' || host.trim() === '' || host.length > 255) throw new Error('Invalid host for a taught layout.');
  return host;
}

export function createTaughtHandlers(storage: TaughtStorage, onWrite?: () => void | Promise<void>): TaughtHandlers {
  return {
    getTaught: async ({ host }) => {
      const key = keyOf(checkHost(host));
      const stored = (await storage.get(key))[key];
      // Something that is not a layout (written by hand, an older shape) is not used: nothing is read from it.
      return { layout: stored === undefined ? null : parseTaughtLayout(stored) };
    },
    saveTaught: async ({ host, layout }) => {
      const parsed = parseTaughtLayout(layout);
      if (!parsed) throw new Error('Not a taught layout: nothing was saved.');
      await storage.set({ [keyOf(checkHost(host))]: parsed });
      await onWrite?.();
      return { ok: true as const };
    },
    forgetTaught: async ({ host }) => {
      await storage.remove(keyOf(checkHost(host)));
      await onWrite?.();
      return { ok: true as const };
    },
  };
}

/** Every taught layout, by host (for the backup). */
export async function readTaughtSection(storage: TaughtStorage): Promise<TaughtSection> {
  const all = await storage.get(null);
  const section: TaughtSection = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(TAUGHT_PREFIX)) continue;
    const layout = parseTaughtLayout(value);
    if (layout) section[key.slice(TAUGHT_PREFIX.length)] = layout;
  }
  return section;
}

/** The backup's `taught` section checked whole: absent is an empty section; anything invalid is an error naming the host. */
export function validateTaughtSection(input: unknown): { ok: true; value: TaughtSection } | { ok: false; error: string } {
  if (input === undefined) return { ok: true, value: {} };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'Invalid backup file: taught must be an object of taught layouts by host' };
  }
  const value: TaughtSection = {};
  for (const [host, layout] of Object.entries(input)) {
    if (host.trim() === '' || host.length > 255)
      return { ok: false, error: 'Invalid backup file: taught has an empty host name' };
    const parsed = parseTaughtLayout(layout);
    if (!parsed) {
      return {
        ok: false,
        error: `Invalid backup file: taught["${host}"] is not a taught layout (only structure is kept: tags, roles, positions)`,
      };
    }
    value[host] = parsed;
  }
  return { ok: true, value };
}

/** Replaces every taught layout with the section's. */
async function replaceTaughtSection(storage: TaughtStorage, section: TaughtSection): Promise<void> {
  const stale = Object.keys(await storage.get(null)).filter((key) => key.startsWith(TAUGHT_PREFIX));
  if (stale.length) await storage.remove(stale);
  const items = Object.fromEntries(Object.entries(section).map(([host, layout]) => [keyOf(host), layout]));
  if (Object.keys(items).length) await storage.set(items);
}

/**
 * The store's handlers with teaching added: its three requests, the backup export carrying the
 * `taught` section, and the restore checking that section before anything else is written.
 */
export function withTaughtLayouts(
  handlers: DbStoreHandlers,
  storage: TaughtStorage,
  onWrite?: () => void | Promise<void>,
): StoreHandlers {
  return {
    ...handlers,
    ...createTaughtHandlers(storage, onWrite),
    exportBackup: async (payload) => ({ ...(await handlers.exportBackup(payload)), taught: await readTaughtSection(storage) }),
    importBackup: async (payload) => {
      const raw = payload.backup as { taught?: unknown } | null;
      const taught = validateTaughtSection(typeof raw === 'object' && raw !== null ? raw.taught : undefined);
      if (!taught.ok) return { ok: false, error: taught.error };
      const imported = await handlers.importBackup(payload);
      if (imported.ok) await replaceTaughtSection(storage, taught.value);
      return imported;
    },
  };
}
