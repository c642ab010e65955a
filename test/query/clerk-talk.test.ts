import { describe, expect, it } from 'vitest';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { followReaderOf } from './follow-reader.ts';

// Families of the clerk part (issue 10), each tested with wordings of our own: words a clerk types that the readers
// had read as conditions, names or counts — or not at all.
const VOCAB = vocabularyOf([
  {
    department: '大红门街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '王丽',
    projectName: '城乡困难家庭支出补助资金',
    year: 2023,
  },
  {
    department: '大红门街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '王丽',
    projectName: '困难家庭节日慰问金',
    year: 2023,
  },
  {
    department: '大红门街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '赵明',
    projectName: '第一批助残服务项目',
    year: 2023,
  },
  {
    department: '大红门街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '赵明',
    projectName: '第二批助残服务项目',
    year: 2023,
  },
  {
    department: '潞源街道办事处',
    implementingUnit: '潞源街道办事处',
    owner: '孙强',
    projectName: '社区养老服务',
    year: 2022,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const { follow, query } = followReaderOf(VOCAB, 2025);

describe('a lexicon word inside a project name typed whole', () => {
  it.each(['困难家庭支出补助的全年预算是多少', '看看困难家庭支出补助这个项目的执行率'])(
    '%s: the one project holding the whole run, not either piece',
    (q) => {
      const { query: read, unplaced } = parse(q);
      expect(unplaced).toEqual([]);
      expect(read?.filters).toEqual([
        {
          type: 'name',
          field: 'projectName',
          term: '困难家庭支出补助',
          values: ['城乡困难家庭支出补助资金'],
        },
      ]);
    },
  );
});

describe('多少 right after a rate or a score asks its value', () => {
  it.each([
    ['王丽的项目执行率多少', 'executionRate'],
    ['赵明手上的项目总分多少', 'totalScore'],
  ])('%s: each project’s figure, never a count and a mean', (q, field) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(read?.measures ?? []).toEqual([]);
    expect(read?.select).toEqual([field]);
  });

  it('an amount stays the total of the set', () => {
    expect(parse('王丽的项目预算多少').query?.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
  });
});

describe('everyday and regional words', () => {
  it.each([
    ['俺们大红门一共报了几个项目', [{ fn: 'count' }]],
    ['俺想知道潞源有几个项目', [{ fn: 'count' }]],
  ])('俺 / 俺们 are 我 / 我们: %s', (q, measures) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(read?.measures).toEqual(measures);
  });

  it.each(['咋还有项目没填负责人', '咋会有表负责人是空的，都是哪些'])('咋 before 有 asks why: %s', (q) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(read?.filters).toEqual([{ type: 'empty', field: 'owner', empty: true }]);
  });

  it.each([
    ['表上自己填的执行率高于100%的项目', { type: 'compare', field: 'statedRate', op: '>', value: 100 }],
    ['年初预算栏没填数的项目', { type: 'empty', field: 'initialBudget', empty: true }],
    ['执行率满100%的项目', { type: 'compare', field: 'executionRate', op: '=', value: 100 }],
  ])('a cell said plainly: %s', (q, filter) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(read?.filters).toEqual([filter]);
  });

  it.each(['大红门的全年预算，合计数', '王丽负责的项目，预算盘子有多大'])('a total: %s', (q) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(read?.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
  });

  it.each([
    ['全年预算300万多的项目', 300],
    ['执行数25万多的那个是哪个项目', 25],
  ])('N万多 is between N and the next 万: %s', (q, n) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    const bounds = read?.filters.map((f) => (f.type === 'compare' ? [f.op, f.value] : null));
    expect(bounds).toEqual([
      ['>=', n],
      ['<=', n + 1],
    ]);
  });

  it.each(['扣了分的指标有没有附上偏差说明', '扣分的指标后面都附原因了吗'])(
    '附 before a reason writes it: %s',
    (q) => {
      const { query: read, unplaced } = parse(q);
      expect(unplaced).toEqual([]);
      expect(read?.filters).toContainEqual({ type: 'finding', codes: ['DEVIATION_MISSING'], negate: true });
    },
  );

  it('塞 before what is put in a cell is a verb of entering', () => {
    const { query: read, unplaced } = parse('电话那栏塞了两个号码的项目');
    expect(unplaced).toEqual([]);
    expect(read?.filters).toEqual([{ type: 'compare', field: 'phoneCount', op: '=', value: 2 }]);
  });
});

describe('what restates or points back inside one message', () => {
  it.each(['全年执行数正好等于全年预算、一分不差的有几个', '执行数和全年预算相等，分毫不差的项目'])(
    '%s: the equality once, never 1分',
    (q) => {
      const { query: read, unplaced } = parse(q);
      expect(unplaced).toEqual([]);
      expect(read?.filters).toEqual([{ type: 'fields', left: 'executed', op: '=', right: 'annualBudget' }]);
    },
  );

  it.each(['总分没填的项目，它们的全年预算一共多少', '负责人空着的表，这些的全年预算合计是多少'])(
    '%s: the projects of the clause before',
    (q) => {
      const { query: read, unplaced } = parse(q);
      expect(unplaced).toEqual([]);
      expect(read?.filters).toHaveLength(1);
      expect(read?.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    },
  );

  it.each(['大红门两批助残服务项目一共花了多少', '大红门两个助残服务的钱一共多少'])(
    'batches or projects counted after a scope restate it: %s',
    (q) => {
      const { query: read, unplaced } = parse(q);
      expect(unplaced).toEqual([]);
      const names = read?.filters.flatMap((f) => (f.type === 'name' ? [f.term] : []));
      expect(names).toContain('助残服务');
    },
  );
});

describe('the phone and the checks as a clerk names them', () => {
  it.each([
    ['联系电化是67270318的项目', '67270318'],
    ['联系手鸡是13812345678的都有哪些', '13812345678'],
  ])('a label typed with a character of the same sound: %s', (q, digits) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(read?.filters).toEqual([{ type: 'phone', digits }]);
  });

  it.each(['电话既不是7位也不是8位的项目', '号码不是8位座机又不是11位手机号的表，都揪出来'])(
    'the lengths it should not have, with no brackets: %s',
    (q) => {
      const { query: read, unplaced } = parse(q);
      expect(unplaced).toEqual([]);
      expect(
        read?.filters.every((f) => f.type === 'compare' && f.field === 'phoneDigits' && f.op === '<>'),
      ).toBe(true);
      expect(read?.filters).toHaveLength(2);
    },
  );

  it.each([
    '巡察的老问题：满分的指标原因那一栏也填了内容，这种表有几张',
    '常见毛病：拿了满分的指标偏差原因栏还写了东西的项目',
  ])('a heading naming a known issue, and a full-marks row whose reason cell holds something: %s', (q) => {
    const { query: read, unplaced, setAside } = parse(q);
    expect(unplaced).toEqual([]);
    expect(setAside?.length).toBe(1);
    expect(read?.filters).toEqual([{ type: 'finding', codes: ['DEVIATION_ON_FULL_SCORE'] }]);
  });

  it.each(['表上填的执行率和算出来的不一致的项目', '用执行数除以全年预算重新算一遍，表里写的执行率对不上的'])(
    'the stated rate against the computed one is the rate check only: %s',
    (q) => {
      const { query: read, unplaced } = parse(q);
      expect(unplaced).toEqual([]);
      expect(read?.filters).toEqual([{ type: 'finding', codes: ['RATE_MISMATCH'] }]);
    },
  );
});

describe('rows said as a clerk talks', () => {
  const row = (q: string) => readRowQuestion(q, false);

  it.each(['哪条指标给的分比它的分值还高', '哪几条指标打的分比它自己的分值高'])(
    'a row scored above its weight: %s',
    (q) => {
      expect(row(q)).toMatchObject({ score: 'above', rest: '' });
    },
  );

  it.each([
    ['质量指标得分不满的项目', { term: '质量', score: 'lost', output: 'projects', rest: '' }],
    ['时效指标扣得最狠的是哪个项目', { term: '时效', output: 'topLost', rest: '' }],
    ['全部指标被扣掉的分数，一共多少分', { output: 'sumColumn', sum: 'lost' }],
    ['单条指标分值最高的出在哪个项目', { output: 'topColumn', rest: '' }],
    ['设了时效指标的项目数', { term: '时效', output: 'countProjects', rest: '' }],
    ['河门口那边质量指标设了几条', { term: '质量', output: 'countRows' }],
    ['质量指标最后得了0分的项目', { term: '质量', rest: '' }],
  ])('%s', (q, shape) => {
    expect(row(q)).toMatchObject(shape);
  });

  it.each(['效益指标有扣分的没？有的话列出来', '质量指标有没拿满分的没？有的话是哪些项目'])(
    '有…的没 asks whether there are any, 有的话 goes on if so: %s',
    (q) => {
      expect(row(q)).toMatchObject({ score: 'lost' });
      expect(row(q)?.rest).not.toMatch(/没|话/u);
    },
  );

  it.each([
    ['年度指标值直接写“达标”的指标有几条', 'target', '达标'],
    ['实际完成值都填“完成”的指标有哪些', 'actual', '完成'],
  ])('an adverb before the verb of writing adds nothing: %s', (q, column, text) => {
    expect(row(q)?.cells).toEqual([{ column, text, exact: false }]);
  });

  it.each([
    ['社区养老服务用到了哪几类一级指标', 1],
    ['社区养老服务的二级指标有哪几种', 2],
  ])('the kinds of a level asked are the rows counted per kind: %s', (q, level) => {
    expect(row(q)).toMatchObject({ output: 'groupLevel', groupBy: { level } });
  });

  it('标注了 before what is written is what the row holds', () => {
    expect(row('满意度指标标注了未做的项目')?.cells).toEqual([{ column: 'any', text: '未做', exact: false }]);
  });

  it('各 before 指标 names no row', () => {
    expect(row('各指标的上年完成值')?.term).not.toBe('各');
  });
});

describe('a funds sub-row said to hold money other than 0', () => {
  it.each([
    ['上年结转那行有钱的（不是0）项目', 'carryOver'],
    ['其他资金那一行有数（不为0）的表', 'other'],
  ])('%s: any of its three amounts ≠ 0', (q, row) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    const leaves = read?.filters[0]?.type === 'any' ? read.filters[0].filters : [];
    expect(leaves).toHaveLength(3);
    for (const f of leaves) expect(f).toMatchObject({ type: 'compare', op: '<>', value: 0 });
    expect(leaves.every((f) => f.type === 'compare' && f.field.startsWith(row))).toBe(true);
  });
});

describe('which project or group holds the most of a kind', () => {
  it.each([
    ['实际完成值漏填的指标，哪个项目漏得最多', 'rowsActualEmpty'],
    ['被扣了分的指标，哪张表最多', 'rowsBelowWeight'],
  ])('rows of a condition, then which project has most: %s', (q, by) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(read).toMatchObject({ order: { by, dir: 'desc' }, limit: 1 });
  });

  it.each([
    ['总分没填这种情况，哪个部门最严重', 'department'],
    ['负责人空着这个问题，哪个街道最突出', 'street'],
  ])('X这种情况，哪个Y最严重 is the group with the most such projects: %s', (q, groupBy) => {
    const { query: read, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(read).toMatchObject({ groupBy, measures: [{ fn: 'count' }], order: { dir: 'desc' }, limit: 1 });
  });
});

describe('asks and follow-ups said in talk', () => {
  it.each(['河门口有几个项目，讲讲它们的执行率', '大红门的项目有几个，说下这些项目的负责人'])(
    'a verb of telling asks: %s',
    (q) => {
      expect(splitAsks(q)).toHaveLength(2);
    },
  );

  it('a clause asking what the forms do not hold is reported, never set aside as the story', () => {
    expect(parse('大红门的项目有几个，顺便说下这些项目的拨付进度').unplaced.length).toBeGreaterThan(0);
  });

  it.each([
    ['不对不对，是潞源的', '大红门的项目平均总分'],
    ['错了错了，潞源的', '大红门的项目平均总分'],
  ])('a correction said twice: %s', (message, before) => {
    const q = query(message, before);
    const names = q.filters.flatMap((f) => (f.type === 'any' ? f.filters : [f]));
    expect(names.some((f) => f.type === 'name' && f.term === '潞源')).toBe(true);
    expect(names.some((f) => f.type === 'name' && f.term === '大红门')).toBe(false);
  });

  it.each([
    ['那王丽的电话是多少', '总分最低的项目'],
    ['那赵明负责的项目执行率是多少', '2023年全年预算最多的项目'],
  ])('a cell asked of a named person stands alone: %s', (message, before) => {
    const out = follow(message, before);
    expect(out).toMatchObject({ carried: false });
  });
});
