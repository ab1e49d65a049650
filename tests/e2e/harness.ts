/**
 * Shared Playwright fixtures: a persistent Chromium with the built extension loaded,
 * its id, and helpers to serve fixture pages at the real third-party URLs.
 */
import { test as base, type BrowserContext, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionDir, extensionIdOf, launchWithExtension } from '../support/launch';

export { extensionIdOf, launchWithExtension };
export const EXTENSION_PATH = extensionDir();
export const FIXTURES = path.resolve('tests/fixtures');

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

export function fixture(relativePath: string): string {
  return readFileSync(path.join(FIXTURES, relativePath), 'utf8');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves `files` (URL path → fixture path relative to tests/fixtures) on `origin`.
 * Paths are matched without the hash. Unknown paths answer 404.
 * Also serves `/__fixtures/<path>` from tests/fixtures (scripts shared by fixtures) and `/vendor/vue.js`
 * from the vue package, so fixtures load nothing from outside.
 */
export async function serveSite(
  context: BrowserContext,
  origin: string,
  files: Record<string, string | ((route: Route) => Promise<void> | void)>,
): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const key = url.pathname + url.search;
    const entry = files[key] ?? files[url.pathname];
    if (typeof entry === 'function') return entry(route);
    if (entry !== undefined) {
      const ext = path.extname(entry);
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[ext] ?? 'text/plain', body: fixture(entry) });
    }
    if (url.pathname.startsWith('/__fixtures/')) {
      const file = url.pathname.slice('/__fixtures/'.length);
      const ext = path.extname(file);
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[ext] ?? 'text/plain', body: fixture(file) });
    }
    if (url.pathname === '/vendor/vue.js') {
      return route.fulfill({
        status: 200,
        contentType: CONTENT_TYPES['.js'],
        body: readFileSync(path.resolve('node_modules/vue/dist/vue.global.prod.js'), 'utf8'),
      });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
}

/** Collects page errors so a test can assert the overlay never broke the page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
