import { describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { applyEdits } from '../../src/score/edits.ts';
import { DEFAULT_RULES, RULE_TAGS, severityOf } from '../../src/score/rules.ts';
import { SCHEMES } from '../../src/score/schemes.ts';
import { FINDING_CODES } from '../../src/score/types.ts';
import { consistentAsFilled } from './acceptance.ts';
import { cell, ind, withEdit } from './fixtures.ts';

/** Weighting schemes recognised from the form (issue 11, Build 1). */

/** Indicators of `weights` (each scored as given), budget row w_b / s_b, 总分 as stated. */
function form(
  budgetWeight: string,
  budgetScore: string,
  rows: Array<[number, number]>,
  total: number,
): FormRecord {
  return withEdit((r) => {
    r.funds.total = { ...r.funds.total, weight: cell(budgetWeight), score: cell(budgetScore) };
    r.indicators = rows.map(([w, s], k) =>
      ind(
        k < rows.length - 1 ? '产出指标' : '满意度指标',
        '数量指标',
        `指标${k + 1}`,
        '完成',
        '完成',
        w,
        s,
        s < w ? '原因' : '',
      ),
    );
    r.totalScore = total;
  });
}
const errors = (r: FormRecord) => checkRecord(r).findings.filter((f) => f.severity === 'error');

describe('weighting schemes', () => {
  it('the table names each scheme with its tag', () => {
    expect(SCHEMES.map((s) => [s.id, s.tag])).toEqual([
      ['standard', 'V'],
      ['budgetUnscored', 'P'],
      ['statedBudget', 'V'],
    ]);
  });

  it('10 + 90, consistent: no error, no notice, the stated total kept', () => {
    const r = form(
      '10',
      '9.5',
      [
        [50, 50],
        [30, 30],
        [10, 9],
      ],
      98.5,
    );
    expect(consistentAsFilled(r)).toBe(true);
    const res = checkRecord(r);
    expect(res.score.scheme).toBe('standard');
    expect(
      res.findings.filter((f) => f.severity === 'error' || f.code === 'BUDGET_WEIGHT_NONSTANDARD'),
    ).toEqual([]);
    expect(res.score.total.computed).toBe(98.5);
  });

  it.each([
    ['30', '28.5', 70],
    ['20', '19', 80],
  ])(
    'budget %s + indicators adding up, consistent: kept as filled, one notice with its reason',
    (wb, sb, sumW) => {
      const r = form(
        wb,
        sb,
        [
          [sumW - 10, sumW - 10],
          [10, 10],
        ],
        Number(sb) + sumW,
      );
      expect(consistentAsFilled(r)).toBe(true);
      const res = checkRecord(r);
      expect(res.score.scheme).toBe('statedBudget');
      expect(errors(r)).toEqual([]);
      expect(res.score.budget.weight).toBe(Number(wb));
      expect(res.score.total.computed).toBe(Number(sb) + sumW); // never re-scored to a 10-point budget
      expect(res.score.grade).toBe('优');
      const notice = res.findings.filter((f) => f.path === 'funds.total.weight');
      expect(notice).toHaveLength(1);
      expect(notice[0]).toMatchObject({ code: 'BUDGET_WEIGHT_NONSTANDARD', severity: 'info' });
      expect(notice[0]?.message).toContain(`预算执行分值为 ${wb}`);
      expect(notice[0]?.message).toContain('说明中注明理由');
      expect(
        res.findings.some((f) => f.code === 'WEIGHT_SUM' || f.code === 'LEVEL1_WEIGHTS_NONSTANDARD'),
      ).toBe(false);
    },
  );

  it('indicators 100 with the budget row unscored: the total is Σ s_i, a notice, no error', () => {
    const r = form(
      '—',
      '',
      [
        [90, 88],
        [10, 10],
      ],
      98,
    );
    const res = checkRecord(r);
    expect(res.score.scheme).toBe('budgetUnscored');
    expect(errors(r)).toEqual([]);
    expect(res.score.budget.weight).toBe(0);
    expect(res.score.total.computed).toBe(98);
    expect(res.findings.find((f) => f.code === 'BUDGET_WEIGHT_NONSTANDARD')?.message).toContain(
      '预算执行不计分',
    );
  });

  it('indicators 100 beside a budget row of 10: one finding (weights add to 110), never 110 / 100', () => {
    const r = form(
      '10',
      '10',
      [
        [90, 90],
        [10, 10],
      ],
      100,
    );
    const res = checkRecord(r);
    expect(res.score.scheme).toBeNull();
    expect(res.score.total.computed).toBe(100);
    expect(res.score.total.byRules).toBe(100);
    const errs = errors(r);
    expect(errs.map((f) => f.code)).toEqual(['WEIGHT_SUM']);
    const msg = errs[0]?.message ?? '';
    expect(msg).toContain('共 110');
    expect(msg).toContain('预算执行不计分');
    expect(msg).not.toMatch(/应为 110|110 \/ 100/);
    expect(msg).toContain('总分 100 不变');
    const fixed = applyEdits(r, errs[0]?.fixes ?? []);
    expect(errors(fixed)).toEqual([]);
    expect(checkRecord(fixed).score.scheme).toBe('budgetUnscored');
  });

  it('a total of 110 on weights of 110 is corrected to the parts under a weighting that adds up, never kept at 110', () => {
    const r = form(
      '10',
      '10',
      [
        [90, 90],
        [10, 10],
      ],
      110,
    );
    const res = checkRecord(r);
    expect(res.score.total.computed).toBe(100);
    const total = res.findings.find((f) => f.path === 'totalScore');
    expect(total).toMatchObject({ code: 'TOTAL_MISMATCH', expected: 100 });
    const fixed = applyEdits(
      r,
      res.findings.filter((f) => f.severity === 'error').flatMap((f) => f.fixes ?? []),
    );
    expect(errors(fixed)).toEqual([]);
  });

  it('indicators of 70 beside a budget row of 10: the budget row takes the 30 left; a total that fits is kept', () => {
    const r = form(
      '10',
      '9.5',
      [
        [60, 59],
        [10, 9],
      ],
      96.5,
    ); // 95% × 30 = 28.5, + 68 = 96.5
    const res = checkRecord(r);
    const errs = errors(r);
    expect(errs.map((f) => f.code)).toEqual(['WEIGHT_SUM']);
    expect(errs[0]?.fixes).toEqual([
      { path: 'funds.total.weight', value: 30, raw: '30' },
      { path: 'funds.total.score', value: 28.5, raw: '28.5' },
    ]);
    expect(errs[0]?.message).toContain('或将三级指标分值调整为合计 90');
    expect(errs[0]?.message).toContain('总分 96.5 不变');
    expect(res.score.total.computed).toBe(96.5);
  });

  it('indicators of 70 beside a budget row of 10 and a total that fits neither: the total gets its own finding', () => {
    const r = form(
      '10',
      '9.5',
      [
        [60, 59],
        [10, 9],
      ],
      98,
    );
    const res = checkRecord(r);
    expect(errors(r).map((f) => f.code)).toEqual(['WEIGHT_SUM', 'TOTAL_MISMATCH']);
    expect(res.findings.find((f) => f.code === 'TOTAL_MISMATCH')?.expected).toBe(96.5);
    expect(res.score.total.computed).toBe(96.5);
  });

  it('indicators above the total: weights and scores scaled to fit, computed total within the total weight', () => {
    const r = form(
      '10',
      '9.5',
      [
        [100, 100],
        [20, 18],
      ],
      127.5,
    );
    const res = checkRecord(r);
    expect(res.score.total.computed).not.toBeNull();
    expect(res.score.total.computed ?? 0).toBeLessThanOrEqual(100);
    const fixed = applyEdits(
      r,
      res.findings.filter((f) => f.severity === 'error').flatMap((f) => f.fixes ?? []),
    );
    expect(errors(fixed)).toEqual([]);
  });
});

describe('rule tags', () => {
  it('a [P] or [U] rule never raises an error by default', () => {
    for (const code of FINDING_CODES) {
      if (RULE_TAGS[code] !== 'V') expect(severityOf(code, DEFAULT_RULES), code).not.toBe('error');
    }
  });

  it('a budget score off the proportional formula ([P]) is a warning with a suggested fix', () => {
    const r = withEdit((x) => {
      x.funds.total = { ...x.funds.total, rate: cell('95%'), score: cell('9') };
      x.totalScore = 99;
    });
    const f = checkRecord(r).findings.find((x) => x.path === 'funds.total.score');
    expect(f).toMatchObject({ code: 'BUDGET_SCORE_MISMATCH', severity: 'warning', expected: 9.5 });
    expect(f?.message).toContain('建议');
    expect(f?.fixes).toContainEqual({ path: 'totalScore', value: 99.5, raw: '99.5' });
  });
});
