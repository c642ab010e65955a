/**
 * Background told as a story (story.ts, narrative.ts, harmless.ts): who asks, why, what happened, how the clerk feels,
 * how little time is left — clauses that ask nothing and name nothing of the forms — are set aside and said back,
 * while a reported statement the question points back to (说有个项目总分才75分，是哪个) is read for its conditions.
 * Stories of our own over a store of our own (no corpus names), in other roles, events, feelings and times. The
 * guards hold: a stored place, person or year in the story stays a condition; an office or place the store does not
 * know, or a word describing projects (重点项目), is still reported; an ask with a condition of its own is never
 * widened by a reported statement.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import type { PortfolioQuery } from '../../src/query/query.ts';
import { filterKinds } from '../helpers/filter-kinds.ts';
import { type KnownProject, vocabularyOfProjects } from './known-store.ts';

const YANQI = '北京市怀柔区雁栖镇人民政府';
const TANYING = '北京市密云区檀营乡人民政府';
const PROJECTS: KnownProject[] = [
  { name: '栗子园节水灌溉', dept: YANQI, year: 2022, owner: '孟庆丰', budget: 60, total: 92 },
  { name: '山区道路养护', dept: YANQI, year: 2023, owner: '贺小雨', budget: 140, total: 75 },
  { name: '民俗村污水收集', dept: TANYING, year: 2023, owner: '孟庆丰', budget: 35, total: 88 },
  { name: '满族文化展馆运营', dept: TANYING, year: 2022, owner: '贺小雨', budget: 20, total: 100 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

const conditions = filterKinds;

/** Read whole, with the story said back. */
function understood(q: string, said: string): PortfolioQuery {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  expect(p.query, q).not.toBeNull();
  expect((p.setAside ?? []).join('|'), q).toContain(said);
  return p.query!;
}

/** Read whole (what was set aside, if anything, is no condition). */
function read(q: string): PortfolioQuery {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  expect(p.query, q).not.toBeNull();
  return p.query!;
}

const places = (q: PortfolioQuery) =>
  conditions(q).filter((c) => c.startsWith('department:') || c.startsWith('implementingUnit:'));

describe('a clause after the Chinese comma is a clause, a figure after it too (NFKC makes ， a Latin comma)', () => {
  it.each([
    ['我妈又打电话催我回家了，2022年的项目有几个', '催我回家了', 2022],
    ['唉今天被骂惨了，2023年的项目有哪些', '被骂惨了', 2023],
  ])('%s', (q, said, year) => {
    const query = understood(q, said);
    expect(conditions(query)).toContain(`year=${year}`);
  });

  it('a number with a comma inside stays one number', () => {
    const query = read('全年预算超过1,000,000元的项目有几个');
    expect(JSON.stringify(query.filters)).toContain('100');
  });
});

describe('words that ask nothing: an indefinite with 都, 那几 pointing', () => {
  it.each([
    ['我刚调过来啥都不会，雁栖镇一共有几个项目', '啥都不会'],
    ['新来的小伙子什么都不懂，檀营乡一共有几个项目', '什么都不懂'],
  ])('%s', (q, said) => {
    const query = understood(q, said);
    expect(places(query).join()).toMatch(/雁栖镇|檀营乡/u);
    expect(query.measures).toEqual([{ fn: 'count' }]);
  });

  it('那几张表 points at the place’s forms: the place stays a condition', () => {
    const query = understood('处长说雁栖镇那几张表看着别扭，项目负责人是不是都没写？', '看着别扭');
    expect(places(query).join()).toContain('雁栖镇');
    expect(conditions(query)).toContain('empty');
  });
});

describe('a reported statement the ask points back to is read for its conditions', () => {
  it.each([
    ['主任开完会脸都黑了，说有个项目执行率才60%，是哪个', 'executionRate=60', '黑'],
    ['处长看完报表很不高兴，说有个项目总分才75分，是哪个项目', 'totalScore=75', '高兴'],
    ['书记刚发了一通火，说有个项目总分只有88分，是哪个', 'totalScore=88', '一通火'],
  ])('%s', (q, condition, said) => {
    expect(conditions(understood(q, said))).toContain(condition);
  });

  it('据说要抽… then 是哪4个: the ranking said in the report is the question', () => {
    const query = understood('检查组后天进场，据说要抽执行率最低的4个项目，提前告诉我是哪4个', '后天进场');
    expect(query.order).toEqual({ by: 'executionRate', dir: 'asc' });
    expect(query.limit).toBe(4);
  });

  it('群里有人说… with 只有 before the figure: the place and the figure are both conditions', () => {
    const query = read('群里有人说檀营乡有个项目总分只有70，真的假的？哪个项目');
    expect(conditions(query)).toContain('totalScore=70');
    expect(places(query).join()).toContain('檀营乡');
  });

  it('a stored person in the story stays a condition', () => {
    const query = understood('孟庆丰今天急得团团转，说有个项目总分才88分，是哪个', '团团转');
    expect(conditions(query)).toEqual(expect.arrayContaining(['owner:孟庆丰', 'totalScore=88']));
  });

  it('an ask with a condition of its own never drops the reported condition', () => {
    const p = parse('领导发火了，说有个项目总分才75分，雁栖镇有几个项目');
    // Either not understood, or both conditions read — never the count of every project of 雁栖镇.
    if (!p.unplaced.length) expect(conditions(p.query!)).toContain('totalScore=75');
  });

  it('a description the store does not know in the report is reported (重点项目)', () => {
    const p = parse('主任开完会脸都黑了，说有个重点项目执行率才60%，是哪个');
    expect(p.unplaced).toContain('重点');
  });
});

describe('a question someone asked the clerk about nothing of the forms is chit-chat', () => {
  it.each([
    ['我爸问我晚上吃啥😂 不说了，2023年的项目有几个', 2023],
    ['朋友问我周末去哪玩，先不聊了，2022年的项目有哪些', 2022],
  ])('%s', (q, year) => {
    expect(conditions(read(q))).toContain(`year=${year}`);
  });

  it('a reported question about projects is no chit-chat: its words are reported', () => {
    const p = parse('我妈问我单位有几个重点项目😂 2023年的有几个');
    expect(p.unplaced.length).toBeGreaterThan(0);
  });
});

describe('who moved where, who cares most, when the figures are wanted', () => {
  it('调到区里 names no office; the person stays', () => {
    const query = understood('孟庆丰调到区里了，他手上那些项目全年预算一共多少', '调到区里了');
    expect(conditions(query)).toContain('owner:孟庆丰');
    expect(query.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
  });

  it('调去西城区: a district the store does not know stays reported', () => {
    const p = parse('孟庆丰调去西城区了，他手上那些项目全年预算一共多少');
    expect(p.unplaced.join()).toContain('西城区');
  });

  it.each([
    ['我们科长特别关心钱花没花完，檀营乡有没有钱没花完的项目'],
    ['咱们主任最关心钱花没花完，檀营乡有没有钱没花完的项目'],
  ])('a role that cares most: %s', (q) => {
    const query = read(q);
    expect(conditions(query)).toContain('remaining>0');
    expect(places(query).join()).toContain('檀营乡');
  });

  it('周三上班要看…: when the clerk wants it bounds no project', () => {
    const query = read('处长出差前交代了，周三上班要看雁栖镇执行率低于90%的项目，先给我列出来');
    expect(conditions(query)).toEqual(expect.arrayContaining(['executionRate<90']));
    expect(places(query).join()).toContain('雁栖镇');
  });

  it('a time with nothing wanted after it is no frame: 周一要的项目 is reported, never every project', () => {
    const p = parse('周一要的项目有哪些');
    expect(p.unplaced.length).toBeGreaterThan(0);
  });
});

describe('a meeting, the end, 只有 before a figure', () => {
  it.each([
    ['例会上书记要讲总分最低的两个项目，帮我挑出来', 'totalScore', 'asc', 2],
    ['调度会上主任要讲全年预算最多的三个项目，帮我找出来', 'annualBudget', 'desc', 3],
    ['会上书记要讲执行数最多的两个项目，帮我挑出来', 'executed', 'desc', 2],
  ])('%s', (q, by, dir, limit) => {
    const query = read(q);
    expect(query.order).toEqual({ by, dir });
    expect(query.limit).toBe(limit);
  });

  it('a meeting said of the projects is reported (周会上定的项目)', () => {
    const p = parse('周会上定的项目有哪些');
    expect(p.unplaced.length).toBeGreaterThan(0);
  });

  it.each([
    ['马上要交材料了，就问一个：山区道路养护最后得了多少分', '山区道路养护'],
    ['快来不及了，栗子园节水灌溉最终是多少分', '栗子园节水灌溉'],
  ])('最后 / 最终 before the verb is when: %s', (q, name) => {
    const query = read(q);
    expect(conditions(query)).toContain(`projectName:${name}`);
  });

  it('the last of a ranking stays a ranking or is reported, never dropped', () => {
    const p = parse('最后两个项目是哪个街道的');
    expect(p.unplaced.length + (p.query?.order ? 1 : 0)).toBeGreaterThan(0);
  });

  it('执行率只有85%: the figure is the condition', () => {
    expect(conditions(read('雁栖镇执行率只有85%的项目有哪些'))).toContain('executionRate=85');
  });
});

describe('a story that describes the projects is not background', () => {
  it('主任嫌重点项目太多: 重点 stays reported', () => {
    const p = parse('主任嫌重点项目太多，雁栖镇有几个项目');
    expect(p.unplaced.join()).toContain('重点');
  });

  it('听说要查应急项目，是哪几个: 应急 is reported', () => {
    const p = parse('听说审计要查应急项目，是哪几个');
    expect(p.unplaced.join()).toContain('应');
  });
});

describe('a told reason the question asks about again in its own words is set aside and said back', () => {
  it.each([
    [
      '报上去的表又被打回来了，说满意度没做的太多。檀营乡满意度得分为0的项目有几个？',
      '满意度没做的太多',
      'satisfactionScore=0',
    ],
    ['上周开会书记点名说电话没写的要补，雁栖镇有几个项目联系电话是空的', '电话没写的要补', 'empty'],
    ['市里来人检查了，说有的项目钱没花完。雁栖镇执行率低于100%的项目有几个', '钱没花完', 'executionRate<100'],
    [
      '哎，又挨批了……说是满意度那块有问题。檀营乡哪些项目满意度得分低于8分？',
      '满意度那块有问题',
      'satisfactionScore<8',
    ],
  ])('%s', (q, said, condition) => {
    const query = understood(q, said);
    expect(conditions(query)).toContain(condition);
    // The reason's own condition is no filter: only the question's topic, said precisely, and the place.
    expect(
      conditions(query).filter((c) => !c.startsWith('department:') && !c.startsWith('implementingUnit:')),
    ).toEqual([condition]);
  });

  it('a reason about another topic than the question stays in it: not set aside', () => {
    const p = parse('上周开会书记点名说电话没写的要补，雁栖镇执行率低于90%的项目有几个');
    // Either reported, or the phone condition read — never dropped in silence.
    if (!p.unplaced.length) expect(conditions(p.query!)).toContain('empty');
  });

  it('a reason with a kind of project the store does not know is reported (应急项目)', () => {
    const p = parse('上周开会书记点名说应急项目电话没写的要补，雁栖镇有几个项目联系电话是空的');
    // (急 alone is a filler word: 应 is what is reported.)
    expect(p.unplaced.join()).toContain('应');
  });
});
