import { SAID_BY_STEPS, type PanelModel } from '../utils/view/panel-model';
import { t, formatRelativeTime, language } from '../utils/i18n';
import { ListedEmployee } from './EmployeeItem';
import { GuidanceSteps } from './Guidance';
import type { StepView } from '../utils/view/step-view';
import { NoticeDetails } from './Notice';
import { ProgressBar } from './ProgressBar';
import { StatusCounts } from './StatusCounts';
import type { TeachActionsProps } from './TeachPrompt';
import { TeachForget } from './TeachForget';

export interface BookingDrawerProps {
  model: PanelModel;
  /** The model's steps, worded (utils/view/step-view.ts). */
  steps: StepView[];
  now: number;
  readAt?: number;
  zoomHosts: { host: string; lastReadAt?: number }[];
  zoomHost: string | null;
  warnDays: number;
  onChooseZoomHost: (host: string) => void;
  teach?: Pick<TeachActionsProps, 'canForget' | 'onForget'>;
}

/**
 * The opened part of the booking panel: what to do, the notices in full, the list. Loaded after the first
 * paint with its styles (features/booking-resources/drawer.tsx, booking-drawer.js); the bar is BookingPanel.
 */
export function BookingDrawer(props: BookingDrawerProps) {
  const { model } = props;
  const lang = language.value;
  const zoomUsersUrl = props.zoomHost ? `https://${props.zoomHost}/account/user#/` : 'https://zoom.us/account/user#/';
  // The booking page always has its roster: "no roster" is a Zoom-page notice.
  const notices = model.notices.filter((n) => n.kind !== 'no-roster');
  return (
    <>
      <GuidanceSteps steps={props.steps} />
      {(model.steps[0].kind === 'open-zoom' || model.steps[0].kind === 'complete-view') && (
        <p class="zaa-status-line">
          <a href={zoomUsersUrl} target="_blank" rel="noopener noreferrer">
            {t('openZoomUsers')}
          </a>
        </p>
      )}
      {notices
        .filter((notice) => !SAID_BY_STEPS.has(notice.kind))
        .map((notice) => (
          <NoticeDetails notice={notice} />
        ))}
      <div class="zaa-status-line">
        {props.readAt !== undefined && t('readAgo', { when: formatRelativeTime(lang, props.readAt, props.now) })}
        {props.zoomHost && (
          <>
            {' '}
            · {t('zoomHostLabel', { host: props.zoomHost })} · {t(`coverage.${model.coverage}`)}
          </>
        )}
      </div>
      {props.zoomHosts.length > 1 && (
        <label class="zaa-inline">
          {t('compareWith')}
          <select
            value={props.zoomHost ?? ''}
            onChange={(e) => props.onChooseZoomHost((e.currentTarget as HTMLSelectElement).value)}
          >
            {props.zoomHosts.map((h) => (
              <option value={h.host}>{h.host}</option>
            ))}
          </select>
        </label>
      )}
      <ProgressBar active={model.progress.active} valid={model.progress.valid} />
      {props.teach && (
        <div class="zaa-actions">
          <TeachForget canForget={props.teach.canForget} onForget={props.teach.onForget} />
        </div>
      )}
      <StatusCounts counts={model.counts} />
      {model.groups.map((group) => (
        <ul class="zaa-list" aria-label={t('tenantGroup', { tenant: group.tenant })}>
          {group.employees.map((result) => (
            <ListedEmployee result={result} lang={lang} testId="zaa-resource" warnDays={props.warnDays} />
          ))}
        </ul>
      ))}
    </>
  );
}
