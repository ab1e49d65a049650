/**
 * The in-place edit dialog: when the admin opens a resource's form over the list, its address is
 * stored for the resource whose edit control was clicked.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askStore } from '../../utils/store/client';
import type { BookingState } from '../booking-resources/state';

export interface DialogReader {
  read(field: HTMLInputElement): void;
}

export function readOpenedDialogs(ctx: ContentScriptContext, state: BookingState): DialogReader {
  let lastClickedOrder: number | null = null;
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const listRead = state.list.read;
      if (!listRead || !(event.target instanceof Node)) return;
      const index = listRead.rows.findIndex((row) => row.row.contains(event.target as Node));
      if (index >= 0) lastClickedOrder = index;
    },
    { capture: true },
  );
  let lastDialogRead: { field: HTMLInputElement; order: number } | null = null;
  return {
    read(field) {
      if (lastClickedOrder === null) return;
      if (lastDialogRead?.field === field && lastDialogRead.order === lastClickedOrder) return;
      const employee = state.context.peek()?.employees.find((e) => e.order === lastClickedOrder);
      // A form read again with another address replaces the one known (contract: until its form is read again).
      if (!employee || employee.rawEmail === field.value.trim()) return;
      lastDialogRead = { field, order: lastClickedOrder };
      void askStore('updateEmployeeEmails', {
        tenant: state.tenant,
        updates: [{ order: lastClickedOrder, rawEmail: field.value.trim(), emailSource: 'dialog' }],
      }).catch((error: Error) => (state.storeError.value = error.message));
    },
  };
}
