/**
 * The opened part of the Zoom panel, a module of its own (zoom-drawer.js) that ./panel.ts loads after the
 * first paint (features/shared/lazy-drawer.ts): what to do, the notices in full, the list, and what only
 * the opened part offers (copying the missing addresses, reporting the layout). It bundles Preact and
 * @preact/signals; the signals core is the overlay's (wxt.config.ts → useSharedModules), so its components
 * follow the overlay state's signals.
 */
import { render } from 'preact';
import '@preact/signals';
import { ZoomDrawer } from '../../components/ZoomDrawer';
import type { TeachActionsProps } from '../../components/TeachPrompt';
import { stepViews } from '../../utils/view/step-view';
import { t } from '../../utils/i18n';
import { copyText } from '../../utils/dom/clipboard';
import { pageSkeleton } from '../../utils/dom/skeleton';
import { taughtReport } from '../teach/report';
import { preactRendersWith } from '../shared/preact-after-paint';
import type { ZoomUsersState } from './state';

export { DRAWER_CSS } from '../../components/drawer-css';

export interface ZoomDrawerViewProps {
  state: ZoomUsersState;
  /** The panel's own host element (the copy goes through its shadow root). */
  panelHost: () => HTMLElement | null;
  /** The extension's other elements on the page, left out of the layout report. */
  otherHosts: () => (Element | null)[];
  /** Read while rendering: the buttons follow the state's signals. */
  teach: () => TeachActionsProps;
}

export function ZoomDrawerView({ state, panelHost, otherHosts, teach }: ZoomDrawerViewProps) {
  const ctxValue = state.context.value;
  const tenantsReadAt = Object.fromEntries((ctxValue?.tenants ?? []).map((tr) => [tr.tenant, tr.readAt]));

  async function copyMissing(): Promise<void> {
    const emails = state.emailsToPrefill.peek();
    if (emails.length === 0) {
      state.flash.value = t('nothingToCopy');
      return;
    }
    const copied = await copyText(emails.join(', '), panelHost()?.shadowRoot ?? document.body);
    state.flash.value = copied ? t('copied', { n: emails.length }) : emails.join(', ');
  }

  async function reportLayout(): Promise<void> {
    const host = panelHost();
    const skeleton = pageSkeleton(document, [host, ...otherHosts()]) + taughtReport(state.taught.layout.peek());
    const copied = await copyText(skeleton, host?.shadowRoot ?? document.body);
    state.flash.value = copied ? t('reportCopied') : skeleton;
  }

  return (
    <ZoomDrawer
      model={state.model.value}
      steps={stepViews(state.model.value)}
      host={state.host}
      warnDays={ctxValue?.settings.warnDaysBeforeExpiry ?? 5}
      resendLabel={state.resendLabel.value}
      now={state.now.value}
      zoomReadAt={ctxValue?.zoomHost?.lastReadAt}
      tenantsReadAt={tenantsReadAt}
      flash={state.flash.value}
      selection={{ enabled: state.selectionEnabled.value, selected: new Set(state.emailsToPrefill.value) }}
      onToggleSelected={state.toggleSelected}
      onToggleTypo={state.toggleTypoIncluded}
      onCopyMissing={() => void copyMissing()}
      onReportLayout={() => void reportLayout()}
      teach={teach()}
    />
  );
}

/**
 * Renders the opened part into the drawer the overlay's bar built. Its re-renders wait for `afterPaint`, the
 * overlay's scheduler of its bar's updates (features/shared/render-after-paint.ts): after the next painted frame,
 * in the same task as the bar. Returns what takes it off again (the bar is taken off, the session stops).
 */
export function renderZoomDrawer(
  into: HTMLElement,
  props: ZoomDrawerViewProps,
  afterPaint: (run: () => void) => void,
): () => void {
  const restore = preactRendersWith(afterPaint);
  render(<ZoomDrawerView {...props} />, into);
  return () => {
    render(null, into);
    restore();
  };
}

export type ZoomDrawerModule = typeof import('./drawer');
