import { collapseWhitespace } from './text';
/**
 * Split a name as the booking system shows it into Zoom's First Name and Last Name.
 * Pure: no DOM, no browser.
 *
 * Polish names: the last word is the surname ("Jan Maria Rokita" → "Jan Maria" / "Rokita"), a
 * double-barrelled surname stays whole ("Zielińska-Łęcka", also when written "Zielińska - Łęcka"),
 * academic and professional titles in front are dropped ("dr hab. inż.", "mgr", "lek. dent."),
 * as are notes in brackets ("Anna Nowak (recepcja)"). "Nowak, Anna" is read as surname first.
 * Surname particles (de, van, von, …) stay with the surname.
 *
 * One word only (a role such as "Recepcja"): it becomes the first name and the last name is
 * SINGLE_WORD_LAST_NAME, because Zoom's import wants a last name and inventing one from the
 * word would look like a real person's name.
 */

/** Last name used when the name is a single word. */
export const SINGLE_WORD_LAST_NAME = '-';

export interface SplitName {
  firstName: string;
  lastName: string;
}

/** Titles written before a name, compared lower-case and without their dot. */
const TITLES = new Set([
  'dr',
  'hab',
  'mgr',
  'inż',
  'inz',
  'prof',
  'lek',
  'dent',
  'wet',
  'med',
  'ks',
  'mec',
  'pan',
  'pani',
  'doc',
  'lic',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'phd',
]);

/** Titles written after a name ("Anna Nowak, PhD"). */
const SUFFIXES = new Set(['phd', 'md', 'mba', 'msc', 'bsc', 'jr', 'sr', 'ii', 'iii']);

/** Words that belong to the surname that follows them. */
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'du',
  'van',
  'von',
  'la',
  'le',
  'ter',
  'ten',
  'dos',
  'das',
]);

export function splitName(name: string): SplitName {
  let text = collapseWhitespace(name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  // A spaced hyphen between two words joins a double-barrelled surname.
  text = text.replace(/\s*([-‐–])\s*/g, '$1');

  const commaParts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const meaningful = commaParts.filter((part, index) => index === 0 || !isSuffixList(part));
  if (meaningful.length === 2) {
    const [last, first] = meaningful;
    const firstWords = dropTitles(words(first));
    const lastWords = dropTitles(words(last));
    if (firstWords.length > 0 && lastWords.length > 0) return { firstName: firstWords.join(' '), lastName: lastWords.join(' ') };
  }

  const all = dropTitles(words(meaningful.join(' '))).filter((word) => !isSuffix(word));
  if (all.length === 0) return { firstName: '', lastName: '' };
  if (all.length === 1) return { firstName: all[0], lastName: SINGLE_WORD_LAST_NAME };

  let surnameStart = all.length - 1;
  while (surnameStart > 1 && PARTICLES.has(all[surnameStart - 1].toLowerCase())) surnameStart--;
  return { firstName: all.slice(0, surnameStart).join(' '), lastName: all.slice(surnameStart).join(' ') };
}

function words(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

/** Drops titles in front, but never the last word (someone could be called "Pan"). */
function dropTitles(list: string[]): string[] {
  let start = 0;
  while (start < list.length - 1 && (isTitle(list[start]) || isScienceDomainAfterTitle(list, start))) start++;
  return list.slice(start);
}

/** "n." as in "dr n. med." (doktor nauk medycznych): a title only right after another title. */
function isScienceDomainAfterTitle(list: string[], index: number): boolean {
  return index > 0 && list[index].toLowerCase() === 'n.' && isTitle(list[index - 1]);
}

function isTitle(word: string): boolean {
  // "dr.", "inż.", and glued forms such as "lek.dent." or "dr.hab."
  const parts = word.toLowerCase().split('.').filter(Boolean);
  return parts.length > 0 && parts.every((part) => TITLES.has(part));
}

function isSuffix(word: string): boolean {
  return SUFFIXES.has(word.toLowerCase().replace(/\./g, ''));
}

function isSuffixList(part: string): boolean {
  const list = words(part);
  return list.length > 0 && list.every((word) => isSuffix(word) || isTitle(word));
}
