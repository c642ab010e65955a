/**
 * Counts, groupings and comparisons of scopes as staff say them (issue 10, stop 33): two scopes compared by a figure
 * (X和Y哪个执行率高), a bound on each group's count (哪些部门的项目超过N个), people counted or ranked said with 人,
 * duplicates (电话号码重复, 同名), a request for the list after a question (列一下名字, 给个名单), a stored name
 * opening with a word of asking (核对室…), 打分 as the score, the span of a figure, and two groupings at once
 * reported. Wordings and store of our own, with the guards.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import {
  type AskedReply,
  adminStoreOf,
  type KnownProject,
  recordOfProject,
  vocabularyOfProjects,
} from './known-store.ts';

const PROJECTS: KnownProject[] = [
  {
    name: '社区普查经费',
    dept: '青塔街道办事处',
    year: 2039,
    owner: '韩梅',
    budget: 100,
    executed: 90,
    total: 95,
    phone: '6727-0001',
  },
  {
    name: '助老餐桌',
    dept: '青塔街道办事处',
    year: 2039,
    owner: '韩梅',
    budget: 40,
    executed: 40,
    total: 97,
    phone: '67270001',
  },
  {
    name: '核对室运行经费',
    dept: '青塔街道办事处',
    year: 2039,
    owner: '田野',
    budget: 10,
    executed: 10,
    total: 99,
    phone: '67270002',
  },
  {
    name: '河道保洁服务',
    dept: '仁和镇人民政府',
    year: 2039,
    owner: '严明',
    budget: 30,
    executed: 30,
    total: 90,
    phone: '69440003',
  },
  {
    name: '河道保洁服务',
    dept: '仁和镇人民政府',
    year: 2038,
    owner: '严明',
    budget: 20,
    executed: 10,
    total: 92,
    phone: '69440004',
  },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2040);

describe('people counted or ranked said with 人', () => {
  it.each([
    '青塔有几个人当负责人',
    '青塔有多少人担任项目负责人',
    '青塔一共有几个人在负责项目',
    '青塔有多少个负责人',
  ])('%s counts the different 负责人', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query!.groupBy).toBe('owner');
    expect(p.query!.countGroups).toBe(true);
  });

  it.each(['负责项目最多的人', '管的项目最少的人是谁'])('%s ranks the 负责人 by their projects', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query!.groupBy).toBe('owner');
    expect(p.query!.order?.by).toEqual({ measure: 0 });
  });

  it('人 elsewhere is untouched: 退休人员 is no owner', () => {
    expect(parse('退休人员有几个项目').query?.groupBy).toBeUndefined();
  });

  it('每个人负责几个项目 is each 负责人', () => {
    expect(parse('每个人负责几个项目').query!.groupBy).toBe('owner');
  });
});

describe('a stored name opening with a word of asking', () => {
  it.each(['核对室那个项目是哪个部门管的', '核对室的负责人是谁'])('%s names the project by its head', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(JSON.stringify(p.query!.filters)).toContain('核对室运行经费');
  });

  it('the command word stays the verb where no name follows (核对所有 is no head of 核对室…)', () => {
    const p = parse('核对一下所有项目的预算');
    expect(JSON.stringify(p.query?.filters ?? [])).not.toContain('核对室');
  });
});

describe('打分 is the 总分', () => {
  it.each(['青塔的项目打分都在多少', '青塔项目的打分', '打分最低的项目'])('%s reads the 总分', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(JSON.stringify(p.query)).toContain('totalScore');
  });
});

describe('two groupings at once are reported, never dropped', () => {
  it.each([
    ['按年度和部门统计预算', '部门'],
    ['按年度、部门统计项目数', '部门'],
  ])('%s reports %s', (q, word) => {
    expect(parse(q).unplaced).toContain(word);
  });
});

describe('answers over a store', () => {
  let ask: (q: string) => Promise<AskedReply>;
  let asks: (q: string) => Promise<Array<{ text: string; rows: string[][]; unplaced?: string[] }>>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const made = await adminStoreOf('web:tally-families', PROJECTS.map(recordOfProject));
    ask = made.ask;
    const message = createAnswerMessage({ store: made.store, logger: pino({ level: 'silent' }) });
    asks = async (q) => {
      const out = await message(q, made.user);
      return (Array.isArray(out) ? out : [out]).map((r) => ({
        text: r.text ?? '',
        rows: r.table?.rows ?? [],
        ...(r.unplaced ? { unplaced: r.unplaced } : {}),
      }));
    };
    close = () => made.store.close();
  });
  afterAll(async () => {
    await close();
  });

  it('two scopes compared: each group’s own figure, then which is higher', async () => {
    // 青塔 140 of 150 = 93.33%; 仁和镇 40 of 50 = 80% (never the 100% projects of the union listed)
    const rate = await ask('青塔和仁和镇哪个执行率高');
    expect(rate.text).toContain('93.33');
    expect(rate.text).toContain('80');
    expect(rate.text).toContain('较高的是「青塔」');
    expect(rate.rows).toHaveLength(2);
    const years = await ask('2039年和2038年哪年预算多');
    expect(years.text).toContain('较多的是「2039年」');
    const count = await ask('仁和镇跟青塔比，谁的项目少');
    expect(count.text).toContain('较少的是「仁和镇」');
    const owners = await ask('韩梅和严明谁负责的项目多');
    expect(owners.rows).toEqual([
      ['韩梅', '2'],
      ['严明', '2'],
    ]);
    expect(owners.text).toContain('相同');
    const score = await ask('青塔与仁和镇相比，哪边总分低');
    expect(score.text).toContain('平均总分较低的是「仁和镇」');
  });

  it('the top of one set stays the top project (两个项目谁的预算更多)', async () => {
    const top = await ask('仁和镇的两个项目，谁的全年预算更多');
    expect(top.text).not.toContain('再比较');
    expect(top.rows).toHaveLength(1);
  });

  it('a bound on each group’s count of projects', async () => {
    const offices = await ask('哪些部门的项目超过2个');
    expect(offices.rows.map((r) => r[0])).toEqual(['青塔街道办事处']);
    const people = await ask('有没有一个人负责超过1个项目的');
    expect(people.rows.map((r) => r[0]).sort()).toEqual(['严明', '韩梅'].sort());
    expect(people.text).toContain('符合的项目负责人共有 2 个');
    const after = await ask('项目少于3个的部门有哪些');
    expect(after.rows.map((r) => r[0])).toEqual(['仁和镇人民政府']);
  });

  it('a bound on a group’s total: the groups whose total passes it (a HAVING, stop 37)', async () => {
    const total = await ask('执行数合计超过100万的部门');
    expect(total.unplaced ?? []).toEqual([]);
    expect(total.columns).toContain('全年执行数合计(万元)');
    expect(total.rows.length).toBeGreaterThan(0);
    expect(total.rows.every((r) => Number(r[1]) > 100)).toBe(true);
  });

  it('duplicates: a phone shared by its digits, a name shared', async () => {
    const phones = await ask('电话号码重复的项目');
    expect(phones.rows.map((r) => r[0]).sort()).toEqual(['助老餐桌', '社区普查经费'].sort());
    const others = await ask('和别的项目电话一样的有几个');
    expect(others.text).toContain('2');
    const named = await ask('名字一样的项目');
    expect(named.rows).toHaveLength(2);
    expect(named.rows.every((r) => r[0] === '河道保洁服务')).toBe(true);
    const same = await ask('同名的项目有几个');
    expect(same.text).toContain('2');
  });

  it('two cells of one form compared stay the cell comparison', async () => {
    const cells = await ask('联系电话和负责人写的一样的项目');
    expect(cells.text).not.toContain('其他项目');
  });

  it('a request for the list after a question is how to show its answer', async () => {
    const [owners, ...more] = await asks('青塔的项目都是谁负责的，列一下名字');
    expect(more).toEqual([]);
    expect(owners!.unplaced).toBeUndefined();
    const [count, list] = await asks('青塔有几个项目，给个名单');
    expect(count!.text).toContain('3');
    expect(list!.rows).toHaveLength(3);
  });

  it('the span of a figure is its lowest and highest value', async () => {
    const span = await ask('青塔的项目总分都在什么范围');
    expect(span.text).toContain('最低总分：95');
    expect(span.text).toContain('最高总分：99');
    const ends = await ask('青塔项目的最低预算和最高预算是多少');
    expect(ends.text).toContain('最低全年预算数(万元)：10');
    // which projects are at the ends is asked of projects, not the span
    const which = await asks('总分最高的和最低的各是哪个项目');
    expect(which.map((r) => r.text).join('\n')).not.toContain('按最低值和最高值理解');
  });

  it('人均负责几个项目 is the mean over the 负责人', async () => {
    const mean = await ask('人均负责几个项目');
    expect(mean.text).toContain('平均');
    expect(mean.text).toContain('3 个项目负责人');
  });
});
