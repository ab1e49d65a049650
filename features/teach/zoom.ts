/**
 * Teaching on Zoom's Users page: what was taught for the host (read before the built-in adapters,
 * the taught Add Users field for the prefill) and the flow started by the panel's `zaa-teach`.
 * Asks only what the page did not tell: `list-kind` when the tabs are not recognised, `email-field`
 * when an open dialog's email field is not found.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readActiveTab } from '../../utils/zoom/tabs';
import type { AddUsersDialog, ZoomPageRead } from '../../utils/zoom/types';
import { isShown } from '../../utils/dom/visibility';
import type { TeachContext } from '../../utils/view/teach-flow';
import { createTaughtHost } from './taught-host';
import { createNamedLists, nameLists } from './named-lists';

export type ZoomTaught = ReturnType<typeof createZoomTaught>;

export function createZoomTaught(host: string) {
  const taught = createTaughtHost(host);
  const named = createNamedLists();

  /**
   * The page read with what was taught; null: nothing taught for the list on screen (or it went
   * stale), the built-in read decides; 'waiting': the store has not said yet what was taught.
   */
  function read(doc: Document, url: URL): ZoomPageRead | null | 'waiting' {
    if (!taught.loaded.peek()) return 'waiting';
    const teach = taught.module.peek();
    const layout = taught.layout.peek();
    if (!teach || !layout) {
      if (taught.stale.peek()) taught.stale.value = false;
      return null;
    }
    const result = teach.readTaughtZoomPage(doc, url, layout, named);
    const stale = result.kind === 'stale';
    if (taught.stale.peek() !== stale) taught.stale.value = stale;
    return result.kind === 'read' ? result.read : null;
  }

  /** The open dialog by its taught email field, when the built-in adapter does not find it. */
  function dialog(doc: Document): AddUsersDialog | null {
    return taught.module.peek()?.taughtAddUsersDialog(doc, taught.layout.peek()) ?? null;
  }

  /** Where the taught rows are (the reading watches there). */
  function regions(doc: Document): Element[] {
    const layout = taught.layout.peek();
    const teach = taught.module.peek();
    if (!layout || !teach) return [];
    return teach.watchedAround([layout.lists.users, layout.lists.pending], doc);
  }

  /** Runs the flow for what the page does not tell, and keeps what was taught. */
  async function teach(ctx: ContentScriptContext, stop: AbortSignal): Promise<'done' | 'cancelled'> {
    if (taught.teaching.peek()) return 'cancelled';
    taught.teaching.value = true;
    try {
      const module = await taught.loadModule();
      const tab = readActiveTab(document);
      const listKind = tab === 'users' || tab === 'pending' ? tab : undefined;
      const unknownDialog = hasShownDialog(document) && !module.findAddUsersDialog(document) && !dialog(document);
      const context: TeachContext = unknownDialog ? { page: 'zoom-dialog' } : { page: 'zoom-list', listKind };
      const end = await module.runTeaching(ctx, context, stop);
      if (end.status !== 'done') return 'cancelled';
      // The tabs did not say which list this is: remember the list's elements as the one the admin named.
      if (!listKind) {
        for (const name of ['users', 'pending'] as const) {
          const list = end.layout.lists[name];
          if (list) nameLists(named, module.containersOf(list, document), name);
        }
      }
      await taught.keep(end.layout);
      return 'done';
    } finally {
      taught.teaching.value = false;
    }
  }

  return { ...taught, read, dialog, regions, teach };
}

function hasShownDialog(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"]')).some((dialog) =>
    isShown(dialog),
  );
}
