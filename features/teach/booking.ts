/**
 * Teaching on the booking resource list: what was taught for the tenant (read before the built-in
 * adapter) and the flow started by the panel's `zaa-teach`: the name of one resource, then its
 * address where the list shows addresses.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTaughtHost } from './taught-host';
import type { TaughtBookingRead } from './booking-list';

export type BookingTaught = ReturnType<typeof createBookingTaught>;

export function createBookingTaught(tenant: string) {
  const taught = createTaughtHost(tenant);

  /** The list read with what was taught ('none': nothing taught, the built-in read decides); 'waiting' before the store answered. */
  function read(doc: Document): TaughtBookingRead | 'waiting' {
    if (!taught.loaded.peek()) return 'waiting';
    const teach = taught.module.peek();
    const result: TaughtBookingRead = teach ? teach.readTaughtBookingList(doc, taught.layout.peek()) : { kind: 'none' };
    const stale = result.kind === 'stale';
    if (taught.stale.peek() !== stale) taught.stale.value = stale;
    return result;
  }

  function regions(doc: Document): Element[] {
    return taught.module.peek()?.watchedAround([taught.layout.peek()?.lists.resources], doc) ?? [];
  }

  async function teach(ctx: ContentScriptContext, stop: AbortSignal): Promise<'done' | 'cancelled'> {
    if (taught.teaching.peek()) return 'cancelled';
    taught.teaching.value = true;
    try {
      const module = await taught.loadModule();
      const end = await module.runTeaching(
        ctx,
        { page: 'booking-list', listShowsEmails: module.pageShowsEmails(document) },
        stop,
      );
      if (end.status !== 'done') return 'cancelled';
      await taught.keep(end.layout);
      return 'done';
    } finally {
      taught.teaching.value = false;
    }
  }

  return { ...taught, read, regions, teach };
}
