import { describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { FindingCode } from '../../src/score/types.ts';
import { codesOf, findOne, ind, withEdit } from './fixtures.ts';

type Case = [string, FindingCode, (r: FormRecord) => void, boolean];

const sat =
  (target: string, actual: string, weight: number | null, score: number | null, deviation = '') =>
  (r: FormRecord) => {
    r.indicators[6] = ind(
      '满意度指标',
      '服务对象满意度指标',
      '居民满意度',
      target,
      actual,
      weight,
      score,
      deviation,
    );
  };

describe('satisfaction validators', () => {
  it.each<Case>([
    ['actual 未做', 'SATISFACTION_NOT_SURVEYED', sat('≥90%', '未做', 10, 0, '未开展调查'), true],
    ['actual 未做问卷', 'SATISFACTION_NOT_SURVEYED', sat('≥90%', '未做问卷', 10, 0, '未开展调查'), true],
    ['actual 无', 'SATISFACTION_NOT_SURVEYED', sat('≥90%', '无', 10, 0, '未开展调查'), true],
    [
      'empty actual, 未做 in the reason column',
      'SATISFACTION_NOT_SURVEYED',
      sat('达到 95%', '', 5, 0, '未做'),
      true,
    ],
    ['empty actual scored 0', 'SATISFACTION_NOT_SURVEYED', sat('达到 95%', '', 10, 0, '原因待查'), true],
    ['empty actual scored full', 'SATISFACTION_NOT_SURVEYED', sat('达到 95%', '', 10, 10), false],
    [
      'empty actual, no score yet (still to ask)',
      'SATISFACTION_NOT_SURVEYED',
      sat('≥90%', '', 10, null),
      false,
    ],
    ['surveyed 95%', 'SATISFACTION_NOT_SURVEYED', () => {}, false],
    ['不适用 row', 'SATISFACTION_NOT_SURVEYED', sat('不适用', '', null, null), false],
    ['result without a sample', 'SATISFACTION_NO_EVIDENCE', sat('≥90%', '95%', 10, 10), true],
    ['result with 有效问卷120份', 'SATISFACTION_NO_EVIDENCE', () => {}, false],
    ['result with 调查50户', 'SATISFACTION_NO_EVIDENCE', sat('≥90%', '调查50户，满意度96%', 10, 10), false],
    [
      'not surveyed (no evidence to ask for)',
      'SATISFACTION_NO_EVIDENCE',
      sat('≥90%', '未做', 10, 0, '未调查'),
      false,
    ],
  ])('%s → %s raised: %s', (_name, code, edit, raised) => {
    expect(codesOf(withEdit(edit)).includes(code)).toBe(raised);
  });

  it('scores a survey not done as 0 and does not also report the empty actual', () => {
    const r = withEdit((x) => {
      sat('达到 95%', '', 10, 0, '未做')(x);
      x.totalScore = 89.5;
    });
    const codes = codesOf(r);
    expect(codes).toContain('SATISFACTION_NOT_SURVEYED');
    expect(codes).not.toContain('ACTUAL_EMPTY');
    expect(codes).not.toContain('TOTAL_MISMATCH');
    expect(findOne(r, 'SATISFACTION_NOT_SURVEYED')).toMatchObject({
      severity: 'warning',
      path: 'indicators[6].actual',
    });
  });

  it('asks for the actual and the score of a satisfaction row not filled in yet', () => {
    const res = checkRecord(withEdit(sat('≥90%', '', 10, null)));
    expect(res.missing.map((m) => m.path)).toEqual(
      expect.arrayContaining(['indicators[6].actual', 'indicators[6].score']),
    );
  });
});
