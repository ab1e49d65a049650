/**
 * The resource form open on screen (its own page, or a dialog over the list): the hint under its
 * "Adres e-mail" (./hint.ts) and the recording of the address it shows (./form-recording.ts), followed
 * together. A module of its own (booking-open-form.js): the list's first paint draws neither, so it loads
 * when a form is first found open (./open-form-loader.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountFormHint } from './hint';
import { recordOpenedForms, type OpenForm } from './form-recording';
import type { BookingFormState } from './state';

export interface OpenFormView {
  /** The form on screen now (null: none). */
  follow(form: OpenForm | null): void;
  /** The email field of the form followed (the reading watches around it). */
  field(): HTMLInputElement | null;
  /** The hint's own element on the page (null: not there). */
  host(): HTMLElement | null;
  ensurePlaced(): void;
  remove(): void;
}

export function followOpenForms(ctx: ContentScriptContext, state: BookingFormState, stop: AbortSignal): OpenFormView {
  const hint = mountFormHint(ctx, state);
  const recorder = recordOpenedForms(state, stop);
  return {
    follow(form) {
      hint.follow(form?.field ?? null);
      recorder.follow(form);
    },
    field: () => hint.field(),
    host: () => hint.view.host,
    ensurePlaced: () => void hint.view.ensurePlaced(),
    remove: () => hint.remove(),
  };
}
