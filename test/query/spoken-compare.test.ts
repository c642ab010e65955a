/**
 * Comparisons, rankings and money words as spoken (spoken-money.ts, spoken-compare.ts, restated-parenthesis.ts,
 * order-of-condition.ts, change-words.ts, arith-words.ts). Wordings of our own over a small invented store, never the
 * evaluation's lines.
 */
import { describe, expect, it } from 'vitest';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves } from '../../src/query/query.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';

const parse = (q: string) => parseQuestion(q, STORY_VOCAB, 2024);
const conditions = (q: string) => {
  const p = parse(q);
  return { unplaced: p.unplaced, leaves: leaves(p.query?.filters ?? []).filter((f) => f.type !== 'name') };
};
const BUDGET_CUT = { type: 'fields', left: 'annualBudget', op: '<', right: 'initialBudget' };
const BUDGET_RAISED = { type: 'fields', left: 'annualBudget', op: '>', right: 'initialBudget' };

describe('钱 as the money of a project', () => {
  it.each([
    ['永宁镇哪个项目钱最多', 'desc'],
    ['香水园街道的钱最少的是哪个项目', 'asc'],
  ])('%s: 钱 at an end is the 全年预算数, said back', (q, dir) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.order).toEqual({ by: 'annualBudget', dir });
    expect(p.corrected.some(([, read]) => read.startsWith('全年预算数'))).toBe(true);
  });

  it.each([
    ['永宁镇哪个项目钱最多（执行数）', 'executed', 'desc'],
    ['邵春燕负责的项目里资金最少（年初预算）的是哪个', 'initialBudget', 'asc'],
  ])('%s: the field in brackets is the money', (q, by, dir) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.order).toEqual({ by, dir });
  });

  it('花钱最多 stays the spending, not the budget', () => {
    expect(parse('永宁镇哪个项目花钱最多').query?.order?.by).toBe('executed');
  });

  it.each(['古城墙修缮补助这个项目，钱是谁在管', '老旧楼房外墙保温的经费归谁管？'])(
    '%s: who looks after the money is the 负责人',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(p.query?.select).toEqual(['owner']);
    },
  );

  it.each(['永宁镇执行率写成100%、资金实际上没花完的项目', '执行率填的100%可钱其实没用完的表'])(
    '%s: an adverb between the money and its verb',
    (q) => {
      expect(parse(q).unplaced).toEqual([]);
    },
  );
});

describe('differences and equalities said in speech', () => {
  it.each([
    ['全年预算和年初预算差得最多的三个项目', 'desc', 3],
    ['永宁镇年初跟全年相差最小的是哪个', 'asc', 1],
  ])('%s: the two budgets furthest apart, raised or cut alike', (q, dir, limit) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.order).toEqual({ by: 'budgetAdjustmentSize', dir });
    expect(p.query?.limit).toBe(limit);
  });

  it('差 between fields other than the two budgets stays reported', () => {
    expect(parse('执行数跟结余差得最多的项目').unplaced.length).toBeGreaterThan(0);
  });

  it.each([
    ['年初预算和全年预算一分不差的项目有哪些', 'initialBudget', 'annualBudget'],
    ['永宁镇执行数同全年预算分毫不差的', 'executed', 'annualBudget'],
  ])('%s: equal', (q, left, right) => {
    expect(conditions(q)).toEqual({ unplaced: [], leaves: [{ type: 'fields', left, op: '=', right }] });
  });

  it('一分不差 said of nothing joined stays reported', () => {
    expect(parse('执行数一分不差的项目').unplaced.length).toBeGreaterThan(0);
  });
});

describe('ends and orders said in speech', () => {
  it.each([
    ['邵春燕的项目里总分排在最后的是哪个', 'totalScore'],
    ['永宁镇执行率最后一名是哪个项目', 'executionRate'],
  ])('%s: the bottom of the ranking', (q, by) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.order).toEqual({ by, dir: 'asc' });
  });

  it('最后总分 is the final score, not the bottom', () => {
    expect(parse('古城墙修缮补助最后总分多少').query?.order).toBeUndefined();
  });

  it.each([
    ['永宁镇最大的一笔执行数是多少', 'executed', 'desc'],
    ['香水园街道年初预算最小的一笔是哪个项目', 'initialBudget', 'asc'],
  ])('%s: 一笔 after a superlative', (q, by, dir) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.order).toEqual({ by, dir });
  });

  it.each([
    ['执行数超过50万的项目，从低到高排一下', 'executed', 'asc'],
    ['永宁镇总分不到95分的，按从高到低列出来', 'totalScore', 'desc'],
  ])('%s: an order naming no field orders by the one figure bounded', (q, by, dir) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.order).toEqual({ by, dir });
  });

  it('two figures bounded: the order naming none stays reported', () => {
    expect(parse('执行率低于90%、总分低于80的项目，从低到高排').unplaced.length).toBeGreaterThan(0);
  });
});

describe('bounds and changes said in speech', () => {
  it.each([
    ['执行数万元以下的项目', { type: 'compare', field: 'executed', op: '<', value: 1 }],
    ['全年预算在万元以上的有几个', { type: 'compare', field: 'annualBudget', op: '>=', value: 1 }],
  ])('%s: 万元 with no number is one 万元', (q, leaf) => {
    expect(conditions(q)).toMatchObject({ unplaced: [], leaves: [leaf] });
  });

  it.each([
    ['永宁镇哪些项目年中把预算往下调了', BUDGET_CUT],
    ['预算调上去了的项目有几个', BUDGET_RAISED],
    ['香水园街道全年比年初少的项目', BUDGET_CUT],
  ])('%s: the two budgets compared', (q, leaf) => {
    expect(conditions(q)).toEqual({ unplaced: [], leaves: [leaf] });
  });
});

describe('an amount with or without a fraction of its 万元', () => {
  it.each([
    ['永宁镇全年预算带零头的项目', 'annualBudget', true],
    ['执行数不是整万元、有零头的有几个', 'executed', true],
    ['年初预算是整万的项目', 'initialBudget', false],
  ])('%s', (q, field, fraction) => {
    expect(conditions(q)).toEqual({ unplaced: [], leaves: [{ type: 'fraction', field, fraction }] });
  });

  it('整万元以上 is a bound said loosely, not a whole number: 整 stays reported', () => {
    expect(parse('预算整万元以上的项目').unplaced).toContain('整');
  });
});

describe('a parenthesis that says again what the question says', () => {
  it.each([
    ['全年预算比年初预算多（调增了）的项目', BUDGET_RAISED],
    ['永宁镇有几个项目预算调增了（全年比年初多）', BUDGET_RAISED],
  ])('%s: read without it, said back', (q, leaf) => {
    const p = parse(q);
    expect(conditions(q)).toEqual({ unplaced: [], leaves: [leaf] });
    expect(p.setAside?.some((w) => /[(（]/u.test(w))).toBe(true);
  });

  it('a parenthesis that says otherwise stays reported (年初比全年多 is not 下调)', () => {
    expect(parse('年初预算比全年预算多（下调了）的项目').unplaced.length).toBeGreaterThan(0);
  });

  it('a parenthesis that adds a condition is not set aside', () => {
    expect(parse('全年预算比年初预算少（执行率低于90%）的项目').setAside ?? []).toEqual([]);
  });
});

describe('arithmetic said in speech', () => {
  const arith = (q: string) => parseArithmetic(q, STORY_VOCAB, 2024)?.query;

  it.each(['古城墙修缮补助按12个月算，每个月平均用掉多少', '老旧楼房外墙保温平均每月花多少钱'])(
    '%s: the spending shared over the months',
    (q) => {
      const a = arith(q);
      expect(a?.op).toBe('divide');
      expect(a?.left).toMatchObject({ measure: { field: 'executed' } });
      expect(a?.right).toEqual({ kind: 'value', value: 12 });
    },
  );

  it.each(['永宁镇的平均总分比满分100分少多少', '香水园街道平均总分较满分100分低几分'])(
    '%s: the full mark said with its number is the number',
    (q) => {
      const a = arith(q);
      expect(a?.op).toBe('minus');
      expect(a?.left).toEqual({ kind: 'value', value: 100 });
    },
  );
});

describe('the budget score against the rate times ten', () => {
  it.each(['预算执行得分跟执行率乘以10对不上的项目', '执行率乘10和预算执行得分不一致的有哪些'])(
    '%s: the check that computes one from the other',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(leaves(p.query?.filters ?? [])).toEqual([{ type: 'finding', codes: ['BUDGET_SCORE_MISMATCH'] }]);
    },
  );
});
