import { describe, it, expect } from 'vitest';
import type { ZoomUser } from '../../../utils/roster/model';
import { fromWire, packUsers, toWire, unpackUsers } from '../../../utils/store/wire';
import type { BookingContext, ZoomContext } from '../../../utils/store/messages';
import { DEFAULT_SETTINGS } from '../../../utils/roster/model';
import { NOW } from './helpers';

const HOST = 'us06web.zoom.us';
const USERS: ZoomUser[] = [
  { host: HOST, email: 'a@firma.pl', state: 'active', firstSeen: NOW, lastSeen: NOW + 1 },
  {
    host: HOST,
    email: 'b@firma.pl',
    name: 'Bożena <b>',
    state: 'inactive',
    userType: 'Basic',
    firstSeen: NOW - 1,
    lastSeen: NOW,
  },
  { host: HOST, email: 'p@firma.pl', state: 'pending', invitedOn: '2026-11-01', firstSeen: NOW, lastSeen: NOW },
];

function zoomContext(users: ZoomUser[]): ZoomContext {
  return {
    host: HOST,
    tenants: [],
    employees: [],
    zoomHost: null,
    zoomUsers: users,
    invitations: [],
    settings: DEFAULT_SETTINGS,
  };
}

describe('users as columns', () => {
  it('come back as the same objects, each with exactly its own fields, in the same order', () => {
    const unpacked = unpackUsers(packUsers(HOST, USERS));
    expect(unpacked).toEqual(USERS);
    expect(unpacked.map((user) => Object.keys(user).sort())).toEqual(USERS.map((user) => Object.keys(user).sort()));
  });

  it('travel through JSON (as extension messages do) unchanged', () => {
    const wire = JSON.parse(JSON.stringify(toWire('getZoomContext', zoomContext(USERS))));
    expect(Array.isArray(wire.zoomUsers)).toBe(false);
    expect(wire.zoomUsers.email).toEqual(['a@firma.pl', 'b@firma.pl', 'p@firma.pl']);
    expect(fromWire('getZoomContext', wire)).toEqual(zoomContext(USERS));
  });

  it('no users on the wire are no users back, for a booking page before any Zoom page', () => {
    const booking: BookingContext = {
      tenant: 't.pl',
      tenantRecord: null,
      employees: [],
      zoomHosts: [],
      zoomHost: null,
      zoomUsers: [],
      invitations: [],
      nearMatches: [],
      settings: DEFAULT_SETTINGS,
    };
    expect(fromWire('getBookingContext', JSON.parse(JSON.stringify(toWire('getBookingContext', booking))))).toEqual(booking);
  });

  it('other replies, and a reply still in objects, pass as they are', () => {
    const overview = { zoomUsers: USERS };
    expect(toWire('getOverview', overview as never)).toBe(overview);
    expect(fromWire('getOverview', overview)).toBe(overview);
    const plain = zoomContext(USERS);
    expect(fromWire('getZoomContext', plain)).toBe(plain);
  });
});
