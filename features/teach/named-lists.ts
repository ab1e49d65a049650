/** The session's memory of which list each list element is, when the page's tabs do not say (see zoom-reading.ts). */
import type { ZoomListName } from '../../utils/roster/model';

/**
 * Which list each list element of this session is, when the tabs do not say: named by the admin
 * while teaching, or taken for the only taught list at the session's first read (`any`: something
 * was named, so other elements are not taken for a list by that guess any more).
 */
export interface NamedLists {
  map: WeakMap<Element, ZoomListName>;
  any: boolean;
}

export function createNamedLists(): NamedLists {
  return { map: new WeakMap(), any: false };
}

export function nameLists(named: NamedLists, containers: Element[], list: ZoomListName): void {
  for (const container of containers) named.map.set(container, list);
  if (containers.length) named.any = true;
}
