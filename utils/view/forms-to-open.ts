/**
 * The forms-need-opening notice (a view model, pure): employees whose edit forms the booking panel's
 * own script draws, which the extension does not render in the background, so the admin opens them.
 * Kept apart from panel-model.ts so the edit forms' reading (booking-forms.js) carries only this.
 */
import { findByKey, type ResourceKey } from '../roster/form-addresses';
import type { Employee } from '../roster/model';
import type { PanelNotice } from './panel-model';

/** Resources whose forms only the admin can open to read, and what their edit controls say ("Edytuj"). */
export interface FormsToOpen {
  resources: ResourceKey[];
  label: string | null;
}

/**
 * The forms-need-opening notice for those of `toOpen` still unread in the roster as stored (a form the
 * admin opened has given its address, and its resource leaves the notice); null when none is left.
 */
export function formsToOpenNotice(toOpen: FormsToOpen | null, employees: readonly Employee[]): PanelNotice | null {
  if (!toOpen) return null;
  const names = toOpen.resources.flatMap((key) => {
    const employee = findByKey(employees, key);
    return employee && employee.rawEmail !== null ? [] : [key.name];
  });
  if (names.length === 0) return null;
  return {
    kind: 'forms-need-opening',
    params: { n: names.length, names: names.join(', '), label: toOpen.label ?? '' },
  };
}
