/**
 * Every adapter that reads a page names the fixtures it was verified against, in a "Verified
 * against:" comment, and every file named there exists (as Refined GitHub checks each feature's
 * test URLs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { verifiedAgainst } from './verified-against';

const ADAPTER_DIRS = ['utils/zoom', 'utils/booking'];

function matches(pattern: string): string[] {
  if (!pattern.includes('*')) return existsSync(pattern) && statSync(pattern).isFile() ? [pattern] : [];
  const folder = path.posix.dirname(pattern);
  const name = new RegExp(`^${path.posix.basename(pattern).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => name.test(f))
        .map((f) => path.posix.join(folder, f))
    : [];
}

/** Files that only declare types read no page. */
const readsAPage = (source: string) => /\bfunction\b|=>/.test(source);

const adapters = ADAPTER_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.posix.join(dir, f)),
).filter((file) => readsAPage(readFileSync(file, 'utf8')));

describe('each adapter names what it was verified against', () => {
  it('finds the adapters', () => {
    expect(adapters).toEqual(expect.arrayContaining(['utils/zoom/page.ts', 'utils/booking/resource-list.ts']));
  });

  for (const file of adapters) {
    it(file, () => {
      const named = verifiedAgainst(readFileSync(file, 'utf8'));
      expect(named, `${file} has no "Verified against:" comment`).not.toBeNull();
      expect(named!.length, `${file} names no fixture`).toBeGreaterThan(0);
      const missing = named!.filter((pattern) => matches(pattern).length === 0);
      expect(missing, `${file} names fixtures that do not exist`).toEqual([]);
    });
  }
});

describe('reading a "Verified against" comment', () => {
  it('resolves bare names against the last folder named, and keeps globs', () => {
    const source = `/**\n * Verified against: tests/fixtures/zoom/a.html (x), b.html, and dialog-*.html;\n * tests/unit/zoom/c.test.ts.\n */`;
    expect(verifiedAgainst(source)).toEqual([
      'tests/fixtures/zoom/a.html',
      'tests/fixtures/zoom/b.html',
      'tests/fixtures/zoom/dialog-*.html',
      'tests/unit/zoom/c.test.ts',
    ]);
  });

  it('takes a folder as the base for the names after it', () => {
    expect(verifiedAgainst('/* Verified against tests/fixtures/booking (README): x.html */')).toEqual([
      'tests/fixtures/booking/x.html',
    ]);
  });

  it('says when there is no list', () => {
    expect(verifiedAgainst('/** Reads the page. */')).toBeNull();
  });

  it('notices a fixture that is gone', () => {
    expect(matches('tests/fixtures/zoom/no-such-fixture.html')).toEqual([]);
    expect(matches('tests/fixtures/booking/new-ui-resource-*-edit.html').length).toBeGreaterThan(3);
  });
});
