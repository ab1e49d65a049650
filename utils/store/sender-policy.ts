/**
 * Who may ask the store what (contract.md → What the extension never does). Chrome's guidance is to
 * treat a content script's messages as untrusted: the page around it may be compromised. So:
 * - the admin's own tools (restore, export, forget, settings and custom domains, the overview) answer
 *   only the extension's own pages (popup, options, welcome);
 * - a content script may report and read only what its own page is about: the background takes the
 *   Zoom host or booking tenant from the sender (the frame's URL, which the browser sets), refuses a
 *   message that names another one, and refuses a Zoom request from a booking page and the reverse.
 *
 * One table: a new request must say who may send it (a type error without an entry, and a test that
 * walks the handlers fails too). Pure: the background passes the sender and its own identity.
 */
import { isZoomHost } from '../roster/hosts';
import type { StoreRequest, StoreRequestName } from './messages';

export type Asker = 'extension-page' | 'own-page-content';

/** `own-page-content`: also the extension's pages; a content script of `site`, for the host in `hostField`. */
export type RequestRule =
  | { who: 'extension-page' }
  | { who: 'own-page-content'; site: 'zoom' | 'booking' | 'either'; hostField: 'host' | 'tenant' };

const EXTENSION_PAGE = { who: 'extension-page' } as const;
const ZOOM_PAGE = { who: 'own-page-content', site: 'zoom', hostField: 'host' } as const;
const BOOKING_PAGE = { who: 'own-page-content', site: 'booking', hostField: 'tenant' } as const;
/** What was taught is kept per host, Zoom host or booking tenant alike: each page teaches its own. */
const ANY_OWN_PAGE = { who: 'own-page-content', site: 'either', hostField: 'host' } as const;

export const SENDER_POLICY: { readonly [K in StoreRequestName]: RequestRule } = {
  saveRoster: BOOKING_PAGE,
  updateEmployeeEmails: BOOKING_PAGE,
  getBookingContext: BOOKING_PAGE,
  saveZoomSnapshot: ZOOM_PAGE,
  recordInvitations: ZOOM_PAGE,
  withdrawInvitations: ZOOM_PAGE,
  getZoomContext: ZOOM_PAGE,
  getTaught: ANY_OWN_PAGE,
  saveTaught: ANY_OWN_PAGE,
  forgetTaught: ANY_OWN_PAGE,
  // The admin's tools: everything stored, or changes a page has no business asking for.
  importZoomCsv: EXTENSION_PAGE,
  getOverview: EXTENSION_PAGE,
  getSettings: EXTENSION_PAGE,
  saveSettings: EXTENSION_PAGE,
  exportBackup: EXTENSION_PAGE,
  importBackup: EXTENSION_PAGE,
  forgetTenant: EXTENSION_PAGE,
  forgetZoomHost: EXTENSION_PAGE,
};

/** The parts of runtime.MessageSender this reads (set by the browser, not by the sender). */
export interface RuntimeSender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/** This extension: `browser.runtime.id` and `browser.runtime.getURL('/')` (where its pages live). */
export interface ExtensionSelf {
  id: string;
  pagesUrl: string;
}

export type Asking = { from: 'extension-page' } | { from: 'content'; host: string } | { from: 'nobody'; why: string };

/** Who sent a message, as far as the browser tells. */
export function whoIsAsking(sender: RuntimeSender | undefined, self: ExtensionSelf): Asking {
  if (!sender || sender.id !== self.id) return { from: 'nobody', why: 'the message did not come from this extension' };
  const isOurs = (url: string | undefined) => !!url && !!self.pagesUrl && url.startsWith(self.pagesUrl);
  if (isOurs(sender.url)) {
    // One of our pages framed inside a web page's tab acts for that page, not for the admin.
    if (sender.tab && !isOurs(sender.tab.url)) return { from: 'nobody', why: 'an extension page inside a web page' };
    return { from: 'extension-page' };
  }
  const host = httpsHost(sender.url ?? sender.tab?.url);
  return host ? { from: 'content', host } : { from: 'nobody', why: 'a page whose address names no https host' };
}

function httpsHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.host ? parsed.host : null;
  } catch {
    return null;
  }
}

/** A request refused for who sent it. */
export class RefusedRequest extends Error {}

/**
 * Whether `asking` may send request `name` at all (before its payload is looked at): throws
 * RefusedRequest saying why not. An extension page may ask anything; a content script only its own
 * site's requests.
 */
export function checkSender(name: StoreRequestName, asking: Asking): RequestRule {
  const rule: RequestRule | undefined = Object.hasOwn(SENDER_POLICY, name) ? SENDER_POLICY[name] : undefined;
  if (!rule) throw new RefusedRequest(`Refused: no rule says who may ask "${name}"`);
  if (asking.from === 'nobody') throw new RefusedRequest(`Refused: ${name} from ${asking.why}`);
  if (asking.from === 'extension-page') return rule;
  const { host } = asking;
  if (rule.who === 'extension-page') {
    throw new RefusedRequest(
      `Refused: ${name} is answered only for the extension's own pages (popup, options), not for a script on ${host}`,
    );
  }
  const zoomPage = isZoomHost(host);
  if ((rule.site === 'zoom' && !zoomPage) || (rule.site === 'booking' && zoomPage)) {
    throw new RefusedRequest(
      `Refused: ${name} is a ${rule.site === 'zoom' ? 'Zoom' : 'booking'} page's request, and ${host} is not one`,
    );
  }
  return rule;
}

/**
 * The (checked) payload the request runs with: unchanged for an extension page; for a content
 * script, for its page's own host, taken from the sender. A message naming another host is refused.
 */
export function withSenderHost<K extends StoreRequestName>(
  rule: RequestRule,
  payload: StoreRequest<K>,
  asking: Asking,
): StoreRequest<K> {
  if (asking.from !== 'content' || rule.who !== 'own-page-content') return payload;
  const { host } = asking;
  const claimed = (payload as Record<string, unknown>)[rule.hostField];
  if (claimed !== host) {
    throw new RefusedRequest(`Refused: a page of ${host} may only report and read for ${host}, not for ${String(claimed)}`);
  }
  return { ...payload, [rule.hostField]: host };
}
