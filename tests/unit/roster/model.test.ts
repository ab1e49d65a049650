import { describe, it, expect } from 'vitest';
import { EMPLOYEE_STATUSES } from '../../../utils/roster/model';

describe('model', () => {
  it('orders the statuses as the contract decides them', () => {
    expect(EMPLOYEE_STATUSES[0]).toBe('no-email');
    expect(EMPLOYEE_STATUSES.at(-1)).toBe('unverified');
  });
});
