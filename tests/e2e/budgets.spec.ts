/**
 * Size budgets of the built extension (gzip -9), so bundles cannot creep. Runs with the end-to-end
 * tests because it needs the build; it opens no browser.
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_PATH } from './harness';

const KB = 1000;
const gzipped = (file: string) => gzipSync(readFileSync(path.join(EXTENSION_PATH, file)), { level: 9 }).length;

/** The budget for content scripts, and budgets for what they load, at today's size plus room. */
const BUDGETS: [pattern: RegExp, limit: number, why: string][] = [
  [/^content-scripts\/.+\.js$/, 25 * KB, 'each content script (issue: under 25 KB gzipped)'],
  [/^zoom-overlay\.js$/, 50 * KB, 'the Zoom overlay, loaded on the Users page only'],
  [/^booking-overlay\.js$/, 45 * KB, 'the booking overlay, loaded on the resource settings only'],
  [/^background\.js$/, 15 * KB, 'the background store'],
];

test('every bundle stays within its gzipped size budget', () => {
  const files = readdirSync(EXTENSION_PATH, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
  const checked: string[] = [];
  for (const [pattern, limit, why] of BUDGETS) {
    const matching = files.filter((file) => pattern.test(file));
    expect(matching.length, `no file for ${why}`).toBeGreaterThan(0);
    for (const file of matching) {
      const size = gzipped(file);
      expect(size, `${file} is ${size} bytes gzipped; budget for ${why}: ${limit}`).toBeLessThanOrEqual(limit);
      checked.push(file);
    }
  }
  expect(checked).toEqual(expect.arrayContaining(['content-scripts/zoom.js', 'content-scripts/booking.js']));
});
