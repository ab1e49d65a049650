#!/usr/bin/env node
// `npm test`: type check, layer rules, lint and format, build, unit tests, end-to-end tests; then one line "N passed, N failed"
// summed over vitest and Playwright (read from their JSON reports).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const reports = 'test-results-json';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const failedSteps = [];
function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(label);
  return result.status === 0;
}

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
// The house rules (.dependency-cruiser.cjs): a violation prints the rule's name.
run('layers', 'npm', ['run', '--silent', 'check:layers']);
// Lint (Biome: unused code, floating promises, the recommended set) and the formatter's check, in one pass.
run('lint and format', 'npx', ['biome', 'ci', '.']);
const built = run('build', 'npx', ['wxt', 'build']) && run('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]);
if (built) run('end-to-end tests', 'npx', ['playwright', 'test'], { PW_JSON: `${reports}/playwright.json` });
if (built) run('firefox', 'node', ['tests/firefox/run.mjs']);

let passed = 0;
let failed = 0;
/** Failures each runner reported, so a step that failed without a failing test still counts once. */
const failedByStep = {};
function countReport(step, file, read) {
  if (!existsSync(file)) return;
  const counts = read(JSON.parse(readFileSync(file, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  failedByStep[step] = counts.failed;
}
countReport('unit tests', `${reports}/vitest.json`, (v) => ({ passed: v.numPassedTests ?? 0, failed: v.numFailedTests ?? 0 }));
countReport('end-to-end tests', `${reports}/playwright.json`, (p) => ({
  passed: p.stats?.expected ?? 0,
  failed: (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0),
}));
countReport('firefox', `${reports}/firefox.json`, (f) => ({ passed: f.passed ?? 0, failed: f.failed ?? 0 }));
// Type errors, a broken build, or a runner failing on unhandled errors with every test green.
for (const step of failedSteps) if (!failedByStep[step]) failed += 1;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
