/**
 * A row whose target is a deadline (「2025年6月底前完成」) takes a date as its 实际完成值. When the bot asks it together
 * with a missing row (a new satisfaction row, which only takes 「名称/指标值/完成值/…」 or 未做), a bare date answers
 * the deadline row instead of failing as a new row; anything else keeps the order the bot asked in.
 */
import { describe, expect, it } from 'vitest';
import type { AskedField } from '../../src/bot/answers.ts';
import { kindOf, parseAnswer } from '../../src/extract/answers.ts';

const newRow: AskedField = { path: 'indicators[level1=满意度指标]', label: '满意度指标', kind: 'row' };
const deadline: AskedField = {
  path: 'indicators[4].actual',
  label: '「道路修缮」实际完成值',
  kind: 'text',
  target: '2025年6月底前完成',
};
const count: AskedField = {
  path: 'indicators[1].actual',
  label: '「培训人次」实际完成值',
  kind: 'text',
  target: '≥300人次',
};

describe('a deadline row takes dates', () => {
  it('its kind stays text: a status is an answer too', () => {
    expect(kindOf(deadline)).toBe('text');
  });

  it.each(['2025年5月12号', '2025.5.12', '2025/05/12', '2025 年 5 月 12 日', '5月12日前已完工'])(
    'a date asked with a new row goes to the deadline row: %s',
    (typed) => {
      const updates = parseAnswer(typed, [newRow, deadline]);
      expect(updates.map((u) => u.path)).toEqual([deadline.path]);
    },
  );

  it('a status answers a deadline row asked alone', () => {
    expect(parseAnswer('已按期完成', [deadline]).map((u) => [u.path, u.text])).toEqual([
      [deadline.path, '已按期完成'],
    ]);
  });

  it.each(['服务对象满意度/≥90%/96%/10/10', '未做'])(
    'a row or 未做 still answers the new row: %s',
    (typed) => {
      expect(parseAnswer(typed, [newRow, deadline]).map((u) => u.path)).toEqual([newRow.path]);
    },
  );

  it('a date is not moved to a row that does not take dates', () => {
    expect(parseAnswer('2025年5月12号', [newRow, count]).map((u) => u.path)).toEqual([newRow.path]);
  });
});
