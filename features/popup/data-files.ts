/**
 * The popup's file tools: Zoom's CSV import file out, Zoom's users export in (with papaparse), and the
 * backup out and in. Loaded with import() on the admin's first click on one of them, so the popup and
 * the options page open without this code.
 */
import { language, t } from '../../utils/i18n';
import { buildZoomImportCsv, parseZoomUsersExport } from '../../utils/roster/csv';
import { localDay } from '../../utils/roster/dates';
import type { EmployeeResult } from '../../utils/roster/reconcile';
import { backupFileName, readBackupText, zoomImportFileName, type PopupView } from '../../utils/view/popup-model';
import { fileSizeProblem, MAX_FILE_BYTES, storedSummary } from '../../utils/view/restore';
import type { Overview } from '../../utils/store/messages';
import { askStore } from '../../utils/store/client';
import { readPickedFile, saveTextFile } from '../../components/popup/files';

/** How a tool reports back to the popup. */
export interface ToolReport {
  ok(text: string): void;
  fail(text: string): void;
  /** A store request or a download failed: the popup names the error. */
  failed(error: unknown): void;
  /** Reloads the overview after a write (the store also announces it). */
  reload(): Promise<void>;
}

/** The files of Zoom's CSV import for the missing employees (several when over 9,999). */
export function zoomImportFiles(
  missing: readonly EmployeeResult[],
  day: string,
  department: string,
): { name: string; text: string }[] {
  const people = missing.map((r) => ({ email: r.email, name: r.employee.name }));
  const texts = buildZoomImportCsv(people, { department });
  return texts.map((text, index) => ({ name: zoomImportFileName(day, index + 1, texts.length), text }));
}

export function exportCsv(view: PopupView, department: string, report: ToolReport): void {
  const files = zoomImportFiles(view.missingEmployees, localDay(new Date()), department);
  if (files.length === 0) {
    report.ok(t('popup.exportCsvNothing'));
    return;
  }
  for (const file of files) saveTextFile(file.name, file.text, 'text/csv;charset=utf-8');
  const n = view.missingEmployees.length;
  report.ok(files.length > 1 ? t('popup.exportCsvParts', { n, files: files.length }) : t('popup.exportCsvDone', { n }));
}

/** `host`: the Zoom host the users belong to (null when the admin typed none that is valid). */
export async function importCsv(input: HTMLInputElement, host: string | null, report: ToolReport): Promise<void> {
  const file = await readPicked(input, report);
  if (!file) return;
  if (!host) return report.fail(t('popup.zoomHostInvalid'));
  const parsed = parseZoomUsersExport(file.text);
  // The reason is a sentence of its own; the message adds its own full stop after it.
  if (!parsed.ok) return report.fail(t('popup.csvInvalid', { reason: parsed.error[language.value].replace(/\.$/, '') }));
  if (parsed.rows.length === 0) return report.fail(t('popup.csvNoUsers'));
  try {
    const { count } = await askStore('importZoomCsv', { host, rows: parsed.rows });
    await report.reload();
    const skipped = parsed.skipped.length
      ? ` ${t('popup.csvSkipped', { n: parsed.skipped.length, lines: parsed.skipped.map((s) => s.line).join(', ') })}`
      : '';
    report.ok(`${t('csvImported', { n: count })}${skipped}`);
  } catch (error) {
    report.failed(error);
  }
}

export async function exportBackup(report: ToolReport): Promise<void> {
  try {
    const backup = await askStore('exportBackup', {});
    const name = backupFileName(localDay(new Date()));
    saveTextFile(name, JSON.stringify(backup, null, 2), 'application/json');
    report.ok(t('popup.backupExported', { file: name }));
  } catch (error) {
    report.failed(error);
  }
}

/** A backup file read and recognised, waiting for the admin to confirm the restore. */
export interface PendingRestore {
  file: string;
  backup: unknown;
  /** What the restore replaces, one line per roster and Zoom account stored now. */
  replaces: string[];
}

/**
 * Reads a picked backup file for a restore: refused before reading when it is too large, and with a
 * clear message when it is not a backup of ours. Nothing is written until `restoreBackup`.
 * `stored`: everything stored now, to name what the restore would replace.
 */
export async function readBackupFile(
  input: HTMLInputElement,
  stored: Overview,
  report: ToolReport,
): Promise<PendingRestore | null> {
  const file = await readPicked(input, report);
  if (!file) return null;
  const read = readBackupText(file.text);
  if (!read.ok) {
    report.fail(t(read.problem.key, read.problem.params));
    return null;
  }
  const summary = storedSummary(stored);
  const replaces = [
    ...summary.tenants.map(({ tenant, employees }) => t('popup.restoreTenant', { tenant, n: employees })),
    ...summary.zoomHosts.map(({ host, users }) => t('popup.restoreZoom', { host, n: users })),
  ];
  return { file: file.name, backup: read.backup, replaces: replaces.length > 0 ? replaces : [t('popup.restoreNothing')] };
}

/** The restore the admin confirmed: the store checks the whole file again and replaces everything, or nothing. */
export async function restoreBackup(pending: PendingRestore, report: ToolReport): Promise<void> {
  try {
    const answer = await askStore('importBackup', { backup: pending.backup });
    // The store names the broken field ("employees[3].order: expected a whole number").
    if (!answer.ok) return report.fail(t('backupInvalid', { error: answer.error.replace(/^Invalid backup file:\s*/i, '') }));
    await report.reload();
    report.ok(t('backupImported'));
  } catch (error) {
    report.failed(error);
  }
}

/** The picked file's text, or null after telling the admin why not (unreadable, or too large to read). */
async function readPicked(input: HTMLInputElement, report: ToolReport): Promise<{ name: string; text: string } | null> {
  const file = await readPickedFile(input, MAX_FILE_BYTES);
  if (file && 'tooLarge' in file) {
    const problem = fileSizeProblem(file.tooLarge);
    if (problem) report.fail(t(problem.key, problem.params));
    return null;
  }
  if (!file) report.fail(t('popup.fileUnreadable'));
  return file;
}
