/**
 * Never widen a query silently (issue 10): a generic class word is no name, a first-person scope is the speaker's
 * unit or a question back, exclusions are negated filters, and follow-ups keep the previous set. A small store of
 * names of its own (nothing here is a corpus form).
 */
import { describe, expect, it } from 'vitest';
import { type AskedQuestion, attachFollowUp, readFollowUp } from '../../src/query/context.ts';
import { describeQuery } from '../../src/query/describe.ts';
import { speakerOf, withOwnUnit } from '../../src/query/own-unit.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { LeafFilter, PortfolioQuery } from '../../src/query/query.ts';
import { leaves } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const DEPTS = ['北京市昌平区回龙观街道办事处', '北京市昌平区天通苑北街道办事处', '北京市昌平区农业农村局'];
const UNITS = ['社区治理办公室', '城市运行保障中心', '平安建设办公室'];
const PEOPLE = ['钱晓东', '冯佳', '陶敏'];
const rows = DEPTS.flatMap((department, d) =>
  UNITS.map((implementingUnit, u) => ({
    department,
    implementingUnit,
    owner: PEOPLE[(d + u) % 3]!,
    projectName: `${['背街小巷整治', '垃圾分类驿站', '老年餐桌运营'][u]}（${d + 1}期）`,
    year: 2024,
  })),
);
rows.push({
  department: DEPTS[0]!,
  implementingUnit: UNITS[0]!,
  owner: '钱晓东',
  projectName: '智慧社区服务平台建设',
  year: 2023,
});
const VOCAB = vocabularyOf(rows);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

/** A query answers for every project when it has no condition at all. */
const wholePortfolio = (q: PortfolioQuery | null) => !!q && q.filters.length === 0;

const negatedNames = (q: PortfolioQuery | null) =>
  leaves(q?.filters ?? []).filter(
    (f): f is Extract<LeafFilter, { type: 'name' }> => f.type === 'name' && !!f.negate,
  );

describe('a generic class word is never a name', () => {
  const CLASS = ['街道', '街道办', '办事处', '单位', '部门', '办公室', '中心', '局', '科室'];
  const FRAMES = ['{}有哪些项目', '{}的项目有几个', '{}全年预算合计多少', '列出{}的项目'];
  it.each(CLASS.flatMap((c) => FRAMES.map((f) => f.replace('{}', c))))('%s: no containment filter', (q) => {
    const p = parse(q);
    const names = leaves(p.query?.filters ?? []).filter((f) => f.type === 'name');
    expect(names, q).toEqual([]);
  });

  it('a class word after a real name still names that one: 回龙观街道, 平安建设办公室', () => {
    expect(parse('回龙观街道的项目').query?.filters).toHaveLength(1);
    expect(parse('平安建设办公室有几个项目').unplaced).toEqual([]);
  });
});

describe('a first-person scope is the speaker’s unit, or a question back', () => {
  const PRONOUNS = ['我们', '咱们', '本', '我', '我们这个', '我所在的'];
  const CLASSES = ['街道', '单位', '部门', '局', '办公室', '中心'];
  const ASKS = ['{}有哪些项目', '{}一共几个项目', '{}的项目执行率低于90%的有几个', '{}全年预算合计多少'];
  const questions = PRONOUNS.flatMap((p) =>
    CLASSES.flatMap((c) => ASKS.map((a) => a.replace('{}', `${p}${c}`))),
  );

  it.each(questions)('%s: asked back when no unit is known, never all projects', (q) => {
    const own = withOwnUnit(q, VOCAB, {}, 2025);
    if ('ask' in own) {
      expect(own.ask).toContain('指哪个单位');
      return;
    }
    // Not read as first person: then the parser itself must not answer for everything.
    const p = parse(own.text);
    expect(p.unplaced.length > 0 || !wholePortfolio(p.query), q).toBe(true);
  });

  it('the unit named in the same message is the one meant', () => {
    const own = withOwnUnit('我是天通苑北街道的，刚来，我们街道有哪些项目', VOCAB, {}, 2025);
    expect('text' in own).toBe(true);
    const p = parse((own as { text: string }).text);
    expect(p.unplaced).toEqual([]);
    const names = leaves(p.query!.filters).flatMap((f) => (f.type === 'name' ? (f.values ?? []) : []));
    expect(names).toEqual(['北京市昌平区天通苑北街道办事处']);
  });

  it('the unit said earlier in the chat, else the bound department, stands for 本单位', () => {
    const q = '本单位总分低于90的项目有几个';
    const said = withOwnUnit(q, VOCAB, { speaker: '农业农村局', department: DEPTS[0] }, 2025);
    const p = parse((said as { text: string }).text);
    expect(leaves(p.query!.filters).some((f) => f.type === 'name' && f.values?.includes(DEPTS[2]!))).toBe(
      true,
    );
    const bound = withOwnUnit(q, VOCAB, { department: DEPTS[1] }, 2025);
    const b = parse((bound as { text: string }).text);
    expect(b.unplaced).toEqual([]);
    expect(leaves(b.query!.filters).some((f) => f.type === 'name' && f.values?.includes(DEPTS[1]!))).toBe(
      true,
    );
  });

  it('who the speaker is, said with a unit, is remembered; a question about a unit alone is not', () => {
    const q = '我是回龙观街道的，执行率低于90%的项目';
    expect(speakerOf(q, parse(q).query!)).toBe('回龙观街道');
    expect(speakerOf('回龙观街道的项目', parse('回龙观街道的项目').query!)).toBeUndefined();
  });

  it('a pronoun that is not a scope stays as it was: 我们科长让我查…, 我想看看…', () => {
    for (const q of ['我们科长让我查总分低于80的项目', '我想看看执行率低于60%的项目']) {
      expect(withOwnUnit(q, VOCAB, {}, 2025)).toEqual({ text: q });
    }
  });
});

describe('exclusions are negated filters, combined with the rest', () => {
  it.each<[string, string, number]>([
    ['除了回龙观以外的项目有几个', '回龙观', 0],
    ['回龙观除外，全年预算合计多少', '回龙观', 0],
    ['不包括平安建设办公室，总分低于95的项目', '平安建设办公室', 1],
    ['不含农业农村局的项目', '农业农村局', 0],
    ['排除天通苑北街道，执行率低于80%的项目', '天通苑北街道', 1],
    ['非回龙观街道的项目有哪些', '回龙观街道', 0],
    ['社区治理办公室里负责人不是陶敏的项目', '陶敏', 1],
  ])('%s', (q, term, others) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    const neg = negatedNames(p.query);
    expect(neg.length, q).toBeGreaterThan(0);
    expect(
      neg.every((f) => f.term === term),
      q,
    ).toBe(true);
    const positive = p.query!.filters.filter((f) => !(f.type === 'name' && f.negate));
    expect(positive.length, q).toBe(others);
    expect(describeQuery(p.query!), q).toMatch(/不是|不含/);
  });

  it('a place and an exclusion inside it: both kept (昌平区除了回龙观以外)', () => {
    const p = parse('昌平区除了社区治理办公室以外，全年执行数超过100万的项目');
    expect(p.unplaced).toEqual([]);
    const fs = leaves(p.query!.filters);
    expect(fs.some((f) => f.type === 'name' && !f.negate && f.term === '昌平区')).toBe(true);
    expect(fs.some((f) => f.type === 'name' && f.negate && f.term === '社区治理办公室')).toBe(true);
    expect(fs.some((f) => f.type === 'compare' && f.field === 'executed')).toBe(true);
  });

  it('an exclusion of a name the store does not know is reported, never read as that name only', () => {
    const p = parse('除了海淀区以外的项目有几个');
    expect(p.unplaced.length).toBeGreaterThan(0);
  });
});

describe('follow-ups keep the previous set', () => {
  const asked = (text: string): AskedQuestion => ({
    query: parse(text).query!,
    text,
    at: new Date().toISOString(),
  });
  const follow = (previous: AskedQuestion | null, message: string) => {
    const reading = readFollowUp(message, previous);
    return attachFollowUp(reading, parse(reading.text).query, previous);
  };

  it.each(['列出来看看', '都有哪些', '具体是哪些', '看看名单', '把名单列一下'])(
    '%s after a count lists the counted projects',
    (message) => {
      const previous = asked('总分低于90的项目有几个');
      const got = follow(previous, message);
      expect('query' in got && got.query).toEqual({ filters: previous.query.filters });
    },
  );

  it('a list request with nothing before it is asked about, not answered for every project', () => {
    expect('ask' in follow(null, '列出来看看')).toBe(true);
  });

  it.each(['具体是哪几个项目', '分别是哪些项目', '都是哪些项目呢'])(
    '%s after a count lists the counted projects, though 项目 is named (was: every project)',
    (message) => {
      const previous = asked('总分低于90的项目有几个');
      const got = follow(previous, message);
      expect('query' in got && got.query).toEqual({ filters: previous.query.filters });
      expect('ask' in follow(null, message)).toBe(true);
    },
  );

  it('所有项目 / 哪些项目 alone still ask about every project', () => {
    const previous = asked('总分低于90的项目有几个');
    for (const message of ['所有项目都列出来', '哪些项目'])
      expect('query' in follow(previous, message) && follow(previous, message)).not.toMatchObject({
        query: { filters: previous.query.filters },
      });
  });

  it('an exclusion alone narrows the previous question (去掉X的)', () => {
    const previous = asked('2024年的项目有几个');
    const got = follow(previous, '去掉回龙观的');
    expect('query' in got).toBe(true);
    const q = (got as { query: PortfolioQuery }).query;
    expect(q.measures).toEqual([{ fn: 'count' }]);
    expect(q.filters.some((f) => f.type === 'compare' && f.field === 'year')).toBe(true);
    expect(negatedNames(q).length).toBeGreaterThan(0);
  });

  it('a year left out alone narrows the previous question (2020年的不要)', () => {
    const previous = asked('总分低于90的项目');
    const got = follow(previous, '2023年的不要');
    expect('query' in got && got.query?.filters).toEqual([
      ...previous.query.filters,
      { type: 'compare', field: 'year', op: '<>', value: 2023 },
    ]);
  });

  it('换成 another ranking keeps the number of projects', () => {
    const previous = asked('全年执行数最少的4个项目');
    const got = follow(previous, '换成总分最低的');
    const q = (got as { query: PortfolioQuery }).query;
    expect(q.order).toEqual({ by: 'totalScore', dir: 'asc' });
    expect(q.limit).toBe(4);
  });
});

describe('one project named inside a sentence is looked up, never aggregated', () => {
  it.each([
    '有个叫老年餐桌运营的项目，全年预算是多少来着',
    '主任说有个叫智慧社区服务平台的，总分多少',
    '智慧社区服务平台那个项目的执行率多少',
    '项目名称是智慧社区服务平台建设的全年执行数',
  ])('%s', (q) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query!.measures ?? [], q).toEqual([]);
    expect(p.query!.select?.length, q).toBe(1);
    const names = leaves(p.query!.filters).filter((f) => f.type === 'name' && f.field === 'projectName');
    expect(names, q).toHaveLength(1);
  });
});
