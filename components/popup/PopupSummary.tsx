import { browser } from 'wxt/browser';
import { formatRelativeTime, language, t } from '../../utils/i18n';
import { EMPLOYEE_STATUSES } from '../../utils/roster/model';
import type { NextStep, PopupView } from '../../utils/view/popup-model';
import { GuidanceSteps } from '../Guidance';
import { ProgressBar } from '../ProgressBar';
import { StatusPill } from '../StatusPill';

export interface PopupSummaryProps {
  view: PopupView;
  now: number;
  onChooseTenant: (tenant: string) => void;
  onChooseZoomHost: (host: string) => void;
}

/** Which tenant meets which Zoom account, when each was read, the counts and the progress. */
export function PopupSummary({ view, now, onChooseTenant, onChooseZoomHost }: PopupSummaryProps) {
  const lang = language.value;
  const total = view.result.employees.length;
  return (
    <section>
      {view.tenants.length > 1 ? (
        <div class="zaa-field">
          <label for="zaa-tenant">{t('popup.tenant')}</label>
          <select id="zaa-tenant" value={view.tenant?.tenant} onChange={(e) => onChooseTenant(e.currentTarget.value)}>
            {view.tenants.map((record) => (
              <option value={record.tenant}>{record.tenant}</option>
            ))}
          </select>
        </div>
      ) : (
        view.tenant && <p class="zaa-status-line">{t('tenantGroup', { tenant: view.tenant.tenant })}</p>
      )}
      {view.tenant && (
        <p class="zaa-status-line" data-testid="zaa-roster-read">
          {t('popup.rosterReadAgo', { when: formatRelativeTime(lang, view.tenant.readAt, now) })}
        </p>
      )}

      {view.zoomHosts.length > 1 ? (
        <div class="zaa-field">
          <label for="zaa-zoom-host">{t('compareWith')}</label>
          <select id="zaa-zoom-host" value={view.zoomHost?.host} onChange={(e) => onChooseZoomHost(e.currentTarget.value)}>
            {view.zoomHosts.map((record) => (
              <option value={record.host}>{record.host}</option>
            ))}
          </select>
        </div>
      ) : (
        <p class="zaa-status-line">
          {view.zoomHost ? t('zoomHostLabel', { host: view.zoomHost.host }) : t('popup.noZoomAccount')}
        </p>
      )}
      {view.zoomHost && (
        <p class="zaa-status-line" data-testid="zaa-zoom-read">
          {view.zoomHost.lastReadAt === undefined
            ? t('neverRead')
            : t('zoomReadAgo', { when: formatRelativeTime(lang, view.zoomHost.lastReadAt, now) })}
        </p>
      )}
      {view.zoomHost && (
        <p class="zaa-status-line" data-testid="zaa-coverage" data-coverage={view.coverage}>
          {t(`coverage.${view.coverage}`)}
        </p>
      )}

      {total > 0 && (
        <ul class="zaa-counts" aria-label={t('popup.countsTitle')}>
          {EMPLOYEE_STATUSES.filter((status) => view.counts[status] > 0).map((status) => (
            <li data-testid="zaa-count" data-status={status} data-count={String(view.counts[status])}>
              <StatusPill status={status} />
              <span class="zaa-count">{view.counts[status]}</span>
            </li>
          ))}
        </ul>
      )}
      {total > 0 && <ProgressBar active={view.progress.active} valid={view.progress.valid} />}
      <NextStepBox step={view.nextStep} />
    </section>
  );
}

/** What to do next: the most pressing step, said as in the panels, and one button that opens the right page. */
function NextStepBox({ step }: { step: NextStep }) {
  const label = actionLabel(step);
  return (
    <div class="zaa-next" data-testid="zaa-next-step" data-kind={step.kind}>
      <h2>{t('popup.nextStep')}</h2>
      <GuidanceSteps steps={[step.view]} />
      {step.url && label && (
        <button
          type="button"
          class="zaa-btn zaa-primary"
          data-url={step.url}
          onClick={() => void browser.tabs.create({ url: step.url })}
        >
          {label}
        </button>
      )}
    </div>
  );
}

function actionLabel(step: NextStep): string | null {
  switch (step.kind) {
    case 'open-booking':
    case 'fix-addresses':
      return t('openBooking');
    case 'invite':
      return t('popup.prefillMissing', { n: step.n });
    case 'open-zoom':
    case 'invitations':
    case 'complete-view':
    case 'reactivate':
      return t('openZoomUsers');
    case 'await-activation':
    case 'done':
      return null;
  }
}
