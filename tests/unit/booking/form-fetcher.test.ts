import { readFileSync } from 'node:fs';
import { fetchResourceForms, looksLikeAppShell, REDIRECTED, type FormFetchProgress } from '../../../utils/booking/form-fetcher';

const ORIGIN = 'https://salon-ania.zarezerwuj.pl';
const editPage = (id: number): string => readFileSync(`tests/fixtures/booking/new-ui-resource-${id}-edit.html`, 'utf8');

interface Call {
  url: string;
  init?: RequestInit;
}

/** A fetch that answers from a table of URL → (status, body), after `delay` ms, counting calls in flight. */
function fakeFetch(
  routes: Record<string, { status: number; body: string; url?: string; type?: ResponseType; redirected?: boolean }>,
  delay = 5,
) {
  const calls: Call[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, delay));
      const route = routes[url] ?? { status: 404, body: 'not found' };
      return {
        ok: route.status >= 200 && route.status < 300,
        status: route.status,
        statusText: route.status === 500 ? 'Internal Server Error' : '',
        url: route.url ?? url,
        type: route.type ?? 'basic',
        redirected: route.redirected ?? false,
        text: async () => route.body,
      } as Response;
    } finally {
      inFlight -= 1;
    }
  }) as typeof fetch;
  return { impl, calls, maxInFlight: () => maxInFlight };
}

const ROSTER: [number, string][] = [
  [12, 'Anna Kowalska'],
  [13, 'Bartosz Nowak'],
  [14, 'Celina Wiśniewska'],
  [15, 'Dawid Wójcik'],
  [16, 'Ewa Kamińska'],
  [17, 'Filip Lewandowski'],
  [18, 'Grażyna Zielińska-Łęcka'],
  [19, 'Recepcja <b>HTML</b> & "cytat" <img src=x onerror="window.__pwned=1">'],
  [20, 'Hubert Szymański'],
  [21, 'Iwona Dąbrowska'],
  [22, 'Jan Mazur'],
];
const items = ROSTER.map(([id, name], order) => ({ order, name, editUrl: `${ORIGIN}/ustawienia/zasoby/${id}/edycja` }));
const fixtureRoutes = () => {
  const routes: Record<string, { status: number; body: string }> = {};
  for (const [id] of ROSTER) {
    routes[`${ORIGIN}/ustawienia/zasoby/${id}/edycja`] =
      id === 22 ? { status: 500, body: 'Błąd serwera' } : { status: 200, body: editPage(id) };
  }
  return routes;
};

describe('fetchResourceForms', () => {
  it('reads every edit page, never more than 3 at once by default, with the session and the signal', async () => {
    const fetch = fakeFetch(fixtureRoutes());
    const results = new Map<number, string>();
    const controller = new AbortController();
    const final = await fetchResourceForms(items, {
      origin: ORIGIN,
      fetchImpl: fetch.impl,
      signal: controller.signal,
      onResult: (order, rawEmail) => results.set(order, rawEmail),
    });
    expect(fetch.maxInFlight()).toBe(3);
    expect(fetch.calls).toHaveLength(11);
    for (const call of fetch.calls) {
      expect(call.init?.credentials).toBe('same-origin');
      expect(call.init?.signal).toBe(controller.signal);
      // Reading changes nothing: a plain GET, and no redirect is ever followed.
      expect(call.init?.method).toBe('GET');
      expect(call.init?.redirect).toBe('manual');
      expect(call.init?.body).toBeUndefined();
    }
    expect(final.done).toBe(11);
    expect(final.total).toBe(11);
    expect(final.failed).toEqual([{ order: 10, name: 'Jan Mazur', error: 'HTTP 500 Internal Server Error' }]);
    expect(Object.fromEntries(results)).toEqual({
      0: 'anna.kowalska@salon-ania.pl',
      1: 'Bartosz.Nowak@Salon-Ania.PL',
      2: 'celina.wisniewska@salon-ania.pl',
      3: '',
      4: 'ewa.kaminska@salon-ania',
      5: 'filip.lewandowski@salon-ania.pl',
      6: 'grazyna.zielinska@salon-ania.pl',
      7: 'recepcja@salon-ania.pl',
      8: 'mailto:Recepcja@salon-ania.pl',
      9: 'iwona.dabrowsak@salon-ania.pl',
    });
  });

  it.each([1, 2, 5])('respects a concurrency of %i', async (concurrency) => {
    const fetch = fakeFetch(fixtureRoutes(), 2);
    await fetchResourceForms(items, { origin: ORIGIN, fetchImpl: fetch.impl, concurrency });
    expect(fetch.maxInFlight()).toBe(concurrency);
    expect(fetch.calls).toHaveLength(11);
  });

  it('refuses other origins without fetching them, and reports them and a 500 while the others load', async () => {
    const fetch = fakeFetch(fixtureRoutes());
    const results: number[] = [];
    const list = [
      items[0],
      { order: 1, name: 'Obcy', editUrl: 'https://evil.example/ustawienia/zasoby/13/edycja' },
      { order: 2, name: 'Inny salon', editUrl: 'https://inny.zarezerwuj.pl/ustawienia/zasoby/14/edycja' },
      { order: 3, name: 'Skrypt', editUrl: 'javascript:alert(1)' },
      items[10],
      items[2],
    ];
    const final = await fetchResourceForms(list, {
      origin: ORIGIN,
      fetchImpl: fetch.impl,
      onResult: (order) => results.push(order),
    });
    expect(fetch.calls.map((c) => c.url)).toEqual([items[0].editUrl, items[10].editUrl, items[2].editUrl]);
    expect(results.sort()).toEqual([0, 2]);
    expect(final.done).toBe(6);
    expect(final.failed.map((f) => [f.order, f.name])).toEqual(
      expect.arrayContaining([
        [1, 'Obcy'],
        [2, 'Inny salon'],
        [3, 'Skrypt'],
        [10, 'Jan Mazur'],
      ]),
    );
    expect(final.failed).toHaveLength(4);
    expect(final.failed.find((f) => f.order === 1)?.error).toMatch(/evil\.example/);
  });

  it('resolves a relative edit URL against the origin', async () => {
    const fetch = fakeFetch(fixtureRoutes());
    const results: string[] = [];
    await fetchResourceForms([{ order: 0, name: 'Anna', editUrl: '/ustawienia/zasoby/12/edycja' }], {
      origin: ORIGIN,
      fetchImpl: fetch.impl,
      onResult: (_, email) => results.push(email),
    });
    expect(results).toEqual(['anna.kowalska@salon-ania.pl']);
  });

  it('a page without the email field (a login page) fails that resource', async () => {
    const url = `${ORIGIN}/ustawienia/zasoby/12/edycja`;
    const fetch = fakeFetch({ [url]: { status: 200, body: '<h1>Zaloguj się</h1><form><label>Login <input></label></form>' } });
    const final = await fetchResourceForms([items[0]], {
      origin: ORIGIN,
      fetchImpl: fetch.impl,
      onResult: () => expect.fail('no result'),
    });
    expect(final.failed).toEqual([{ order: 0, name: 'Anna Kowalska', error: expect.stringMatching(/Adres e-mail/) }]);
  });

  it('a redirect is never followed: an opaque redirect or any 3xx is "could not read (redirected)"', async () => {
    const url = `${ORIGIN}/ustawienia/zasoby/12/edycja`;
    for (const answer of [
      // What fetch gives for redirect: 'manual' in a browser.
      { status: 0, body: '', type: 'opaqueredirect' as ResponseType, url },
      { status: 302, body: '', url },
      { status: 301, body: '', url },
      // A fetch that followed anyway (it must not have; said so all the same).
      { status: 200, body: editPage(12), url: 'https://login.example/sso', redirected: true },
      { status: 200, body: editPage(12), url: 'https://login.example/sso' },
    ]) {
      const fetch = fakeFetch({ [url]: answer });
      const final = await fetchResourceForms([items[0]], {
        origin: ORIGIN,
        fetchImpl: fetch.impl,
        onResult: () => expect.fail('a redirected page is not read'),
      });
      expect(final.failed).toEqual([{ order: 0, name: 'Anna Kowalska', error: REDIRECTED }]);
      expect(fetch.calls.map((c) => c.url)).toEqual([url]);
    }
  });

  it('never requests a URL whose path or query says delete, remove, archive or logout, in Polish or English', async () => {
    const fetch = fakeFetch(fixtureRoutes());
    const risky = [
      '/ustawienia/zasoby/12/usun',
      '/ustawienia/zasoby/12/usu%C5%84',
      '/ustawienia/zasoby/12/edycja/delete',
      '/ustawienia/zasoby/edycja?id=12&action=remove',
      '/wyloguj?powrot=/ustawienia/zasoby/12/edycja',
      '/logout',
      '/ustawienia/zasoby/12/archiwizuj',
      '/Ustawienia/Zasoby/12/Archive',
    ];
    const final = await fetchResourceForms(
      [...risky.map((path, order) => ({ order, name: `R${order}`, editUrl: `${ORIGIN}${path}` })), { ...items[0], order: 99 }],
      { origin: ORIGIN, fetchImpl: fetch.impl },
    );
    expect(fetch.calls.map((c) => c.url)).toEqual([items[0].editUrl]);
    expect(final.failed.map((f) => f.order)).toEqual(risky.map((_, order) => order));
    expect(final.failed.every((f) => f.error.startsWith('Refused'))).toBe(true);
  });

  it('a network error fails that resource only', async () => {
    let n = 0;
    const impl = (async () => {
      n += 1;
      if (n === 2) throw new TypeError('Failed to fetch');
      return { ok: true, status: 200, statusText: '', url: '', text: async () => editPage(12) } as Response;
    }) as typeof fetch;
    const final = await fetchResourceForms(items.slice(0, 4), { origin: ORIGIN, fetchImpl: impl, concurrency: 1 });
    expect(final.done).toBe(4);
    expect(final.failed).toEqual([{ order: 1, name: 'Bartosz Nowak', error: 'Failed to fetch' }]);
  });

  it('reports progress from 0 to total, once per resource, with failures as they happen', async () => {
    const fetch = fakeFetch(fixtureRoutes(), 1);
    const seen: FormFetchProgress[] = [];
    await fetchResourceForms(items, { origin: ORIGIN, fetchImpl: fetch.impl, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(seen.every((p) => p.total === 11)).toBe(true);
    const firstWithFailure = seen.findIndex((p) => p.failed.length > 0);
    expect(seen[firstWithFailure].failed[0].name).toBe('Jan Mazur');
    // Each report is a snapshot: later failures do not change earlier reports.
    expect(seen[0].failed).toEqual([]);
  });

  it('uses the parser it is given', async () => {
    const fetch = fakeFetch(fixtureRoutes(), 1);
    const parse = vi.fn((html: string) => new DOMParser().parseFromString(html, 'text/html'));
    await fetchResourceForms(items.slice(0, 2), { origin: ORIGIN, fetchImpl: fetch.impl, parse });
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('an empty list resolves at once', async () => {
    const final = await fetchResourceForms([], { origin: ORIGIN, fetchImpl: () => expect.fail('no fetch') });
    expect(final).toEqual({ done: 0, total: 0, failed: [], needsOpening: [] });
  });
});

describe('fetchResourceForms: stopping', () => {
  it('stops promptly, keeps what was read, and starts nothing new — even if fetch ignores the signal', async () => {
    const controller = new AbortController();
    const results = new Map<number, string>();
    let calls = 0;
    // Pages 0-2 answer fast; everything after hangs for 10 s, ignoring the signal.
    const impl = (async (input: RequestInfo | URL) => {
      calls += 1;
      const index = items.findIndex((item) => item.editUrl === String(input));
      await new Promise((resolve) => setTimeout(resolve, index < 3 ? 1 : 10_000));
      return { ok: true, status: 200, statusText: '', url: String(input), text: async () => editPage(12 + index) } as Response;
    }) as typeof fetch;
    const running = fetchResourceForms(items, {
      origin: ORIGIN,
      fetchImpl: impl,
      signal: controller.signal,
      onResult: (order, rawEmail) => results.set(order, rawEmail),
    });
    await vi.waitFor(() => expect(results.size).toBe(3));
    const stoppedAt = Date.now();
    controller.abort();
    const final = await running;
    // The hanging requests take 10 s; stopping must not wait for them.
    expect(Date.now() - stoppedAt).toBeLessThan(2000);
    expect(final.done).toBe(3);
    expect(final.failed).toEqual([]);
    expect([...results.keys()].sort()).toEqual([0, 1, 2]);
    expect(calls).toBe(6); // the three that finished, then three that were in flight when stopped
  });

  it('a fetch that rejects with AbortError on stop is not reported as a failure', async () => {
    const controller = new AbortController();
    const impl = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      })) as typeof fetch;
    const progress: FormFetchProgress[] = [];
    const running = fetchResourceForms(items, {
      origin: ORIGIN,
      fetchImpl: impl,
      signal: controller.signal,
      onProgress: (p) => progress.push(p),
    });
    controller.abort();
    const final = await running;
    expect(final).toEqual({ done: 0, total: 11, failed: [], needsOpening: [] });
    expect(progress).toHaveLength(1);
  });

  it('an already stopped signal fetches nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const final = await fetchResourceForms(items, {
      origin: ORIGIN,
      fetchImpl: () => expect.fail('no fetch'),
      signal: controller.signal,
    });
    expect(final.done).toBe(0);
  });
});

describe('a panel whose pages are app shells', () => {
  const shell = readFileSync('tests/fixtures/booking/spa-shell.html', 'utf8');
  const items = [
    { order: 0, name: 'Anna Kowalska', editUrl: `${ORIGIN}/app/ustawienia/zasoby/12/edycja` },
    { order: 1, name: 'Bartosz Nowak', editUrl: `${ORIGIN}/app/ustawienia/zasoby/13/edycja` },
  ];

  it('recognises the shell: scripts, and no form control in the markup', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    expect(looksLikeAppShell(parse(shell))).toBe(true);
    expect(looksLikeAppShell(parse(editPage(12)))).toBe(false);
    expect(looksLikeAppShell(parse('<html><body><p>Zaloguj się</p></body></html>'))).toBe(false);
  });

  it('renders nothing: each shell is reported as needing the admin to open it, not read and not failed', async () => {
    const fetch = fakeFetch(Object.fromEntries(items.map((i) => [i.editUrl, { status: 200, body: shell }])));
    const progress = await fetchResourceForms(items, {
      origin: ORIGIN,
      fetchImpl: fetch.impl,
      onResult: () => expect.fail('a shell holds no address'),
    });
    expect(progress).toEqual({
      done: 2,
      total: 2,
      failed: [],
      needsOpening: [
        { order: 0, name: 'Anna Kowalska' },
        { order: 1, name: 'Bartosz Nowak' },
      ],
    });
    // One GET per edit page; no frame, no script of the app ran (DOMParser runs none).
    expect(fetch.calls.map((c) => [c.url, c.init?.method])).toEqual(items.map((i) => [i.editUrl, 'GET']));
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });
});
