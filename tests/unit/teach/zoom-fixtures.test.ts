/**
 * Teaching on the Zoom fixtures the adapters already read (tests/fixtures/zoom/): what was taught
 * from one click must read exactly the rows the adapters read, including on the Element-UI-shaped
 * Vue fixture (split tables, the fixed-right copy, rows re-rendered as new elements on each page).
 */
import { readZoomPage } from '../../../utils/zoom/page';
import { learnList } from '../../../utils/teach/learn';
import { readTaughtList, toReadRows } from '../../../utils/teach/apply';
import type { TaughtList } from '../../../utils/roster/taught-layout';
import { click, loadFixture, loadVue, runInlineScripts } from '../zoom/list-fixture-dom';

const vue = loadVue();

async function settle(): Promise<void> {
  await vue.nextTick();
  vi.advanceTimersByTime(400);
  await vue.nextTick();
}

const adapterRows = () => readZoomPage(document, new URL(location.href)).rows;
const taughtRows = (list: TaughtList) => toReadRows(readTaughtList(list, document));

function cellWith(email: string): Element {
  const hit = [...document.body.querySelectorAll('*')].find(
    (el) => el.children.length === 0 && el.textContent?.trim() === email && !el.closest('[class*="__fixed"]'),
  );
  if (!hit) throw new Error(`no cell with ${email}`);
  return hit;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('teaching on the Vue fixture shaped like Element UI', () => {
  it('reads the rows and badge anchors the adapter reads, page after page, never the fixed copy', async () => {
    loadFixture('vue-users.html', 'https://zoom.us/account/user#/');
    runInlineScripts();
    await settle();
    const expected = adapterRows();
    expect(expected.length).toBe(2);
    const learned = learnList(cellWith(expected[1].email));
    if (!learned.ok) throw new Error(learned.problem);
    const list = JSON.parse(JSON.stringify(learned.value)) as TaughtList;
    expect(JSON.stringify(list)).not.toMatch(/column_\d|data-v|@/);
    for (let page = 1; page <= 3; page++) {
      const adapter = adapterRows();
      const taught = taughtRows(list);
      expect(taught.map((r) => r.email)).toEqual(adapter.map((r) => r.email));
      expect(taught.map((r) => r.row)).toEqual(adapter.map((r) => r.row));
      expect(taught.every((r) => !r.row.closest('[class*="__fixed"]'))).toBe(true);
      if (page < 3) {
        click('.btn-next');
        await settle();
      }
    }
  });
});

describe('teaching on the ARIA grid fixture', () => {
  it('reads the grid rows the adapter reads', async () => {
    loadFixture('users-pl-grid.html', 'https://zoom.us/account/user#/');
    runInlineScripts();
    vi.advanceTimersByTime(1000);
    const expected = adapterRows();
    expect(expected.length).toBeGreaterThan(1);
    const learned = learnList(cellWith(expected[0].email));
    if (!learned.ok) throw new Error(learned.problem);
    expect(learned.value.row.role).toBe('row');
    expect(taughtRows(learned.value).map((r) => r.email)).toEqual(expected.map((r) => r.email));
  });
});

describe('teaching on the plain table fixture', () => {
  it('reads the table rows the adapter reads', () => {
    loadFixture('users-en-table.html', 'https://zoom.us/account/user#/');
    runInlineScripts();
    const expected = adapterRows();
    const learned = learnList(cellWith(expected[2].email));
    if (!learned.ok) throw new Error(learned.problem);
    expect(taughtRows(learned.value).map((r) => r.email)).toEqual(expected.map((r) => r.email));
  });
});
