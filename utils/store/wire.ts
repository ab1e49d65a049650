/**
 * How store replies travel between the background and a page. Extension messages are converted
 * value by value, so 10,000 user objects cost about 30 ms each way in Chromium; the same users as a
 * few arrays (one per field) cost about 12. The two contexts pages load carry their users that way,
 * and askStore turns them back into objects. No idb here: content scripts import this.
 */
import type { ZoomState, ZoomUser } from '../roster/model';
import type { StoreRequestName, StoreResponse } from './messages';

/** One host's users as columns: one array per field, one entry per user, null where a user has no value. */
export interface ZoomUserColumns {
  host: string;
  email: string[];
  name: (string | null)[];
  state: ZoomState[];
  userType: (string | null)[];
  invitedOn: (string | null)[];
  firstSeen: number[];
  lastSeen: number[];
}

/** Users of one host, in the order given. */
export function packUsers(host: string, users: readonly ZoomUser[]): ZoomUserColumns {
  const columns: ZoomUserColumns = {
    host,
    email: [],
    name: [],
    state: [],
    userType: [],
    invitedOn: [],
    firstSeen: [],
    lastSeen: [],
  };
  for (const user of users) {
    columns.email.push(user.email);
    columns.name.push(user.name ?? null);
    columns.state.push(user.state);
    columns.userType.push(user.userType ?? null);
    columns.invitedOn.push(user.invitedOn ?? null);
    columns.firstSeen.push(user.firstSeen);
    columns.lastSeen.push(user.lastSeen);
  }
  return columns;
}

/** The users back as objects, each with exactly the fields it had. */
export function unpackUsers(columns: ZoomUserColumns | undefined): ZoomUser[] {
  if (!columns) return [];
  const users: ZoomUser[] = new Array(columns.email.length);
  for (let i = 0; i < users.length; i++) {
    const user: ZoomUser = {
      host: columns.host,
      email: columns.email[i],
      state: columns.state[i],
      firstSeen: columns.firstSeen[i],
      lastSeen: columns.lastSeen[i],
    };
    const name = columns.name[i];
    const userType = columns.userType[i];
    const invitedOn = columns.invitedOn[i];
    if (name !== null) user.name = name;
    if (userType !== null) user.userType = userType;
    if (invitedOn !== null) user.invitedOn = invitedOn;
    users[i] = user;
  }
  return users;
}

/** The replies whose `zoomUsers` (all of one host) travel as columns. */
const PACKED: ReadonlySet<StoreRequestName> = new Set(['getZoomContext', 'getBookingContext']);

type WithUsers = { zoomUsers: ZoomUser[] | ZoomUserColumns; host?: string; zoomHost?: { host: string } | null };

/** The background's side: a reply as it is sent. */
export function toWire(name: StoreRequestName, result: StoreResponse): unknown {
  if (!PACKED.has(name)) return result;
  const context = result as WithUsers;
  const users = context.zoomUsers as ZoomUser[];
  const host = users[0]?.host ?? context.zoomHost?.host ?? context.host ?? '';
  return { ...context, zoomUsers: packUsers(host, users) };
}

/** The page's side: the reply as the handler gave it. A reply already in objects is taken as it is. */
export function fromWire<K extends StoreRequestName>(name: K, result: unknown): StoreResponse<K> {
  if (!PACKED.has(name)) return result as StoreResponse<K>;
  const context = result as WithUsers;
  if (Array.isArray(context.zoomUsers)) return result as StoreResponse<K>;
  return { ...context, zoomUsers: unpackUsers(context.zoomUsers) } as unknown as StoreResponse<K>;
}
