import { Component } from 'preact';
import type { EmployeeResult } from '../utils/roster/reconcile';
import { t, type Language } from '../utils/i18n';
import { emailReasonText } from './email-reason';
import { StatusPill } from './StatusPill';

export interface EmployeeItemProps {
  result: EmployeeResult;
  /** 'zaa-employee' on Zoom pages, 'zaa-resource' on booking pages. */
  testId: 'zaa-employee' | 'zaa-resource';
  warnDays: number;
  /** When the admin chooses whom to prefill. */
  selectable?: boolean;
  selected?: boolean;
  onToggle?: (email: string) => void;
  /** The Resend button's label as the Zoom page shows it; absent where it was not seen (no button is named then). */
  resendLabel?: string | null;
}

/** One employee: name, address, status and what to know about it. All page text goes in as text. */
export function EmployeeItem({ result, testId, warnDays, selectable, selected, onToggle, resendLabel }: EmployeeItemProps) {
  const { employee, status, email, daysLeft, suggestion } = result;
  const knowsDays = (status === 'pending' || status === 'expired') && daysLeft !== undefined;
  const notes: { text: string; warn?: boolean }[] = [];
  if (status === 'pending' && daysLeft !== undefined) {
    notes.push({ text: t('daysLeft', { n: daysLeft }), warn: daysLeft <= warnDays });
    if (daysLeft <= warnDays) {
      notes.push({ text: resendLabel ? t('resendSoon', { label: resendLabel }) : t('resendSoonUnlabelled'), warn: true });
    }
  }
  if (status === 'expired' && result.stillPendingOnZoom) {
    notes.push({ text: resendLabel ? t('resendExpired', { label: resendLabel }) : t('guide.resendHow'), warn: true });
  }
  if (status === 'invalid-email' && result.invalidReason) notes.push({ text: emailReasonText(result.invalidReason) });
  if (suggestion) notes.push({ text: t('didYouMean', { email: suggestion }) });
  if (result.sharedBy > 1) notes.push({ text: t('sharedAddress', { n: result.sharedBy - 1 }) });
  return (
    <li
      class="zaa-item"
      data-testid={testId}
      data-name={employee.name}
      data-email={email}
      data-status={status}
      data-days-left={knowsDays ? String(daysLeft) : undefined}
      data-suggestion={suggestion}
    >
      {selectable && (
        <input
          type="checkbox"
          checked={selected}
          aria-label={`${t('selectForPrefill')}: ${employee.name}`}
          onChange={() => onToggle?.(email)}
        />
      )}
      <span class="zaa-item-name">{employee.name}</span>
      <StatusPill status={status} />
      {email && <span class="zaa-item-email">{email}</span>}
      {notes.map((note) => (
        <span class={note.warn ? 'zaa-item-note zaa-warn' : 'zaa-item-note'}>{note.text}</span>
      ))}
    </li>
  );
}

/** What EmployeeItem shows of a result: a store answer builds new results, mostly showing the same. */
function sameShown(a: EmployeeResult, b: EmployeeResult): boolean {
  return (
    a === b ||
    (a.employee.name === b.employee.name &&
      a.status === b.status &&
      a.email === b.email &&
      a.daysLeft === b.daysLeft &&
      a.suggestion === b.suggestion &&
      a.sharedBy === b.sharedBy &&
      a.stillPendingOnZoom === b.stillPendingOnZoom &&
      a.invalidReason?.code === b.invalidReason?.code &&
      a.invalidReason?.char === b.invalidReason?.char)
  );
}

export interface ListedEmployeeProps extends EmployeeItemProps {
  /** The texts' language: the item re-renders when it changes (its own texts are read through t()). */
  lang: Language;
}

/**
 * EmployeeItem in a long list (a panel can list 1,000 employees): re-renders only when what it shows
 * changed, so a store answer that changes a few employees re-diffs a few items, not all of them.
 */
export class ListedEmployee extends Component<ListedEmployeeProps> {
  override shouldComponentUpdate(next: ListedEmployeeProps): boolean {
    const now = this.props;
    return !(
      sameShown(now.result, next.result) &&
      now.lang === next.lang &&
      now.testId === next.testId &&
      now.warnDays === next.warnDays &&
      now.selectable === next.selectable &&
      now.selected === next.selected &&
      now.onToggle === next.onToggle &&
      now.resendLabel === next.resendLabel
    );
  }

  render(props: ListedEmployeeProps) {
    return EmployeeItem(props);
  }
}
