/**
 * After a prefill: the admin's own press on Add (a trusted click or key, never a page script's) is
 * followed until Zoom has answered. Zoom may close the dialog and report a failure elsewhere (a toast,
 * an alert region: for example an unfinished card check), so the invitations are recorded only when the
 * dialog closed and the whole page showed no error for a short settle time, or at once when Zoom says it
 * sent them. An error that shows up a moment later withdraws exactly what this Add recorded. The admin
 * is told either way, with Zoom's own words when it refused.
 */
import { addOutcomeOf, type AddOutcome } from '../../utils/view/guidance';
import { t } from '../../utils/i18n';
import { localDay } from '../../utils/roster/dates';
import { normalizeEmail } from '../../utils/roster/email';
import { askStore } from '../../utils/store/client';
import { isShown } from '../../utils/dom/visibility';
import { pause } from '../../utils/dom/fill';
import { readEmailField } from '../../utils/zoom/add-users-dialog';
import { watchFeedback, type AddFeedback } from '../../utils/zoom/add-feedback';
import type { AddUsersDialog } from '../../utils/zoom/types';
import type { PrefillState } from './state';

export interface InvitationWatch {
  /** Watches this prefilled dialog for the admin's Add (the previous watch ends). */
  watch(found: AddUsersDialog): void;
}

export interface AddTiming {
  /** How long Zoom may take to close the dialog after Add. */
  closeWithinMs: number;
  /** After the close, how long the page must show no error before the invitations are recorded. */
  settleMs: number;
  /** Until this long after the close, an error withdraws what was recorded. */
  lateMs: number;
  /** How often the page is looked at meanwhile. */
  pollMs: number;
}

export const ADD_TIMING: AddTiming = { closeWithinMs: 15_000, settleMs: 1800, lateMs: 5000, pollMs: 100 };

/** Zoom's words are shown as text; a runaway message is cut to a sentence's length. */
const MAX_SHOWN = 300;

export function watchInvitations(state: PrefillState, stop: AbortSignal, timing: AddTiming = ADD_TIMING): InvitationWatch {
  let current: AbortController | null = null;
  return {
    watch(found) {
      current?.abort();
      const watch = new AbortController();
      current = watch;
      stop.addEventListener('abort', () => watch.abort(), { once: true });
      // One press is followed at a time: a double click, or Enter and the click it makes, is one Add.
      let following = false;
      const onAdd = (event: Event) => {
        const button = found.addButton;
        if (!event.isTrusted || following || !button || !(event.target instanceof Node) || !button.contains(event.target)) return;
        // A native button turns Enter and Space into a click of its own; other elements only see the key.
        if (event.type === 'keydown') {
          const key = (event as KeyboardEvent).key;
          if ((key !== 'Enter' && key !== ' ') || button.matches('button, input')) return;
        }
        const emails = readEmailField(found).filter((email) => normalizeEmail(email) === email);
        if (emails.length === 0) return;
        following = true;
        void followAdd(state, found, emails, timing, stop).then((confirmed) => {
          following = false;
          // Done with this prefill once Zoom took it; after a refusal the admin may fix things and press Add again.
          if (confirmed) watch.abort();
        });
      };
      const doc = found.dialog.ownerDocument;
      doc.addEventListener('click', onAdd, { capture: true, signal: watch.signal });
      doc.addEventListener('keydown', onAdd, { capture: true, signal: watch.signal });
    },
  };
}

/**
 * Follows one Add to Zoom's answer; true when the invitations stayed recorded. The feedback watch starts
 * at the press, so messages already on the page (an old toast) do not count.
 */
async function followAdd(
  state: PrefillState,
  found: AddUsersDialog,
  emails: string[],
  timing: AddTiming,
  stop: AbortSignal,
): Promise<boolean> {
  const feedback = watchFeedback(found.dialog.ownerDocument);
  let success = false;
  let closedAt = 0;
  for (let waited = 0; !closedAt; waited += timing.pollMs) {
    if (waited >= timing.closeWithinMs) return false;
    await pause(timing.pollMs);
    if (stop.aborted) return false;
    const said = feedback.read();
    const error = said.find((one) => one.kind === 'error');
    // An error while the dialog is open (its own validation, or a toast): nothing was added.
    if (error) return refused(state, error);
    success ||= said.length > 0;
    if (!found.dialog.isConnected || !isShown(found.dialog)) closedAt = Date.now();
  }

  // What this Add recorded, so that exactly that can be withdrawn.
  const done: { recorded?: { invitedOn: string; recordedAt: number } } = {};
  // Told after the fact as the roster stood before it: whom Zoom emailed, and who is still left out and why.
  const told = afterAddText(addOutcomeOf({ invited: emails, result: state.result.peek() }));
  const record = async () => {
    const invitedOn = localDay(new Date());
    const { recordedAt } = await askStore('recordInvitations', { host: state.host, emails, invitedOn });
    done.recorded = { invitedOn, recordedAt };
    say(state, { ok: true, text: t('addConfirmed', { n: emails.length }) }, told);
  };
  try {
    // Zoom said it sent them: recorded at once (a later error still withdraws it).
    if (success) await record();
    while (Date.now() - closedAt < timing.lateMs) {
      await pause(timing.pollMs);
      if (stop.aborted) return done.recorded !== undefined;
      const said = feedback.read();
      const error = said.find((one) => one.kind === 'error');
      if (error) {
        if (done.recorded) await askStore('withdrawInvitations', { host: state.host, emails, ...done.recorded });
        return refused(state, error);
      }
      if (!done.recorded && (said.length > 0 || Date.now() - closedAt >= timing.settleMs)) await record();
    }
    if (!done.recorded) await record();
    return true;
  } catch (error) {
    state.storeError.value = String((error as Error).message ?? error);
    return false;
  }
}

function afterAddText(outcome: AddOutcome): string {
  const lines = [t('added.invited', { names: outcome.invited.map((one) => one.name).join(', ') }), t('added.activate')];
  for (const one of outcome.leftOut) {
    lines.push(
      one.why === 'probable-typo'
        ? t('added.leftOutTypo', { name: one.name, email: one.email, suggestion: one.suggestion ?? '' })
        : t('added.leftOutNotFilled', { name: one.name, email: one.email }),
    );
  }
  return lines.join(' ');
}

function refused(state: PrefillState, error: AddFeedback): false {
  const words = error.text.length > MAX_SHOWN ? `${error.text.slice(0, MAX_SHOWN - 1)}…` : error.text;
  const text = t('addRefused', { message: words });
  say(state, { ok: false, text }, text);
  return false;
}

/** In the panel's bar (the last prefill's result) and in full in its drawer. */
function say(state: PrefillState, add: { ok: boolean; text: string }, flash: string): void {
  const outcome = state.outcome.peek();
  if (outcome) state.outcome.value = { ...outcome, add };
  state.flash.value = flash;
}
