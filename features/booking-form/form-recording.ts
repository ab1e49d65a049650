/**
 * A resource's form opened on its own page (a link, or a single-page panel's client-side route):
 * once the form has held still, its address is recorded for the resource it belongs to (by the id
 * in the URL, the edit URL, or the unique name), so the list shows it at once and after a reload.
 * What the admin types is not recorded: the address counts once the booking system shows it.
 */
import { readResourceForm } from '../../utils/booking/resource-form';
import { formOwner } from '../../utils/roster/form-addresses';
import { askStore } from '../../utils/store/client';
import type { BookingState } from '../booking-resources/state';

const POLL_MS = 150;
const SETTLE_MS = 700;
const GIVE_UP_MS = 20_000;

export interface FormRecorder {
  /** The form's email field on screen now (null: none). */
  follow(field: HTMLInputElement | null): void;
}

export function recordOpenedForms(state: BookingState, stop: AbortSignal): FormRecorder {
  let tracked: HTMLInputElement | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const end = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  stop.addEventListener('abort', end, { once: true });

  function watch(field: HTMLInputElement): void {
    let typed = false;
    field.addEventListener('input', (event) => (typed ||= event.isTrusted), { signal: stop });
    let last = '';
    let stillFor = 0;
    let waited = 0;
    timer = setInterval(() => {
      waited += POLL_MS;
      if (typed || !field.isConnected || waited > GIVE_UP_MS) return end();
      const form = readResourceForm(field.ownerDocument);
      const now = JSON.stringify(form);
      stillFor = now === last ? stillFor + POLL_MS : 0;
      last = now;
      const employees = state.context.peek()?.employees;
      if (stillFor < SETTLE_MS || !employees || 'problem' in form) return;
      end();
      const owner = formOwner(employees, { url: location.href, name: form.name });
      if (!owner || owner.rawEmail === form.rawEmail) return;
      void askStore('updateEmployeeEmails', {
        tenant: state.tenant,
        updates: [{ order: owner.order, rawEmail: form.rawEmail, emailSource: 'form' }],
      }).catch((error: Error) => (state.storeError.value = error.message));
    }, POLL_MS);
  }

  return {
    follow(field) {
      if (field === tracked) return;
      tracked = field;
      end();
      if (field) watch(field);
    },
  };
}
