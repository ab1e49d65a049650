/**
 * Loads a Zoom list fixture (tests/fixtures/zoom/*.html) into happy-dom's document at a Zoom URL,
 * and runs its inline scripts the way the browser would (happy-dom does not run them itself).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localDay } from '../../../utils/roster/dates';

const FIXTURES = path.resolve('tests/fixtures/zoom');
const VUE_BUILD = path.resolve('node_modules/vue3/dist/vue.global.prod.js');

export const ZOOM_URL = 'https://zoom.us/account/user#/';

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Window listeners the previous fixture's scripts added: removed when the next fixture loads. */
const pageListeners: [string, EventListenerOrEventListenerObject][] = [];

/** Indirect eval: runs code in the global scope, as a page's <script> would. */
const evalGlobally: (code: string) => unknown = eval;

/** Puts the fixture's head and body into the document, at `url`; scripts are not run. */
export function loadFixture(name: string, url = ZOOM_URL): void {
  for (const [type, listener] of pageListeners.splice(0)) window.removeEventListener(type, listener);
  setUrl(url);
  loadHtml(fixtureHtml(name));
}

export function loadHtml(html: string): void {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Runs the page's own inline scripts (not templates, not src scripts) in document order. */
export function runInlineScripts(): void {
  const add = window.addEventListener;
  window.addEventListener = function (
    this: Window,
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ) {
    pageListeners.push([type, listener]);
    add.call(this, type, listener, options);
  } as typeof window.addEventListener;
  try {
    for (const script of Array.from(document.querySelectorAll('script'))) {
      if (script.hasAttribute('src')) continue;
      const type = script.getAttribute('type');
      if (type && type !== 'text/javascript' && type !== 'module') continue;
      evalGlobally(script.textContent ?? '');
    }
  } finally {
    window.addEventListener = add;
  }
}

let vueLoaded = false;

/** Loads the vendored Vue 3 global build (what the page gets from /vendor/vue.js). */
export function loadVue(): { nextTick(): Promise<void> } {
  if (!vueLoaded) {
    evalGlobally(readFileSync(VUE_BUILD, 'utf8'));
    vueLoaded = true;
  }
  return (globalThis as unknown as { Vue: { nextTick(): Promise<void> } }).Vue;
}

/** Loads the Add Users dialog component the Vue fixture mounts, when its author has written it. */
export function loadDialogComponent(): boolean {
  try {
    evalGlobally(fixtureHtml('add-users-dialog.js'));
    return true;
  } catch {
    return false;
  }
}

/** The local ISO day `days` days before today (as the fixtures compute their dates). */
export function isoDaysAgo(days: number): string {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() - days);
  return localDay(date);
}

export function click(selectorOrElement: string | Element): void {
  const element = typeof selectorOrElement === 'string' ? document.querySelector(selectorOrElement) : selectorOrElement;
  if (!element) throw new Error(`nothing to click: ${String(selectorOrElement)}`);
  (element as HTMLElement).click();
}

/** The element whose own text is exactly `text` (first match), among `selector`. */
export function byText(selector: string, text: string): Element {
  const found = Array.from(document.querySelectorAll(selector)).find(
    (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`no ${selector} reading "${text}"`);
  return found;
}
