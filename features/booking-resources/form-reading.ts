/**
 * Where the list shows no emails, each resource's edit form is fetched from the same site (a few at
 * a time, with progress and Stop) and its address is stored for that resource. When the site is a
 * single-page app whose pages are empty shells, each form is drawn in a hidden frame and read there.
 */
import { fetchResourceForms } from '../../utils/booking/form-fetcher';
import { readFormInFrame } from '../../utils/booking/form-frame';
import type { ResourceRowRead } from '../../utils/booking/types';
import { askStore } from '../../utils/store/client';
import type { BookingState } from './state';

export interface FormReader {
  read(rows: ResourceRowRead[]): Promise<void>;
  stop(): void;
}

export function createFormReader(state: BookingState, stop: AbortSignal): FormReader {
  let current: AbortController | null = null;
  async function read(rows: ResourceRowRead[]): Promise<void> {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    stop.addEventListener('abort', () => controller.abort(), { once: true });
    const items = rows.flatMap((row, order) =>
      row.rawEmail === null && row.editUrl ? [{ order, name: row.name, editUrl: row.editUrl }] : [],
    );
    if (items.length === 0) return;
    state.failedNames.value = [];
    state.reading.value = { done: 0, total: items.length, running: true, stopped: false };
    const buffered: { order: number; rawEmail: string; emailSource: 'form' }[] = [];
    const flush = async () => {
      const updates = buffered.splice(0);
      if (updates.length) await askStore('updateEmployeeEmails', { tenant: state.tenant, updates });
    };
    const flushTimer = setInterval(() => void flush().catch(() => undefined), 400);
    try {
      const progress = await fetchResourceForms(items, {
        origin: location.origin,
        signal: controller.signal,
        onProgress: (p) => {
          state.reading.value = {
            done: p.done,
            total: p.total,
            running: !controller.signal.aborted,
            stopped: controller.signal.aborted,
          };
          state.failedNames.value = p.failed.map((f) => f.name);
        },
        onResult: (order, rawEmail) => buffered.push({ order, rawEmail, emailSource: 'form' }),
        renderForm: (url, signal) => readFormInFrame(url, { signal }),
      });
      await flush();
      state.reading.value = { done: progress.done, total: progress.total, running: false, stopped: controller.signal.aborted };
      state.failedNames.value = progress.failed.map((f) => f.name);
    } catch (error) {
      state.storeError.value = String((error as Error).message ?? error);
    } finally {
      clearInterval(flushTimer);
    }
  }
  return { read, stop: () => current?.abort() };
}
