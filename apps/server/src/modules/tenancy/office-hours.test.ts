import { describe, expect, it } from 'vitest';
import { teamAvailability } from './office-hours.js';

const weekdays = [1, 2, 3, 4].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' }));
const schedule = [...weekdays, { weekday: 5, opens: '08:00', closes: '13:00' }];
const text = 'Mo–Do 8–16 Uhr, Fr 8–13 Uhr';

describe('teamAvailability', () => {
  it('is open on a Tuesday morning in Berlin time', () => {
    // 2026-11-24 is a Tuesday; 09:30 in Berlin (CET, UTC+1) is 08:30 UTC.
    expect(teamAvailability(schedule, text, new Date('2026-11-24T08:30:00Z'))).toEqual({
      openNow: true,
      nextOpening: null,
      hours: text,
    });
  });

  it('names Monday 08:00 as the next opening on a Friday afternoon', () => {
    const result = teamAvailability(schedule, text, new Date('2026-11-27T13:30:00Z')); // Fri 14:30
    expect(result.openNow).toBe(false);
    expect(result.nextOpening).toBe('2026-11-30T07:00:00.000Z'); // Mon 08:00 CET
  });

  it('closes exactly at the closing time and opens exactly at the opening time', () => {
    expect(teamAvailability(schedule, text, new Date('2026-11-24T15:00:00Z')).openNow).toBe(false); // 16:00
    expect(teamAvailability(schedule, text, new Date('2026-11-25T07:00:00Z')).openNow).toBe(true); // 08:00
  });

  it('follows daylight saving time (summer: UTC+2)', () => {
    // 2026-07-07 is a Tuesday; 07:30 UTC is 09:30 in Berlin.
    expect(teamAvailability(schedule, text, new Date('2026-07-07T07:30:00Z')).openNow).toBe(true);
    // 2026-07-07 05:30 UTC is 07:30 in Berlin: opens at 08:00 = 06:00 UTC.
    expect(teamAvailability(schedule, text, new Date('2026-07-07T05:30:00Z')).nextOpening).toBe(
      '2026-07-07T06:00:00.000Z',
    );
  });

  it('promises nothing when no schedule is entered', () => {
    expect(teamAvailability([], null, new Date())).toEqual({ openNow: null, nextOpening: null, hours: null });
  });
});
