/**
 * The booking resource form (its own page, or the in-place edit dialog): under "Adres e-mail", what
 * is known of the address on Zoom, and for a probable typo the one Zoom address it nearly matches.
 * Never a list of the account's users: this page (and any script on it) can read what we add to it,
 * and it is given only what its resources need (utils/roster/booking-share.ts). An address typed
 * that is none of those is compared with Zoom once it is saved, not claimed missing meanwhile.
 */
import { computed, signal } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createScope, placeChildren } from '../../components/dom';
import { formHint } from '../../components/FormHint';
import { PANEL_CSS } from '../../components/panel-css';
import type { Employee } from '../../utils/roster/model';
import { reconcileWith, type EmployeeResult } from '../../utils/roster/reconcile-core';
import { localDay } from '../../utils/roster/dates';
import { normalizeEmail } from '../../utils/roster/email';
import { mountView, type MountedView } from '../../utils/dom/mount';
import type { BookingFormState } from './state';

export interface FormHintView {
  view: MountedView;
  /** The email field of the form on screen now (null: none). */
  follow(field: HTMLInputElement | null): void;
  field(): HTMLInputElement | null;
  remove(): void;
}

export function mountFormHint(ctx: ContentScriptContext, state: BookingFormState): FormHintView {
  const formValue = signal<string | null>(null);
  let emailField: HTMLInputElement | null = null;
  /** What the edit form's email field holds, against the chosen Zoom host. */
  const formResult = computed<EmployeeResult | null>(() => {
    if (formValue.value === null) return null;
    const probe: Employee = { tenant: state.tenant, name: '', rawEmail: formValue.value, readAt: 0, order: 0 };
    return reconcileWith([probe], state.zoomView.value, localDay(new Date())).employees[0] ?? null;
  });
  /** A valid address this page was told nothing about (typed, not saved yet): not known to be missing. */
  const unchecked = computed(() => {
    const email = formValue.value === null ? null : normalizeEmail(formValue.value);
    return email !== null && state.zoomView.value.coverage !== 'none' && !state.knownAddresses.value.has(email);
  });

  const view = mountView(
    ctx,
    'zaa-form-hint',
    PANEL_CSS,
    () => (emailField ? { anchor: emailField, append: 'after' } : null),
    (into) => {
      const scope = createScope();
      const hint = formHint(scope, {
        result: () => formResult.value,
        unchecked: () => unchecked.value,
        zoomHost: () => state.context.value?.zoomHost?.host ?? null,
      });
      scope.effect(() => placeChildren(into, [hint.shown() && hint.node]));
      return scope.dispose;
    },
  );

  return {
    view,
    follow(field) {
      if (field === emailField) return;
      emailField = field;
      formValue.value = field ? field.value : null;
      if (field) {
        ctx.addEventListener(field, 'input', () => (formValue.value = field.value));
        // An app filling the field sets its value without an event: follow it while the field is shown.
        const follower = ctx.setInterval(() => {
          if (emailField !== field) return clearInterval(follower);
          if (formValue.peek() !== field.value) formValue.value = field.value;
        }, 250);
      }
    },
    field: () => emailField,
    remove() {
      view.remove();
    },
  };
}
