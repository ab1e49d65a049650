/** Shared set-up for the store tests: a fresh database per test and a controllable clock. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openStore, type RosterDb } from '../../../utils/store/db';
import { createStoreHandlers, type DbStoreHandlers } from '../../../utils/store/handlers';
import type { Employee, ZoomRow, ZoomState } from '../../../utils/roster/model';
import type { Asking } from '../../../utils/store/sender-policy';

export const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

export interface TestStore {
  db: RosterDb;
  handlers: DbStoreHandlers;
  onWrite: ReturnType<typeof vi.fn>;
  clock: { now: number };
}

export function uniqueName(): string {
  return `roster-test-${crypto.randomUUID()}`;
}

export async function freshStore(name = uniqueName()): Promise<TestStore> {
  const db = await openStore(name);
  const clock = { now: NOW };
  const onWrite = vi.fn();
  const handlers = createStoreHandlers(db, { onWrite, now: () => clock.now });
  return { db, handlers, onWrite, clock };
}

export function employee(order: number, name: string, rawEmail: string | null = null): Omit<Employee, 'tenant'> {
  return { order, name, rawEmail, readAt: NOW, ...(rawEmail ? { emailSource: 'list' as const } : {}) };
}

export function zoomRows(state: ZoomState, ...emails: string[]): ZoomRow[] {
  return emails.map((email) => ({ email, state, name: email.split('@')[0] }));
}

/** Who the background sees asking: one of the extension's own pages (popup, options). */
export const FROM_EXTENSION_PAGE: Asking = { from: 'extension-page' };

/**
 * fakeBrowser's sendMessage names no sender, and the background refuses a message from nobody: this
 * delivers messages as the browser does for one of the extension's pages (the popup). Returns the undo.
 */
export function sendFromExtensionPage(): () => void {
  const runtime = fakeBrowser.runtime;
  const original = runtime.sendMessage;
  const popup = { id: runtime.id, url: runtime.getURL('/popup.html') };
  runtime.sendMessage = (async (message: unknown) => {
    if (!(runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners()) throw new Error('No listeners available');
    const replies = await runtime.onMessage.trigger(message, popup as never, () => undefined);
    return replies.find((reply: unknown) => reply !== undefined);
  }) as typeof runtime.sendMessage;
  return () => {
    runtime.sendMessage = original;
  };
}
