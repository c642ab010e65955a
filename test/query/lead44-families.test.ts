/**
 * The lead's probe of stop 44: a total asked of the first N of a ranking with no amount named after it, the figure of
 * the one ranked first asked again in a clause of its own (差额是多少 / 减了多少 / 得了多少分), and money granted asked
 * with its verb alone (批了多少).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairSaidAgain } from '../../src/query/cell-compare-words.ts';
import { budgetsSaidBackwards } from '../../src/query/change-words.ts';
import { rewriteCheckPhrases } from '../../src/query/check-phrases.ts';
import { countedStreets } from '../../src/query/colloquial-words.ts';
import { formulaWords } from '../../src/query/formula-words.ts';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { phoneLengthDefined } from '../../src/query/problem-words.ts';
import { rewriteRankedTotal } from '../../src/query/ranked-total.ts';
import { normalise } from '../../src/query/tokens.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
} from './known-store.ts';

describe('readings of stop 44', () => {
  it('a total of the first N of a ranking adds up the amount ranked', () => {
    expect(rewriteRankedTotal('预算最多的三个项目加起来多少钱')).toBe('预算最多的三个项目的预算合计是多少');
    expect(rewriteRankedTotal('执行数最低的5个项目一共是多少')).toBe('执行数最低的5个项目的执行数合计是多少');
    // an amount named after the ranking is the one added up: left as said
    expect(rewriteRankedTotal('执行率最低的三个项目一共花了多少')).toBe('执行率最低的三个项目一共花了多少');
    // a ranking by what is no amount adds up nothing of its own
    expect(rewriteRankedTotal('总分最低的三个项目一共多少')).toBe('总分最低的三个项目一共多少');
  });

  it('the ranked figure asked again after the ranking is left out, another figure is an ask of its own', () => {
    expect(splitAsks('年初预算和全年预算差额最大的项目是哪个，差额是多少')).toEqual([
      '年初预算和全年预算差额最大的项目是哪个',
    ]);

    expect(splitAsks('总分最低的项目是哪个，预算是多少')).toEqual(['总分最低的项目是哪个', '预算是多少']);
    // by how much the first of a ranking by the budget's change changed: the change shown with it
    expect(splitAsks('哪个项目调减最多，减了多少')).toEqual(['哪个项目调减最多，附上预算调减额']);
    // fields asked one by one; the ask before asked again of another
    expect(splitAsks('晨光路拆迁 执行率? 总分?')).toEqual(['晨光路拆迁 执行率、 总分?']);
    expect(splitAsks('赵康所有项目全年预算总和? 牛艳维的呢?')).toEqual([
      '赵康所有项目全年预算总和?',
      '牛艳维的呢?',
    ]);
  });
});

describe('readings of the twenty-second part', () => {
  it('the stated rate and the rate worked out, the second said after 如果 and a pause, are one ask', () => {
    expect(splitAsks('X项目表上填写的执行率是多少？如果用全年执行数除以全年预算数计算，又是多少？')).toEqual([
      'X项目表上填写的执行率是多少?用全年执行数除以全年预算数计算又是多少?',
    ]);
  });

  it('words around a kind of row that add nothing are read as the kind', () => {
    expect(normalise('二级指标为时效指标的一共有多少条')).toBe('时效指标的一共有多少条');
    expect(normalise('哪些项目的一级指标中没有“效益指标”')).toBe('哪些项目的没有“效益指标”');
    expect(normalise('哪一条绩效指标扣了分')).toBe('哪一条指标扣了分');
    // what was written in a cell, asked; how to write it stays
    expect(normalise('偏差原因是怎么写的')).toBe('偏差原因写的是什么');
    expect(normalise('偏差原因应该怎么写')).toBe('偏差原因应该怎么写');
    expect(normalise('追加了预算的那些 一共追加了多少万')).toBe('追加了预算的项目 一共追加了多少万');
  });

  it('两者 after a pair of cells is that pair; N个街道办事处各 are the streets', () => {
    expect(pairSaidAgain('年初预算数和全年预算数都填了的项目中，两者相差最大的三个')).toBe(
      '年初预算数和全年预算数都填了的项目中，年初预算数和全年预算数相差最大的三个',
    );
    expect(pairSaidAgain('两者相差最大的三个')).toBe('两者相差最大的三个');
    expect(countedStreets('四个街道办事处各有多少个项目')).toBe('各街道各有多少个项目');
  });

  it('checks said in a clerk’s words are the checks', () => {
    expect(rewriteCheckPhrases('总分那一行的分值写错的项目')).toBe('总分值不是100的项目');
    expect(rewriteCheckPhrases('一级指标分值不是按10、50、30、10分配的项目')).toBe(
      '一级指标分值不合规定的项目',
    );
    expect(rewriteCheckPhrases('年初和全年不一样但是没说明调整原因的')).toBe(
      '年初和全年不一样预算调整未说明原因的',
    );
    expect(rewriteCheckPhrases('表里还留着模板空行的有哪些')).toBe('表里留有空白模板行的有哪些');
    expect(rewriteCheckPhrases('反向指标打分打错的有没有')).toBe('反向指标按正向打分的有没有');
    expect(rewriteCheckPhrases('所有检查都通过的表')).toBe('没有问题的表');
    expect(rewriteCheckPhrases('总分那一行的分值没写成100的')).toBe('总分值不是100的');
  });

  it('位数不对 with no length said is a number of the wrong shape in a cell of one number', () => {
    expect(phoneLengthDefined('联系电话位数不对的有哪些项目')).toBe(
      '联系电话位数不对，联系电话号码个数为1的有哪些项目',
    );
  });

  it('the lengths a phone should have, said with a pause between them', () => {
    expect(phoneLengthDefined('联系电话位数不对（既不是8位座机号，也不是11位手机号）的项目')).toBe(
      '联系电话位数不为8，联系电话位数不为11的项目',
    );
  });
});

describe('readings of the twenty-fourth part', () => {
  it('spoken shortcuts are read as the words they stand for', () => {
    expect(normalise('嗯 然后就是分值加起来不是一百的')).toMatch(/^分值加起来/u);
    expect(normalise('每个指标分值加起来是多少')).toBe('各条指标分值加起来是多少');
    expect(normalise('效益指标扣了分的行 一共几条')).toBe('效益指标扣了分的指标 一共几条');
    expect(normalise('产出/效益/满意度的条数')).toBe('产出、效益、满意度的条数');
    expect(normalise('按年度 全年执行数合计 分年列一下')).toBe('按年度 全年执行数合计 按年度列一下');
    expect(normalise('按人count一下')).toBe('按负责人count一下');
    expect(normalise('有缺项的表有几张')).toBe('缺项数大于0的表有几张');
    expect(normalise('哪个项目的负责人叫赵康')).toBe('哪个项目的负责人是赵康');
    expect(normalise('哪一年的项目多')).toBe('哪一年的项目最多');
    expect(normalise('请问河门口的表产出指标一共有多少条')).toBe('河门口的产出指标一共有多少条');
    expect(normalise('专班经费的两个电话分别是什么')).toBe('专班经费的电话分别是什么');
    expect(normalise('大红门的负责人都有谁')).toBe('大红门有哪些负责人');
    expect(normalise('疏整促 产出/效益/满意度 各几条')).toBe(
      '疏整促 按一级指标分，产出、效益、满意度 各几条',
    );
  });

  it('the budget’s change said by the points of the year, or of 年初预算 alone', () => {
    expect(formulaWords('调减最多的top3 (年初减全年)')).toBe('调减最多的top3 (预算调减额)');
    expect(budgetsSaidBackwards('全年比年初调减最多的')).toBe('全年预算比年初预算调减最多的');
    expect(budgetsSaidBackwards('年初预算调减最多的')).toBe('预算调减最多的');
    // 年初预算 compared with the other budget stays
    expect(budgetsSaidBackwards('全年预算和年初预算调减最多的')).toBe('全年预算和年初预算调减最多的');
  });
});

describe('answered over a store', () => {
  const PROJECTS: KnownProject[] = [
    {
      name: '河道保洁经费',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '王强',
      budget: 35,
      initial: 40,
      total: 96,
    },
    {
      name: '图书角补贴',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '王强',
      budget: 5,
      initial: 4,
      total: 100,
    },
    {
      name: '路灯维修经费',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '周敏',
      budget: 12,
      initial: 12,
      total: 88,
    },
    {
      name: '老年食堂补助',
      dept: '松岭街道办事处',
      year: 2024,
      owner: '周敏',
      budget: 38,
      initial: 30,
      total: 99,
    },
    {
      name: '垃圾分类宣传',
      dept: '松岭街道办事处',
      year: 2024,
      owner: '周敏',
      budget: 8,
      initial: 9,
      total: 95,
    },
  ];
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead44', PROJECTS.map(recordOfProject));
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('the budgets of the first two added up (38 + 35)', async () => {
    expect(await ask('预算最多的两个项目加起来多少钱')).toMatch(/全年预算数合计\(万元\)：73/u);
    expect(await ask('预算最多的两个项目总共多少钱')).toMatch(/全年预算数合计\(万元\)：73/u);
  });

  it('the figure of the one ranked first, asked again, is that one’s — never every project’s', async () => {
    const score = await ask('总分最低的项目是哪个，得了多少分');
    expect(score).toContain('路灯维修经费');
    expect(score).not.toContain('图书角补贴');
    const cut = await ask('哪个项目调减最多，减了多少');
    expect(cut).toContain('河道保洁经费');
    expect(cut).toContain('-5');
    const granted = await ask('全年预算最高的项目是哪个，批了多少');
    expect(granted).toContain('老年食堂补助');
    // the first's budget, never every project's (98)
    expect(granted).toMatch(/全年预算数合计\(万元\)：38(?!\d)/u);
  });

  it('a number right after 没到 is the bound, with the ranking said after a pause', async () => {
    const r = await ask('总分没到100的 预算最少的是哪个');
    expect(r).toContain('垃圾分类宣传');
    expect(r).not.toContain('按全年预算数');
  });

  it('the person just answered, pointed at as 这个人; the set just listed as the object of 请把', async () => {
    const r = await ask('河道保洁经费的负责人是谁？这个人还负责哪些项目？');
    expect(r).toContain('图书角补贴');
    await ask('预算最少的两个项目是哪些');
    const owners = await ask('请把它们的项目负责人也列出来。');
    expect(owners).toContain('接上一问');
    expect(owners).toContain('周敏');
    expect(owners).not.toContain('河道保洁经费');
    expect(await ask('老年食堂补助那个 负责任是谁')).toContain('「负责任」按「负责人」理解');
  });

  it('a total in money of a set picked by one amount adds up that amount', async () => {
    // 5 + 12 + 8
    expect(await ask('预算在5万到20万之间的项目一共多少钱')).toMatch(/全年预算数合计\(万元\)：25/u);
  });

  it('比…多几倍 is the multiple, the multiple less one said besides', async () => {
    const r = await ask('梅林镇的预算比松岭街道多几倍');
    // 52 ÷ 46
    expect(r).toContain('是后者的 1.13 倍，比后者多 0.13 倍');
  });

  it('a mean asked after a total, and a part of those counted, keep the ask before', async () => {
    const r = await ask('梅林镇的项目全年预算一共多少 然后平均一个是多少');
    // 52 over 3
    expect(r).toMatch(/平均全年预算数\(万元\)：17\.33/u);
    const part = await ask('总分没到100的项目几个？梅林镇占几个');
    expect(part).toMatch(/项目数：4/u);
    expect(part).toMatch(/项目数：2/u);
  });

  it('money granted, asked by its verb alone, is the budget', async () => {
    expect(await ask('松岭街道批了多少')).toMatch(/全年预算数合计\(万元\)：46/u);
    expect(await ask('梅林镇剩了多少')).toContain('结余');
  });
});

describe('a count before a piece of names', () => {
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf(
      'u-lead44-count',
      [
        { name: '松岭疫情防控资金—基本户', dept: '松岭街道办事处', year: 2024, owner: '孙敏', budget: 6.5 },
        { name: '松岭疫情防控资金—专项', dept: '松岭街道办事处', year: 2024, owner: '孙敏', budget: 32.9 },
        { name: '路灯维修经费', dept: '松岭街道办事处', year: 2024, owner: '周敏', budget: 12 },
        { name: '24年人口抽样调查', dept: '梅林镇人民政府', year: 2024, owner: '王丽', budget: 3 },
        { name: '松岭街道年度人口抽样调查', dept: '松岭街道办事处', year: 2024, owner: '周蕾', budget: 2 },
      ].map(recordOfProject),
    );
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('restates how many projects the piece names, when it names that many', async () => {
    expect(await ask('松岭的两个疫情防控资金加起来多少万')).toMatch(/全年预算数合计\(万元\)：39\.4/u);
    // any other number is reported
    expect(await ask('松岭的三个疫情防控资金加起来多少万')).toContain('「3个」');
  });

  it('an office word before a piece of names is the project whose name holds both, when the two found nothing', async () => {
    const r = await ask('松岭人口抽样调查谁负责的？');
    expect(r).toContain('周蕾');
    expect(r).not.toContain('王丽');
  });
});
