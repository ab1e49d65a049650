/**
 * What was taught for this page's host (Zoom host or booking tenant), as the page session knows
 * it: loaded from the store when the session starts, saved when teaching ends, forgotten by the
 * panel's button. `stale` is set by the reading when a taught list no longer finds rows.
 * The code that reads with a taught layout (and teaches) is loaded only when the host has one, or
 * when the admin starts teaching (teach-overlay.js).
 */
import { signal } from '@preact/signals-core';
import { askStore } from '../../utils/store/client';
import type { TaughtLayout } from '../../utils/roster/taught-layout';
import { mergeLayouts } from '../../utils/view/teach-flow';
import { loadFeature } from '../shared/overlay-loader';
import type { TeachModule } from './teach-module';

export type TaughtHost = ReturnType<typeof createTaughtHost>;

export function createTaughtHost(host: string) {
  const layout = signal<TaughtLayout | null>(null);
  /** The taught list was looked for on the page and not found: the panel says so. */
  const stale = signal(false);
  /** Teaching is under way (the prompt is shown). */
  const teaching = signal(false);
  /** Set once the stored layout was asked for (and its reader loaded), so a page is not read with built-ins alone before. */
  const loaded = signal(false);
  /** The lazily loaded teaching code (null until a host with a layout or a teaching session needs it). */
  const module = signal<TeachModule | null>(null);

  async function loadModule(): Promise<TeachModule> {
    const ready = module.peek() ?? (await loadFeature<TeachModule>('/teach-overlay.js'));
    if (!module.peek()) module.value = ready;
    return ready;
  }

  async function load(): Promise<void> {
    try {
      const answer = await askStore('getTaught', { host });
      if (hasTaught(answer.layout)) await loadModule();
      // Every store write reloads: a layout that did not change is not a new one (no re-read for it).
      if (JSON.stringify(answer.layout) !== JSON.stringify(layout.peek())) layout.value = answer.layout;
    } catch {
      // Teaching is an aid: without the store (or its code) the page is read with the built-in rules.
    } finally {
      loaded.value = true;
    }
  }

  async function keep(taught: TaughtLayout): Promise<void> {
    const merged = mergeLayouts(layout.peek(), taught);
    layout.value = merged;
    stale.value = false;
    await askStore('saveTaught', { host, layout: merged });
  }

  async function forget(): Promise<void> {
    layout.value = null;
    stale.value = false;
    await askStore('forgetTaught', { host });
  }

  return { host, layout, stale, teaching, loaded, module, loadModule, load, keep, forget };
}

/** Reads the page again with what was just taught, or without what was forgotten, until the page stops. */
export function readAgainWhenTaught(taught: TaughtHost, scan: () => void, stop: AbortSignal): void {
  for (const changed of [taught.layout, taught.loaded]) {
    stop.addEventListener(
      'abort',
      changed.subscribe(() => scan()),
      { once: true },
    );
  }
}

/** Whether anything was taught (the forget button shows then). */
export function hasTaught(layout: TaughtLayout | null): boolean {
  return !!layout && (Object.keys(layout.lists).length > 0 || !!layout.emailField);
}
