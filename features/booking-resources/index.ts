/**
 * The features of the booking system's resource pages, started with the content script's signal
 * and torn down by it: the resource list (roster, edit-form reading, badges, panel) and the
 * resource form (the hint under "Adres e-mail", the in-place dialog's address).
 */
import { computed } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountFormHint } from '../booking-form/hint';
import { recordOpenedForms } from '../booking-form/form-recording';
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
  const hint = mountFormHint(ctx, state);
  const openedForms = recordOpenedForms(state, stop);
  readBookingPage(ctx, stop, state, { panel, hint, forms, openedForms });
  const warnDays = computed(() => state.context.value?.settings.warnDaysBeforeExpiry ?? null);
  showToolbarCount(state.result, warnDays, stop);
}
