/**
 * The drifted fixtures (tests/fixtures/drift) through the adapters: each must say it cannot read
 * the page, never guess; and the layout report's outline of each carries no name or address.
 */
import { readFileSync } from 'node:fs';
import { readZoomPage } from '../../../utils/zoom/page';
import { findAddUsersDialog } from '../../../utils/zoom/add-users-dialog';
import { readResourceList } from '../../../utils/booking/resource-list';
import { readResourceForm } from '../../../utils/booking/resource-form';
import { pageSkeleton } from '../../../utils/dom/skeleton';
import { loadHtml, runInlineScripts, setUrl } from '../zoom/list-fixture-dom';

const drift = (file: string) => readFileSync(`tests/fixtures/drift/${file}`, 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function loadZoom(html: string): void {
  setUrl('https://zoom.us/account/user#/');
  loadHtml(html);
  runInlineScripts();
}

describe('Zoom adapters on drifted pages', () => {
  it.each(['zoom-users-no-emails.html', 'zoom-pending-no-table.html', 'zoom-tabs-missing.html'])(
    '%s: layout-unrecognised, no snapshot, no rows',
    (file) => {
      loadZoom(drift(file));
      const read = readZoomPage(document, new URL(location.href));
      expect(read.problem).toBe('layout-unrecognised');
      expect(read.snapshot).toBeUndefined();
      expect(read.rows).toEqual([]);
    },
  );

  it('the same unlabeled tabs over a list with Resend buttons: read as the Pending list, never as users', () => {
    loadZoom(
      drift('zoom-tabs-missing.html').replace(/<button type="button">⋯<\/button>/g, '<button type="button">Resend</button>'),
    );
    const read = readZoomPage(document, new URL(location.href));
    expect(read.problem).toBeUndefined();
    expect(read.snapshot?.list).toBe('pending');
    expect(read.snapshot?.rows.map((r) => r.state)).toEqual(['pending', 'pending', 'pending']);
  });

  it('an Add Users dialog without its email label is not taken for the dialog (nothing to fill)', () => {
    loadZoom(`<body>${drift('zoom-dialog-no-email-label.html')}</body>`);
    expect(document.querySelector('[role="dialog"] textarea')).not.toBeNull();
    expect(findAddUsersDialog(document)).toBeNull();
  });
});

describe('booking adapters on drifted pages', () => {
  it('a resource table without a name column is layout-unrecognised (categories are not names)', () => {
    const read = readResourceList(parse(drift('booking-list-no-names.html')), 'https://salon-ania.zarezerwuj.pl/admin/zasoby');
    expect(read).toMatchObject({ problem: 'layout-unrecognised' });
  });

  it('an edit form without the email label has no email field (a failure, not an empty address)', () => {
    expect(readResourceForm(parse(drift('booking-form-no-email-label.html')))).toEqual({ problem: 'no-email-field' });
  });
});

describe('the layout report outline of drifted pages', () => {
  const words = [
    'anna',
    'kowalska',
    'bartosz',
    'nowak',
    'filip',
    'lewandowski',
    'grażyna',
    'zielińska',
    'iwona',
    'dąbrowska',
    'mazur',
    'recepcja',
    'admin',
    'salon',
    'fryzjerzy',
  ];
  it.each([
    'zoom-users-no-emails.html',
    'zoom-pending-no-table.html',
    'zoom-tabs-missing.html',
    'booking-list-no-names.html',
    'booking-form-no-email-label.html',
  ])('%s: structure without any name or address', (file) => {
    loadZoom(drift(file));
    const outline = pageSkeleton(document);
    expect(outline.split('\n').length).toBeGreaterThan(5);
    expect(outline).not.toMatch(/@|%40/);
    for (const word of words) expect(outline.toLowerCase()).not.toContain(word);
  });
});
