/**
 * Whether the admin left a panel open or collapsed, remembered across visits (a weekly user
 * who collapsed it does not want it back every time). A small preference: browser.storage.local.
 */
import { signal, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';

export type PanelKind = 'zoom' | 'booking';

const storageKey = (kind: PanelKind) => `zaaPanelOpen.${kind}`;

export function rememberedPanelOpen(kind: PanelKind, stop: AbortSignal): Signal<boolean> {
  const open = signal(true);
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
