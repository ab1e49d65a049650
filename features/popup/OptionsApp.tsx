import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Settings } from '../../utils/roster/model';
import { AppMark } from '../../components/popup/AppMark';
import { TextField } from '../../components/popup/TextField';
import { checkNewBookingHost, isBuiltInBookingHost, parseWarnDays } from '../../utils/view/popup-model';
import { askStore } from '../../utils/store/client';
import {
  hasBookingHostAccess,
  registerBookingScript,
  releaseBookingHost,
  requestBookingHostAccess,
  syncBookingScripts,
} from '../../utils/store/settings-permissions';

type Message = { text: string; kind: 'ok' | 'error' };

const USER_TYPES: Settings['userType'][] = ['basic', 'licensed', 'on-prem'];
const INCLUDE: Settings['include'][] = ['all-missing', 'selection'];

/** The options page: every change is saved at once through the store. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const latest = useRef<Settings | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [warnDaysText, setWarnDaysText] = useState('');
  const [warnDaysInvalid, setWarnDaysInvalid] = useState(false);
  const [newHost, setNewHost] = useState('');
  const [hostError, setHostError] = useState<string | null>(null);
  const [withoutAccess, setWithoutAccess] = useState<string[]>([]);

  function adopt(next: Settings): void {
    latest.current = next;
    setSettings(next);
  }

  useEffect(() => {
    askStore('getSettings', {}).then(
      (loaded) => {
        adopt(loaded);
        setWarnDaysText(String(loaded.warnDaysBeforeExpiry));
        void checkCustomHosts(loaded.bookingHosts);
      },
      (error: unknown) => setMessage({ text: t('popup.loadFailed', { error: errorText(error) }), kind: 'error' }),
    );
  }, []);

  /** Re-registers the scripts of the custom hosts and notes those whose access was revoked. */
  async function checkCustomHosts(hosts: string[]): Promise<void> {
    const custom = hosts.filter((host) => !isBuiltInBookingHost(host));
    if (custom.length === 0) return;
    try {
      setWithoutAccess(await syncBookingScripts(custom));
    } catch {
      const missing: string[] = [];
      for (const host of custom) if (!(await hasBookingHostAccess(host).catch(() => false))) missing.push(host);
      setWithoutAccess(missing);
    }
  }

  async function save(changes: Partial<Settings>, done = t('settings.saved')): Promise<boolean> {
    try {
      adopt(await askStore('saveSettings', changes));
      setMessage({ text: done, kind: 'ok' });
      return true;
    } catch (error) {
      setMessage({ text: t('settings.saveFailed', { error: errorText(error) }), kind: 'error' });
      return false;
    }
  }

  function commitWarnDays(text: string): void {
    const days = parseWarnDays(text);
    setWarnDaysInvalid(days === null);
    if (days === null) {
      setMessage(null);
      return;
    }
    setWarnDaysText(String(days));
    void save({ warnDaysBeforeExpiry: days });
  }

  function addHost(event: Event): void {
    event.preventDefault();
    const current = latest.current;
    if (!current) return;
    const check = checkNewBookingHost(newHost, current.bookingHosts);
    if (!check.ok) {
      setHostError(t(check.problem.key, check.problem.params));
      return;
    }
    setHostError(null);
    // Asked here, before any await: the browser shows its prompt only during the admin's click.
    const asked = requestBookingHostAccess(check.host);
    void finishAddingHost(check.host, asked);
  }

  async function finishAddingHost(host: string, asked: Promise<boolean>): Promise<void> {
    const granted = await asked.catch(() => false);
    if (!granted) {
      setHostError(t('settings.permissionDenied', { host }));
      return;
    }
    const hosts = latest.current?.bookingHosts ?? [];
    if (!(await save({ bookingHosts: [...hosts, host] }, t('settings.hostAdded', { host })))) return;
    setNewHost('');
    setWithoutAccess((list) => list.filter((h) => h !== host));
    try {
      await registerBookingScript(host);
    } catch (error) {
      setMessage({ text: t('settings.registerFailed', { host, error: errorText(error) }), kind: 'error' });
    }
  }

  async function removeHost(host: string): Promise<void> {
    const hosts = (latest.current?.bookingHosts ?? []).filter((h) => h !== host);
    if (!(await save({ bookingHosts: hosts }, t('settings.hostRemoved', { host })))) return;
    setWithoutAccess((list) => list.filter((h) => h !== host));
    await releaseBookingHost(host).catch(() => undefined); // already gone is fine
  }

  const describedByHost = ['zaa-new-host-hint', hostError ? 'zaa-new-host-error' : ''].filter(Boolean).join(' ');
  return (
    <main class="zaa-options" data-testid="zaa-options" data-loaded={settings ? 'true' : 'false'}>
      <h1 class="zaa-title">
        <AppMark size={28} />
        {t('settings.title')}
      </h1>
      {settings && (
        <>
          <div class="zaa-field">
            <label for="zaa-user-type">{t('settings.userType')}</label>
            <select
              id="zaa-user-type"
              value={settings.userType}
              onChange={(e) => void save({ userType: e.currentTarget.value as Settings['userType'] })}
            >
              {USER_TYPES.map((type) => (
                <option value={type}>{t(`settings.userType.${type}`)}</option>
              ))}
            </select>
          </div>

          <TextField
            id="zaa-department"
            label={t('settings.department')}
            value={settings.department}
            aria-describedby="zaa-department-hint"
            onChange={(e) => void save({ department: e.currentTarget.value })}
          >
            <p id="zaa-department-hint" class="zaa-hint">
              {t('settings.departmentHint')}
            </p>
          </TextField>

          <fieldset class="zaa-field">
            <legend>{t('settings.include')}</legend>
            {INCLUDE.map((include) => (
              <label class="zaa-radio">
                <input
                  type="radio"
                  name="zaa-include"
                  value={include}
                  checked={settings.include === include}
                  onChange={() => void save({ include })}
                />
                {t(`settings.include.${include}`)}
              </label>
            ))}
          </fieldset>

          <div class="zaa-field">
            <label for="zaa-warn-days">{t('settings.warnDays')}</label>
            <input
              id="zaa-warn-days"
              type="number"
              inputMode="numeric"
              min={0}
              max={29}
              step={1}
              value={warnDaysText}
              aria-invalid={warnDaysInvalid}
              aria-describedby={warnDaysInvalid ? 'zaa-warn-days-error' : undefined}
              onInput={(e) => setWarnDaysText(e.currentTarget.value)}
              onChange={(e) => commitWarnDays(e.currentTarget.value)}
            />
            {warnDaysInvalid && (
              <p id="zaa-warn-days-error" class="zaa-message zaa-error" role="alert">
                {t('settings.warnDaysInvalid')}
              </p>
            )}
          </div>

          <section aria-labelledby="zaa-hosts-title">
            <h2 id="zaa-hosts-title">{t('settings.bookingHosts')}</h2>
            <ul class="zaa-host-list" data-testid="zaa-booking-hosts">
              {settings.bookingHosts.map((host) => (
                <li data-host={host}>
                  <span>{host}</span>
                  {isBuiltInBookingHost(host) ? (
                    <span class="zaa-hint">({t('settings.builtIn')})</span>
                  ) : (
                    <button type="button" class="zaa-btn" onClick={() => void removeHost(host)}>
                      {t('settings.removeHost', { host })}
                    </button>
                  )}
                  {withoutAccess.includes(host) && (
                    <span class="zaa-hint" role="note">
                      {t('settings.noAccess', { host })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <form onSubmit={addHost} noValidate>
              <div class="zaa-field">
                <label for="zaa-new-host">{t('settings.hostInput')}</label>
                <div class="zaa-host-row">
                  <input
                    id="zaa-new-host"
                    type="text"
                    inputMode="url"
                    autocomplete="off"
                    spellcheck={false}
                    value={newHost}
                    aria-invalid={hostError !== null}
                    aria-describedby={describedByHost}
                    onInput={(e) => setNewHost(e.currentTarget.value)}
                  />
                  <button type="submit" class="zaa-btn">
                    {t('settings.add')}
                  </button>
                </div>
                <p id="zaa-new-host-hint" class="zaa-hint">
                  {t('settings.hostInputHint')}
                </p>
                {hostError && (
                  <p id="zaa-new-host-error" class="zaa-message zaa-error" role="alert" data-testid="zaa-host-error">
                    {hostError}
                  </p>
                )}
              </div>
            </form>
          </section>
        </>
      )}
      <div role="status" aria-live="polite" data-testid="zaa-options-message">
        {message && (
          <p class={message.kind === 'error' ? 'zaa-message zaa-error' : 'zaa-message'} data-kind={message.kind}>
            {message.text}
          </p>
        )}
      </div>
      <footer class="zaa-options-foot">
        {/* The bundled copy of PRIVACY.md: it opens offline, and says what the store listing says. */}
        <a href="/privacy.txt" target="_blank" rel="noopener" data-testid="zaa-privacy-link">
          {t('welcome.privacy')}
        </a>
        <a href="/welcome.html" target="_blank" rel="noopener" data-testid="zaa-welcome-link">
          {t('popup.welcome')}
        </a>
      </footer>
    </main>
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
