import type { ComponentChildren } from 'preact';
import { t } from '../utils/i18n';
import type { Said } from '../utils/view/guidance';
import type { StepLine, StepView } from '../utils/view/step-view';
import { emailReasonText } from './email-reason';

function say(said: Said): string {
  return t(said.key, said.params);
}

function lineText(line: StepLine): string {
  // An invalid address's reason comes from the catalogue by its code.
  return line.reason ? t(line.key, { ...line.params, reason: emailReasonText(line.reason) }) : say(line);
}

/**
 * The open steps, most pressing first: each a headline, the people it is about (names as text) with a
 * link to where each one's address is fixed, and what to do. The same in the panels and the popup.
 */
export function GuidanceSteps({ steps, children }: { steps: StepView[]; children?: ComponentChildren }) {
  return (
    <ol class="zaa-guide" data-testid="zaa-steps">
      {steps.map((step) => (
        <li class="zaa-step" data-testid="zaa-step" data-kind={step.kind}>
          <strong class="zaa-step-title">{say(step.title)}</strong>
          {step.lines.length > 0 && (
            <ul class="zaa-step-people">
              {step.lines.map((line) => (
                <li>
                  {lineText(line)}
                  {line.fixUrl && (
                    <>
                      {' '}
                      <a href={line.fixUrl} target="_blank" rel="noopener noreferrer">
                        {t('guide.fixIn')}
                      </a>
                    </>
                  )}
                </li>
              ))}
              {step.more > 0 && <li class="zaa-muted">{t('guide.more', { n: step.more })}</li>}
            </ul>
          )}
          {step.how.map((how) => (
            <p class="zaa-step-how">{say(how)}</p>
          ))}
        </li>
      ))}
      {children}
    </ol>
  );
}

/** The step's headline as one whole sentence (the bar's). */
export function guidanceHeadline(step: StepView): string {
  return say(step.headline);
}
