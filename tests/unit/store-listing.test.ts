/** The store listing texts (docs/store) against the extension itself: lengths, and every permission explained. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { en, pl } from '../../utils/i18n/messages';

const ROOT = path.resolve(__dirname, '../..');

function section(file: string, heading: string): string {
  const text = readFileSync(path.join(ROOT, 'docs/store', file), 'utf8');
  const match = text.match(new RegExp(`^## ${heading}\\n\\n([\\s\\S]*?)(?=\\n## |(?![\\s\\S]))`, 'm'));
  if (!match) throw new Error(`${file} has no "## ${heading}" section`);
  return match[1].trim();
}

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3 }) => Record<string, unknown>;

function permissionsOf(browser: string, manifestVersion: 2 | 3): string[] {
  const manifest = (config.manifest as unknown as ManifestFn)({ browser, manifestVersion });
  const keys = ['permissions', 'host_permissions', 'optional_permissions', 'optional_host_permissions'];
  return keys.flatMap((key) => (manifest[key] as string[] | undefined) ?? []);
}

const LISTINGS = [
  { file: 'listing-en.md', short: 'Short description', permissions: 'Permissions and why', description: en.extDescription },
  { file: 'listing-pl.md', short: 'Krótki opis', permissions: 'Uprawnienia i po co', description: pl.extDescription },
];

describe.each(LISTINGS)('$file', ({ file, short, permissions, description }) => {
  it('has a short description of at most 132 characters, the manifest’s own', () => {
    const text = section(file, short);
    expect(text.length).toBeLessThanOrEqual(132);
    expect(text).toBe(description);
  });

  it('explains every permission of the Chrome and the Firefox build', () => {
    const explained = section(file, permissions);
    const all = new Set([...permissionsOf('chrome', 3), ...permissionsOf('firefox', 2)]);
    expect(all.size).toBeGreaterThan(3);
    for (const permission of all) {
      // Host patterns are named by their host ("*.zoom.us"), API permissions by name.
      const name = permission.replace(/^https:\/\//, '').replace(/\/\*$/, '');
      expect(explained, permission).toContain(permission.startsWith('https://*/') ? 'https://*/*' : `\`${name}\``);
    }
  });
});

it('keeps the manifest description within the stores’ 132 characters in both languages', () => {
  expect(en.extDescription.length).toBeLessThanOrEqual(132);
  expect(String(pl.extDescription).length).toBeLessThanOrEqual(132);
});
