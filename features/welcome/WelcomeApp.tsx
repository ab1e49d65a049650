import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { language, t } from '../../utils/i18n';
import type { TenantRecord, ZoomHostRecord } from '../../utils/roster/model';
import { bookingUrl, buildPopupView, parseZoomHost, welcomeStepOf, zoomUsersUrl } from '../../utils/view/popup-model';
import { localDay } from '../../utils/roster/dates';
import { askStore } from '../../utils/store/client';
import { WELCOME_ZOOM_HOST_KEY } from './first-run';
import { AppMark } from '../../components/popup/AppMark';

/** The Zoom host most people use; the admin can type another one before any Zoom page was read. */
const DEFAULT_ZOOM_HOST = 'zoom.us';

interface Known {
  tenant: TenantRecord | null;
  /** The Zoom host read most recently, if any. */
  zoomHost: string | null;
  /** The step the admin is on (1 to 4; 5: all done), from what was read so far. */
  step: 1 | 2 | 3 | 4 | 5;
}

const STEPS = 4;

/** The first-run page: the four steps as a checklist with progress with links to the right pages, what is read and stored, and help. */
export function WelcomeApp() {
  const [known, setKnown] = useState<Known | null>(null);
  const [typedHost, setTypedHost] = useState(DEFAULT_ZOOM_HOST);

  useEffect(() => {
    void (async () => {
      const [overview, saved] = await Promise.all([
        askStore('getOverview', {}).catch(() => null), // a fresh install may have nothing; the page still helps
        browser.storage.local.get(WELCOME_ZOOM_HOST_KEY).catch(() => ({}) as Record<string, unknown>),
      ]);
      const savedHost = (saved as Record<string, unknown>)[WELCOME_ZOOM_HOST_KEY];
      if (typeof savedHost === 'string' && parseZoomHost(savedHost)) setTypedHost(savedHost);
      setKnown({
        tenant: latestTenant(overview?.tenants ?? []),
        zoomHost: latestZoomHost(overview?.zoomHosts ?? []),
        step: overview ? welcomeStepOf(buildPopupView(overview, {}, localDay(new Date())).nextStep.kind) : 1,
      });
    })();
  }, []);

  const typed = parseZoomHost(typedHost);
  const step = known?.step ?? 1;
  // Each step says whether it is done, and the one the admin is on is marked as the current one.
  const stepState = (n: number) => ({
    'data-state': n < step ? 'done' : n === step ? 'current' : 'todo',
    'aria-current': n === step ? ('step' as const) : undefined,
  });
  const zoomHost = known?.zoomHost ?? typed ?? DEFAULT_ZOOM_HOST;

  function onHostInput(value: string): void {
    setTypedHost(value);
    const host = parseZoomHost(value);
    // Asked once: the answer is kept for the next visit to this page (until a Zoom page is read).
    if (host) void browser.storage.local.set({ [WELCOME_ZOOM_HOST_KEY]: host }).catch(() => undefined);
  }

  return (
    <main class="zaa-welcome" data-testid="zaa-welcome" lang={language.value} data-loaded={known ? 'true' : 'false'}>
      <h1 class="zaa-title">
        <AppMark size={40} />
        {t('welcome.title')}
      </h1>
      <p>{t('welcome.intro')}</p>
      <p class="zaa-progress-text" data-testid="zaa-welcome-progress" data-step={String(step)}>
        {step > STEPS ? t('guide.done') : t('welcome.progress', { n: step, total: STEPS })}
      </p>

      <ol class="zaa-steps">
        <li {...stepState(1)}>
          <h2>{t('welcome.step1.title')}</h2>
          <p>{t('welcome.step1.text')}</p>
          <a
            class="zaa-link-btn"
            data-testid="zaa-welcome-booking"
            href={bookingUrl(known?.tenant ?? null)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('welcome.step1.link')}
          </a>
        </li>
        <li {...stepState(2)}>
          <h2>{t('welcome.step2.title')}</h2>
          <p>{t('welcome.step2.text')}</p>
          {known && !known.zoomHost && (
            <div class="zaa-field">
              <label for="zaa-welcome-host">{t('welcome.zoomHost')}</label>
              <input
                id="zaa-welcome-host"
                type="text"
                value={typedHost}
                spellcheck={false}
                autocomplete="off"
                aria-invalid={typed ? 'false' : 'true'}
                aria-describedby={typed ? 'zaa-welcome-host-hint' : 'zaa-welcome-host-hint zaa-welcome-host-error'}
                onInput={(e) => onHostInput(e.currentTarget.value)}
              />
              <p id="zaa-welcome-host-hint" class="zaa-hint">
                {t('welcome.zoomHostHint')}
              </p>
              {!typed && (
                <p id="zaa-welcome-host-error" class="zaa-message zaa-error" role="alert">
                  {t('welcome.zoomHostInvalid')}
                </p>
              )}
            </div>
          )}
          <a
            class="zaa-link-btn"
            data-testid="zaa-welcome-zoom"
            href={zoomUsersUrl(zoomHost)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('welcome.step2.link', { host: zoomHost })}
          </a>
        </li>
        <li {...stepState(3)}>
          <h2>{t('welcome.step3.title')}</h2>
          <p>{t('welcome.step3.text')}</p>
          <p class="zaa-hint">{t('welcome.step3.verify')}</p>
        </li>
        <li {...stepState(4)}>
          <h2>{t('welcome.step4.title')}</h2>
          <p>{t('welcome.step4.text')}</p>
        </li>
      </ol>

      <h2>{t('welcome.dataTitle')}</h2>
      <ul class="zaa-facts">
        <li>{t('welcome.reads')}</li>
        <li>{t('welcome.stores')}</li>
        <li>{t('welcome.sends')}</li>
      </ul>
      <p>
        <a href="/privacy.txt" target="_blank" rel="noopener" data-testid="zaa-privacy-link">
          {t('welcome.privacy')}
        </a>
      </p>

      <h2>{t('welcome.helpTitle')}</h2>
      <p>{t('welcome.help')}</p>
      <button type="button" class="zaa-btn" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('settings')}
      </button>
    </main>
  );
}

function latestTenant(tenants: TenantRecord[]): TenantRecord | null {
  return [...tenants].sort((a, b) => b.readAt - a.readAt)[0] ?? null;
}

function latestZoomHost(hosts: ZoomHostRecord[]): string | null {
  const host = [...hosts].sort((a, b) => (b.lastReadAt ?? 0) - (a.lastReadAt ?? 0))[0]?.host;
  return host && parseZoomHost(host) ? host : null;
}
