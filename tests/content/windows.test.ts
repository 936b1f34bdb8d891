import { describe, expect, it } from 'vitest';
import { contentDate, isLive, liveItems } from '../../src/lib/content/windows';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dated items', () => {
  const sale = { name: 'sale', start: day('2026-11-01'), end: day('2026-12-01') };

  it('appears at its start and disappears at its end', () => {
    expect(isLive(sale, day('2026-10-31'))).toBe(false);
    expect(isLive(sale, day('2026-11-01'))).toBe(true);
    expect(isLive(sale, new Date('2026-11-30T23:59:59Z'))).toBe(true);
    expect(isLive(sale, day('2026-12-01'))).toBe(false);
  });

  it('treats a missing start or end as open', () => {
    expect(isLive({}, day('1999-01-01'))).toBe(true);
    expect(isLive({ end: day('2026-01-01') }, day('2025-06-01'))).toBe(true);
    expect(isLive({ start: day('2026-01-01') }, day('2030-06-01'))).toBe(true);
  });

  it('keeps the live items in their order', () => {
    const expired = { name: 'summer', start: day('2025-06-01'), end: day('2025-09-01') };
    const open: { name: string; start?: Date } = { name: 'always' };
    expect(liveItems([open, expired, sale], day('2026-11-15')).map((item) => item.name)).toEqual([
      'always',
      'sale',
    ]);
  });

  it('takes the build date from CONTENT_DATE when set, else now, and names a bad one', () => {
    expect(contentDate({ CONTENT_DATE: '2026-11-15' })).toEqual(day('2026-11-15'));
    expect(contentDate({}, () => day('2027-01-01'))).toEqual(day('2027-01-01'));
    expect(() => contentDate({ CONTENT_DATE: 'soon' })).toThrow('CONTENT_DATE: "soon" is not a date');
  });
});
