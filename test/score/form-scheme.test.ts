import { describe, expect, it } from 'vitest';
import { schemeLines } from '../../src/bot/scheme-lines.ts';
import { type FormRecord, formRecordSchema } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { listExamples } from '../templates/examples.ts';
import { baseRecord, cell, fundsRow, ind, withEdit } from './fixtures.ts';

/**
 * Scoring by the form's own scheme (issue 16): the budget row worth what the form states (its cell, the block
 * header 预算执行情况(20分) or the score column's 得分(20分*执行率)), indicator weights from the 一级指标 labels
 * when there is no weight column, and the rate formula (B/A) as printed, per template of test/templates.
 */

const codes = (r: FormRecord) => checkRecord(r).findings.map((f) => f.code);

/** Every dev example record of a template (the generator's, not a reader's: the scorer alone is under test). */
function recordsOf(template: string): FormRecord[] {
  return listExamples({ part: 'dev', templates: [template], formats: ['xlsx', 'tsv'] }).flatMap((e) =>
    e.expected.map((x) => formRecordSchema.parse(x)),
  );
}

const rateOf = (r: FormRecord, base: 'initialBudget' | 'annualBudget') => {
  const b = r.funds.total[base];
  const e = r.funds.total.executed;
  const inWan = (c: typeof b) => (c.valueWan ?? c.value ?? 0) as number;
  return (inWan(e) / inWan(b)) * 100;
};

interface Expected {
  scheme: 'standard' | 'statedBudget';
  budgetWeight: number;
  base: 'initialBudget' | 'annualBudget';
  budgetFrom: 'cells' | 'blockLabel';
  indicatorsFrom: 'cells' | 'level1Labels';
}

const STANDARD: Expected = {
  scheme: 'standard',
  budgetWeight: 10,
  base: 'annualBudget',
  budgetFrom: 'cells',
  indicatorsFrom: 'cells',
};

const SCHEMES: Record<string, Expected> = {
  'mof-2020': STANDARD,
  shanghai: STANDARD,
  'yunnan-public-14': STANDARD,
  'sichuan-2023': STANDARD,
  'sichuan-linkage': STANDARD,
  hebei: STANDARD,
  // 预算执行情况(万元)(20分), 得分(20分*执行率), 产出指标(60分): no weight column anywhere
  'yunnan-baoshan': {
    scheme: 'statedBudget',
    budgetWeight: 20,
    base: 'annualBudget',
    budgetFrom: 'blockLabel',
    indicatorsFrom: 'level1Labels',
  },
  // 年初预算数(A) | 全年执行数(B) | 执行率(B/A): no 全年预算数 column, the rate divides by 年初预算数
  'beijing-2016': { ...STANDARD, base: 'initialBudget' },
};

describe('each template is scored on its own scheme', () => {
  for (const [template, want] of Object.entries(SCHEMES)) {
    it(`${template}: ${want.scheme}, budget ${want.budgetWeight} points, rate ÷ ${want.base}`, () => {
      const records = recordsOf(template).filter((r) => r.indicators.some((i) => !i.placeholder));
      expect(records.length).toBeGreaterThanOrEqual(6);
      for (const r of records) {
        const { score, findings } = checkRecord(r);
        expect(score.scheme, r.projectName ?? '').toBe(want.scheme);
        expect(score.budget.weight).toBe(want.budgetWeight);
        expect(score.budget.base).toBe(want.base);
        expect(score.weightsFrom).toEqual({ budget: want.budgetFrom, indicators: want.indicatorsFrom });
        // weights that add up on the form are never a weights error, and the budget base is never "missing"
        const wrong = findings.filter((f) => f.code === 'WEIGHT_SUM' || f.code === 'FUNDS_MISSING');
        expect(wrong).toEqual([]);
        // the budget score: min(B/A, 1) × the form's points, A being the column the form names
        const rate = rateOf(r, want.base);
        expect(score.budget.rate).toBeCloseTo(rate, 6);
        expect(score.budget.computed).toBeCloseTo((Math.min(rate, 100) / 100) * want.budgetWeight, 6);
        // the 一级 groups weigh what their labels (or their rows) say, and add up with the budget to 100
        const levels = score.levels.reduce((a, l) => a + l.weight, 0);
        expect(levels + want.budgetWeight).toBeCloseTo(100, 6);
        if (want.indicatorsFrom === 'level1Labels') {
          for (const l of r.level1Weights ?? [])
            expect(score.levels.map((x) => x.weight)).toContain(l.weight);
          expect(score.indicators.every((i) => i.weight === null)).toBe(true);
        }
      }
    });
  }

  it('a form in line with its scheme raises no weight or budget error (every template)', () => {
    for (const template of Object.keys(SCHEMES)) {
      for (const r of recordsOf(template)) {
        const budget = checkRecord(r).findings.filter(
          (f) =>
            f.path.startsWith('funds.total') &&
            f.severity === 'error' &&
            // deliberate mistakes of the generator: a budget score above its points, a wrong rate
            !['SCORE_ABOVE_WEIGHT', 'RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH'].includes(f.code),
        );
        expect(budget, `${template} ${r.projectName}`).toEqual([]);
      }
    }
  });
});

/** A 保山-like form: one funds row, points in the headers, weights in the 一级指标 labels, no weight column. */
function labelled(scores: [number, number, number, number], budgetScore = '20'): FormRecord {
  return withEdit((r) => {
    r.funds.total = fundsRow('', '50', '50', '', '100%', budgetScore);
    r.blockWeights = { budget: 20, indicators: 80 };
    r.level1Weights = [
      { level1: '产出指标(60分)', weight: 60 },
      { level1: '效益指标(10分)', weight: 10 },
      { level1: '满意度指标(10分)', weight: 10 },
    ];
    const [a, b, c, d] = scores;
    r.indicators = [
      ind('产出指标(60分)', '数量指标', '新建道路', '≥10公里', '10公里', null, a),
      ind('产出指标(60分)', '质量指标', '验收合格率', '100%', '100%', null, b),
      ind('效益指标(10分)', '社会效益指标', '通行条件', '改善', '已改善', null, c),
      ind('满意度指标(10分)', '服务对象满意度指标', '群众满意度', '≥90%', '95%', null, d),
    ];
    r.totalScore = 20 + a + b + c + d;
  });
}

describe('weights stated in labels (no weight column)', () => {
  it('scores the budget row on the points of its header and the groups on their labels', () => {
    const r = labelled([30, 30, 10, 10]);
    const { score, findings, missing } = checkRecord(r);
    expect(score.scheme).toBe('statedBudget');
    expect(score.budget).toMatchObject({ weight: 20, computed: 20, stated: 20 });
    expect(score.levels.map((l) => [l.level1, l.weight, l.stated])).toEqual([
      ['产出指标', 60, 60],
      ['效益指标', 10, 10],
      ['满意度指标', 10, 10],
    ]);
    expect(score.total.computed).toBe(100);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // the notice says the form's own scheme was used, without asking for a reason
    const notice = findings.find((f) => f.code === 'BUDGET_WEIGHT_NONSTANDARD');
    expect(notice?.severity).toBe('info');
    expect(notice?.message).toContain('表头注明预算执行 20 分、绩效指标 80 分');
    expect(notice?.message).not.toContain('理由');
    // no row has a 分值 cell to fill in; the satisfaction group has its 10 points
    expect(missing.filter((m) => m.label.endsWith('的分值'))).toEqual([]);
    expect(codes(r)).not.toContain('SATISFACTION_MISSING');
  });

  it('a budget score of 20分*执行率 above 20 is an error, a proportional one is right', () => {
    const r = withEdit((x) => {
      Object.assign(x, labelled([30, 30, 10, 10]));
      x.funds.total = fundsRow('', '50', '40', '', '80%', '16');
      x.totalScore = 96;
    });
    expect(checkRecord(r).score.budget.computed).toBeCloseTo(16, 9);
    expect(codes(r)).not.toContain('BUDGET_SCORE_MISMATCH');
    const above = withEdit((x) => {
      Object.assign(x, r);
      x.funds.total = { ...x.funds.total, score: cell('25') };
      x.totalScore = 105;
    });
    const f = checkRecord(above).findings.find((x) => x.path === 'funds.total.score');
    expect(f?.code).toBe('SCORE_ABOVE_WEIGHT');
    expect(f?.expected).toBe(16);
  });

  it('a group scored above the points of its label is an error on that group', () => {
    const r = labelled([35, 30, 10, 10]); // 产出 65 > 60
    const f = checkRecord(r).findings.find((x) => x.code === 'SCORE_ABOVE_WEIGHT');
    expect(f?.severity).toBe('error');
    expect(f?.path).toBe('indicators[0].level1');
    expect(f?.message).toContain('「产出指标(60分)」各指标得分合计 65，超过该一级指标注明的 60 分');
  });

  it('labels that do not add up are a weights error with no cell to edit', () => {
    const r = withEdit((x) => {
      Object.assign(x, labelled([30, 30, 10, 10]));
      x.level1Weights = [
        { level1: '产出指标(60分)', weight: 50 }, // 20 + 70: the budget would take 30
        { level1: '效益指标(10分)', weight: 10 },
        { level1: '满意度指标(10分)', weight: 10 },
      ];
    });
    const f = checkRecord(r).findings.find((x) => x.code === 'WEIGHT_SUM');
    expect(f?.severity).toBe('error');
    expect(f?.fixes).toBeUndefined();
  });

  it('the budget cell wins over the header when both state points', () => {
    const r = withEdit((x) => {
      x.blockWeights = { budget: 20 };
    });
    const { score } = checkRecord(r);
    expect(score.budget.weight).toBe(10);
    expect(score.scheme).toBe('standard');
    expect(score.weightsFrom?.budget).toBe('cells');
  });

  it('an ordinary form states its weights in its cells', () => {
    const { score } = checkRecord(baseRecord());
    expect(score.weightsFrom).toEqual({ budget: 'cells', indicators: 'cells' });
    expect(score.budget.base).toBe('annualBudget');
  });
});

describe('the rate formula (B/A) as printed', () => {
  /** 北京 2016: 年初预算数(A) | 全年执行数(B) | 执行率(B/A) | 分值(10分), no 全年预算数 column. */
  const beijing = (executed: string, rate: string, score: string, total: number) =>
    withEdit((r) => {
      r.funds.rateBase = 'initialBudget';
      r.funds.total = fundsRow('50', '', executed, '10', rate, score);
      r.funds.fiscal = fundsRow('50', '', executed, '—', rate, '—');
      r.totalScore = total;
    });

  it('divides by the column the form names A', () => {
    const r = beijing('40', '80%', '8', 98);
    const { score, findings, missing } = checkRecord(r);
    expect(score.budget.rate).toBeCloseTo(80, 9);
    expect(score.budget.computed).toBeCloseTo(8, 9);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code)).not.toContain('FUNDS_MISSING');
    expect(missing.map((m) => m.path)).not.toContain('funds.total.annualBudget');
  });

  it('a rate that is not B/A is corrected with the form’s own words', () => {
    const f = checkRecord(beijing('40', '75%', '8', 98)).findings.find((x) => x.code === 'RATE_MISMATCH');
    expect(f?.expected).toBe(80);
    expect(f?.message).toContain('按全年执行数 ÷ 年初预算数计算为 80%');
    expect(f?.detail).toBeUndefined();
  });

  it('without the printed formula a blank 全年预算数 is still missing', () => {
    const r = withEdit((x) => {
      x.funds.total = fundsRow('50', '', '40', '10', '80%', '8');
    });
    expect(codes(r)).toContain('FUNDS_MISSING');
  });
});

describe('the reply names the template and the budget formula in its words', () => {
  it('四川 2023: 预算执行率 before 权重', () => {
    const r = withEdit((x) => {
      x.template = 'sichuan-2023';
      x.funds.total = fundsRow('50', '50', '45', '10', '90%', '9');
      x.totalScore = 99;
    });
    expect(schemeLines(r, checkRecord(r).score)).toEqual([
      '按四川省2023年模板核算：预算执行 10 分 + 绩效指标 90 分。',
      '预算执行得分 = 预算执行率 90% × 权重 10 = 9（表中 9）。',
    ]);
  });

  it('保山: 20分 × 执行率(B/A), as the score column prints it', () => {
    const r = withEdit((x) => {
      Object.assign(x, labelled([30, 30, 10, 10]));
      x.template = 'yunnan-baoshan';
      x.funds.total = fundsRow('', '50', '40', '', '80%', '16');
      x.totalScore = 96;
    });
    expect(schemeLines(r, checkRecord(r).score)).toEqual([
      '按云南省保山市模板核算：预算执行 20 分 + 绩效指标 80 分。',
      '预算执行得分 = 20分 × 执行率(B/A) 80% = 16（表中 16）。',
    ]);
  });

  it('the 财政部 2020 template every corpus form follows keeps its reply as it was', () => {
    const r = withEdit((x) => {
      x.template = 'mof-2020';
    });
    expect(schemeLines(r, checkRecord(r).score)).toEqual([]);
    expect(schemeLines(baseRecord(), checkRecord(baseRecord()).score)).toEqual([]);
  });
});

describe('fields a template has no place for are not missing', () => {
  const missingOf = (r: FormRecord) => checkRecord(r).missing.map((m) => m.path);

  it('保山 (no 项目负责人, 联系电话, goals, 年初预算数) and 四川 2023 (no 联系电话) are not asked for them', () => {
    for (const r of recordsOf('yunnan-baoshan')) {
      const paths = missingOf(r);
      for (const lacked of ['owner', 'phone', 'goals.expected', 'goals.actual', 'funds.total.initialBudget'])
        expect(paths).not.toContain(lacked);
    }
    for (const r of recordsOf('sichuan-2023')) expect(missingOf(r)).not.toContain('phone');
  });

  it('the same blanks on a 财政部 2020 form, or a form of no known template, are asked for', () => {
    for (const template of ['mof-2020', 'unknown', undefined]) {
      const r = withEdit((x) => {
        x.template = template;
        x.owner = null;
        x.phone = null;
        x.goals = { expected: null, actual: null };
        x.funds.total = { ...x.funds.total, initialBudget: cell('') };
      });
      expect(missingOf(r)).toEqual(
        expect.arrayContaining([
          'owner',
          'phone',
          'goals.expected',
          'goals.actual',
          'funds.total.initialBudget',
        ]),
      );
    }
  });
});
