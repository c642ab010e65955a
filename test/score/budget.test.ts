import { describe, expect, it } from 'vitest';
import {
  analyseBudget,
  budgetScoreFor,
  exceedsBudget,
  executionRate,
  weightHoldsScore,
} from '../../src/score/budget.ts';
import { decimalsWritten, rateAgrees } from '../../src/score/numeric.ts';
import { DEFAULT_RULES, parseRules } from '../../src/score/rules.ts';
import { cell, fundsRow } from './fixtures.ts';

describe('execution rate and budget score (SCORING §2)', () => {
  it.each([
    ['47.5', '50', 95, 9.5],
    ['38.2', '40', 95.5, 9.55],
    ['60', '50', 120, 10],
    ['0', '50', 0, 0],
  ])('E=%s B=%s → %d%% → %d', (e, b, rate, score) => {
    const row = fundsRow('', b, e, '10', '', '');
    expect(executionRate(row)).toBeCloseTo(rate, 6);
    expect(analyseBudget(row, DEFAULT_RULES, 10).computed).toBeCloseTo(score, 6);
  });

  it.each([
    ['', '47.5'],
    ['0', '47.5'],
    ['50', ''],
  ])('no rate when B=%s or E=%s is missing or zero', (b, e) => {
    const row = fundsRow('', b, e, '10', '', '');
    expect(executionRate(row)).toBeNull();
    expect(analyseBudget(row, DEFAULT_RULES, 10).computed).toBeNull();
  });

  it('converts amounts written in 元 before dividing', () => {
    const row = {
      ...fundsRow('', '', '', '10', '', ''),
      annualBudget: cell('500000', '元'),
      executed: cell('47.5'),
    };
    expect(executionRate(row)).toBeCloseTo(95, 6);
  });

  it('scores by an interval table when configured', () => {
    const rules = parseRules({
      budgetScore: {
        table: [
          { minRate: 0, ratio: 0 },
          { minRate: 60, ratio: 0.6 },
          { minRate: 90, ratio: 1 },
        ],
      },
    });
    expect(budgetScoreFor(95, 10, rules)).toBe(10);
    expect(budgetScoreFor(75, 10, rules)).toBe(6);
    expect(budgetScoreFor(50, 10, rules)).toBe(0);
  });

  it('tells a 分值 cell that holds the score (≠ 10, = 得分, not a percentage)', () => {
    expect(weightHoldsScore(fundsRow('', '50', '48', '9.6', '96%', '9.6'), DEFAULT_RULES)).toBe(true);
    expect(weightHoldsScore(fundsRow('', '50', '48', '10', '96%', '9.6'), DEFAULT_RULES)).toBe(false);
    expect(weightHoldsScore(fundsRow('', '50', '48', '0', '96%', '0'), DEFAULT_RULES)).toBe(false);
    expect(weightHoldsScore(fundsRow('', '50', '48', '100', '96%', '100%'), DEFAULT_RULES)).toBe(false);
  });

  it('does not score a budget row whose scheme gives it no weight', () => {
    expect(analyseBudget(fundsRow('', '50', '48', '', '96%', ''), DEFAULT_RULES, 0).computed).toBeNull();
    expect(analyseBudget(fundsRow('', '50', '48', '30', '96%', ''), DEFAULT_RULES, 30).computed).toBeCloseTo(
      28.8,
      9,
    );
  });

  it.each([
    ['113.977198', '113.9771984', false],
    ['10', '10.4', true],
    ['10', '10', false],
  ])('B=%s E=%s exceeds: %s', (b, e, exceeds) => {
    expect(exceedsBudget(fundsRow('', b, e, '', '', ''), DEFAULT_RULES)).toBe(exceeds);
  });
});

describe('rate comparison (SCORING §7)', () => {
  it.each([
    ['96%', 96.17, true],
    ['96.2%', 96.17, true],
    ['96.1%', 96.17, true], // truncated
    ['96.17%', 96.17, true],
    ['96.18%', 96.17, true], // within 0.01
    ['95%', 96.17, false],
    ['99%', 99.736, true], // truncated
    ['100%', 99.95, true], // rounded
    ['99.9%', 98.858, false],
    ['80.5%', 100, false],
  ])('stated %s vs computed %d → %s', (raw, computed, ok) => {
    expect(rateAgrees(Number.parseFloat(raw), raw, computed, 0.01)).toBe(ok);
  });

  it.each([
    ['100%', 0],
    ['96.2%', 1],
    ['1,863,180.25', 2],
    ['', 0],
  ])('decimalsWritten(%s) = %d', (raw, d) => {
    expect(decimalsWritten(raw)).toBe(d);
  });
});
