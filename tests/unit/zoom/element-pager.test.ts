/** The pager of the real Element UI pagination (tests/fixtures/zoom-element/), in its three layouts, en and pl. */
import { buildZoomElementPage, type ZoomElementOptions } from '../../fixtures/zoom-element/build';
import { loadHtml, runInlineScripts, setUrl } from './list-fixture-dom';
import { readPager } from '../../../utils/zoom/pager';

const rowsLoaded = () => (window as unknown as { __fixture?: { state: { rows: string[]; loading: boolean } } }).__fixture?.state;

async function usersPane(options: ZoomElementOptions): Promise<Element> {
  setUrl('https://zoom.us/account/user#/');
  loadHtml(buildZoomElementPage(options));
  runInlineScripts();
  for (let waited = 0; waited < 3000; waited += 50) {
    const state = rowsLoaded();
    if (state && state.rows.length > 0 && !state.loading) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  return document.querySelector('.zm-tab-pane')!;
}

describe('readPager on the real Element UI pagination', { timeout: 30_000 }, () => {
  it.each([
    ['full', 'en', 'Total 45'],
    ['full', 'pl', 'Wszystkich 45'],
    ['custom', 'en', '45 result(s)'],
    ['custom', 'pl', '45 wyników'],
  ] as const)('layout %s (%s): "%s", page 1 of 2', async (pager, lang, text) => {
    const pane = await usersPane({ pager, lang });
    expect(pane.querySelector('.zm-pagination__total')?.textContent?.trim()).toBe(text);
    expect(readPager(pane)).toMatchObject({ total: 45, page: 1, pageCount: 2, hasNextPage: true });
  });

  it('`prev, next` only: a next page and no previous one (the first page), and nothing else is claimed', async () => {
    const pane = await usersPane({ pager: 'prevnext' });
    expect(readPager(pane)).toEqual({ hasNextPage: true, hasPrevPage: false });
  });
});
