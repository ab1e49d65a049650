import {
  daysBetween,
  invitationDaysLeft,
  INVITATION_DAYS,
  isIsoDay,
  localDay,
  parsePortalDate,
} from '../../../utils/roster/dates';

/** Runs `body` with the process in another time zone (Node re-reads TZ when it is assigned). */
function inTimeZone(zone: string, body: () => void): void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    body();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

describe('isIsoDay (the one check for days the store and backups accept)', () => {
  it('takes a day that exists, written YYYY-MM-DD, and nothing else', () => {
    for (const day of ['2026-11-20', '2028-02-29', '2026-12-31', '2026-01-01']) expect(isIsoDay(day), day).toBe(true);
    for (const day of [
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-5',
      '20.11.2026',
      '2026-11-20T10:00',
      ' 2026-11-20',
      '',
    ])
      expect(isIsoDay(day), day).toBe(false);
  });
});

describe('localDay', () => {
  it('formats the local calendar day with zero padding', () => {
    expect(localDay(new Date(2026, 10, 20, 12, 0))).toBe('2026-11-20');
    expect(localDay(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
  });

  it('uses the local time zone, not UTC', () => {
    inTimeZone('Europe/Warsaw', () => {
      // 23:30 UTC on 19 November is already 00:30 on 20 November in Warsaw.
      expect(localDay(new Date(Date.UTC(2026, 10, 19, 23, 30)))).toBe('2026-11-20');
    });
    inTimeZone('America/New_York', () => {
      // 03:00 UTC on 20 November is still 22:00 on 19 November in New York.
      expect(localDay(new Date(Date.UTC(2026, 10, 20, 3, 0)))).toBe('2026-11-19');
    });
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-11-20', '2026-11-20', 0],
    ['2026-11-20', '2026-11-21', 1],
    ['2026-11-21', '2026-11-20', -1],
    ['2026-10-31', '2026-11-01', 1],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2028-02-28', '2028-03-01', 2],
    ['2027-02-28', '2027-03-01', 1],
  ])('%s → %s = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('counts calendar days across daylight-saving changes', () => {
    inTimeZone('Europe/Warsaw', () => {
      // Spring forward on 29 March 2026 and fall back on 25 October 2026.
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
      expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
      expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
      const before = localDay(new Date(2026, 2, 28, 0, 30));
      const after = localDay(new Date(2026, 2, 30, 0, 30));
      expect(daysBetween(before, after)).toBe(2);
    });
    inTimeZone('America/New_York', () => {
      expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // DST starts 8 March 2026
      expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2); // and ends 1 November
    });
  });

  it('is NaN for text that is not an ISO day', () => {
    expect(daysBetween('20.11.2026', '2026-11-21')).toBeNaN();
    expect(daysBetween('2026-11-20', '')).toBeNaN();
  });
});

describe('invitationDaysLeft: the 30-day window', () => {
  it('is 30 days', () => {
    expect(INVITATION_DAYS).toBe(30);
  });

  it.each([
    [0, 30],
    [1, 29],
    [6, 24],
    [27, 3],
    [29, 1],
    [30, 0],
    [31, -1],
    [35, -5],
  ])('%i days after the invitation: %i left', (elapsed, left) => {
    const invited = '2026-03-01';
    const today = new Date(Date.UTC(2026, 2, 1 + elapsed)).toISOString().slice(0, 10);
    expect(invitationDaysLeft(invited, today)).toBe(left);
  });

  it('counts across the spring DST change in Warsaw', () => {
    inTimeZone('Europe/Warsaw', () => {
      const invited = localDay(new Date(2026, 2, 15, 9, 0));
      const today = localDay(new Date(2026, 3, 14, 0, 15)); // 30 calendar days later, 00:15
      expect(invitationDaysLeft(invited, today)).toBe(0);
      expect(invitationDaysLeft(invited, localDay(new Date(2026, 3, 13, 23, 45)))).toBe(1);
    });
  });
});

describe('parsePortalDate', () => {
  it.each([
    ['11/20/2026', '2026-11-20'],
    ['1/5/2026', '2026-01-05'],
    ['01/05/2026', '2026-01-05'],
    ['11/20/2026 10:15 AM', '2026-11-20'],
    ['Nov 20, 2026', '2026-11-20'],
    ['Nov 20 2026', '2026-11-20'],
    ['Nov. 20, 2026', '2026-11-20'],
    ['November 20, 2026', '2026-11-20'],
    ['Nov 20, 2026, 03:04 PM', '2026-11-20'],
    ['Nov 3rd, 2026', '2026-11-03'],
    ['NOV 20, 2026', '2026-11-20'],
    ['Sept 3, 2026', '2026-09-03'],
    ['20 Nov 2026', '2026-11-20'],
    ['20 November 2026', '2026-11-20'],
    ['20.11.2026', '2026-11-20'],
    ['5.1.2026', '2026-01-05'],
    ['20.11.2026 10:15', '2026-11-20'],
    ['20 lis 2026', '2026-11-20'],
    ['20 LIS 2026', '2026-11-20'],
    ['20 lis 2026, 10:15', '2026-11-20'],
    ['20 listopada 2026', '2026-11-20'],
    ['20 listopada 2026 r.', '2026-11-20'],
    ['20. listopada 2026', '2026-11-20'],
    ['2026-11-20', '2026-11-20'],
    ['2026-11-20 10:15:00', '2026-11-20'],
    ['Invited on 11/20/2026', '2026-11-20'],
    ['Zaproszono 20.11.2026 o 10:15', '2026-11-20'],
    ['Wysłano: 3 paź 2026', '2026-10-03'],
    ['Sent Nov 20, 2026', '2026-11-20'],
  ])('%j → %s', (text, day) => {
    expect(parsePortalDate(text)).toBe(day);
  });

  const polish: [string, string, string, number][] = [
    ['sty', 'styczeń', 'stycznia', 1],
    ['lut', 'luty', 'lutego', 2],
    ['mar', 'marzec', 'marca', 3],
    ['kwi', 'kwiecień', 'kwietnia', 4],
    ['maj', 'maj', 'maja', 5],
    ['cze', 'czerwiec', 'czerwca', 6],
    ['lip', 'lipiec', 'lipca', 7],
    ['sie', 'sierpień', 'sierpnia', 8],
    ['wrz', 'wrzesień', 'września', 9],
    ['paź', 'październik', 'października', 10],
    ['lis', 'listopad', 'listopada', 11],
    ['gru', 'grudzień', 'grudnia', 12],
  ];
  it.each(polish)('Polish month %s / %s / %s', (short, nominative, genitive, month) => {
    const day = `2026-${String(month).padStart(2, '0')}-07`;
    expect(parsePortalDate(`7 ${short} 2026`)).toBe(day);
    expect(parsePortalDate(`7 ${nominative} 2026`)).toBe(day);
    expect(parsePortalDate(`7 ${genitive} 2026`)).toBe(day);
    expect(parsePortalDate(`07 ${genitive.toUpperCase()} 2026`)).toBe(day);
  });

  const english = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  it.each(english.map((name, i) => [name, i + 1] as const))('English month %s', (name, month) => {
    const day = `2026-${String(month).padStart(2, '0')}-09`;
    expect(parsePortalDate(`${name} 9, 2026`)).toBe(day);
    expect(parsePortalDate(`${name.slice(0, 3)} 9, 2026`)).toBe(day);
    expect(parsePortalDate(`9 ${name.slice(0, 3)} 2026`)).toBe(day);
  });

  it.each([
    '2/31/2026',
    '31.02.2026',
    '2026-02-30',
    '29.02.2027',
    '13/01/2026',
    '0/10/2026',
    '32.01.2026',
    'Feb 30, 2026',
    '31 kwi 2026',
    '20 Foo 2026',
    'Nov 2026',
    '11/20/26',
    '',
    'Pending',
    '10:15 AM',
  ])('%j → undefined', (text) => {
    expect(parsePortalDate(text)).toBeUndefined();
  });

  it('knows leap days', () => {
    expect(parsePortalDate('29.02.2028')).toBe('2028-02-29');
    expect(parsePortalDate('2/29/2028')).toBe('2028-02-29');
  });

  it('does not read a date out of a longer number', () => {
    expect(parsePortalDate('111/20/2026')).toBeUndefined();
    expect(parsePortalDate('ID 120.11.2026')).toBeUndefined();
  });

  it('takes the first date of the text', () => {
    expect(parsePortalDate('20.11.2026 – 21.11.2026')).toBe('2026-11-20');
    expect(parsePortalDate('Nov 20, 2026 (resent 11/25/2026)')).toBe('2026-11-20');
  });
});
