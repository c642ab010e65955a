import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRecord, type FormRecord, type Indicator } from '../../src/record/record.ts';
import { checkRecord, DEFAULT_RULES, parseRules } from '../../src/score/check.ts';
import { analyseRow } from '../../src/score/indicator.ts';
import { baseRecord, cell, fundsRow, ind, row, withEdit } from './fixtures.ts';

const r2 = (x: number) => Math.round(x * 100) / 100;

describe('checkRecord: score breakdown', () => {
  it('recomputes rate, budget score, levels, total and grade', () => {
    const res = checkRecord(
      withEdit((r) => {
        r.funds.total = fundsRow('40', '40', '38.2', '10', '95.5%', '9.55');
        r.totalScore = 99.55;
      }),
    );
    expect(res.score.budget).toMatchObject({ weight: 10, statedRate: 95.5, stated: 9.55 });
    expect(res.score.budget.rate).toBeCloseTo(95.5, 9);
    expect(res.score.budget.computed).toBeCloseTo(9.55, 9);
    expect(res.score.levels.map((l) => [l.level1, l.weight, l.computed])).toEqual([
      ['产出指标', 50, 50],
      ['效益指标', 30, 30],
      ['满意度指标', 10, 10],
    ]);
    expect(res.score.total).toMatchObject({ stated: 99.55, weight: 100 });
    expect(res.score.total.computed).toBeCloseTo(99.55, 9);
    expect(res.score.grade).toBe('优');
    expect(res.findings).toEqual([]);
  });

  it.each([
    [95, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.5, '中'],
    [60, '中'],
    [59.9, '差'],
  ])('grade of a computed total of %d is %s', (total, grade) => {
    // Budget 10 of 10 plus one quantitative row worth 90 whose computed score makes the total.
    const r = withEdit((x) => {
      x.funds.total = fundsRow('50', '50', '50', '10', '100%', '10');
      x.indicators = [
        ind('产出指标', '数量指标', 'n', '≥900次', `${(total - 10) * 10}次`, 90, total - 10, '未完成'),
      ];
      x.totalScore = total;
    });
    expect(checkRecord(r).score.grade).toBe(grade);
  });

  it('shows the rules’ score next to the stated one, keeps the stated total and never rewrites the record', () => {
    const r = withEdit((x) => {
      x.indicators[0] = ind('产出指标', '数量指标', 'n', '≥600', '521', 20, 20);
    });
    const before = structuredClone(r);
    const res = checkRecord(r);
    expect(res.score.indicators[0]).toMatchObject({ stated: 20, kind: 'positive' });
    expect(res.score.indicators[0]?.computed).toBeCloseTo(17.367, 3);
    expect(res.score.total.stated).toBe(99.5);
    // re-scoring a row by the rules is a suggestion: the form's own total stands
    expect(res.score.total.computed).toBe(99.5);
    expect(res.score.total.byRules).toBeCloseTo(96.87, 9);
    expect(r).toEqual(before);
  });

  it('computes no total (and no grade) when B is missing, and checks the stated total against the stated parts', () => {
    const res = checkRecord(withEdit((x) => (x.funds.total.annualBudget = cell(''))));
    expect(res.score.budget.computed).toBeNull();
    expect(res.score.total.computed).toBeNull();
    expect(res.score.grade).toBeNull();
    expect(res.findings.map((f) => f.code)).toEqual(['FUNDS_MISSING']);
  });

  it('does not throw on an empty record', () => {
    const res = checkRecord(emptyRecord());
    expect(res.score.total.computed).toBeNull();
    expect(res.findings.map((f) => f.code)).toContain('FUNDS_MISSING');
    expect(res.findings.map((f) => f.code)).toContain('TOTAL_MISSING');
  });

  it('every finding carries a Chinese message and a path', () => {
    const r = withEdit((x) => {
      x.phone = '12345';
      x.totalWeight = 1000;
      row(x, 0).score = 25;
    });
    for (const f of checkRecord(r).findings) {
      expect(f.path).not.toBe('');
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

/** A generated record whose every stated number follows the rules, computed here independently of the scorer. */
const consistentRecord = fc
  .record({
    budget: fc.integer({ min: 1, max: 5000 }),
    execPermille: fc.integer({ min: 500, max: 1000 }),
    rows: fc.array(
      fc.record({
        reverse: fc.boolean(),
        target: fc.integer({ min: 1, max: 1000 }),
        actualPct: fc.integer({ min: 0, max: 250 }),
      }),
      { minLength: 3, maxLength: 9 },
    ),
  })
  .map(({ budget, execPermille, rows }): FormRecord => {
    const executed = (budget * execPermille) / 1000;
    const rate = (executed / budget) * 100;
    const budgetScore = r2(Math.min(rate, 100) / 10);
    // Weights: 产出 50 / 效益 30 / 满意度 10 spread over the generated rows (one row at least per group).
    const groups = ['产出指标', '效益指标', '满意度指标'] as const;
    const quota = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 };
    const assigned = rows.map((_, i) => groups[i < 3 ? i : 0] ?? '产出指标');
    const indicators: Indicator[] = [];
    for (const g of groups) {
      const members = rows.map((x, i) => ({ x, g: assigned[i] })).filter((m) => m.g === g);
      members.forEach(({ x }, k) => {
        const share = Math.floor(quota[g] / members.length);
        const w = k === members.length - 1 ? quota[g] - share * (members.length - 1) : share;
        const a = Math.round((x.target * x.actualPct) / 100);
        const s = x.reverse
          ? a <= x.target
            ? w
            : (x.target / a) * w
          : a >= x.target
            ? w
            : (a / x.target) * w;
        const level2 =
          g === '产出指标'
            ? x.reverse
              ? '成本指标'
              : '数量指标'
            : g === '效益指标'
              ? '社会效益指标'
              : '服务对象满意度指标';
        const target = x.reverse ? `≤${x.target}万元` : `≥${x.target}次`;
        const actual = x.reverse ? `${a}万元` : `${a}次`;
        indicators.push(
          ind(
            g,
            level2,
            `指标${indicators.length + 1}`,
            target,
            actual,
            w,
            r2(s),
            r2(s) < w ? '部分未完成' : '',
          ),
        );
      });
    }
    const total = r2(budgetScore + indicators.reduce((t, i) => t + (i.score ?? 0), 0));
    return {
      ...baseRecord(),
      funds: {
        ...baseRecord().funds,
        total: fundsRow(
          String(budget),
          String(budget),
          String(executed),
          '10',
          `${r2(rate)}%`,
          String(budgetScore),
        ),
        fiscal: fundsRow(String(budget), String(budget), String(executed), '—', `${r2(rate)}%`, '—'),
      },
      indicators,
      totalScore: total,
    };
  });

describe('properties', () => {
  it('a record consistent with the rules raises no error', () => {
    fc.assert(
      fc.property(consistentRecord, (r) => {
        const errors = checkRecord(r).findings.filter((f) => f.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('computed scores stay within [0, w] for any numeric target and actual', () => {
    const op = fc.constantFrom('≥', '≤', '=', '', '不超过', '达到', '不低于');
    fc.assert(
      fc.property(
        op,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: -10, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('数量指标', '成本指标'),
        fc.constantFrom<'ratio' | 'linear'>('ratio', 'linear'),
        (o, t, a, w, level2, reverseFormula) => {
          const rules = parseRules({ reverseFormula });
          const x = analyseRow(
            ind('产出指标', level2, 'x', `${o}${t.toFixed(2)}`, a.toFixed(2), w, null),
            0,
            rules,
          );
          if (x.computed === null) return;
          expect(x.computed).toBeGreaterThanOrEqual(0);
          expect(x.computed).toBeLessThanOrEqual(w + 1e-9);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws and never changes the record, whatever the cells say', () => {
    const text = fc.string({ maxLength: 12 });
    const num = fc.option(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ target: text, actual: text, weight: num, score: num, level1: text, level2: text }),
          {
            maxLength: 8,
          },
        ),
        text,
        num,
        (rows, raw, value) => {
          const r = withEdit((x) => {
            x.indicators = rows.map((y) =>
              ind(y.level1, y.level2, 'n', y.target, y.actual, y.weight, y.score),
            );
            x.funds.total.executed = { raw, value };
            x.totalScore = value;
          });
          const before = structuredClone(r);
          const res = checkRecord(r, DEFAULT_RULES);
          const computed = res.score.total.computed;
          if (computed !== null) {
            expect(Number.isFinite(computed)).toBe(true);
            expect(computed).toBeLessThanOrEqual(res.score.total.weight + 1e-6);
          }
          expect(r).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
