import type { PanelModel } from '../utils/view/panel-model';
import { t, formatRelativeTime, language } from '../utils/i18n';
import { EmployeeItem } from './EmployeeItem';
import { Notice } from './Notice';
import { ProgressBar } from './ProgressBar';
import { StatusCounts } from './StatusCounts';
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
  onCopyMissing: () => void;
  onPrefill: () => void;
  onReportLayout: () => void;
  /** Teaching (issue 14): start it, forget what was taught. */
  teach?: TeachActionsProps;
}

/** The summary panel on Zoom's Users page. */
export function ZoomPanel(props: ZoomPanelProps) {
  const { model } = props;
  const open = props.open;
  const bodyId = 'zaa-panel-body';
  const lang = language.value;
  const prefillCount = props.selection.enabled
    ? model.prefillEmails.filter((e) => props.selection.selected.has(e)).length
    : model.prefillEmails.length;
  const missing = model.counts.missing;
  return (
    <section
      class={props.floating ? 'zaa-panel zaa-floating' : 'zaa-panel'}
      data-testid="zaa-panel"
      data-coverage={model.coverage}
      aria-label={t('panelTitle')}
      lang={lang}
    >
      <header class="zaa-head">
        <h2>{t('panelTitle')}</h2>
        <button
          type="button"
          class="zaa-btn"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => props.onToggleOpen(!open)}
        >
          {open ? t('collapse') : t('expand')}
        </button>
      </header>
      <div class="zaa-body" id={bodyId} hidden={!open}>
        <div class="zaa-status-line">
          {t('zoomHostLabel', { host: props.host })} · {t(`coverage.${model.coverage}`)}
          {props.zoomReadAt !== undefined && <> · {t('zoomReadAgo', { when: formatRelativeTime(lang, props.zoomReadAt, props.now) })}</>}
        </div>
        {model.notices.map((notice) => (
          <Notice notice={notice} />
        ))}
        {props.teach && <TeachActions {...props.teach} />}
        <StatusCounts counts={model.counts} />
        <ProgressBar active={model.progress.active} valid={model.progress.valid} />
        <p class="zaa-status-line">
          {missing > 0 ? t('nextStepMissing', { n: missing }) : model.coverage === 'complete' && model.progress.valid > 0 && model.progress.active === model.progress.valid ? t('nextStepAllDone') : null}
        </p>
        <div class="zaa-actions">
          <button type="button" class="zaa-btn zaa-primary" data-testid="zaa-prefill" disabled={props.busy} onClick={props.onPrefill}>
            {prefillCount > 0 ? t('prefillWithCount', { n: prefillCount }) : t('prefill')}
          </button>
          <button type="button" class="zaa-btn" onClick={props.onCopyMissing}>
            {t('copyMissing')}
          </button>
          <button type="button" class="zaa-btn" onClick={props.onReportLayout}>
            {t('reportLayout')}
          </button>
        </div>
        {props.flash && (
          <p class="zaa-status-line" role="status">
            {props.flash}
          </p>
        )}
        {props.outcome && <PrefillResult outcome={props.outcome} />}
        {model.groups.map((group) => (
          <div class="zaa-group">
            <h3>
              {t('tenantGroup', { tenant: group.tenant })}
              {props.tenantsReadAt[group.tenant] !== undefined && (
                <span class="zaa-muted"> · {t('readAgo', { when: formatRelativeTime(lang, props.tenantsReadAt[group.tenant], props.now) })}</span>
              )}
            </h3>
            {/* Scrollable, so it takes focus: keyboard users can scroll it too. */}
            <ul class="zaa-list" tabIndex={0} aria-label={t('tenantGroup', { tenant: group.tenant })}>
              {group.employees.map((result) => (
                <EmployeeItem
                  result={result}
                  testId="zaa-employee"
                  warnDays={props.warnDays}
                  selectable={props.selection.enabled && model.prefillEmails.includes(result.email)}
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
            <ul class="zaa-list" tabIndex={0} aria-label={t('notInBookingTitle', { n: model.notInBooking.length })}>
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
      </div>
    </section>
  );
}
