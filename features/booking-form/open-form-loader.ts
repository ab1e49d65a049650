/**
 * The open form's hint and recording (./open-form.ts) load as booking-open-form.js when a form is first
 * found open: a list without a form open never needs them. Until it is there nothing is said under the field
 * and nothing recorded (the form's address is recorded once it has held still, which takes longer than the
 * load); once it is, the page is read again. A module that does not load is asked for at the next read that
 * finds a form.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadFeature, loadOnce, readAgainOnceLoaded } from '../shared/overlay-loader';
import type { OpenForm } from './form-recording';
import type { OpenFormView } from './open-form';
import type { OpenFormModule } from './open-form-module';
import type { BookingFormState } from './state';

export function createLazyOpenForm(
  ctx: ContentScriptContext,
  state: BookingFormState,
  stop: AbortSignal,
  readAgain: () => void,
  load: () => Promise<OpenFormModule> = () => loadFeature<OpenFormModule>('/booking-open-form.js'),
): OpenFormView {
  let loaded: OpenFormView | null = null;
  const module = loadOnce(() => load().then((found) => (loaded = found.followOpenForms(ctx, state, stop))));
  const askForModule = readAgainOnceLoaded(module, stop);
  return {
    follow(form: OpenForm | null) {
      if (loaded) return loaded.follow(form);
      if (form) askForModule(readAgain);
    },
    field: () => loaded?.field() ?? null,
    host: () => loaded?.host() ?? null,
    ensurePlaced: () => loaded?.ensurePlaced(),
    remove: () => loaded?.remove(),
  };
}
