import { describe, expect, it } from 'vitest';
import { defaultDeadlines, isWorkday, sendAt } from '../../src/remind/calendar.ts';
import { loadRemindConfig } from '../../src/remind/config.ts';

const config = loadRemindConfig({});

describe('reminder calendar', () => {
  it('sends at 09:30 Shanghai, T-14/T-7/T-1 by default', () => {
    expect(config.leadDays).toEqual([14, 7, 1]);
    // 2026-03-31 is a Tuesday: T-14 = Tue 03-17, T-7 = Tue 03-24, T-1 = Mon 03-30.
    expect(config.leadDays.map((l) => sendAt('2026-03-31', l, config).toISOString())).toEqual([
      '2026-03-17T01:30:00.000Z',
      '2026-03-24T01:30:00.000Z',
      '2026-03-30T01:30:00.000Z',
    ]);
  });

  it('moves a weekend push to the Friday before, skips configured holidays, honours 调休 workdays', () => {
    // 2025-03-31 is a Monday: T-1 = Sunday 03-30 → Friday 03-28.
    expect(sendAt('2025-03-31', 1, config).toISOString()).toBe('2025-03-28T01:30:00.000Z');
    const holidays = loadRemindConfig({
      JIXIAO_HOLIDAYS: '2025-03-28,2025-03-27',
      JIXIAO_WORKDAYS: '2025-03-29',
    });
    expect(isWorkday('2025-03-29', holidays)).toBe(true);
    expect(sendAt('2025-03-31', 1, holidays).toISOString()).toBe('2025-03-29T01:30:00.000Z');
    const noWorkday = loadRemindConfig({ JIXIAO_HOLIDAYS: '2025-03-28,2025-03-27' });
    expect(sendAt('2025-03-31', 1, noWorkday).toISOString()).toBe('2025-03-26T01:30:00.000Z');
  });

  it('has the SCORING.md §10 defaults, each configurable', () => {
    const at = new Date('2026-01-10T00:00:00Z');
    const ids = defaultDeadlines(at, config).map((d) => `${d.id} ${d.dueDate}`);
    expect(ids).toContain('selfEval:2025:* 2026-03-31');
    expect(ids).toContain('monitoring:2026:* 2026-08-01');
    const custom = loadRemindConfig({
      JIXIAO_REMIND_SELF_EVAL_DUE: '05-13',
      JIXIAO_REMIND_MONITORING_DUE: 'off',
      JIXIAO_REMIND_LEAD_DAYS: '3,10',
      JIXIAO_REMIND_TIME: '10:00',
    });
    expect(custom.leadDays).toEqual([10, 3]);
    const deadlines = defaultDeadlines(at, custom);
    expect(deadlines.every((d) => d.kind === 'selfEval')).toBe(true);
    expect(deadlines.map((d) => d.dueDate)).toContain('2026-05-13');
    expect(sendAt('2026-05-13', 3, custom).toISOString()).toBe('2026-05-08T02:00:00.000Z');
    expect(() => loadRemindConfig({ JIXIAO_HOLIDAYS: '2025/03/28' })).toThrow(/YYYY-MM-DD/);
  });
});
