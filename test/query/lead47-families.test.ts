/**
 * The lead's probe of stop 47 and the misses of the thirtieth and thirty-first parts: a check with its side (虚高), a
 * rule asked of all then its exceptions, a share taken within the projects named first, whether all of a ranking's
 * first N meet a condition, the total of a budget's raises or cuts, two offices joined by a demonstrative, a sort with
 * the one figure named, and words of an older accountant, a young clerk and an auditor. Wordings of our own, over
 * hand-made forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksReadWhole, rewriteCheckPhrases } from '../../src/query/check-phrases.ts';
import { definitionSaidAside } from '../../src/query/definition-said.ts';
import { looseTyping } from '../../src/query/loose-typing.ts';
import { setAsideNarrative } from '../../src/query/narrative.ts';
import { bothEnds } from '../../src/query/rank-phrases.ts';
import { plainReportSentences } from '../../src/query/report-sentences.ts';
import { rewriteSuperlativeWords } from '../../src/query/superlative-words.ts';
import { readWhichMore } from '../../src/query/which-more.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
} from './known-store.ts';

describe('readings of stop 47', () => {
  it('a budget score said inflated is the check, on its side', () => {
    expect(rewriteCheckPhrases('哪些项目的预算执行得分打虚高了？就是得分比按执行率算出来的还高')).toBe(
      '哪些项目的预算执行得分算错并且预算执行得分高于核算预算执行得分',
    );
    expect(rewriteCheckPhrases('预算执行得分比按执行率算出来的低的项目')).toBe(
      '预算执行得分算错并且预算执行得分低于核算预算执行得分的项目',
    );
    // the total's or an indicator's score is another check: left
    expect(rewriteCheckPhrases('总分虚高的项目')).toBe('总分虚高的项目');
    expect(rewriteCheckPhrases('指标得分虚高')).toBe('指标得分虚高');
  });

  it('a rule asked of all, then its exceptions, is the check’s forms', () => {
    expect(checksReadWhole('联系电话是不是都是正常的8位座机或者11位手机号？不是的有哪些')).toBe(
      '电话格式有误的有哪些',
    );
    expect(checksReadWhole('总分那一行的分值是否全部写的100？哪个项目写的不是100')).toBe(
      '总分值不是100的项目是哪些',
    );
    expect(checksReadWhole('电话都填了吗？没填的有哪些')).toBe('电话都填了吗？没填的有哪些');
    // a total that left the budget row's points out, said with the indicators' scores: the total against their sum
    const leftOut = '总分偏离指标得分合计不超过0.1分并且预算执行得分高于0分';
    expect(checksReadWhole('总分里漏算了预算执行那10分、只把各项指标得分加起来的，一共有几张表？')).toBe(
      `${leftOut}的，一共有几张表？`,
    );
    expect(checksReadWhole('自评总分等于各三级指标得分之和、疑似未计入预算执行得分的表格有多少份')).toBe(
      `${leftOut}的表格有多少份`,
    );
    expect(checksReadWhole('总分只加了指标得分、没算预算执行得分的项目')).toBe(`${leftOut}的项目`);
  });

  it('which of two has more, said with 钱, a clause of the figure, or 各是多少', () => {
    expect(readWhichMore('张三跟李四谁的钱多？多多少')?.text).toBe('张三比李四全年预算数多多少');
    expect(readWhichMore('领导让我比一比甲镇和乙镇，平均每个项目的执行数，哪个街道多，多多少？')?.text).toBe(
      '甲镇比乙镇平均每个项目的全年执行数多多少',
    );
    expect(readWhichMore('甲镇和乙镇两个街道比，哪个全年预算合计多？各是多少')?.text).toBe(
      '甲镇比乙镇全年预算数多多少',
    );
    expect(readWhichMore('张三和李四两个人，谁负责的项目多？各负责几个')?.text).toBe(
      '张三比李四项目数多几个',
    );
  });

  it('the pooled rate defined beside a rate of groups is the rate the store gives them', () => {
    expect(definitionSaidAside('分年度的预算执行率是多少，口径：执行数合计除以预算数合计')).toBe(
      '分年度的预算执行率是多少，',
    );
    // beside a list of projects it defines nothing the list shows: left
    expect(definitionSaidAside('执行率不到100%的项目（口径：执行数合计除以预算数合计）')).toBe(
      '执行率不到100%的项目（口径：执行数合计除以预算数合计）',
    );
  });

  it('a written request’s words', () => {
    expect(plainWrittenRequest('年初预算数未填报的表格数量是多少？')).toContain('年初预算数未填');
    expect(plainWrittenRequest('项目负责人和联系电话均未填报的表格有多少份？')).toContain('都未填');
    expect(plainWrittenRequest('甲项目有没有留联系电话？')).toContain('甲项目有没有填联系电话');
    expect(plainWrittenRequest('自评总分未填的项目有哪些，并说明各项目的主管部门。')).toBe(
      '自评总分未填的项目有哪些,列出主管部门。',
    );
    expect(plainWrittenRequest('存在扣分指标的表格数')).toBe('存在扣分指标的项目数');
    expect(
      plainWrittenRequest('请核实发改委全部项目全年执行数合计数，注意口径不一的单位换算。'),
    ).not.toContain('注意');
    // 项目未填报: the form itself may never have been handed in — left
    expect(plainWrittenRequest('哪些项目未填报')).toBe('哪些项目未填报');
  });

  it('其中 after a count is a part of those counted, never 其 (its) and 中', () => {
    const said = '扣了分但没写偏差原因的项目合计多少个，其中甲镇的占几个';
    expect(plainReportSentences(said)).toBe(said);
    expect(plainReportSentences('全年预算最大的项目，其预算占全部的比重')).toBe(
      '全年预算最大的项目的预算占全部的比重',
    );
  });

  it('someone of a community who wants the figure is no condition', () => {
    const said = setAsideNarrative('社区书记开会要用，我想知道有几个', () => null);
    expect(said.setAside).toEqual(['社区书记开会要用']);
  });

  it('a field typed by its pinyin initials', () => {
    expect(looseTyping('经济大脑ys多少')).toBe('经济大脑预算多少');
    expect(looseTyping('zxl最低的')).toBe('执行率最低的');
    // inside a Latin word: left
    expect(looseTyping('keys多少')).toBe('keys多少');
  });

  it('superlatives and sorts said in other words', () => {
    expect(rewriteSuperlativeWords('潞源这些项目，支出进度最慢的是哪一个')).toBe(
      '潞源这些项目，执行率最低的是哪一个',
    );
    expect(rewriteSuperlativeWords('按由小到大顺序排列')).toBe('按由小到大排列');
    expect(rewriteSuperlativeWords('全年预算数规模倒数第二的')).toBe('全年预算数倒数第二的');
    expect(rewriteSuperlativeWords('从高到低排出来')).toBe('从高到低排');
  });

  it('two figures or two ends of one field asked at once are two asks', () => {
    expect(bothEnds('所有项目全年预算数的平均数和中位数分别是多少')).toBe(
      '所有项目全年预算数的平均数是多少？所有项目全年预算数的中位数是多少？',
    );
    // (the message as normalised: NFKC commas)
    expect(bothEnds('甲镇的项目里，全年执行数的最大值和最小值各是哪个项目')).toBe(
      '甲镇的项目里,全年执行数的最大的是哪个项目？甲镇的项目里,全年执行数的最小的是哪个项目？',
    );
  });
});

describe('answered over a store', () => {
  const PROJECTS: KnownProject[] = [
    {
      name: '河道保洁经费',
      dept: '松岭街道办事处',
      year: 2024,
      owner: '王强',
      budget: 30,
      initial: 20,
      total: 95,
    },
    {
      name: '图书角补贴',
      dept: '松岭街道办事处',
      year: 2024,
      owner: '王强',
      budget: 10,
      initial: 15,
      total: 100,
    },
    {
      name: '路灯维修经费',
      dept: '青石街道办事处',
      year: 2024,
      owner: '周敏',
      budget: 20,
      executed: 12,
      total: 90,
    },
    {
      name: '价格监测经费',
      dept: '区发展和改革委员会',
      year: 2023,
      owner: '周敏',
      budget: 60,
      initial: 70,
      total: 100,
    },
    {
      name: '书屋运维经费',
      dept: '青石街道办事处',
      year: 2023,
      owner: '刘洋',
      budget: 8,
      executed: 0.5,
      total: 100,
    },
  ];
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead47', PROJECTS.map(recordOfProject));
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('a share of the projects named first is taken within them, not within all', async () => {
    // 2024: three projects, one with 100
    const r = await ask('2024年的项目中，总分为100分的占比是多少');
    expect(r).toContain('2024年的项目数');
    expect(r).toContain('33.33');
  });

  it('whether all of a ranking’s first N meet a condition is judged over those N', async () => {
    // the two of least budget: 书屋运维经费 (8) and 图书角补贴 (10); under 9万: one of them
    const r = await ask('全年预算最少的两个项目是不是都不到9万元');
    expect(r).toContain('否');
    expect(r).toContain('中有 1 个不满足');
    expect(r).toContain('图书角补贴');
    const yes = await ask('全年预算最少的两个项目是不是都不到11万元');
    expect(yes).toContain('是，');
  });

  it('the total of the budgets’ cuts adds the cut projects only, and so does that of the raises', async () => {
    // cuts: 15 → 10 (5), 70 → 60 (10); the raise 20 → 30 is no cut
    expect(await ask('预算调减额合计')).toMatch(/预算调减额合计\(万元\)：15(?!\d)/u);
    expect(await ask('调增金额合计是多少')).toMatch(/预算调增额合计\(万元\)：10(?!\d)/u);
  });

  it('an office after another and a demonstrative is inside it, never either', async () => {
    const r = await ask('区发展和改革委员会那个松岭街道办事处有几个项目');
    expect(r).toContain('」，主管部门或实施单位为「松岭街道办事处」');
    expect(r).not.toContain('」或主管部门');
  });

  it('a sort with no figure beside it is by the one figure the question names', async () => {
    const r = await ask('全年预算超过15万的项目从高到低排');
    expect(r).toContain('按全年预算数从高到低');
    expect(r.indexOf('价格监测经费')).toBeLessThan(r.indexOf('河道保洁经费'));
  });

  it('a person called 经办人 is the one in charge; 开支 is what was spent', async () => {
    expect(await ask('王强这个经办人手上的项目，开支一共是多少钱')).toMatch(
      /全年执行数合计\(万元\)：40(?!\d)/u,
    );
  });

  it('the range of a figure is its highest less its lowest', async () => {
    expect(await ask('青石街道项目全年预算数的极差是多少')).toMatch(/＝ 12(?!\d)/u);
  });
});
