/**
 * The features of the booking system's resource pages, started with the content script's signal
 * and torn down by it: the resource list (roster, edit-form reading, badges, panel) and the
 * resource form (the hint under "Adres e-mail", the in-place dialog's address).
 */
import { computed } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLazyOpenForm } from '../booking-form/open-form-loader';
import { createLazyFormReader } from './form-reading-loader';
import { mountBookingPanel } from './panel';
import { readBookingPage } from './reading';
import { createBookingState } from './state';
import { showToolbarCount } from '../toolbar/count';

export function startBookingPage(ctx: ContentScriptContext, stop: AbortSignal): void {
  const state = createBookingState(location.host, stop);
  // The edit forms' reading loads (booking-forms.js) only for a list that shows no emails.
  const forms = createLazyFormReader(state, stop);
  const panel = mountBookingPanel(ctx, state, forms.stop, () => void state.taught.teach(ctx, stop), stop);
  // The hint under an open form's address and its recording load when a form is first open (booking-open-form.js).
  let readAgain = () => {};
  const openForm = createLazyOpenForm(ctx, state, stop, () => readAgain());
  readAgain = readBookingPage(ctx, stop, state, { panel, forms, openForm });
  const warnDays = computed(() => state.context.value?.settings.warnDaysBeforeExpiry ?? null);
  showToolbarCount(state.result, warnDays, stop);
}
