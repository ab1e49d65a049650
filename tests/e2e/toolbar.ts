/**
 * Reading the toolbar button's per-tab state (badge text and tooltip) from the extension's service
 * worker, for tests of the toolbar count.
 *
 * For the page sessions' wiring (issue 15, part 2): after every read, call
 * `reportToolbarCount(result, settings.warnDaysBeforeExpiry)` from utils/store/client.ts (and
 * `clearToolbarCount()` on a page of those hosts where the session has nothing to show); then a test
 * can open a booking tab and a Zoom tab and expect `toolbarOf(context, page)` to give each its count,
 * e.g. `{ text: '2', title: '2 employees need you: …' }`, and `{ text: '' }` on an unrelated page.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The few extension APIs used in the worker (the tests' TypeScript has no chrome.* types). */
export interface ChromeApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export interface ToolbarState {
  text: string;
  title: string;
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The browser's tab id of `page`. The extension sees the address of tabs on its hosts (host permissions)
 * and of its own pages, without the `tabs` permission, so the page is found by its URL.
 */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = await serviceWorker(context);
  const url = page.url();
  const id = await worker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const tabs = await chrome.tabs.query({});
    return tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id);
  }, url);
  if (id.length !== 1 || typeof id[0] !== 'number') throw new Error(`Expected one tab at ${url}, found ${id.length}`);
  return id[0];
}

/** The badge text and tooltip the toolbar button shows on `page`'s tab. */
export async function toolbarOf(context: BrowserContext, page: Page): Promise<ToolbarState> {
  const tabId = await tabIdOf(context, page);
  const worker = await serviceWorker(context);
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    return { text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) };
  }, tabId);
}
