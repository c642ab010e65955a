import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import type { AskedQuestion } from '../../src/query/context.ts';
import { moveInsertedAsk } from '../../src/query/inserted-ask.ts';
import { rowsOfEarlier } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, formWithRows, indicatorRow as row } from './known-store.ts';
import { understoodBy } from './understood.ts';

/**
 * Indicator-row questions said as staff say them (issue 10, qind4): the ask put between a field and its predicate
 * (满意度指标有几个项目没拿满分), rows 扣了 without 分, two asks about rows in one message (指标一共几条，扣了几条), and
 * rows worth 0 points that 一分没得 never counts. Wordings of our own, over stores of our own.
 */
const VOCAB = vocabularyOf([
  {
    department: '北京市密云区溪翁庄镇人民政府',
    implementingUnit: '溪翁庄镇社会事务办公室',
    owner: '蔺冬梅',
    projectName: '溪翁庄镇养老驿站运营',
    year: 2041,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2042);
const understood = understoodBy(parse);

describe('an ask put between a field and what is said of it', () => {
  it('moves the ask before the field, so the field keeps its predicate', () => {
    for (const [q, moved] of [
      ['预算执行得分有多少个项目没拿满分', '有多少个项目预算执行得分没拿满分'],
      ['总分哪几个项目低于80分', '哪几个项目总分低于80分'],
      ['联系电话有哪些项目还没填', '有哪些项目联系电话还没填'],
      ['满意度有几个没拿到满分', '有几个项目满意度没拿到满分'],
    ])
      expect(moveInsertedAsk(q!), q).toBe(moved);
  });

  it('leaves a scope before the ask, an amount asked and a field inside a longer word where they are', () => {
    for (const q of [
      '溪翁庄镇有几个项目没填电话',
      '钱还剩多少没花',
      '2041年有多少个项目总分低于90',
      '执行率有多少低于90',
    ])
      expect(moveInsertedAsk(q), q).toBe(q);
  });

  it('reads the satisfaction rows, not the total, as what lost points (was 总分 < 100)', () => {
    const said = understood('满意度指标有几个项目没拿满分');
    expect(said).toEqual(understood('满意度指标没拿满分的项目有几个'));
    expect(JSON.stringify(said.filters)).not.toContain('totalScore');
    const budget = understood('预算执行有多少个项目没拿满分');
    expect(budget.filters).toEqual([{ type: 'fields', left: 'budgetScore', op: '<', right: 'budgetWeight' }]);
  });
});

describe('rows that lost points, said with 扣 alone', () => {
  it('扣了 / 被扣的 / 扣掉 of rows is 得分 below 分值', () => {
    for (const q of ['扣了几条指标', '哪几条指标被扣了', '指标里扣掉的有多少条', '被扣过的三级指标列一下'])
      expect(readRowQuestion(q, false), q).toMatchObject({
        score: 'lost',
        rest: expect.not.stringMatching(/扣/),
      });
    expect(readRowQuestion('扣了几条指标', false)?.output).toBe('countRows');
  });

  it('扣了几分 stays the column asked; 没扣 is never read as lost', () => {
    expect(readRowQuestion('甲项目的质量指标扣了几分', false)?.columns).toContain('lost');
    const none = readRowQuestion('没扣的指标有几条', false);
    expect(none?.score).toBeUndefined();
    expect(none?.rest).toContain('没');
  });

  it('a later ask that counts 条 without naming them is about the rows of the ask before', () => {
    expect(rowsOfEarlier('扣了几条')).toBe('扣了几条指标');
    expect(rowsOfEarlier('没拿满分的有多少条')).toBe('没拿满分的有多少条指标');
    expect(rowsOfEarlier('质量指标有几条')).toBe('质量指标有几条');
    expect(rowsOfEarlier('总分多少')).toBe('总分多少');
  });
});

describe('two asks about rows in one message, and rows worth nothing', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:row-asks', [
      formWithRows('溪翁庄镇养老驿站运营', '溪翁庄镇人民政府', [
        row('产出指标', '数量指标', '服务老人人次', { weight: 20, score: 18 }),
        row('产出指标', '时效指标', '全年开放'),
        row('效益指标', '生态效益指标', '不适用', { weight: 0, score: 0 }),
        row('满意度指标', '服务对象满意度指标', '老人满意度', { weight: 10, score: 0 }),
      ]),
      formWithRows('穆家峪镇河道巡查', '穆家峪镇人民政府', [
        row('产出指标', '数量指标', '巡查次数', { weight: 30, score: 25 }),
        row('产出指标', '质量指标', '问题处置率'),
        row('满意度指标', '服务对象满意度指标', '村民满意度'),
      ]),
    ]));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  const replies = async (q: string): Promise<Reply[]> => [await answer(q, user)].flat();
  const figures = (rs: Reply[]) => rs.map((r) => r.text?.match(/(?:指标条数|项目数)：(\d+)/)?.[1] ?? null);

  it('指标一共几条，扣了几条: both counted, the second of the rows that lost points (was a list of projects)', async () => {
    for (const q of ['指标一共几条，扣了几条', '总共多少条指标？没拿满分的有几条？'])
      expect(figures(await replies(q)), q).toEqual(['7', '3']);
  });

  it('a later ask about rows keeps the forms the ask before it was about', async () => {
    expect(figures(await replies('溪翁庄镇的指标有几条，扣分的有几条'))).toEqual(['4', '2']);
    expect(figures(await replies('穆家峪镇的项目有几个，扣分的指标有几条'))).toEqual(['1', '1']);
    // 全部 says the later ask is over every form
    expect(figures(await replies('穆家峪镇的项目有几个，全部扣分的指标有几条'))).toEqual(['1', '3']);
  });

  it('它们扣分的指标有几条 after a question about projects counts the rows of those projects (was: the projects again)', async () => {
    const followUp = async (before: string, q: string) => {
      let kept: AskedQuestion | null = null;
      await answer(before, user, { previous: null, remember: (a) => (kept = a) });
      return [await answer(q, user, { previous: kept, remember: () => {} })].flat();
    };
    // 溪翁庄镇: 服务老人人次 18 of 20 and 老人满意度 0 of 10 lost points; its 不适用 row of 分值 0 did not
    const rs = await followUp('溪翁庄镇的项目有几个', '它们扣分的指标有几条');
    expect(figures(rs)).toEqual(['2']);
    expect(rs[0]!.text).toContain('接上一问');
    expect(figures(await followUp('总分没填的项目有哪些', '这些项目里满意度指标有几条'))).toEqual(['2']);
    // in one message, the later ask points back at the projects of the earlier one
    expect(figures(await replies('溪翁庄镇的项目有几个，它们扣分的指标有几条'))).toEqual(['1', '2']);
    // the first N of an order has no set its conditions alone give back: not read over the rows
    const ranked = await followUp('总分最低的1个项目', '它们扣分的指标有几条');
    expect(figures(ranked)).not.toEqual(['3']);
  });

  it('一分没得 / 得分为0 counts rows that carry points, not a 不适用 row worth 0, and says so', async () => {
    for (const q of ['一分没得的指标有几条', '得分是0的指标有多少条']) {
      const [r] = await replies(q);
      expect(figures([r!]), q).toEqual(['1']);
      expect(r!.text, q).toContain('只算分值不为0的指标');
    }
  });
});

describe('rows counted per level (按一级指标分)', () => {
  it('reads the grouping, the level and the kinds listed, none of them a row’s name', () => {
    expect(readRowQuestion('按一级指标统计：产出、效益和满意度分别多少条', false)).toMatchObject({
      term: null,
      output: 'groupLevel',
      groupBy: { level: 1, kinds: ['产出', '效益', '满意度'] },
      rest: '',
    });
    expect(readRowQuestion('甲项目每个二级指标下面有几条指标', false)).toMatchObject({
      output: 'groupLevel',
      groupBy: { level: 2, kinds: [] },
      rest: '甲',
    });
    expect(readRowQuestion('扣了分的指标按二级指标分一下，各几条', false)).toMatchObject({
      score: 'lost',
      output: 'groupLevel',
      groupBy: { level: 2 },
    });
    // no count of rows asked: no grouping of rows
    expect(readRowQuestion('按一级指标列出甲项目的指标', false)?.output).not.toBe('groupLevel');
  });

  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:row-levels', [
      formWithRows('冯家峪镇水库巡护', '冯家峪镇人民政府', [
        // the merged 一级 cell left empty on the form: the 二级指标 kind says 产出
        row('', '数量指标', '巡护天数'),
        row('', '时效指标', '按月巡护', { weight: 10, score: 8 }),
        row('效益指标', '生态效益指标', '水质达标'),
        row('满意度\n指标', '服务对象满意度指标', '村民满意度'),
      ]),
      formWithRows('高岭镇道路养护', '高岭镇人民政府', [
        row('产出指标', '质量指标', '路面完好率', { weight: 20, score: 15 }),
        row('效益指标', '社会效益指标', '出行便利'),
      ]),
    ]));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const table = async (q: string) => {
    const r = [await answer(q, user)].flat()[0]!;
    return { text: r.text ?? '', rows: r.table?.rows ?? [] };
  };

  it('counts the kinds listed, named as the forms name them, an empty 一级 cell placed by its 二级指标', async () => {
    const r = await table('按一级指标分，产出、效益、满意度各有几条指标');
    expect(r.rows).toEqual([
      ['产出指标', '3'],
      ['效益指标', '2'],
      ['满意度指标', '1'],
    ]);
    expect(r.text).toContain('一级指标没填的按二级指标归类');
  });

  it('each label of the forms when none is listed, within the scope and the rows’ condition', async () => {
    expect((await table('冯家峪镇的项目每个一级指标下有多少条指标')).rows).toEqual([
      ['产出指标', '2'],
      ['效益指标', '1'],
      ['满意度指标', '1'],
    ]);
    expect((await table('扣了分的指标按二级指标分，各有几条')).rows).toEqual([
      ['时效指标', '1'],
      ['质量指标', '1'],
    ]);
  });
});
