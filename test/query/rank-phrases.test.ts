/**
 * Rankings said in general Chinese (rank-phrases.ts, superlative-words.ts, list-pointer.ts): ordinals counted from an
 * end with a verb of counting, the places of a contest, both ends at once, superlatives by the kind of their field,
 * sorts said as a queue, a closing 按X that restates the field, a set counted in 张 / 笔, and an ordinal pointing into
 * the previous answer's list. Variants of our own over a small store whose order is done by hand below.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import type { QuestionChat } from '../../src/query/context.ts';
import { readListPointer } from '../../src/query/list-pointer.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readRanking } from '../../src/query/rank.ts';
import { bothEnds } from '../../src/query/rank-phrases.ts';
import { plainAsking } from '../../src/query/spoken-shapes.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, memoryChat } from './known-store.ts';
import { understoodBy } from './understood.ts';

/** Budgets 500 > 300 = 300 > 120 > 80 > 40; 石景 has the last three. 初 is each one's 年初预算. */
const PROJECTS = [
  { name: '永定桥加固', dept: '卢沟街道办事处', budget: 500, initial: 450, total: 92, owner: '郑一' },
  { name: '卢沟文化节', dept: '卢沟街道办事处', budget: 300, initial: 350, total: 97, owner: '郑二' },
  { name: '卢沟垃圾清运', dept: '卢沟街道办事处', budget: 300, initial: 260, total: 88, owner: '郑三' },
  { name: '石景助残服务', dept: '石景街道办事处', budget: 120, initial: 200, total: 95, owner: '郑四' },
  { name: '石景人口普查', dept: '石景街道办事处', budget: 80, initial: 80, total: 99, owner: '郑五' },
  { name: '石景路灯维护', dept: '石景街道办事处', budget: 40, initial: 10, total: 90, owner: '郑六' },
];

function recordOf(p: (typeof PROJECTS)[number]): FormRecord {
  const r = emptyRecord();
  r.funds.total.annualBudget = { raw: String(p.budget), value: p.budget };
  r.funds.total.initialBudget = { raw: String(p.initial), value: p.initial };
  return {
    ...r,
    year: 2024,
    projectName: p.name,
    department: p.dept,
    implementingUnit: p.dept,
    owner: p.owner,
    totalScore: p.total,
  };
}

const VOCAB = vocabularyOf(
  PROJECTS.map((p) => ({
    department: p.dept,
    implementingUnit: p.dept,
    owner: p.owner,
    projectName: p.name,
  })),
);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const read = understoodBy(parse);
/** A question read through the ranking words first, as answer.ts does. */
const ranked = (q: string) => {
  const r = readRanking(q);
  return { nth: r?.nth, query: read(r?.text ?? q) };
};

describe('ordinals counted with a verb of counting', () => {
  it('reads an order said with 往 / 向 and a verb of counting, the place in it', () => {
    expect(ranked('总分从高往低数，第3个是哪个')).toMatchObject({
      nth: 3,
      query: { order: { by: 'totalScore', dir: 'desc' } },
    });
    expect(ranked('全年预算由小向大算第四名')).toMatchObject({
      nth: 4,
      query: { order: { by: 'annualBudget', dir: 'asc' } },
    });
  });

  it('reads counting from the end and from the start', () => {
    expect(ranked('全年预算倒过来数第2个')).toMatchObject({
      nth: 2,
      query: { order: { by: 'annualBudget', dir: 'asc' } },
    });
    expect(ranked('总分从后往前数第三的项目')).toMatchObject({
      nth: 3,
      query: { order: { by: 'totalScore', dir: 'asc' } },
    });
    expect(ranked('年初预算顺着数第2的是哪个')).toMatchObject({
      nth: 2,
      query: { order: { by: 'initialBudget', dir: 'desc' } },
    });
    expect(ranked('总分正数第二')).toMatchObject({ nth: 2, query: { order: { dir: 'desc' } } });
  });

  it('reads a place said exactly and the places of a contest', () => {
    expect(ranked('全年预算正好排在第5名的项目')).toMatchObject({
      nth: 5,
      query: { order: { by: 'annualBudget', dir: 'desc' } },
    });
    expect(ranked('卢沟总分季军是哪个')).toMatchObject({ nth: 3, query: { order: { by: 'totalScore' } } });
    expect(ranked('石景预算榜眼')).toMatchObject({ nth: 2, query: { order: { by: 'annualBudget' } } });
    expect(ranked('总分吊车尾的项目').query).toMatchObject({ order: { by: 'totalScore', dir: 'asc' } });
  });

  it('leaves 正数 as a number and 第N of other things alone', () => {
    expect(readRanking('预算调整数是正数的项目')).toBeNull();
    expect(readRanking('第三批项目的总分')).toBeNull();
  });

  it('reads both ends asked at once as two asks, places next to each other as a span', () => {
    expect(bothEnds('总分倒数第二和正数第二分别是哪个')).toBe('总分倒数第二的是哪个？总分正数第二的是哪个？');
    expect(bothEnds('年初预算最高的和最低的各是哪个项目')).toBe(
      '年初预算最高的是哪个项目？年初预算最低的是哪个项目？',
    );
    expect(bothEnds('总分第二和第三分别是哪个')).toBeNull();
    expect(bothEnds('卢沟和石景分别是多少个')).toBeNull();
  });
});

describe('superlatives and sorts of general Chinese', () => {
  it('reads a rate verb with a word of quality as the rate', () => {
    expect(read('石景的项目里谁执行情况最好')).toMatchObject({
      order: { by: 'executionRate', dir: 'desc' },
    });
    expect(read('卢沟执行得最不理想的两个')).toMatchObject({
      order: { by: 'executionRate', dir: 'asc' },
      limit: 2,
    });
    // 执行得分 is the score, untouched.
    expect(read('预算执行得分最差的')).toMatchObject({ order: { by: 'budgetScore', dir: 'asc' } });
  });

  it('reads a word of price as an amount: the one named, else 全年预算', () => {
    expect(read('最贵的两个项目')).toMatchObject({ order: { by: 'annualBudget', dir: 'desc' }, limit: 2 });
    expect(read('石景哪个最省钱')).toMatchObject({ order: { by: 'annualBudget', dir: 'asc' } });
    expect(read('年初预算最便宜的是哪个')).toMatchObject({ order: { by: 'initialBudget', dir: 'asc' } });
  });

  it('reads a verb of adjusting with a word of degree as 预算调整数', () => {
    expect(read('从年初到全年砍得最多的项目')).toMatchObject({
      order: { by: 'budgetAdjustment', dir: 'asc' },
    });
    expect(read('哪个项目调增幅度最大')).toMatchObject({ order: { by: 'budgetAdjustment', dir: 'desc' } });
    expect(read('全年预算比年初少得最多的是哪个')).toMatchObject({
      order: { by: 'budgetAdjustment', dir: 'asc' },
    });
    // The parenthesis saying it again adds nothing.
    expect(read('上调金额最大的项目（预算调整数最高的）')).toMatchObject({
      order: { by: 'budgetAdjustment', dir: 'desc' },
    });
  });

  it('reads a sort said as a queue and which end goes first by quality', () => {
    expect(read('卢沟按总分排一排')).toMatchObject({ order: { by: 'totalScore' } });
    expect(read('按执行率排个顺序，最好的放前面')).toMatchObject({
      order: { by: 'executionRate', dir: 'desc' },
    });
    expect(read('总分从高到低排好队')).toMatchObject({ order: { by: 'totalScore', dir: 'desc' } });
  });

  it('reads a closing 按X that restates the field ranked, and reports one of another field', () => {
    expect(read('石景分数最低的两个，按总分')).toMatchObject({
      order: { by: 'totalScore', dir: 'asc' },
      limit: 2,
    });
    expect(read('预算最多的三个项目，按照全年预算来算')).toMatchObject({
      order: { by: 'annualBudget', dir: 'desc' },
      limit: 3,
    });
    expect(parse('石景分数最低的两个，按执行率').unplaced).toContain('按');
  });

  it('reads the count at an end with its ties, and a ranking of owners by a figure of their projects', () => {
    // 最高分 alone is the highest 总分; 总分的最高分和最低分 say 分 again after each end.
    expect(read('卢沟项目的最高分是多少')).toMatchObject({ order: { by: 'totalScore', dir: 'desc' } });
    expect(read('最低分的项目是哪个')).toMatchObject({ order: { by: 'totalScore', dir: 'asc' } });
    expect(bothEnds(plainAsking('总分的最高分和最低分各是多少'))).toBe(
      '总分最高的是多少？总分最低的是多少？',
    );
    expect(read('总分最高分有几个项目并列')).toMatchObject({
      order: { by: 'totalScore', dir: 'desc' },
      limit: 1,
      ties: true,
      measures: [{ fn: 'count' }],
    });
    expect(read('谁手上的项目年初预算加在一起最少')).toMatchObject({
      groupBy: 'owner',
      order: { dir: 'asc' },
    });
    expect(read('谁负责的项目最多')).toMatchObject({ groupBy: 'owner', order: { dir: 'desc' } });
    // A project's own figure asked with 谁: the project, its owner shown (no ranking of owners).
    expect(read('谁负责的项目总分最低')).toMatchObject({ order: { by: 'totalScore', dir: 'asc' } });
    expect(read('谁负责的项目总分最低').groupBy).toBeUndefined();
  });

  it('reads a form or a sum counted in 张 / 份 / 笔 as a count', () => {
    expect(read('总分最高的两张表')).toMatchObject({ order: { by: 'totalScore' }, limit: 2 });
    expect(read('全年预算最小的三份')).toMatchObject({ order: { by: 'annualBudget', dir: 'asc' }, limit: 3 });
  });
});

describe('an ordinal pointing into the previous list', () => {
  it('reads the place and what is asked of it, never a ranking', () => {
    expect(readListPointer('第三个是啥')).toMatchObject({ place: 3, fromEnd: false, rest: '是啥' });
    expect(readListPointer('那最后一个呢')).toMatchObject({ place: 1, fromEnd: true });
    expect(readListPointer('倒数第二个的电话')).toMatchObject({ place: 2, fromEnd: true });
    expect(readListPointer('第二多的是哪个')).toBeNull();
    expect(readListPointer('按总分排第二个')).toBeNull();
  });
});

describe('answering', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:rank-phrases', PROJECTS.map(recordOf)));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const chatOf = memoryChat;
  const replies = async (q: string, chat?: QuestionChat): Promise<Reply[]> =>
    [await answer(q, user, chat)].flat();
  const names = async (q: string, chat?: QuestionChat) =>
    (await replies(q, chat)).flatMap((r) => r.table?.rows.map((row) => row[0]) ?? []);

  it('answers places counted from an end', async () => {
    expect(await names('全年预算从小往大数，第2个是哪个项目')).toEqual(['石景人口普查']);
    // Totals from low to high: 88, 90, 92…
    expect(await names('总分倒着数第二的项目')).toEqual(['石景路灯维护']);
    expect(await names('总分亚军是哪个')).toEqual(['卢沟文化节']);
  });

  it('answers both ends, one ask each', async () => {
    const both = await replies('总分倒数第一和正数第一分别是哪个');
    expect(both).toHaveLength(2);
    expect(both.map((r) => r.table?.rows[0]?.[0])).toEqual(['卢沟垃圾清运', '石景人口普查']);
  });

  it('answers superlatives by kind: 调减得最狠 is the lowest 预算调整数', async () => {
    // 预算调整数: +50, −50, +40, −80, 0, +30.
    expect(await names('年初到全年，预算调减得最狠的是哪个')).toEqual(['石景助残服务']);
    expect(await names('追加最多的项目')).toEqual(['永定桥加固']);
    expect(await names('石景最便宜的那个')).toEqual(['石景路灯维护']);
  });

  it('checks a count said of the set a ranking is taken from', async () => {
    expect(await names('石景那三张表里，全年预算最大的两张')).toEqual(['石景助残服务', '石景人口普查']);
    const off = (await replies('卢沟那两张表里，总分最高的'))[0]!;
    expect(off.table).toBeUndefined();
    expect(off.text).toContain('您说的是 2 个项目');
    // 哪两个 asks which ones: no count of the set.
    expect((await replies('石景哪两个项目预算最高'))[0]!.text).not.toContain('您说的是');
  });

  it('answers a place in the previous list, with the field asked', async () => {
    const chat = chatOf();
    expect(await names('石景的项目按全年预算从高到低排', chat)).toEqual([
      '石景助残服务',
      '石景人口普查',
      '石景路灯维护',
    ]);
    expect(await names('第二个是啥', chat)).toEqual(['石景人口普查']);
    await names('石景的项目按全年预算从高到低排', chat);
    const owner = (await replies('把第三个的负责人告诉我', chat))[0]!;
    expect(owner.table?.rows[0]).toContain('郑六');
    await names('石景的项目按全年预算从高到低排', chat);
    expect(await names('最后一个呢', chat)).toEqual(['石景路灯维护']);
    await names('石景的项目按全年预算从高到低排', chat);
    const beyond = (await replies('第五个是哪个', chat))[0]!;
    expect(beyond.text).toContain('共 3 项，没有「第5个」');
    // 哪个分最低 after a list of a scope: within that scope.
    await names('石景的项目有哪些', chat);
    expect(await names('哪个分最低', chat)).toEqual(['石景路灯维护']);
    // …，再按X排一下 in the same message: the list sorted replaces the list.
    const narrowed = chatOf();
    await replies('总分高于80分的项目', narrowed);
    const sorted = await replies('只要卢沟的，再按总分排一下', narrowed);
    expect(sorted).toHaveLength(1);
    expect(sorted[0]!.table?.rows.map((r) => r[0])).toEqual(['卢沟文化节', '永定桥加固', '卢沟垃圾清运']);
    // After a count there is no list to point into: not read as a place.
    const counted = chatOf();
    await replies('石景有几个项目', counted);
    expect((await replies('第二个是啥', counted))[0]!.table).toBeUndefined();
  });
});
