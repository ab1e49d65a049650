#!/usr/bin/env node
/**
 * Mozilla's `web-ext lint` (addons-linter, the checks AMO runs on upload) on the built Firefox add-on.
 * Fails on any error; warnings are counted and listed, since AMO accepts them.
 *
 *   node tests/firefox/lint.mjs [add-on folder]   (default: $WXT_OUT_DIR/firefox-mv2, or .output/firefox-mv2)
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import webExt from 'web-ext';

export const GECKO_ID = 'roster-assistant-for-zoom@zarezerwuj-tools';

export function defaultAddonDir() {
  return path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
}

/** Runs the linter in-process and returns its report ({ errors, warnings, notices, summary, … }). */
export async function lintAddon(addonDir) {
  return webExt.cmd.lint(
    {
      sourceDir: addonDir,
      output: 'none',
      metadata: false,
      pretty: false,
      warningsAsErrors: false,
      boring: true,
      selfHosted: false,
    },
    { shouldExitProgram: false },
  );
}

function describeMessage(m) {
  const where = m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '';
  return `${m.code}: ${m.message}${where}`;
}

/**
 * The lint checks as named results: no linter errors, and the manifest facts the issue asks for
 * (MV2, the gecko id, data collection "none", optional permissions for custom booking domains).
 */
export async function lintChecks(addonDir) {
  const tests = [];
  const manifestPath = path.join(addonDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    return [
      {
        name: 'lint: web-ext lint reports no errors',
        ok: false,
        detail: `no built add-on at ${addonDir} (run npm run build:firefox)`,
      },
    ];
  }
  const report = await lintAddon(addonDir);
  const warnings = report.warnings.map(describeMessage);
  tests.push({
    name: 'lint: web-ext lint reports no errors',
    ok: report.errors.length === 0,
    detail:
      report.errors.length === 0
        ? `0 errors, ${report.warnings.length} warnings${warnings.length ? `: ${warnings.join('; ')}` : ''}`
        : report.errors.map(describeMessage).join('; '),
    warnings: report.warnings.length,
  });

  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const gecko = manifest.browser_specific_settings?.gecko ?? {};
  tests.push({
    name: 'lint: manifest is MV2 with the gecko id',
    ok: manifest.manifest_version === 2 && gecko.id === GECKO_ID,
    detail: `manifest_version ${manifest.manifest_version}, gecko.id ${gecko.id}`,
  });
  const required = gecko.data_collection_permissions?.required;
  tests.push({
    name: 'lint: declares no data collection',
    ok: Array.isArray(required) && required.length === 1 && required[0] === 'none',
    detail: `data_collection_permissions ${JSON.stringify(gecko.data_collection_permissions)}`,
  });
  // MV2 has no optional_host_permissions: host patterns go into optional_permissions there,
  // and no host pattern may be granted up front beyond Zoom and the booking system.
  const optional = manifest.optional_permissions ?? [];
  const granted = manifest.permissions ?? [];
  tests.push({
    name: 'lint: custom booking hosts are optional MV2 permissions, nothing broad granted',
    ok:
      optional.includes('https://*/*') &&
      !('optional_host_permissions' in manifest) &&
      !('host_permissions' in manifest) &&
      !granted.some((p) => p === '<all_urls>' || p === 'tabs' || p === 'https://*/*' || p === '*://*/*'),
    detail: `permissions ${JSON.stringify(granted)}; optional_permissions ${JSON.stringify(optional)}`,
  });
  return tests;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? defaultAddonDir());
  const tests = await lintChecks(dir);
  for (const t of tests) console.log(`${t.ok ? 'ok  ' : 'FAIL'} ${t.name} — ${t.detail}`);
  process.exit(tests.every((t) => t.ok) ? 0 : 1);
}
