/**
 * Whether the admin left a panel's drawer open or collapsed, remembered across visits (a weekly
 * user who collapsed it does not want it back every time). Collapsed until the admin opens it: the
 * drawer lies over the page, so the page's own list and buttons are free by default (the one-line
 * bar is always there). A small preference: browser.storage.local.
 */
import { signal, type Signal } from '@preact/signals-core';
import { browser } from 'wxt/browser';

export type PanelKind = 'zoom' | 'booking';

const storageKey = (kind: PanelKind) => `zaaPanelOpen.${kind}`;

export function rememberedPanelOpen(kind: PanelKind, stop: AbortSignal): Signal<boolean> {
  const open = signal(false);
  const key = storageKey(kind);
  void browser.storage.local
    .get(key)
    .catch(() => ({}) as Record<string, unknown>)
    .then((stored) => {
      if (stop.aborted) return;
      if (typeof stored[key] === 'boolean') open.value = stored[key] as boolean;
      // Saved from now on; subscribing before the read would overwrite what was stored with the default.
      let first = true;
      const unsubscribe = open.subscribe((value) => {
        if (first) {
          first = false;
          return;
        }
        void browser.storage.local.set({ [key]: value }).catch(() => undefined);
      });
      stop.addEventListener('abort', unsubscribe, { once: true });
    });
  return open;
}
