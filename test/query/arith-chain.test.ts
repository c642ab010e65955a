/**
 * Computations that go on from their result (arith-chain.ts, arithmetic.ts: 甲减乙，再除以项目个数 / 结果再乘以10000
 * 换成元 / A加上B再减去C) and differences asked with no direction (差多少: the gap said besides the signed result).
 * Wordings of our own over a small store whose figures are done by hand; and the ones that must stay not understood.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import { chainOf } from '../../src/query/arith-chain.ts';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';
import { STREET_PROJECTS } from './street-projects.ts';

/**
 * 丙 3 projects: budget 160, executed 120; 丁 2 projects: 240 / 200. Scores 92, 88, 100, 95, 79. 戊 4 projects
 * (budget 100, executed 95), named so that 区级 / 市级 tell two of one fund apart.
 */
const PROJECTS: KnownProject[] = [
  ...STREET_PROJECTS,
  // Two of one fund told apart by a word (区级 / 市级), and two more names holding 市级.
  {
    name: '2023年助残服务经费（区级资金）',
    dept: '戊街道办事处',
    year: 2023,
    owner: '韩雪',
    budget: 12,
    executed: 10,
  },
  {
    name: '2023年助残服务经费（市级资金）',
    dept: '戊街道办事处',
    year: 2023,
    owner: '韩雪',
    budget: 30,
    executed: 27,
  },
  { name: '市级示范点创建', dept: '戊街道办事处', year: 2023, owner: '邹平', budget: 50, executed: 50 },
  {
    name: '2022年助残服务经费（市级资金）',
    dept: '戊街道办事处',
    year: 2022,
    owner: '邹平',
    budget: 8,
    executed: 8,
  },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseArithmetic(q, VOCAB, 2025);

describe('cutting a computation into its steps', () => {
  it('cuts only where a step is said to go on from the result', () => {
    expect(chainOf('甲减去乙，再除以项目个数')).toEqual({
      head: '甲减去乙',
      steps: [{ op: 'divide', operand: '项目个数' }],
      restated: null,
    });
    expect(chainOf('甲减乙，结果再乘以10000换成元')?.steps).toEqual([
      { op: 'times', operand: '10000换成元' },
    ]);
    expect(chainOf('甲加上乙再减去丙，平均每个多少')).toEqual({
      head: '甲加上乙',
      steps: [{ op: 'minus', operand: '丙' }],
      restated: '平均每个多少',
    });
    // No word of going on: one computation of two figures, not a chain.
    expect(chainOf('甲减去乙')).toBeNull();
    expect(chainOf('甲减乙除以丙')).toBeNull();
  });

  it('refuses an operand it cannot place, amounts added to scores, and a clause after it that asks something else', () => {
    expect(parse('丙街道的预算合计减去执行数合计，再除以己街道的项目数')).toBeNull();
    expect(parse('丙街道的预算合计减去执行数合计，再加上平均总分')).toBeNull();
    expect(parse('丙街道的预算合计减去执行数合计，再除以项目个数，平均每个项目的总分是多少')).toBeNull();
    expect(parse('丙街道的预算合计减去执行数合计，再除以项目个数，哪个项目最多')).toBeNull();
    // A result per project asked, but the last step divides by an amount, not by a number of projects.
    expect(parse('丙街道的预算合计，再除以丁街道的执行数合计，平均每个项目多少')).toBeNull();
    // A unit of money asked of a number of projects.
    expect(parse('丙街道的项目数加上丁街道的项目数，再乘以2换成元')).toBeNull();
  });
});

describe('operands placed against each other', () => {
  it('reads a word that tells one project from another as that other project, only when one name has the shape', () => {
    const both = parse('2023年助残服务经费区级的执行数减市级的执行数等于多少');
    const right = JSON.stringify(both?.query.right);
    expect(right).toContain('"values":["2023年助残服务经费（市级资金）"]');
    // 一期 names no project of that shape: the set of names holding it stays (nothing to read), here none.
    expect(JSON.stringify(parse('河道保洁的预算比市级示范点创建多多少')?.query.right)).toContain(
      '市级示范点创建',
    );
  });

  it('never counts projects when an amount or a score is asked, or when the projects are named one by one', () => {
    // Money asked with no money named is the budget for the year (as money-ask.ts reads 多少钱), said back.
    for (const q of ['河道保洁比楼道照明多了多少钱', '丙街道比丁街道多多少钱']) {
      const money = parse(q);
      expect(money?.query.left, q).toMatchObject({ measure: { fn: 'sum', field: 'annualBudget' } });
      expect(money?.corrected, q).toContainEqual(['多少钱', '全年预算数']);
    }
    expect(parse('河道保洁和平安巡逻差几分')).toBeNull();
    expect(parse('河道保洁比平安巡逻多多少')).toBeNull();
    // A number of projects asked in so many words stays a count.
    expect(parse('丙街道比丁街道多几个项目')?.query.left).toMatchObject({ measure: { fn: 'count' } });
  });
});

describe('computations of several steps, answered', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf('admin-chain', PROJECTS.map(recordOfProject)));
  });
  afterAll(async () => {
    await store.close();
  });
  const reply = async (q: string) => (await answer(q, user)).text ?? '';
  /** The result: the line of a computation of several steps, or the end of the one line of two figures. */
  const result = async (q: string) => {
    const text = await reply(q);
    return (text.match(/结果：(-?[\d.]+) ?(\S*)/u) ?? text.match(/计算：.*＝ (-?[\d.]+) ?(\S*)/u))?.slice(
      1,
      3,
    );
  };

  it('divides a difference by the number of projects it is over, saying each figure and step', async () => {
    // 丙: (160 − 120) ÷ 3.
    const text = await reply(
      '丙街道的全年预算合计减去全年执行数合计，再除以项目个数，平均每个项目没花掉多少',
    );
    expect(text).toContain('160 万元 − 120 万元 ＝ 40 万元');
    expect(text).toContain('40 万元 ÷ 3 个 ＝ 13.3333 万元');
    expect(await result('丙街道的全年预算合计减去全年执行数合计，再除以项目个数')).toEqual(['13.33', '万元']);
    // 丁: (240 − 200) ÷ 2, the count said with its projects.
    expect(await result('把丁街道的预算合计减掉执行数合计，之后再除以丁街道的项目个数')).toEqual([
      '20',
      '万元',
    ]);
    // One figure first: 丙 160 ÷ 3.
    expect(await result('丙街道的全年预算合计，再除以项目数')).toEqual(['53.33', '万元']);
    expect(await reply('丙街道的预算合计减去执行数合计，再除以0')).toContain('不能作除数');
  });

  it('adds, takes and multiplies on from the result, a conversion said with the last step', async () => {
    // 160 + 240 − 200 (河道保洁).
    expect(await result('丙街道的预算合计加上丁街道的预算合计再减去河道保洁的全年预算')).toEqual([
      '200',
      '万元',
    ]);
    // 120 + 200 − 100万.
    expect(await result('丙街道的执行数合计加上丁街道的执行数合计，然后再减去100万')).toEqual([
      '220',
      '万元',
    ]);
    // (240 − 160) × 10000 is the amount in 元.
    const yuan = await reply('丁街道的预算合计减去丙街道的预算合计，结果再乘以10000换成元');
    expect(yuan).toContain('80 万元 × 10000 ＝ 800000 元');
    expect(yuan).toContain('结果：800000 元');
    // (160 + 240) ÷ 2, the unit applied last.
    expect(await result('丙街道和丁街道的预算合计加起来，再除以2，换算成元')).toEqual(['2000000', '元']);
  });

  it('says the gap of a difference asked with no direction, besides the signed result', async () => {
    // 社区图书角 88, 楼道照明 100.
    const scores = await reply('社区图书角跟楼道照明的总分差了几分');
    expect(scores).toContain('＝ -12 分');
    expect(scores).toContain('相差 12 分（前者比后者少）');
    // 丙 executed 120, 丁 200.
    expect(await reply('丙街道和丁街道的执行数合计相差多少')).toContain('相差 80 万元（前者比后者少）');
    // A direction said: no gap sentence.
    expect(await reply('丁街道的执行数合计比丙街道多多少')).not.toContain('相差');
  });

  it('answers in 元 an amount asked 多少元, and the counterpart project by its name', async () => {
    // 河道保洁 executed 160 万元.
    expect(await reply('河道保洁实际花了多少元')).toContain('1600000 元');
    // 丙 budget 160 万元.
    expect(await reply('丙街道的全年预算合计多少元')).toContain('1600000 元');
    // 10 − 27, the 市级 one of 2023 named back.
    const text = await reply('2023年助残服务经费区级的执行数减市级的执行数等于多少');
    expect(text).toContain('2023年助残服务经费（市级资金）');
    expect(text).toContain('＝ -17 万元');
  });

  it('asks a follow-up of a computation of several steps to be said in full', async () => {
    await answer('丙街道的全年预算合计减去全年执行数合计，再除以项目个数', user);
    const next = await answer('那丁街道呢', user);
    expect(next.text ?? '').not.toMatch(/结果：/u);
  });
});
