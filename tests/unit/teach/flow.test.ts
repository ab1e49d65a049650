import { describe, it, expect } from 'vitest';
import { advance, answersFor, learnerFor, mergeLayouts, startTeaching, type TeachState } from '../../../utils/view/teach-flow';
import { parseTaughtLayout } from '../../../utils/roster/taught-validate';
import type { TaughtField, TaughtList } from '../../../utils/roster/taught-layout';

const list = (anchor: 'email' | 'name', extra: Partial<TaughtList> = {}): TaughtList => ({
  version: 1,
  container: { tag: 'div', classes: ['cards'] },
  ancestors: [{ tag: 'main' }],
  row: { tag: 'div', classes: ['card'], shape: ['b', 'i'] },
  anchor,
  [anchor]: [{ tag: anchor === 'email' ? 'i' : 'b', nth: 0 }],
  ...extra,
});
const field: TaughtField = {
  version: 1,
  dialog: { tag: 'div', role: 'dialog' },
  path: [{ tag: 'input', nth: 0 }],
  field: { tag: 'input', type: 'text' },
};

describe('the teaching flow', () => {
  it('on Zoom with unrecognised tabs: list-kind, then email, then the optional name', () => {
    let state: TeachState = startTeaching({ page: 'zoom-list' });
    expect(state).toMatchObject({ status: 'asking', step: 'list-kind' });
    expect(answersFor(state)).toEqual(['users', 'pending', 'cancel']);
    expect(learnerFor(state)).toBeNull();
    state = advance(state, { type: 'answer', answer: 'pending' });
    expect(state).toMatchObject({ step: 'email', listName: 'pending' });
    expect(learnerFor(state)).toBe('list-from-email');
    expect(answersFor(state)).toEqual(['cancel']);
    state = advance(state, { type: 'answer', answer: 'skip' });
    expect(state).toMatchObject({ step: 'email' });
    state = advance(state, { type: 'learned-list', result: { ok: false, problem: 'no-repeating-row' } });
    expect(state).toMatchObject({ step: 'email', error: 'no-repeating-row' });
    state = advance(state, { type: 'learned-list', result: { ok: true, value: list('email') } });
    expect(state).toMatchObject({ step: 'name', error: undefined });
    expect(answersFor(state)).toEqual(['skip', 'cancel']);
    expect(learnerFor(state)).toBe('place-name');
    state = advance(state, { type: 'answer', answer: 'skip' });
    expect(state).toEqual({ status: 'done', layout: { version: 1, lists: { pending: list('email') } } });
  });

  it('on Zoom with recognised tabs: no list-kind question', () => {
    let state = startTeaching({ page: 'zoom-list', listKind: 'users' });
    expect(state).toMatchObject({ step: 'email', listName: 'users' });
    state = advance(state, { type: 'learned-list', result: { ok: true, value: list('email') } });
    const withName = list('email', { name: [{ tag: 'b', nth: 0 }] });
    state = advance(state, { type: 'learned-list', result: { ok: true, value: withName } });
    expect(state).toEqual({ status: 'done', layout: { version: 1, lists: { users: withName } } });
  });

  it('in the Add Users dialog: one email-field step', () => {
    let state = startTeaching({ page: 'zoom-dialog' });
    expect(state).toMatchObject({ step: 'email-field' });
    expect(learnerFor(state)).toBe('field');
    state = advance(state, { type: 'learned-field', result: { ok: false, problem: 'not-a-field' } });
    expect(state).toMatchObject({ step: 'email-field', error: 'not-a-field' });
    state = advance(state, { type: 'learned-field', result: { ok: true, value: field } });
    expect(state).toEqual({ status: 'done', layout: { version: 1, lists: {}, emailField: field } });
  });

  it('on the booking list: the name is required, the email asked only where the list shows addresses', () => {
    let state = startTeaching({ page: 'booking-list', listShowsEmails: true });
    expect(state).toMatchObject({ step: 'name', listName: 'resources' });
    expect(answersFor(state)).toEqual(['cancel']);
    expect(learnerFor(state)).toBe('list-from-name');
    state = advance(state, { type: 'learned-list', result: { ok: true, value: list('name') } });
    expect(state).toMatchObject({ step: 'email' });
    expect(learnerFor(state)).toBe('place-email');
    state = advance(state, { type: 'answer', answer: 'skip' });
    expect(state).toEqual({ status: 'done', layout: { version: 1, lists: { resources: list('name') } } });

    const noEmails = advance(startTeaching({ page: 'booking-list', listShowsEmails: false }), {
      type: 'learned-list',
      result: { ok: true, value: list('name') },
    });
    expect(noEmails).toMatchObject({ status: 'done' });
  });

  it('cancel ends any step with nothing taught', () => {
    for (const context of [
      { page: 'zoom-list' as const },
      { page: 'zoom-dialog' as const },
      { page: 'booking-list' as const, listShowsEmails: true },
    ]) {
      expect(advance(startTeaching(context), { type: 'answer', answer: 'cancel' })).toEqual({ status: 'cancelled' });
    }
  });

  it('merges what was taught over what was stored, list by list', () => {
    const stored = { version: 1 as const, lists: { users: list('email'), pending: list('email') }, emailField: field };
    const taught = { version: 1 as const, lists: { pending: list('email', { ancestors: [] }) } };
    expect(mergeLayouts(stored, taught)).toEqual({
      version: 1,
      lists: { users: list('email'), pending: list('email', { ancestors: [] }) },
      emailField: field,
    });
    expect(mergeLayouts(null, taught)).toEqual(taught);
  });
});

describe('a taught layout read back from a file', () => {
  it('is accepted when it is exactly structure, refused otherwise', () => {
    const layout = { version: 1, lists: { users: list('email') }, emailField: field };
    expect(parseTaughtLayout(JSON.parse(JSON.stringify(layout)))).toEqual(layout);
    // biome-ignore lint/suspicious/noExplicitAny: damages the parsed file in any way, as hand-editing would
    const bad = (change: (copy: any) => void) => {
      const copy = JSON.parse(JSON.stringify(layout));
      change(copy);
      return parseTaughtLayout(copy);
    };
    expect(bad((c) => (c.lists.users.row.classes = ['anna@x.pl']))).toBeNull();
    expect(bad((c) => (c.lists.users.container.tag = '<img src=x onerror=alert(1)>'))).toBeNull();
    expect(bad((c) => (c.lists.admins = c.lists.users))).toBeNull();
    expect(bad((c) => (c.lists.users.email[0].nth = -1))).toBeNull();
    expect(bad((c) => delete c.lists.users.email)).toBeNull();
    expect(bad((c) => (c.version = 2))).toBeNull();
    expect(parseTaughtLayout('{}')).toBeNull();
  });
});
