#!/usr/bin/env node
/**
 * Firefox checks for `npm test`: Mozilla's linter on the built MV2 add-on, then the smoke test in
 * firefox-esr. Prints one line "firefox: N passed, N failed" and writes test-results-json/firefox.json
 * ({ passed, failed, tests: [{ name, ok, detail }] }). Exits non-zero when anything failed.
 *
 * The add-on is read from $WXT_OUT_DIR/firefox-mv2 (default .output/firefox-mv2); it is built first
 * only when that folder holds no manifest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultAddonDir, lintChecks } from './lint.mjs';
import { smokeChecks } from './smoke.mjs';

/** The whole run must stay under two minutes; a hung browser is reported, not waited for. */
const RUN_BUDGET_MS = 110_000;
const REPORT = path.resolve('test-results-json/firefox.json');

function ensureBuilt(addonDir) {
  if (existsSync(path.join(addonDir, 'manifest.json'))) return;
  console.log(`firefox: no add-on at ${addonDir}; building it (wxt build -b firefox)`);
  spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
}

async function guarded(label, fn) {
  try {
    return await fn();
  } catch (error) {
    return [
      {
        name: `${label}: ran to the end`,
        ok: false,
        detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
      },
    ];
  }
}

function finish(tests, started) {
  const passed = tests.filter((t) => t.ok).length;
  const failed = tests.length - passed;
  mkdirSync(path.dirname(REPORT), { recursive: true });
  const report = { passed, failed, tests: tests.map(({ name, ok, detail }) => ({ name, ok, detail })) };
  writeFileSync(REPORT, JSON.stringify(report, null, 2));
  for (const t of tests) console.log(`${t.ok ? '  ok  ' : '  FAIL'} ${t.name} — ${t.detail}`);
  console.log(`firefox: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failed ? 1 : 0);
}

const started = Date.now();
const tests = [];
const addonDir = defaultAddonDir();
setTimeout(() => {
  tests.push({
    name: 'firefox checks: finish within the time budget',
    ok: false,
    detail: `still running after ${RUN_BUDGET_MS / 1000} s; stopped`,
  });
  finish(tests, started); // process.exit: puppeteer kills the Firefox it started on exit
}, RUN_BUDGET_MS).unref();

ensureBuilt(addonDir);
tests.push(...(await guarded('lint', () => lintChecks(addonDir))));
tests.push(...(await guarded('smoke', () => smokeChecks(addonDir))));
finish(tests, started);
