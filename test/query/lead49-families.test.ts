/**
 * The lead's probe of stop 49: a whole list sorted by a field says how many of the matching projects it left out
 * because that field is empty (按总分从低往高排 had listed 5 of 8 and said 共 5 项). Wordings of our own, over
 * hand-made forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
} from './known-store.ts';

describe('a sorted list and the projects with the sorted field empty', () => {
  const office = '青石街道办事处';
  const of = (name: string, total: number | null): KnownProject => ({
    name,
    dept: office,
    year: 2024,
    owner: '孙悦',
    budget: 10,
    total,
  });
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead49-sort', [
      recordOfProject(of('路灯维修', 92)),
      recordOfProject(of('绿地养护', 88)),
      recordOfProject(of('社区食堂补贴', 97)),
      recordOfProject(of('旧楼加装电梯', null)),
      recordOfProject(of('防汛物资储备', null)),
    ]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('lists the three with a 总分 in order and says the two left out', async () => {
    const r = await ask('青石街道的项目按总分从低往高排');
    expect(r).toMatch(/共 3 项。另有 2 个项目总分未填，未参与排序。/u);
    expect(r.indexOf('绿地养护')).toBeLessThan(r.indexOf('路灯维修'));
    expect(r.indexOf('路灯维修')).toBeLessThan(r.indexOf('社区食堂补贴'));
    expect(r).not.toContain('旧楼加装电梯');
  });

  it('says nothing of the kind when every project has the field', async () => {
    const r = await ask('青石街道的项目按全年预算从高到低排');
    expect(r).toMatch(/共 5 项。/u);
    expect(r).not.toMatch(/未参与排序/u);
  });

  it('a ranking of the first few is not a whole list: nothing said', async () => {
    const r = await ask('青石街道总分最低的两个项目');
    expect(r).toMatch(/绿地养护/u);
    expect(r).not.toMatch(/未参与排序/u);
  });
});

describe('a place said alone after a ranking', () => {
  const office = '松林街道办事处';
  const of = (name: string, budget: number): KnownProject => ({
    name,
    dept: office,
    year: 2024,
    owner: '钱立',
    budget,
  });
  let store: Store;
  let known: Awaited<ReturnType<typeof adminStoreOf>>;
  beforeAll(async () => {
    known = await adminStoreOf('u-lead49-place', [
      recordOfProject(of('社区书屋', 5)),
      recordOfProject(of('便民菜站', 8)),
      recordOfProject(of('健身步道', 12)),
      recordOfProject(of('雨污分流', 40)),
    ]);
    store = known.store;
  });
  afterAll(() => store.close());
  /** Two messages in one chat: the second's reply. */
  const after = async (first: string, second: string) => {
    const ask = messageAskerOf(store, known.user, memoryChat());
    await ask(first);
    return ask(second);
  };

  it('counts from the low end for 倒数 and 低, in the ranking’s own way when no end is said', async () => {
    for (const q of ['那倒数第二的呢？', '第二低的呢', '倒数第二个呢', '那第二名呢', '再往后一个呢']) {
      const r = await after('松林街道全年预算最少的是哪个项目', q);
      expect({ q, r }).toMatchObject({ r: expect.stringContaining('便民菜站') });
      expect({ q, r }).toMatchObject({ r: expect.not.stringContaining('社区书屋') });
    }
  });

  it('after the highest, 倒数第二 is the second from the low end and 第二高 the second from the top', async () => {
    expect(await after('松林街道全年预算最多的是哪个项目', '倒数第二的呢')).toContain('便民菜站');
    expect(await after('松林街道全年预算最多的是哪个项目', '第二高的呢')).toContain('健身步道');
  });

  it('a place inside the list shown is still that list’s row', async () => {
    const r = await after('松林街道全年预算最多的三个项目', '倒数第二个呢');
    expect(r).toContain('健身步道');
    expect(r).toContain('列表中的倒数第2个');
  });
});

describe('主管部门 and 实施单位 swapped', () => {
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const swapped = recordOfProject({
      name: '老旧小区楼道照明',
      dept: '城建科',
      year: 2024,
      owner: '周敏',
      budget: 6,
    });
    swapped.implementingUnit = '柳河街道办事处';
    const office = recordOfProject({
      name: '政务热线运维',
      dept: '东湖区财政局',
      year: 2024,
      owner: '吴刚',
      budget: 9,
    });
    office.implementingUnit = '预算科';
    const agency = recordOfProject({
      name: '法律咨询服务',
      dept: '综合 办公室',
      year: 2024,
      owner: '陈曦',
      budget: 3,
    });
    agency.implementingUnit = '东湖区发改委';
    const same = recordOfProject({
      name: '社区文化节',
      dept: '柳河街道办事处',
      year: 2024,
      owner: '周敏',
      budget: 2,
    });
    const known = await adminStoreOf('u-lead49-swapped', [swapped, office, agency, same]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('finds the forms whose 实施单位 is a superior body and 主管部门 an internal office, by the names’ kinds', async () => {
    for (const q of [
      '主管部门和实施单位填反了的有哪些',
      '实施单位跟主管部门是不是写反了',
      '实施单位比主管部门级别还高的项目',
    ]) {
      const r = await ask(q);
      expect({ q, r }).toMatchObject({ r: expect.stringMatching(/共 2 项/u) });
      expect(r).toContain('老旧小区楼道照明');
      expect(r).toContain('法律咨询服务');
      expect(r).not.toContain('政务热线运维');
      expect(r).toContain('按实施单位是上级机关');
    }
  });

  it('counts them too', async () => {
    expect(await ask('主管部门与实施单位颠倒的项目有几个')).toMatch(/(?<!\d)2(?!\d)/u);
  });
});
