#!/usr/bin/env node
/**
 * Bundle sizes of the built extension, gzipped (node zlib, level 9): each content script (budget
 * 25 KB each, KB = 1,000 bytes), scripts the content scripts load later (web-accessible), the popup
 * and the options page (every script their HTML loads, with the shared chunks those import statically;
 * chunks they load later with import() are listed apart), and the background script. Prints JSON lines (see bench-browser.ts → BenchLine).
 *
 *   node scripts/bench-sizes.mjs        (reads $WXT_OUT_DIR/chrome-mv3, default .output-bench)
 *
 * A build with source maps (WXT_SOURCEMAP=1) adds each bundle's largest modules to its line.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contents } from './bundle-contents.mjs';

const ROOT = path.resolve(process.env.WXT_OUT_DIR ?? '.output-bench', 'chrome-mv3');
const CONTENT_SCRIPT_BUDGET = 25_000;

const gzipped = (file) => gzipSync(readFileSync(path.join(ROOT, file)), { level: 9 }).length;
const raw = (file) => readFileSync(path.join(ROOT, file)).length;
const kb = (bytes) => Math.round(bytes / 10) / 100;

/**
 * Relative module specifiers a built chunk imports: statically (`from"./x.js"`, `import"./x.js"`), or
 * with `dynamic`, also those it loads later with import("./x.js").
 */
function importsOf(file, { dynamic = false } = {}) {
  const code = readFileSync(path.join(ROOT, file), 'utf8');
  const found = new Set();
  const pattern = dynamic
    ? /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js|\/[^"']+\.js)["']/g
    : /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js|\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) {
    const spec = match[1];
    found.add(spec.startsWith('/') ? spec.slice(1) : path.posix.join(path.posix.dirname(file), spec));
  }
  return [...found];
}

/** Every file reachable from `start` through imports (dynamic ones too with `dynamic`). */
function closure(start, options) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(path.join(ROOT, file))) continue;
    seen.add(file);
    queue.push(...importsOf(file, options));
  }
  return seen;
}

/**
 * What an HTML page of the build loads when it opens (its module scripts and preloads, what they import
 * statically, and the stylesheets it links), and the chunks it may load later with import().
 */
function scriptsOfPage(htmlFile) {
  const html = readFileSync(path.join(ROOT, htmlFile), 'utf8');
  const start = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)].map((m) =>
    m[1].startsWith('/') ? m[1].slice(1) : path.posix.join(path.posix.dirname(htmlFile), m[1]),
  );
  const seen = closure(start);
  const lazy = [...closure(start, { dynamic: true })].filter((f) => !seen.has(f)).sort();
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) seen.add(m[1].replace(/^\//, ''));
  return { files: [...seen].sort(), lazy };
}

/**
 * With source maps in the build (WXT_SOURCEMAP=1), the largest modules of `files` (raw bytes), for the
 * line's details and note; nothing otherwise. See scripts/bundle-contents.mjs for the whole list.
 */
function topModules(files, count = 6) {
  const sums = new Map();
  for (const file of files) {
    for (const m of contents(file, ROOT)?.modules ?? []) sums.set(m.name, (sums.get(m.name) ?? 0) + m.bytes);
  }
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, bytes]) => ({ name, bytes }));
}

function withTop(line, files) {
  const top = topModules(files);
  if (!top.length) return line;
  const list = top.map((m) => `${m.name} ${kb(m.bytes)}`).join(', ');
  return { ...line, details: { ...line.details, top }, note: `${line.note}; largest modules (KB raw): ${list}` };
}

function emit(line) {
  console.log(JSON.stringify(line));
}

function main() {
  const manifestPath = path.join(ROOT, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`no built extension at ${ROOT}: run WXT_OUT_DIR=.output-bench npx wxt build`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const counted = new Set();

  const contentScripts = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))].sort();
  for (const file of contentScripts) {
    counted.add(file);
    emit(
      withTop(
        {
          name: `size: content script ${file} (gzip -9)`,
          value: kb(gzipped(file)),
          unit: 'KB',
          budget: `< ${CONTENT_SCRIPT_BUDGET / 1000} KB`,
          budgetValue: CONTENT_SCRIPT_BUDGET / 1000,
          details: { bytes: raw(file), gzipBytes: gzipped(file) },
          note: `${kb(raw(file))} KB before gzip`,
        },
        [file],
      ),
    );
  }

  const lazy = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.resources ?? [])))
    .filter((file) => file.endsWith('.js') && existsSync(path.join(ROOT, file)))
    .sort();
  for (const file of lazy) {
    const files = [file, ...importsOf(file)].filter((f) => existsSync(path.join(ROOT, f)));
    for (const f of files) counted.add(f);
    const gz = files.reduce((sum, f) => sum + gzipped(f), 0);
    emit(
      withTop(
        {
          name: `size: ${file}, loaded by a content script when needed (gzip -9)`,
          value: kb(gz),
          unit: 'KB',
          details: { files, gzipBytes: gz },
          note: `web-accessible; ${kb(files.reduce((sum, f) => sum + raw(f), 0))} KB before gzip`,
        },
        files,
      ),
    );
  }

  const pages = [
    ['popup', manifest.action?.default_popup ?? manifest.browser_action?.default_popup],
    ['options', manifest.options_ui?.page ?? manifest.options_page],
  ].filter(([, html]) => html && existsSync(path.join(ROOT, html)));
  for (const [label, html] of pages) {
    const { files: found, lazy: later } = scriptsOfPage(html);
    const files = found.filter((f) => existsSync(path.join(ROOT, f)));
    for (const f of [...files, ...later]) counted.add(f);
    const gz = files.reduce((sum, f) => sum + gzipped(f), 0);
    emit(
      withTop(
        {
          name: `size: ${label} page, the scripts it loads when it opens (gzip -9)`,
          value: kb(gz),
          unit: 'KB',
          details: {
            files: files.map((f) => ({ file: f, gzipBytes: gzipped(f) })),
            gzipBytes: gz,
            later: later.map((f) => ({ file: f, gzipBytes: gzipped(f) })),
          },
          note:
            `${files.join(', ')}, each gzipped, summed (shared chunks counted in each page)` +
            (later.length ? `; loaded on demand: ${later.map((f) => `${f} ${kb(gzipped(f))} KB`).join(', ')}` : ''),
        },
        files,
      ),
    );
  }

  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) {
    counted.add(background);
    emit(
      withTop(
        {
          name: `size: background ${background} (gzip -9)`,
          value: kb(gzipped(background)),
          unit: 'KB',
          details: { bytes: raw(background), gzipBytes: gzipped(background) },
          note: `${kb(raw(background))} KB before gzip`,
        },
        [background],
      ),
    );
  }

  const others = listScripts(ROOT).filter((f) => !counted.has(f));
  if (others.length) {
    emit({
      name: 'size: other scripts in the build (gzip -9)',
      value: kb(others.reduce((sum, f) => sum + gzipped(f), 0)),
      unit: 'KB',
      details: { files: others },
      note: others.join(', '),
    });
  }
}

function listScripts(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listScripts(path.join(dir, entry.name), rel);
    return entry.name.endsWith('.js') ? [rel] : [];
  });
}

main();
