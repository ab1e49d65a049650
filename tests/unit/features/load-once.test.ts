import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../features/shared/overlay-loader';

describe('loadOnce', () => {
  it('asks once for every caller, and shares the answer', async () => {
    let asked = 0;
    const once = loadOnce(async () => ({ n: ++asked }));
    expect(once.current()).toBeNull();
    const [a, b] = await Promise.all([once.get(), once.get()]);
    expect(a).toBe(b);
    expect(await once.get()).toBe(a);
    expect(asked).toBe(1);
    expect(await once.current()).toBe(a);
  });

  it('forgets a failed load, so the next call asks again', async () => {
    let asked = 0;
    const once = loadOnce(async () => {
      asked++;
      if (asked === 1) throw new Error('not served');
      return 'module';
    });
    await expect(once.get()).rejects.toThrow('not served');
    expect(once.current()).toBeNull();
    expect(await once.get()).toBe('module');
    expect(asked).toBe(2);
  });
});
