import type { PanelModel } from '../utils/view/panel-model';
import { t, formatRelativeTime, language } from '../utils/i18n';
import { ListedEmployee } from './EmployeeItem';
import { Notice, NoticeDetails } from './Notice';
import { PanelFrame } from './PanelFrame';
import { ProgressBar } from './ProgressBar';
import { AttentionCounts, StatusCounts } from './StatusCounts';
import { PrefillResult, type PrefillOutcomeView } from './PrefillResult';
import { StatusPill } from './StatusPill';
import { TeachActions, type TeachActionsProps } from './TeachPrompt';

export interface ZoomPanelProps {
  model: PanelModel;
  /** Expanded or collapsed (remembered by the caller). */
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  host: string;
  floating: boolean;
  warnDays: number;
  now: number;
  zoomReadAt?: number;
  tenantsReadAt: Record<string, number>;
  busy: boolean;
  /** Shown here only when the dialog's own button is not on the page. */
  outcome: PrefillOutcomeView | null;
  flash: string | null;
  selection: { enabled: boolean; selected: ReadonlySet<string> };
  onToggleSelected: (email: string) => void;
  /** Includes a probable typo in the fill on purpose, or leaves it out again. */
  onToggleTypo: (email: string) => void;
  onCopyMissing: () => void;
  onPrefill: () => void;
  onReportLayout: () => void;
  /** Teaching a layout (contract.md): "Show me where…", and "Forget" once something was taught. */
  teach?: TeachActionsProps;
}

/** The summary panel on Zoom's Users page: a one-line bar, the rest in a drawer over the page. */
export function ZoomPanel(props: ZoomPanelProps) {
  const { model } = props;
  const lang = language.value;
  const prefillCount = props.selection.enabled
    ? model.prefillEmails.filter((e) => props.selection.selected.has(e)).length
    : model.prefillEmails.length;
  const missing = model.counts.missing;
  const prefillable = new Set(model.prefillEmails);
  const summary = (
    <>
      <span class="zaa-chip">
        {t(`coverageShort.${model.coverage}`)} · {t('progressShort', model.progress)}
      </span>
      <AttentionCounts counts={model.counts} />
      {props.outcome && <PrefillResult outcome={props.outcome} />}
      <div class="zaa-notices">
        {model.notices.map((notice) => (
          <Notice notice={notice} />
        ))}
      </div>
    </>
  );
  // In the bar, so teaching can start while the drawer is closed (the page may show nothing readable).
  const actions = (
    <>
      {props.teach && <TeachActions {...props.teach} />}
      <button type="button" class="zaa-btn zaa-primary" data-testid="zaa-prefill" disabled={props.busy} onClick={props.onPrefill}>
        {prefillCount > 0 ? t('prefillWithCount', { n: prefillCount }) : t('prefill')}
      </button>
    </>
  );
  return (
    <PanelFrame
      title={t('panelTitle')}
      coverage={model.coverage}
      floating={props.floating}
      open={props.open}
      onToggleOpen={props.onToggleOpen}
      drawerId="zaa-panel-body"
      summary={summary}
      actions={actions}
    >
      <div class="zaa-status-line">
        {t('zoomHostLabel', { host: props.host })} · {t(`coverage.${model.coverage}`)}
        {props.zoomReadAt !== undefined && (
          <> · {t('zoomReadAgo', { when: formatRelativeTime(lang, props.zoomReadAt, props.now) })}</>
        )}
      </div>
      {model.notices.map((notice) => (
        <NoticeDetails notice={notice} onToggleTypo={props.onToggleTypo} />
      ))}
      <StatusCounts counts={model.counts} />
      <ProgressBar active={model.progress.active} valid={model.progress.valid} />
      <p class="zaa-status-line">
        {missing > 0
          ? t('nextStepMissing', { n: missing })
          : model.coverage === 'complete' && model.progress.valid > 0 && model.progress.active === model.progress.valid
            ? t('nextStepAllDone')
            : null}
      </p>
      <div class="zaa-actions">
        <button type="button" class="zaa-btn" onClick={props.onCopyMissing}>
          {t('copyMissing')}
        </button>
        <button type="button" class="zaa-btn" onClick={props.onReportLayout}>
          {t('reportLayout')}
        </button>
      </div>
      {props.flash && (
        <p class="zaa-status-line zaa-flash" role="status">
          {props.flash}
        </p>
      )}
      {model.groups.map((group) => (
        <div class="zaa-group">
          <h3>
            {t('tenantGroup', { tenant: group.tenant })}
            {props.tenantsReadAt[group.tenant] !== undefined && (
              <span class="zaa-muted">
                {' '}
                · {t('readAgo', { when: formatRelativeTime(lang, props.tenantsReadAt[group.tenant], props.now) })}
              </span>
            )}
          </h3>
          <ul class="zaa-list" aria-label={t('tenantGroup', { tenant: group.tenant })}>
            {group.employees.map((result) => (
              <ListedEmployee
                result={result}
                lang={lang}
                testId="zaa-employee"
                warnDays={props.warnDays}
                selectable={props.selection.enabled && prefillable.has(result.email)}
                selected={props.selection.selected.has(result.email)}
                onToggle={props.onToggleSelected}
              />
            ))}
          </ul>
        </div>
      ))}
      {model.notInBooking.length > 0 && (
        <details class="zaa-details">
          <summary>{t('notInBookingTitle', { n: model.notInBooking.length })}</summary>
          <ul class="zaa-list" aria-label={t('notInBookingTitle', { n: model.notInBooking.length })}>
            {model.notInBooking.map((user) => (
              <li class="zaa-item" data-testid="zaa-not-in-booking" data-email={user.email}>
                <span class="zaa-item-email">{user.email}</span>
                {user.name && <span class="zaa-muted">{user.name}</span>}
                <StatusPill status="not-in-booking" />
              </li>
            ))}
          </ul>
        </details>
      )}
    </PanelFrame>
  );
}
