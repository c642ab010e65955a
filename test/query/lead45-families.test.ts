/**
 * The lead's probe of stop 45 and the twenty-sixth part's misses: shares of one project within its group, the gap of a
 * pair asked after it, another side's share, bounds that keep their field, the form's words typed by sound, rows left
 * out (写个无的不算 / 满意度的不算), questions that leave out part of the set just shown, and checks said in the
 * words of an audit. Wordings of our own, over hand-made forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteCheckPhrases } from '../../src/query/check-phrases.ts';
import { countedStreets } from '../../src/query/colloquial-words.ts';
import { domainTypos } from '../../src/query/domain-typos.ts';
import { gapOfThePair, shareOfAnotherSide, splitAsks } from '../../src/query/multi-ask.ts';
import { meanThenAboveIt, partShareAsked } from '../../src/query/part-share.ts';
import { rankedShare } from '../../src/query/ranked-share.ts';
import { readRowCells } from '../../src/query/row-cells.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
  indicatorRow as row,
} from './known-store.ts';

describe('readings of stop 45', () => {
  it('the largest share of a group is its largest amount, asked with its share', () => {
    expect(rankedShare('甲镇的项目中哪个项目的执行数占全镇执行数的比重最高')).toBe(
      '甲镇全年执行数最高的项目是哪个？甲镇全年执行数最高的项目占甲镇全年执行数合计的比重是多少',
    );
    expect(rankedShare('哪个项目的预算占比最低')).toBe(
      '全年预算最低的项目是哪个？全年预算最低的项目占全部项目全年预算合计的比重是多少',
    );
    // the share asked again after it is the same ask
    expect(rankedShare('乙街道哪个项目的预算占乙街道总预算的比例最大，占多少')).toBe(
      '乙街道全年预算最大的项目是哪个？乙街道全年预算最大的项目占乙街道全年预算合计的比重是多少',
    );
    // a share of the whole district named so
    expect(rankedShare('乙街道哪个项目的预算占全区预算的比例最大')).toContain('占全部项目全年预算合计');
    // a rate is no amount's share
    expect(rankedShare('哪个项目的执行率最高')).toBe('哪个项目的执行率最高');
  });

  it('the gap of a pair, and another side’s share, said as the follow-ups the answers take', () => {
    expect(gapOfThePair('甲和乙的平均预算分别是多少？两边差多少？')).toBe(
      '甲和乙的平均预算分别是多少？差多少？',
    );
    expect(gapOfThePair('甲和乙的执行数合计分别是多少？哪边多，多多少？')).toBe(
      '甲和乙的执行数合计分别是多少？差多少？',
    );
    // no pair asked before: left as said
    expect(gapOfThePair('甲的预算是多少？两边差多少？')).toBe('甲的预算是多少？两边差多少？');
    expect(shareOfAnotherSide('甲的预算占全部的百分之多少？乙又占多少？')).toBe(
      '甲的预算占全部的百分之多少？那乙呢？',
    );
    expect(shareOfAnotherSide('甲的预算是多少？乙又占多少？')).toBe('甲的预算是多少？乙又占多少？');
  });

  it('a total, then the share of a part of it: two asks, the part’s share of the same projects', () => {
    expect(partShareAsked('王强负责的项目全年预算一共多少？其中图书角补贴占百分之几？')).toBe(
      '王强负责的项目全年预算一共多少？王强负责的项目中图书角补贴的全年预算占王强负责的项目全年预算的百分之几？',
    );
    expect(partShareAsked('梅林镇的项目预算一共多少，其中2024年的占多少')).toBe(
      '梅林镇的项目预算一共多少？梅林镇的项目中2024年的预算占梅林镇的项目预算的百分之几？',
    );
    // a count, then its part: left to the readers of counts
    expect(partShareAsked('梅林镇有几个项目，其中2024年的占多少')).toBe(
      '梅林镇有几个项目，其中2024年的占多少',
    );
  });

  it('a mean, then the projects above it: of the same projects, against their own mean', () => {
    expect(
      meanThenAboveIt('请统计梅林镇项目的全年预算数平均值，以及全年预算数高于该平均值的项目数量。'),
    ).toBe('梅林镇项目的全年预算数平均值是多少？梅林镇项目中全年预算数高于平均值的项目有几个？');
    expect(meanThenAboveIt('梅林镇的总分平均是多少')).toBe('梅林镇的总分平均是多少');
  });

  it('the form’s words typed by sound are read as printed, and said', () => {
    expect(domainTypos('聘用调查员那条只标值多少')).toEqual({
      text: '聘用调查员那条指标值多少',
      said: [['只标值', '指标值']],
    });
    expect(domainTypos('偏插原因写了的').text).toBe('偏差原因写了的');
    expect(domainTypos('年处预算没填的').text).toBe('年初预算没填的');
    expect(domainTypos('全年比年处多的').text).toBe('全年比年初多的');
    // words of their own: 直接 after 指标, a paper form, a fraction
    for (const text of ['满意度那条指标直接得了0分', '纸表交了没有', '百分之九十以上'])
      expect(domainTypos(text).said, text).toEqual([]);
  });

  it('rows left out: a cell holding just a word, or a kind of row', () => {
    expect(readRowCells('偏差原因写了东西的项目，写个无的不算').cells).toEqual([
      { column: 'deviation', text: '无', exact: true, not: true },
      { column: 'deviation', blank: false },
    ]);
    expect(readRowCells('扣了分的指标一共几条 满意度的不算').cells).toEqual([
      { column: 'labels', text: '满意度', exact: false, not: true },
    ]);
    expect(readRowCells('除了满意度写“未做”的以外，满意度指标没拿满分的').cells).toEqual([
      { column: 'any', text: '未做', exact: false, not: true },
    ]);
  });

  it('checks said as an auditor or a clerk says them', () => {
    expect(rewriteCheckPhrases('总分是不是漏加了预算执行那10分')).toBe('总分与明细不符');
    expect(rewriteCheckPhrases('执行率明明不到100却写了100%的')).toBe('执行率凑成100%的');
    expect(rewriteCheckPhrases('把预算执行的得分写到分值那一栏的')).toBe('分值栏误填成得分的');
    expect(rewriteCheckPhrases('执行率是不是有算错的')).toBe('执行率算错的');
    expect(rewriteCheckPhrases('必填项没填全的表')).toBe('缺项数大于0的表');
    expect(rewriteCheckPhrases('指标满分了还写了偏差原因的 写个无的不算')).toBe('满分行写了偏差原因');
  });

  it('years or offices counted, then each asked, are each of them', () => {
    expect(countedStreets('两个年度各有多少个项目')).toBe('各年度各有多少个项目');
    expect(countedStreets('三个部门分别报了几个')).toBe('各部门分别报了几个');
  });

  it('another question opened by 另外 keeps nothing of the one before', () => {
    expect(splitAsks('执行率凑成100%的有哪些？另外执行率算错的又有哪些？')).toEqual([
      '执行率凑成100%的有哪些?',
      '执行率算错的有哪些?',
    ]);
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
      executed: 30,
      initial: 40,
    },
    {
      name: '图书角补贴',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '王强',
      budget: 5,
      executed: 5,
      initial: 4,
    },
    { name: '路灯维修经费', dept: '梅林镇人民政府', year: 2023, owner: '周敏', budget: 12, executed: 11.9 },
    {
      name: '老年食堂补助',
      dept: '松岭街道办事处',
      year: 2024,
      owner: '周敏',
      budget: 38,
      executed: 38,
      initial: 30,
    },
    {
      name: '垃圾分类宣传',
      dept: '松岭街道办事处',
      year: 2023,
      owner: '周敏',
      budget: 8,
      executed: 8,
      initial: 9,
    },
  ];
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead45', PROJECTS.map(recordOfProject));
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('是个啥: of a field, its meaning; of a project’s person, the person — never a family name 个', async () => {
    expect(await ask('偏差原因是个啥')).toContain('偏差原因');
    const owner = await ask('河道保洁经费的负责人是个啥');
    expect(owner).toContain('王强');
    expect(owner).not.toContain('姓「个」');
  });

  it('the forms called the papers sent in', async () => {
    expect(await ask('我们梅林镇一共交上去多少份材料？')).toMatch(/项目数：3(?!\d)/u);
    // inside a name the word stays: no project holds it here, and it is said so
    expect(await ask('宣传材料印制经费的预算是多少')).toContain('宣传材料印制经费');
  });

  it('a bound on the rate picks the projects; their money is the total asked', async () => {
    // 河道保洁经费 (85.7%) and 路灯维修经费 (99.2%): 35 + 12
    expect(await ask('执行率低于100%的项目一共多少钱')).toMatch(/全年预算数合计\(万元\)：47(?!\d)/u);
  });

  it('a second bound said after 但 is of the field of the first', async () => {
    const r = await ask('执行数高于10万但低于36万的项目');
    expect(r).toContain('全年执行数低于36万元');
    expect(r).toContain('河道保洁经费');
    expect(r).not.toContain('老年食堂补助');
  });

  it('the project with the largest share of its town, named with its share', async () => {
    const r = await ask('梅林镇的项目中哪个项目的预算占全镇预算的比重最高');
    expect(r).toContain('河道保洁经费');
    // 35 ÷ 52
    expect(r).toContain('67.31');
  });

  it('a total, then the share of a part of the same projects — never of every project', async () => {
    const r = await ask('王强负责的项目全年预算一共多少？其中图书角补贴占百分之几？');
    expect(r).toMatch(/全年预算数合计\(万元\)：40(?!\d)/u);
    // 5 ÷ 40
    expect(r).toContain('12.5%');
  });

  it('the projects above the mean of the projects just asked about', async () => {
    // 梅林镇: 35, 5, 12 — mean 17.33, one above it (never the mean of all five, 19.6)
    const r = await ask('梅林镇项目的全年预算数平均值，以及全年预算数高于该平均值的项目数量');
    expect(r).toMatch(/平均全年预算数\(万元\)：17\.33/u);
    expect(r).toMatch(/项目数：1(?!\d)/u);
  });

  it('the gap of a pair asked after it', async () => {
    const r = await ask('梅林镇和松岭街道的预算合计分别是多少？两边差多少？');
    // 52 − 46
    expect(r).toMatch(/＝ 6 万元/u);
  });

  it('the set just shown less what is named, the rest ordered', async () => {
    await ask('2024年的项目有哪些');
    const r = await ask('去掉松岭街道的，剩下的按全年预算从高到低排');
    expect(r).toContain('接上一问');
    expect(r).toContain('河道保洁经费');
    expect(r).not.toContain('老年食堂补助');
    expect(r).not.toContain('路灯维修经费');
    expect(r).not.toContain('结余');
  });

  it('the people owning so many projects, counted', async () => {
    const r = await ask('名下项目数在3个及以上的项目负责人人数');
    expect(r).toContain('符合的项目负责人共有 1 个');
    expect(r).toContain('周敏');
  });

  it('the amount raised over the year added up, and the adjustment asked as a verb', async () => {
    // 老年食堂补助 38 − 30 and 图书角补贴 5 − 4
    expect(await ask('全年比年初多的项目，多出来的钱一共多少')).toMatch(/预算调整数合计\(万元\)：9(?!\d)/u);
    expect(await ask('梅林镇2024年预算调整了多少')).toMatch(/预算调整数合计\(万元\)：-4(?!\d)/u);
  });
});

describe('rows left out, answered from the rows', () => {
  let ask: (q: string) => Promise<{ text: string; rows: string[][] }>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { store, ask: asked } = await adminStoreOf('web:lead45rows', [
      formWithRows('路灯维护', '甲街道办事处', [
        row('产出指标', '数量指标', '维修路灯数量', { weight: 20, score: 16, deviation: '疫情停工' }),
        row('效益指标', '社会效益指标', '夜间出行安全', { score: 8, deviation: '无' }),
        row('满意度指标', '服务对象满意度指标', '居民满意度', { weight: 5, score: 4, deviation: '无' }),
      ]),
      formWithRows('绿化养护', '乙街道办事处', [
        row('产出指标', '数量指标', '养护面积', { deviation: '无' }),
        row('满意度指标', '服务对象满意度指标', '群众满意度', { score: 6, actual: '未做' }),
      ]),
    ]);
    close = () => store.close();
    ask = asked;
  });
  afterAll(async () => close?.());

  it('写个无的不算: the rows whose reason is just 无 are not counted', async () => {
    const all = await ask('偏差原因写了东西的指标有几条');
    expect(all.text).toContain('指标条数：4');
    const left = await ask('偏差原因写了东西的指标有几条，写个无的不算');
    expect(left.text).toContain('指标条数：1');
  });

  it('满意度的不算: the rows of that kind are not counted', async () => {
    expect((await ask('扣了分的指标一共几条')).text).toContain('指标条数：4');
    expect((await ask('扣了分的指标一共几条 满意度的不算')).text).toContain('指标条数：2');
  });
});
