/**
 * Serves fixture pages at their real third-party URLs through Playwright's routing, for the
 * tests and the demo. A plain module (no test fixtures), so scripts can import it too.
 */
import type { BrowserContext, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures');

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
        body: readFileSync(path.resolve('node_modules/vue3/dist/vue.global.prod.js'), 'utf8'),
      });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
}
