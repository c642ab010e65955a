/**
 * The lead's probe of stop 36 (questions of his own over the corpus, and the spot part's first run): the families
 * that failed, each said in ways of our own over offices, people and projects of our own — and the readings next to
 * them that must not change.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyIntent } from '../../src/bot/intent.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { rowsOfEarlier, splitAsks } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  type KnownProject,
  memoryChat,
  recordOfProject,
  vocabularyOfProjects,
} from './known-store.ts';

const PROJECTS: KnownProject[] = [
  {
    name: '社区食堂运营补贴',
    dept: '青石街道办事处',
    year: 2024,
    owner: '李娜',
    budget: 40,
    executed: 30,
    initial: 50,
    phone: '88776655',
  },
  {
    name: '社区路灯维护',
    dept: '青石街道办事处',
    year: 2024,
    owner: '李娜',
    budget: 60,
    executed: 60,
    initial: 60,
    phone: '88776655',
  },
  {
    name: '河道保洁经费',
    dept: '梅林镇人民政府',
    year: 2024,
    owner: '王强',
    budget: 100,
    executed: 90,
    initial: 80,
    phone: '66554433',
  },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const placed = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return p.query!;
};

describe('readings of stop 36', () => {
  it('按多到少排 / 由少到多: a direction said after 按 without its 从', () => {
    for (const [q, dir] of [
      ['各主管部门分别有几个项目，按多到少排', 'desc'],
      ['各单位的项目数按少到多排一下', 'asc'],
      ['各部门项目数由多到少', 'desc'],
    ] as const)
      expect(placed(q).order?.dir, q).toBe(dir);
  });

  it('每人 / 每位 / 各人: each 负责人 — the grouping by owner, said before or not', () => {
    for (const q of ['青石的项目按负责人统计一下，每人几个', '每人负责几个项目', '负责人每位几个项目']) {
      const query = placed(q);
      expect(query.groupBy, q).toBe('owner');
      expect(query.measures, q).toEqual([{ fn: 'count' }]);
    }
    // beside another grouping it is not read away
    expect(parse('按部门统计，每人几个').unplaced).toContain('每人');
  });

  it('a parenthesis naming the forms as the source, or a missing line as empty, adds nothing', () => {
    expect(placed('按主管部门（照表上写的）统计项目数').groupBy).toBe('department');
    expect(placed('各单位（以表上填写的为准）有几个项目').groupBy).toBeDefined();
    expect(JSON.stringify(placed('负责人没填（或者表上根本没这一栏）的项目有几个'))).toContain(
      '"type":"empty","field":"owner","empty":true',
    );
    // a missing line beside no empty test, and 表上 of a computed figure (the rate as written ≠ as computed), stay
    expect(parse('预算超过50万（或者表上没这一栏）的项目').unplaced.length).toBeGreaterThan(0);
    expect(parse('执行率低于90%（以表上填的为准）的项目').unplaced.length).toBeGreaterThan(0);
  });

  it('two fields compared, then 差了多少: their difference per project, when the store computes it', () => {
    expect(placed('年初预算和全年预算不一样的项目，差了多少').select).toEqual(['budgetAdjustment']);
    expect(placed('全年预算比年初预算高的，各差多少').select).toEqual(['budgetAdjustment']);
    expect(placed('执行数比预算少的项目，差额是多少').select).toEqual(['remaining']);
    // two fields with no computed difference: reported, never another figure
    expect(parse('得分和分值不一样的项目，差了多少').unplaced.length).toBeGreaterThan(0);
  });

  it('pinyin typed before the Chinese of a place: the stored place it spells', () => {
    const query = placed('qing石有几个项目');
    expect(JSON.stringify(query.filters)).toContain('青石街道办事处');
    expect(placed('mei林镇的项目预算多少').filters).toHaveLength(1);
    // spelling nothing there: reported
    expect(parse('xiao石有几个项目').unplaced).toContain('xiao石');
  });

  it('谁留的 / 谁填的 after a number: the 项目负责人 of the forms holding it', () => {
    expect(placed('88776655这个号码是谁留的').select).toEqual(['owner']);
    expect(placed('电话66554433是谁填的').select).toEqual(['owner']);
  });

  it('a cell left empty, said with a two-character verb: 没有填写 / 未设置 年度指标值', () => {
    for (const q of ['没有填写年度指标值的项目', '哪些项目未设置目标值', '有几个项目没有写年度指标值']) {
      const row = readRowQuestion(q, false);
      expect(row?.cells, q).toEqual([{ column: 'target', blank: true }]);
    }
  });

  it('the request opening a row question is no part of the row’s name', () => {
    for (const [q, term] of [
      ['统计一下产出指标没完成的', '产出'],
      ['帮我查一下效益指标扣分的', '效益'],
      ['请列出时效指标', '时效'],
      ['数量指标没完成的', '数量'],
    ] as const)
      expect(readRowQuestion(q, false)?.term, q).toBe(term);
  });

  it('a later ask about rows names the rows the ask before it named', () => {
    expect(rowsOfEarlier('有几条没完成', '数量')).toBe('有几条数量指标没完成');
    expect(rowsOfEarlier('扣了几条', null)).toBe('扣了几条指标');
    expect(rowsOfEarlier('满意度指标有几条', '数量')).toBe('满意度指标有几条');
  });

  it('和它们的 / 以及它的 X after the projects asked: X shown with them', () => {
    expect(plainWrittenRequest('总分最高的三个项目和它们的负责人')).toBe('总分最高的三个项目和负责人');
    expect(placed(plainWrittenRequest('预算最大的项目以及它的联系电话')).select).toContain('phone');
  });

  it('N个街道各自…: the number of the groups restated before 各 asks each group', () => {
    expect(plainWrittenRequest('四个街道各自预算最大的项目')).toBe('各街道预算最大的项目');
    expect(plainWrittenRequest('2024年3个部门分别有几个项目')).toBe('2024年各部门有几个项目');
    // not mid-sentence, where the groups may be the ones just named
    expect(plainWrittenRequest('青石和梅林两个街道各自的预算')).toContain('两个街道');
  });

  it('…的报给我 / 发给我: a request for what comes before it, never a correction nor a deferral', () => {
    const open = { labels: [], current: [] };
    for (const q of [
      '在吗 明天开会要用 青石总分不是满分的报给我',
      '执行率低于90%的名单发给我',
      '把没填电话的列一份给我',
    ])
      expect(classifyIntent(q, open).kind, q).toBe('question');
    expect(classifyIntent('好的 我明天再发给领导', open).kind).not.toBe('question');
    // a selection ending in 的 with 没写: asked, not the survey said not done
    expect(classifyIntent('满意度调查做了但没写满意度的', open).kind).not.toBe('notDone');
  });

  it('a spoken numeral before 以下 / 以上 / 以内 is the bound’s number', () => {
    expect(placed('总分九十以下的项目的负责人都是谁').filters).toEqual([
      { type: 'compare', field: 'totalScore', op: '<', value: 90 },
    ]);
    expect(placed('预算一百以内的项目').filters).toEqual([
      { type: 'compare', field: 'annualBudget', op: '<=', value: 100 },
    ]);
    // a cell's value said in words before the 但 of a second condition
    expect(placed('年初预算为零但全年有预算的项目').filters[0]).toEqual({
      type: 'compare',
      field: 'initialBudget',
      op: '=',
      value: 0,
    });
  });

  it('最差 / 最烂 / 最好 of a project with no field named: its 总分, said in the echo', () => {
    expect(placed('最烂的那个项目是哪个').order).toEqual({ by: 'totalScore', dir: 'asc' });
    expect(placed('青石最好的项目').order).toEqual({ by: 'totalScore', dir: 'desc' });
    expect(placed('哪个项目最差').order).toEqual({ by: 'totalScore', dir: 'asc' });
    // a field named keeps its own reading
    expect(placed('执行得最差的项目').order).toEqual({ by: 'executionRate', dir: 'asc' });
    expect(placed('预算最好的项目').order?.by).toBe('annualBudget');
  });

  it('把分最低的五个…: the bare 分 after the 把 opening the request is 总分', () => {
    expect(placed('把分最低的五个拉出来看看')).toMatchObject({
      order: { by: 'totalScore', dir: 'asc' },
      limit: 5,
    });
  });

  it('asks one after another with a space for a pause: cut only where each piece is a question of its own', () => {
    expect(splitAsks('青石的钱一共批了多少 花了多少')).toEqual(['青石的钱一共批了多少', '花了多少']);
    expect(splitAsks('谁 负责 几个项目')).toHaveLength(1);
    expect(splitAsks('在吗 明天开会要用 青石总分不是满分的报给我')).toHaveLength(1);
  });

  it('附上 / 带上 X after a list: the columns of that list, the same ask', () => {
    expect(splitAsks('帮我把扣分的指标都列出来，附上偏差原因')).toHaveLength(1);
    expect(splitAsks('执行率最低的5个项目，带上负责人和电话')).toHaveLength(1);
  });

  it('平均X低于… of groups: the bound moves onto each group’s average (a HAVING)', () => {
    expect(placed('各单位平均总分低于98分的有哪些')).toMatchObject({
      filters: [],
      measures: [{ fn: 'avg', field: 'totalScore' }],
      having: { measure: 0, op: '<', value: 98 },
    });
    // without 平均 the bound stays on each project
    expect(placed('各单位总分低于98分的项目数').filters).toHaveLength(1);
  });

  it('满意度 with a percentage, or ranked: the satisfaction the form states (满意率), never the points', () => {
    for (const q of ['满意度指标没有达到90%的有哪些项目', '青石满意度低于95%的项目', '满意度九成以下的项目'])
      expect(JSON.stringify(placed(q).filters), q).toContain('"field":"satisfactionRate"');
    expect(placed('青石满意度低于95%的项目').filters).toHaveLength(2);
    expect(placed('满意度最低的5个项目').order).toEqual({ by: 'satisfactionRate', dir: 'asc' });
    // the points and the score rate keep their fields
    expect(JSON.stringify(placed('满意度指标得分低于8分的项目'))).toContain('satisfactionScore"');
    expect(JSON.stringify(placed('满意度得分率低于90%的项目'))).toContain('satisfactionScoreRate');
  });

  it('…排，取前3个: the first N taken of the order', () => {
    expect(placed('青石的项目按预算从大到小排，取前2个')).toMatchObject({ limit: 2 });
    expect(placed('按预算排，只取前三')).toMatchObject({ limit: 3, order: { by: 'annualBudget' } });
  });

  it('同一个负责人名下…最低的: the top within each group, never the one of all', () => {
    expect(placed('同一个负责人名下执行率最低的项目')).toMatchObject({ per: 'owner', limit: 1 });
    expect(placed('同一部门里预算最大的项目')).toMatchObject({ per: 'department', limit: 1 });
  });

  it('项目最少的街道是哪个: the street at that end, the group noun said last', () => {
    for (const q of ['项目数量最少的街道是哪个', '预算最多的街道'])
      expect(placed(q).groupBy, q).toBe('street');
  });

  describe('answered over a store', () => {
    let store: Store;
    let message: ReturnType<typeof createAnswerMessage>;
    let user: Awaited<ReturnType<typeof adminStoreOf>>['user'];
    beforeAll(async () => {
      ({ store, user } = await adminStoreOf('u-lead36', [
        ...PROJECTS.map(recordOfProject),
        formWithRows('社区图书室', '竹园街道办事处', [
          indicatorRow('满意度指标', '服务对象满意度指标', '读者满意度', { actual: '85%', target: '≥90%' }),
        ]),
        formWithRows('文化活动', '松岭街道办事处', [
          indicatorRow('满意度指标', '服务对象满意度指标', '群众满意度', { actual: '96%', target: '≥90%' }),
        ]),
        formWithRows('绿化养护', '青石街道办事处', [
          indicatorRow('产出指标', '数量指标', '养护面积', { score: 8 }),
          indicatorRow('产出指标', '数量指标', '补植株数'),
          indicatorRow('产出指标', '质量指标', '成活率', { score: 6 }),
        ]),
      ]));
      message = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
    });
    afterAll(() => store.close());

    const chatOf = memoryChat;
    const texts = (r: Awaited<ReturnType<typeof message>>) => [r].flat().map((x) => x.text ?? '');
    const rowsOf = (r: Awaited<ReturnType<typeof message>>) => [r].flat().map((x) => x.table?.rows ?? []);

    it('谁负责的 / 电话多少 right after one project: that project’s, never every project’s', async () => {
      const chat = chatOf();
      await message('梅林预算最多的项目', user, chat);
      const who = await message('谁负责的', user, chat);
      expect(texts(who)[0]).toContain('接上一问');
      expect(rowsOf(who)[0]).toHaveLength(1);
      expect(JSON.stringify(rowsOf(who)[0])).toContain('王强');
      const phone = await message('电话多少', user, chat);
      expect(JSON.stringify(rowsOf(phone)[0])).toContain('66554433');
    });

    it('after an answer of many projects, a bare field ask stands alone (it names no project)', async () => {
      const chat = chatOf();
      await message('青石有几个项目', user, chat);
      const who = await message('负责人是谁', user, chat);
      expect(texts(who)[0]).not.toContain('接上一问');
    });

    it('X扣了几分，扣在哪: the rows of that project that lost points', async () => {
      const r = await message('绿化养护扣了几分，扣在哪', user);
      expect(texts(r)[1]).toContain('接上一问');
      expect(rowsOf(r)[1]!.map((row) => row[5])).toEqual(['养护面积', '成活率']);
    });

    it('a project’s 主管部门 asked: said in the sentence, not only shown in the table', async () => {
      const r = await message('河道保洁经费的主管部门是哪个', user);
      expect(texts(r)[0]).toContain('主管部门 梅林镇人民政府');
    });

    it('one field asked of several projects holding one value: the value said once', async () => {
      const r = await message('88776655这个号码是谁留的', user);
      expect(texts(r)[0]).toContain('这 2 个项目的项目负责人都是 李娜');
    });

    it('数量指标一共多少条，有几条没完成: the second count is of 数量指标 too', async () => {
      const r = await message('数量指标一共多少条，有几条没完成', user);
      expect(rowsOf(r)).toEqual([[['2']], [['1']]]);
    });

    it('A和B谁的项目最多: of two scopes, the one with more (最 of two is the more)', async () => {
      const r = await message('青石和梅林谁的项目最多', user);
      expect(texts(r)[0]).toContain('项目数较多的是「青石」');
    });

    it('哪些单位的项目都…: the groups whose every project meets it, never a count of those that do', async () => {
      // 青石's 绿化养护 names no 负责人: only 梅林 has every project's filled
      const r = await message('哪些单位的项目都填了负责人', user);
      expect(texts(r)[0]).toContain('项目全都「项目负责人已填」');
      expect(rowsOf(r)[0]).toEqual([['梅林镇人民政府', '1']]);
      // 青石 and 梅林 each hold a project not fully spent; the two offices of one fully spent form each are listed
      const spent = await message('哪个部门的项目全都执行完了', user);
      expect(
        rowsOf(spent)[0]!
          .map((row) => row[0])
          .sort(),
      ).toEqual(['松岭街道办事处', '竹园街道办事处']);
      const none = await message('哪些部门的项目都超过一千万', user);
      expect(texts(none)[0]).toContain('每一组都有不满足的项目');
    });

    it('各部门有几个项目，预算各是多少: the same groups, the figure of each', async () => {
      const r = await message('各部门有几个项目，预算各是多少', user);
      expect(texts(r)[1]).toContain('按主管部门统计；全年预算数合计');
      expect(rowsOf(r)[1]).toContainEqual(['梅林镇人民政府', '100']);
    });

    it('哪些部门的平均执行率低于91%: a bound on each group’s average, not on each project', async () => {
      // 青石: (75 + 100 + 100) ÷ 3 ≈ 91.7; 梅林: 90
      const r = await message('哪些部门的平均执行率低于91%', user);
      expect(rowsOf(r)[0]).toEqual([['梅林镇人民政府', '90']]);
    });

    it('松岭满意度低于97%: the place kept with the stated satisfaction (it had been dropped)', async () => {
      const r = await message('松岭满意度低于97%的项目', user);
      expect(rowsOf(r)[0]!.map((row) => row[0])).toEqual(['文化活动']);
      expect(texts(r)[0]).toContain('实际完成值');
      const all = await message('满意度低于97%的项目', user);
      expect(
        rowsOf(all)[0]!
          .map((row) => row[0])
          .sort(),
      ).toEqual(['文化活动', '社区图书室']);
    });

    it('青石有几个项目，占比多少: the share of the count just answered in the whole', async () => {
      for (const q of ['青石有几个项目，占比多少', '梅林的项目有几个，比例是多少'])
        expect(texts(await message(q, user)).at(-1), q).toContain('占全部项目数的百分比');
    });

    it('X花了多少钱，合多少亿: the amount just added up, in the unit asked (not the budget)', async () => {
      const r = await message('梅林的项目花了多少钱，合多少元', user);
      expect(texts(r).at(-1)).toContain('全年执行数合计，换算成元');
      expect(texts(r).at(-1)).not.toContain('全年预算数');
    });

    it('a typo corrected in a bound keeps the bound (执形率不足91%), never a computation', async () => {
      const r = await message('执形率不足91%的项目有几个', user);
      expect(texts(r)[0]).toContain('执行率低于91%');
      expect(texts(r)[0]).not.toContain('减去');
    });

    it('批了多少，用掉多少: 用掉 is the spending', async () => {
      const r = await message('梅林总共批了多少钱，用掉多少', user);
      expect(rowsOf(r).at(-1)).toEqual([['90']]);
    });

    it('年初预算和全年预算不一样的项目，差了多少: each with its 预算调整数', async () => {
      const r = await message('年初预算和全年预算不一样的项目，差了多少', user);
      expect(texts(r)[0]).toContain('预算调整数＝全年预算数−年初预算数');
      expect(rowsOf(r)[0]).toHaveLength(2);
    });
  });
});
