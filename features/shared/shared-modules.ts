/**
 * The overlay's signals core, for the modules it loads after its first paint (the prefill, teaching, the open form's hint, and the panels' opened part:
 * zoom-drawer.js, booking-drawer.js). Those bundle their own Preact and @preact/signals (the overlay draws
 * its bar without them, components/dom.ts) but read the core from here (wxt.config.ts → useSharedModules):
 * a second core would not track the state's signals, which the overlay made with this one. A global of the
 * content scripts' isolated world, as the overlay registry is.
 *
 * Only the names those modules use, so the overlay keeps no more of the package than its own code needs;
 * tests/e2e/budgets.spec.ts fails when a built module reads a name not listed here.
 */
import { batch, computed, effect, signal, Signal } from '@preact/signals-core';

export const SHARED_WITH_LOADED_MODULES = {
  signalsCore: { batch, computed, effect, signal, Signal },
};

export function shareWithLoadedModules(): void {
  (globalThis as unknown as { __zaaShared: unknown }).__zaaShared = SHARED_WITH_LOADED_MODULES;
}
