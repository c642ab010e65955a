/**
 * Issue 10: groups in rankings. Projects ranked within each group (各街道执行率最低的项目, 每个部门预算最多的项目), the
 * 街道 of a project read from its office names, groups ranked by a head noun (负责项目最多的前两个人, 项目最多的前两个
 * 部门), an office word that restates the column named (按实施单位…各科室), two names sharing their tail (第一批和第二批
 * …资金), and a narrowing verb inside a question (，只看清河). Several wordings each, and the readings that must stay as
 * they were (哪个街道预算最多 is a street; 预算最多的负责人 is that project's owner). A portfolio of our own.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject } from './known-store.ts';

const QINGHE = '北京市海淀区人民政府清河街道办事处';
const BAJIAO = '石景山区八角街道办事处';
const WATER = '区水务局';

/** Rates: 清河 95 / 75 / 100 / 100, 八角 80 / 98, 水务局 50 / 100 / 100 (the lowest of all is in no street). */
const PROJECTS: Array<KnownProject & { unit: string }> = [
  {
    name: '清河公园绿化养护',
    dept: QINGHE,
    unit: '清河街道城市管理办公室',
    owner: '王芳',
    budget: 200,
    executed: 190,
  },
  {
    name: '清河社区助老服务',
    dept: QINGHE,
    unit: '清河街道社区建设办公室',
    owner: '王芳',
    budget: 80,
    executed: 60,
  },
  { name: '清河背街小巷整治', dept: QINGHE, unit: '清河街道城市管理办公室', owner: '李强', budget: 500 },
  { name: '清河垃圾分类宣传', dept: QINGHE, unit: '清河街道社区建设办公室', owner: '李强', budget: 40 },
  {
    name: '八角老旧小区改造',
    dept: BAJIAO,
    unit: '八角街道民生保障办公室',
    owner: '王芳',
    budget: 900,
    executed: 720,
  },
  {
    name: '八角便民服务站运维',
    dept: BAJIAO,
    unit: '八角街道民生保障办公室',
    owner: '李强',
    budget: 50,
    executed: 49,
  },
  { name: '河道巡查保洁', dept: WATER, unit: WATER, owner: '赵敏', budget: 300, executed: 150 },
  { name: '2024年第一批“小型水利设施”维修资金', dept: WATER, unit: WATER, owner: '陈刚', budget: 30 },
  { name: '2024年第二批“小型水利设施”维修资金', dept: WATER, unit: WATER, owner: '周丽', budget: 20 },
].map((p) => ({ ...p, year: 2024 }));

describe('groups in rankings', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf(
      'web:groups',
      PROJECTS.map((p) => ({ ...recordOfProject(p), implementingUnit: p.unit })),
    ));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const one = async (q: string): Promise<Reply> => {
    const rs = [await answer(q, user)].flat();
    expect(rs, q).toHaveLength(1);
    return rs[0]!;
  };
  /** The table's cells as text (a reply's cells are shown as typed). */
  const rows = async (q: string) => ((await one(q)).table?.rows ?? []).map((r) => r.map(String));
  const firsts = async (q: string) => (await rows(q)).map((r) => r[0]);

  it('ranks the projects within each street, the street read from the office names', async () => {
    for (const q of ['各街道执行率最低的项目', '各街道谁执行率最低', '每个街道执行率最低的是哪个项目']) {
      expect((await firsts(q)).sort(), q).toEqual(['八角老旧小区改造', '清河社区助老服务']);
    }
    expect((await firsts('每个街道全年预算最多的项目')).sort()).toEqual([
      '八角老旧小区改造',
      '清河背街小巷整治',
    ]);
    const said = await one('各街道执行率最低的项目');
    expect(said.table?.columns).toContain('街道');
    expect(said.table?.rows.map((r) => r[3]).sort()).toEqual(['八角街道', '清河街道']);
    expect(said.text).toContain('不属于任何街道的项目不计');
  });

  it('ranks within each department, ties at the place listed together, and a count of more than one', async () => {
    expect((await firsts('各部门执行率最高的项目')).sort()).toEqual(
      [
        '2024年第一批“小型水利设施”维修资金',
        '2024年第二批“小型水利设施”维修资金',
        '八角便民服务站运维',
        '清河垃圾分类宣传',
        '清河背街小巷整治',
      ].sort(),
    );
    expect(await firsts('每个部门全年预算最少的2个项目')).toHaveLength(6);
  });

  it('ranks within each street after 按 / 分 when the projects are asked for', async () => {
    for (const q of ['按街道列出全年预算最大的那个项目', '分街道看，全年预算最大的分别是哪个项目']) {
      expect((await firsts(q)).sort(), q).toEqual(['八角老旧小区改造', '清河背街小巷整治']);
    }
  });

  it('reads the last N said from the far end', async () => {
    for (const q of ['执行率排倒数前两个的项目', '执行率排最后2个的是哪些项目', '执行率排最后两名的项目']) {
      expect(await firsts(q), q).toEqual(['河道巡查保洁', '清河社区助老服务']);
    }
  });

  it('leaves out what 不算 / 的不要 name, in the clause they stand in', async () => {
    expect(await rows('不算清河，还有几个项目')).toEqual([['5']]);
    expect(await rows('清河的不算，还有几个项目')).toEqual([['5']]);
    expect((await firsts('清河全年预算超过100万的项目，清河街道城市管理办公室的不要')).sort()).toEqual([]);
    expect((await firsts('清河不算清河街道城市管理办公室，全年预算大于50万的有哪些')).sort()).toEqual([
      '清河社区助老服务',
    ]);
    // 不算 closing a clause leaves out what came before it, never what follows the comma.
    expect(await rows('八角不算，清河的项目有几个')).toEqual([['4']]);
  });

  it('reads 在A和B之间 / 中间 as a range', async () => {
    for (const q of ['全年预算在五十万和两百万中间的项目', '全年预算在50万和200万之间的项目']) {
      expect((await firsts(q)).sort(), q).toEqual([
        '八角便民服务站运维',
        '清河公园绿化养护',
        '清河社区助老服务',
      ]);
    }
  });

  it('groups by street', async () => {
    expect(await rows('按街道统计项目数')).toEqual([
      ['八角街道', '2'],
      ['清河街道', '4'],
    ]);
  });

  it('still ranks the groups themselves after 哪个, after 按, or by a group figure', async () => {
    const which = await one('哪个街道全年预算最多');
    expect(which.table?.columns[0]).toBe('街道');
    expect(which.table?.rows.map((r) => r.map(String))).toEqual([['八角街道', '950']]);
    expect(await rows('各部门全年预算合计最多的')).toEqual([[BAJIAO, '950']]);
  });

  it('ranks groups named after the ranking: people, departments', async () => {
    for (const q of [
      '负责项目最多的前两个人是谁，各几个',
      '哪两个人负责的项目最多',
      '负责项目数排前2的负责人',
    ]) {
      expect(await rows(q), q).toEqual([
        ['李强', '3'],
        ['王芳', '3'],
      ]);
    }
    expect(await rows('项目最多的前两个部门')).toEqual([
      [QINGHE, '4'],
      [WATER, '3'],
    ]);
  });

  it("keeps a field's label after a superlative of a figure as that project's field", async () => {
    const owner = await one('全年预算最多的负责人是谁');
    expect(owner.table?.columns[0]).toBe('项目名称');
    expect(owner.table?.rows.map((r) => r[0])).toEqual(['八角老旧小区改造']);
  });

  it('reads an office word as the column the question named', async () => {
    const spent = await one('按实施单位汇总一下全年执行数，我看看各科室花了多少');
    expect(spent.table?.columns[0]).toBe('实施单位');
    expect(spent.table?.rows).toHaveLength(4);
    expect(await rows('实施单位这一列按单位统计项目个数，只看清河')).toEqual([
      ['清河街道城市管理办公室', '2'],
      ['清河街道社区建设办公室', '2'],
    ]);
  });

  it('reports a second grouping or a narrowing with nothing after it, never drops it', async () => {
    const two = await one('按部门统计项目数，按负责人');
    expect(two.table).toBeUndefined();
    expect(two.text).toContain('负责人');
    const bare = await one('按部门统计项目个数，只看');
    expect(bare.table).toBeUndefined();
    expect(bare.text).toContain('只');
  });

  it('reads two names sharing their tail as both names, numerals and quotes as stored', async () => {
    const sum = await one('第一批和第二批小型水利设施维修资金的全年预算加一起是多少');
    // As a sum over both projects or as their two figures added: 50 either way.
    expect(sum.text).toMatch(/30 万元 ＋ 20 万元 ＝ 50 万元|全年预算数合计\(万元\)：50\n/);
    expect((await one('第一批和第二批小型水利设施维修资金的全年预算合计')).text).toContain(
      '全年预算数合计(万元)：50',
    );
    expect(await firsts('2024年第二批小型水利设施维修资金的全年预算')).toEqual([
      '2024年第二批“小型水利设施”维修资金',
    ]);
    // Two places joined are two places, no name written out.
    expect(await rows('清河和八角的项目有几个')).toEqual([['6']]);
  });
});
