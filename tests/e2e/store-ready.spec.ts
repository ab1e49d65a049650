/**
 * What the stores need from each build: every icon size, as a PNG of that size, named in the manifest
 * (icons, and the toolbar button's default_icon: the same drawing in grey), and the bundled mark and privacy policy.
 * Reads the builds under $WXT_OUT_DIR (default .output); builds Firefox's there when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import sharp from 'sharp';

const OUT_DIR = path.resolve(process.env.WXT_OUT_DIR ?? '.output');
const SIZES = ['16', '32', '48', '128'];

function buildDir(target: 'chrome-mv3' | 'firefox-mv2'): string {
  const dir = path.join(OUT_DIR, target);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    const args = ['wxt', 'build', ...(target === 'firefox-mv2' ? ['-b', 'firefox'] : [])];
    const run = spawnSync('npx', args, { env: { ...process.env, WXT_OUT_DIR: OUT_DIR }, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`wxt build for ${target} failed:\n${run.stdout}\n${run.stderr}`);
  }
  return dir;
}

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
/** How far the icon is from grey: the largest difference between its red, green and blue means (0: grey). */
async function colourfulness(file: string): Promise<number> {
  const [red, green, blue] = (await sharp(file).stats()).channels.map((channel) => channel.mean);
  return Math.max(Math.abs(red - green), Math.abs(green - blue), Math.abs(red - blue));
}

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

for (const target of ['chrome-mv3', 'firefox-mv2'] as const) {
  test(`the ${target} build carries every icon, named in its manifest`, async () => {
    test.setTimeout(60_000);
    const dir = buildDir(target);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const button = target === 'chrome-mv3' ? manifest.action : manifest.browser_action;
    expect(button, 'toolbar button').toBeTruthy();
    for (const [icons, grey] of [
      [manifest.icons, false],
      [button.default_icon, true],
    ] as const) {
      expect(Object.keys(icons).sort()).toEqual([...SIZES].sort());
      for (const size of SIZES) {
        const file = path.join(dir, icons[size]);
        expect(existsSync(file), icons[size]).toBe(true);
        expect(pngSize(file), icons[size]).toEqual([Number(size), Number(size)]);
        // The coloured mark in the store and on the extensions page; grey on the button until a page's
        // features run (the background then gives that tab icons/<size>.png, which is checked here too).
        if (grey) expect(await colourfulness(file), icons[size]).toBeLessThan(1);
        else expect(await colourfulness(file), icons[size]).toBeGreaterThan(20);
      }
    }
    // The popup, options and welcome pages show the source drawing; options and welcome link the policy.
    expect(readFileSync(path.join(dir, 'icons/icon.svg'), 'utf8')).toContain('<svg');
    expect(readFileSync(path.join(dir, 'privacy.txt'), 'utf8')).toContain('Privacy policy');
    expect(existsSync(path.join(dir, 'welcome.html'))).toBe(true);
  });
}
