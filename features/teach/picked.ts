/**
 * The teaching flow's next state after a pick: what the admin clicked is learned by the step's
 * learner (an email field, a list from an address or a name, or a place in a known list); a
 * cancelled pick (Escape) cancels. Shared by the session and the teaching test harness.
 */
import { learnList, learnPlace, learnTextField } from '../../utils/teach/learn';
import type { PickResult } from '../../utils/teach/picker';
import { advance, type learnerFor, type TeachState } from '../../utils/view/teach-flow';

export type Learner = NonNullable<ReturnType<typeof learnerFor>>;

export function advanceWithPick(asking: TeachState, learner: Learner | null, pick: PickResult): TeachState {
  if (pick.kind === 'cancelled') return advance(asking, { type: 'answer', answer: 'cancel' });
  if (asking.status !== 'asking') return asking;
  const element = pick.element;
  if (learner === 'field') return advance(asking, { type: 'learned-field', result: learnTextField(element) });
  if (learner === 'list-from-email') return advance(asking, { type: 'learned-list', result: learnList(element, 'email') });
  if (learner === 'list-from-name') return advance(asking, { type: 'learned-list', result: learnList(element, 'name') });
  // A place in the list taught before: without that list there is nothing to place it in (asked again).
  if (learner && asking.list) {
    const field = learner === 'place-email' ? 'email' : 'name';
    return advance(asking, { type: 'learned-list', result: learnPlace(asking.list, element, field) });
  }
  return asking;
}
