/**
 * The lead's probe of stop 46 and the misses of the twenty-eighth and twenty-ninth parts: the streets as a set, the
 * mean over people of their money, a second sort key and the ties asked for, one project's place in a set,
 * a database user's words, a definition said beside its figure, a correction set apart with dashes, remarks of whom
 * the figures are for, and checks in new words. Wordings of our own, over hand-made forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteCheckPhrases } from '../../src/query/check-phrases.ts';
import { allTheStreets, ownedAndLostSaid, thenAskedOfIt } from '../../src/query/colloquial-words.ts';
import { definitionSaidAside } from '../../src/query/definition-said.ts';
import { digitsForNumerals } from '../../src/query/numbers.ts';
import { searchBoxWords } from '../../src/query/search-box.ts';
import { withoutSelfCorrection } from '../../src/query/self-correction.ts';
import { allTiedAsked, tieBreakSaid } from '../../src/query/tie-break.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
} from './known-store.ts';

describe('readings of stop 46', () => {
  it('every street said as a quantifier is the class word; some streets stay as said', () => {
    expect(allTheStreets('所有街道的项目一共多少钱')).toBe('街道的项目一共多少钱');
    expect(allTheStreets('四个街道的全年预算占全部的比重')).toBe('街道的全年预算占全部的比重');
    expect(allTheStreets('所有街道各有多少个项目')).toBe('各街道各有多少个项目');
    expect(allTheStreets('几个街道的项目')).toBe('几个街道的项目');
  });

  it('a person’s projects said as a clerk says them, and the reason of the row that lost points', () => {
    expect(ownedAndLostSaid('一个人名下挂了十个以上项目的负责人有谁')).toBe('负责十个以上项目的负责人有谁');
    expect(ownedAndLostSaid('王强一个人负责了几个项目')).toBe('王强负责了几个项目');
    expect(ownedAndLostSaid('图书角那条扣分的原因')).toBe('图书角那条扣分指标的偏差原因');
    expect(rewriteCheckPhrases('电话号码位数不对的有哪几个，就是既不是8位也不是11位的')).toBe(
      '电话号码位数不对的有哪几个',
    );
  });

  it('a second ask said with 然后 and a pronoun is cut where it opens', () => {
    expect(thenAskedOfIt('总分最低的是哪个项目然后它负责人是谁')).toBe(
      '总分最低的是哪个项目，它的负责人是谁',
    );
    expect(thenAskedOfIt('然后呢')).toBe('然后呢');
  });

  it('a figure’s definition said beside it is taken out only when the figure is named', () => {
    expect(
      definitionSaidAside('执行率不到100%的项目，按执行率从低到高排（口径：全年执行数除以全年预算数）'),
    ).toBe('执行率不到100%的项目，按执行率从低到高排');
    expect(definitionSaidAside('甲镇的结余合计多少？按全年预算数减全年执行数算')).toBe(
      '甲镇的结余合计多少？',
    );
    // the formula alone is the question: left as typed
    expect(definitionSaidAside('全年执行数除以全年预算数最低的项目')).toBe(
      '全年执行数除以全年预算数最低的项目',
    );
  });

  it('a tie-break and a cut tie asked after a ranking', () => {
    expect(tieBreakSaid('按总分从低到高排，总分一样的按执行率排')).toEqual({
      text: '按总分从低到高排',
      tiedWords: '总分',
      ordering: '按执行率排',
    });
    expect(tieBreakSaid('总分相同的项目有几个')).toBeNull();
    expect(allTiedAsked('总分最低的三个项目，有并列的都列出来')).toBe('总分最低的三个项目');
  });

  it('a correction set apart with dashes replaces the field, or the piece said again', () => {
    expect(withoutSelfCorrection('我想看看其中预算——哦不对，是执行数——最大的三个是哪些')).toBe(
      '我想看看其中执行数最大的三个是哪些',
    );
    expect(withoutSelfCorrection('平均每个项目的预算——不对，是平均每个项目的执行数，哪个多')).toBe(
      '平均每个项目的执行数，哪个多',
    );
  });

  it('a database user’s words', () => {
    expect(searchBoxWords('甲镇 count(distinct 负责人) 是多少')).toBe('甲镇 有几个不同的负责人');
    expect(searchBoxWords('三级指标 count 最少的是哪条记录')).toBe('三级指标条数最少的是哪个项目');
    expect(searchBoxWords('X的三级指标 group by 一级指标 count 一下')).toBe(
      'X的三级指标按一级指标分别有几条',
    );
    expect(searchBoxWords('每个负责人各有几个项目，group by 一下')).toBe('每个负责人各有几个项目');
    expect(searchBoxWords('节能资金那条记录的总分字段是不是 null')).toBe('节能资金的总分是不是没填');
    expect(searchBoxWords('X的 total_score')).toBe('X的 总分');
  });

  it('half a hundred million, said with 点', () => {
    expect(digitsForNumerals('全年预算超过零点五个亿的项目')).toBe('全年预算超过5000万的项目');
  });

  it('checks said in new words', () => {
    expect(rewriteCheckPhrases('一级指标权重不符合产出50、效益30、满意度10结构的')).toBe(
      '一级指标分值不合规定的',
    );
    expect(rewriteCheckPhrases('定性指标给分和评级对不上的')).toBe('定性指标得分不在档次内的');
    expect(rewriteCheckPhrases('指标得分和按公式算出来的不一样的')).toBe('指标得分与规则不符的');
    expect(rewriteCheckPhrases('金额量级明显不对、疑似把元当成万元填报的项目')).toBe(
      '把元当成万元填报的项目',
    );
    // the magnitude alone names no check: left as said
    expect(rewriteCheckPhrases('金额量级不对的项目')).toBe('金额量级不对的项目');
    expect(rewriteCheckPhrases('总分满分写成1000的')).toBe('总分值不是100的');
  });

  it('a reviewer’s basis, glosses and follow-ups said in a budget office’s words', () => {
    expect(plainWrittenRequest('按实施单位口径，城乡办的项目按负责人分别统计个数')).toBe(
      '城乡办的项目按负责人分别统计个数',
    );
    expect(plainWrittenRequest('按年初预算口径呢')).toBe('那年初预算呢');
    expect(plainWrittenRequest('钱呢')).toBe('那全年预算合计呢');
    expect(plainWrittenRequest('X全年预算是多少万就是调整完的那个数')).toBe('X全年预算是多少万');
    expect(plainWrittenRequest('偏差原因就填个“无”来凑数的项目有几个')).toBe('偏差原因只写了无的项目有几个');
  });
});

describe('answered over a store', () => {
  const PROJECTS: KnownProject[] = [
    { name: '河道保洁经费', dept: '松岭街道办事处', year: 2024, owner: '王强', budget: 30, total: 95 },
    {
      name: '图书角补贴',
      dept: '松岭街道办事处',
      year: 2024,
      owner: '王强',
      budget: 10,
      total: 95,
      executed: 9,
    },
    { name: '路灯维修经费', dept: '青石街道办事处', year: 2024, owner: '周敏', budget: 20, total: 90 },
    { name: '价格监测经费', dept: '区发展和改革委员会', year: 2024, owner: '周敏', budget: 60, total: 100 },
    { name: '党组织书记补贴', dept: '青石街道办事处', year: 2024, owner: '刘洋', budget: 8, total: 100 },
  ];
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead46', PROJECTS.map(recordOfProject));
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('the streets’ projects are those of offices that are streets — never the names holding 街道', async () => {
    // 30 + 10 + 20 + 8
    expect(await ask('所有街道的项目一共多少钱')).toMatch(/全年预算数合计\(万元\)：68(?!\d)/u);
    expect(await ask('街道的项目有几个')).toMatch(/项目数：4(?!\d)/u);
  });

  it('the mean over the people of their money: each one’s total, then the mean', async () => {
    // 王强 40, 周敏 80, 刘洋 8 — (40 + 80 + 8) ÷ 3
    const r = await ask('平均每个负责人管多少钱');
    expect(r).toContain('再求每个项目负责人的平均');
    expect(r).toContain('42.67');
    expect(await ask('每个负责人平均管理多少预算')).toContain('42.67');
  });

  it('a second key for the ranking’s ties', async () => {
    const r = await ask('按总分从低到高排，总分一样的按全年预算从低到高排');
    expect(r).toContain('总分相同的按全年预算数从低到高排');
    // 95: 图书角补贴 (10) before 河道保洁经费 (30)
    expect(r.indexOf('图书角补贴')).toBeLessThan(r.indexOf('河道保洁经费'));
  });

  it('the projects tied with the last place asked for are listed when asked', async () => {
    // 90 (路灯维修经费), then 95 twice: both of the second place are listed
    const all = await ask('总分最低的两个项目，有并列的都列出来');
    expect(all).toContain('并列的一起列出');
    expect(all).toContain('共 3 项');
    expect(all).toContain('河道保洁经费');
    expect(all).toContain('图书角补贴');
  });

  it('one project’s place in a set by a figure', async () => {
    const r = await ask('图书角补贴的全年预算在松岭街道里排第几');
    expect(r).toContain('在这 2 个项目中排第 2 名');
    expect(await ask('路灯维修经费的全年预算排第几')).toContain('在这 5 个项目中排第 3 名');
  });

  it('how many of the first N of a ranking are of a scope', async () => {
    // the first two by budget: 价格监测经费 and 河道保洁经费 — one of 松岭街道
    expect(await ask('全年预算排前两名的项目里有几个是松岭街道的')).toMatch(/项目数：1(?!\d)/u);
  });

  it('a title asked is no project holding it in its name', async () => {
    const r = await ask('青石街道的书记是谁');
    expect(r).not.toContain('党组织书记补贴」（');
    expect(r).toContain('书记');
  });

  it('a project told in a story and pointed back at is what is asked about', async () => {
    const r = await ask('我们社区原来报过一个路灯维修的项目，我想问问这个项目总分多少');
    expect(r).toContain('路灯维修经费');
    expect(r).toContain('90');
  });

  it('which of two people has more says by how much', async () => {
    expect(await ask('王强跟周敏谁的钱多')).toContain('较多的是「周敏」，多 40 万元');
  });
});
