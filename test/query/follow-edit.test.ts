import { describe, expect, it } from 'vitest';
import { type Filter, leaves, type PortfolioQuery } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { followReaderOf } from './follow-reader.ts';

/**
 * Follow-ups as an operation on one slot of the previous query (follow-edit.ts, context.ts): each operation is
 * tried in several wordings of our own, against previous questions of different kinds.
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
    department: '通州区发展和改革委员会',
    implementingUnit: '产业发展科',
    owner: '赵明',
    projectName: '节能专项资金',
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
const YEAR = 2026;

const { follow, query, askText } = followReaderOf(VOCAB, YEAR);

/** The number conditions, in a fixed order (the order of the filters is not what is tested). */
const compares = (q: PortfolioQuery) =>
  leaves(q.filters)
    .flatMap((f) => (f.type === 'compare' ? [[f.field, f.op, f.value]] : []))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const sorted = (cs: unknown[][]) =>
  [...cs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const names = (q: PortfolioQuery) => [
  ...new Set(leaves(q.filters).flatMap((f) => (f.type === 'name' ? [f.term] : []))),
];
const year = (value: number): Filter => ({ type: 'compare', field: 'year', op: '=', value });

describe('follow-up: replacing a value', () => {
  it('a number said with its old value goes into the condition that held it, comparison kept', () => {
    for (const message of [
      '把1000万改成300万',
      '将1000万换成300万',
      '1000万改为300万吧',
      '不是1000万，是300万',
      '300万，不是1000万',
      '把一千万改成三百万',
    ]) {
      const q = query(message, '全年预算超过1000万的项目有几个');
      expect(compares(q), message).toEqual(sorted([['annualBudget', '>', 300]]));
      expect(q.measures, message).toEqual([{ fn: 'count' }]);
    }
  });

  it('a bare new value goes to the one condition of its kind; its own comparison replaces the old one', () => {
    expect(compares(query('改成300万', '全年执行数低于1000万的项目'))).toEqual(
      sorted([['executed', '<', 300]]),
    );
    expect(compares(query('换成80分', '2023年总分低于90分的项目'))).toEqual(
      sorted([
        ['year', '=', 2023],
        ['totalScore', '<', 80],
      ]),
    );
    expect(compares(query('改成500万以上', '全年预算超过1000万的项目'))).toEqual(
      sorted([['annualBudget', '>=', 500]]),
    );
    expect(compares(query('不对，应该是95%', '执行率低于90%的项目'))).toEqual(
      sorted([['executionRate', '<', 95]]),
    );
    expect(compares(query('调到85分', '总分低于90分的项目有几个'))).toEqual(
      sorted([['totalScore', '<', 85]]),
    );
  });

  it('a year, a place and a person are replaced the same way', () => {
    expect(compares(query('把2023年改成2022年', '2023年大红门的项目'))).toEqual(
      sorted([['year', '=', 2022]]),
    );
    expect(names(query('把2023年改成2022年', '2023年大红门的项目'))).toEqual(['大红门']);
    expect(names(query('把大红门换成潞源', '2023年大红门的项目'))).toEqual(['潞源']);
    expect(names(query('不是王丽，是赵明', '王丽负责的项目有几个'))).toEqual(['赵明']);
    expect(compares(query('不对，是2022年', '2023年总分低于90分的项目'))).toEqual(
      sorted([
        ['year', '=', 2022],
        ['totalScore', '<', 90],
      ]),
    );
  });

  it('asks which condition when the old value is not there, or when several could take the new one', () => {
    expect(askText('把500万改成300万', '全年预算超过1000万的项目')).toContain(
      '您是想把哪个条件改成「300万」',
    );
    expect(askText('把那个数改成300万', '全年预算超过1000万的项目')).toContain('「那个数」没有看懂');
    const two = askText('改成300万', '全年执行数超过1000万且年初预算超过1000万的项目');
    expect(two).toContain('您是想把哪个条件改成 300万');
    expect(two).toContain('2 个金额条件');
    expect(askText('不对，应该是300万', '执行率低于90%的项目')).toContain('没有金额条件');
    expect(askText('把90改成80', '执行率低于90%且总分低于90分的项目')).toContain('2 个条件含「90」');
  });

  it('with no previous question an edit is asked about, never answered for every project', () => {
    for (const message of ['把1000万改成300万', '再加个条件：执行率低于90%', '不限年份', '所有部门的'])
      expect(askText(message, null), message).toContain('没有可以接着的问题');
  });
});

describe('follow-up: adding a condition', () => {
  it('keeps every previous condition and adds the new one', () => {
    for (const [message, field, op, value] of [
      ['再加个条件：执行率低于90%', 'executionRate', '<', 90],
      ['再加个条件，执行率也低于100%', 'executionRate', '<', 100],
      ['另外还要全年预算超过100万的', 'annualBudget', '>', 100],
      ['并且执行率不到九成', 'executionRate', '<', 90],
      ['同时总分也在95分以下', 'totalScore', '<', 95],
      ['加一个条件 年初预算低于50万', 'initialBudget', '<', 50],
    ] as const) {
      const q = query(message, '2023年总分低于100分的项目');
      expect(compares(q), message).toEqual(
        sorted([
          ['year', '=', 2023],
          ['totalScore', '<', 100],
          [field, op, value],
        ]),
      );
    }
  });

  it('two bounds of one figure are both kept (never the wider one)', () => {
    expect(compares(query('并且执行率低于80%', '执行率低于90%的项目'))).toEqual(
      sorted([
        ['executionRate', '<', 90],
        ['executionRate', '<', 80],
      ]),
    );
  });

  it('a place or year added where one is already asked is asked about (both at once match nothing)', () => {
    expect(askText('再加上2022年的', '2023年的项目')).toContain('两个都要满足');
    expect(askText('另外还要潞源的', '大红门的项目有几个')).toContain('两个都要满足');
  });

  it('a question of its own after such a word stands alone; unknown words are reported', () => {
    const out = follow('同时缺少满意度指标的项目', '2023年的项目');
    expect(out).toMatchObject({ carried: false });
    expect(follow('再加个条件：绩效目标要量化', '2023年的项目')).toHaveProperty('unplaced');
  });
});

describe('follow-up: correcting the ordering', () => {
  it('the other end, as many as before', () => {
    for (const message of [
      '不对，我要的是最多的',
      '我是说最高的',
      '反过来',
      '倒序',
      '倒过来排',
      '错了，应该是最大的',
    ]) {
      const q = query(message, '大红门全年执行数最少的3个项目');
      expect(q.order, message).toEqual({ by: 'executed', dir: 'desc' });
      expect(q.limit, message).toBe(3);
      expect(names(q), message).toEqual(['大红门']);
    }
  });
});

describe('follow-up: replacing the field', () => {
  it('the one figure the question was about (ranking, sum, condition) becomes the new field', () => {
    for (const message of [
      '换成全年预算数',
      '改成全年预算',
      '把年初预算换成全年预算',
      '不对，我要的是全年预算数',
      '换为全年预算',
    ]) {
      const q = query(message, '年初预算最高的5个项目');
      expect(q.order, message).toEqual({ by: 'annualBudget', dir: 'desc' });
      expect(q.limit, message).toBe(5);
      expect(q.select ?? [], message).not.toContain('initialBudget');
    }
    expect(query('换成全年执行数', '潞源街道全年预算合计多少').measures).toEqual([
      { fn: 'sum', field: 'executed' },
    ]);
    expect(compares(query('换成全年执行数', '全年预算超过1000万的项目'))).toEqual(
      sorted([['executed', '>', 1000]]),
    );
  });

  it('asks which one when the question used several, and refuses a value that no longer fits', () => {
    expect(askText('换成全年预算数', '执行率低于90%的项目按年初预算从高到低排')).toContain(
      '您是想把哪一项换成',
    );
    expect(askText('换成总分', '全年预算超过1000万的项目')).toContain('数值条件');
  });
});

describe('follow-up: narrowing to a subset', () => {
  it('a filter of a new kind narrows the previous set', () => {
    for (const [message, check] of [
      ['只看2023年的', (q: PortfolioQuery) => expect(q.filters).toContainEqual(year(2023))],
      ['其中潞源的', (q: PortfolioQuery) => expect(names(q)).toEqual(['潞源'])],
      ['这些里面王丽负责的', (q: PortfolioQuery) => expect(names(q)).toEqual(['王丽'])],
      [
        '只要执行率低于90%的',
        (q: PortfolioQuery) => expect(compares(q)).toContainEqual(['executionRate', '<', 90]),
      ],
      ['仅看大红门', (q: PortfolioQuery) => expect(names(q)).toEqual(['大红门'])],
    ] as const) {
      const q = query(message, '总分低于100分的项目');
      expect(compares(q), message).toContainEqual(['totalScore', '<', 100]);
      check(q);
    }
  });
});

describe('follow-up: removing a filter', () => {
  it('drops the conditions on that slot and keeps the rest', () => {
    for (const message of [
      '不限年份',
      '年份不限',
      '所有年份的',
      '去掉年份条件',
      '不管哪一年',
      '全部年度都算',
    ]) {
      const q = query(message, '2023年大红门总分低于90分的项目有几个');
      expect(compares(q), message).toEqual(sorted([['totalScore', '<', 90]]));
      expect(names(q), message).toEqual(['大红门']);
      expect(q.measures, message).toEqual([{ fn: 'count' }]);
    }
    for (const message of ['所有部门的', '不限部门', '不分单位', '部门不限', '不管哪个部门']) {
      const q = query(message, '2023年大红门总分低于90分的项目有几个');
      expect(names(q), message).toEqual([]);
      expect(compares(q), message).toEqual(
        sorted([
          ['year', '=', 2023],
          ['totalScore', '<', 90],
        ]),
      );
    }
    expect(names(query('负责人不限', '王丽负责的2023年的项目'))).toEqual([]);
    expect(compares(query('执行率不限', '2023年执行率低于90%的项目'))).toEqual(sorted([['year', '=', 2023]]));
  });

  it('says so when the previous question had no such condition, and answers nothing', () => {
    expect(askText('不限年份', '大红门的项目有几个')).toContain('没有按年度限定');
  });

  it('a name after 去掉 is an exclusion, not a slot', () => {
    const q = query('去掉大红门的', '2023年的项目有几个');
    expect(leaves(q.filters).some((f) => f.type === 'name' && f.negate)).toBe(true);
  });
});

describe('follow-up edits in English', () => {
  const before = '2023 projects with annual budget over 10 million yuan';
  it('replaces a value', () => {
    for (const message of [
      'change 1000 to 300',
      'make it 3 million yuan',
      'replace 10 million yuan with 3 million yuan',
      '3 million yuan, not 10 million yuan',
      'no, I meant 3 million yuan',
    ])
      expect(compares(query(message, before)), message).toEqual(
        sorted([
          ['year', '=', 2023],
          ['annualBudget', '>', 300],
        ]),
      );
    expect(compares(query('replace 2023 with 2022', before))).toContainEqual(['year', '=', 2022]);
  });

  it('adds a condition, removes one, corrects the ordering', () => {
    for (const message of [
      'also execution rate below 80%',
      'and also execution rate below 80%',
      'plus execution rate below 80%',
    ])
      expect(compares(query(message, before)), message).toContainEqual(['executionRate', '<', 80]);
    for (const message of ['any year', 'all years', 'regardless of year', 'drop the year filter'])
      expect(compares(query(message, before)), message).toEqual([['annualBudget', '>', 1000]]);
    expect(names(query('all departments', '2023 projects of Dahongmen'))).toEqual([]);
    for (const message of ['sorry, I meant the highest', 'no, I meant the highest', 'reverse'])
      expect(query(message, 'the 3 projects with the lowest execution rate').order, message).toEqual({
        by: 'executionRate',
        dir: 'desc',
      });
  });

  it('a question that only starts like a correction stands alone', () => {
    expect(follow('no satisfaction survey', '2023 projects')).toMatchObject({ carried: false });
  });
});
