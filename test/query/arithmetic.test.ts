/**
 * Derived quantities (结余, 预算调整数, 得分率) and arithmetic on two figures (差额, 占比, 几倍, 加减乘除): parsed from
 * sentences of our own, and answered over a small store whose figures are known, so every result is checked against
 * a sum done by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { rewriteDerived } from '../../src/query/derived-words.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

/** Two offices, five projects; the sums below are done by hand from these lines. */
const PROJECTS: KnownProject[] = [
  {
    name: '老年餐桌补贴',
    dept: '甲街道办事处',
    year: 2022,
    owner: '孙红',
    budget: 100,
    executed: 80,
    initial: 90,
  },
  {
    name: '背街小巷整治',
    dept: '甲街道办事处',
    year: 2022,
    owner: '孙红',
    budget: 50,
    executed: 50,
    initial: 50,
  },
  { name: '社区图书角', dept: '甲街道办事处', year: 2023, owner: '钱亮', budget: 30, executed: 10 },
  { name: '河道保洁', dept: '乙街道办事处', year: 2023, owner: '钱亮', budget: 200, executed: 150 },
  { name: '平安巡逻', dept: '乙街道办事处', year: 2023, owner: '周平', budget: 20, executed: 20 },
];

const VOCAB = vocabularyOfProjects(PROJECTS);

describe('reading arithmetic and derived quantities', () => {
  it('reads 预算调整数 spelled out, 平均每个项目 as the average, 结余 and 得分率 as fields', () => {
    expect(rewriteDerived('全年预算减去年初预算最多的项目')).toBe('预算调整数最多的项目');
    expect(rewriteDerived('乙街道平均每个项目的执行数')).toBe('乙街道平均的执行数');
    const adjusted = parseQuestion('全年预算减年初预算大于5万的项目', VOCAB, 2025);
    expect(adjusted.unplaced).toEqual([]);
    expect(adjusted.query?.filters).toEqual([
      { type: 'compare', field: 'budgetAdjustment', op: '>', value: 5 },
    ]);
    const ranked = parseQuestion('结余最多的两个项目', VOCAB, 2025);
    expect(ranked.unplaced).toEqual([]);
    expect(ranked.query?.order).toEqual({ by: 'remaining', dir: 'desc' });
    const rate = parseQuestion('得分率不到85%的项目', VOCAB, 2025);
    expect(rate.unplaced).toEqual([]);
    expect(rate.query?.filters).toEqual([{ type: 'compare', field: 'scoreRate', op: '<', value: 85 }]);
  });

  it('cuts a question at its arithmetic word and reads both sides with the ordinary parser', () => {
    const minus = parseArithmetic('孙红负责的项目预算合计减去钱亮负责的项目预算合计', VOCAB, 2025);
    expect(minus?.query.op).toBe('minus');
    expect(minus?.query.left).toMatchObject({
      kind: 'figure',
      measure: { fn: 'sum', field: 'annualBudget' },
    });
    const ratio = parseArithmetic('乙街道的项目个数是甲街道的多少倍？', VOCAB, 2025);
    expect(ratio?.query.op).toBe('ratio');
    // The right side names no figure: it takes the left side's (项目个数).
    expect(ratio?.query.right).toMatchObject({ kind: 'figure', measure: { fn: 'count' } });
    const less = parseArithmetic('2022年的执行数合计比2023年少了多少', VOCAB, 2025);
    // A比B少多少 = B − A.
    expect(less?.query.op).toBe('minus');
    expect(less?.query.left).toMatchObject({
      filters: [{ type: 'compare', field: 'year', op: '=', value: 2023 }],
    });
  });

  it('answers nothing when a side has a word it cannot place', () => {
    expect(parseArithmetic('丙街道的预算占全部预算的百分之几', VOCAB, 2025)).toBeNull();
    expect(parseArithmetic('公积金占比是多少', VOCAB, 2025)).toBeNull();
    // Two numbers and nothing of the store: not a portfolio question.
    expect(parseArithmetic('3加上5等于多少', VOCAB, 2025)).toBeNull();
  });
});

describe('answering arithmetic over a store of known figures', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf('web:arith', PROJECTS.map(recordOfProject)));
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  /** The result line of an arithmetic answer: `计算：… ＝ <figure> <unit>`. */
  const result = (text: string | undefined) => text?.match(/计算：.*＝ (-?[\d.]+) ?(\S*)/)?.slice(1, 3);

  it('subtracts, divides, shares and multiplies figures of two sets of projects', async () => {
    // 甲 180, 乙 220.
    expect(result((await answer('甲街道的预算合计减去乙街道的预算合计', user)).text)).toEqual([
      '-40',
      '万元',
    ]);
    expect(result((await answer('甲街道的项目数是乙街道的几倍', user)).text)).toEqual(['1.5', '倍']);
    expect(result((await answer('2023年的项目占全部项目的百分之几', user)).text)).toEqual(['60', '%']);
    // 孙红 130, 钱亮 160: 钱亮 − 孙红.
    expect(result((await answer('孙红负责的项目执行数比钱亮负责的少多少？', user)).text)).toEqual([
      '30',
      '万元',
    ]);
    expect(result((await answer('甲街道的预算合计除以甲街道的项目数', user)).text)).toEqual(['60', '万元']);
    expect(result((await answer('乙街道的执行数合计换算成元是多少', user)).text)).toEqual(['1700000', '元']);
    // 孙红 150 + 周平 20.
    expect(result((await answer('孙红负责的预算加起来，再加上周平负责的', user)).text)).toEqual([
      '170',
      '万元',
    ]);
  });

  it('compares two sets: the second keeps the year or office of the first where it names none', async () => {
    // 2023: 甲 has one project, 乙 two.
    expect(result((await answer('2023年甲街道的项目数比乙街道多几个', user)).text)).toEqual(['-1', '个']);
    // Each side names its year: nothing is carried over (2022: 2 projects, 2023: 3).
    expect(result((await answer('2022年的项目数比2023年少几个', user)).text)).toEqual(['1', '个']);
  });

  it('reads a share or a quotient said in other shapes', async () => {
    // 2023: 3 of 5 projects; 甲 180 against 乙 220.
    expect(result((await answer('2023年的项目占比是多少', user)).text)).toEqual(['60', '%']);
    expect(result((await answer('甲街道的预算是乙街道的百分之几', user)).text)).toEqual(['81.82', '%']);
    expect(result((await answer('甲街道的项目数和乙街道的项目数之比', user)).text)).toEqual(['1.5', '']);
  });

  it('states each figure and the formula, so a clerk can check it', async () => {
    const reply = await answer('甲街道的执行数占甲街道预算的百分比是多少', user);
    expect(reply.text).toContain('全年执行数合计 140 万元（3 个项目）');
    expect(reply.text).toContain('全年预算数合计 180 万元（3 个项目）');
    expect(reply.table?.rows.at(-1)).toEqual(['结果', '77.78', '%']);
  });

  it('uses 结余 like any field: summed, ranked and as a condition, with its formula said', async () => {
    const sum = await answer('甲街道的钱还剩多少没花', user);
    expect(sum.text).toContain('结余＝全年预算数−全年执行数');
    expect(sum.table?.rows).toEqual([['40']]);
    const top = await answer('结余最多的项目', user);
    expect(top.table?.rows.map((r) => r[0])).toEqual(['河道保洁']);
    const left = await answer('哪些项目预算没用完', user);
    expect(left.table?.rows.map((r) => r[0]).sort()).toEqual(
      ['河道保洁', '社区图书角', '老年餐桌补贴'].sort(),
    );
    const adjusted = await answer('预算调整数不为0的项目', user);
    expect(adjusted.table?.rows.map((r) => r[0])).toEqual(['老年餐桌补贴']);
  });

  it('names the words it could not place and computes nothing', async () => {
    const reply = await answer('丙街道的预算占全部预算的百分之几', user);
    expect(reply.unplaced?.length).toBeGreaterThan(0);
    expect(reply.table).toBeUndefined();
    expect(reply.text).toMatch(/没有看懂/);
  });
});
