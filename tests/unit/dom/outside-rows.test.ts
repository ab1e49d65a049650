import { queryOutsideRows } from '../../../utils/dom/outside-rows';

afterEach(() => {
  document.body.innerHTML = '';
});

const ids = (elements: Element[]) => elements.map((element) => element.id);

describe('queryOutsideRows', () => {
  it('finds what querySelectorAll finds outside tables, in document order', () => {
    document.body.innerHTML = `
      <div id="tabs" role="tablist"><span id="t1" role="tab">Users</span><span id="t2" role="tab">Pending</span></div>
      <section id="panel" role="tabpanel">
        <input id="search" type="text">
        <div id="d1" role="dialog"><h2 id="h">Add Users</h2><input id="in-dialog"></div>
      </section>
      <div id="d2" role="alertdialog"></div>`;
    for (const selector of [
      '[role="tab"]',
      '[role="dialog"], [role="alertdialog"]',
      'input',
      '[role="tablist"] [role="tab"]',
      'h2, section',
    ]) {
      expect(ids(queryOutsideRows(document, selector))).toEqual(ids(Array.from(document.querySelectorAll(selector))));
    }
    expect(ids(queryOutsideRows(document, '[role="dialog"], [role="alertdialog"]'))).toEqual(['d1', 'd2']);
  });

  it('finds tables and ARIA grids themselves, but nothing inside their rows', () => {
    document.body.innerHTML = `
      <table id="users"><thead><tr><th id="th">Email</th></tr></thead>
        <tbody><tr><td><input id="row-box" type="text"><div role="dialog" id="row-dialog"></div><table id="nested"></table></td></tr></tbody></table>
      <div id="grid" role="grid"><div role="rowgroup" id="group"><div role="row" id="row"><div role="gridcell"><input id="grid-box"><div role="grid" id="inner-grid"></div></div></div></div></div>
      <input id="outside">`;
    expect(ids(queryOutsideRows(document, 'table, [role="grid"]'))).toEqual(['users', 'grid']);
    expect(ids(queryOutsideRows(document, 'input'))).toEqual(['outside']);
    expect(ids(queryOutsideRows(document, '[role="dialog"]'))).toEqual([]);
    // The grid's own parts above its rows are still walked.
    expect(ids(queryOutsideRows(document, '[role="rowgroup"]'))).toEqual(['group']);
  });

  it('looks only under the given root, never at the root itself or past it', () => {
    document.body.innerHTML = `
      <div id="before" role="tab"></div>
      <section id="root" role="tab"><div id="a" role="tab"><div id="b" role="tab"></div></div><div id="c" role="tab"></div></section>
      <div id="after" role="tab"></div>`;
    const root = document.getElementById('root') as Element;
    expect(ids(queryOutsideRows(root, '[role="tab"]'))).toEqual(['a', 'b', 'c']);
    expect(queryOutsideRows(document.getElementById('b') as Element, '*')).toEqual([]);
  });
});
