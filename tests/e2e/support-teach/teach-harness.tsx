/**
 * A stand-alone host for the teach modules, for Playwright tests of the flow before it is wired into
 * the panels: mounts the prompt in an open shadow root, runs the click steps with the picker, learns
 * each click and moves the flow on. Bundled with esbuild and injected into a fixture page; the
 * browser's i18n is served from the catalogue of the language in `window.__lang`.
 */
import { en, pl } from '../../../utils/i18n/messages';
import { toBrowserMessages } from '../../../utils/i18n/locales';

const lang = (window as unknown as { __lang?: 'en' | 'pl' }).__lang ?? 'en';
const messages = toBrowserMessages(lang === 'pl' ? pl : en);
(globalThis as unknown as { chrome: unknown }).chrome = {
  runtime: { id: 'teach-harness' },
  i18n: {
    getMessage: (name: string) => messages[name]?.message.replace(/\$\$/g, '$') ?? '',
    getUILanguage: () => (lang === 'pl' ? 'pl' : 'en-US'),
  },
};

const { teachPrompt, TEACH_PROMPT_CSS } = await import('../../../components/TeachPrompt');
const { advance, answersFor, learnerFor, startTeaching } = await import('../../../utils/view/teach-flow');
const { pickElement } = await import('../../../utils/teach/picker');
const { advanceWithPick } = await import('../../../features/teach/picked');
const { readTaughtList } = await import('../../../utils/teach/apply');
type Flow = typeof import('../../../utils/view/teach-flow');
type State = ReturnType<Flow['startTeaching']>;

async function teach(context: Parameters<Flow['startTeaching']>[0]): Promise<State> {
  const host = document.createElement('div');
  host.id = 'zaa-teach-host';
  document.documentElement.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = TEACH_PROMPT_CSS;
  const app = document.createElement('div');
  shadow.append(style, app);
  let answer: ((given: 'users' | 'pending' | 'skip' | 'cancel') => void) | null = null;
  const prompt = teachPrompt((given) => answer?.(given));
  app.append(prompt.node);
  let state: State = startTeaching(context);
  while (state.status === 'asking') {
    const asking = state;
    const controller = new AbortController();
    prompt.show({
      step: asking.step,
      side: context.page === 'booking-list' ? 'booking' : 'zoom',
      answers: answersFor(asking),
      error: asking.error,
    });
    const answered = new Promise<{ answer: 'users' | 'pending' | 'skip' | 'cancel' }>((resolve) => {
      answer = (given) => resolve({ answer: given });
    });
    const learner = learnerFor(asking);
    const picked = learner
      ? pickElement({ ignore: [host], signal: controller.signal }).then((pick) => ({ pick }))
      : new Promise<never>(() => {});
    const event = await Promise.race([answered, picked]);
    controller.abort();
    state =
      'answer' in event
        ? advance(asking, { type: 'answer', answer: event.answer })
        : advanceWithPick(asking, learner, event.pick);
  }
  host.remove();
  return state;
}

(window as unknown as { TeachHarness: unknown }).TeachHarness = { teach, readTaughtList };
