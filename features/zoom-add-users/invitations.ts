/**
 * After a prefill: when the admin presses Add and the dialog closes without an error, the
 * invitations are recorded, so the addresses count as pending with 30 days left.
 */
import { t } from '../../utils/i18n';
import { localDay } from '../../utils/roster/dates';
import { askStore } from '../../utils/store/client';
import { isShown } from '../../utils/dom/visibility';
import { pause } from '../../utils/dom/fill';
import { dialogShowsError, readEmailField } from '../../utils/zoom/add-users-dialog';
import type { AddUsersDialog } from '../../utils/zoom/types';
import type { ZoomUsersState } from '../zoom-users/state';

export interface InvitationWatch {
  /** Watches this prefilled dialog for the admin's Add (the previous watch ends). */
  watch(found: AddUsersDialog): void;
}

export function watchInvitations(state: ZoomUsersState, stop: AbortSignal): InvitationWatch {
  let current: AbortController | null = null;
  return {
    watch(found) {
      current?.abort();
      const watch = new AbortController();
      current = watch;
      stop.addEventListener('abort', () => watch.abort(), { once: true });
      const onClick = (event: Event) => {
        const button = found.addButton;
        if (!button || !(event.target instanceof Node) || !button.contains(event.target)) return;
        const emails = readEmailField(found);
        void waitForDialogToClose(found, watch.signal).then(async (closedCleanly) => {
          if (!closedCleanly || emails.length === 0) return;
          try {
            await askStore('recordInvitations', { host: state.host, emails, invitedOn: localDay(new Date()) });
            state.flash.value = t('invitationsRecorded', { n: emails.length });
            watch.abort();
          } catch (error) {
            state.storeError.value = String((error as Error).message ?? error);
          }
        });
      };
      found.dialog.ownerDocument.addEventListener('click', onClick, { capture: true, signal: watch.signal });
    },
  };
}

async function waitForDialogToClose(found: AddUsersDialog, signal: AbortSignal): Promise<boolean> {
  for (let waited = 0; waited < 15_000 && !signal.aborted; waited += 150) {
    await pause(150);
    if (dialogShowsError(found.dialog)) return false;
    if (!found.dialog.isConnected || !isShown(found.dialog)) return true;
  }
  return false;
}
