import { describe, expect, it } from 'vitest';
import { recentItemOfPath } from './recent-item-of-path';

describe('the recent item of a screen', () => {
  it('tells a country page and a brief builder from other screens', () => {
    expect(recentItemOfPath('/country/AZ')).toEqual({ type: 'country', country: 'AZ' });
    expect(recentItemOfPath('/country/AZ/brief')).toEqual({ type: 'brief', country: 'AZ' });
    expect(recentItemOfPath('/notes')).toBeUndefined();
  });
});
