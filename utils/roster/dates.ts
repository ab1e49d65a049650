/**
 * Calendar days for invitations (contract.md → data-days-left). Pure: no DOM, no browser.
 * Days are ISO strings "YYYY-MM-DD" in the browser's local time zone; spans are counted on the
 * calendar (Date.UTC on the parts), so a daylight-saving change never makes a day of 23 or 25 hours.
 */

/** Zoom invitations expire this many days after they were sent or last resent. */
export const INVITATION_DAYS = 30;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day of `date` in the runtime's local time zone, "YYYY-MM-DD". */
export function localDay(date: Date): string {
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A day that exists on the calendar, written "YYYY-MM-DD" (2026-02-30 is not one). */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  return match !== null && existingDay(n(match[1]), n(match[2]), n(match[3]));
}

/** Calendar days from one ISO day to another (negative when `toDay` is earlier); NaN if unreadable. */
export function daysBetween(fromDay: string, toDay: string): number {
  const from = utcMidnight(fromDay);
  const to = utcMidnight(toDay);
  return Math.round((to - from) / MS_PER_DAY);
}

/** 30 on the day of the invitation, 1 on its last day, 0 or below once expired; NaN if unreadable. */
export function invitationDaysLeft(invitedOn: string, today: string): number {
  return INVITATION_DAYS - daysBetween(invitedOn, today);
}

/**
 * Finds a date written the way Zoom's pages write it, anywhere in a short text (a time may follow):
 * English `11/20/2026` (month first), `Nov 20, 2026`, `November 20, 2026`, `20 Nov 2026`;
 * Polish `20.11.2026`, `20 lis 2026`, `20 listopada 2026`; ISO `2026-11-20`.
 * Returns the ISO day, or undefined when there is none or it cannot exist (2/31/2026).
 */
export function parsePortalDate(text: string): string | undefined {
  if (!text) return undefined;
  let best: { index: number; day: string | undefined } | undefined;
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      if (best && match.index >= best.index) break;
      const parts = pattern.read(match);
      if (!parts) continue; // e.g. "Sent 20 2026": a word that is no month
      best = { index: match.index, day: validDay(parts.year, parts.month, parts.day) };
      break;
    }
  }
  return best?.day;
}

interface DayParts {
  year: number;
  month: number;
  day: number;
}

interface DatePattern {
  regex: RegExp;
  read(match: RegExpExecArray): DayParts | undefined;
}

const n = Number;

const PATTERNS: DatePattern[] = [
  // 2026-11-20
  {
    regex: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g,
    read: (m) => ({ year: n(m[1]), month: n(m[2]), day: n(m[3]) }),
  },
  // 11/20/2026: Zoom's English pages put the month first.
  {
    regex: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g,
    read: (m) => ({ year: n(m[3]), month: n(m[1]), day: n(m[2]) }),
  },
  // 20.11.2026: Polish, day first.
  {
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g,
    read: (m) => ({ year: n(m[3]), month: n(m[2]), day: n(m[1]) }),
  },
  // Nov 20, 2026 / November 20 2026 / Nov. 20th, 2026
  {
    regex: /(?<!\p{L})(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu,
    read: (m) => withMonthName(m[1], n(m[3]), n(m[2])),
  },
  // 20 Nov 2026 / 20 lis 2026 / 20 listopada 2026 / 20. listopada 2026 r.
  {
    regex: /(?<!\d)(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})(?!\d)/gu,
    read: (m) => withMonthName(m[2], n(m[3]), n(m[1])),
  },
];

function withMonthName(word: string, year: number, day: number): DayParts | undefined {
  const month = MONTHS.get(word.toLowerCase());
  return month === undefined ? undefined : { year, month, day };
}

/** English and Polish month names: full, Polish genitive ("listopada"), and abbreviations. */
const MONTHS = new Map<string, number>();
const MONTH_WORDS: string[][] = [
  ['jan', 'january', 'sty', 'styczeń', 'styczen', 'stycznia'],
  ['feb', 'february', 'lut', 'luty', 'lutego'],
  ['mar', 'march', 'marzec', 'marca'],
  ['apr', 'april', 'kwi', 'kwiecień', 'kwiecien', 'kwietnia'],
  ['may', 'maj', 'maja'],
  ['jun', 'june', 'cze', 'czerwiec', 'czerwca'],
  ['jul', 'july', 'lip', 'lipiec', 'lipca'],
  ['aug', 'august', 'sie', 'sierpień', 'sierpien', 'sierpnia'],
  ['sep', 'sept', 'september', 'wrz', 'wrzesień', 'wrzesien', 'września', 'wrzesnia'],
  ['oct', 'october', 'paź', 'paz', 'październik', 'pazdziernik', 'października', 'pazdziernika'],
  ['nov', 'november', 'lis', 'listopad', 'listopada'],
  ['dec', 'december', 'gru', 'grudzień', 'grudzien', 'grudnia'],
];
for (const [index, words] of MONTH_WORDS.entries()) for (const word of words) MONTHS.set(word, index + 1);

function validDay(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2999 || !existingDay(year, month, day)) return undefined;
  return isoDay(year, month, day);
}

function existingDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function utcMidnight(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) return NaN;
  return Date.UTC(n(match[1]), n(match[2]) - 1, n(match[3]));
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
