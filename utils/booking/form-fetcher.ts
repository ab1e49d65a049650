/**
 * Reads each resource's edit page from the booking system's own origin, a few at a time, when the
 * list shows no emails. Nothing is rendered: the HTML is parsed (DOMParser: scripts do not run and
 * images do not load) and the "Adres e-mail" field is read by its label.
 *
 * Only same-origin URLs are fetched, with the admin's session (`credentials: 'same-origin'`).
 * One resource failing (an HTTP error, a login page instead of the form) does not stop the others;
 * stopping (the signal) ends at once and keeps what was read.
 *
 * Verified against: tests/fixtures/booking/new-ui-resource-*-edit.html (fetched from their routes in
 * tests/fixtures/booking/routes.ts, one answering 500), and the cases in tests/unit/booking/form-fetcher.test.ts.
 */
import { looksLikeAppShell } from './form-frame';
import { readResourceForm } from './resource-form';

export interface FormFetchProgress {
  done: number;
  total: number;
  failed: { order: number; name: string; error: string }[];
}

export interface FormFetchItem {
  order: number;
  name: string;
  editUrl: string;
}

export interface FormFetchOptions {
  /** The booking page's origin, e.g. "https://salon-ania.zarezerwuj.pl". */
  origin: string;
  /** How many pages load at once (3 by default). */
  concurrency?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  parse?: (html: string) => Document;
  onProgress?: (progress: FormFetchProgress) => void;
  onResult?: (order: number, rawEmail: string) => void;
  /**
   * Reads a form the app draws by script (the fetched page is an empty shell): see form-frame.ts.
   * Without it, a shell counts as a page without the form.
   */
  renderForm?: (url: string, signal?: AbortSignal) => Promise<{ rawEmail: string }>;
}

const DEFAULT_CONCURRENCY = 3;

class Stopped extends Error {
  constructor() {
    super('stopped');
  }
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The URL when it is on `origin`, else null. */
function sameOriginUrl(url: string, origin: string): URL | null {
  try {
    const expected = new URL(origin).origin;
    const parsed = new URL(url, expected);
    return parsed.origin === expected && /^https?:$/u.test(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

/** Resolves or rejects with `work`, or rejects with Stopped as soon as the signal aborts. */
function untilStopped<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new Stopped());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Stopped());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? new Stopped() : error);
      },
    );
  });
}

async function readOne(item: FormFetchItem, options: FormFetchOptions): Promise<string> {
  const url = sameOriginUrl(item.editUrl, options.origin);
  if (!url) throw new Error(`Refused: ${item.editUrl} is not on ${options.origin}`);
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const response = await untilStopped(
    fetchImpl(url.href, { credentials: 'same-origin', signal: options.signal, redirect: 'follow' }),
    options.signal,
  );
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  // A redirect elsewhere (a login on another host) is not the form.
  if (response.url && !sameOriginUrl(response.url, options.origin)) {
    throw new Error(`Redirected away to ${response.url}`);
  }
  const html = await untilStopped(response.text(), options.signal);
  const page = (options.parse ?? parseHtml)(html);
  const form = readResourceForm(page);
  if (!('problem' in form)) return form.rawEmail;
  // A single-page panel answers every URL with the same shell: its own script draws the form.
  if (options.renderForm && looksLikeAppShell(page)) {
    return (await untilStopped(options.renderForm(url.href, options.signal), options.signal)).rawEmail;
  }
  throw new Error('No "Adres e-mail" field on the page (maybe a login page or a changed form)');
}

export async function fetchResourceForms(items: FormFetchItem[], options: FormFetchOptions): Promise<FormFetchProgress> {
  const progress: FormFetchProgress = { done: 0, total: items.length, failed: [] };
  const report = () => options.onProgress?.({ ...progress, failed: [...progress.failed] });
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const { signal } = options;
  report();

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next];
      next += 1;
      try {
        const rawEmail = await readOne(item, options);
        if (signal?.aborted) return;
        options.onResult?.(item.order, rawEmail);
      } catch (error) {
        if (error instanceof Stopped || signal?.aborted) return;
        progress.failed.push({ order: item.order, name: item.name, error: errorText(error) });
      }
      progress.done += 1;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return { ...progress, failed: [...progress.failed] };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
