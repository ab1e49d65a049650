import { SAID_BY_STEPS, type PanelModel } from '../utils/view/panel-model';
import { t, formatRelativeTime, language } from '../utils/i18n';
import { ListedEmployee } from './EmployeeItem';
import { GuidanceSteps } from './Guidance';
import { NoticeDetails } from './Notice';
import { PanelFrame } from './PanelFrame';
import { ProgressBar } from './ProgressBar';
import { StatusCounts } from './StatusCounts';
import { TeachButton, TeachForget, type TeachActionsProps } from './TeachPrompt';

export interface FormReadingView {
  done: number;
  total: number;
  running: boolean;
  stopped: boolean;
}

export interface BookingPanelProps {
  model: PanelModel;
  /** Expanded or collapsed (remembered by the caller). */
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  now: number;
  readAt?: number;
  zoomHosts: { host: string; lastReadAt?: number }[];
  zoomHost: string | null;
  warnDays: number;
  reading: FormReadingView | null;
  onStopReading: () => void;
  onChooseZoomHost: (host: string) => void;
  /** Teaching a layout (contract.md): "Show me where…", and "Forget" once something was taught. */
  teach?: TeachActionsProps;
}

/** The summary panel on the booking system's resource list: a one-sentence bar; opened, what to do, then the list. */
export function BookingPanel(props: BookingPanelProps) {
  const { model } = props;
  const lang = language.value;
  const zoomUsersUrl = props.zoomHost ? `https://${props.zoomHost}/account/user#/` : 'https://zoom.us/account/user#/';
  // The booking page always has its roster: "no roster" is a Zoom-page notice.
  const notices = model.notices.filter((n) => n.kind !== 'no-roster');
  const barNotices = model.barNotices.filter((n) => n.kind !== 'no-roster');
  const reading = props.reading && (props.reading.running || props.reading.stopped) ? props.reading : null;
  const status = reading && (
    <span class="zaa-chip" title={readingText(reading)}>
      <progress max={reading.total} value={reading.done} aria-hidden="true" /> {readingText(reading)}
    </span>
  );
  const actions = (
    <>
      {reading?.running && (
        <button type="button" class="zaa-btn" onClick={props.onStopReading}>
          {t('stopReading')}
        </button>
      )}
      {props.teach && <TeachButton onClick={props.teach.onTeach} prominent={props.teach.prominent} />}
    </>
  );
  return (
    <PanelFrame
      title={t('panelTitleBooking')}
      coverage={model.coverage}
      open={props.open}
      onToggleOpen={props.onToggleOpen}
      drawerId="zaa-booking-body"
      headline={model.headline}
      barNotices={barNotices}
      status={status}
      actions={actions}
    >
      <GuidanceSteps steps={model.steps} />
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
    </PanelFrame>
  );
}

function readingText(reading: FormReadingView): string {
  const params = { done: reading.done, total: reading.total };
  return reading.stopped ? t('readStopped', params) : t('readingForms', params);
}
