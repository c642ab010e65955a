import { describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { parseRules } from '../../src/score/rules.ts';
import type { FindingCode } from '../../src/score/types.ts';
import { cell, codesOf, findOne, ind, row, withEdit } from './fixtures.ts';

type Case = [string, FindingCode, (r: FormRecord) => void, boolean];

describe('total and weight validators', () => {
  it.each<Case>([
    ['total 98 for 99.5', 'TOTAL_MISMATCH', (r) => (r.totalScore = 98), true],
    ['total 99.45 (within 0.1)', 'TOTAL_MISMATCH', (r) => (r.totalScore = 99.45), false],
    ['total = Σ s_i only', 'TOTAL_MISMATCH', (r) => (r.totalScore = 90), true],
    [
      'total follows a wrong budget score',
      'TOTAL_MISMATCH',
      (r) => {
        r.funds.total.score = cell('10');
        r.totalScore = 100;
      },
      false,
    ],
    ['total empty', 'TOTAL_MISSING', (r) => (r.totalScore = null), true],
    ['total present', 'TOTAL_MISSING', () => {}, false],
    ['indicator weights sum to 100', 'WEIGHT_SUM', (r) => (row(r, 0).weight = 30), true],
    ['weights sum to 90 + 10', 'WEIGHT_SUM', () => {}, false],
    [
      'weights sum to 100 with the budget at 0 points',
      'WEIGHT_SUM',
      (r) => {
        r.funds.total.weight = cell('0');
        r.funds.total.score = cell('0');
        row(r, 0).weight = 30;
        row(r, 0).score = 30;
        r.totalScore = 100;
      },
      false,
    ],
    ['总分 weight 1000', 'TOTAL_WEIGHT_NOT_100', (r) => (r.totalWeight = 1000), true],
    ['总分 weight 100', 'TOTAL_WEIGHT_NOT_100', () => {}, false],
    ['总分 weight absent', 'TOTAL_WEIGHT_NOT_100', (r) => (r.totalWeight = null), false],
  ])('%s → %s raised: %s', (_name, code, edit, raised) => {
    expect(codesOf(withEdit(edit)).includes(code)).toBe(raised);
  });

  it('says when 总分 left out the budget score (sumOnly)', () => {
    const f = findOne(
      withEdit((r) => (r.totalScore = 90)),
      'TOTAL_MISMATCH',
    );
    expect(f).toMatchObject({
      severity: 'error',
      path: 'totalScore',
      stated: 90,
      expected: 99.5,
      detail: 'sumOnly',
    });
    expect(f?.message).toContain('未计入预算执行得分');
  });

  it('re-bases the total on applicable weights when a row is 不适用', () => {
    const r = withEdit((x) => {
      x.indicators[1] = ind('产出指标', '质量指标', 'q', '不适用', '不适用', 10, null);
      x.totalScore = 99.44; // (9.5 + 80) / 90 × 100
    });
    const res = checkRecord(r);
    expect(res.score.total.computed).toBeCloseTo(99.444, 2);
    expect(res.findings.map((f) => f.code)).not.toContain('TOTAL_MISMATCH');
  });

  it('says the total was re-based when it reports a wrong total on a form with 不适用 rows', () => {
    const r = withEdit((x) => {
      x.indicators[1] = ind('产出指标', '质量指标', 'q', '不适用', '不适用', 10, null);
      x.totalScore = 95;
    });
    const f = findOne(r, 'TOTAL_MISMATCH');
    expect(f).toMatchObject({ stated: 95, expected: 99.44 });
    expect(f?.message).toContain('折算');
  });

  it('does not re-base when switched off', () => {
    const r = withEdit((x) => {
      x.indicators[1] = ind('产出指标', '质量指标', 'q', '不适用', '不适用', 10, null);
      x.totalScore = 89.5;
    });
    const res = checkRecord(r, parseRules({ rebaseNotApplicable: false }));
    expect(res.score.total.computed).toBeCloseTo(89.5, 6);
    expect(res.findings.map((f) => f.code)).not.toContain('TOTAL_MISMATCH');
  });
});
