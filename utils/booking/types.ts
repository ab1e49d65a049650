/** What the booking adapters return: plain data plus the elements the overlay decorates. */

export interface ResourceRowRead {
  name: string;
  /** `null` when the list shows no email for this row; '' when it shows an empty one. */
  rawEmail: string | null;
  category?: string;
  resourceId?: string;
  /** Absolute URL of the resource's edit form on the same origin, when there is a link. */
  editUrl?: string;
  /** What the edit control says ("Edytuj"), to tell the admin which control opens the form. */
  editLabel?: string;
  /** The row element, and where to append its badge. */
  row: Element;
  badgeAnchor: Element;
}

export interface ResourceListRead {
  /** Which UI generation was recognised. */
  generation: 'categories' | 'table';
  /** True when the list has an email column/field at all (else edit forms must be read). */
  listShowsEmails: boolean;
  rows: ResourceRowRead[];
}

export type ResourceListProblem = 'not-resource-page' | 'layout-unrecognised';
