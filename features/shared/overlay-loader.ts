/**
 * Content scripts stay small and load the overlay only on the page that needs it:
 * the loader imports the overlay module (a web-accessible extension file) into the content
 * script's isolated world, where the module registers its start function.
 *
 * A page could load the same file itself; it then runs in the page's world without extension
 * APIs and registers nothing.
 */
import { browser } from 'wxt/browser';

export type OverlayFile =
  | '/zoom-overlay.js'
  | '/zoom-drawer.js'
  | '/zoom-near-matches.js'
  | '/booking-overlay.js'
  | '/booking-drawer.js'
  | '/teach-overlay.js'
  | '/zoom-add-users.js'
  | '/zoom-read-all.js'
  | '/booking-forms.js'
  | '/booking-open-form.js';

const REGISTRY_KEY = '__zaaOverlayFeatures';

function registry(): Record<string, unknown> {
  const scope = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
  scope[REGISTRY_KEY] ??= {};
  return scope[REGISTRY_KEY];
}

function featureUrl(file: OverlayFile): string {
  return browser.runtime.getURL(file as Parameters<typeof browser.runtime.getURL>[0]);
}

/** Called by an overlay module when it loads. Keyed by its URL, which changes with every extension session. */
export function registerFeature(file: OverlayFile, start: unknown): void {
  if (!browser.runtime?.id) return;
  registry()[featureUrl(file)] = start;
}

export async function loadFeature<T>(file: OverlayFile): Promise<T> {
  const url = featureUrl(file);
  if (!(url in registry())) await import(/* @vite-ignore */ url);
  const start = registry()[url];
  if (!start) throw new Error(`The overlay module ${file} did not load.`);
  return start as T;
}

export interface LoadOnce<T> {
  /** The load, asked for at the first call and shared after; a failed one is forgotten, so the next call asks again. */
  get(): Promise<T>;
  /** The load under way or done; null before the first call and after a failure. */
  current(): Promise<T> | null;
}

/**
 * One load shared by every caller, for the modules an overlay loads later. A load that fails (the
 * extension updated under the page, a file refused) is asked for again at the next need: a new extension
 * session may serve it.
 */
export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loading: Promise<T> | null = null;
  return {
    get() {
      loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return loading;
    },
    current: () => loading,
  };
}

/**
 * For a reading loop that finds something a module not loaded yet handles (the Add Users dialog, an open
 * resource form): asks for the module and reads the page again once it is there, one read again however many
 * reads find it meanwhile. A module that does not load is asked for again by the next read that finds it.
 */
export function readAgainOnceLoaded(module: LoadOnce<unknown>, stop: AbortSignal): (readAgain: () => void) => void {
  let asked = false;
  return (readAgain) => {
    if (asked || stop.aborted) return;
    asked = true;
    module.get().then(
      () => {
        asked = false;
        if (!stop.aborted) readAgain();
      },
      () => {
        asked = false;
      },
    );
  };
}
