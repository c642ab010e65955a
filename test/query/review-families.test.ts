/**
 * Families of the review part (a 区财政局 绩效科 reviewer going through the units' forms, and a newly hired clerk who
 * does not know the form's terms), each read by structure and tested with wordings and a store of our own, with the
 * guards that must still hold:
 *
 * - a new clerk's words for cells (lay-words.ts, fields.ts): 负责的人 is the 负责人, 年初的钱 / 全年的经费 the budgets,
 *   那份表的分 the 总分, 比它的分值 the same row's 分值, 作为负责人 serving as the role, 年初和全年的预算 both budgets;
 * - a reviewer's checks said at length (problem-words.ts, parse.ts): the stated rate against its computation said out,
 *   100 % stated yet money left (并没有花完), full marks with a reason
 *   written in a second clause, a satisfaction cell quoted (写着“未做”);
 * - rows (row-question.ts, multi-ask.ts, whether-then-which.ts): 一共占多少分 is the rows' 分值 added up, 满分 of a row
 *   its 分值, 打了几分 its 得分, another cell of the row asked in a second clause is the same ask, and 有没有X？是哪几条
 *   is the list of X.
 */
import { describe, expect, it } from 'vitest';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { compareThenEach } from '../../src/query/set-comparatives.ts';
import { whetherThenWhich } from '../../src/query/whether-then-which.ts';
import { type KnownProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '河道保洁服务', dept: '仁和镇人民政府', year: 2039, owner: '严明', budget: 79.1, executed: 60 },
  { name: '青塔街道垃圾清运', dept: '青塔街道办事处', year: 2039, owner: '韩梅', budget: 20, initial: 18 },
  { name: '仁和镇节能专项资金', dept: '仁和镇人民政府', year: 2039, owner: '田野', budget: 50 },
];
const NAMED: KnownProject[] = [
  ...PROJECTS,
  {
    name: '西坝社区服务工作站改建和设备购置相关资金项目',
    dept: '青塔街道办事处',
    year: 2039,
    owner: '韩梅',
    budget: 9,
  },
  { name: '档案站（所）', dept: '青塔街道办事处', year: 2039, owner: '韩梅', budget: 3 },
  { name: '2039年农村老年人基本养老补贴', dept: '仁和镇人民政府', year: 2039, owner: '田野', budget: 40 },
  { name: '2039年城市低收入家庭临时补贴', dept: '仁和镇人民政府', year: 2039, owner: '田野', budget: 30 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const NAMED_VOCAB = vocabularyOfProjects(NAMED);
const parseNamed = (q: string) => parseQuestion(q, NAMED_VOCAB, 2040);
const projectNames = (filters: Filter[]) =>
  leaves(filters).flatMap((f) => (f.type === 'name' && f.field === 'projectName' ? (f.values ?? []) : []));
const parse = (q: string) => parseQuestion(q, VOCAB, 2040);
const leaves = (filters: Filter[]): Filter[] =>
  filters.flatMap((f) => (f.type === 'any' ? leaves(f.filters) : [f]));
const codesOf = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return leaves(p.query!.filters).flatMap((f) => (f.type === 'finding' ? f.codes : []));
};

describe('a new clerk’s words for the cells', () => {
  it('负责的人 / 负责的那个人 is the 负责人 — asked of a project, or left blank', () => {
    const asked = parse('河道保洁服务负责的人叫什么');
    expect(asked.unplaced).toEqual([]);
    expect(asked.query!.select).toContain('owner');
    const blank = parse('负责的那个人没填的项目有几个');
    expect(blank.unplaced).toEqual([]);
    expect(JSON.stringify(blank.query!.filters)).toContain('owner');
  });

  it('年初的钱 / 全年的经费 are the two budgets; a verb of spending after 全年的钱 keeps it the money spent', () => {
    for (const q of ['年初的经费跟全年的经费不一致的项目', '年初的资金和全年的资金对不上的有哪些']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(p.query!.filters, q).toContainEqual({
        type: 'fields',
        left: 'initialBudget',
        op: '<>',
        right: 'annualBudget',
      });
    }
    const spent = parse('全年的钱一共花了多少');
    expect(spent.unplaced).toEqual([]);
    expect(spent.query!.measures).toContainEqual({ fn: 'sum', field: 'executed' });
  });

  it('年初和全年的预算: the head said once after 的 belongs to both', () => {
    const p = parse('青塔街道垃圾清运年初和全年的预算分别是多少');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.select).toEqual(expect.arrayContaining(['initialBudget', 'annualBudget']));
  });

  it('那份表的分 / 表里的分数 is the form’s 总分, never 分值', () => {
    for (const q of ['河道保洁服务那份表的分是几分', '河道保洁服务表里的分数有多少']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(p.query!.select, q).toContain('totalScore');
    }
    expect(parse('河道保洁服务表上的分值合计是多少').query?.select ?? []).not.toContain('totalScore');
    // the scores added up against the 总分 are the rows' (the check), not the 总分 against itself
    expect(codesOf('哪些表的分数加起来跟总分对不上')).toContain('TOTAL_MISMATCH');
  });

  it('比它自己的分值 / 比其满分: the row compared with its own cell', () => {
    for (const q of ['得分比它自己的分值还要高的指标有没有', '哪些指标的得分比其分值高'])
      expect(codesOf(q), q).toContain('SCORE_ABOVE_WEIGHT');
  });

  it('作为负责人 / 作为联系人: serving as the role, the person the condition', () => {
    for (const q of ['韩梅作为联系人的项目有几个', '田野作为项目负责人的有哪些']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(
        leaves(p.query!.filters).some((f) => f.type === 'name' && f.field === 'owner'),
        q,
      ).toBe(true);
    }
  });
});

describe('the money spent, the forms received, two scopes compared figure by figure', () => {
  it('花出去多少 / 用出去了几万 is the money spent', () => {
    for (const q of ['仁和镇的项目总共花出去多少', '青塔街道垃圾清运用出去了多少钱']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(JSON.stringify(p.query), q).toContain('executed');
    }
  });

  it('收到 / 报上来 before a count of forms restricts nothing: the forms counted', () => {
    for (const q of ['2039年一共收到多少张自评表', '仁和镇报上来几份表']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(p.query!.measures, q).toContainEqual({ fn: 'count' });
    }
  });

  it('A和B比一下：X各是多少 — the request to compare answered by each one’s figure', () => {
    for (const q of ['仁和镇和青塔比一下，平均预算分别是多少', '青塔跟仁和镇对比下：执行数各是多少']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
    }
    // 比 between two things, or 比一下 with no figure of each asked, stays as said
    expect(compareThenEach('仁和镇比青塔多几个项目')).toBe('仁和镇比青塔多几个项目');
    expect(compareThenEach('仁和镇和青塔比一下，哪个预算多')).toBe('仁和镇和青塔比一下，哪个预算多');
  });
});

describe('names said short or half remembered', () => {
  it('the words in the name’s order with gaps (西坝服务站 for 西坝社区服务工作站…), one project only', () => {
    for (const q of ['西坝服务站的预算是多少', '西坝那个服务站改建的负责人是谁']) {
      const p = parseNamed(q);
      expect(p.unplaced, q).toEqual([]);
      expect(projectNames(p.query!.filters), q).toEqual(['西坝社区服务工作站改建和设备购置相关资金项目']);
    }
  });

  it('a lexicon word and the run after it, a piece of one stored name (档案站 for 档案站（所）)', () => {
    const p = parseNamed('档案站那张表的总分');
    expect(p.unplaced).toEqual([]);
    expect(projectNames(p.query!.filters)).toEqual(['档案站（所）']);
  });

  it('什么 for the words forgotten (那个什么农村老年人什么补贴), the name found in their place', () => {
    for (const q of ['那个什么农村老年人什么补贴的预算多少', '城市低收入什么补贴那个的负责人是谁']) {
      const p = parseNamed(q);
      expect(p.unplaced, q).toEqual([]);
      expect(projectNames(p.query!.filters), q).toHaveLength(1);
    }
    // 什么 asking stays a question word
    expect(parseNamed('什么项目预算最多').query?.order).toMatchObject({ by: 'annualBudget' });
  });

  it('上回报的那个X / 上次交上来的那张X: the asker’s memory, no condition', () => {
    for (const q of ['上回报的那个河道保洁服务，执行率多少', '上次交上来的那张垃圾清运的表总分多少']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(projectNames(p.query!.filters), q).toHaveLength(1);
    }
  });

  it('当初的目标 with no row named is the project’s 年度目标; a row’s 目标 stays the row’s', () => {
    for (const q of ['河道保洁服务当初的目标是怎么写的', '垃圾清运那个项目原来定的目标是什么']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(p.query!.select, q).toContain('goalsExpected');
    }
    expect(parse('河道保洁服务满意度的目标是什么').query?.select ?? []).not.toContain('goalsExpected');
  });
});

describe('money of the reviewer', () => {
  it('追加(了)预算的项目 is the budget raised; 追加部分 its 调增额', () => {
    const p = parse('年中追加过经费的项目，追加的金额合计多少');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.filters).toContainEqual({
      type: 'fields',
      left: 'annualBudget',
      op: '>',
      right: 'initialBudget',
    });
    // (预算调增额: its total adds the raised projects only)
    expect(p.query!.measures).toContainEqual({ fn: 'sum', field: 'budgetRaise' });
    // the condition restated in brackets is one condition
    const restated = parse('追加了预算的项目（全年预算大于年初预算的），追加部分合计多少');
    expect(restated.unplaced).toEqual([]);
    expect(restated.query!.filters).toHaveLength(1);
  });

  it('全年预算数减全年执行数 written as a formula: 减 is 减去', () => {
    const p = parse('仁和镇的结余（全年预算减执行数）一共多少');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.measures).toContainEqual({ fn: 'sum', field: 'remaining' });
    // 减少 stays a word of its own
    expect(parse('执行数比预算减少的项目').unplaced).toEqual([]);
  });

  it('X的钱 ending the question is how much money', () => {
    const p = parse('河道保洁服务那个的钱');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.select).toContain('annualBudget');
  });
});

describe('people among the 负责人 counted', () => {
  it('负责的人里面姓韩的有几个人 / 姓田的负责人一共有多少人: different people, not projects', () => {
    for (const q of ['负责的人里面姓韩的有几个人', '姓田的负责人一共有多少人']) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(p.query!.countGroups, q).toBe(true);
    }
  });
});

describe('a reviewer’s checks said at length', () => {
  it('the stated rate held against its computation said out is RATE_MISMATCH', () => {
    for (const q of [
      '表上写的执行率，跟用全年执行数除以预算数算出来的对不上，有哪几个',
      '填报的执行率和拿执行数除以全年预算计算出来的结果不一样的项目',
    ])
      expect(codesOf(q), q).toEqual(['RATE_MISMATCH']);
  });

  it('100 % stated while the money was not all spent, 并没有 / 根本没有 before the verb', () => {
    for (const q of ['执行率报的100%，其实资金并没有用完的项目', '执行率写成100%可钱根本没有花完的有哪些'])
      expect(codesOf(q), q).toEqual(['RATE_ROUNDED_UP_TO_FULL']);
  });

  it('full marks, then a reason written in a clause of its own', () => {
    for (const q of [
      '指标分明得了满分，却在偏差原因栏里填了内容的项目',
      '有的指标没扣分，偏差原因那一栏还写了东西',
    ])
      expect(codesOf(q), q).toEqual(['DEVIATION_ON_FULL_SCORE']);
  });

  it('a satisfaction cell quoted as read off the form (填着“没做”, 标着「未开展」)', () => {
    for (const q of ['满意度填着“没做”的项目有哪些', '满意度标着「未开展」的有几张'])
      expect(codesOf(q), q).toEqual(['SATISFACTION_NOT_SURVEYED']);
  });
});

describe('rows', () => {
  it('一共占多少分 of a kind of row is its rows’ 分值 added up', () => {
    for (const q of ['河道保洁服务那张表，时效指标一共占多少分', '成本指标总共占了几分分值'])
      expect(readRowQuestion(q, false), q).toMatchObject({ output: 'sumColumn', sum: 'weight' });
  });

  it('满分是几分 of a row is its 分值; 给了几分 its 得分', () => {
    expect(readRowQuestion('成本指标那条满分是多少分', false)?.columns).toContain('weight');
    // 占几分 of one kind of row named is its 分值, not a sum
    expect(readRowQuestion('河道保洁服务的满意度指标占几分', false)).toMatchObject({ columns: ['weight'] });
    expect(readRowQuestion('质量指标那一条给了几分', false)?.columns).toContain('score');
    // 没拿满分 stays the rows that lost points
    expect(readRowQuestion('质量指标没拿满分的有几条', false)?.score).toBe('lost');
  });

  it('another cell of the row the ask before points at is the same ask', () => {
    expect(splitAsks('垃圾清运的成本指标那条得了几分，满分是几分')).toHaveLength(1);
    expect(splitAsks('河道保洁服务的时效指标那一行目标值是多少，实际完成值呢')).toHaveLength(1);
    // two asks of their own stay two
    expect(splitAsks('青塔有几个项目，总预算多少')).toHaveLength(2);
    expect(splitAsks('青塔有几个项目，分值是几分')).toHaveLength(2);
  });

  it('有没有X？是哪几条 asks for the list of X once', () => {
    expect(whetherThenWhich('青塔街道有没有指标扣了分的？是哪几条？')).toBe('青塔街道哪些指标扣了分');
    expect(whetherThenWhich('有没有执行率低于60%的，都是哪些')).toBe('哪些项目执行率低于60%');
    // 有没有 alone, or a second clause asking something else, stays as said
    expect(whetherThenWhich('有没有指标扣了分？')).toBe('有没有指标扣了分？');
    expect(whetherThenWhich('有没有指标扣了分？扣了几分？')).toBe('有没有指标扣了分？扣了几分？');
  });
});
