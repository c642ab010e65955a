/**
 * Money questions as staff say them (issue 10, stop 33), each family read by structure with wordings of our own:
 * a share said as a bound (一半 / 三分之一 / 八成 / 过半: of a rate a percent, of another amount a part of it, and a
 * percent said of the amount spent the rate), the share of the money spent asked as 百分之几 (the rate of the whole),
 * 剩 as a verb and the money not spent as a noun (结余), the amount asked of each project (a column, not a sum), money
 * said after 项目 (项目经费 / 项目款) with a total said as 总额 / 加一块儿, 预算执行情况 per group (budget, spent, rate)
 * and 比去年 after a year the question names. Guards: what must still be reported.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { describeQuery } from '../../src/query/describe.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import {
  type AskedReply,
  adminStoreOf,
  type KnownProject,
  recordOfProject,
  vocabularyOfProjects,
} from './known-store.ts';

// 庚: budget 100 + 60 = 160, executed 40 + 60 = 100. 辛: 50 + 10 = 60, executed 45 + 10 = 55. All: 220, 155.
const PROJECTS: KnownProject[] = [
  {
    name: '背街小巷整治',
    dept: '庚街道办事处',
    year: 2031,
    owner: '孙丽',
    budget: 100,
    executed: 40,
    initial: 120,
  },
  {
    name: '垃圾分类宣传',
    dept: '庚街道办事处',
    year: 2031,
    owner: '孙丽',
    budget: 60,
    executed: 60,
    initial: 60,
  },
  {
    name: '社区图书角',
    dept: '辛街道办事处',
    year: 2031,
    owner: '钱进',
    budget: 50,
    executed: 45,
    initial: 20,
  },
  {
    name: '楼道照明经费',
    dept: '辛街道办事处',
    year: 2030,
    owner: '钱进',
    budget: 10,
    executed: 10,
    initial: 10,
  },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2032);
const arith = (q: string) => parseArithmetic(q, VOCAB, 2032);
const echo = (q: string) => describeQuery(parse(q).query!);

describe('a share said as a bound', () => {
  it.each([
    ['执行率不到一半的项目', '执行率低于50%'],
    ['执行率过半的项目', '执行率高于50%'],
    ['执行率没过半的项目', '执行率不高于50%'],
    ['执行率不到三分之一的项目', '执行率低于33.33'],
    ['执行率一半以上的有哪些', '执行率不低于50%'],
  ])('%s: of a rate, a percent', (q, said) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(echo(q)).toContain(said);
  });

  it.each([
    ['执行数不到预算一半的项目', '<', 0.5],
    ['执行数不到全年预算的一半的项目', '<', 0.5],
    ['全年执行数低于预算的三分之一的项目', '<', 0.333333],
    ['执行数不到全年预算的八成的项目', '<', 0.8],
    ['执行数超过预算一半的项目', '>', 0.5],
    ['执行数比预算少了一半以上的项目', '<=', 0.5],
    ['全年预算比年初预算多了一半以上的项目', '>=', 1.5],
  ])('%s: of another amount, a part of it', (q, op, times) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    const f = p.query!.filters.find((x) => x.type === 'fields' && x.times !== undefined);
    expect(f).toMatchObject({ type: 'fields', op });
    expect((f as { times: number }).times).toBeCloseTo(times, 5);
  });

  it('says the part in the echo, with the fraction said', () => {
    expect(echo('执行数不到预算一半的项目')).toContain('全年执行数低于全年预算数的50%（一半）');
    expect(echo('执行数不到全年预算的三分之一的项目')).toContain('（三分之一）');
  });

  it('a percent said of the amount spent is the rate, never that many 万元', () => {
    for (const q of ['钱花了不到一半的项目', '执行数不到50%的项目', '支出低于八成的项目']) {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(p.query!.filters).toEqual([
        expect.objectContaining({ type: 'compare', field: 'executionRate', op: '<' }),
      ]);
    }
  });

  it('guards: a percent of an amount with no base, and a share that bounds nothing, stay reported', () => {
    // 全年预算超过50% had read as 50万元
    expect(parse('全年预算超过50%的项目').unplaced).toContain('50%');
    expect(parse('一半的项目执行率低于90%').unplaced).toContain('一半');
    // 百分之几 of a cell is no bound
    expect(parse('执行率不到一半的项目').query!.filters).toHaveLength(1);
  });
});

describe('the share of the money spent, asked as 百分之几', () => {
  it.each([
    '庚街道的项目钱花了百分之几',
    '庚街道的钱用了百分之多少',
    '庚街道的经费执行了几成',
    '庚街道的项目执行了百分之几',
  ])('%s is the rate of the whole', (q) => {
    const r = arith(q);
    expect(r?.query.op).toBe('share');
    expect(r?.query.left).toMatchObject({ measure: { fn: 'sum', field: 'executed' } });
    expect(r?.query.right).toMatchObject({ measure: { fn: 'sum', field: 'annualBudget' } });
    expect(JSON.stringify(r?.query.left)).toContain('庚');
  });

  it('per group: one rate a group', () => {
    expect(arith('各街道的钱花了百分之几')?.query.groupBy).toBeDefined();
  });

  it('guard: a share of something else is not the rate', () => {
    // 占 … 百分之几 stays the share it names
    const r = arith('庚街道的预算占全部的百分之几');
    expect(r?.query.left).toMatchObject({ measure: { fn: 'sum', field: 'annualBudget' } });
  });
});

describe('剩 and the money not spent', () => {
  it.each(['各项目剩了多少钱', '每个项目还剩多少', '庚街道的项目各剩了多少', '各项目的结余是多少'])(
    '%s is each project’s 结余, listed (no sum, no count)',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(p.query!.measures ?? []).toEqual([]);
      expect(p.query!.select).toContain('remaining');
    },
  );

  it.each(['所有项目没执行的钱一共多少', '庚街道没花完的钱是多少', '辛街道未执行的资金合计'])(
    '%s is the sum of 结余',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(p.query!.measures).toEqual([{ fn: 'sum', field: 'remaining' }]);
    },
  );

  it('guards: projects not spent out stay a condition; a count of projects left stays a count; a group takes 各', () => {
    expect(parse('没花完的项目有哪些').query!.filters).toEqual([
      expect.objectContaining({ type: 'compare', field: 'remaining', op: '>' }),
    ]);
    expect(parse('还剩几个项目').query!.measures).toEqual([{ fn: 'count' }]);
    const grouped = parse('各街道的预算是多少').query!;
    expect(grouped.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
  });
});

describe('money said after 项目, and a total said as 总额 / 加一块儿', () => {
  it.each([
    '2031年项目经费总额',
    '辛街道2031年的项目经费加一块儿多少',
    '庚街道的项目款一共多少',
    '2031年项目经费加一块',
  ])('%s is the sum of 全年预算, never a name piece 经费', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query!.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    expect(JSON.stringify(p.query!.filters)).not.toContain('经费');
  });

  it('guard: a stored name ending in 经费 typed whole stays that project', () => {
    const p = parse('楼道照明经费的负责人是谁');
    expect(JSON.stringify(p.query!.filters)).toContain('楼道照明经费');
  });
});

describe('预算执行情况 per group, and 比去年 after a year named', () => {
  it.each(['2031年各街道的预算执行情况汇总一下', '汇总一下各街道的资金执行情况'])(
    '%s is each group’s executed total over its budget total',
    (q) => {
      const r = arith(q);
      expect(r?.query.op).toBe('share');
      expect(r?.query.groupBy).toBeDefined();
      expect(r?.query.left).toMatchObject({ measure: { fn: 'sum', field: 'executed' } });
    },
  );

  it('one scope’s 预算执行情况 is not made a group’s', () => {
    expect(arith('庚街道的预算执行情况')).toBeNull();
  });

  it('比去年 after a year written in figures is the year before that one', () => {
    const r = arith('辛街道2031年的预算比去年多多少');
    expect(JSON.stringify(r?.query.right)).toContain('2030');
    // 少多少: the other side less this one, so the year before is the left side here
    const t = arith('2031年辛街道的执行数比上一年少多少');
    expect(JSON.stringify(t?.query.left)).toContain('2030');
    expect(JSON.stringify(t?.query.right)).toContain('2031');
    // no year written: 去年 stays the calendar's
    expect(JSON.stringify(arith('辛街道的预算比去年多多少')?.query)).not.toContain('2030');
  });
});

describe('answered over the store', () => {
  let ask: (q: string) => Promise<AskedReply>;
  let asks: (q: string) => Promise<string[]>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const made = await adminStoreOf('web:money-as-said', PROJECTS.map(recordOfProject));
    ask = made.ask;
    const message = createAnswerMessage({ store: made.store, logger: pino({ level: 'silent' }) });
    asks = async (q) => {
      const out = await message(q, made.user);
      return (Array.isArray(out) ? out : [out]).map((r) => r.text ?? '');
    };
    close = () => made.store.close();
    // a store opened and migrated in memory: minutes on a loaded machine
  }, 300_000);
  afterAll(async () => {
    await close?.();
  });

  it('a part of another amount: 背街小巷整治 spent 40 of 100', async () => {
    const r = await ask('执行数不到预算一半的项目');
    expect(r.rows.map((row) => row[0])).toEqual(['背街小巷整治']);
    const more = await ask('执行数超过预算一半的项目有几个');
    expect(more.rows).toEqual([['3']]);
  });

  it('the share spent of a place is its executed total over its budget total', async () => {
    // 庚: 100 / 160
    const text = (await ask('庚街道的钱花了百分之几')).text;
    expect(text).toMatch(/100 万元 ÷ 160 万元 × 100% ＝ 62\.5%/);
  });

  it('each project’s money left is listed, its total said under it', async () => {
    const r = await ask('庚街道的项目各剩了多少');
    expect(r.rows.length).toBe(2);
    expect(r.text).toContain('结余合计 60 万元');
  });

  it('各剩多少 after a list is that list’s column, not a question of its own', async () => {
    const replies = await asks('哪几个项目钱没花完，各剩多少');
    expect(replies.join('\n')).not.toContain('没有看懂');
    expect(replies.at(-1)).toContain('结余');
  });
});
