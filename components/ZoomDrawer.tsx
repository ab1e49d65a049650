import { SAID_BY_STEPS, type PanelModel } from '../utils/view/panel-model';
import { t, formatRelativeTime, language } from '../utils/i18n';
import { ListedEmployee } from './EmployeeItem';
import { GuidanceSteps } from './Guidance';
import type { StepView } from '../utils/view/step-view';
import { NoticeDetails } from './Notice';
import { ProgressBar } from './ProgressBar';
import { StatusCounts } from './StatusCounts';
import { StatusPill } from './StatusPill';
import type { TeachActionsProps } from './TeachPrompt';
import { TeachForget } from './TeachForget';

export interface ZoomDrawerProps {
  model: PanelModel;
  /** The model's steps, worded (utils/view/step-view.ts). */
  steps: StepView[];
  host: string;
  warnDays: number;
  /** The Resend button's label as the Pending list shows it, once seen. */
  resendLabel: string | null;
  now: number;
  zoomReadAt?: number;
  tenantsReadAt: Record<string, number>;
  flash: string | null;
  selection: { enabled: boolean; selected: ReadonlySet<string> };
  onToggleSelected: (email: string) => void;
  /** Includes a probable typo in the fill on purpose, or leaves it out again. */
  onToggleTypo: (email: string) => void;
  onCopyMissing: () => void;
  onReportLayout: () => void;
  teach?: Pick<TeachActionsProps, 'canForget' | 'onForget'>;
}

/**
 * The opened part of the Zoom panel: what to do, the notices in full, the list. Loaded after the first
 * paint with its styles (features/zoom-users/drawer.tsx, zoom-drawer.js); the bar is ZoomPanel.
 */
export function ZoomDrawer(props: ZoomDrawerProps) {
  const { model } = props;
  const lang = language.value;
  const prefillable = new Set(model.prefillEmails);
  return (
    <>
      {props.flash && (
        <p class="zaa-status-line zaa-flash" role="status">
          {props.flash}
        </p>
      )}
      <GuidanceSteps steps={props.steps} />
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
    </>
  );
}
