import { describe, expect, it } from 'vitest';
import {
  type AskedQuestion,
  attachFollowUp,
  FOLLOW_UP_MAX_AGE_MS,
  personOf,
  projectOf,
  readFollowUp,
  recentQuestion,
} from '../../src/query/context.ts';
import { describeQuery } from '../../src/query/describe.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter, PortfolioQuery } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

/** A small store's names (the follow-ups below are read against what was asked before, not against a list). */
const VOCAB = vocabularyOf([
  {
    department: '大红门街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '王丽',
    projectName: '社区养老服务',
    year: 2022,
  },
  {
    department: '通州区发展和改革委员会',
    implementingUnit: '产业发展科',
    owner: '赵明',
    projectName: '2023年节能专项资金',
    year: 2023,
  },
  {
    department: '北京市通州区潞源街道办事处',
    implementingUnit: '北京市通州区潞源街道办事处',
    owner: '周蕾莹',
    projectName: '统计所经费',
    year: 2023,
  },
]);
const NOW = new Date('2026-03-02T09:00:00Z');
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);

/** A question answered a moment ago in this chat. */
function answered(text: string, person?: string): AskedQuestion {
  const { query, unplaced } = parse(text);
  expect(unplaced).toEqual([]);
  // As the question hook remembers it: the one project the question names (its rows are not at hand here).
  const project = projectOf(query!, null);
  return {
    query: query!,
    text,
    at: new Date(NOW.getTime() - 60_000).toISOString(),
    ...(person ? { person } : {}),
    ...(project ? { project } : {}),
  };
}

/** The follow-up read, parsed and attached as the question hook does. */
function follow(text: string, previous: AskedQuestion | null) {
  const reading = readFollowUp(text, previous);
  const parsed = reading.ask || !reading.text.trim() ? null : parse(reading.text);
  expect(parsed?.unplaced ?? []).toEqual([]);
  return attachFollowUp(reading, parsed?.query ?? null, previous);
}

function merged(text: string, previous: AskedQuestion | null): PortfolioQuery {
  const out = follow(text, previous);
  if ('ask' in out) throw new Error(`asked: ${out.ask}`);
  expect(out.carried).toBe(true);
  return out.query!;
}

const year = (value: number): Filter => ({ type: 'compare', field: 'year', op: '=', value });
const kinds = (q: PortfolioQuery) => q.filters.map((f) => (f.type === 'any' ? 'any' : f.type));
/** The names a query is narrowed to (a place is matched in 主管部门 or 实施单位: one term, said once). */
const orgTerms = (q: PortfolioQuery) => [
  ...new Set(
    q.filters
      .flatMap((f) => (f.type === 'any' ? f.filters : [f]))
      .flatMap((f) => (f.type === 'name' ? [f.term] : [])),
  ),
];

describe('follow-up questions in one chat', () => {
  it('那…的呢 replaces a filter of the same kind and keeps the rest of the question', () => {
    const q = merged('那2022年的呢', answered('通州区2023年执行率低于90%的项目有几个'));
    expect(q.filters).toContainEqual(year(2022));
    expect(q.filters).not.toContainEqual(year(2023));
    expect(q.filters).toContainEqual({ type: 'compare', field: 'executionRate', op: '<', value: 90 });
    expect(orgTerms(q)).toEqual(['通州区']);
    expect(q.measures).toEqual([{ fn: 'count' }]);
  });

  it('换成 another place replaces the place; an ordering and its cut are kept', () => {
    const q = merged('换成潞源街道', answered('大红门街道全年预算最高的2个项目'));
    expect(orgTerms(q)).toEqual(['潞源街道']);
    expect(q.order).toEqual({ by: 'annualBudget', dir: 'desc' });
    expect(q.limit).toBe(2);
  });

  it('只要 narrows with a filter of a new kind', () => {
    const q = merged('只要2023年的', answered('总分低于95分的项目'));
    expect(q.filters).toEqual([{ type: 'compare', field: 'totalScore', op: '<', value: 95 }, year(2023)]);
  });

  it('其中 with a bound on the other side of the same number makes a range', () => {
    const q = merged('其中高于50%的有哪些', answered('执行率低于90%的项目'));
    expect(q.filters).toEqual([
      { type: 'compare', field: 'executionRate', op: '<', value: 90 },
      { type: 'compare', field: 'executionRate', op: '>', value: 50 },
    ]);
  });

  it('a new measure keeps the filters; a bare field after a grouped figure is that figure per group', () => {
    const avg = merged('这几个的平均总分是多少', answered('2022年通州区的项目'));
    expect(kinds(avg)).toEqual(['compare', 'any']);
    expect(avg.measures).toEqual([{ fn: 'avg', field: 'totalScore' }]);
    const grouped = merged('全年预算呢', answered('各部门的项目数'));
    expect(grouped.groupBy).toBe('department');
    expect(grouped.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
  });

  it('那个项目 after a lookup of one project is that project; after a set of many it asks which', () => {
    const q = merged('那个项目花了多少钱', answered('统计所经费的负责人是谁'));
    expect(orgTerms(q)).toEqual(['统计所经费']);
    const ask = follow('那个项目花了多少钱', answered('2022年的项目'));
    expect('ask' in ask && ask.ask).toContain('指哪一个项目');
    // A set pointed at as a set is still the previous answer's.
    expect(merged('这些项目花了多少钱', answered('2022年的项目')).filters).toEqual([year(2022)]);
  });

  it('the one project an answer showed is remembered for 那个项目', () => {
    const one = { columns: ['项目名称', '总分'], rows: [['统计所经费', 96]] };
    expect(projectOf(parse('总分最高的项目').query!, one)).toBe('统计所经费');
    const two = { columns: ['项目名称'], rows: [['统计所经费'], ['社区养老服务']] };
    expect(projectOf(parse('2022年的项目').query!, two)).toBeUndefined();
  });

  it('a field asked with 呢 after a lookup shows that field of the same project', () => {
    const q = merged('总分呢', answered('统计所经费的负责人是谁'));
    expect(q.select).toEqual(['totalScore']);
    expect(orgTerms(q)).toEqual(['统计所经费']);
  });

  it('an ordering alone re-sorts the previous set: the other end, as many as before, or reversed', () => {
    const low = merged('最低的呢', answered('大红门街道全年预算最高的2个项目'));
    expect(low.order).toEqual({ by: 'annualBudget', dir: 'asc' });
    expect(low.limit).toBe(2);
    const flipped = merged('倒过来', answered('按总分从低到高列出2022年的项目'));
    expect(flipped.order).toEqual({ by: 'totalScore', dir: 'desc' });
    expect(flipped.filters).toEqual([year(2022)]);
  });

  it('a count or a sort with nothing named right after a list is about that list', () => {
    const count = merged('一共多少个', answered('2022年的项目'));
    expect(count).toEqual({ filters: [year(2022)], measures: [{ fn: 'count' }] });
    const sorted = merged('按执行率从高到低排一下', answered('2022年的项目'));
    expect(sorted.order).toEqual({ by: 'executionRate', dir: 'desc' });
    expect(sorted.filters).toEqual([year(2022)]);
  });

  it('a figure opened by a word of totalling, right after a list or a count, is of that set', () => {
    // It was answered over every project: a wrong figure.
    const afterList = merged('加起来全年预算多少', answered('2022年的项目'));
    expect(afterList).toEqual({ filters: [year(2022)], measures: [{ fn: 'sum', field: 'annualBudget' }] });
    const afterCount = merged('一共花了多少', answered('执行率低于90%的项目有几个'));
    expect(afterCount.filters).toEqual([{ type: 'compare', field: 'executionRate', op: '<', value: 90 }]);
    expect(afterCount.measures).toEqual([{ fn: 'sum', field: 'executed' }]);
    expect(merged('平均执行率多少', answered('2022年的项目')).measures).toEqual([
      { fn: 'avg', field: 'executionRate' },
    ]);
  });

  it('a complete question right after another stands alone', () => {
    const previous = answered('2022年的项目');
    for (const text of [
      '哪些项目缺少满意度指标',
      '全年预算合计是多少',
      '所有项目一共花了多少',
      '各部门的项目数',
      '执行率最低的是哪个',
    ]) {
      const out = follow(text, previous);
      expect('ask' in out ? out.ask : out.carried, text).toBe(false);
    }
  });

  it('她负责的这些项目: the person and the set of the previous answer', () => {
    const q = merged('她负责的这些项目平均执行率是多少', answered('王丽负责的项目有几个', '王丽'));
    expect(orgTerms(q)).toEqual(['王丽']);
    expect(q.measures).toEqual([{ fn: 'avg', field: 'executionRate' }]);
  });

  it('他负责的项目 after a lookup is a question about that person, not only the project looked up', () => {
    const previous = answered('2023年节能专项资金的负责人是谁', '赵明');
    const out = follow('他负责的项目有几个', previous);
    if ('ask' in out) throw new Error(out.ask);
    expect(out.carried).toBe(false);
    expect(orgTerms(out.query!)).toEqual(['赵明']);
  });

  it.each(['她一共管几个项目', '他总共负责几个项目', '她目前报了几个项目', '他现在手上有几个项目'])(
    '%s after a lookup of the owner: that person, never the project looked up',
    (q) => {
      const out = follow(q, answered('2023年节能专项资金的负责人是谁', '赵明'));
      if ('ask' in out) throw new Error(out.ask);
      expect(orgTerms(out.query!)).toEqual(['赵明']);
      expect(out.query!.measures).toEqual([{ fn: 'count' }]);
    },
  );

  it.each([
    ['其中大红门占几个', ['王丽', '大红门']],
    ['满意度没做的占其中几个', ['王丽']],
  ])('%s: a count within the set answered before, not a share', (q, terms) => {
    const q2 = merged(q, answered('王丽负责的项目有几个', '王丽'));
    expect(orgTerms(q2)).toEqual(terms);
    expect(q2.measures).toEqual([{ fn: 'count' }]);
  });

  it.each([
    ['哪个分最低', 'totalScore'],
    ['哪一个执行率最高', 'executionRate'],
    ['哪几个预算最多', 'annualBudget'],
  ])('%s right after a list: which of those projects', (q, by) => {
    const q2 = merged(q, answered('大红门街道的项目有哪些'));
    expect(orgTerms(q2)).toEqual(['大红门街道']);
    expect(q2.order?.by).toBe(by);
  });

  it('哪个项目总分最低 asks anew: a noun of its own', () => {
    const out = follow('哪个项目总分最低', answered('大红门街道的项目有哪些'));
    expect(out).toMatchObject({ carried: false });
  });

  it.each(['加上通州区呢', '再算上通州区的', '那加上通州区的项目呢'])(
    '%s: the previous figure over both',
    (q) => {
      const q2 = merged(q, answered('大红门街道全年预算合计多少'));
      expect(orgTerms(q2)).toEqual(['大红门街道', '通州区']);
      expect(q2.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    },
  );

  it.each([
    ['年初呢', '2023年节能专项资金的全年预算是多少', 'initialBudget'],
    ['执行呢', '2023年节能专项资金的全年预算是多少', 'executed'],
    ['全年呢', '社区养老服务的年初预算数', 'annualBudget'],
  ])('%s after a field: the field with that modifier', (q, before, field) => {
    expect(merged(q, answered(before)).select).toEqual([field]);
  });

  it.each(['金额呢，按全年预算算', '金额呢，以全年预算为准'])(
    '%s after a count: the figure the clause names',
    (q) => {
      const q2 = merged(q, answered('各年度分别有多少个项目'));
      expect(q2.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
      expect(q2.groupBy).toBe('year');
    },
  );

  it('asks when a follow-up has nothing to attach to, and never answers it for all projects', () => {
    expect(follow('它们的总分呢', null)).toHaveProperty('ask');
    expect(follow('执行率呢', null)).toHaveProperty('ask');
    expect(follow('最高的呢', null)).toHaveProperty('ask');
    // A project pointed at (那个项目, 这个项目, 该项目) with none named before: was answered for all projects.
    for (const q of ['那个项目花了多少钱', '那项目的负责人是谁', '这个项目的总分', '该项目执行率多少'])
      expect(follow(q, null), q).toHaveProperty('ask');
    // A person no earlier answer named.
    const ask = follow('她负责的项目有几个', answered('2022年的项目'));
    expect('ask' in ask && ask.ask).toContain('指哪一位');
    // 那 before a question complete in itself: answered as it stands.
    const alone = follow('那大红门街道的项目有几个', null);
    expect(alone).toMatchObject({ carried: false });
  });

  it('the echo of a merged query says every condition carried over', () => {
    const q = merged('那2022年的呢', answered('大红门街道执行率低于90%的项目'));
    const said = describeQuery(q);
    expect(said).toContain('2022年');
    expect(said).toContain('大红门街道');
    expect(said).toContain('执行率低于90%');
  });

  it('only a recent, well-formed previous question counts', () => {
    const previous = answered('2022年的项目');
    expect(recentQuestion(previous, NOW)).toEqual(previous);
    const old = { ...previous, at: new Date(NOW.getTime() - FOLLOW_UP_MAX_AGE_MS - 1).toISOString() };
    expect(recentQuestion(old, NOW)).toBeNull();
    expect(recentQuestion({ query: { filters: 'x' }, text: '', at: NOW.toISOString() }, NOW)).toBeNull();
    expect(recentQuestion(undefined, NOW)).toBeNull();
  });

  it('the person of an answer: the owner asked about, or the one owner its rows show', () => {
    expect(personOf(answered('王丽负责的项目').query, null)).toBe('王丽');
    const lookup = answered('统计所经费的负责人是谁').query;
    expect(personOf(lookup, { columns: ['项目名称', '项目负责人'], rows: [['统计所经费', '周蕾莹']] })).toBe(
      '周蕾莹',
    );
    expect(
      personOf(lookup, { columns: ['项目名称', '项目负责人'], rows: [['统计所经费', '周蕾莹、赵明']] }),
    ).toBeUndefined();
    expect(
      personOf(lookup, {
        columns: ['项目名称', '项目负责人'],
        rows: [
          ['a', '周蕾莹'],
          ['b', '赵明'],
        ],
      }),
    ).toBeUndefined();
  });
});
