/**
 * A resource's form the admin opens (its own page, a single-page panel's client-side route, or a
 * dialog over the list): once what it shows has held still (utils/booking/form-settle.ts: apps fill a
 * form a moment after it opens), its address is recorded for the resource the form itself is about,
 * and again whenever it changes while open. Which resource: the form's name field, or, for a form on
 * its own page or route, the edit URL or id it is at (utils/roster/form-addresses.ts → formOwner).
 * Never the row clicked last: a dialog says whose it is, and one that does not is not recorded.
 * A dialog's URL is the list's, so it says nothing about the dialog and is not used.
 * What the admin types is not recorded: the address counts once the booking system shows it.
 */
import { createFormSettle } from '../../utils/booking/form-settle';
import { isShown, lookAtForm } from '../../utils/booking/resource-form';
import { formOwner, resourceKeyOf } from '../../utils/roster/form-addresses';
import { askStore } from '../../utils/store/client';
import type { BookingFormState } from './state';

const POLL_MS = 150;

/** The form on screen: the dialog (or the document, for a page's form) and its email field. */
export interface OpenForm {
  root: ParentNode;
  field: HTMLInputElement;
  inDialog: boolean;
}

export interface FormRecorder {
  /** The form on screen now (null: none). */
  follow(form: OpenForm | null): void;
}

export function recordOpenedForms(state: BookingFormState, stop: AbortSignal): FormRecorder {
  let followed: OpenForm | null = null;
  let ending: AbortController | null = null;

  function watch(form: OpenForm): void {
    const controller = new AbortController();
    ending = controller;
    const { signal } = controller;
    const end = () => controller.abort();
    stop.addEventListener('abort', end, { once: true, signal });
    const settle = createFormSettle();
    let typed = false;
    // The admin's own typing (trusted input) in this form: from now on the field holds their draft.
    const scope = form.inDialog ? form.root : (form.field.form ?? form.root);
    scope.addEventListener('input', (event) => (typed ||= event.isTrusted), { capture: true, signal });
    const timer = setInterval(() => {
      if (!form.field.isConnected) return end();
      const shown = !form.inDialog || isShown(form.root as Element);
      // A dialog closed and opened again is a new form: what was typed in the last one is gone.
      if (!shown) typed = false;
      const look = shown && !typed ? lookAtForm(form.root, location.href) : null;
      const ready = settle.look(look, Date.now());
      if (!ready) return;
      const employees = state.context.peek()?.employees;
      if (!employees) return settle.again();
      const owner = formOwner(employees, { name: ready.name, url: form.inDialog ? undefined : ready.url });
      if (!owner || owner.rawEmail === ready.rawEmail) return;
      void askStore('updateEmployeeEmails', {
        tenant: state.tenant,
        updates: [{ resource: resourceKeyOf(owner), rawEmail: ready.rawEmail, emailSource: form.inDialog ? 'dialog' : 'form' }],
      }).catch((error: Error) => (state.storeError.value = error.message));
    }, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }

  return {
    follow(form) {
      if (form?.root === followed?.root && form?.field === followed?.field) return;
      followed = form;
      ending?.abort();
      ending = null;
      if (form && !stop.aborted) watch(form);
    },
  };
}
