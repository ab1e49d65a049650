import type { PanelModel } from '../utils/view/panel-model';
import { t, formatRelativeTime, language } from '../utils/i18n';
import { EmployeeItem } from './EmployeeItem';
import { Notice } from './Notice';
import { TeachActions, type TeachActionsProps } from './TeachPrompt';
import { ProgressBar } from './ProgressBar';
import { StatusCounts } from './StatusCounts';

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
  /** Teaching (issue 14): start it, forget what was taught. */
  teach?: TeachActionsProps;
}

/** The summary panel on the booking system's resource list. */
export function BookingPanel(props: BookingPanelProps) {
  const { model } = props;
  const open = props.open;
  const lang = language.value;
  const missing = model.counts.missing;
  const zoomUsersUrl = props.zoomHost ? `https://${props.zoomHost}/account/user#/` : 'https://zoom.us/account/user#/';
  return (
    <section class="zaa-panel" data-testid="zaa-panel" data-coverage={model.coverage} aria-label={t('panelTitleBooking')} lang={lang}>
      <header class="zaa-head">
        <h2>{t('panelTitleBooking')}</h2>
        <button type="button" class="zaa-btn" aria-expanded={open} aria-controls="zaa-booking-body" onClick={() => props.onToggleOpen(!open)}>
          {open ? t('collapse') : t('expand')}
        </button>
      </header>
      <div class="zaa-body" id="zaa-booking-body" hidden={!open}>
        <div class="zaa-status-line">
          {props.readAt !== undefined && t('readAgo', { when: formatRelativeTime(lang, props.readAt, props.now) })}
          {props.zoomHost && <> · {t('zoomHostLabel', { host: props.zoomHost })} · {t(`coverage.${model.coverage}`)}</>}
        </div>
        {props.zoomHosts.length > 1 && (
          <label class="zaa-inline">
            {t('compareWith')}
            <select value={props.zoomHost ?? ''} onChange={(e) => props.onChooseZoomHost((e.currentTarget as HTMLSelectElement).value)}>
              {props.zoomHosts.map((h) => (
                <option value={h.host}>{h.host}</option>
              ))}
            </select>
          </label>
        )}
        {!props.zoomHost && <p class="zaa-status-line">{t('noZoomYet')}</p>}
        {props.reading && (props.reading.running || props.reading.stopped) && (
          <div class="zaa-inline">
            <progress max={props.reading.total} value={props.reading.done} aria-label={t('readingForms', { done: props.reading.done, total: props.reading.total })} />
            <span>{props.reading.stopped ? t('readStopped', { done: props.reading.done, total: props.reading.total }) : t('readingForms', { done: props.reading.done, total: props.reading.total })}</span>
            {props.reading.running && (
              <button type="button" class="zaa-btn" onClick={props.onStopReading}>
                {t('stopReading')}
              </button>
            )}
          </div>
        )}
        {model.notices.filter((n) => n.kind !== 'no-roster').map((notice) => (
          <Notice notice={notice} />
        ))}
        {props.teach && <TeachActions {...props.teach} />}
        <StatusCounts counts={model.counts} />
        <ProgressBar active={model.progress.active} valid={model.progress.valid} />
        <p class="zaa-status-line">
          {missing > 0 && (
            <>
              {t('nextStepMissing', { n: missing })}{' '}
              <a href={zoomUsersUrl} target="_blank" rel="noopener noreferrer">
                {t('openZoomUsers')}
              </a>
            </>
          )}
        </p>
        {model.groups.map((group) => (
          // Scrollable, so it takes focus: keyboard users can scroll it too.
          <ul class="zaa-list" tabIndex={0} aria-label={t('tenantGroup', { tenant: group.tenant })}>
            {group.employees.map((result) => (
              <EmployeeItem result={result} testId="zaa-resource" warnDays={props.warnDays} />
            ))}
          </ul>
        ))}
      </div>
    </section>
  );
}
