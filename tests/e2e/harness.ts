/**
 * Shared Playwright fixtures: a persistent Chromium with the built extension loaded,
 * its id, and helpers to serve fixture pages at the real third-party URLs.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { extensionDir, extensionIdOf, launchWithExtension } from '../support/launch';
import { FIXTURES, fixture, serveSite } from '../support/serve';

export { extensionIdOf, launchWithExtension, FIXTURES, fixture, serveSite };
export const EXTENSION_PATH = extensionDir();

export interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  /** Language of the browser UI (and so of the extension); tests may override with test.use. */
  uiLanguage: string;
}

export const test = base.extend<ExtensionFixtures>({
  uiLanguage: ['en_US', { option: true }],
  context: async ({ uiLanguage }, use) => {
    const context = await launchWithExtension({ uiLanguage });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});
export const expect = test.expect;

/** Collects page errors so a test can assert the overlay never broke the page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
