/**
 * Reads a resource's edit form that only exists once the booking panel's own script has drawn it
 * (a single-page app answers every URL with the same empty shell): the edit URL is loaded in a
 * hidden same-origin frame, the form is read once it has held still, and the frame is removed.
 *
 * The frame is sandboxed without `allow-forms`, `allow-top-navigation` and `allow-popups`: it can
 * run the app and draw the form, but cannot submit it, navigate the admin's tab or open windows.
 * Nothing in it is clicked or typed into.
 *
 * Verified against: tests/fixtures/booking/spa-shell.html (one shell for every URL; the list and the
 * form drawn from an in-page API with a delay, the form's values filled after its fields appear).
 */
import { readResourceForm } from './resource-form';

export interface FrameReadOptions {
  signal?: AbortSignal;
  /** The document the frame is added to. */
  doc?: Document;
  /** How long the form may take to appear (ms). */
  timeoutMs?: number;
  /** How long the form must hold still before it is read (ms): apps fill fields after drawing them. */
  settleMs?: number;
  /** How long a drawn page without the form must hold still before it counts as having none (ms). */
  noFormMs?: number;
}

const POLL_MS = 100;
/** Something on the page says it is still loading. */
const BUSY = '[aria-busy="true"], [role="progressbar"], .loading, .spinner, .is-loading';

/** Whether a fetched page is an app shell: scripts, and no form control in the markup. */
export function looksLikeAppShell(doc: Document): boolean {
  return doc.querySelector('script') !== null && doc.querySelector('input, textarea, select, form') === null;
}

export async function readFormInFrame(url: string, options: FrameReadOptions = {}): Promise<{ rawEmail: string; name?: string }> {
  const doc = options.doc ?? document;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const settleMs = options.settleMs ?? 700;
  const noFormMs = options.noFormMs ?? 3000;
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = '';
  // Laid out (some apps measure the window) but out of sight and out of the way.
  frame.style.cssText =
    'position:fixed;left:-12000px;top:0;width:1280px;height:900px;border:0;visibility:hidden;pointer-events:none';
  frame.src = url;
  try {
    doc.body.append(frame);
    // What was seen last (the form's values, or the page's shape without a form) and since when.
    let last = '';
    let stillSince = 0;
    for (let waited = 0; waited < timeoutMs; waited += POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (options.signal?.aborted) throw new Error('stopped');
      const inner = frame.contentDocument;
      if (!inner?.body || inner.readyState === 'loading' || inner.querySelector(BUSY)) {
        last = '';
        continue;
      }
      const form = readResourceForm(inner);
      const seen =
        'problem' in form ? `page:${inner.body.childElementCount}:${inner.body.innerHTML.length}` : JSON.stringify(form);
      if (seen !== last) {
        last = seen;
        stillSince = waited;
        continue;
      }
      const stillFor = waited - stillSince;
      if (!('problem' in form) && stillFor >= settleMs) return form;
      if ('problem' in form && stillFor >= noFormMs) break;
    }
    throw new Error('No "Adres e-mail" field appeared on the page (maybe a login page or a changed form)');
  } finally {
    frame.remove();
  }
}
