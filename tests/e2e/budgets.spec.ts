/**
 * Size budgets of the built extension (gzip -9, KB = 1,000 bytes), so bundles cannot creep. Runs with the
 * end-to-end tests because it needs the build; it opens no browser. Measured as scripts/bench-sizes.mjs
 * measures them: a page counts the scripts it loads when it opens (its HTML's scripts and what they import
 * statically), not the chunks it loads later with import().
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_PATH } from './harness';
import { SHARED_WITH_LOADED_MODULES } from '../../features/shared/shared-modules';
import * as bookingPage from '../../utils/booking/page';
import * as resourceForm from '../../utils/booking/resource-form';
import * as labels from '../../utils/dom/labels';

const KB = 1000;
const read = (file: string) => readFileSync(path.join(EXTENSION_PATH, file));
const gzipped = (file: string) => gzipSync(read(file), { level: 9 }).length;

/**
 * Issue 13's goals: content scripts ≤ 25 KB, popup and options ≤ 25 KB each (met). The overlay goals of
 * issues 13 and 25 (Zoom ≤ 25 KB, booking ≤ 22 KB at first paint) are not met yet: their budgets are
 * today's size plus a little room, to be lowered as the overlays shrink (see docs/bundle-sizes.md for what
 * they hold, and what the modules they load later hold).
 */
const FILE_BUDGETS: [pattern: RegExp, limit: number, why: string][] = [
  [/^content-scripts\/.+\.js$/, 25 * KB, 'each content script (issue 13: ≤ 25 KB)'],
  [
    /^zoom-overlay\.js$/,
    40.5 * KB,
    'the Zoom overlay, what the Users page’s first paint carries (40.4 KB with the far rows’ badges in slices after the first frame: utils/dom/slices.ts, held places; 39.3 KB with the badges cloned from a prepared one and the fixed copies’ plain spacers fitted when a badge wraps, 38.7 without; 44.5 before issue 25 moved the opened panel to zoom-drawer.js and the typo matcher to zoom-near-matches.js; the prefill’s filling is zoom-add-users.js, the walk zoom-read-all.js; issue 25 goal ≤ 25 KB, not met: docs/bundle-sizes.md)',
  ],
  [
    /^zoom-near-matches\.js$/,
    4.2 * KB,
    'the typo matcher (near-matches, suggest, fastest-levenshtein: 3.7 KB), loaded with the store’s copy',
  ],
  [
    /^zoom-drawer\.js$/,
    6.4 * KB,
    'the Zoom panel’s opened part (what to do, notices in full, the employee list, its CSS: 5.9 KB), loaded after the first paint with the overlay’s Preact',
  ],
  [
    /^zoom-add-users\.js$/,
    15.1 * KB,
    'the Add Users prefill (filling, reading back, and following Add to Zoom’s answer before recording invitations: 14.6 KB), loaded when the dialog is first found open',
  ],
  [
    /^zoom-read-all\.js$/,
    10.5 * KB,
    '"Read all pages" (the walk through every page and its planner: 10.0 KB), loaded at the first press',
  ],
  [
    /^booking-overlay\.js$/,
    30.4 * KB,
    'the booking overlay, what the resource list’s first paint carries (29.9 KB: 36.8 before issue 25 moved the opened panel to booking-drawer.js, left out the typo matcher the background already ran, and took page.ts, labels.ts and resource-form.ts from the content script; the edit forms’ reading is booking-forms.js; issue 25 goal ≤ 22 KB, not met: docs/bundle-sizes.md)',
  ],
  [
    /^booking-drawer\.js$/,
    5.3 * KB,
    'the booking panel’s opened part (what to do, notices in full, the resource list, its CSS: 4.8 KB), loaded after the first paint with the overlay’s Preact',
  ],
  [
    /^booking-forms\.js$/,
    4.8 * KB,
    'reading the resources’ edit forms (fetched as text, never run), loaded only for a booking list without emails (4.6 KB)',
  ],
  [
    /^teach-overlay\.js$/,
    23.9 * KB,
    'teaching (the session, and reading with what was taught), loaded only for a host with something taught or when teaching starts (23.4 KB)',
  ],
  [
    /^background\.js$/,
    22.4 * KB,
    'the background store (22.1 KB: 13.9 with the toolbar button, the welcome page, the wire format and taught layouts; ' +
      '+2.3 the sender policy and payload checks; +6.0 the typo matcher and email rules, since the background decides ' +
      'what a booking page may be given of Zoom (issue 21); no signals)',
  ],
];
const PAGE_BUDGETS: [html: string, limit: number, why: string][] = [
  [
    'popup.html',
    28.7 * KB,
    'the popup when it opens (28.2 KB: 25.9 before issue 22’s guidance and issue 21’s restore summary; it reconciles in the page, with the typo matcher; issue 13 goal ≤ 25 KB)',
  ],
  [
    'options.html',
    25.6 * KB,
    'the options page when it opens (25.1 KB: 23.4 before issue 21’s checked store messages and issue 22’s panel styles it shares with the popup; issue 13 goal ≤ 25 KB)',
  ],
];

/** The chunks a built script imports statically (`from"./x.js"`, `import"./x.js"`; not import("./x.js")). */
function staticImports(file: string): string[] {
  const code = read(file).toString('utf8');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js|\/[^"']+\.js)["']/g)].map(([, spec]) =>
    spec.startsWith('/') ? spec.slice(1) : path.posix.join(path.posix.dirname(file), spec),
  );
}

/** Every script an extension page loads when it opens. */
function scriptsOfPage(html: string): string[] {
  const text = read(html).toString('utf8');
  const queue = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)].map(([, src]) =>
    src.startsWith('/') ? src.slice(1) : path.posix.join(path.posix.dirname(html), src),
  );
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(path.join(EXTENSION_PATH, file))) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return [...seen];
}

test('every bundle stays within its gzipped size budget', () => {
  const files = readdirSync(EXTENSION_PATH, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
  const checked: string[] = [];
  for (const [pattern, limit, why] of FILE_BUDGETS) {
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

test('the popup and the options page open within their gzipped size budgets', () => {
  for (const [html, limit, why] of PAGE_BUDGETS) {
    const scripts = scriptsOfPage(html);
    expect(scripts.length, `no scripts found for ${html}`).toBeGreaterThan(0);
    const size = scripts.reduce((sum, file) => sum + gzipped(file), 0);
    expect(size, `${html} loads ${scripts.join(', ')}: ${size} bytes gzipped; budget for ${why}: ${limit}`).toBeLessThanOrEqual(
      limit,
    );
  }
});

test('papaparse and the CSV code stay out of the overlays and out of what the popup loads when it opens', () => {
  // papaparse's own error text; present only where the CSV code is bundled.
  const marker = 'UndetectableDelimiter';
  const opening = [...scriptsOfPage('popup.html'), ...scriptsOfPage('options.html'), 'zoom-overlay.js', 'booking-overlay.js'];
  for (const file of opening) expect(read(file).toString('utf8').includes(marker), `${file} bundles papaparse`).toBe(false);
  const all = readdirSync(EXTENSION_PATH, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(
    all.some((file) => read(file).toString('utf8').includes(marker)),
    'papaparse is in no chunk at all',
  ).toBe(true);
});

test('the background bundles neither Preact nor signals (its texts need no reactive language)', () => {
  const code = read('background.js').toString('utf8');
  // signals-core's own error text, present wherever a signal can be bundled; the overlays have it.
  const marker = 'Cycle detected';
  expect(read('zoom-overlay.js').toString('utf8').includes(marker), 'the marker is signals-core’s').toBe(true);
  expect(code.includes(marker), 'background.js bundles @preact/signals-core').toBe(false);
});

/**
 * The names a built IIFE reads from each global it is handed (`(function(a,b){…})(__zaaShared.jsx,…)`):
 * what wxt.config.ts left out of it (useOverlayPreact, useContentScriptModules).
 */
function handedNames(file: string): Map<string, Set<string>> {
  const code = read(file).toString('utf8');
  // WXT 0.21.0 wrapped it as `var name=(function(…){…})(…);name;`, 0.21.4 as `(function(…){…})(…);`.
  const params = /^(?:var [\w$]+=)?\(function\(([\w$,]*)\)/.exec(code)?.[1].split(',').filter(Boolean) ?? [];
  const args =
    /\}\)\(([\w$.,]*)\);\s*(?:\/\/# sourceMappingURL=\S+\s*)?(?:[\w$]+;\s*)?$/.exec(code)?.[1].split(',').filter(Boolean) ?? [];
  expect(args.length, `${file}: its wrapper's arguments`).toBe(params.length);
  const names = new Map<string, Set<string>>();
  params.forEach((param, i) => {
    const escaped = param.replace(/\$/g, '\\$');
    const used = [...code.matchAll(new RegExp(`(?<![\\w$.])${escaped}\\.([\\w$]+)`, 'g'))].map(([, name]) => name);
    names.set(args[i], new Set(used));
  });
  return names;
}

test('what the opened panels and the booking overlay are handed is there: the overlay’s Preact, the content script’s modules', () => {
  const handed: Record<string, Record<string, Record<string, unknown>>> = {
    __zaaShared: SHARED_WITH_LOADED_MODULES,
    __zaaBookingShared: { page: bookingPage, resourceForm, labels },
  };
  const expected: Record<string, string[]> = {
    'zoom-drawer.js': ['__zaaShared.jsx', '__zaaShared.preact', '__zaaShared.signals'],
    'booking-drawer.js': ['__zaaShared.jsx', '__zaaShared.preact', '__zaaShared.signals'],
    'booking-overlay.js': ['__zaaBookingShared.labels', '__zaaBookingShared.page', '__zaaBookingShared.resourceForm'],
  };
  for (const [file, globals] of Object.entries(expected)) {
    const names = handedNames(file);
    expect([...names.keys()].sort(), `${file} is handed these`).toEqual(globals);
    for (const [global, used] of names) {
      const [root, part] = global.split('.');
      const given = Object.keys(handed[root][part]);
      for (const name of used) expect(given, `${file} reads ${global}.${name}, which is not handed over`).toContain(name);
    }
  }
  // The overlays themselves bundle Preact (the first paint draws the bar with it).
  for (const file of ['zoom-overlay.js', 'booking-overlay.js', 'zoom-near-matches.js']) {
    expect(
      [...handedNames(file).keys()].filter((g) => g.startsWith('__zaaShared')),
      `${file}`,
    ).toEqual([]);
  }
});
