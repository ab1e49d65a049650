import { describe, it, expect } from 'vitest';
import { pageSkeleton } from '../../../utils/dom/skeleton';

describe('pageSkeleton', () => {
  it('keeps the structure and drops every name, address and value', () => {
    document.body.innerHTML = `
      <div class="zm-tabs__nav" role="tablist"><div role="tab" aria-selected="true" id="tab-/">Users</div></div>
      <table class="zm-table__body"><tbody>
        <tr class="zm-table__row user-4471829"><td><div class="cell">Grażyna Zielińska-Łęcka</div></td>
        <td><div class="cell">grazyna.zielinska@salon-ania.pl</div></td>
        <td data-email="anna@x.pl" title="Anna Kowalska"><input value="secret@x.pl" aria-label="Anna"></td></tr>
      </tbody></table>
      <script>var token = "abc@def.pl"</script>`;
    const skeleton = pageSkeleton(document);
    expect(skeleton).toContain('div.zm-tabs__nav[role=tablist]');
    expect(skeleton).toContain('[aria-selected=true]');
    expect(skeleton).toContain('table.zm-table__body');
    expect(skeleton).toContain('[email]');
    for (const secret of [
      'Grażyna',
      'Zielińska',
      'grazyna',
      'salon-ania',
      'anna@x.pl',
      'Anna',
      'Kowalska',
      'secret',
      'abc@def',
      '4471829',
      'Users',
    ]) {
      expect(skeleton).not.toContain(secret);
    }
  });

  it('leaves out the excluded elements (our own overlay)', () => {
    document.body.innerHTML = '<div id="ours"><span>recepcja@salon-ania.pl</span></div><p>x</p>';
    const skeleton = pageSkeleton(document, [document.getElementById('ours')]);
    expect(skeleton.split('\n')).toHaveLength(3);
    expect(skeleton).toContain('p [text 1]');
  });
});

describe('pageSkeleton ids', () => {
  it('never copies an id, which may be built from a name', () => {
    document.body.innerHTML = '<div id="user-anna-kowalska" class="row"><span id="tab-/pending">x</span></div>';
    const skeleton = pageSkeleton(document);
    expect(skeleton).toContain('div#id.row');
    expect(skeleton).not.toContain('anna');
    expect(skeleton).not.toContain('kowalska');
  });
});
