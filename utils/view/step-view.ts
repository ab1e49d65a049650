/**
 * A guidance step as the opened panel and the popup show it: its sentence in full, the people it is
 * about, what to do. Loaded with the opened panel (zoom-drawer.js, booking-drawer.js) and in the popup;
 * the bar needs only the step's headline (./guidance.ts → stepHeadline). Pure: no DOM, no browser.
 */
import type { EmailReason } from '../roster/email';
import {
  invitationSaid,
  stepHeadline,
  type AddressPerson,
  type GuidanceKind,
  type GuidanceStep,
  type GuidedPerson,
  type Said,
} from './guidance';

export interface StepLine extends Said {
  /** Where this person's problem is fixed (the booking edit form), when known. */
  fixUrl?: string;
  /** invalid-email: why, said by the component (its text comes from the catalogue by code). */
  reason?: EmailReason;
}

export interface StepView {
  kind: GuidanceKind;
  /** One short whole sentence for the bar. */
  headline: Said;
  /** The step's sentence in full, heading it in the opened panel and the popup. */
  title: Said;
  /** The people it is about (at most `PEOPLE_SHOWN`), then how many more. */
  lines: StepLine[];
  more: number;
  /** What to do. */
  how: Said[];
}

/** A step names at most this many people; the list below the steps names everyone. */
export const PEOPLE_SHOWN = 5;

/**
 * `resendLabel`: the Resend button's label as the Zoom page shows it (null: not seen here, so no
 * button is named and the sentence says where instead). `readAllOffered`: the panel offers
 * "Read all pages" (the Zoom page's pager and tabs can be driven).
 */
export function stepView(step: GuidanceStep, resendLabel: string | null = null, readAllOffered = false): StepView {
  const bare = { lines: [], more: 0, how: [] };
  switch (step.kind) {
    case 'open-booking':
      return { kind: step.kind, headline: stepHeadline(step), title: { key: 'notice.no-roster' }, ...bare };
    case 'open-zoom':
      return { kind: step.kind, headline: stepHeadline(step), title: { key: 'noZoomYet' }, ...bare };
    case 'complete-view':
      return {
        kind: step.kind,
        headline: stepHeadline(step),
        title: { key: 'guide.complete-view' },
        ...bare,
        // The panel's "Read all pages" does it for the admin where the page's pager can be driven.
        how: readAllOffered
          ? [{ key: 'guide.complete-view.readAll' }, { key: 'guide.complete-view.how' }]
          : [{ key: 'guide.complete-view.how' }],
      };
    case 'done':
      return { kind: step.kind, headline: stepHeadline(step), title: { key: 'guide.done' }, ...bare };
    case 'invitations': {
      const lines = step.people.map(invitationSaid);
      const how: Said[] = [];
      if (step.people.some((p) => p.fix === 'resend')) {
        how.push(resendLabel ? { key: 'guide.resendHowLabelled', params: { label: resendLabel } } : { key: 'guide.resendHow' });
      }
      if (step.people.some((p) => p.fix === 'invite-again')) how.push({ key: 'guide.inviteAgainHow' });
      const title: Said = { key: 'guide.invitations', params: { n: step.people.length } };
      return { kind: step.kind, headline: stepHeadline(step), title, how, ...capped(lines) };
    }
    case 'invite':
      return {
        kind: step.kind,
        headline: stepHeadline(step),
        title: { key: 'guide.invite', params: { n: step.people.length } },
        how: [{ key: 'guide.inviteHow' }],
        ...capped(step.people.map(personLine)),
      };
    case 'fix-addresses':
      return {
        kind: step.kind,
        headline: stepHeadline(step),
        title: { key: 'guide.fix-addresses', params: { n: step.people.length } },
        how: [{ key: 'guide.fixHow' }],
        ...capped(step.people.map(addressLine)),
      };
    case 'reactivate':
      return {
        kind: step.kind,
        headline: stepHeadline(step),
        title: { key: 'guide.reactivate', params: { n: step.people.length } },
        how: [{ key: 'guide.reactivateHow' }],
        ...capped(step.people.map(personLine)),
      };
    case 'await-activation':
      return {
        kind: step.kind,
        headline: stepHeadline(step),
        title: { key: 'guide.await-activation', params: { n: step.people.length } },
        how: [{ key: 'guide.awaitHow' }],
        ...capped(
          step.people.map(
            (p): StepLine =>
              p.daysLeft === undefined
                ? { key: 'guide.awaitingUndated', params: { name: p.name } }
                : { key: 'guide.awaiting', params: { name: p.name, n: p.daysLeft } },
          ),
        ),
      };
  }
}

function personLine(p: GuidedPerson): StepLine {
  return { key: 'guide.person', params: { name: p.name, email: p.email } };
}

function addressLine(p: AddressPerson): StepLine {
  const fix = p.editUrl ? { fixUrl: p.editUrl } : {};
  switch (p.problem) {
    case 'no-email':
      return { key: 'guide.noEmail', params: { name: p.name }, ...fix };
    case 'invalid-email':
      return { key: 'guide.invalidEmail', params: { name: p.name }, reason: p.reason, ...fix };
    case 'probable-typo':
      return { key: 'guide.typo', params: { name: p.name, email: p.email, suggestion: p.suggestion ?? '' }, ...fix };
    case 'not-read':
      return { key: 'guide.notRead', params: { name: p.name }, ...fix };
  }
}

function capped(lines: StepLine[]): { lines: StepLine[]; more: number } {
  return { lines: lines.slice(0, PEOPLE_SHOWN), more: Math.max(0, lines.length - PEOPLE_SHOWN) };
}

/** The panel's steps as its opened part shows them. */
export function stepViews(model: {
  steps: GuidanceStep[];
  stepWords: { resendLabel: string | null; readAllOffered: boolean };
}): StepView[] {
  return model.steps.map((step) => stepView(step, model.stepWords.resendLabel, model.stepWords.readAllOffered));
}
