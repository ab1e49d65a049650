/**
 * One teaching session on the page: the prompt (TeachPrompt) in its own open shadow root, the
 * picker for each click step (the page never sees those clicks), learning each click with
 * utils/teach and proving it at once (a refused click shows why and asks again), until the flow
 * ends: done (what was taught comes back) or cancelled (Cancel, Escape, or the session's signal).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { teachPrompt, TEACH_PROMPT_CSS, type TeachPromptView } from '../../components/TeachPrompt';
import { mountView } from '../../utils/dom/mount';
import { pickElement, type PickResult } from '../../utils/teach/picker';
import {
  advance,
  answersFor,
  learnerFor,
  startTeaching,
  type TeachAnswer,
  type TeachContext,
  type TeachState,
} from '../../utils/view/teach-flow';
import { advanceWithPick } from './picked';

export const TEACH_HOST_NAME = 'zaa-teach-host';

/** Runs the flow from `context`; resolves with its last state (`done` with the layout, or `cancelled`). */
export async function runTeaching(ctx: ContentScriptContext, context: TeachContext, stop: AbortSignal): Promise<TeachState> {
  const side = context.page === 'booking-list' ? 'booking' : 'zoom';
  let state: TeachState = startTeaching(context);
  let answer: ((given: TeachAnswer) => void) | null = null;
  // One prompt, updated in place at every step (plain DOM: teach-overlay.js carries no UI library).
  const prompt = teachPrompt((given) => answer?.(given));
  const stepView = (asking: Extract<TeachState, { status: 'asking' }>): TeachPromptView => ({
    step: asking.step,
    side,
    answers: answersFor(asking),
    error: asking.error,
  });
  if (state.status === 'asking') prompt.show(stepView(state));
  const view = mountView(
    ctx,
    TEACH_HOST_NAME,
    TEACH_PROMPT_CSS,
    () => ({ anchor: document.documentElement, append: 'last' }),
    (into) => {
      into.append(prompt.node);
      return () => prompt.node.remove();
    },
  );
  await view.ensurePlaced();

  try {
    while (state.status === 'asking' && !stop.aborted) {
      const asking = state;
      prompt.show(stepView(asking));
      const step = new AbortController();
      const onStop = () => step.abort();
      stop.addEventListener('abort', onStop, { once: true });
      const answered = new Promise<{ answer: TeachAnswer }>((resolve) => (answer = (given) => resolve({ answer: given })));
      const learner = learnerFor(asking);
      const picked: Promise<{ pick: PickResult }> = learner
        ? pickElement({ ignore: view.host ? [view.host] : [], signal: step.signal }).then((pick) => ({ pick }))
        : new Promise((resolve) => {
            // No click step (which list is on screen): Escape still cancels.
            const onKey = (event: KeyboardEvent) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              resolve({ pick: { kind: 'cancelled', reason: 'escape' } });
            };
            window.addEventListener('keydown', onKey, { capture: true, signal: step.signal });
            step.signal.addEventListener('abort', () => resolve({ pick: { kind: 'cancelled', reason: 'abort' } }));
          });
      const event = await Promise.race([answered, picked]);
      step.abort();
      stop.removeEventListener('abort', onStop);
      answer = null;
      state =
        'answer' in event
          ? advance(asking, { type: 'answer', answer: event.answer })
          : advanceWithPick(asking, learner, event.pick);
    }
  } finally {
    view.remove();
  }
  return stop.aborted && state.status === 'asking' ? { status: 'cancelled' } : state;
}
