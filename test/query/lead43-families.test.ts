/**
 * The lead's probe of stop 43: a bound on each group's count said as a clause (负责3个及以上项目的负责人…, 同一电话对应5个
 * 及以上项目的, …只列3个及以上的), two changes of one comparison asked 各, rows counted with 个, an amount said as 三十几万,
 * "still" said of a condition, a field's homophone asked right away, and a count's list asked after a space.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteChangeWords } from '../../src/query/change-words.ts';
import { readGroupBound } from '../../src/query/group-bound.ts';
import { splitAsks } from '../../src/query/multi-ask.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
} from './known-store.ts';

/** The bound's reading: the question read without it, and what the answer says of it. */
const readBound = (q: string) => readGroupBound(q) as { text: string; note?: string } | null;

describe('readings of stop 43', () => {
  it('a bound on the groups said as a clause is taken off, the rest read as the grouped count', () => {
    const before = readBound('请统计负责3个及以上项目的负责人各负责几个项目。');
    expect(before?.text).toBe('请统计负责人各负责几个项目。');
    expect(before?.note).toContain('不少于3个');
    const holder = readBound('同一联系电话对应5个及以上项目的，请列出电话号码及对应项目数。');
    // the grouped count asked again in its own words: the grouping only
    expect(holder?.text).toBe('按联系电话统计项目数');
    const only = readBound('按负责人统计项目数，只列3个及以上的');
    expect(only?.text).toBe('按负责人统计项目数');
    expect(only?.note).toBe('（「只列3个及以上的」按每组的项目数不少于3个理解）');
    // a bound of another kind (an amount) is none of these
    expect(readBound('按负责人统计项目数，只列预算30万以上的')).toBeNull();
  });

  it('two changes of one comparison, the second said short, are each said whole', () => {
    expect(rewriteChangeWords('全年比年初调增的和调减的各有多少个')).toBe(
      '全年比年初多的和全年比年初少的各有多少个',
    );
    // one budget named in full names the other too
    expect(rewriteChangeWords('全年预算比年初调减的有几个')).toBe('全年预算比年初预算少的有几个');
  });

  it('a request to list, typed after a space, is an ask of its own', () => {
    expect(splitAsks('电话号码位数不对的有几个 列一下')).toEqual(['电话号码位数不对的有几个', '列一下']);
    // a space inside one ask cuts nothing
    expect(splitAsks('大红门 执行率最低的项目')).toEqual(['大红门 执行率最低的项目']);
  });
});

describe('answered over a store', () => {
  const PROJECTS: KnownProject[] = [
    {
      name: '河道保洁经费',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '王强',
      budget: 35,
      initial: 40,
      phone: '66001122',
    },
    {
      name: '图书角补贴',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '王强',
      budget: 5,
      initial: 4,
      phone: '66001122',
    },
    {
      name: '路灯维修经费',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '王强',
      budget: 12,
      initial: 12,
      phone: '66001122',
    },
    {
      name: '老年食堂补助',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '周敏',
      budget: 38,
      initial: 30,
      phone: '66003344',
    },
    {
      name: '垃圾分类宣传',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '周敏',
      budget: 8,
      initial: 9,
      phone: '6600-1122',
    },
  ];
  const film = formWithRows('社区公益电影放映补贴', '松岭街道办事处', [
    indicatorRow('产出指标', '数量指标', '播放场次', { target: '120', actual: '118', weight: 20, score: 18 }),
    indicatorRow('效益指标', '社会效益指标', '群众文化生活丰富程度', { deviation: '按计划完成' }),
    indicatorRow('满意度指标', '服务对象满意度指标', '观众满意度', { target: '≥90%', actual: '95%' }),
  ]);
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead43', [...PROJECTS.map(recordOfProject), film]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('people with 3 or more projects, each with their count', async () => {
    const r = await ask('请统计负责3个及以上项目的负责人各负责几个项目。');
    expect(r).toContain('王强');
    expect(r).not.toContain('周敏');
  });

  it('phones given on 3 or more projects, listed with their counts', async () => {
    const r = await ask('同一联系电话对应3个及以上项目的，请列出电话号码及对应项目数。');
    // (shown as one of its spellings)
    expect(r).toMatch(/6600-?1122/u);
    expect(r).not.toContain('66003344');
    expect(await ask('66001122这个号下面挂了几个项目')).toMatch(/项目数：4/u);
  });

  it('the different values of a cell counted per group, and the groups holding at least so many', async () => {
    // 6600-1122 is 66001122 written with a separator: one number, as it is grouped
    const perPhone = await ask('同一联系电话对应两个及以上不同负责人的，这样的电话号码有几个？');
    expect(perPhone).toContain('不同项目负责人个数');
    expect(perPhone).toMatch(/符合的联系电话共有 1 个/u);
    const perOwner = await ask('请按负责人统计其名下项目所填的不同联系电话个数，只列2个及以上的。');
    expect(perOwner).toContain('周敏');
    expect(perOwner).not.toContain('王强');
    // 不同 not said: the count of projects it always was
    expect(await ask('每个负责人负责几个项目')).not.toContain('不同');
  });

  it('a condition among the first N of a ranking is counted among them, the ranking over every project', async () => {
    // the top two budgets: the film's 100 and 老年食堂补助's 38; read in one query it had been 周敏's own top two
    const r = await ask('全年预算前两名的项目里，周敏负责的占几个？');
    expect(r).toMatch(/项目数：1/u);
    expect(r).toContain('第2名');
    // a figure of the first N alone stays the ranking's own (no bound looked up)
    expect(await ask('预算最高的2个项目中，执行数合计是多少')).not.toContain('第2名');
  });

  it('Sichuanese and a company’s accounting words are read as the form’s', async () => {
    expect(await ask('王强负责的项目拢共好多个？')).toMatch(/项目数：3/u);
    const spent = await ask('「河道保洁经费」的实际发生额是多少？');
    expect(spent).toContain('全年执行数');
    expect(await ask('期初预算和调整后预算不一致的项目有多少个？')).toMatch(/项目数：4/u);
    // 好多 as the Mandarin "a lot", not asking, stays as typed (and is reported, never read as 多少)
    expect(await ask('为什么有好多项目没填负责人')).toContain('「好多」');
  });

  it('raised and cut, asked 各, are two counts (their conjunction had answered 0)', async () => {
    const r = await ask('全年比年初调增的和调减的各有多少个？');
    expect(r).toContain('分别统计');
    expect(r).toMatch(/全年预算数高于年初预算数[^\n]*\n→ 项目数：2/u);
    expect(r).toMatch(/全年预算数低于年初预算数[^\n]*\n→ 项目数：2/u);
    expect(await ask('全年预算比年初调减的有多少个')).toMatch(/项目数：2/u);
  });

  it('an amount said as 三十几万 is the band from 30 to 40', async () => {
    const r = await ask('预算三十几万的项目有哪些');
    expect(r).toContain('「三十几万」按「30万～40万元」理解');
    expect(r).toContain('河道保洁经费');
    expect(r).toContain('老年食堂补助');
    expect(r).not.toContain('路灯维修经费');
  });

  it('a person’s money added up is the budget’s sum', async () => {
    expect(await ask('王强负责的项目钱加起来一共多少')).toMatch(/全年预算数合计\(万元\)：52/u);
  });

  it('a project’s rows counted with 个 are its rows, and an office’s too — never its projects', async () => {
    expect(await ask('社区公益电影放映补贴有几个指标')).toMatch(/指标条数：3/u);
    expect(await ask('松岭街道一共有多少个指标')).toMatch(/指标条数：3/u);
  });

  it('full marks with a reason written anyway, "still" said', async () => {
    const r = await ask('得分等于分值、但偏差原因分析栏仍填写了内容的指标，涉及哪些项目？');
    expect(r).toContain('满分行写了偏差原因');
    expect(r).toContain('社区公益电影放映补贴');
  });

  it('a field typed as a word of general Chinese that sounds the same, asked right away', async () => {
    await ask('河道保洁经费的负责人是谁');
    const r = await ask('电化多少');
    expect(r).toContain('「电化」按「电话」理解');
    expect(r).toContain('66001122');
  });
});
