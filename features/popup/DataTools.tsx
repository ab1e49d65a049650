import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { copyText } from '../../utils/dom/clipboard';
import { DEFAULT_ZOOM_HOST, parseZoomHost, type PopupView } from '../../utils/view/popup-model';
import type { Overview } from '../../utils/store/messages';
import type { PendingRestore } from './data-files';
import { askStore } from '../../utils/store/client';
import { ConfirmBox } from '../../components/popup/ConfirmBox';
import { TextField } from '../../components/popup/TextField';

export type Flash = { text: string; kind: 'ok' | 'error' };

export interface DataToolsProps {
  view: PopupView;
  /** Everything stored now: what a restore would replace. */
  stored: Overview;
  department: string;
  flash: (message: Flash) => void;
  /** Reload the overview after a write (the store also announces it). */
  reload: () => Promise<void>;
}

type Forgetting = { kind: 'tenant'; name: string } | { kind: 'zoom'; name: string } | null;

/** Copy, export, import, back up and forget: everything the admin does with the stored data. */
export function DataTools({ view, stored, department, flash, reload }: DataToolsProps) {
  const [fallbackText, setFallbackText] = useState<string | null>(null);
  const [importHost, setImportHost] = useState(DEFAULT_ZOOM_HOST);
  const [forgetting, setForgetting] = useState<Forgetting>(null);
  /** A backup read and recognised, waiting for the admin's confirmation. */
  const [restoring, setRestoring] = useState<PendingRestore | null>(null);
  /** "Zaawansowane" opened by the admin; a question asked from inside it keeps it open. */
  const [advanced, setAdvanced] = useState(false);
  // A question asked from inside it leaves it open after the answer, where the focus goes back.
  useEffect(() => {
    if (restoring || forgetting) setAdvanced(true);
  }, [restoring, forgetting]);
  const ok = (text: string) => flash({ text, kind: 'ok' });
  const fail = (text: string) => flash({ text, kind: 'error' });
  const failed = (error: unknown) => fail(t('popup.actionFailed', { error: errorText(error) }));

  async function copyMissing(): Promise<void> {
    setFallbackText(null);
    const emails = view.missingEmails;
    if (emails.length === 0) return ok(t('nothingToCopy'));
    const text = emails.join(', ');
    if (await copyText(text, document.body)) return ok(t('copied', { n: emails.length }));
    setFallbackText(text);
    fail(t('popup.copyFallback'));
  }

  const report = { ok, fail, failed, reload };

  /** The file tools (CSV with papaparse, backups) load on the admin's first click, not with the popup. */
  async function fileTools(use: (tools: typeof import('./data-files')) => void | Promise<void>): Promise<void> {
    let tools: typeof import('./data-files');
    try {
      tools = await import('./data-files');
    } catch (error) {
      return failed(error);
    }
    await use(tools);
  }

  async function forget(target: NonNullable<Forgetting>): Promise<void> {
    setForgetting(null);
    try {
      if (target.kind === 'tenant') await askStore('forgetTenant', { tenant: target.name });
      else await askStore('forgetZoomHost', { host: target.name });
      await reload();
      ok(t('popup.forgotten', { name: target.name }));
    } catch (error) {
      failed(error);
    }
  }

  function askToRestore(pending: PendingRestore | null): void {
    if (!pending) return;
    setForgetting(null);
    setRestoring(pending);
  }

  function restore(pending: PendingRestore): void {
    setRestoring(null);
    void fileTools((tools) => tools.restoreBackup(pending, report));
  }

  function cancelRestore(): void {
    setRestoring(null);
    queueMicrotask(() => document.getElementById('zaa-import-backup')?.focus());
  }

  function cancelForget(): void {
    const kind = forgetting?.kind;
    setForgetting(null);
    // Give the keyboard back to the button that opened the question.
    queueMicrotask(() => document.getElementById(kind === 'zoom' ? 'zaa-forget-zoom' : 'zaa-forget-tenant')?.focus());
  }

  const tenant = view.tenant?.tenant;
  const zoomHost = view.zoomHost?.host;
  return (
    <section aria-labelledby="zaa-data-title">
      <h2 id="zaa-data-title">{t('popup.data')}</h2>
      <div class="zaa-actions">
        <button type="button" class="zaa-btn" data-testid="zaa-copy-missing" onClick={() => void copyMissing()}>
          {t('copyMissing')}
        </button>
        <button
          type="button"
          class="zaa-btn"
          data-testid="zaa-export-csv"
          onClick={() => void fileTools((tools) => tools.exportCsv(view, department, report))}
        >
          {t('exportCsv')}
        </button>
      </div>
      {fallbackText !== null && (
        <div class="zaa-field">
          <label for="zaa-fallback">{t('popup.missingAddresses')}</label>
          <textarea
            id="zaa-fallback"
            class="zaa-fallback"
            data-testid="zaa-copy-fallback"
            readOnly
            value={fallbackText}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}

      {!zoomHost && (
        <TextField
          id="zaa-import-host"
          label={t('popup.importHost')}
          value={importHost}
          onInput={(e) => setImportHost(e.currentTarget.value)}
        />
      )}
      <div class="zaa-actions">
        <PickFileButton
          label={t('importCsv')}
          testId="zaa-import-csv"
          accept=".csv,text/csv"
          onPick={(input) =>
            fileTools((tools) => tools.importCsv(input, view.zoomHost?.host ?? parseZoomHost(importHost), report))
          }
        />
      </div>

      {/* Backups and removing data: rarely needed, and the removal cannot be undone, so out of the way. */}
      <details
        class="zaa-advanced"
        data-testid="zaa-advanced"
        open={advanced || restoring !== null || forgetting !== null}
        onToggle={(e) => setAdvanced(e.currentTarget.open)}
      >
        <summary>{t('popup.advanced')}</summary>
        <div class="zaa-actions">
          <button
            type="button"
            class="zaa-btn"
            data-testid="zaa-export-backup"
            onClick={() => void fileTools((tools) => tools.exportBackup(report))}
          >
            {t('exportBackup')}
          </button>
          <PickFileButton
            label={t('importBackup')}
            testId="zaa-import-backup"
            accept=".json,application/json"
            id="zaa-import-backup"
            onPick={(input) => fileTools(async (tools) => askToRestore(await tools.readBackupFile(input, stored, report)))}
          />
        </div>

        <div class="zaa-actions">
          {tenant && (
            <button
              type="button"
              id="zaa-forget-tenant"
              class="zaa-btn"
              data-testid="zaa-forget-tenant"
              aria-expanded={forgetting?.kind === 'tenant'}
              onClick={() => {
                setRestoring(null);
                setForgetting({ kind: 'tenant', name: tenant });
              }}
            >
              {t('forgetTenant')}
            </button>
          )}
          {zoomHost && (
            <button
              type="button"
              id="zaa-forget-zoom"
              class="zaa-btn"
              data-testid="zaa-forget-zoom"
              aria-expanded={forgetting?.kind === 'zoom'}
              onClick={() => {
                setRestoring(null);
                setForgetting({ kind: 'zoom', name: zoomHost });
              }}
            >
              {t('forgetZoom')}
            </button>
          )}
        </div>
        {forgetting && (
          <ConfirmBox
            question={
              forgetting.kind === 'tenant'
                ? t('popup.forgetTenantConfirm', { tenant: forgetting.name })
                : t('popup.forgetZoomConfirm', { host: forgetting.name })
            }
            onConfirm={() => void forget(forgetting)}
            onCancel={cancelForget}
          />
        )}
        {restoring && (
          <ConfirmBox
            question={t('popup.restoreConfirm', { file: restoring.file })}
            details={restoring.replaces}
            confirmLabel={t('popup.confirmRestore')}
            onConfirm={() => restore(restoring)}
            onCancel={cancelRestore}
          />
        )}
      </details>
    </section>
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A button that opens the file chooser (the file input itself stays hidden and out of the tab order). */
function PickFileButton(props: {
  label: string;
  testId: string;
  id?: string;
  accept: string;
  onPick: (input: HTMLInputElement) => Promise<void>;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" id={props.id} class="zaa-btn" data-testid={props.testId} onClick={() => input.current?.click()}>
        {props.label}
      </button>
      <input
        ref={input}
        class="zaa-hidden-file"
        type="file"
        accept={props.accept}
        tabIndex={-1}
        aria-hidden="true"
        data-testid={`${props.testId}-file`}
        onChange={(e) => void props.onPick(e.currentTarget)}
      />
    </>
  );
}
