/**
 * The lead's probe of stop 51: the classes the fortieth to forty-third parts' misses showed — a later ask after a
 * computation over one set, a row's cell asked right after one project's rows, a form's stated rate against its
 * amounts, numbered items said in words, corrections said as clerks say them, points lost on rows, English words in a
 * Chinese question, 然后 between two asks, 那仨 for the list just shown, and the thanks around a question. Wordings and
 * forms of our own (no corpus office or project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/bot/intent.ts';
import { withoutCourtesy } from '../../src/query/courtesy.ts';
import { withoutGuesses } from '../../src/query/guesses.ts';
import { withoutHesitation } from '../../src/query/hesitation.ts';
import { asksRowCellOnly } from '../../src/query/row-cell-follow.ts';
import { withoutSelfCorrection } from '../../src/query/self-correction.ts';
import { statedRateAsked } from '../../src/query/stated-rate-asked.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  memoryChat,
  messageAskerOf,
  projectOf,
  recordOfProject,
} from './known-store.ts';

const QINGSHI = '青石街道办事处';
const BAISHA = '白沙街道办事处';
const project = projectOf;

describe('questions of stop 51 over two streets', () => {
  let store: Store;
  let chatOf: () => (q: string) => Promise<string>;
  beforeAll(async () => {
    const rowsForm = formWithRows('路灯维修工程', QINGSHI, [
      indicatorRow('产出指标', '数量指标', '维修路灯数', { score: 8, deviation: '灯具到货延迟' }),
      indicatorRow('满意度指标', '服务对象满意度指标', '居民满意度', { score: 5, actual: '85%' }),
    ]);
    rowsForm.owner = '孙悦';
    rowsForm.totalScore = 93;
    const stated = recordOfProject(project('社区食堂补贴', QINGSHI, { budget: 40, executed: 36 }));
    stated.funds.total.rate = { raw: '100%', value: 100 };
    const known = await adminStoreOf('u-lead51', [
      rowsForm,
      stated,
      recordOfProject(project('绿地养护', QINGSHI, { budget: 50, executed: 45, initial: 30, total: 90 })),
      recordOfProject(project('路灯改造', BAISHA, { budget: 20, owner: '韩冰', total: 100 })),
      recordOfProject(project('老年食堂运营', BAISHA, { budget: 30, owner: '韩冰', total: 95, year: 2039 })),
    ]);
    store = known.store;
    chatOf = () => messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('asks a later ask with no scope over the set the computation before it was over', async () => {
    // 青石: budgets 100 + 40 + 50 = 190, spent 100 + 36 + 45 = 181 — 9 left; every project would leave 9 too but
    // count 白沙's 0: the scope shows in the echo.
    const r = await chatOf()('青石街道的项目整体执行率是多少？还剩多少钱没花');
    expect(r).toMatch(/结余合计\(万元\)[：:]\s*9\b/u);
    expect(r).toMatch(/含「青石街道」的项目；结余合计/u);
  });

  it('asks a row cell right after one project’s rows of those rows, also after the rows were counted', async () => {
    const ask = chatOf();
    await ask('路灯维修工程的绩效指标有哪些');
    const actual = await ask('实际完成值填的多少');
    expect(actual).toContain('85%');
    expect(actual).toContain('接上一问');
    const counted = chatOf();
    await counted('路灯维修工程有几条指标');
    const scores = await counted('得分分别多少');
    expect(scores).toContain('维修路灯数');
    expect(scores).not.toContain('路灯改造');
    expect(asksRowCellOnly('得分分别多少')).toBe(true);
    expect(asksRowCellOnly('路灯改造的得分是多少')).toBe(false);
  });

  it('reads a stated rate against the one its amounts give, with the gap in points', async () => {
    const said = statedRateAsked(
      '“社区食堂补贴”表上执行率为100%，按全年执行数除以全年预算数计算应为多少？与表上数相差多少个百分点？',
    );
    expect(said).toBe('「社区食堂补贴」的执行率和表上执行率分别是多少？两者相差多少？');
    const r = await chatOf()(
      '“社区食堂补贴”表上执行率为100%，按全年执行数除以全年预算数计算应为多少？与表上数相差多少个百分点？',
    );
    expect(r).toMatch(/执行率\(%\)\s*90/u);
    expect(r).toMatch(/相差 10 个百分点/u);
  });

  it('answers items counted in words (一是…二是…) each', async () => {
    const r = await chatOf()('一是青石街道项目有几个，二是这些项目的全年预算数合计多少万元。');
    expect(r).toMatch(/项目数[：:]\s*3/u);
    expect(r).toMatch(/全年预算数合计\(万元\)[：:]\s*190/u);
    expect(r).not.toContain('未作查询');
  });

  it('asks whether the money is spent as the set’s rate and what is left', async () => {
    const r = await chatOf()('白沙的钱花完没');
    expect(r).toMatch(/结余合计\(万元\)[：:]\s*0/u);
    expect(r).toMatch(/执行率/u);
  });

  it('reads corrections as clerks type them', async () => {
    const ask = chatOf();
    await ask('青石街道总分最低的项目是哪些？');
    const flipped = await ask('更正一下，我要的是总分最高的。');
    expect(flipped).toContain('社区食堂补贴');
    expect(flipped).not.toContain('路灯改造');
    expect(withoutSelfCorrection('2039年度项目的总分平均是多少——不好意思，我是想问2040年度的。')).toBe(
      '2040年项目的总分平均是多少',
    );
    expect(withoutSelfCorrection('嗯那个百沙街道不对我说错了是白沙街道的项目有几个')).toBe(
      '白沙街道的项目有几个',
    );
    expect(withoutSelfCorrection('青石街道的年初预算加起来多少 不对 我说错了 是全年预算')).toBe(
      '青石街道的全年预算加起来多少',
    );
    const named = await chatOf()('请问路灯改造的总分……不好意思说错了，是绿地养护项目');
    expect(named).toMatch(/「绿地养护」（2040年）：总分 90/u);
    expect(named).not.toContain('有错误');
  });

  it('answers the points lost on rows as clerks ask them', async () => {
    const lost = await chatOf()('路灯维修那个 满意度扣了几分');
    expect(lost).toMatch(/扣分\s*5/u);
    const why = await chatOf()('路灯维修工程那个咋扣的分');
    expect(why).toContain('灯具到货延迟');
    const sum = await chatOf()('青石街道的三级指标扣分（分值−得分）合计多少分？');
    expect(sum).toMatch(/扣分合计 7 分/u);
    const whether = await chatOf()('有没有时效指标被扣分的项目');
    expect(whether).not.toContain('没有这样的指标');
  });

  it('reads English figure words inside a Chinese question', async () => {
    const spent = await chatOf()('白沙 actual 支出 total 多少');
    expect(spent).toMatch(/全年执行数合计\(万元\)[：:]\s*50/u);
    const avg = await chatOf()('btw 白沙 avg 预算 per project 是多少');
    expect(avg).toMatch(/平均全年预算数\(万元\)[：:]\s*25/u);
  });

  it('answers two asks joined by 然后, and 那仨 for the list just shown', async () => {
    const two = await chatOf()('嗯就是青石街道的项目一共多少个然后预算总共多少钱');
    expect(two).toMatch(/项目数[：:]\s*3/u);
    expect(two).toMatch(/全年预算数合计\(万元\)[：:]\s*190/u);
    const ask = chatOf();
    await ask('青石街道的项目有哪几个');
    const three = await ask('那仨的预算加起来多少');
    expect(three).toMatch(/全年预算数合计\(万元\)[：:]\s*190/u);
  });

  it('converts one project’s amount exactly when 换成元呢 follows it', async () => {
    const ask = chatOf();
    await ask('请问“社区食堂补贴”全年执行数是多少？');
    const r = await ask('换成元呢？');
    expect(r).toContain('360000 元');
    expect(r).not.toContain('约为');
  });

  it('ranks anew by a figure the question before fixed to one value', async () => {
    const ask = chatOf();
    await ask('白沙总分100的有哪几个');
    const r = await ask('行 那青石总分最低那个是谁负责的');
    expect(r).toContain('绿地养护');
    expect(r).not.toContain('没有符合条件');
  });

  it('answers terse figure asks each, unless the next clause computes with the figure', async () => {
    const two = await chatOf()('青石结余合计，执行率最低的是哪个');
    expect(two).toMatch(/结余合计\(万元\)[：:]\s*9\b/u);
    expect(two).toContain('社区食堂补贴');
    const one = await chatOf()('青石的全年预算合计，扣掉路灯维修工程以后还剩多少');
    expect(one).toMatch(/＝ 90 万元/u);
  });

  it('asks the change in 元 after 比…调增了多少元', async () => {
    const r = await chatOf()('“绿地养护”全年预算比年初预算调增了多少元？');
    expect(r).toContain('200000 元');
    expect(r).toContain('（50 万元 − 30 万元）');
  });
});

describe('words around a question said plainly (stop 51)', () => {
  it('takes thanks, chat words and what the answer is for off the question', () => {
    expect(withoutCourtesy('在吗 帮我看下咱青石预算过100万的有几个 谢啦')).not.toContain('谢');
    expect(withoutCourtesy('thx! btw 青石 的项目都没填负责人吗？')).toBe('青石 的项目都没填负责人吗?');
    expect(withoutCourtesy('麻烦把“路灯改造”的全年执行数换算成元，我这边做账要用。')).not.toContain('做账');
    expect(withoutCourtesy('好的，麻烦再帮我换算成元，谢谢。')).toBe('换算成元');
  });

  it('takes a spoken 就是说 off the start, and an amount roughly said as pointing at the project', () => {
    expect(withoutHesitation('就是说偏差原因那一栏写的是无的 是哪些项目')).toBe(
      '偏差原因那一栏写的是无的 是哪些项目',
    );
    expect(withoutGuesses('青石那个路灯改造的项目 2000万多那个 折成元是多少')).not.toContain('2000');
  });

  it('takes …的列一下 as a question in the bot', () => {
    expect(isQuestion('白沙满意度写未做的列一下')).toBe(true);
  });
});
