// Conversation: follow-ups said as a clerk talks — a figure said field-first (预算加起来多少), 改成算X, 平均每个呢, 也带上
// a column, 她手上别的项目, 又 of contrast, 系统里 (everything stored).
import { describe, expect, it } from 'vitest';
import { type AskedQuestion, attachFollowUp, projectOf, readFollowUp } from '../../src/query/context.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter, PortfolioQuery } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '大红门街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '王丽',
    projectName: '社区养老服务',
    year: 2022,
  },
  {
    department: '大红门街道办事处',
    implementingUnit: '平安办',
    owner: '王丽',
    projectName: '平安建设经费',
    year: 2023,
  },
  {
    department: '通州区发展和改革委员会',
    implementingUnit: '产业发展科',
    owner: '赵明',
    projectName: '2023年节能专项资金',
    year: 2023,
  },
]);
const NOW = new Date('2026-03-02T09:00:00Z');
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);

function answered(text: string, person?: string): AskedQuestion {
  const { query, unplaced } = parse(text);
  expect(unplaced).toEqual([]);
  const project = projectOf(query!, null);
  return {
    query: query!,
    text,
    at: new Date(NOW.getTime() - 60_000).toISOString(),
    ...(person ? { person } : {}),
    ...(project ? { project } : {}),
  };
}

function follow(text: string, previous: AskedQuestion | null) {
  const reading = readFollowUp(text, previous);
  const parsed = reading.ask || !reading.text.trim() ? null : parse(reading.text);
  expect(parsed?.unplaced ?? [], text).toEqual([]);
  return attachFollowUp(reading, parsed?.query ?? null, previous);
}

function merged(text: string, previous: AskedQuestion | null): PortfolioQuery {
  const out = follow(text, previous);
  if ('ask' in out) throw new Error(`asked: ${out.ask}`);
  expect(out.carried, text).toBe(true);
  return out.query!;
}

const year = (value: number): Filter => ({ type: 'compare', field: 'year', op: '=', value });

describe('a figure said field-first with a spoken verb of adding up, right after a set', () => {
  it.each([
    ['预算加起来多少', 'sum', 'annualBudget'],
    ['执行数一共多少', 'sum', 'executed'],
    ['总分平均多少', 'avg', 'totalScore'],
    ['那全年执行数加在一起是多少', 'sum', 'executed'],
  ])('%s keeps the scope just counted', (text, fn, field) => {
    const q = merged(text, answered('2022年的项目有几个'));
    expect(q.filters).toEqual([year(2022)]);
    expect(q.measures).toEqual([{ fn, field }]);
  });

  it('a noun of a total, or a scope of its own, stands alone', () => {
    const previous = answered('2022年的项目有几个');
    for (const text of [
      '全年预算合计是多少',
      '所有项目的总分平均多少',
      '系统里一共有多少个项目',
      '全部的预算加起来多少',
    ]) {
      const out = follow(text, previous);
      expect('ask' in out ? out.ask : out.carried, text).toBe(false);
    }
  });
});

describe('edits and figures said in passing', () => {
  it('改成算X / 换成统计X: the verb of working out says how, the figure replaces the count', () => {
    const previous = answered('大红门各实施单位的项目个数');
    for (const text of ['改成算全年预算合计', '换成统计全年预算合计']) {
      const q = merged(text, previous);
      expect(q.groupBy, text).toBe('implementingUnit');
      expect(q.measures, text).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    }
  });

  it('平均每个呢 / 那每个平均多少 after a total: the mean of that figure over the same projects', () => {
    for (const [lead, field] of [
      ['2022年的项目全年预算合计', 'annualBudget'],
      ['王丽负责的项目全年执行数一共多少', 'executed'],
    ] as const)
      for (const text of ['平均每个呢', '那每个平均多少']) {
        const q = merged(text, answered(lead));
        expect(q.measures, `${lead} → ${text}`).toEqual([{ fn: 'avg', field }]);
        expect(q.filters.length).toBe(1);
      }
  });

  it('平均呢 after a count names no figure: still not read', () => {
    const reading = readFollowUp('平均呢', answered('2022年的项目有几个'));
    expect(parse(reading.text).unplaced).not.toEqual([]);
  });

  it('把联系电话也带上 / 负责人和执行率也加上: a column of the same projects, nothing widened', () => {
    const previous = answered('王丽负责的项目有哪些');
    expect(merged('把联系电话也带上', previous).select).toEqual(['phone']);
    const both = merged('负责人和执行率也加上', previous);
    expect(both.select).toEqual(['owner', 'executionRate']);
    expect(both.filters).toEqual(previous.query.filters);
    // a place is still projects added (the widening as before)
    const widened = merged('把发改委的也算上', answered('大红门的项目有几个'));
    expect(widened.filters[0]!.type).toBe('any');
  });
});

describe('people and contrast', () => {
  it('她手上别的项目 / 他负责的其他项目: the person, leaving out the project just asked about', () => {
    for (const text of ['她手上别的项目里，预算最大的是哪个', '她负责的其他项目有几个']) {
      const out = follow(text, answered('平安建设经费的负责人是谁', '王丽'));
      if ('ask' in out) throw new Error(out.ask);
      const names = out.query!.filters.flatMap((f) =>
        f.type === 'name' ? [[f.field, f.term, !!f.negate]] : [],
      );
      expect(names, text).toEqual([
        ['owner', '王丽', false],
        ['projectName', '平安建设经费', true],
      ]);
    }
  });

  it('最低的又是哪个 after a count of those at the top: the projects at the other end', () => {
    const q = merged('最低的又是哪个', answered('总分最高的有几个项目'));
    expect(q.measures).toBeUndefined();
    expect(q.order).toEqual({ by: 'totalScore', dir: 'asc' });
    const ne = merged('那2023年的又有几个', answered('2022年的项目有几个'));
    expect(ne.filters).toEqual([year(2023)]);
  });
});

describe('a new question announced (再问一下 / 另外问个问题 / 还有个问题)', () => {
  it.each([
    '再问一下，大红门执行率最低的是哪个',
    '另外问个问题：大红门执行率最低的是哪个',
    '还有个问题，大红门执行率最低的是哪个',
    '好的，顺便问一下，大红门执行率最低的是哪个',
  ])('%s is read as it would be with nothing before it', (text) => {
    const out = follow(text, answered('2023年总分低于100分的项目有几个'));
    expect('ask' in out).toBe(false);
    if ('ask' in out) return;
    expect(out.carried).toBe(false);
    expect(JSON.stringify(out.query!.filters)).not.toContain('totalScore');
  });

  it('a 那…呢 after the announcement still follows up; 再算一下 stays the previous question', () => {
    expect(merged('再问一下，那2022年的呢', answered('2023年的项目有几个')).filters).toEqual([year(2022)]);
    expect(readFollowUp('再算一下2022年的', answered('2023年的项目有几个')).how).toBe('replace');
  });
});

describe('the projects asked for after a count of them', () => {
  it.each(['那没满分的是哪些', '那2022年的有哪几个', '其中大红门的是哪些'])(
    '%s lists the projects, not their count again',
    (text) => {
      const q = merged(text, answered('2023年总分不低于100分的项目有几个'));
      expect(q.measures).toBeUndefined();
    },
  );

  it('a count asked again stays a count', () => {
    const q = merged('那2022年的有几个', answered('2023年的项目有几个'));
    expect(q.measures).toEqual([{ fn: 'count' }]);
  });
});
