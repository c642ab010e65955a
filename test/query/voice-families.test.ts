/**
 * Families of voice input (issue 10, the voice part: dictated or typed on a phone — no punctuation, fillers, spoken
 * numbers), each read by structure and tested with wordings and a store of our own, with the guards that must still
 * hold: a figure confirmed (对吗 / 对吧) is asked yes or no, a figure said aloud keeps its unit left out (七十九万一), a
 * guess before the figure asked is no bound, a verb of finishing asked with 没有 is no negation, a negation is never a
 * typo, two pieces of a name over a plural demonstrative narrow, a name typed loosely around a lexicon word stays one,
 * a greeting, the whole table, the asker's state and an exclamation opening the message ask nothing, a story's clause
 * ending in 了没有 asks, a level of indicator beyond the third or rows across years are no row question, and 前N after
 * an ordered list keeps its order.
 */
import { describe, expect, it } from 'vitest';
import { type AskedQuestion, attachFollowUp, readFollowUp } from '../../src/query/context.ts';
import { withoutCourtesy } from '../../src/query/courtesy.ts';
import { expandedShortForms } from '../../src/query/name-abbreviations.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { guessBeforeAsked, spokenAmounts } from '../../src/query/spoken-figures.ts';
import { type KnownProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '青塔街道垃圾清运-其他零余额专项', dept: '青塔街道办事处', year: 2039, owner: '韩梅', budget: 12 },
  { name: '青塔街道垃圾清运—基本户', dept: '青塔街道办事处', year: 2039, owner: '韩梅', budget: 20 },
  { name: '仁和镇控违拆违专项资金', dept: '仁和镇人民政府', year: 2039, owner: '田野', budget: 30 },
  { name: '仁和镇拆违治乱工作经费', dept: '仁和镇人民政府', year: 2039, owner: '田野', budget: 8 },
  { name: '仁和镇节能专项资金', dept: '仁和镇人民政府', year: 2039, owner: '严明', budget: 50 },
  { name: '河道保洁服务', dept: '仁和镇人民政府', year: 2039, owner: '严明', budget: 79.1, executed: 60 },
  { name: '2039年城市居民最低生活保障', dept: '青塔街道办事处', year: 2039, owner: '韩梅', budget: 900 },
  { name: '青塔街道第五次经济普查经费', dept: '青塔街道办事处', year: 2039, owner: '韩梅', budget: 6 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2040);
const leaves = (filters: Filter[]): Filter[] =>
  filters.flatMap((f) => (f.type === 'any' ? leaves(f.filters) : [f]));
const projectNames = (filters: Filter[]) =>
  leaves(filters).flatMap((f) => (f.type === 'name' && f.field === 'projectName' ? (f.values ?? []) : []));

describe('figures said aloud', () => {
  it.each([
    ['预算七十九万一', '预算79.1万'],
    ['两万五对吗', '2.5万对吗'],
    ['才一万零三百六 是不是', '才1.036万 是不是'],
    ['三万二千五的', '3.25万的'],
    ['五万三', '5.3万'],
  ])('%s → %s (the unit after the last digit left out)', (said, read) => {
    expect(spokenAmounts(said)).toBe(read);
  });

  it.each(['万一超了怎么办', '十万一个', '三百零六万'])(
    '%s stays as said (no numeral before 万, a count, or 零)',
    (said) => {
      expect(spokenAmounts(said)).toBe(said);
    },
  );
});

describe('a figure confirmed is asked yes or no', () => {
  it.each([
    '河道保洁服务 预算七十九万一 对吗',
    '河道保洁服务预算是79.1万对吧',
    '河道保洁服务的预算七十九万一是吧',
  ])('%s: the named project, the figure its condition, asked yes or no', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.yesNo).toBe(true);
    expect(p.query!.filters).toContainEqual({ type: 'compare', field: 'annualBudget', op: '=', value: 79.1 });
    expect(projectNames(p.query!.filters)).toEqual(['河道保洁服务']);
  });

  it('a confirmation followed by another ask keeps that ask (花了60万对吧 那执行率多少)', () => {
    const p = parse('河道保洁服务花了六十万对吧 那执行率多少');
    expect(p.unplaced).toEqual([]);
    expect(p.yesNo).toBe(true);
    expect(p.query!.select).toContain('executionRate');
  });

  it('对 elsewhere is not taken off (对不上 stays a word of its own)', () => {
    expect(parse('河道保洁服务预算对不上').unplaced.length).toBeGreaterThan(0);
  });
});

describe('a guess before the figure asked', () => {
  it.each(['河道保洁服务预算是八十多万吧具体多少', '河道保洁服务 预算大概80万左右吧 到底是多少'])(
    '%s: the field asked, the guess no bound',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(p.query!.select).toEqual(['annualBudget']);
      expect(p.query!.filters.some((f) => f.type === 'compare')).toBe(false);
      expect(p.corrected.some(([, read]) => read.includes('不作筛选'))).toBe(true);
    },
  );

  it('a figure with no ask after it stays a bound (预算八十多万的项目)', () => {
    expect(guessBeforeAsked('预算八十多万的项目').said).toEqual([]);
    const p = parse('预算八十多万的项目有哪些');
    expect(p.query!.filters.some((f) => f.type === 'compare' && f.field === 'annualBudget')).toBe(true);
  });
});

describe('the money finished, asked', () => {
  it.each(['河道保洁服务 钱花完了没有 执行率多少', '河道保洁服务的经费用完没有', '河道保洁服务钱花光了没'])(
    '%s: all spent, asked yes or no (never "money left")',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(p.yesNo).toBe(true);
      expect(p.query!.filters).toContainEqual({
        type: 'fields',
        left: 'executed',
        op: '>=',
        right: 'annualBudget',
      });
      expect(p.query!.filters.some((f) => f.type === 'compare' && f.field === 'remaining')).toBe(false);
      expect(p.query!.filters.some((f) => f.type === 'empty')).toBe(false);
    },
  );

  it('钱没花完 still reads as money left', () => {
    const p = parse('钱没花完的项目有哪些');
    expect(p.query!.filters).toContainEqual({ type: 'compare', field: 'remaining', op: '>', value: 0 });
  });
});

describe('pieces of a name', () => {
  it.each(['拆违的那几个专项资金 加起来花了多少', '拆违的这些专项资金预算合计'])(
    '%s: the projects holding both pieces, never either',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(projectNames(p.query!.filters)).toEqual(['仁和镇控违拆违专项资金']);
    },
  );

  it.each(['青塔垃圾清运其他零余额专项 电话多少', '青塔垃圾清运其他零余额专项的预算'])(
    '%s: a name typed loosely around a lexicon word (余额) stays one name, never 专项 added nor 其他 left out',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(leaves(p.query!.filters).some((f) => f.type === 'name' && f.negate)).toBe(false);
      expect(projectNames(p.query!.filters)).toEqual(['青塔街道垃圾清运-其他零余额专项']);
    },
  );
});

describe('words that ask nothing', () => {
  it.each([
    ['在不在 那个 河道保洁服务 电话多少', '那个 河道保洁服务 电话多少'],
    ['喂 你好 河道保洁服务预算多少', '河道保洁服务预算多少'],
  ])('%s: the greeting is taken off', (said, read) => {
    expect(withoutCourtesy(said)).toBe(read);
  });

  it('在不在 inside the question stays', () => {
    expect(withoutCourtesy('河道保洁服务在不在名单里')).toBe('河道保洁服务在不在名单里');
  });

  it.each([
    '那个 整个 全部项目 总共多少个',
    '整个表 按年份 统计下 项目个数',
    '全表按年份统计项目个数',
    '我刚来的 不太懂 仁和镇一共有几个项目',
    '咋整的 严明手上有多少个项目',
  ])('%s is read whole', (q) => {
    expect(parse(q).unplaced).toEqual([]);
  });

  it('咋整 asked at the end stays (满意度没做咋整: advice, not a fact of the forms)', () => {
    expect(parse('满意度没做咋整').unplaced.length).toBeGreaterThan(0);
  });
});

describe('a told clause that asks yes or no is no background', () => {
  it.each(['审计整改完成了没有 那个河道保洁的', '审计整改做了没 河道保洁那个'])(
    '%s: 整改 is reported, never dropped as a story',
    (q) => {
      const p = parse(q);
      expect(p.unplaced.join('')).toContain('整改');
    },
  );

  it('a concern told with V没V is still background (领导最关心钱花没花完，…)', () => {
    expect(parse('我们领导最关心钱花没花完，仁和镇有没有钱没花完的项目').unplaced).toEqual([]);
  });

  it('a told visit that asks nothing is still background', () => {
    expect(parse('昨天审计来了 河道保洁服务的预算多少').unplaced).toEqual([]);
  });
});

describe('no row question of rows the forms do not hold', () => {
  it.each(['四级指标有哪些', '有四级指标的项目有几个'])(
    '%s: a level beyond the third is left to the parser',
    (q) => {
      expect(readRowQuestion(q, false)).toBeNull();
      expect(parse(q).unplaced.length).toBeGreaterThan(0);
    },
  );

  it.each(['上年的指标完成值跟今年比 提高了多少', '指标完成值比去年增长了多少', '指标值同比变化'])(
    '%s: rows across years are left to the parser',
    (q) => {
      expect(readRowQuestion(q, false)).toBeNull();
    },
  );

  it('三级指标 is still a row question', () => {
    expect(readRowQuestion('河道保洁服务的三级指标有哪些', true)).not.toBeNull();
  });
});

describe('前N after an ordered list', () => {
  const previous = (text: string): AskedQuestion => ({
    query: parse(text).query!,
    text,
    at: new Date().toISOString(),
  });
  const follow = (text: string, before: AskedQuestion) => {
    const reading = readFollowUp(text, before);
    const parsed = reading.ask || !reading.text.trim() ? null : parse(reading.text);
    const out = attachFollowUp(reading, parsed?.query ?? null, before);
    if ('ask' in out) throw new Error(out.ask);
    return out.query!;
  };

  it.each(['只要前三个就行', '前三个', '要前3个'])('%s after the five lowest: the three lowest', (q) => {
    const q2 = follow(q, previous('全年预算最少的五个项目'));
    expect(q2.order?.dir).toBe('asc');
    expect(q2.limit).toBe(3);
  });

  it('after the five highest: the three highest; 最少的三个 still turns it round', () => {
    expect(follow('前三个', previous('全年预算最多的五个项目')).order?.dir).toBe('desc');
    expect(follow('最少的三个', previous('全年预算最多的五个项目')).order?.dir).toBe('asc');
  });
});

describe('short forms of administrative words in a name', () => {
  it.each([
    ['城市低保 负责人 叫啥', '2039年城市居民最低生活保障'],
    ['低保的预算多少', '2039年城市居民最低生活保障'],
    ['那个五经普 花了多少', '青塔街道第五次经济普查经费'],
  ])('%s names %s', (q, name) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(projectNames(p.query!.filters)).toEqual([name]);
  });

  it('a short form written out must still be found in a stored name (医保 names nothing here)', () => {
    expect(expandedShortForms('医保')).toBe('医疗保险');
    expect(parse('医保的预算多少').unplaced.length).toBeGreaterThan(0);
  });
});

describe('spoken shapes of a figure or a check', () => {
  it.each([
    ['预算一百二十万往上的项目有几个', { type: 'compare', field: 'annualBudget', op: '>=', value: 120 }],
    ['预算50万往下的项目有几个', { type: 'compare', field: 'annualBudget', op: '<', value: 50 }],
    ['总分的分值写成一千的那个是哪个项目', { type: 'compare', field: 'totalWeight', op: '=', value: 1000 }],
    // the rate as the form states it (写成 / 填成 of 执行率: as-written.ts), as cells-and-lists reads 执行率写成了95%
    ['执行率填成了100的项目', { type: 'compare', field: 'statedRate', op: '=', value: 100 }],
    ['执行率是百分之九十几的有哪些项目', { type: 'compare', field: 'executionRate', op: '>=', value: 90 }],
    [
      '满意度指标加起来超过十分的项目 有没有',
      { type: 'compare', field: 'satisfactionWeight', op: '>', value: 10 },
    ],
    [
      '满意度那几条指标合计不到10分的项目',
      { type: 'compare', field: 'satisfactionWeight', op: '<', value: 10 },
    ],
  ])('%s', (q, filter) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query!.filters).toContainEqual(filter);
  });

  it('满意度指标加起来 is said back as the 分值 summed, never 总分', () => {
    const p = parse('满意度指标加起来超过十分的项目');
    expect(p.corrected.some(([, read]) => read.startsWith('满意度指标分值'))).toBe(true);
    expect(JSON.stringify(p.query)).not.toContain('totalScore');
  });

  it('往上报 stays a verb (no bound)', () => {
    expect(JSON.stringify(parse('预算100万往上报的项目').query ?? {})).not.toContain('">="');
  });

  it.each([
    '那个预算执行率写的跟算出来不一样的 仁和镇有没有',
    '执行率填的和计算出来的对不上的项目',
    '执行率算错了的有哪几个 就是执行数除预算对不上的',
  ])('%s: the stated rate against the computed one', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query!.filters).toContainEqual({ type: 'finding', codes: ['RATE_MISMATCH'] });
  });

  it.each(['仁和镇的钱里头占大头的是哪个项目', '仁和镇预算占了大头的是哪个'])(
    '%s: the largest budget',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(p.query!.order).toEqual({ by: 'annualBudget', dir: 'desc' });
    },
  );

  it('全年 after 年初预算 is the 全年预算 asked', () => {
    const p = parse('河道保洁服务 年初预算填了没有 全年多少');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.select).toContain('annualBudget');
  });

  it('满意度指标写未做 is the survey not done, as 写的未做 / 写着未做', () => {
    const said = JSON.stringify(parse('仁和镇 满意度指标 写未做的 有多少个').query);
    expect(said).toBe(JSON.stringify(parse('仁和镇 满意度指标 写的未做的 有多少个').query));
    expect(parse('仁和镇 满意度指标 写未做的 有多少个').unplaced).toEqual([]);
  });
});
