/**
 * Seeds the extension's store with the fixture scenario (tests/fixtures/SCENARIO.md), through the
 * store's own importBackup message sent from an extension page, so tests start from known data.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_SETTINGS, type EmployeeStatus, type ZoomUser } from '../../utils/roster/model';
import { localDay } from '../../utils/roster/dates';
import type { BackupFile } from '../../utils/store/messages';

export const SCENARIO_TENANT = 'salon-ania.zarezerwuj.pl';
export const SCENARIO_ZOOM_HOST = 'zoom.us';
export const SCENARIO_TENANT_URL = `https://${SCENARIO_TENANT}/panel/ustawienia/zasoby`;

/** The statuses of SCENARIO.md's eleven employees against a complete view of zoom.us. */
export const SCENARIO_COUNTS: Record<EmployeeStatus, number> = {
  active: 3,
  inactive: 1,
  pending: 2,
  expired: 1,
  missing: 2,
  'no-email': 1,
  'invalid-email': 1,
  unverified: 0,
};

/**
 * The addresses the Prefill, the popup's "copy missing" and the Zoom import CSV hold, in roster order.
 * Iwona's address, one typo from a Zoom user's, is a probable typo: left out unless included on purpose.
 */
export const SCENARIO_MISSING = ['celina.wisniewska@salon-ania.pl'];
/** The scenario's probable typo: [name, booking address, the Zoom address it is close to]. */
export const SCENARIO_TYPO = ['Iwona Dąbrowska', 'iwona.dabrowsak@salon-ania.pl', 'iwona.dabrowska@salon-ania.pl'] as const;

/** [name as shown, address as written in the booking system] in the booking list's order. */
export const SCENARIO_EMPLOYEES: [string, string][] = [
  ['Anna Kowalska', 'anna.kowalska@salon-ania.pl'],
  ['Bartosz Nowak', '  Bartosz.Nowak@Salon-Ania.PL '],
  ['Celina Wiśniewska', 'celina.wisniewska@salon-ania.pl'],
  ['Dawid Wójcik', ''],
  ['Ewa Kamińska', 'ewa.kaminska@salon-ania'],
  ['Filip Lewandowski', 'filip.lewandowski@salon-ania.pl'],
  ['Grażyna Zielińska-Łęcka', 'grazyna.zielinska@salon-ania.pl'],
  ['Recepcja <b>HTML</b> & "cytat" <img src=x onerror="window.__pwned=1">', 'recepcja@salon-ania.pl'],
  ['Hubert Szymański', 'mailto:Recepcja@salon-ania.pl'],
  ['Iwona Dąbrowska', 'iwona.dabrowsak@salon-ania.pl'],
  ['Jan Mazur', 'jan.mazur@salon-ania.pl'],
];

export interface ScenarioOptions {
  /**
   * What the store knows of zoom.us: 'complete' (both lists seen whole), 'pending-only' (only the
   * Pending list seen whole, nothing of Users) or 'none' (no Zoom page read yet).
   */
  zoom?: 'complete' | 'pending-only' | 'none';
  /** The clock of the test (ms); invitation days are counted back from it in the local time zone. */
  now?: number;
  tenant?: string;
  zoomHost?: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A BackupFile (the store's import format) holding the scenario. */
export function scenarioBackup(options: ScenarioOptions = {}): BackupFile {
  const now = options.now ?? Date.now();
  const tenant = options.tenant ?? SCENARIO_TENANT;
  const host = options.zoomHost ?? SCENARIO_ZOOM_HOST;
  const zoom = options.zoom ?? 'complete';
  const rosterReadAt = now - 5 * MINUTE;
  const zoomReadAt = now - 2 * MINUTE;
  const daysAgo = (days: number) => localDay(new Date(now - days * DAY));
  const user = (email: string, state: ZoomUser['state'], extra: Partial<ZoomUser> = {}): ZoomUser => ({
    host,
    email,
    state,
    firstSeen: zoomReadAt,
    lastSeen: zoomReadAt,
    ...extra,
  });
  const users: ZoomUser[] = [
    user('anna.kowalska@salon-ania.pl', 'active', { userType: 'Licensed', name: 'Anna Kowalska' }),
    user('admin@salon-ania.pl', 'active', { userType: 'Licensed' }),
    user('recepcja@salon-ania.pl', 'active', { userType: 'Basic' }),
    user('iwona.dabrowska@salon-ania.pl', 'active', { userType: 'Basic' }),
    user('jan.mazur@salon-ania.pl', 'inactive', { userType: 'Basic' }),
  ];
  const pending: ZoomUser[] = [
    user('bartosz.nowak@salon-ania.pl', 'pending', { invitedOn: daysAgo(6) }),
    user('filip.lewandowski@salon-ania.pl', 'pending', { invitedOn: daysAgo(35) }),
    user('grazyna.zielinska@salon-ania.pl', 'pending', { invitedOn: daysAgo(27) }),
  ];
  const seen = { complete: true, completedAt: zoomReadAt, source: 'pages' as const };
  return {
    format: 'roster-assistant-backup',
    version: 1,
    exportedAt: now,
    tenants: [{ tenant, readAt: rosterReadAt, url: `https://${tenant}/panel/ustawienia/zasoby` }],
    employees: SCENARIO_EMPLOYEES.map(([name, rawEmail], order) => ({
      tenant,
      name,
      rawEmail,
      emailSource: 'list' as const,
      readAt: rosterReadAt,
      order,
    })),
    zoomHosts:
      zoom === 'none'
        ? []
        : [
            {
              host,
              users: zoom === 'complete' ? seen : { complete: false },
              pending: seen,
              lastReadAt: zoomReadAt,
            },
          ],
    zoomUsers: zoom === 'complete' ? [...users, ...pending] : zoom === 'pending-only' ? pending : [],
    invitations: [],
    settings: { ...DEFAULT_SETTINGS, bookingHosts: [...DEFAULT_SETTINGS.bookingHosts] },
  };
}

/**
 * The few extension APIs tests call inside extension pages (the project has no @types/chrome).
 * Use as `(globalThis as unknown as InPage).chrome` inside page.evaluate.
 */
export interface InPage {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; result?: unknown; error?: string } | undefined> };
    permissions: { request: (request: unknown, callback?: (granted: boolean) => void) => unknown };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> };
    tabs?: { create: (properties: { url: string }, callback?: (tab: unknown) => void) => unknown };
  };
}

/** Sends one store request from an extension page (popup.html, options.html) and returns the reply. */
export async function askStoreFrom<T = unknown>(page: Page, name: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([name, payload]) => (globalThis as unknown as InPage).chrome.runtime.sendMessage({ channel: 'zaa-store', name, payload }),
    [name, payload] as const,
  );
  if (reply?.ok !== true) throw new Error(`store ${name} failed: ${JSON.stringify(reply)}`);
  return reply.result as T;
}

/** Replaces everything stored with `backup` (the page must be an extension page). */
export async function seedStore(page: Page, backup: BackupFile = scenarioBackup()): Promise<void> {
  const result = await askStoreFrom<{ ok: boolean; error?: string }>(page, 'importBackup', { backup });
  if (!result.ok) throw new Error(`the seed backup was refused: ${result.error}`);
}

/** Opens the popup as a tab, seeds the store (when a backup is given) and reloads, so it shows the seed. */
export async function openSeededPopup(
  context: BrowserContext,
  extensionId: string,
  backup: BackupFile | null = scenarioBackup(),
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  if (backup) {
    await seedStore(page, backup);
    await page.reload();
  }
  await page.locator('[data-testid="zaa-popup"][data-loaded="true"]').waitFor();
  return page;
}
