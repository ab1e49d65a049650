import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { language, t } from '../../utils/i18n';
import { localDay } from '../../utils/roster/dates';
import { buildPopupView, type PopupChoice } from '../../utils/view/popup-model';
import { askStore, onStoreChanged } from '../../utils/store/client';
import { WELCOME_PAGE } from '../welcome/first-run';
import type { Overview } from '../../utils/store/messages';
import { AppMark } from '../../components/popup/AppMark';
import { DataTools, type Flash } from './DataTools';
import { EmployeeSearch } from '../../components/popup/EmployeeSearch';
import { PopupSummary } from '../../components/popup/PopupSummary';

/** Relative times ("5 minutes ago") are refreshed this often while the popup is open. */
const CLOCK_TICK_MS = 30_000;

/** The roster at a glance: one booking tenant against one Zoom account, and the data tools. */
export function PopupApp() {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [choice, setChoice] = useState<PopupChoice>({});
  const [flash, setFlash] = useState<Flash | null>(null);
  const [now, setNow] = useState(Date.now());

  const reload = useCallback(async () => {
    try {
      const next = await askStore('getOverview', {});
      setOverview(next);
      setLoadError(null);
      setNow(Date.now());
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  useEffect(() => {
    const stop = new AbortController();
    void reload();
    onStoreChanged(() => void reload(), stop.signal);
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => {
      stop.abort();
      clearInterval(timer);
    };
  }, [reload]);

  const view = useMemo(
    () => (overview ? buildPopupView(overview, choice, localDay(new Date(now))) : null),
    [overview, choice, now],
  );

  return (
    <main class="zaa-popup" data-testid="zaa-popup" lang={language.value} data-loaded={view ? 'true' : 'false'}>
      <header class="zaa-popup-head">
        <AppMark />
        <h1>{t('appName')}</h1>
        <button
          type="button"
          class="zaa-btn"
          data-testid="zaa-open-welcome"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) })}
        >
          {t('popup.welcome')}
        </button>
        <button type="button" class="zaa-btn" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settings')}
        </button>
      </header>
      {loadError && (
        <p class="zaa-message zaa-error" role="alert">
          {t('popup.loadFailed', { error: loadError })}
        </p>
      )}
      {view && overview && (
        <>
          <PopupSummary
            view={view}
            now={now}
            onChooseTenant={(tenant) => setChoice({ ...choice, tenant })}
            onChooseZoomHost={(zoomHost) => setChoice({ ...choice, zoomHost })}
          />
          <EmployeeSearch employees={view.result.employees} warnDays={overview.settings.warnDaysBeforeExpiry} />
          <DataTools view={view} stored={overview} department={overview.settings.department} flash={setFlash} reload={reload} />
        </>
      )}
      <div role="status" aria-live="polite" data-testid="zaa-popup-message">
        {flash && (
          <p class={flash.kind === 'error' ? 'zaa-message zaa-error' : 'zaa-message'} data-kind={flash.kind}>
            {flash.text}
          </p>
        )}
      </div>
    </main>
  );
}
