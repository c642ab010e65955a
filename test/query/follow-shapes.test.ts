import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves, type PortfolioQuery } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { followReaderOf } from './follow-reader.ts';

/**
 * What a follow-up does to the previous question, said in the ways clerks say it rather than in the words the
 * rules were first written for: a remark before the edit (太多了，…), a narrowing verb (再筛一下), the set as the
 * object of 把, the threshold named by its role (门槛), 也 for "the same for", a parallel test of another field
 * (…空着的呢), exclusions with 不算 / 除掉 and what is left (还剩几个), and orders said as a sentence (大的排前面).
 * Each shape in several wordings of our own, with the cases where the bot must still ask or report a word.
 */
const VOCAB = vocabularyOf([
  {
    department: '大红门街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '王丽',
    projectName: '社区养老服务',
    year: 2022,
  },
  {
    department: '北京市通州区潞源街道办事处',
    implementingUnit: '北京市通州区潞源街道办事处',
    owner: '周蕾莹',
    projectName: '统计所经费',
    year: 2023,
  },
]);
const YEAR = 2026;

const { follow, query } = followReaderOf(VOCAB, YEAR);

const compares = (q: PortfolioQuery) =>
  leaves(q.filters).flatMap((f) => (f.type === 'compare' ? [[f.field, f.op, f.value]] : []));
const names = (q: PortfolioQuery) => [
  ...new Set(
    leaves(q.filters).flatMap((f) => (f.type === 'name' ? [`${f.negate ? '!' : ''}${f.term}`] : [])),
  ),
];
const empties = (q: PortfolioQuery) =>
  leaves(q.filters).flatMap((f) => (f.type === 'empty' ? [`${f.field}:${f.empty}`] : []));

describe('a remark before the edit, and verbs of narrowing', () => {
  it('太多了 / 有点多 before 只留前N: the same ranking, shorter', () => {
    for (const message of ['太多了，只留前三个', '有点多，只要前3个', '太长了，只看前三个吧']) {
      const q = query(message, '大红门全年预算最多的10个项目');
      expect(q.order, message).toEqual({ by: 'annualBudget', dir: 'desc' });
      expect(q.limit, message).toBe(3);
      expect(names(q), message).toEqual(['大红门']);
    }
  });

  it('a remark alone is no edit: nothing is carried over or answered', () => {
    const out = follow('太多了', '大红门全年预算最多的10个项目');
    expect('query' in out && out.query && 'carried' in out && out.carried).toBeFalsy();
  });

  it('再筛一下 / 再过滤一遍 narrows the set just shown', () => {
    for (const message of [
      '再筛一下，只要执行率低于90%的',
      '再过滤一遍，执行率低于90%的',
      '再筛选一下执行率低于90%的',
    ]) {
      const q = query(message, '2023年总分低于100分的项目');
      expect(compares(q), message).toEqual(
        expect.arrayContaining([
          ['year', '=', 2023],
          ['totalScore', '<', 100],
          ['executionRate', '<', 90],
        ]),
      );
    }
  });

  it('the set as the object of 把 / 将: sorted or listed as it is', () => {
    const sorted = query('把它们按执行率升序排一下', '执行率低于100%的项目');
    expect(sorted.order).toEqual({ by: 'executionRate', dir: 'asc' });
    expect(compares(sorted)).toEqual([['executionRate', '<', 100]]);
    for (const message of ['把这些项目列一下', '将这些列出来']) {
      const q = query(message, '执行率低于100%的项目有几个');
      expect(q.measures, message).toBeUndefined();
      expect(compares(q), message).toEqual([['executionRate', '<', 100]]);
    }
  });
});

describe('corrections of the direction', () => {
  it('搞反了 / 弄反了 with or without the end said: the other end, as many as before', () => {
    for (const message of ['搞反了，要最多的三个', '弄反了', '排反了，要最多的']) {
      const q = query(message, '大红门全年执行数最少的3个项目');
      expect(q.order, message).toEqual({ by: 'executed', dir: 'desc' });
      expect(q.limit, message).toBe(3);
    }
  });

  it('反过来 before an order said with its field', () => {
    const q = query('反过来，预算小的排前面', '潞源街道的项目按全年预算从高到低排');
    expect(q.order).toEqual({ by: 'annualBudget', dir: 'asc' });
    expect(names(q)).toEqual(['潞源街道']);
  });
});

describe('the threshold named by its role', () => {
  it('门槛 / 标准 / 线 is the one condition of that kind', () => {
    for (const message of ['门槛降到300万再看看', '把标准改成300万', '线调到300万试试']) {
      const q = query(message, '全年预算超过1000万的项目有哪些');
      expect(compares(q), message).toEqual([['annualBudget', '>', 300]]);
    }
  });

  it('asks which one when two conditions could take it, or when there is no previous question', () => {
    const two = follow('门槛降到300万', '全年执行数超过1000万且年初预算超过1000万的项目');
    expect(two).toHaveProperty('ask');
    expect(follow('门槛降到300万', null)).toHaveProperty('ask');
  });
});

describe('也: the same question for something else', () => {
  it('a place or a year before 也查一下 / 也看看 replaces its kind', () => {
    const q = query('大红门的也查一下', '潞源街道全年执行数最少的3个项目');
    expect(names(q)).toEqual(['大红门']);
    expect(q.limit).toBe(3);
    expect(compares(query('2022年的也看看', '2023年总分低于100分的项目'))).toEqual(
      expect.arrayContaining([
        ['year', '=', 2022],
        ['totalScore', '<', 100],
      ]),
    );
  });

  it('也 before a condition still adds it (负责人也没填的呢 keeps both tests)', () => {
    const q = query('负责人也没填的呢', '总分没填的项目');
    expect(empties(q).sort()).toEqual(['owner:true', 'totalScore:true']);
  });

  it('a parallel test of another field with 呢 takes the place of the first one', () => {
    for (const message of ['总分空着的呢', '那负责人没填的呢']) {
      const q = query(message, '年初预算空着的项目有几个');
      expect(empties(q), message).toHaveLength(1);
      expect(empties(q)[0], message).not.toBe('initialBudget:true');
      expect(q.measures, message).toEqual([{ fn: 'count' }]);
    }
  });
});

describe('another state of a slot the previous question tested, said without a noun', () => {
  it('填了负责人的是哪些 after 潞源街道负责人没填的项目: the same scope, the other state', () => {
    for (const message of ['填了负责人的是哪些', '负责人填了的有哪些']) {
      const q = query(message, '潞源街道负责人没填的项目');
      expect(names(q), message).toEqual(['潞源街道']);
      expect(empties(q), message).toEqual(['owner:false']);
    }
    const bound = query('执行率低于90%的是哪些', '2023年执行率低于100%的项目');
    expect(compares(bound)).toEqual(
      expect.arrayContaining([
        ['year', '=', 2023],
        ['executionRate', '<', 90],
      ]),
    );
    expect(compares(bound)).toHaveLength(2);
  });

  it('stands alone with a noun or scope word of its own, after a one-condition question, or for a new slot', () => {
    expect(follow('填了负责人的项目是哪些', '潞源街道负责人没填的项目')).toMatchObject({ carried: false });
    expect(follow('填了负责人的是哪些', '负责人没填的项目')).toMatchObject({ carried: false });
    expect(follow('总分没填的是哪些', '潞源街道负责人没填的项目')).toMatchObject({ carried: false });
    expect(follow('总分没填的有几个', '潞源街道负责人没填的项目')).toMatchObject({ carried: false });
    expect(follow('總分沒填的項目是哪幾個', '潞源街道负责人没填的项目')).toMatchObject({ carried: false });
    expect(follow('大红门总分没填的是哪几个', '潞源街道负责人没填的项目')).toMatchObject({ carried: false });
  });

  it('which few (哪几个) of a new slot, with no noun or scope of its own, is asked within the scope just shown', () => {
    // 偏差原因没写的是哪几个 after 大红门扣了分的项目有哪些: 大红门's, not every office's; the earlier condition is not kept.
    for (const [message, before, place] of [
      ['总分没填的是哪几个', '潞源街道负责人没填的项目', '潞源街道'],
      ['偏差原因没写的是哪几个', '大红门扣了分的项目有哪些', '大红门'],
      ['执行率低于90%的是哪几项', '王丽负责的项目有几个', '王丽'],
      ['联系电话空着的是哪几个', '2023年潞源的项目', '潞源'],
    ] as const) {
      const q = query(message, before);
      expect(names(q), message).toEqual([place]);
      expect(leaves(q.filters).length, message).toBe(
        leaves(parseQuestion(message, VOCAB, YEAR).query!.filters).length +
          leaves(parseQuestion(before, VOCAB, YEAR).query!.filters).filter(
            (f) => f.type === 'name' || (f.type === 'compare' && f.field === 'year'),
          ).length,
      );
    }
    // the forms named as 表 are a noun of its own: it stands alone
    expect(follow('总分空着的表要退回，要退的是哪几张', '2023年潞源的项目')).toMatchObject({
      carried: false,
    });
    // after a question with no scope of its own there is nothing to keep: it stands alone
    expect(follow('偏差原因没写的是哪几个', '扣了分的项目有哪些')).toMatchObject({ carried: false });
  });
});

describe('leaving projects out of the previous set', () => {
  it('不算X呢 / 把X的除掉，还剩几个: the previous set without X', () => {
    for (const message of ['不算大红门呢', '把大红门的除掉，还剩几个', '刨去大红门的，剩下几个']) {
      const q = query(message, '2023年的项目有几个');
      expect(compares(q), message).toEqual([['year', '=', 2023]]);
      expect(
        names(q).every((n) => n === '!大红门'),
        message,
      ).toBe(true);
      expect(q.measures, message).toEqual([{ fn: 'count' }]);
    }
  });

  it('an exclusion with a count of its own and nothing saying "left" stands alone', () => {
    const out = follow('不算大红门的项目有几个', '2023年的项目有几个');
    expect(out).toMatchObject({ carried: false });
  });
});

describe('orders said as a sentence', () => {
  const order = (text: string) => {
    const p = parseQuestion(text, VOCAB, YEAR);
    expect(p.unplaced, text).toEqual([]);
    return p.query?.order;
  };

  it('which end comes first, or where the list starts', () => {
    expect(order('全年执行数大的排前面')).toEqual({ by: 'executed', dir: 'desc' });
    expect(order('预算小的排在前面')).toEqual({ by: 'annualBudget', dir: 'asc' });
    expect(order('执行率低的项目放在后面')).toEqual({ by: 'executionRate', dir: 'desc' });
    expect(order('从执行率最低的开始往上排')).toEqual({ by: 'executionRate', dir: 'asc' });
    expect(order('总分从最高的开始排')).toEqual({ by: 'totalScore', dir: 'desc' });
    // the words they are rewritten to read as before
    expect(order('按执行率从低到高排')).toEqual({ by: 'executionRate', dir: 'asc' });
    expect(order('按预算由高到低排序')).toEqual({ by: 'annualBudget', dir: 'desc' });
  });

  it('an order with a complement, as a wish, or with 按 before it and the field named apart', () => {
    expect(order('全年预算，按从多到少排好')).toEqual({ by: 'annualBudget', dir: 'desc' });
    expect(order('执行率最好按由低到高排一下')).toEqual({ by: 'executionRate', dir: 'asc' });
    expect(order('总分按照从小到大排列好')).toEqual({ by: 'totalScore', dir: 'asc' });
  });

  it('after a list, such an order alone re-sorts it', () => {
    const q = query('全年执行数大的排前面', '王丽负责的项目');
    expect(q.order).toEqual({ by: 'executed', dir: 'desc' });
    expect(names(q)).toEqual(['王丽']);
  });
});

describe('counting and summing words', () => {
  const parsed = (text: string) => parseQuestion(text, VOCAB, YEAR);

  it('分组 after the dimension is the grouping said again; alone it is reported', () => {
    expect(parsed('按负责人分组数一下').query).toMatchObject({
      groupBy: 'owner',
      measures: [{ fn: 'count' }],
    });
    expect(parsed('按部门分个组统计项目数').unplaced).toEqual([]);
    expect(parsed('分组数一下').unplaced).toContain('分组');
  });

  it('English: total number of, added up, over all projects', () => {
    expect(parsed('total number of projects?')).toMatchObject({
      unplaced: [],
      query: { measures: [{ fn: 'count' }] },
    });
    for (const text of [
      'sum of the annual budget over all projects',
      'How much is the annual budget of all the projects added up?',
    ])
      expect(parsed(text), text).toMatchObject({
        unplaced: [],
        query: { measures: [{ fn: 'sum', field: 'annualBudget' }] },
      });
    // over with a number is still a bound
    expect(parsed('projects with an annual budget over 300').query?.filters).toHaveLength(1);
  });

  it("a summing verb far from its one amount is that amount's total", () => {
    for (const text of ['sum 一下王丽负责项目的全年执行数', '汇总一下王丽负责项目的全年执行数'])
      expect(parsed(text), text).toMatchObject({
        unplaced: [],
        query: { measures: [{ fn: 'sum', field: 'executed' }] },
      });
  });
});

describe('a comparison of two fields said with a verb of change', () => {
  const parsed = (text: string) => parseQuestion(text, VOCAB, YEAR);
  it('调减了的 / 下降的 / 调增的 after 比 are the comparison', () => {
    for (const [text, op] of [
      ['全年预算比年初预算调减了的项目', '<'],
      ['全年预算比年初预算有所下降的项目有几个', '<'],
      ['全年预算比年初预算调增的项目', '>'],
    ] as const)
      expect(parsed(text).query?.filters, text).toEqual([
        { type: 'fields', left: 'annualBudget', op, right: 'initialBudget' },
      ]);
    expect(query('其中全年预算比年初预算调减了的', '王丽负责的项目有哪些').filters).toHaveLength(2);
  });

  it('without 的 the change asks for an amount: no condition is made of it', () => {
    for (const text of ['全年预算比年初预算增加了多少', '全年预算比年初预算调减了多少万'])
      expect(parsed(text).query?.filters ?? [], text).not.toContainEqual(
        expect.objectContaining({ type: 'fields' }),
      );
  });
});

describe('two field names sharing their head noun, and verbs of showing', () => {
  const parsed = (text: string) => parseQuestion(text, VOCAB, YEAR);
  const initialVsAnnual = { type: 'fields', left: 'initialBudget', op: '<>', right: 'annualBudget' };

  it('年初和全年预算 / initial and annual budgets read as both names said whole', () => {
    for (const text of [
      '年初和全年预算不一致的项目',
      '年初与全年预算对不上的项目有哪些',
      "list projects whose initial and annual budgets don't match",
      'projects whose initial and annual budgets differ',
    ])
      expect(parsed(text), text).toMatchObject({ unplaced: [], query: { filters: [initialVsAnnual] } });
    // two names that are not both fields are left as they are
    expect(parsed('大红门和潞源的全年预算').query?.filters).toHaveLength(1);
  });

  it('带上 / 报一下 show the fields named; the fields decide what is shown', () => {
    expect(parsed('总分最低的项目，把负责人带上')).toMatchObject({
      unplaced: [],
      query: { select: ['owner'] },
    });
    expect(parsed('社区养老服务的全年预算、执行率都报一下')).toMatchObject({
      unplaced: [],
      query: { select: ['annualBudget', 'executionRate'] },
    });
    // a verb of showing with nothing to show names no field: nothing is answered over every project
    expect(parsed('报一下').query).toBeNull();
  });
});
