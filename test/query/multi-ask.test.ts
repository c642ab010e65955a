/**
 * Two asks in one message (multi-ask.ts): cut by structure, each answered with its own echo and read after the one
 * before it; 各 / 分别 over alternatives answered once per alternative, never as one figure over their union. Shapes of
 * our own over a small store whose figures are done by hand below.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import type { AskedQuestion, QuestionChat } from '../../src/query/context.ts';
import { splitAsks } from '../../src/query/multi-ask.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject } from './known-store.ts';

/** 青塔 3 projects (budget 50 + 70 + 20 = 140), 鲁谷 2 (200 + 10 = 210); 2021: 2 projects, 2024: 3. */
const PROJECTS: KnownProject[] = [
  { name: '青塔助老餐桌', dept: '青塔街道办事处', year: 2021, owner: '韩梅', budget: 50, total: 96 },
  { name: '青塔绿化养护', dept: '青塔街道办事处', year: 2024, owner: '韩梅', budget: 70, total: 88 },
  { name: '青塔消防器材', dept: '青塔街道办事处', year: 2024, owner: '邵峰', budget: 20, total: null },
  { name: '鲁谷停车治理', dept: '鲁谷街道办事处', year: 2021, owner: '邵峰', budget: 200, total: 91 },
  { name: '鲁谷文化广场', dept: '鲁谷街道办事处', year: 2024, owner: '韩梅', budget: 10, total: 99 },
];

describe('cutting a message into its asks', () => {
  it('cuts where both sides ask, at clause punctuation only', () => {
    expect(splitAsks('青塔有多少项目，预算合计是多少')).toEqual(['青塔有多少项目', '预算合计是多少']);
    expect(splitAsks('韩梅管几个项目？邵峰呢？')).toEqual(['韩梅管几个项目?', '邵峰呢?']);
    expect(splitAsks('总分没填的有哪些;年初预算没填的又有哪些')).toEqual([
      '总分没填的有哪些',
      '年初预算没填的又有哪些',
    ]);
  });

  it('keeps a message with one ask whole, whatever its commas', () => {
    for (const q of [
      '麻烦帮我查一下，青塔的项目有几个，谢谢',
      '我刚接手，鲁谷的预算合计多少',
      '青塔那几个项目 总分都是多少 列一下',
      '几十万的项目有哪些',
      // 八十几 / 十几个: a rough figure told, not a second question.
      '听说有个项目执行率只有八十几，我记得是青塔的，是哪个',
      '鲁谷好像有十几个项目，总分最低的是哪个',
      '2021年，青塔，总分最低的是哪个',
    ])
      expect(splitAsks(q)).toEqual([q]);
  });

  it('takes an opener (另外 / 顺便 / 还有 / 再) as the start of a second ask, without its joining words', () => {
    expect(splitAsks('查下青塔绿化养护的总分，另外它的负责人是谁')).toEqual([
      '查下青塔绿化养护的总分',
      '它的负责人是谁',
    ]);
    expect(splitAsks('鲁谷的项目有哪些，顺便把负责人也列一下')).toEqual([
      '鲁谷的项目有哪些',
      '把负责人也列一下',
    ]);
    expect(splitAsks('青塔几个项目，还有告诉我它们的预算合计')).toEqual(['青塔几个项目', '它们的预算合计']);
    expect(splitAsks('总分低于90的有几个，再列出来')).toEqual(['总分低于90的有几个', '列出来']);
  });
});

describe('answering each ask of a message', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:multi-ask', PROJECTS.map(recordOfProject)));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  const replies = async (q: string, chat?: QuestionChat): Promise<Reply[]> =>
    [await answer(q, user, chat)].flat();
  /** The figure after 「label：」 in each reply, in order. */
  const figures = (rs: Reply[], label: string) =>
    rs.map((r) => r.text?.match(new RegExp(`${label}[^：\\n]*：(-?[\\d.]+)`))?.[1] ?? null);

  it('answers two counts with two conditions as two counts, never one over both conditions', async () => {
    const rs = await replies('总分没填的有几个，总分高于90的有几个');
    expect(rs).toHaveLength(2);
    expect(figures(rs, '项目数')).toEqual(['1', '3']);
    expect(rs[0]!.text).toMatch(/^查询：总分未填/);
    expect(rs[1]!.text).toMatch(/^查询：总分高于90/);
  });

  it('reads a later ask that names no projects about the earlier ask’s projects', async () => {
    const rs = await replies('鲁谷有多少个项目？全年预算合计是多少');
    expect(figures(rs, '项目数')[0]).toBe('2');
    expect(figures(rs, '全年预算数合计')[1]).toBe('210');
    expect(rs[1]!.text).toContain('鲁谷');
    // 所有 asks about every project, whatever came before.
    const all = await replies('鲁谷有多少个项目？所有项目的全年预算合计是多少');
    expect(figures(all, '全年预算数合计')[1]).toBe('350');
  });

  it('keeps the earlier scope but not its condition in a later ask with a condition of its own', async () => {
    const rs = await replies('青塔总分没填的有几个，总分高于90的有几个');
    expect(figures(rs, '项目数')).toEqual(['1', '1']);
  });

  it('reads 呢, 它, 它们 and 列出来 against the ask before it in the same message', async () => {
    const owners = await replies('韩梅负责几个项目？邵峰呢？');
    expect(figures(owners, '项目数')).toEqual(['3', '2']);
    const it1 = await replies('预算最多的是哪个项目，它的负责人是谁');
    // The same project with one more field: one answer showing both, not the project twice.
    expect(it1).toHaveLength(1);
    expect(it1[0]!.table?.rows).toEqual([expect.arrayContaining(['鲁谷停车治理', '邵峰', '200'])]);
    const who = await replies('青塔预算最多的两个项目是哪些，都是谁负责的');
    expect(who).toHaveLength(1);
    expect(who[0]!.table?.rows.map((r) => r[0])).toEqual(['青塔绿化养护', '青塔助老餐桌']);
    expect(who[0]!.table?.columns).toContain('项目负责人');
    // 哪些…，麻烦列个清单 asks for the list once.
    expect(await replies('青塔的项目有哪些，麻烦列个清单')).toHaveLength(1);
    const them = await replies('青塔的项目有哪些，另外告诉我它们的全年预算合计');
    expect(them[0]!.table?.rows).toHaveLength(3);
    expect(figures(them, '全年预算数合计')[1]).toBe('140');
    const list = await replies('2024年的项目有几个，列出来');
    expect(figures(list, '项目数')[0]).toBe('3');
    expect(list[1]!.table?.rows.map((r) => r[0]).sort()).toEqual([
      '青塔消防器材',
      '青塔绿化养护',
      '鲁谷文化广场',
    ]);
  });

  it('cuts one clause holding two requests (给我个数再给个名单), each answered', async () => {
    const rs = await replies('总分没填的项目，给我个数再给个名单');
    expect(rs).toHaveLength(2);
    expect(figures(rs, '项目数')[0]).toBe('1');
    expect(rs[1]!.table?.rows.map((r) => r[0])).toEqual(['青塔消防器材']);
    expect(splitAsks('青塔再给我看看')).toEqual(['青塔再给我看看']);
  });

  it('reads 它的金额 as the one amount the ask before it was about, and reports it otherwise', async () => {
    const rs = await replies('鲁谷全年预算最多的项目，还有它的金额');
    expect(rs.at(-1)!.text).toContain('全年预算数');
    expect(rs.at(-1)!.unplaced ?? []).toEqual([]);
    const none = await replies('总分最低的项目是哪个，它的金额呢');
    expect(none.some((r) => r.unplaced?.includes('金额'))).toBe(true);
  });

  it('remembers the last ask for the next message of the chat', async () => {
    let kept: AskedQuestion | null = null;
    const chat: QuestionChat = {
      previous: null,
      remember: (a) => {
        kept = a;
      },
    };
    await replies('青塔几个项目，预算合计多少', chat);
    const next = await replies('那鲁谷的呢', { previous: kept, remember: () => {} });
    expect(next[0]!.text).toContain('鲁谷');
    expect(next[0]!.text).toContain('210');
  });

  it('never answers a later ask over every project when the ask it leans on was not understood', async () => {
    const rs = await replies('青塔星级最高的项目有哪些，都是谁负责的');
    expect(rs).toHaveLength(2);
    expect(rs[0]!.unplaced?.length).toBeGreaterThan(0);
    expect(rs[1]!.table).toBeUndefined();
    expect(rs[1]!.text).toContain('前一问没有看懂');
  });

  it('answers the ask it understood and says which one it did not', async () => {
    const rs = await replies('青塔有几个项目，鲁谷的绩效星级是多少');
    expect(figures(rs, '项目数')[0]).toBe('3');
    expect(rs[1]!.unplaced?.length).toBeGreaterThan(0);
    expect(rs[1]!.text).toContain('未作查询');
  });
});

describe('各 / 分别 over alternatives', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:multi-each', PROJECTS.map(recordOfProject)));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const table = async (q: string) => {
    const rs = [await answer(q, user)].flat();
    expect(rs).toHaveLength(1);
    return rs[0]!.table?.rows.map((r) => [r[0], ...r.slice(1)]);
  };

  it('gives one figure per place, never one over the union', async () => {
    expect(await table('青塔和鲁谷各有几个项目')).toEqual([
      ['青塔', '3'],
      ['鲁谷', '2'],
    ]);
    expect(await table('青塔、鲁谷分别有多少个项目')).toEqual([
      ['青塔', '3'],
      ['鲁谷', '2'],
    ]);
  });

  it('gives one figure per year and per owner, the rest of the question kept', async () => {
    expect(await table('2021年和2024年的项目各有几个')).toEqual([
      ['2021年', '2'],
      ['2024年', '3'],
    ]);
    expect(await table('韩梅和邵峰分别负责多少预算')).toEqual([
      ['韩梅', '3', '130'],
      ['邵峰', '2', '220'],
    ]);
    expect(await table('2024年青塔和鲁谷各有几个项目')).toEqual([
      ['青塔', '2'],
      ['鲁谷', '1'],
    ]);
  });

  it('gives one figure per condition when 分别 goes over tests of different fields', async () => {
    expect(await table('分别统计一下没填年初预算和没填总分的项目数')).toEqual([
      ['年初预算数未填', '5'],
      ['总分未填', '1'],
    ]);
    expect(await table('青塔的项目里，总分没填和年初预算没填的各有几个')).toEqual([
      ['总分未填', '1'],
      ['年初预算数未填', '3'],
    ]);
    // without 分别 / 各 both tests hold at once
    const both = [await answer('没填年初预算和没填总分的项目有几个', user)].flat();
    expect(both).toHaveLength(1);
    expect(both[0]!.text).toContain('项目数：1');
  });

  it('leaves a figure asked of the alternatives together (一共) as one figure', async () => {
    const rs = [await answer('青塔和鲁谷一共有几个项目', user)].flat();
    expect(rs[0]!.text).toContain('项目数：5');
  });
});
