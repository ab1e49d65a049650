import type { ComponentChildren } from 'preact';
import type { PanelModel } from '../utils/view/panel-model';
import { t } from '../utils/i18n';
import { PanelFrame } from './PanelFrame';
import { PrefillResult, type PrefillOutcomeView } from './PrefillResult';
import { TeachButton, type TeachActionsProps } from './TeachPrompt';
import { ReadAllButton, ReadAllMessage, type ReadAllProps } from './ReadAll';

export interface ZoomPanelProps {
  model: PanelModel;
  /** Expanded or collapsed (remembered by the caller). */
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  floating: boolean;
  busy: boolean;
  /** Shown here only when the dialog's own button is not on the page. */
  outcome: PrefillOutcomeView | null;
  selection: { enabled: boolean; selected: ReadonlySet<string> };
  onPrefill: () => void;
  /** Teaching a layout (contract.md): "Show me where…", and "Forget" once something was taught. */
  teach?: TeachActionsProps;
  /** "Read all pages" (contract.md → zaa-read-all): offered, running, or how it ended. */
  readAll?: ReadAllProps;
  /** The opened part (components/ZoomDrawer.tsx), which comes after the first paint. */
  children?: ComponentChildren;
}

/**
 * The summary panel on Zoom's Users page: a one-sentence bar, its notices' titles and results under it;
 * opened, what to do, the notices in full, the list (ZoomDrawer, given as children).
 */
export function ZoomPanel(props: ZoomPanelProps) {
  const { model } = props;
  const prefillCount = props.selection.enabled
    ? model.prefillEmails.filter((e) => props.selection.selected.has(e)).length
    : model.prefillEmails.length;
  // One primary action: Prefill when inviting is what comes next (or there is someone to fill), else
  // "Read all pages" while the view is not complete; while pages are being read, their progress and Stop.
  const prefillFirst = prefillCount > 0;
  const walk = props.readAll;
  const walking = walk?.status.state === 'running';
  const actions = (
    <>
      {walk && (walking || walk.offered) && <ReadAllButton {...walk} primary={!prefillFirst} />}
      {!walking && (
        <button
          type="button"
          class={prefillFirst ? 'zaa-btn zaa-primary' : 'zaa-btn'}
          data-testid="zaa-prefill"
          disabled={props.busy}
          onClick={props.onPrefill}
        >
          {prefillCount > 0 ? t('prefillWithCount', { n: prefillCount }) : t('prefill')}
        </button>
      )}
      {props.teach && <TeachButton onClick={props.teach.onTeach} prominent={props.teach.prominent} />}
    </>
  );
  const walkEnded = walk && model.coverage !== 'complete' && <ReadAllMessage status={walk.status} />;
  return (
    <PanelFrame
      title={t('panelTitle')}
      coverage={model.coverage}
      floating={props.floating}
      open={props.open}
      onToggleOpen={props.onToggleOpen}
      drawerId="zaa-panel-body"
      headline={model.headline}
      barNotices={model.barNotices}
      results={
        (props.outcome || walkEnded) && (
          <>
            {props.outcome && <PrefillResult outcome={props.outcome} />}
            {walkEnded}
          </>
        )
      }
      actions={actions}
    >
      {props.children}
    </PanelFrame>
  );
}
