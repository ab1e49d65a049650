import type { PanelModel } from '../utils/view/panel-model';
import type { ReadAllStatus } from '../utils/view/read-all';
import { t } from '../utils/i18n';
import { el, setAttr, setText, type Scope } from './dom';
import { panelFrame, type PanelFrameParts } from './PanelFrame';
import { prefillResult, type PrefillOutcomeView } from './PrefillResult';
import { teachButton, type TeachActionsProps } from './TeachPrompt';
import { readAllButton, readAllMessage } from './ReadAll';

/** What the Zoom panel's bar shows; the functions read signals, and the bar follows them. */
export interface ZoomPanelProps {
  model: () => PanelModel;
  /** Expanded or collapsed (remembered by the caller). */
  open: () => boolean;
  onToggleOpen: (open: boolean) => void;
  floating: () => boolean;
  busy: () => boolean;
  /** Shown here only when the dialog's own button is not on the page. */
  outcome: () => PrefillOutcomeView | null;
  selection: () => { enabled: boolean; selected: ReadonlySet<string> };
  onPrefill: () => void;
  /** Teaching a layout (contract.md): "Show me where…", and "Forget" (in the opened part) once something was taught. */
  teach: () => TeachActionsProps;
  /** "Read all pages" (contract.md → zaa-read-all): offered, running, or how it ended. */
  readAll: { offered: () => boolean; status: () => ReadAllStatus; onStart: () => void; onStop: () => void };
  drawerNotLoaded: () => boolean;
}

/**
 * The summary panel's bar on Zoom's Users page: one sentence, one primary action, its notices' titles and
 * results under it. The opened part (what to do, the notices in full, the list) renders itself into
 * `drawerBody` once its module is there (features/zoom-users/drawer.tsx).
 */
export function zoomPanel(scope: Scope, props: ZoomPanelProps): PanelFrameParts {
  const prefillCount = () => {
    const { prefillEmails } = props.model();
    const selection = props.selection();
    return selection.enabled ? prefillEmails.filter((e) => selection.selected.has(e)).length : prefillEmails.length;
  };
  // One primary action: Prefill when inviting is what comes next (or there is someone to fill), else
  // "Read all pages" while the view is not complete; while pages are being read, their progress and Stop.
  const walking = () => props.readAll.status().state === 'running';
  const walk = readAllButton(scope, { ...props.readAll, primary: () => prefillCount() === 0 });
  const prefill = el('button', { type: 'button', 'data-testid': 'zaa-prefill' });
  prefill.addEventListener('click', () => props.onPrefill());
  scope.effect(() => {
    const count = prefillCount();
    setAttr(prefill, 'class', count > 0 ? 'zaa-btn zaa-primary' : 'zaa-btn');
    if (prefill.disabled !== props.busy()) prefill.disabled = props.busy();
    setText(prefill, count > 0 ? t('prefillWithCount', { n: count }) : t('prefill'));
  });
  const teach = teachButton(scope, { onClick: () => props.teach().onTeach(), prominent: () => props.teach().prominent });
  const result = prefillResult(scope, props.outcome);
  const walkEnded = readAllMessage(scope, props.readAll.status);
  return panelFrame(scope, {
    title: 'panelTitle',
    coverage: () => props.model().coverage,
    floating: props.floating,
    open: props.open,
    onToggleOpen: props.onToggleOpen,
    drawerId: 'zaa-panel-body',
    headline: () => props.model().headline,
    barNotices: () => props.model().barNotices,
    results: () => [
      ...(props.outcome() ? [result] : []),
      ...(props.model().coverage !== 'complete' && walkEnded.shown() ? [walkEnded.node] : []),
    ],
    actions: () => [...(walking() || props.readAll.offered() ? walk.nodes() : []), ...(walking() ? [] : [prefill]), teach],
    drawerNotLoaded: props.drawerNotLoaded,
  });
}
