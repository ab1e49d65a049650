/**
 * The typed way content scripts and extension pages reach the background store.
 * Content scripts must not open IndexedDB themselves: it would be the page's database, not ours.
 */
import { browser } from 'wxt/browser';
import { attentionFrom, emptyBreakdown, type Attention } from '../roster/attention';
import type { ReconcileResult } from '../roster/reconcile';
import {
  STORE_REVISION_KEY,
  type ToolbarMessage,
  type StoreMessage,
  type StoreReply,
  type StoreRequest,
  type StoreRequestName,
  type StoreResponse,
} from './messages';
import { fromWire } from './wire';

/** Pause before the one retry, so a service worker that MV3 stopped has time to start. */
const RETRY_DELAY_MS = 150;

/** Sends one request to the background; throws Error(text) when the store answers with an error. */
export async function askStore<K extends StoreRequestName>(name: K, payload: StoreRequest<K>): Promise<StoreResponse<K>> {
  const message: StoreMessage<K> = { channel: 'zaa-store', name, payload, sentAt: Date.now() };
  const sent = sendWithOneRetry(message);
  const reply = await (name.startsWith('get') ? inSendingOrder(`${name} ${JSON.stringify(payload)}`, sent) : sent);
  if (!reply.ok) throw new Error(reply.error);
  return fromWire(name, reply.result);
}

const lastReads = new Map<string, Promise<unknown>>();

/**
 * Answers of the same read settle in the order they were asked. A page reloads its copy after every
 * write (its own and other tabs'); an older answer settling after a newer one would put the panel
 * back to what the store held before, until the next write.
 */
function inSendingOrder<T>(key: string, reply: Promise<T>): Promise<T> {
  const previous = lastReads.get(key);
  const ordered = previous
    ? previous.then(
        () => reply,
        () => reply,
      )
    : reply;
  lastReads.set(key, ordered);
  const forget = () => {
    if (lastReads.get(key) === ordered) lastReads.delete(key);
  };
  ordered.then(forget, forget);
  return ordered;
}

async function sendWithOneRetry(message: StoreMessage): Promise<StoreReply> {
  try {
    const reply = await send(message);
    if (isStoreReply(reply)) return reply;
  } catch (error) {
    if (!isUnreachable(error)) throw error;
  }
  await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  const reply = await send(message);
  if (isStoreReply(reply)) return reply;
  throw new Error('The extension’s background did not answer (Roster Assistant store unavailable).');
}

const NO_RESPONSE = 'The message port closed before a response was received.';

/**
 * runtime.sendMessage with webextension-polyfill's conventions, which only the background bundles
 * (wxt.config.ts): when no listener answers, Chrome rejects with NO_RESPONSE where Firefox resolves
 * undefined; a listener's rejection arrives (through the background's polyfill) as a marked reply.
 */
async function send(message: StoreMessage): Promise<unknown> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (error) {
    if (error instanceof Error && error.message === NO_RESPONSE) return undefined;
    throw error;
  }
  const rejected = reply as { __mozWebExtensionPolyfillReject__?: unknown; message?: unknown } | null | undefined;
  if (rejected?.__mozWebExtensionPolyfillReject__) throw new Error(String(rejected.message));
  return reply;
}

/** The errors browsers give when no background listener was there to receive the message. */
function isUnreachable(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|could not establish connection|no listeners/i.test(text);
}

function isStoreReply(reply: unknown): reply is StoreReply {
  return typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean';
}

/**
 * Calls `callback` whenever the store was written (by any tab or page), until `signal` aborts.
 * Returns a function that stops listening too.
 */
export function onStoreChanged(callback: () => void, signal?: AbortSignal): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && STORE_REVISION_KEY in changes) callback();
  };
  const stop = () => browser.storage.onChanged.removeListener(listener);
  if (signal?.aborted) return () => undefined;
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

// ── Toolbar count (issue 15) ──────────────────────────────────────────────────────────────────

/** What this page last showed on its tab's button, so repeated reads with the same outcome send nothing. */
let lastToolbarReport: string | undefined;

/**
 * Shows on this tab's toolbar button how many employees need the admin (see utils/roster/attention.ts).
 * For the page sessions, after every read: cheap (one count over the result; nothing sent when it did not
 * change) and never throws into the page. Resolves when the background has answered, or failed to.
 */
export async function reportToolbarCount(result: ReconcileResult, warnDays: number): Promise<void> {
  await sendToolbarCount(attentionFrom(result, warnDays));
}

/** Clears this tab's count: for a page of those hosts where the extension has nothing to say. */
export async function clearToolbarCount(): Promise<void> {
  await sendToolbarCount({ count: 0, breakdown: emptyBreakdown() }, true);
}

async function sendToolbarCount(attention: Attention, idle = false): Promise<void> {
  const key = JSON.stringify([attention, idle]);
  if (key === lastToolbarReport) return;
  lastToolbarReport = key;
  const message: ToolbarMessage = {
    channel: 'zaa-toolbar',
    name: 'setToolbarCount',
    payload: attention,
    ...(idle ? { idle: true as const } : {}),
  };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
    if (reply?.ok !== true) lastToolbarReport = undefined; // try again with the next read
  } catch {
    // The count is a convenience: a background that is restarting, or an extension that was updated
    // under this page (its context invalidated), must not break the page session that reports it.
    // The next read sends it again.
    lastToolbarReport = undefined;
  }
}

/** For tests: forget what was last sent. */
export function resetToolbarReport(): void {
  lastToolbarReport = undefined;
}
