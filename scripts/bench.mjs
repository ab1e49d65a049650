#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension into its own folder, runs every benchmark as a child
 * process (each prints JSON lines), then prints one markdown table (benchmark | figure | budget |
 * verdict), notes, the machine, and writes bench-results.json.
 *
 * Benchmarks print numbers; they are not tests: a figure over budget is reported as OVER and the
 * command still succeeds. It fails only when the build or a benchmark could not run.
 *
 *   WXT_OUT_DIR   where to build (default .output-bench; never .output, which tests may be using)
 *   BENCH_SKIP_BUILD=1   use the build already in WXT_OUT_DIR
 *   BENCH_ONLY=overlay,sizes   run only these benchmarks (reconcile, overlay, storage, read-all, sizes)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const OUT_DIR = process.env.WXT_OUT_DIR || '.output-bench';
const RESULTS_FILE = 'bench-results.json';
const env = { ...process.env, WXT_OUT_DIR: OUT_DIR };

const BENCHMARKS = [
  { id: 'reconcile', cmd: 'npx', args: ['vite-node', 'scripts/bench-reconcile.ts', '--json'], adapt: adaptReconcile },
  { id: 'overlay', cmd: 'npx', args: ['vite-node', 'scripts/bench-overlay.ts'] },
  { id: 'storage', cmd: 'npx', args: ['vite-node', 'scripts/bench-storage.ts'] },
  { id: 'read-all', cmd: 'npx', args: ['vite-node', 'scripts/bench-read-all.ts'] },
  { id: 'sizes', cmd: 'node', args: ['scripts/bench-sizes.mjs'] },
];

/** bench-reconcile.ts prints {name, medianMs, baselineMs, ratio}: the budget is on the ratio. */
function adaptReconcile(line) {
  if (!('ratio' in line)) return line;
  return {
    name: `${line.name}: reconcile vs the Set-building baseline`,
    value: line.ratio,
    unit: '× baseline',
    budget: '< 3× baseline',
    budgetValue: 3,
    figure: `${line.medianMs} ms (baseline ${line.baselineMs} ms)`,
    details: line,
    note:
      `median of ${line.runs ?? 30} runs interleaved with the baseline in one process, every cache cleared before each run` +
      (line.warmRatio !== undefined ? `; with the previous call's caches: ${line.warmMedianMs} ms, ${line.warmRatio}×` : ''),
  };
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function build() {
  if (process.env.BENCH_SKIP_BUILD === '1') return true;
  const started = Date.now();
  log(`bench: building the extension into ${OUT_DIR} …`);
  const result = spawnSync('npx', ['wxt', 'build'], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    log(result.stdout + result.stderr);
    return false;
  }
  log(`bench: built in ${seconds(started)}`);
  return true;
}

/** Runs one benchmark; returns its result lines, machine facts and an error text when it could not run. */
function run(benchmark) {
  const started = Date.now();
  log(`bench: ${benchmark.id} …`);
  const result = spawnSync(benchmark.cmd, benchmark.args, {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = [];
  const machine = {};
  for (const text of (result.stdout ?? '').split('\n')) {
    if (!text.trim().startsWith('{')) continue;
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    if (parsed.machine) Object.assign(machine, parsed.machine);
    else if (parsed.name) lines.push({ benchmark: benchmark.id, ...(benchmark.adapt ? benchmark.adapt(parsed) : parsed) });
  }
  const error =
    result.status !== 0
      ? `exited with ${result.status ?? result.signal}${result.error ? ` (${result.error.message})` : ''}`
      : lines.length === 0
        ? 'printed no result'
        : null;
  log(`bench: ${benchmark.id} ${error ? `FAILED: ${error}` : 'done'} in ${seconds(started)}`);
  return { lines, machine, error };
}

// ---------------------------------------------------------------- the machine

function cpuModel() {
  try {
    const match = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (match) return match[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function chromiumVersionFromBinary() {
  const result = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return result.stdout?.trim() || 'unknown';
}

function describeMachine(fromBenchmarks, loadBefore, loadAfter) {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: fromBenchmarks.chromium ?? chromiumVersionFromBinary(),
    loadAverageBefore: loadBefore.map((n) => Math.round(n * 100) / 100),
    loadAverageAfter: loadAfter.map((n) => Math.round(n * 100) / 100),
  };
}

// ---------------------------------------------------------------- the table

function formatNumber(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toLocaleString('en', { maximumFractionDigits: value < 10 ? 2 : 1 });
}

function figureOf(line) {
  if (line.figure) return `${line.figure}`;
  return `${formatNumber(line.value)} ${line.unit}`;
}

function verdictOf(line) {
  if (line.error) return `not run: ${line.error}`;
  if (line.budgetValue === undefined || line.value === null || line.value === undefined) return '—';
  const ratio = line.value / line.budgetValue;
  const within = line.value < line.budgetValue;
  if (line.unit === '× baseline') return `${formatNumber(line.value)}× baseline: ${within ? 'within' : '**OVER**'}`;
  return `${within ? 'within' : '**OVER**'} (${ratio.toFixed(2)}× budget)`;
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

function table(lines) {
  const rows = [
    '| # | benchmark | figure | budget | verdict |',
    '|---|---|---|---|---|',
    ...lines.map(
      (line, i) =>
        `| ${i + 1} | ${cell(line.name)} | ${cell(figureOf(line))} | ${cell(line.budget ?? '—')} | ${cell(verdictOf(line))} |`,
    ),
  ];
  return rows.join('\n');
}

function main() {
  const started = Date.now();
  const loadBefore = os.loadavg();
  if (!build()) {
    log('bench: the build failed; nothing was measured');
    process.exit(1);
  }
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const results = [];
  const machineFacts = {};
  const failures = [];
  for (const benchmark of BENCHMARKS) {
    if (only && !only.includes(benchmark.id)) continue;
    const { lines, machine, error } = run(benchmark);
    results.push(...lines);
    Object.assign(machineFacts, machine);
    if (error) {
      failures.push({ benchmark: benchmark.id, error });
      results.push({ benchmark: benchmark.id, name: `${benchmark.id} benchmark`, value: null, unit: '', error });
    }
  }
  const machine = describeMachine(machineFacts, loadBefore, os.loadavg());

  console.log(`\n${table(results)}\n`);
  const notes = results.map((line, i) => (line.note ? `${i + 1}. ${line.note}` : null)).filter(Boolean);
  if (notes.length) console.log(`Notes:\n${notes.join('\n')}\n`);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}; ` +
      `Node ${machine.node}; ${machine.chromium} (headless, --disable-gpu); ` +
      `load average ${machine.loadAverageBefore.join(' / ')} before, ${machine.loadAverageAfter.join(' / ')} after.`,
  );
  writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ date: new Date().toISOString(), durationSeconds: Math.round((Date.now() - started) / 1000), machine, results, failures }, null, 2)}\n`,
  );
  log(`bench: ${results.length} figures in ${seconds(started)}; written to ${RESULTS_FILE}`);
  process.exit(failures.length ? 1 : 0);
}

main();
