/**
 * The vocabulary of arithmetic (arith-shapes.ts, arith-words.ts, arith-clauses.ts, arithmetic.ts) as words and word
 * classes, not as the sentences of an eval set: shares said with 占几个点 / 能占 / 里有百分之几, the rate of a whole
 * (整体 / 总体执行率: totals, not the average of rates), 总和 / 总额 inside a frame, an aggregate after a scope
 * (X的合计), money asked of projects that name no figure, a clause naming the figure (按全年执行数), the result named
 * with a verb of working it out (算出来执行率多少) and a count said before a figure (全部5个项目全年预算). Sentences and
 * names are our own; every figure is done by hand from the projects below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  {
    name: '路灯维护',
    dept: '丙街道办事处',
    year: 2023,
    owner: '吴敏',
    budget: 80,
    executed: 60,
    initial: 70,
  },
  {
    name: '公厕改造',
    dept: '丙街道办事处',
    year: 2023,
    owner: '吴敏',
    budget: 40,
    executed: 40,
    initial: 40,
  },
  {
    name: '老旧楼加装电梯',
    dept: '丁街道办事处',
    year: 2022,
    owner: '郑强',
    budget: 200,
    executed: 150,
    initial: 180,
  },
  { name: '垃圾分类宣传', dept: '丁街道办事处', year: 2023, owner: '郑强', budget: 20, executed: 5 },
  { name: '社区食堂补贴', dept: '丁街道办事处', year: 2023, owner: '冯玲', budget: 60, executed: 60 },
  {
    name: '文化站免费开放补助（市级）',
    dept: '戊街道办事处',
    year: 2023,
    owner: '韩雪',
    budget: 16,
    executed: 16,
  },
  {
    name: '文化站免费开放补助（区级）',
    dept: '戊街道办事处',
    year: 2023,
    owner: '韩雪',
    budget: 4,
    executed: 4,
  },
  { name: '河道巡查（市级）', dept: '戊街道办事处', year: 2023, owner: '韩雪', budget: 9, executed: 9 },
];
// 丙: budget 120, executed 100 (rates 75 and 100). 丁: budget 280, executed 215. 戊: 29 and 29. All: 429, 344.

const VOCAB = vocabularyOfProjects(PROJECTS);
const read = (q: string) => parseArithmetic(q, VOCAB, 2025);

describe('arithmetic vocabulary: reading', () => {
  it('reads 总和 / 总额 inside a frame as the frame’s total, and alone in a share as the whole', () => {
    const framed = read('丙街道整体执行率多少？用执行数总和除以预算总和');
    expect(framed?.query.op).toBe('divide');
    for (const side of [framed!.query.left, framed!.query.right])
      expect(JSON.stringify(side)).toContain('丙街道');
    const whole = read('路灯维护的预算占预算总额的百分之几');
    expect(whole?.query.op).toBe('share');
    expect(whole?.query.right).toMatchObject({ kind: 'figure', filters: [] });
  });

  it('keeps a share’s part within its whole', () => {
    const part = read('2023年的项目中，有百分之几是丁街道的');
    expect(part?.query.op).toBe('share');
    expect(JSON.stringify(part?.query.left)).toContain('2023');
  });

  it('answers nothing when a word of a side is not placed', () => {
    expect(read('路灯维护在己街道全部预算里能占几个点')).toBeNull();
    expect(read('丙街道整体执行率多少？用执行数总和除以招待费总和')).toBeNull();
    expect(read('丙街道的整体满意率')).toBeNull();
    // A place of money said of a rate: how to round it is not understood.
    expect(read('丙街道的平均执行率，四舍五入到万位')?.query.round).toMatchObject({ place: 1e4 });
    // 倒数第二大 says both ends.
    expect(read('丁街道预算最大的项目比倒数第二大的多多少')).toBeNull();
  });

  it('reads a place of a ranking on either side, and the gap of two projects as highest less lowest', () => {
    const second = read('丁街道全年预算最大的项目比第二大的多出多少万');
    expect(second?.query.left).toMatchObject({ measure: { fn: 'max', field: 'annualBudget' } });
    expect(second?.query.right).toMatchObject({ measure: { fn: 'max', field: 'annualBudget' }, offset: 1 });
    const third = read('执行数第二高的项目和第三高的差多少');
    expect(third?.query.left).toMatchObject({ offset: 1 });
    expect(third?.query.right).toMatchObject({ offset: 2 });
    const pair = read('丙街道两个项目的全年执行数差额是多少');
    expect(pair?.query).toMatchObject({ op: 'minus', pair: true, gap: true });
    expect(pair?.query.left).toMatchObject({ measure: { fn: 'max', field: 'executed' } });
    expect(pair?.query.right).toMatchObject({ measure: { fn: 'min', field: 'executed' } });
  });
});

describe('arithmetic vocabulary: answers over known figures', () => {
  let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
  let close: () => Promise<void>;
  beforeAll(async () => {
    const s = await adminStoreOf('web:arith-vocab', PROJECTS.map(recordOfProject));
    ask = s.ask;
    close = () => s.store.close();
  }, 60_000);
  afterAll(async () => {
    await close?.();
  });

  /** The result of `计算：… ＝ <figure> <unit>`. */
  const result = async (q: string) =>
    (await ask(q)).text.match(/计算：.*＝ (-?[\d.]+) ?([^\s（]*)/)?.slice(1, 3);

  it('takes the rate of a whole as total executed over total budget, not the mean of the rates', async () => {
    // 丙: 100 / 120 (the mean of 75% and 100% would be 87.5%).
    expect(await result('丙街道整体执行率是多少')).toEqual(['83.33', '%']);
    expect(await result('丁街道的总体执行率')).toEqual(['76.79', '%']);
  });

  it('keeps 总和 of a named office within that office, and says a ratio of amounts as a percentage too', async () => {
    const text = (await ask('丙街道整体执行率多少？用执行数总和除以预算总和')).text;
    // All projects would give 315 / 400 = 0.79.
    expect(text).toMatch(/100 万元 ÷ 120 万元 ＝ 0\.83（即 83\.33%）/);
    expect(await result('丁街道的执行率，拿全年执行数合计除以全年预算数合计算')).toEqual(['0.77', '']);
    // All projects: 344 / 429.
    expect(await result('全部项目的整体执行率')).toEqual(['80.19', '%']);
  });

  it('reads a share said with 几个点 / 能占 / 里有百分之几', async () => {
    expect(await result('路灯维护在丙街道全部全年预算里能占几个点')).toEqual(['66.67', '%']);
    expect(await result('社区食堂补贴的预算大概占丁街道预算总额的百分之几')).toEqual(['21.43', '%']);
    // 丙 + 丁: (20 + 65) / 400; 戊 is not in the frame.
    expect(await result('丙街道和丁街道合在一起，全年预算里有百分之几没花出去')).toEqual(['21.25', '%']);
    expect(await result('丁街道的全年预算里有几成没花掉')).toEqual(['23.21', '%']);
  });

  it('reads an aggregate after a scope with the other side’s field, and 相差 after a comma', async () => {
    // 2023: 丙 120, 丁 80.
    expect(await result('丙街道2023年的预算合计和丁街道2023年的合计，相差多少')).toEqual(['40', '万元']);
    expect(await result('丁街道2023年的执行数合计与丙街道2023年的合计相差多少')).toEqual(['-35', '万元']);
  });

  it('reads money asked of projects that name no figure as their budget, and says so', async () => {
    const more = await ask('路灯维护比公厕改造多了多少钱');
    expect(more.text).toMatch(/＝ 40 万元/);
    expect(more.text).toContain('「多少钱」按「全年预算数」理解');
    expect(await result('垃圾分类宣传比社区食堂补贴少多少万')).toEqual(['40', '万元']);
  });

  it('reads the amount not spent asked in 元, and a clause that names the figure', async () => {
    expect(await result('路灯维护还剩多少元没用')).toEqual(['200000', '元']);
    // 150 / 60.
    expect(await result('老旧楼加装电梯是路灯维护的几倍（按全年执行数）')).toEqual(['2.5', '倍']);
    expect(await result('社区食堂补贴是垃圾分类宣传的几倍，按全年预算算')).toEqual(['3', '倍']);
  });

  it('reads the result named with a verb of working it out', async () => {
    expect(await result('路灯维护，用执行数除以预算算出来执行率多少')).toEqual(['0.75', '']);
    expect(await result('公厕改造，拿执行数除以预算数，执行率自己算出来是多少')).toEqual(['1', '']);
  });

  it('takes a place below the top as that project’s value', async () => {
    // 丁: 200, 60, 20.
    expect(await result('丁街道全年预算最大的项目比第二大的多出多少万')).toEqual(['140', '万元']);
    expect(await result('丁街道全年预算第二大的项目比第三大的多多少')).toEqual(['40', '万元']);
    expect(await result('丁街道执行数最低的和倒数第二的差多少')).toEqual(['-55', '万元']);
  });

  it('takes the gap of the two projects of a set, and refuses when the set is not two', async () => {
    // 丙: executed 60 and 40.
    expect(await result('丙街道两个项目的全年执行数差额是多少')).toEqual(['20', '万元']);
    expect(await result('吴敏负责的这两个项目全年预算相差多少')).toEqual(['40', '万元']);
    const three = await ask('丁街道两个项目的全年预算差额是多少');
    expect(three.text).not.toMatch(/计算：/);
    expect(three.text).toMatch(/3 个/);
  });

  it('reads a side within a frame clause as the one set inside the other, never either of them', async () => {
    // 韩雪 has two 免费开放补助 and one more 市级 project: 16 − 4, never (16 + 9) − 4.
    expect(await result('韩雪那两个免费开放补助，市级的比区级的全年预算多多少')).toEqual(['12', '万元']);
  });

  it('multiplies a figure by the number of times said', async () => {
    expect(await result('路灯维护全年预算的一点一倍是多少万')).toEqual(['88', '万元']);
    expect(await result('按丁街道全年执行数合计的1.5倍算，是多少')).toEqual(['322.5', '万元']);
  });

  it('rounds the result as asked, after the exact figure; a place of money only of an amount', async () => {
    const text = (await ask('丁街道全年执行数合计除以3，四舍五入到万位')).text;
    expect(text).toMatch(/215 万元 ÷ 3 ＝ 71\.67 万元/);
    expect(text).toContain('四舍五入到万位：72 万元');
    expect((await ask('丙街道的预算合计换算成元，精确到千元')).text).toContain('精确到千元：1200000 元');
    expect((await ask('丁街道的项目数比丙街道多几个，保留两位小数')).text).toContain('保留两位小数：1.00 个');
    const rate = await ask('丙街道的整体执行率，四舍五入到万位');
    expect(rate.text).not.toMatch(/计算：/);
    expect(rate.text).toContain('没有看懂');
  });

  it('answers a median asked in the forms’ own unit (多少万) as the middle value, not a sum', async () => {
    // 丁: 200, 60, 20.
    const median = await ask('丁街道项目的全年预算，中位数是多少万');
    expect(median.text).toContain('中位数：全年预算数 60万元');
  });

  it('takes a figure per group, then its mean over the groups (平均每个X)', async () => {
    // 丙 2, 丁 3, 戊 3 projects.
    const offices = await ask('平均每个部门有几个项目');
    expect(offices.text).toMatch(/8 个 ÷ 3 个主管部门 ＝ 2\.67 个/);
    // 吴敏 2, 郑强 2, 冯玲 1, 韩雪 3.
    expect((await ask('平均每个负责人负责几个项目')).text).toMatch(/＝ 2 个/);
    // 2023: 丙 120, 丁 80, 戊 29.
    expect((await ask('2023年平均每个部门的全年预算合计是多少')).text).toMatch(
      /229 万元 ÷ 3 个主管部门 ＝ 76\.33 万元/,
    );
    // The mean of averages is not read.
    expect(read('平均每个部门的平均执行率是多少')).toBeNull();
  });

  it('checks a count said before a figure', async () => {
    expect(await result('全部8个项目全年预算总共是多少亿')).toEqual(['0.0429', '亿元']);
    const wrongCount = await ask('全部6个项目全年预算总共是多少亿');
    expect(wrongCount.text).toContain('您说的是 6 个项目');
    expect(wrongCount.text).not.toMatch(/计算：/);
  });
});
