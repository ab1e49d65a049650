import { usersWithSnapshot } from '../../../features/zoom-users/state';
import type { ListSnapshot, ZoomUser } from '../../../utils/roster/model';

const stored: ZoomUser[] = [
  { host: 'zoom.us', email: 'anna@x.pl', state: 'active', name: 'Anna', firstSeen: 1, lastSeen: 1 },
  { host: 'zoom.us', email: 'bartek@x.pl', state: 'pending', invitedOn: '2026-11-20', firstSeen: 1, lastSeen: 1 },
];
const snapshot = (rows: ListSnapshot['rows']): ListSnapshot => ({ list: 'users', rows, filtered: false });

describe('usersWithSnapshot', () => {
  it('gives the stored list itself while the rows show only what is stored', () => {
    expect(usersWithSnapshot(stored, 'zoom.us', snapshot([{ email: 'anna@x.pl', state: 'active', name: 'Anna' }]), 5)).toBe(
      stored,
    );
    // A row that states less than the store (no name) changes nothing either.
    expect(usersWithSnapshot(stored, 'zoom.us', snapshot([{ email: 'anna@x.pl', state: 'active' }]), 5)).toBe(stored);
  });

  it('overlays a row that shows something new: another state, a new name, someone not stored', () => {
    const deactivated = usersWithSnapshot(stored, 'zoom.us', snapshot([{ email: 'anna@x.pl', state: 'inactive' }]), 5);
    expect(deactivated).not.toBe(stored);
    expect(deactivated.find((u) => u.email === 'anna@x.pl')).toMatchObject({
      state: 'inactive',
      name: 'Anna',
      firstSeen: 1,
      lastSeen: 5,
    });
    const renamed = usersWithSnapshot(stored, 'zoom.us', snapshot([{ email: 'anna@x.pl', state: 'active', name: 'Anna K.' }]), 5);
    expect(renamed.find((u) => u.email === 'anna@x.pl')?.name).toBe('Anna K.');
    const added = usersWithSnapshot(stored, 'zoom.us', snapshot([{ email: 'celina@x.pl', state: 'active' }]), 5);
    expect(added.map((u) => u.email)).toEqual(['anna@x.pl', 'bartek@x.pl', 'celina@x.pl']);
    expect(usersWithSnapshot(stored, 'zoom.us', snapshot([{ email: 'anna@x.pl', state: 'active', name: 'Anna' }]), 5)).toBe(
      stored,
    );
  });

  it('never takes a user stored for another host as this one’s', () => {
    const other = usersWithSnapshot(
      stored,
      'eu01web.zoom.us',
      snapshot([{ email: 'anna@x.pl', state: 'active', name: 'Anna' }]),
      5,
    );
    expect(other).not.toBe(stored);
    expect(other.find((u) => u.email === 'anna@x.pl')?.host).toBe('eu01web.zoom.us');
  });
});
