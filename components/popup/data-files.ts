/**
 * The popup's CSV tools (Zoom's import file out, Zoom's users export in), with papaparse: loaded
 * with import() only when the admin asks for one, so the popup and the options page open without them.
 */
import { buildZoomImportCsv } from '../../utils/roster/csv';
import type { EmployeeResult } from '../../utils/roster/reconcile';
import { zoomImportFileName } from '../../utils/overlay/popup-model';

export { parseZoomUsersExport } from '../../utils/roster/csv';

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
