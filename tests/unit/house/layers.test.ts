/**
 * The layer rules (.dependency-cruiser.cjs) catch what they are written for: each case builds a
 * tiny tree with one upward import in a temporary folder and runs the same check `npm test` runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve('.');

function checkTree(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'zaa-layers-'));
  try {
    cpSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'preact' } }),
    );
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const roots = [...new Set(Object.keys(files).map((f) => f.split('/')[0]))];
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/depcruise'), [...roots, '--config', '.dependency-cruiser.cjs'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the layer rules', { timeout: 30_000 }, () => {
  it('pass a tree that only imports downwards', () => {
    const run = checkTree({
      'utils/roster/model.ts': 'export const A = 1;\n',
      'utils/view/model.ts': "import { A } from '../roster/model';\nexport const B = A;\n",
      'components/Panel.tsx': "import { B } from '../utils/view/model';\nexport const Panel = () => <p>{B}</p>;\n",
      'features/zoom/panel.tsx': "import { Panel } from '../../components/Panel';\nexport const x = Panel;\n",
    });
    expect(run.output).toContain('no dependency violations');
    // Every file was read: without a parser for .ts/.tsx (swc here) the cruiser finds nothing and passes.
    expect(run.output).toContain('(4 modules, 3 dependencies cruised)');
    expect(run.status).toBe(0);
  });

  it('fail a component that imports a feature, naming the rule', () => {
    const run = checkTree({
      'features/zoom/state.ts': 'export const state = 1;\n',
      'components/Panel.tsx': "import { state } from '../features/zoom/state';\nexport const Panel = () => <p>{state}</p>;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('components-render-state-only');
  });

  it('see type-only imports too', () => {
    const run = checkTree({
      'utils/store/messages.ts': 'export interface Reply { ok: boolean }\n',
      'components/Panel.tsx':
        "import type { Reply } from '../utils/store/messages';\nexport const Panel = (p: { r: Reply }) => <p>{String(p.r.ok)}</p>;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('components-render-state-only');
  });

  it('fail the core importing a page helper', () => {
    const run = checkTree({
      'utils/dom/text.ts': 'export const visible = 1;\n',
      'utils/roster/email.ts': "import { visible } from '../dom/text';\nexport const e = visible;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('core-is-pure');
  });

  it('fail the core using the browser', () => {
    const run = checkTree({ 'utils/roster/email.ts': "import { browser } from 'wxt/browser';\nexport const e = browser;\n" });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('core-knows-no-browser');
  });

  it('fail an adapter reaching into the store, and a cycle', () => {
    const upward = checkTree({
      'utils/store/client.ts': 'export const ask = 1;\n',
      'utils/zoom/page.ts': "import { ask } from '../store/client';\nexport const p = ask;\n",
    });
    expect(upward.output).toContain('adapters-use-core-and-dom-only');
    const cycle = checkTree({
      'features/a/one.ts': "import { two } from './two';\nexport const one = () => two;\n",
      'features/a/two.ts': "import { one } from './one';\nexport const two = () => one;\n",
    });
    expect(cycle.status).not.toBe(0);
    expect(cycle.output).toContain('no-cycles');
  });

  it('fail two feature folders that import each other, though no file does', () => {
    const run = checkTree({
      // The parent starts its sub-feature; the sub-feature takes the parent's state type (the shape of both circles this rule ended).
      'features/zoom/index.ts': "import { prefill } from '../zoom-add/prefill';\nexport const start = prefill;\n",
      'features/zoom/state.ts': 'export interface ZoomState { host: string }\n',
      'features/zoom-add/prefill.ts':
        "import type { ZoomState } from '../zoom/state';\nexport const prefill = (s: ZoomState) => s.host;\n",
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('no-folder-cycles');
    expect(run.output).not.toContain('error no-cycles');
    // The sub-feature declaring the narrow type it needs passes.
    const narrowed = checkTree({
      'features/zoom/index.ts': "import { prefill } from '../zoom-add/prefill';\nexport const start = prefill;\n",
      'features/zoom-add/prefill.ts':
        'export interface PrefillState { host: string }\nexport const prefill = (s: PrefillState) => s.host;\n',
    });
    expect(narrowed.output).toContain('no dependency violations');
  });

  it('fail anything importing an entry point', () => {
    const run = checkTree({
      'entrypoints/popup/main.tsx': 'export const main = 1;\n',
      'features/popup/app.ts': "import { main } from '../../entrypoints/popup/main';\nexport const a = main;\n",
    });
    expect(run.output).toContain('nothing-imports-entrypoints');
  });
});
