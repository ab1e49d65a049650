/** Zoom's renaming of Element UI, as the real-library fixtures (tests/fixtures/zoom-element/build.ts) apply it. */
import { readFileSync } from 'node:fs';
import { buildZoomElementPage, elementCss, renameElement } from '../../fixtures/zoom-element/build';

describe('renameElement', () => {
  it('renames classes, tag names and component names at a word start only', () => {
    expect(renameElement('<el-table class="el-table el-table--fit">')).toBe('<zm-table class="zm-table zm-table--fit">');
    expect(renameElement('name:"ElTable",componentName:"ElSelectDropdown"')).toBe(
      'name:"ZmTable",componentName:"ZmSelectDropdown"',
    );
    expect(renameElement('.el-icon-search:before{}')).toBe('.zm-icon-search:before{}');
  });

  it('leaves unrelated identifiers alone', () => {
    const untouched =
      'element else label-x select-y model-z rel-noopener getColumnElIndex ELEMENT.lang HTMLElement this.$el el.table.emptyText';
    expect(renameElement(untouched)).toBe(untouched);
  });

  it('leaves no el- class or El component name in the library bundle and its CSS', () => {
    const bundle = renameElement(readFileSync('node_modules/element-ui/lib/index.js', 'utf8'));
    expect(bundle.match(/\bel-[a-z]/g)).toBeNull();
    expect(bundle.match(/\bEl[A-Z][a-z]/g)).toBeNull();
    expect(bundle).toContain('"ZmTable"');
    expect(bundle).toContain('zm-loading-mask');
    // The UMD global is not a component name: it stays ELEMENT.
    expect(bundle).toContain('e.ELEMENT=t(e.Vue)');
    const css = elementCss();
    expect(css.match(/\.el-/g)).toBeNull();
    expect(css).toContain('.zm-table__fixed-right');
    expect(css).not.toContain('@font-face');
  });

  it('builds a page that loads nothing: no src, no href, no url() but data: and in-page #fragment ones', () => {
    const html = buildZoomElementPage({ lang: 'pl', email: 'tags' });
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    expect(html.match(/url\((?!data:|#)[^)]*\)/g)).toBeNull();
    expect(html).toContain('"lang":"pl"');
  });
});
