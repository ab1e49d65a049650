import { SAID_BY_STEPS, type PanelModel } from '../utils/view/panel-model';
import { t, formatRelativeTime, language } from '../utils/i18n';
import { ListedEmployee } from './EmployeeItem';
import { GuidanceSteps } from './Guidance';
import { NoticeDetails } from './Notice';
import { PanelFrame } from './PanelFrame';
import { ProgressBar } from './ProgressBar';
import { StatusCounts } from './StatusCounts';
import { PrefillResult, type PrefillOutcomeView } from './PrefillResult';
import { StatusPill } from './StatusPill';
import { TeachButton, TeachForget, type TeachActionsProps } from './TeachPrompt';
import { ReadAllButton, ReadAllMessage, type ReadAllProps } from './ReadAll';

export interface ZoomPanelProps {
  model: PanelModel;
  /** Expanded or collapsed (remembered by the caller). */
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  host: string;
  floating: boolean;
  warnDays: number;
  /** The Resend button's label as the Pending list shows it, once seen. */
  resendLabel: string | null;
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
  /** "Read all pages" (contract.md → zaa-read-all): offered, running, or how it ended. */
  readAll?: ReadAllProps;
}

/** The summary panel on Zoom's Users page: a one-sentence bar; opened, what to do, the notices in full, the list. */
export function ZoomPanel(props: ZoomPanelProps) {
  const { model } = props;
  const lang = language.value;
  const prefillCount = props.selection.enabled
    ? model.prefillEmails.filter((e) => props.selection.selected.has(e)).length
    : model.prefillEmails.length;
  const prefillable = new Set(model.prefillEmails);
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
      {props.flash && (
        <p class="zaa-status-line zaa-flash" role="status">
          {props.flash}
        </p>
      )}
      <GuidanceSteps steps={model.steps} />
      {model.notices
        .filter((notice) => !SAID_BY_STEPS.has(notice.kind))
        .map((notice) => (
          <NoticeDetails notice={notice} onToggleTypo={props.onToggleTypo} />
        ))}
      <div class="zaa-status-line">
        {t('zoomHostLabel', { host: props.host })} · {t(`coverage.${model.coverage}`)}
        {props.zoomReadAt !== undefined && (
          <> · {t('zoomReadAgo', { when: formatRelativeTime(lang, props.zoomReadAt, props.now) })}</>
        )}
      </div>
      <ProgressBar active={model.progress.active} valid={model.progress.valid} />
      <div class="zaa-actions">
        <button type="button" class="zaa-btn" onClick={props.onCopyMissing}>
          {t('copyMissing')}
        </button>
        <button type="button" class="zaa-btn" onClick={props.onReportLayout}>
          {t('reportLayout')}
        </button>
        {props.teach && <TeachForget canForget={props.teach.canForget} onForget={props.teach.onForget} />}
      </div>
      <StatusCounts counts={model.counts} />
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
                resendLabel={props.resendLabel}
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
