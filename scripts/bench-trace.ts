/**
 * Where a page's main thread spends a stretch of time, from a Chromium trace (CDP Tracing):
 * script, style recalculation, layout, paint and compositing, garbage collection. Used by
 * bench-overlay.ts between the page's performance marks `bench-t0` and `bench-painted`, on the
 * page with the extension and on the same page without it, so the difference is the extension's.
 */
import type { CDPSession } from '@playwright/test';
import { round } from './bench-browser';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an X event, µs; `tts` is the thread clock at its start (B/E pairs). */
  tdur?: number;
  tts?: number;
  /** FunctionCall and kin name the script they run: `args.data.url`. */
  args?: { data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } };
  pid: number;
  tid: number;
}

export type Breakdown = Record<'script' | 'style' | 'layout' | 'paint' | 'gc' | 'other', number> & {
  /** From `bench-t0` to `bench-painted`. */
  windowMs: number;
  /** The costliest event names by self time (ms), with how many such events there were. */
  top: { name: string; selfMs: number; count: number }[];
  /** Style and layout forced by a script (read inside a script call, not in the frame's own update). */
  forcedMs: number;
  /**
   * The same categories in thread (CPU) time: what the main thread really ran, not counting the time it
   * waited for a core. On a machine shared with other work these move far less than the wall times.
   */
  cpu: Record<'script' | 'style' | 'layout' | 'paint' | 'gc' | 'other', number>;
  /**
   * Inside calls into the extension's own scripts (chrome-extension:// URLs): its script time, and the
   * style and layout its reads forced, in wall and CPU time.
   */
  extension: { scriptMs: number; scriptCpuMs: number; forcedMs: number; calls: number };
  /**
   * The longest single call into the extension's scripts from `bench-t0` to the end of the trace (the rows'
   * landing and what follows it: the save, the repaint when the store answers), wall and CPU time, ms:
   * the longest stretch the extension holds the page's main thread at once.
   */
  longestExtensionCall: { ms: number; cpuMs: number; name: string };
};

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8'];

/** Starts a trace on the page's session; `stop` returns its events. */
export async function startTrace(session: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      session.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

function categoryOf(name: string): 'script' | 'style' | 'layout' | 'paint' | 'gc' | 'other' {
  if (/GC|Scaveng|Sweep/.test(name)) return 'gc';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout' || name === 'UpdateLayerTree' || name.startsWith('IntersectionObserver')) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|CompositeLayers|PaintImage|UpdateLayer|Decode|Rasterize)/.test(name)) return 'paint';
  if (
    /^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.|V8\.|CompileScript|CompileCode|ParseScript|v8\.compile|ScheduleAnimation)/.test(
      name,
    )
  ) {
    return 'script';
  }
  return 'other';
}

/**
 * Self time per category on the thread that recorded `bench-t0`, clipped to [bench-t0, bench-painted]
 * (the last pair of marks in the trace). Nested events count once: a forced layout inside a script
 * call is layout, not script.
 */
export function breakdown(events: TraceEvent[]): Breakdown | null {
  const marks = (name: string) => events.filter((e) => e.name === name && e.cat.includes('user_timing'));
  const start = marks('bench-t0').at(-1);
  const end = marks('bench-painted').at(-1);
  if (!start || !end || end.ts <= start.ts) return null;
  const { pid, tid } = start;
  const from = start.ts;
  const to = end.ts;

  // Complete events (X), and begin/end pairs (B/E) made complete.
  const spans: { name: string; start: number; end: number; cpu: number | undefined; url?: string; where?: string }[] = [];
  // Where a script call starts (file:line:column, 1-based line, as source maps take them): names the longest call.
  const whereOf = (e: TraceEvent) => {
    const data = e.args?.data;
    if (!data?.url) return undefined;
    const file = data.url.slice(data.url.lastIndexOf('/') + 1);
    return `${file}:${(data.lineNumber ?? 0) + 1}:${data.columnNumber ?? 0}${data.functionName ? ` ${data.functionName}` : ''}`;
  };
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined)
      spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur, url: e.args?.data?.url, where: whereOf(e) });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      const cpu = begin?.tts !== undefined && e.tts !== undefined ? e.tts - begin.tts : undefined;
      if (begin)
        spans.push({ name: begin.name, start: begin.ts, end: e.ts, cpu, url: begin.args?.data?.url, where: whereOf(begin) });
    }
  }
  let longestCall = { us: 0, cpuUs: 0, name: '' };
  for (const s of spans) {
    if (s.start < from || !s.url?.startsWith('chrome-extension://')) continue;
    // Nested calls lie inside their caller: the longest is an outermost one.
    if (s.end - s.start > longestCall.us)
      longestCall = { us: s.end - s.start, cpuUs: s.cpu ?? s.end - s.start, name: s.where ? `${s.name} ${s.where}` : s.name };
  }
  const clipped = spans
    .map((s) => {
      const start = Math.max(s.start, from);
      const end = Math.min(s.end, to);
      // A span cut by the window keeps its share of thread time; without a thread clock, wall time stands in.
      const whole = s.end - s.start;
      const cpu = s.cpu === undefined ? end - start : whole > 0 ? (s.cpu * (end - start)) / whole : 0;
      return { name: s.name, start, end, cpu, url: s.url };
    })
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  // Self time: each span minus the spans directly inside it.
  const selfByName = new Map<string, number>();
  const countByName = new Map<string, number>();
  const cpuByName = new Map<string, number>();
  let forcedUs = 0;
  const extension = { scriptUs: 0, scriptCpuUs: 0, forcedUs: 0, calls: 0 };
  type Open = { name: string; end: number; self: number; cpuSelf: number; forced: boolean; ext: boolean };
  const stack: Open[] = [];
  const close = (span: Open) => {
    if (span.ext) {
      const kind = categoryOf(span.name);
      if (kind === 'script') {
        extension.scriptUs += span.self;
        extension.scriptCpuUs += Math.max(0, span.cpuSelf);
      } else if (kind === 'style' || kind === 'layout') extension.forcedUs += span.self;
    }
    selfByName.set(span.name, (selfByName.get(span.name) ?? 0) + span.self);
    cpuByName.set(span.name, (cpuByName.get(span.name) ?? 0) + Math.max(0, span.cpuSelf));
    countByName.set(span.name, (countByName.get(span.name) ?? 0) + 1);
    if (span.forced) forcedUs += span.self;
  };
  for (const span of clipped) {
    for (let top = stack.at(-1); top && top.end <= span.start; top = stack.at(-1)) close(stack.pop() ?? top);
    const parent = stack[stack.length - 1];
    const duration = span.end - span.start;
    if (parent) {
      parent.self -= Math.min(duration, parent.end - span.start);
      parent.cpuSelf -= span.cpu;
    }
    const kind = categoryOf(span.name);
    const forced = (kind === 'style' || kind === 'layout') && stack.some((open) => categoryOf(open.name) === 'script');
    const startsExtension = span.url?.startsWith('chrome-extension://') ?? false;
    const ext = startsExtension || (parent?.ext ?? false);
    if (startsExtension && !parent?.ext) extension.calls++;
    stack.push({ name: span.name, end: span.end, self: duration, cpuSelf: span.cpu, forced, ext });
  }
  for (let top = stack.pop(); top; top = stack.pop()) close(top);

  const result: Breakdown = {
    windowMs: round((to - from) / 1000),
    script: 0,
    style: 0,
    layout: 0,
    paint: 0,
    gc: 0,
    other: 0,
    top: [],
    forcedMs: round(forcedUs / 1000),
    cpu: { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 },
    extension: {
      scriptMs: round(extension.scriptUs / 1000),
      scriptCpuMs: round(extension.scriptCpuUs / 1000),
      forcedMs: round(extension.forcedUs / 1000),
      calls: extension.calls,
    },
    longestExtensionCall: { ms: round(longestCall.us / 1000), cpuMs: round(longestCall.cpuUs / 1000), name: longestCall.name },
  };
  for (const [name, self] of selfByName) {
    // The task wrappers themselves (RunTask and kin) are scheduling, not work: left out.
    if (/^(RunTask|ThreadControllerImpl::RunTask|ThreadPool_RunTask)$/.test(name)) continue;
    result[categoryOf(name)] += self / 1000;
    result.cpu[categoryOf(name)] += (cpuByName.get(name) ?? 0) / 1000;
  }
  for (const key of ['script', 'style', 'layout', 'paint', 'gc', 'other'] as const) {
    result[key] = round(result[key]);
    result.cpu[key] = round(result.cpu[key]);
  }
  result.top = [...selfByName.entries()]
    .filter(([name]) => !/RunTask$/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, self]) => ({ name, selfMs: round(self / 1000), count: countByName.get(name) ?? 0 }));
  return result;
}
