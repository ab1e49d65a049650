/**
 * Where the list shows no emails, each resource's edit form is fetched from the same site (a few at
 * a time, with progress and Stop) and its address is stored for that resource, by its id or name.
 * A single-page panel's forms (the fetched pages are empty shells its script would fill) are not
 * rendered in the background: that would run the panel's own code, which may lock, autosave or keep
 * drafts, and no sandbox stops that in Chrome and Firefox alike. Those resources stay unverified and
 * the panel tells the admin to open their forms (features/booking-form/form-recording.ts reads them).
 */
import { fetchResourceForms } from '../../utils/booking/form-fetcher';
import type { ResourceRowRead } from '../../utils/booking/types';
import { resourceKeyOf, type ResourceKey } from '../../utils/roster/form-addresses';
import type { FormAddress } from '../../utils/store/messages';
import { askStore } from '../../utils/store/client';
import { formsToOpenNotice, type FormsToOpen } from '../../utils/view/forms-to-open';
import type { BookingState } from './state';

export interface FormReader {
  read(rows: ResourceRowRead[]): Promise<void>;
  /** The admin's Stop: the reading ends and keeps what it read. */
  stop(): void;
  /** A newer read of the list is about to replace the roster: the reading ends and drops what it has not stored. */
  drop(): void;
}

interface Run {
  controller: AbortController;
  buffered: FormAddress[];
  dropped: boolean;
}

export function createFormReader(state: BookingState, stop: AbortSignal): FormReader {
  let current: Run | null = null;
  /** The forms only the admin can read; the notice names those still unread in the roster as stored. */
  let toOpen: FormsToOpen | null = null;
  const showToOpen = () => (state.formsToOpen.value = formsToOpenNotice(toOpen, state.context.peek()?.employees ?? []));
  stop.addEventListener('abort', state.context.subscribe(showToOpen), { once: true });

  function drop(): void {
    if (!current) return;
    current.dropped = true;
    current.buffered.length = 0;
    current.controller.abort();
    current = null;
    state.reading.value = null;
    state.failedNames.value = [];
    toOpen = null;
    showToOpen();
  }

  async function read(rows: ResourceRowRead[]): Promise<void> {
    drop();
    const run: Run = { controller: new AbortController(), buffered: [], dropped: false };
    current = run;
    const { signal } = run.controller;
    stop.addEventListener('abort', () => run.controller.abort(), { once: true, signal });
    const items = rows.flatMap((row, order) =>
      row.rawEmail === null && row.editUrl ? [{ order, name: row.name, editUrl: row.editUrl }] : [],
    );
    if (items.length === 0) return;
    const keys = new Map<number, ResourceKey>(items.map((item) => [item.order, resourceKeyOf(rows[item.order])]));
    /** Only the run in charge shows its progress: a dropped one's last words would overwrite the next's. */
    const inCharge = () => current === run;
    const show = (p: { done: number; total: number; failed: { name: string }[]; needsOpening: { order: number }[] }) => {
      if (!inCharge()) return;
      state.reading.value = {
        done: p.done,
        total: p.total,
        running: !signal.aborted && p.done < p.total,
        stopped: signal.aborted,
      };
      state.failedNames.value = p.failed.map((f) => f.name);
      toOpen = p.needsOpening.length
        ? {
            resources: p.needsOpening.flatMap((n) => keys.get(n.order) ?? []),
            label: mostCommon(p.needsOpening.map((n) => rows[n.order].editLabel)),
          }
        : null;
      showToOpen();
    };
    const flush = async () => {
      const updates = run.buffered.splice(0);
      if (updates.length && !run.dropped) await askStore('updateEmployeeEmails', { tenant: state.tenant, updates });
    };
    const flushTimer = setInterval(() => void flush().catch(() => undefined), 400);
    try {
      const progress = await fetchResourceForms(items, {
        origin: location.origin,
        signal,
        onProgress: show,
        onResult: (order, rawEmail) => {
          const resource = keys.get(order);
          if (resource && !run.dropped) run.buffered.push({ resource, rawEmail, emailSource: 'form' });
        },
      });
      await flush();
      show(progress);
    } catch (error) {
      if (inCharge()) state.storeError.value = String((error as Error).message ?? error);
    } finally {
      clearInterval(flushTimer);
    }
  }
  return { read, stop: () => current?.controller.abort(), drop };
}

/** The label most rows' edit controls show (they normally all say the same). */
function mostCommon(labels: (string | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const label of labels) if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  let best: string | null = null;
  for (const [label, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = label;
  return best;
}
