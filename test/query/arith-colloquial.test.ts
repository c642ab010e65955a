/**
 * Arithmetic asked in colloquial words (arith-factor.ts, arith-words.ts, arith-shapes.ts, derived-words.ts): what is
 * left unspent (剩了多少没花, 一年下来), units said as 块钱 / 百万元 / 十万元, averaging verbs (取个平均), the mean with
 * its ends left out, chains whose later operand names only projects, 几分之几, 年中追加了百分之几, cuts and raises by a
 * part (砍掉一成, 打八五折, 涨一成半), how many times one figure covers another (够付几年的), 保留两位, counts that
 * restate (两项, 两人, 那两批) and 大项目 after a bound. Wordings of our own over the five hand-computed projects of
 * street-projects.ts (with 年初 figures), each checked against the figure worked out by hand, with negatives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import { trimCut } from '../../src/query/arith-factor.ts';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';
import { STREET_PROJECTS } from './street-projects.ts';

/**
 * 丙: 老年餐桌补贴 100/70 (2022, 韩雪, 92), 社区图书角 40/30 (韩雪, 88), 楼道照明 20/20 (邹平, 100); 丁: 河道保洁 200/160
 * (邹平, 95), 平安巡逻 40/40 (邹平, 79). 年初: 80, 55, 20, 150, 44.
 */
const INITIAL = [80, 55, 20, 150, 44];
const PROJECTS: KnownProject[] = STREET_PROJECTS.map((p, k) => ({ ...p, initial: INITIAL[k]! }));
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const arith = (q: string) => parseArithmetic(q, VOCAB, 2025);

describe('the words read', () => {
  it.each([
    ['丙街道的项目一年下来总共剩了多少没花', 'remaining'],
    ['丁街道全年下来还剩下了多少钱没用', 'remaining'],
    ['丙街道的执行数取个平均', 'executed'],
    ['丁街道项目的总分求个平均值', 'totalScore'],
    ['丙街道的全年预算算一下平均数', 'annualBudget'],
  ])('%s', (q, field) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.measures?.[0]?.field).toBe(field);
  });

  it('keeps 预算 whole before 平均 (算 is no verb inside 预算)', () => {
    const p = parse('韩雪负责的项目，预算平均每项多少');
    expect(p.unplaced).toEqual([]);
    expect(p.query?.measures).toEqual([{ fn: 'avg', field: 'annualBudget' }]);
  });

  it('reads money all spent as 执行数 at least the budget, never after a negation', () => {
    for (const q of [
      '丙街道钱一分没剩的项目',
      '丁街道预算都花光了的项目',
      '丙街道里一分钱都没剩下、全部执行完的项目',
    ]) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(p.query?.filters, q).toContainEqual({
        type: 'fields',
        left: 'executed',
        op: '>=',
        right: 'annualBudget',
      });
    }
    const left = parse('丙街道钱没花完的项目');
    expect(left.query?.filters).toContainEqual({ type: 'compare', field: 'remaining', op: '>', value: 0 });
    // not all executed, said negated, is money left (check-phrases.ts), never money all spent
    expect(parse('丙街道没有全部执行完的项目').query?.filters).toContainEqual({
      type: 'compare',
      field: 'remaining',
      op: '>',
      value: 0,
    });
  });

  it('drops 大 / 小 only where the bound says it', () => {
    const big = parse('预算超过100万的那几个大项目，执行数平均是多少');
    expect(big.unplaced).toEqual([]);
    expect(parse('执行数5万以下的小项目有几个').unplaced).toEqual([]);
    expect(parse('预算超过100万的小项目').unplaced).toContain('小');
  });

  it('reads the signs − and + between words, never a hyphen (stored names hold one)', () => {
    expect(arith('丙街道全年预算−执行数')?.query.op).toBe('minus');
    expect(arith('丙街道的全年预算 + 丁街道的全年预算')?.query.op).toBe('plus');
    expect(arith('丙街道全年预算-执行数')).toBeNull();
  });

  it('reads a remark that one form is to be converted and counted in', () => {
    expect(parse('丁街道2023年执行数合计，河道保洁那个按万元折算进去').unplaced).toEqual([]);
    expect(parse('丁街道执行数合计，河道保洁那个按万元算进去').unplaced).not.toEqual([]);
  });

  it('cuts the ends left out of a mean', () => {
    expect(trimCut('丙街道的项目预算，去掉最大的那一个以后，平均每个多少')).toMatchObject({
      top: 1,
      bottom: 0,
    });
    expect(trimCut('总分去掉一个最高、一个最低，再平均')).toMatchObject({ top: 1, bottom: 1 });
    expect(trimCut('执行数最高最低各去一个算平均')).toMatchObject({ top: 1, bottom: 1 });
    expect(trimCut('执行数去掉最小的再求平均')).toMatchObject({ top: 0, bottom: 1 });
    // Two at one end is no such mean.
    expect(trimCut('执行数去掉最大的和最高的以后平均')).toBeNull();
  });

  it('reads a cut or a raise as a factor, of amounts only', () => {
    expect(arith('河道保洁要是砍掉一成，还剩多少')?.query).toMatchObject({
      op: 'times',
      right: { kind: 'value', value: 0.9 },
      scale: '砍掉一成',
    });
    expect(arith('平安巡逻的全年预算打八五折')?.query.right).toEqual({ kind: 'value', value: 0.85 });
    expect(arith('丁街道的执行数涨一成半是多少')?.query.right).toEqual({ kind: 'value', value: 1.15 });
    expect(arith('丙街道的预算下调百分之十二点五以后是多少')?.query.right).toEqual({
      kind: 'value',
      value: 0.875,
    });
    // A score cut by a part is not read (nor as a subtraction of 两成).
    expect(arith('丙街道的总分减两成')).toBeNull();
    expect(arith('丙街道的执行率提高10%是多少')).toBeNull();
  });
});

describe('colloquial arithmetic answered', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf('admin-arith-colloquial', PROJECTS.map(recordOfProject)));
  });
  afterAll(async () => {
    await store.close();
  });
  const text = async (q: string) => (await answer(q, user)).text ?? '';
  /** An arithmetic answer's result (the last number after ＝), or an ordinary answer's one cell. */
  const figure = async (q: string) => {
    const reply = await answer(q, user);
    const computed = reply.text?.match(/计算：.*＝ (-?[\d.]+)/u)?.[1];
    return computed ?? String(reply.table?.rows[0]?.at(-1) ?? '');
  };

  it('says what is left unspent, in the unit asked', async () => {
    // 丙: 30 + 10 + 0 = 40 万元.
    expect(await figure('丙街道的项目一年下来总共剩了多少没花？用块钱说')).toBe('400000');
    expect(await figure('丁街道全年下来还剩下了多少钱没用')).toBe('40');
  });

  it('converts to the units said', async () => {
    expect(await figure('河道保洁的全年预算折成块钱')).toBe('2000000');
    expect(await figure('丁街道执行数合计，用百万元做单位是多少')).toBe('2');
    expect(await figure('社区图书角的预算，以十万元为单位是多少')).toBe('4');
  });

  it('averages with a verb, and with the ends left out', async () => {
    expect(await figure('丙街道的执行数取个平均')).toBe('40');
    // 丁 has two projects (两项): 95, 79.
    expect(await figure('丁街道两项的总分求个平均值')).toBe('87');
    // 丙 budgets 100, 40, 20: without 100 → 30.
    expect(await figure('丙街道的项目预算，去掉最大的那一个以后，平均每个多少')).toBe('30');
    // 邹平 scores 100, 95, 79: without both ends → 95.
    expect(await figure('邹平负责的项目总分去掉一个最高、一个最低，再平均')).toBe('95');
    // 丙 executed 70, 30, 20 → 30.
    expect(await figure('丙街道执行数最高最低各去一个算平均')).toBe('30');
    const none = await text('丁街道预算最高最低各去掉一个以后平均是多少');
    expect(none).toMatch(/无法计算/u);
    expect(none).not.toMatch(/计算：/u);
  });

  it('goes on from a sum with an operand naming only projects', async () => {
    // 160 + 240 − 20.
    expect(await figure('丙街道的预算加上丁街道的，再减去楼道照明的，得多少')).toBe('380');
    expect(await text('丙街道的预算加上丁街道的，再减去韩雪的总分')).not.toMatch(/计算：/u);
  });

  it('gives shares as 几分之几, the rate computed by hand rounded, and 年中追加 as a change', async () => {
    expect(await figure('社区图书角的预算是河道保洁的几分之几')).toBe('20');
    const own = await text('平安巡逻，拿执行数÷全年预算自己算一下，保留两位');
    expect(own).toMatch(/40 万元 ÷ 40 万元 ＝ 1/u);
    expect(own).toMatch(/保留两位：1\.00/u);
    // (200 − 150) ÷ 150.
    expect(await figure('河道保洁年中追加了百分之几')).toBe('33.33');
    expect(await figure('河道保洁年中追加了多少')).toBe('50');
  });

  it('cuts and raises a figure by a part, saying the factor', async () => {
    const cut = await text('河道保洁要是砍掉一成，还剩多少');
    expect(cut).toMatch(/200 万元 × 0\.9（砍掉一成） ＝ 180 万元/u);
    expect(await figure('丙街道的全年预算统一压减20%以后是多少')).toBe('128');
    expect(await figure('平安巡逻的全年预算打八五折')).toBe('34');
    expect(await figure('丁街道的执行数涨一成半是多少')).toBe('230');
    expect(await text('丙街道的总分减两成')).not.toMatch(/计算：/u);
  });

  it('says how many times one figure covers another, rounded down, with the exact quotient', async () => {
    const years = await text('河道保洁那笔钱，够付几年的平安巡逻？');
    expect(years).toMatch(/200 万元 ÷ 40 万元 ＝ 5；取整数部分：够 5 年/u);
    expect(years).toMatch(/「那笔钱」按「全年预算数」理解/u);
    // 160 ÷ 70 = 2.2857.
    const times = await text('河道保洁的执行数够发几次老年餐桌补贴的执行数');
    expect(times).toMatch(/＝ 2\.2857；取整数部分：够 2 次/u);
    expect(await figure('丁街道的预算能付社区图书角几年')).toBe('6');
  });

  it('checks and drops counts that restate the scope or the list', async () => {
    expect(await figure('丁街道两项的执行数合计')).toBe('200');
    expect(await text('丙街道两项的执行数合计')).toMatch(/您说的是 2 个项目/u);
    expect(await figure('韩雪和邹平两人的项目全年预算一共多少')).toBe('400');
    // 韩雪: 30 + 10.
    expect(await figure('韩雪那两批项目，结余加起来多少钱')).toBe('40');
    expect(await text('邹平那两批项目，结余加起来多少钱')).toMatch(/您说的是 2 个项目/u);
  });

  it('adds up one figure said 加起来, and reads a bound’s 大项目', async () => {
    // 92 + 88 + 100 + 95 + 79.
    expect(await figure('所有项目的总分一共加起来是多少分')).toBe('454');
    // Budget above 100: 河道保洁 alone (executed 160).
    expect(await figure('预算超过100万的那几个大项目，执行数平均是多少')).toBe('160');
    // 丙 钱一分没剩: 楼道照明.
    expect(await figure('丙街道钱一分没剩的项目有几个')).toBe('1');
  });
});
