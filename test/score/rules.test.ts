import { describe, expect, it } from 'vitest';
import { ConfigInvalid } from '../../src/errors.ts';
import { DEFAULT_RULES, parseRules, severityOf } from '../../src/score/rules.ts';
import { FINDING_CODES } from '../../src/score/types.ts';

describe('scoring rules', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_RULES).toMatchObject({
      ruleSet: 'national',
      budgetWeight: 10,
      budgetScore: 'proportional',
      reverseFormula: 'ratio',
      costDefaultOperator: 'reverse',
      overAchievementRatio: 1.5,
      rebaseNotApplicable: true,
      tolerances: { score: 0.05, total: 0.1, rate: 0.01 },
      level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
      gradeThresholds: { 优: 90, 良: 80, 中: 60 },
    });
    expect(DEFAULT_RULES.gradeTargets.良.point).toBe(0.9);
  });

  it('keeps defaults for what a partial config leaves out', () => {
    const r = parseRules({ reverseFormula: 'linear', tolerances: { score: 0.1 } });
    expect(r.reverseFormula).toBe('linear');
    expect(r.tolerances).toMatchObject({ score: 0.1, total: 0.1 });
    expect(r.budgetWeight).toBe(10);
  });

  it.each([
    [{ reverseFormula: 'quadratic' }],
    [{ overAchievementRatio: 0.5 }],
    [{ severities: { NOT_A_CODE: 'error' } }],
    [{ severities: { WEIGHT_SUM: 'fatal' } }],
    [{ budgetScore: { table: [] } }],
  ])('rejects %j with a ConfigInvalid naming the problem', (obj) => {
    expect(() => parseRules(obj)).toThrow(ConfigInvalid);
    expect(() => parseRules(obj)).toThrow(/评分规则配置有误/);
  });

  it.each([
    ['national', 'LOW_EXECUTION_NO_REASON', {}, 'info'],
    ['sichuan', 'LOW_EXECUTION_NO_REASON', {}, 'warning'],
    ['sichuan', 'BUDGET_ADJUSTED_NO_REASON', {}, 'warning'],
    ['national', 'SATISFACTION_MISSING', {}, 'warning'],
    ['national', 'SATISFACTION_MISSING', { SATISFACTION_MISSING: 'error' }, 'error'],
    ['national', 'OVER_ACHIEVEMENT', { OVER_ACHIEVEMENT: 'off' }, null],
    ['national', 'TOTAL_MISMATCH', {}, 'error'],
  ] as const)('%s: %s with %j → %s', (ruleSet, code, severities, expected) => {
    expect(severityOf(code, parseRules({ ruleSet, severities }))).toBe(expected);
  });

  it('gives every finding code a default severity', () => {
    for (const code of FINDING_CODES) expect(severityOf(code, DEFAULT_RULES)).not.toBeNull();
  });
});
