/**
 * Mounts a Preact view in an open shadow root (WXT's createShadowRootUi), and keeps it mounted
 * where it belongs while the page re-renders around it.
 */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

export type Placement = { anchor: Element; append: 'before' | 'after' | 'last' | 'first' };

export interface MountedView {
  /** Re-inserts the view if the page removed it, or moves it when its place changed. */
  ensurePlaced(): Promise<void>;
  readonly host: HTMLElement | null;
  remove(): void;
}

/**
 * `place` says where the view goes right now (null: nowhere, e.g. the dialog closed).
 * `view` renders the content; it is re-rendered by signals, not by this helper.
 */
export function mountView(
  ctx: ContentScriptContext,
  name: string,
  css: string,
  place: () => Placement | null,
  view: () => VNode,
): MountedView {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let placedAt: Placement | null = null;
  let pending: Promise<void> | null = null;

  async function create(placement: Placement): Promise<void> {
    const created = await createShadowRootUi<HTMLElement>(ctx, {
      name,
      position: 'inline',
      mode: 'open',
      css,
      anchor: placement.anchor,
      append: placement.append,
      onMount(container) {
        const app = document.createElement('div');
        container.append(app);
        render(view(), app);
        return app;
      },
      onRemove(app) {
        if (app) render(null, app);
      },
    });
    created.mount();
    ui = created;
    placedAt = placement;
  }

  function samePlace(a: Placement | null, b: Placement | null): boolean {
    return a?.anchor === b?.anchor && a?.append === b?.append;
  }

  return {
    get host() {
      return ui?.shadowHost ?? null;
    },
    async ensurePlaced() {
      if (pending) return pending;
      const placement = place();
      const connected = ui?.shadowHost.isConnected ?? false;
      if (placement && connected && samePlace(placement, placedAt)) return;
      pending = (async () => {
        ui?.remove();
        ui = null;
        placedAt = null;
        if (placement && placement.anchor.isConnected && !ctx.isInvalid) await create(placement);
      })().finally(() => {
        pending = null;
      });
      return pending;
    },
    remove() {
      ui?.remove();
      ui = null;
      placedAt = null;
    },
  };
}
