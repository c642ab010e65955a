/**
 * The lead's probe of stop 48, from the mistakes the corpus README lists: a total that left the budget row's points out
 * (总分里漏算了预算执行得分、只把各项指标得分加起来的) or is neither sum, answered from the rows' 得分 kept on each form's
 * facts (migration 070); a rate divided by 年初预算数; a satisfaction 0 said with its cause; placeholder rows. Then the
 * thirty-second part's misses, each read as a class: a finding said before the request, a check showing both figures,
 * a contrasted follow-up, several projects meant by one description, a row's cells as a reviewer writes them, the
 * unspent asked, a unit in English, 金额 of a ranking, a total's empty amounts as 0. Wordings of our own, over
 * hand-made forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitAsked } from '../../src/query/arith-shapes.ts';
import { plainDifferenceWords } from '../../src/query/arith-words.ts';
import { rewriteBudgetAdjusted } from '../../src/query/budget-adjusted.ts';
import { budgetsSaidBackwards } from '../../src/query/change-words.ts';
import { checksReadWhole, rewriteCheckPhrases } from '../../src/query/check-phrases.ts';
import { plainAskingShortcuts } from '../../src/query/colloquial-words.ts';
import { mergeFollowUp } from '../../src/query/context.ts';
import { definitionSaidAside } from '../../src/query/definition-said.ts';
import { exclusionSaidFirst } from '../../src/query/exclusion-after.ts';
import { withoutGuesses } from '../../src/query/guesses.ts';
import { rewriteLayWords } from '../../src/query/lay-words.ts';
import { projectByItsWords, withProjectsNamed } from '../../src/query/project-by-its-words.ts';
import { rowCellWords } from '../../src/query/row-cell-words.ts';
import { rewriteSuperlativeWords } from '../../src/query/superlative-words.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { FormRecord } from '../../src/record/record.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  indicatorRow,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
} from './known-store.ts';

/** A form with a 10-point budget row scoring `budgetScore`, rows scoring `scores`, and the 总分 it states. */
function formOf(p: KnownProject, budgetScore: number | null, scores: number[]): FormRecord {
  const r = recordOfProject(p);
  r.funds.total.weight = { raw: '10', value: 10 };
  r.funds.total.score =
    budgetScore === null ? { raw: '', value: null } : { raw: String(budgetScore), value: budgetScore };
  r.indicators = scores.map((score, i) =>
    indicatorRow('产出指标', '数量指标', `指标${i + 1}`, { weight: 30, score, scoreRaw: String(score) }),
  );
  return r;
}

describe('a total that left the budget row’s points out', () => {
  const office = '柳岸街道办事处';
  const of = (name: string, total: number, funds: Partial<KnownProject> = {}): KnownProject => ({
    name,
    dept: office,
    year: 2024,
    owner: '赵磊',
    budget: 10,
    ...funds,
    total,
  });
  /** 年初 10, 全年 12.5, 执行 8 万元: the rate is 64 %, 80 % if divided by 年初预算数. */
  const rated = (name: string, rate: number) => {
    const r = formOf(of(name, 95, { budget: 12.5, initial: 10, executed: 8 }), 10, [30, 28, 27]);
    r.funds.total.rate = { raw: `${rate}%`, value: rate };
    return r;
  };
  /** A form with a satisfaction row whose 实际完成值 and 得分 are these. */
  const surveyed = (name: string, actual: string, score: number) => {
    const r = formOf(of(name, 85 + score), 10, [30, 25]);
    r.indicators.push(
      indicatorRow('满意度指标', '服务对象满意度指标', '居民满意度', {
        target: '≥90%',
        actual,
        weight: 10,
        score,
        scoreRaw: String(score),
      }),
    );
    return r;
  };
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead48', [
      // 30 + 28 + 27 = 85, the budget row's 10 left out of the total
      formOf(of('社区微更新经费', 85), 10, [30, 28, 27]),
      // the same rows with the budget row's 10: a right total
      formOf(of('老年餐桌补贴', 95), 10, [30, 28, 27]),
      // the total is the rows' sum, but the budget row scored nothing: nothing was left out
      formOf(of('便民服务站运维', 90), 0, [30, 30, 30]),
      // neither sum: another mistake
      formOf(of('垃圾分类宣传', 70), 10, [30, 28, 27]),
      rated('按年初算的执行率', 80),
      rated('算对的执行率', 64),
      rated('另算错的执行率', 50),
      surveyed('满意度未做的项目', '未做', 0),
      surveyed('人口抽样调查', '95%', 10),
    ]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('counts and names only the forms whose total is the rows’ 得分 with the budget points above 0', async () => {
    for (const q of [
      '总分里漏算了预算执行那10分、只把各项指标得分加起来的，一共有几张表？',
      '自评总分等于各三级指标得分之和、疑似未计入预算执行得分的表格有多少份',
      '总分只加了指标得分、没算预算执行得分的项目有几个',
    ]) {
      const r = await ask(q);
      expect({ q, r }).toMatchObject({ r: expect.stringMatching(/(?<!\d)1\s*(个|张|份|项)/u) });
      expect(r).not.toMatch(/老年餐桌补贴|便民服务站运维|垃圾分类宣传/u);
    }
    expect(await ask('总分只加了指标得分、没算预算执行得分的项目是哪些')).toMatch(/社区微更新经费/u);
  });

  it('names the forms whose total is neither sum', async () => {
    const r = await ask('总分既不等于预算执行得分加各指标得分之和、也不等于各指标得分之和的项目有哪些');
    expect(r).toMatch(/垃圾分类宣传/u);
    expect(r).not.toMatch(/社区微更新经费|老年餐桌补贴|便民服务站运维|执行率/u);
  });

  it('names the forms whose wrong rate is 全年执行数 ÷ 年初预算数', async () => {
    for (const q of ['执行率是按年初预算数算的项目有哪些', '把年初预算数当分母算执行率的项目']) {
      const r = await ask(q);
      expect({ q, r }).toMatchObject({ r: expect.stringMatching(/按年初算的执行率/u) });
      expect(r).not.toMatch(/算对的执行率|另算错的执行率/u);
    }
  });
  it('a condition set against the one before (又是哪个) takes its place, the scope kept', async () => {
    const r = await ask('总分低于80的有几个？预算执行得分为0分的又是哪个');
    expect(r).toMatch(/便民服务站运维/u);
    expect(r).not.toMatch(/垃圾分类宣传[^\n]*预算执行得分/u);
  });

  it('a rate’s check asked of one project shows the rate written beside the one its amounts give', async () => {
    const r = await ask('按年初算的执行率这个项目的执行率填得对不对');
    expect(r).toMatch(/表上执行率\(%\) 80/u);
    expect(r).toMatch(/执行率\(%\) 64/u);
  });

  it('a satisfaction 0 said with its cause, the survey not done, is both conditions — never a project’s name', async () => {
    const r = await ask('满意度因为未做调查得0分的项目有几个');
    expect(r).toMatch(/满意度指标得分为0分/u);
    expect(r).toMatch(/(?<!\d)1\s*(个|项)|项目数：1(?!\d)/u);
    expect(r).not.toMatch(/人口抽样调查/u);
  });
});

describe('mistakes of the corpus README said in staff’s words', () => {
  it('placeholder rows left, said with 占位', () => {
    const left = rewriteCheckPhrases('还留着空白模板行的表有几张');
    expect(rewriteCheckPhrases('模板占位行没删的表有几张')).toBe(left);
    expect(rewriteCheckPhrases('有占位行的表有几张')).toBe(left);
    // a kind with only placeholders is another question, not this one
    expect(rewriteCheckPhrases('满意度只有占位行的项目')).toBe('满意度只有占位行的项目');
  });
});

describe('the thirty-second part’s misses, read as classes', () => {
  it('a row’s cells and kinds as a reviewer writes them', () => {
    expect(rowCellWords('实际完成值填写“未做”的表有几张')).toBe('实际完成值是未做的表有几张');
    expect(rowCellWords('目标值一栏写的是「优良中差」的指标')).toBe('目标值是优良中差的指标');
    expect(rowCellWords('偏差原因分析及改进措施一栏为空的')).toBe('偏差原因分析一栏为空的');
    expect(rowCellWords('二级指标为社会效益指标且扣了分的')).toBe('社会效益指标且扣了分的');
    // rows pointed at, then whether a cell of theirs is written: what is written there
    expect(rowCellWords('青石路灯扣分那几条 偏差原因写了没')).toBe('青石路灯扣分那几条 偏差原因是怎么写的');
    // not pointed at: the check of the forms, as before
    expect(rowCellWords('扣分的指标写了偏差原因吗')).toBe('扣分的指标写了偏差原因吗');
  });

  it('what a check found, said as a sentence before the request, frames it', () => {
    expect(plainWrittenRequest('审核中发现部分表执行率有误。请列出执行率算错的项目')).toBe(
      '请列出执行率算错的项目',
    );
  });

  it('a check’s rule said again after it is no second ask; 写的对不 of a rate is its check', () => {
    expect(checksReadWhole('预算执行得分跟执行率对不上的有几个？就是得分不等于执行率乘以10的')).toBe(
      '预算执行得分跟执行率对不上的有几个',
    );
    expect(rewriteCheckPhrases('路灯那个执行率 表上写的对不')).toBe('路灯那个执行率填得对不对');
  });

  it('money words: the unspent asked, a unit asked after the question or in English, empty amounts as 0', () => {
    expect(plainDifferenceWords('没花完的那个项目，没花完的差了多少钱')).toBe(
      '没花完的那个项目，结余是多少钱',
    );
    expect(plainDifferenceWords('结余合计是多少？按元跟我说')).toBe('结余合计是多少元');
    expect(plainDifferenceWords('全年预算合计比年初预算合计多了多少？年初没填的按0算')).toBe(
      '全年预算合计比年初预算合计多了多少',
    );
    // an average of amounts with the empty ones as 0 is another figure: left
    expect(plainDifferenceWords('年初预算平均是多少？没填的按0算')).toBe('年初预算平均是多少？没填的按0算');
    expect(unitAsked('青石的 total 执行数 in 元 是多少')).toEqual({
      text: '青石的 total 执行数是多少',
      unit: '元',
    });
  });

  it('one budget above the other by the most is the change ranked; 金额 of a ranking is the amount it is by', () => {
    expect(budgetsSaidBackwards('年初预算比全年预算多出最多的是哪个')).toBe('预算调减额最大的是哪个');
    expect(budgetsSaidBackwards('全年预算比年初预算高得最多的项目')).toBe('预算调增额最大的项目');
    expect(rewriteSuperlativeWords('请按全年预算数列出金额最高的5个项目')).toBe(
      '请按全年预算数列出最高的5个项目',
    );
  });

  it('projects already counted by the asker, added up, are their money', () => {
    expect(plainAskingShortcuts('路灯那俩加起来多少')).toBe('路灯那俩加起来多少钱');
    expect(plainAskingShortcuts('路灯那俩加起来多少个指标')).toBe('路灯那俩加起来多少个指标');
  });

  it('a description several names hold is all of them when said as several', () => {
    const names = ['2023年第一批小微项目', '2023年第二批小微项目', '社区书屋运维'];
    expect(projectByItsWords('小微那几个加起来多少钱', ['小微'], names)).toEqual({
      word: '小微',
      all: ['2023年第一批小微项目', '2023年第二批小微项目'],
    });
    // one meant: asked between them, as before
    expect(projectByItsWords('小微那个项目的负责人是谁', ['小微'], names)).toEqual({
      word: '小微',
      names: ['2023年第一批小微项目', '2023年第二批小微项目'],
    });
    expect(withProjectsNamed('小微那几个加起来多少钱', { word: '小微', all: ['A项目', 'B项目'] })).toBe(
      '「A项目」、「B项目」加起来多少钱',
    );
  });
});

describe('the thirty-third and thirty-fourth parts’ misses, read as classes', () => {
  it('a new clerk’s words for the money and the score', () => {
    expect(rewriteLayWords('年初定的钱和后来调整完的钱不一样的项目')).toBe('年初预算和全年预算不一样的项目');
    expect(rewriteLayWords('最后实际花掉的钱最少的三个项目')).toBe('全年执行数最少的三个项目');
    expect(rewriteLayWords('打的分最低的是哪个项目')).toBe('总分最低的是哪个项目');
    // a row's 打的分 is its 得分, read by the row reader
    expect(rewriteLayWords('满意度那条打的分是多少')).toBe('满意度那条打的分是多少');
    expect(rewriteLayWords('钱一共批了多少万')).toBe('全年预算一共多少万');
    expect(rewriteLayWords('年中调整以后，全年预算比年初预算调增的项目')).toBe(
      '全年预算比年初预算调增的项目',
    );
    expect(rewriteLayWords('钱没花完的项目')).toBe('钱没花完的项目');
  });

  it('the projects changed one way, then by how much in all, are that change’s total', () => {
    expect(budgetsSaidBackwards('全年预算比年初预算少了的，一共少了多少钱')).toBe(
      '全年预算比年初预算少的项目的预算调减额合计',
    );
    expect(rewriteBudgetAdjusted('年初预算和全年预算对不上、做过预算调整的项目有几个')).toBe(
      '年初预算和全年预算对不上、年初预算和全年预算不一致的项目有几个',
    );
  });

  it('a reviewer’s remarks that restrict nothing, and cells said not filled first', () => {
    expect(plainWrittenRequest('剔除模板占位行后，全部自评表的三级指标合计多少条')).toBe(
      '全部自评表的三级指标合计多少条',
    );
    expect(plainWrittenRequest('全区项目总数多少')).toBe('全部项目总数多少');
    expect(plainWrittenRequest('青石路灯维修的联系电话是否填写？如有请给出号码。')).toBe(
      '青石路灯维修的联系电话是否填写',
    );
    expect(plainWrittenRequest('潞源街道未填写项目负责人的项目有几个')).toBe(
      '潞源街道项目负责人未填的项目有几个',
    );
    expect(
      plainWrittenRequest('年初预算数栏未填写（空白或“-”）的自评表，其全年预算数合计为多少万元'),
    ).toMatch(/^年初预算数栏未填(?:写)?的自评表[，,]全年预算数合计为多少万元$/u);
  });

  it('differences asked as staff ask them, and a total guessed in the asking', () => {
    expect(plainDifferenceWords('青石与松岭的全年预算合计相比，相差多少万元')).toBe(
      '青石与松岭的全年预算合计相差多少万元',
    );
    expect(plainDifferenceWords('全年预算合计比年初预算合计多了还是少了，差多少')).toBe(
      '全年预算合计比年初预算合计多多少',
    );
    expect(plainDifferenceWords('年初预算一共报了多少 没填年初的就不算了')).toBe('年初预算一共报了多少');
    expect(withoutGuesses('两个项目的执行数合计是不是39.4万？')).toBe('两个项目的执行数合计是多少？');
    expect(withoutGuesses('预算加起来是不是超过三千万了')).toBe('预算加起来是多少');
  });

  it('a ranking said again, how many ranked, and a row’s 满分', () => {
    expect(rewriteSuperlativeWords('执行率最低的三个项目，执行进度拖后腿的')).toBe('执行率最低的三个项目');
    expect(rewriteSuperlativeWords('总分最低的是哪几个 给我排三个出来')).toBe('总分最低的是哪几个 前三个');
    expect(rowCellWords('有没有哪条指标实际得的分比它的满分还高的')).toBe('有没有哪些指标得分比分值还高的');
    expect(rewriteCheckPhrases('执行率填报为100%、但实际并未全部执行完毕的项目')).toBe(
      rewriteCheckPhrases('执行率填报为100%、但钱没花完的项目'),
    );
  });
});

describe('more of the thirty-third and thirty-fourth parts’ misses, read as classes', () => {
  it('an exclusion said in brackets is said first, where the readers of a set take it', () => {
    expect(exclusionSaidFirst('按总分从低到高排列（总分未填的不计），排在第二位的是哪一份')).toBe(
      '总分没填的不算，按总分从低到高排列，排在第二位的是哪一份',
    );
  });

  it('a row’s target set and what it reached; a quoted column or row', () => {
    expect(rowCellWords('满意度那一条的目标值是多少，最后做到了多少')).toBe(
      '满意度那一条的目标值是多少，实际完成值是多少',
    );
    expect(rowCellWords('法律顾问项目中“复议胜率”这一三级指标的年度指标值是多少')).toBe(
      '法律顾问项目中“复议胜率”这个指标的年度指标值是多少',
    );
    expect(rowCellWords('“偏差原因分析”栏为空的三级指标共有多少条')).toBe(
      '偏差原因分析栏为空的三级指标共有多少条',
    );
  });

  it('a rate’s basis closed by 为准 is its definition said aside', () => {
    expect(
      definitionSaidAside(
        '以全年执行数除以全年预算数计算的执行率（不采用表上填报的执行率）为准，执行率最低的五个是哪些',
      ),
    ).toBe('，执行率最低的五个是哪些');
  });

  it('the projects changed one way counted or listed are a condition; the amount stays the amount', () => {
    expect(budgetsSaidBackwards('其中调减的有几个')).toBe('其中全年预算比年初预算少的有几个');
    expect(budgetsSaidBackwards('调增的是哪些')).toBe('全年预算比年初预算多的是哪些');
    expect(budgetsSaidBackwards('调减的金额合计')).toBe('调减的金额合计');
  });

  it('a total that only equals the rows’ scores', () => {
    expect(checksReadWhole('总分只等于各三级指标得分之和、未计入预算执行得分的自评表有多少份')).toBe(
      '总分偏离指标得分合计不超过0.1分并且预算执行得分高于0分的自评表有多少份',
    );
  });
});

describe('the one at the other end, and forms counted in a share', () => {
  it('最多的是哪个 after the fewest two is one project; 最多的呢 keeps as many as before', () => {
    const fewestTwo = {
      filters: [],
      order: { by: 'annualBudget' as const, dir: 'asc' as const },
      limit: 2,
      ties: false,
    };
    const one = mergeFollowUp(fewestTwo, null, 'refer', {
      dir: 'flip',
      superlative: true,
      which: true,
      one: true,
    });
    expect(one).toMatchObject({ order: { by: 'annualBudget', dir: 'desc' }, limit: 1, ties: true });
    const asMany = mergeFollowUp(fewestTwo, null, 'refer', { dir: 'flip', superlative: true });
    expect(asMany).toMatchObject({ order: { dir: 'desc' }, limit: 2 });
  });

  it('the forms counted in a share are the projects', () => {
    expect(rewriteLayWords('大红门街道的自评表占全部自评表的比重是多少')).toBe(
      '大红门街道的项目占全部的项目的比重是多少',
    );
  });
});
