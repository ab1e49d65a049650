/**
 * One click fills Zoom's Add Users dialog with the addresses to invite (opening it first when it
 * is closed), reads the field back, and never presses Add.
 */
import { pause } from '../../utils/dom/fill';
import { findAddUsersButton, findAddUsersDialog, prefillAddUsers } from '../../utils/zoom/add-users-dialog';
import type { AddUsersDialog } from '../../utils/zoom/types';
import type { PrefillState } from './state';
import { watchInvitations } from './invitations';

export function createPrefill(state: PrefillState, stop: AbortSignal): { run(): Promise<void> } {
  const invitations = watchInvitations(state, stop);

  /** The built-in adapter's dialog, else the one with the email field the admin taught (features/teach). */
  const findDialog = () => findAddUsersDialog(document) ?? state.taught.dialog(document);

  async function openDialog(): Promise<AddUsersDialog | null> {
    const open = findDialog();
    if (open) return open;
    const opener = findAddUsersButton(document);
    if (!opener) return null;
    opener.click();
    for (let waited = 0; waited < 3000; waited += 100) {
      await pause(100);
      const found = findDialog();
      if (found) return found;
    }
    return null;
  }

  async function run(): Promise<void> {
    if (state.busy.peek()) return;
    state.busy.value = true;
    try {
      const emails = state.emailsToPrefill.peek();
      if (emails.length === 0) {
        // Nobody is "missing" before both lists were seen whole: say that, not "nobody to invite".
        // Nor "nobody" when the only ones left are probable typos the admin did not include.
        const model = state.model.peek();
        const typos = model.typos.filter((typo) => !typo.included).length;
        state.outcome.value =
          model.coverage !== 'complete'
            ? { count: 0, ok: false, problem: 'needs-complete-view' }
            : typos > 0
              ? { count: 0, ok: false, problem: 'only-typos', typos }
              : { count: 0, ok: false, problem: 'nothing-to-fill' };
        return;
      }
      const found = await openDialog();
      if (!found) {
        state.outcome.value = { count: 0, ok: false, problem: 'no-dialog' };
        return;
      }
      state.dialog.value = found;
      const settings = state.context.peek()?.settings;
      const done = await prefillAddUsers(found, emails, {
        userType: settings?.userType ?? 'basic',
        department: settings?.department || undefined,
      });
      state.outcome.value = { count: done.count, ok: done.ok, problem: done.problem };
      if (done.count > 0) invitations.watch(found);
    } finally {
      state.busy.value = false;
    }
  }

  return { run };
}
