/**
 * The booking resource form (its own page, or the in-place edit dialog): under "Adres e-mail", what
 * is known of the address on Zoom, and a list of the account's active addresses to pick from.
 * Offering, never filling: the field changes only when the admin picks an address.
 */
import { computed, effect, signal } from '@preact/signals';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FormHint } from '../../components/FormHint';
import { PANEL_CSS } from '../../components/panel-css';
import { t } from '../../utils/i18n';
import type { Employee } from '../../utils/roster/model';
import { reconcile, type EmployeeResult } from '../../utils/roster/reconcile';
import { localDay } from '../../utils/roster/dates';
import { mountView, type MountedView } from '../../utils/dom/mount';
import type { BookingState } from '../booking-resources/state';

export const DATALIST_ID = 'zaa-zoom-active-emails';

export interface FormHintView {
  view: MountedView;
  /** The email field of the form on screen now (null: none). */
  follow(field: HTMLInputElement | null): void;
  field(): HTMLInputElement | null;
  remove(): void;
}

export function mountFormHint(ctx: ContentScriptContext, state: BookingState): FormHintView {
  const formValue = signal<string | null>(null);
  let emailField: HTMLInputElement | null = null;
  /** What the edit form's email field holds, against the chosen Zoom host. */
  const formResult = computed<EmployeeResult | null>(() => {
    if (formValue.value === null) return null;
    const probe: Employee = { tenant: state.tenant, name: '', rawEmail: formValue.value, readAt: 0, order: 0 };
    return reconcile([probe], state.zoomView.value, localDay(new Date())).employees[0] ?? null;
  });

  function HintView() {
    return <FormHint result={formResult.value} zoomHost={state.context.value?.zoomHost?.host ?? null} />;
  }
  const view = mountView(
    ctx,
    'zaa-form-hint',
    PANEL_CSS,
    () => (emailField ? { anchor: emailField, append: 'after' } : null),
    () => <HintView />,
  );

  function attachSuggestions(field: HTMLInputElement): void {
    let list = document.getElementById(DATALIST_ID) as HTMLDataListElement | null;
    if (!list) {
      list = document.createElement('datalist');
      list.id = DATALIST_ID;
      document.body.append(list);
    }
    if (!field.hasAttribute('list')) field.setAttribute('list', DATALIST_ID);
  }
  const stopSuggestions = effect(() => {
    const active = (state.context.value?.zoomUsers ?? [])
      .filter((u) => u.state === 'active')
      .map((u) => u.email)
      .sort();
    const list = document.getElementById(DATALIST_ID);
    if (!list) return;
    list.replaceChildren(
      ...active.map((email) => {
        const option = document.createElement('option');
        option.value = email;
        return option;
      }),
    );
    list.setAttribute('aria-label', t('formSuggestions'));
  });

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
        attachSuggestions(field);
      }
    },
    field: () => emailField,
    remove() {
      stopSuggestions();
      view.remove();
      document.getElementById(DATALIST_ID)?.remove();
    },
  };
}
