/**
 * The overlay's Preact and signals, for the modules it loads after its first paint (the panels' opened
 * part: zoom-drawer.js, booking-drawer.js). Those are built without them and read them from here
 * (wxt.config.ts → useOverlayPreact): one Preact renders the panel and its opened part, one signals core
 * tracks the state both read. A global of the content scripts' isolated world, as the overlay registry is.
 *
 * Only the names those modules use, so the overlay keeps no more of the packages than its own code
 * needs; tests/e2e/budgets.spec.ts fails when a built module reads a name not listed here.
 */
import { Component, options } from 'preact';
import { Fragment, jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';
import { signal } from '@preact/signals';

export const SHARED_WITH_LOADED_MODULES = {
  // `options`: the hooks Preact's own development helpers (preact/debug) set, in a development build.
  preact: { Component, options },
  hooks: {},
  jsx: { Fragment, jsx, jsxDEV, jsxs },
  signals: { signal },
};

export function shareWithLoadedModules(): void {
  (globalThis as unknown as { __zaaShared: unknown }).__zaaShared = SHARED_WITH_LOADED_MODULES;
}
