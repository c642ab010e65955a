import { describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import { parseRules } from '../../src/score/rules.ts';
import type { FindingCode } from '../../src/score/types.ts';
import { baseRecord, cell, codesOf, findOne, fundsRow, withEdit } from './fixtures.ts';

type Case = [string, FindingCode, (r: FormRecord) => void, boolean];

const setTotal = (r: FormRecord, ...cells: Parameters<typeof fundsRow>) => {
  r.funds.total = fundsRow(...cells);
};

describe('funds validators', () => {
  it('the base record raises no funds finding', () => {
    expect(codesOf(baseRecord())).toEqual([]);
  });

  it.each<Case>([
    [
      'rate 99.9% for 433/438',
      'RATE_MISMATCH',
      (r) => setTotal(r, '438', '438', '433', '10', '99.9%', '9.89'),
      true,
    ],
    ['rate 95% for 47.5/50', 'RATE_MISMATCH', () => {}, false],
    [
      'rate truncated 99% for 99.74%',
      'RATE_MISMATCH',
      (r) => setTotal(r, '34.8', '34.8', '34.7081', '10', '99%', '9.97'),
      false,
    ],
    ['rate on the 当年财政拨款 row', 'RATE_MISMATCH', (r) => (r.funds.fiscal.rate = cell('90%')), true],
    ['no stated rate', 'RATE_MISMATCH', (r) => (r.funds.total.rate = cell('')), false],
    [
      '100% while E < B',
      'RATE_ROUNDED_UP_TO_FULL',
      (r) => setTotal(r, '200', '200', '199.9', '10', '100%', '10'),
      true,
    ],
    [
      '100% while E = B',
      'RATE_ROUNDED_UP_TO_FULL',
      (r) => setTotal(r, '200', '200', '200', '10', '100%', '10'),
      false,
    ],
    [
      '99.1% scored 9',
      'BUDGET_SCORE_MISMATCH',
      (r) => setTotal(r, '100', '100', '99.118624', '10', '99.1%', '9'),
      true,
    ],
    [
      '95.5% scored 9.55',
      'BUDGET_SCORE_MISMATCH',
      (r) => setTotal(r, '40', '40', '38.2', '10', '95.5%', '9.55'),
      false,
    ],
    [
      '95% scored 9.54 (within 0.05)',
      'BUDGET_SCORE_MISMATCH',
      (r) => (r.funds.total.score = cell('9.54')),
      false,
    ],
    [
      'score written as a percentage (above the weight)',
      'SCORE_ABOVE_WEIGHT',
      (r) => (r.funds.total.score = cell('95%')),
      true,
    ],
    [
      'weight holds the score (weights then add to 99.5)',
      'WEIGHT_SUM',
      (r) => (r.funds.total.weight = cell('9.5')),
      true,
    ],
    ['weight 10', 'WEIGHT_SUM', () => {}, false],
    ['weight 20 beside indicators of 90', 'WEIGHT_SUM', (r) => (r.funds.total.weight = cell('20')), true],
    [
      'weight 20 beside indicators of 90',
      'BUDGET_WEIGHT_NONSTANDARD',
      (r) => (r.funds.total.weight = cell('20')),
      false,
    ],
    ['weight 10', 'BUDGET_WEIGHT_NONSTANDARD', () => {}, false],
    ['E > B', 'EXECUTED_EXCEEDS_BUDGET', (r) => setTotal(r, '50', '50', '52', '10', '104%', '10'), true],
    [
      'E = B up to rounding noise',
      'EXECUTED_EXCEEDS_BUDGET',
      (r) => setTotal(r, '', '113.977198', '113.9771984', '10', '100%', '10'),
      false,
    ],
    ['B blank', 'FUNDS_MISSING', (r) => setTotal(r, '50', '', '47.5', '10', '95%', '9.5'), true],
    ['E blank', 'FUNDS_MISSING', (r) => setTotal(r, '50', '50', '—', '10', '95%', '9.5'), true],
    ['B = 0', 'FUNDS_MISSING', (r) => setTotal(r, '0', '0', '0', '10', '', ''), true],
    ['B and E present', 'FUNDS_MISSING', () => {}, false],
    ['amount in words', 'FUNDS_UNREADABLE', (r) => (r.funds.total.executed = cell('约四十七万')), true],
    ['template dash', 'FUNDS_UNREADABLE', (r) => (r.funds.carryOver.initialBudget = cell('—')), false],
    [
      'amount in 元 (1,863,180)',
      'FUNDS_UNIT_SUSPECT',
      (r) => setTotal(r, '-', '1,863,180', '1,863,180', '10', '100%', '10'),
      true,
    ],
    [
      'amount with unit 元',
      'FUNDS_UNIT_SUSPECT',
      (r) => (r.funds.total.executed = cell('475000', '元')),
      true,
    ],
    [
      'amount with unit 万元',
      'FUNDS_UNIT_SUSPECT',
      (r) => (r.funds.total.initialBudget = cell('50', '万元')),
      true,
    ],
    [
      '3457.17 万元',
      'FUNDS_UNIT_SUSPECT',
      (r) => setTotal(r, '', '3457.171733', '3457.171733', '10', '100%', '10'),
      false,
    ],
    [
      'rate 80% without reason',
      'LOW_EXECUTION_NO_REASON',
      (r) => setTotal(r, '50', '50', '40', '10', '80%', '8'),
      true,
    ],
    ['rate 95%', 'LOW_EXECUTION_NO_REASON', () => {}, false],
    [
      '年初 ≠ 全年',
      'BUDGET_ADJUSTED_NO_REASON',
      (r) => setTotal(r, '60', '50', '47.5', '10', '95%', '9.5'),
      true,
    ],
    ['年初 = 全年', 'BUDGET_ADJUSTED_NO_REASON', () => {}, false],
    [
      '年初 blank',
      'BUDGET_ADJUSTED_NO_REASON',
      (r) => setTotal(r, '', '50', '47.5', '10', '95%', '9.5'),
      false,
    ],
  ])('%s → %s raised: %s', (_name, code, edit, raised) => {
    expect(codesOf(withEdit(edit)).includes(code)).toBe(raised);
  });

  it('says when the rate was computed against 年初预算数 (wrongBase)', () => {
    const r = withEdit((x) => setTotal(x, '12.6', '10.15', '10.15', '10', '80.5%', '10'));
    expect(findOne(r, 'RATE_MISMATCH')).toMatchObject({
      severity: 'error',
      path: 'funds.total.rate',
      stated: 80.5,
      expected: 100,
      detail: 'wrongBase',
    });
    expect(findOne(r, 'RATE_MISMATCH')?.message).toContain('年初预算数');
  });

  it('reports the rule value next to the stated one and leaves the record untouched', () => {
    const r = withEdit((x) => setTotal(x, '100', '100', '99.118624', '10', '99.1%', '9'));
    const before = JSON.stringify(r);
    expect(findOne(r, 'BUDGET_SCORE_MISMATCH')).toMatchObject({
      stated: 9,
      expected: 9.91,
      path: 'funds.total.score',
    });
    expect(JSON.stringify(r)).toBe(before);
  });

  it('classifies FUNDS_UNIT_SUSPECT', () => {
    const big = withEdit((x) => setTotal(x, '', '1863180', '1863180', '10', '100%', '10'));
    expect(findOne(big, 'FUNDS_UNIT_SUSPECT')?.detail).toBe('tooLarge');
    const yuan = withEdit((x) => (x.funds.total.executed = cell('475000', '元')));
    expect(findOne(yuan, 'FUNDS_UNIT_SUSPECT')?.detail).toBe('yuan');
  });

  it('makes the Sichuan reason rules warnings under ruleSet sichuan', () => {
    const r = withEdit((x) => setTotal(x, '50', '50', '40', '10', '80%', '8'));
    expect(findOne(r, 'LOW_EXECUTION_NO_REASON')?.severity).toBe('info');
    expect(findOne(r, 'LOW_EXECUTION_NO_REASON', parseRules({ ruleSet: 'sichuan' }))?.severity).toBe(
      'warning',
    );
  });
});
