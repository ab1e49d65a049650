/**
 * The typed way content scripts and extension pages reach the background store.
 * Content scripts must not open IndexedDB themselves: it would be the page's database, not ours.
 */
import { browser } from 'wxt/browser';
import {
  STORE_REVISION_KEY,
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
  const ordered = previous ? previous.then(() => reply, () => reply) : reply;
  lastReads.set(key, ordered);
  const forget = () => {
    if (lastReads.get(key) === ordered) lastReads.delete(key);
  };
  ordered.then(forget, forget);
  return ordered;
}

async function sendWithOneRetry(message: StoreMessage): Promise<StoreReply> {
  try {
    const reply = await browser.runtime.sendMessage(message);
    if (isStoreReply(reply)) return reply;
  } catch (error) {
    if (!isUnreachable(error)) throw error;
  }
  await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  const reply = await browser.runtime.sendMessage(message);
  if (isStoreReply(reply)) return reply;
  throw new Error('The extension’s background did not answer (Roster Assistant store unavailable).');
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
