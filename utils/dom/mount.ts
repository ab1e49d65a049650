/**
 * Mounts a view (plain DOM, components/dom.ts) in an open shadow root, and keeps it mounted where it
 * belongs while the page re-renders around it. The shadow tree is the one WXT's createShadowRootUi builds (a `<name>` host,
 * `<html><head><style>` with the `:host{all:initial}` reset, `<body>`), without its auto-mount and
 * isolation options, which cost the overlays 3 KB gzipped and are not used.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type Placement = { anchor: Element; append: 'before' | 'after' | 'last' | 'first' };

export interface MountedView {
  /** Re-inserts the view if the page removed it, or moves it when its place changed. */
  ensurePlaced(): Promise<void>;
  readonly host: HTMLElement | null;
  /** Adds styles that came later (a module loaded after the first paint): to this shadow root, and to any made again. */
  addStyle(css: string): void;
  remove(): void;
}

/**
 * Builds a view into `into` each time it is placed; what it returns is called when that view is taken off
 * the page (its effects disposed, anything rendered into it unrendered).
 */
export type BuildView = (into: HTMLElement) => () => void;

/**
 * `place` says where the view goes right now (null: nowhere, e.g. the dialog closed).
 * `view` builds the content; it follows signals itself, not through this helper.
 */
export function mountView(
  ctx: ContentScriptContext,
  name: string,
  css: string,
  place: () => Placement | null,
  view: BuildView,
): MountedView {
  let ui: ShadowView | null = null;
  let placedAt: Placement | null = null;
  let pending: Promise<void> | null = null;
  let styles = css;
  // Held only while the view is on the page: a view placed and removed many times (a dialog opened and
  // closed all day) leaves no callback behind on the script's context.
  let forgetInvalidation: (() => void) | null = null;

  function drop(): void {
    ui?.remove();
    ui = null;
    placedAt = null;
    forgetInvalidation?.();
    forgetInvalidation = null;
  }

  async function create(placement: Placement): Promise<void> {
    const created = shadowView(name, styles);
    insert(created.shadowHost, placement);
    const app = document.createElement('div');
    created.body.append(app);
    created.onRemove = view(app);
    ui = created;
    placedAt = placement;
    forgetInvalidation = ctx.onInvalidated(drop);
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
        drop();
        if (placement?.anchor.isConnected && !ctx.isInvalid) await create(placement);
      })().finally(() => {
        pending = null;
      });
      return pending;
    },
    addStyle(more) {
      styles += more;
      const style = document.createElement('style');
      style.textContent = more;
      ui?.head.append(style);
    },
    remove: drop,
  };
}

interface ShadowView {
  shadowHost: HTMLElement;
  head: HTMLElement;
  body: HTMLElement;
  onRemove?: () => void;
  remove(): void;
}

/** Nothing of the page's styles reaches the view; its own CSS follows the reset. */
const SHADOW_RESET = '/* WXT Shadow Root Reset */ :host{all:initial !important;}';

function shadowView(name: string, css: string): ShadowView {
  const shadowHost = document.createElement(name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = `${SHADOW_RESET}\n${css}`.trim();
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  const created: ShadowView = {
    shadowHost,
    head,
    body,
    remove() {
      created.onRemove?.();
      created.onRemove = undefined;
      shadowHost.remove();
      body.replaceChildren();
    },
  };
  return created;
}

function insert(host: HTMLElement, { anchor, append }: Placement): void {
  if (append === 'last') anchor.append(host);
  else if (append === 'first') anchor.prepend(host);
  else if (append === 'after') anchor.parentElement?.insertBefore(host, anchor.nextElementSibling);
  else anchor.parentElement?.insertBefore(host, anchor);
}
