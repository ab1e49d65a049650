/**
 * Reads each resource's edit page from the booking system's own origin, a few at a time, when the
 * list shows no emails. Nothing is rendered: the HTML is parsed (DOMParser: scripts do not run and
 * images do not load) and the "Adres e-mail" field is read by its label.
 *
 * Reading changes nothing (contract.md, "What the extension never does"): only GET requests, only
 * to the page's own origin, with the admin's session (`credentials: 'same-origin'`); a redirect is
 * never followed (`redirect: 'manual'`: the resource "could not be read (redirected)"), and a URL
 * whose path or query says delete, remove, logout, archive … is never requested (link-safety.ts).
 * A page the panel's own script draws (an app shell) is not rendered here or anywhere in the
 * background, since that would run the app's code (locks, autosaves, drafts): it is reported as
 * needing the admin to open it. One resource failing (an HTTP error, a login page instead of the
 * form) does not stop the others; stopping (the signal) ends at once and keeps what was read.
 *
 * Verified against: tests/fixtures/booking/new-ui-resource-*-edit.html (fetched from their routes in
 * tests/fixtures/booking/routes.ts, one answering 500), spa-shell.html (an app shell), and the cases
 * in tests/unit/booking/form-fetcher.test.ts.
 */
import { urlSaysItChanges } from './link-safety';
import { readResourceForm } from './resource-form';

export interface FormFetchProgress {
  done: number;
  total: number;
  failed: { order: number; name: string; error: string }[];
  /** Pages drawn by the panel's own script (app shells): only the admin opening them can read them. */
  needsOpening: { order: number; name: string }[];
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
}

const DEFAULT_CONCURRENCY = 3;

class Stopped extends Error {
  constructor() {
    super('stopped');
  }
}

/** The page is an app shell: its form exists only once the panel's own script draws it. */
class DrawnByScript extends Error {
  constructor() {
    super('drawn by the panel’s script');
  }
}

export const REDIRECTED = 'Could not read (redirected)';

/** Whether a fetched page is an app shell: scripts, and no form control in the markup. */
export function looksLikeAppShell(doc: Document): boolean {
  return doc.querySelector('script') !== null && doc.querySelector('input, textarea, select, form') === null;
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
  if (urlSaysItChanges(url.href)) throw new Error(`Refused: ${url.pathname} looks like it deletes, archives or logs out`);
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const response = await untilStopped(
    fetchImpl(url.href, { method: 'GET', credentials: 'same-origin', redirect: 'manual', signal: options.signal }),
    options.signal,
  );
  // A redirect (to a login on another host, or anywhere) is not followed: it is not the form.
  if (response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400)) {
    throw new Error(REDIRECTED);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  if (response.url && !sameOriginUrl(response.url, options.origin)) throw new Error(REDIRECTED);
  const html = await untilStopped(response.text(), options.signal);
  const page = (options.parse ?? parseHtml)(html);
  const form = readResourceForm(page);
  if (!('problem' in form)) return form.rawEmail;
  // A single-page panel answers every URL with the same shell: its own script would draw the form.
  if (looksLikeAppShell(page)) throw new DrawnByScript();
  throw new Error('No "Adres e-mail" field on the page (maybe a login page or a changed form)');
}

export async function fetchResourceForms(items: FormFetchItem[], options: FormFetchOptions): Promise<FormFetchProgress> {
  const progress: FormFetchProgress = { done: 0, total: items.length, failed: [], needsOpening: [] };
  const copy = (): FormFetchProgress => ({ ...progress, failed: [...progress.failed], needsOpening: [...progress.needsOpening] });
  const report = () => options.onProgress?.(copy());
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
        if (error instanceof DrawnByScript) progress.needsOpening.push({ order: item.order, name: item.name });
        else progress.failed.push({ order: item.order, name: item.name, error: errorText(error) });
      }
      progress.done += 1;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return copy();
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
