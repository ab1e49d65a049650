/**
 * Custom booking domains: access is asked for at the moment the admin adds one (an optional host
 * permission), and the booking content script is then registered for that host alone.
 * Nothing here is granted up front (contract.md → Permissions).
 */
import { browser } from 'wxt/browser';

/** The booking content script as WXT builds it (.output/chrome-mv3/content-scripts/booking.js). */
export const BOOKING_SCRIPT_FILE = 'content-scripts/booking.js';

export function bookingOrigin(host: string): string {
  return `https://${host}/*`;
}

export function bookingScriptId(host: string): string {
  return `zaa-booking-${host}`;
}

/**
 * Asks the browser for access to one host. Call it straight from the click (or submit) handler,
 * before any `await`: browsers only show the prompt during a user gesture.
 */
export function requestBookingHostAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [bookingOrigin(host)] });
}

export function hasBookingHostAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [bookingOrigin(host)] });
}

/** Registers (or refreshes) the booking content script for one custom host. */
export async function registerBookingScript(host: string): Promise<void> {
  const id = bookingScriptId(host);
  const script = {
    id,
    matches: [bookingOrigin(host)],
    js: [BOOKING_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Unregisters the script and gives the access back; a host that had neither is fine. */
export async function releaseBookingHost(host: string): Promise<void> {
  const id = bookingScriptId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [bookingOrigin(host)] });
}

/**
 * Makes the registered scripts match the saved hosts that still have access (the admin may have
 * revoked it in the browser's settings, or a browser may not keep registrations across sessions).
 * Returns the hosts whose access is gone.
 */
export async function syncBookingScripts(hosts: readonly string[]): Promise<string[]> {
  const withoutAccess: string[] = [];
  for (const host of hosts) {
    if (await hasBookingHostAccess(host)) await registerBookingScript(host);
    else withoutAccess.push(host);
  }
  const wanted = new Set(hosts.filter((host) => !withoutAccess.includes(host)).map(bookingScriptId));
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.map((script) => script.id).filter((id) => id.startsWith('zaa-booking-') && !wanted.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  return withoutAccess;
}
