/**
 * The lead's probe of stop 38 (money questions of his own, and the first runs of the mirror and twin parts: an
 * auditor's and a 绩效科 officer's written register, an accountant's and a community worker's phone): the families that
 * failed, each said in ways of our own over offices, people and projects of our own — and the readings next to them
 * that must not change.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandsAsked } from '../../src/query/amount-bands.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readPhoneFilter } from '../../src/query/phone-filter.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  type KnownProject,
  recordOfProject,
  vocabularyOfProjects,
} from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '社区食堂运营补贴', dept: '青石街道办事处', year: 2024, owner: '李娜', budget: 8, initial: 10 },
  { name: '社区路灯维护', dept: '青石街道办事处', year: 2024, owner: '李娜', budget: 30, phone: '66012345' },
  { name: '河道保洁经费', dept: '梅林镇人民政府', year: 2024, owner: '王强', budget: 120, initial: 80 },
  {
    name: '公园绿地养护资金',
    dept: '梅林镇人民政府',
    year: 2024,
    owner: '王强',
    budget: 50,
    phone: '66012345',
  },
  { name: '老旧小区雨污分流改造工程项目', dept: '梅林镇人民政府', year: 2024, owner: '赵敏', budget: 10 },
  { name: '图书角补贴', dept: '松岭街道办事处', year: 2024, owner: '周敏', budget: 0.5 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const placed = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return p.query!;
};

describe('readings of stop 38', () => {
  it('two bounds of one figure no project meets both of, joined by 和: either of them, never both (0)', () => {
    const q = placed('全年预算10万以下和50万以上的项目有几个');
    expect(q.filters).toEqual([
      {
        type: 'any',
        filters: [
          { type: 'compare', field: 'annualBudget', op: '<', value: 10 },
          { type: 'compare', field: 'annualBudget', op: '>=', value: 50 },
        ],
      },
    ]);
    // bounds that overlap stay both (a range), and so do bounds of two figures
    expect(placed('预算大于10万和小于50万的项目').filters).toHaveLength(2);
    expect(placed('执行率低于90%和总分低于80分的项目').filters).toHaveLength(2);
  });

  it('a place run into words of a project’s name: both, never the place lost in a loose match of the name', () => {
    const q = placed('青石路灯维护的负责人');
    expect(JSON.stringify(q.filters)).toContain('社区路灯维护');
    expect(JSON.stringify(q.filters)).toContain('青石街道办事处');
    // 社区路灯维护 is 青石's: said of 梅林 the place stays (and nothing is found), never dropped
    expect(JSON.stringify(placed('梅林路灯维护的负责人').filters)).toContain('梅林镇人民政府');
    // a general word after the place stays no name (项目 is every project's)
    expect(JSON.stringify(placed('梅林项目有几个').filters)).not.toContain('projectName');
  });

  it('the noun of a name said apart after a pointer (公园绿地养护那个资金) is the project’s, not a word left over', () => {
    expect(JSON.stringify(placed('公园绿地养护那个资金 负责人是谁').filters)).toContain('公园绿地养护资金');
  });

  it('a name found before 的 and words after it (…的合同金额): those words are reported, never swallowed by similarity', () => {
    const p = parse('河道保洁经费的合同金额是多少');
    expect(p.unplaced).toContain('合同金额');
  });

  it('a phone number asked whose it is, or which projects wrote it', () => {
    expect(readPhoneFilter('66012345这号谁的').filters).toEqual([{ type: 'phone', digits: '66012345' }]);
    expect(placed('66012345是哪位同志的联系电话').select).toEqual(['owner']);
    const listed = placed('66012345是哪几个项目留的电话');
    expect(listed.groupBy).toBeUndefined();
    expect(listed.filters).toEqual([{ type: 'phone', digits: '66012345' }]);
  });

  it('words of a phone and a chat: 俩, 同志 after a name, 亲, stickers, 哪些表, 给我下', () => {
    expect(placed('青石俩项目预算一共多少').measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    expect(JSON.stringify(placed('请统计王强同志负责的项目个数').filters)).toContain('王强');
    expect(placed('亲 问下河道保洁经费负责人是谁[捂脸]').select).toEqual(['owner']);
    expect(placed('哪些表负责人没填').filters).toEqual([{ type: 'empty', field: 'owner', empty: true }]);
    expect(placed('河道保洁经费那个 联系电话给我下').select).toEqual(['phone']);
    // 他俩 is two people, no count
    expect(parse('他俩负责的项目').unplaced).not.toEqual([]);
  });

  it('the form by its full title, counted in 份', () => {
    const q = placed('请统计梅林镇人民政府2024年度项目支出绩效自评表的份数');
    expect(q.measures).toEqual([{ fn: 'count' }]);
    expect(JSON.stringify(q.filters)).toContain('2024');
  });

  it('按金额由高到低 after a ranking by an amount is that ranking; after a ranking by a score it is reported', () => {
    expect(placed('请列出全年预算数排名前五的项目，按金额由高到低排列').order).toEqual({
      by: 'annualBudget',
      dir: 'desc',
    });
    expect(parse('总分前五的项目按金额由高到低排列').unplaced).toContain('金额');
  });

  it('English: the 3 projects … with the lowest X is the lowest 3; a year stays a year', () => {
    expect(placed('show me the 3 projects of 梅林 with the lowest 全年预算').limit).toBe(3);
    const year = placed('the 2024 project with the highest annual budget');
    expect(year.limit).toBe(1);
    expect(JSON.stringify(year.filters)).toContain('2024');
  });

  it('a written request: 复核 / 经统计 opening it, 为何 asking what a cell holds, 较 as 比, 其 after a verb', () => {
    expect(plainWrittenRequest('经统计，执行率未达100%的项目共计多少个')).toBe(
      '执行率未达100%的项目共计多少个',
    );
    expect(plainWrittenRequest('复核满意度指标存在扣分情况的项目')).toBe('满意度指标扣分的项目');
    expect(plainWrittenRequest('河道保洁经费表上填报的实施单位为何？')).toContain('实施单位是什么');
    // 为何 asking why stays
    expect(plainWrittenRequest('河道保洁经费为何没填负责人')).toContain('为何');
    expect(plainWrittenRequest('全年预算数较年初预算数增加最多的项目')).toBe(
      '全年预算数比年初预算数增加最多的项目',
    );
    expect(plainWrittenRequest('执行率较高的项目')).toBe('执行率较高的项目');
    expect(plainWrittenRequest('请统计王强负责的项目个数，并计算其全年执行数合计')).toBe(
      '请统计王强负责的项目个数,及全年执行数合计',
    );
  });

  it('a field typed in pinyin, and the north-east’s and a written request’s words', () => {
    expect(placed('梅林zhixinglv最低的项目').order).toEqual({ by: 'executionRate', dir: 'asc' });
    expect(placed('河道保洁经费的fuzeren是谁').select).toEqual(['owner']);
    expect(placed('俺们梅林一共整了多老些项目').measures).toEqual([{ fn: 'count' }]);
    expect(JSON.stringify(placed('咱梅林那旮旯的项目有几个').filters)).toContain('梅林镇人民政府');
    expect(placed('按年度列明项目个数').groupBy).toBe('year');
    expect(placed('有无全年执行数超过全年预算数的项目').filters).toEqual([
      { type: 'fields', left: 'executed', op: '>', right: 'annualBudget' },
    ]);
    // an English word of four letters or more that spells no field stays as it was
    expect(parse('梅林 budget 合计').query?.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
  });

  it('第三批 / 第2期 are pieces of a name, never an amount', () => {
    const p = parse('社区食堂第三批 执行了多少');
    expect(JSON.stringify(p.query?.filters ?? [])).not.toContain('compare');
  });

  it('written: 是否填写 asks for the empty ones, 调增金额 is the change, a parenthesis restating a cut adds nothing', () => {
    expect(plainWrittenRequest('核查梅林镇人民政府各项目负责人是否填写')).toBe('梅林镇人民政府负责人没填吗');
    expect(plainWrittenRequest('全年预算数较年初预算数调增金额最大的是哪个项目')).toBe(
      '全年预算数比年初预算数调增最大的是哪个项目',
    );
    expect(plainWrittenRequest('全年预算数低于年初预算数（即年中调减）的项目有多少个')).toBe(
      '全年预算数低于年初预算数的项目有多少个',
    );
    expect(plainWrittenRequest('请计算梅林的全年预算数合计')).toBe('请统计梅林的全年预算数合计');
    // 计算机… is a name, no verb
    expect(plainWrittenRequest('请计算机房改造的全年预算数')).toBe('请计算机房改造的全年预算数');
  });

  it('bands of one figure asked each (分段 / 各有几个); without such a word the list is one set', () => {
    const b = bandsAsked('按预算金额分段统计项目个数：10万以下、10到50万、50万以上', VOCAB, 2025);
    expect(b?.field).toBe('annualBudget');
    expect(b?.bands.map((x) => [x.lo, x.hi, x.hiOpen])).toEqual([
      [null, 10, true],
      [10, 50, true],
      [50, null, false],
    ]);
    expect(bandsAsked('梅林的项目总分90分以上、80到90分、80分以下各有几个', VOCAB, 2025)?.field).toBe(
      'totalScore',
    );
    expect(bandsAsked('全年预算10万以下和50万以上的项目有几个', VOCAB, 2025)).toBeNull();
  });

  describe('answered over a store', () => {
    let store: Store;
    let message: ReturnType<typeof createAnswerMessage>;
    let user: Awaited<ReturnType<typeof adminStoreOf>>['user'];
    beforeAll(async () => {
      ({ store, user } = await adminStoreOf('u-lead38', [
        ...PROJECTS.map(recordOfProject),
        formWithRows('社区文化活动补助资金', '竹园街道办事处', [
          indicatorRow('产出指标', '数量指标', '指标3：参与人数', { actual: '1200' }),
          indicatorRow('产出指标', '成本指标', '项目资金控制数', { target: '30万元' }),
          indicatorRow('产出指标', '数量指标', '购买慰问品米、面、油', { deviation: '按实际人数发放' }),
        ]),
        formWithRows('敬老慰问经费', '竹园街道办事处', [indicatorRow('产出指标', '数量指标', '慰问品')]),
      ]));
      message = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
    });
    afterAll(() => store.close());

    const texts = (r: Awaited<ReturnType<typeof message>>) => [r].flat().map((x) => x.text ?? '');
    const rowsOf = (r: Awaited<ReturnType<typeof message>>) => [r].flat().map((x) => x.table?.rows ?? []);

    it('分段统计: each band counted, with its total; a boundary two bands share counted once, in the upper band', async () => {
      const r = await message('按预算金额分段统计项目个数：10万以下、10到50万、50万以上', user);
      // 0.5, 8 | 10, 30 | 50, 100, 100, 120 (the two hand-made forms hold 100 each)
      expect(rowsOf(r)[0]).toEqual([
        ['10万元以下（不含）', '2', '8.5'],
        ['10万元（含）至50万元（不含）', '2', '40'],
        ['50万元及以上', '4', '370'],
      ]);
      expect(texts(r)[0]).toContain('区间含下限、不含上限');
    });

    it('总预算和总执行数差多少 of one office: both totals of that office, not the second of every project', async () => {
      const r = await message('梅林镇人民政府的项目总预算和总执行数各是多少，差多少', user);
      const text = texts(r).join('\n');
      expect(text).not.toContain('全部项目');
      expect(text).toContain('180');
    });

    it('a ratio too small for two decimals keeps three significant digits, never "0 倍"', async () => {
      // 0.5 of 180 万元
      const r = await message('松岭街道办事处的预算是梅林镇人民政府的几倍', user);
      expect(texts(r)[0]).toContain('0.00278 倍');
    });

    it('two projects named, one the multiple of the other: their budgets, said back', async () => {
      const r = await message('河道保洁经费是社区路灯维护的几倍', user);
      expect(texts(r)[0]).toContain('＝ 4 倍');
      expect(texts(r)[0]).toContain('全年预算数');
    });

    it('调减的金额及调减比例: two asks, the amount and the change relative to the first budget', async () => {
      const r = await message('请计算社区食堂运营补贴全年预算较年初预算调减的金额及调减比例。', user);
      const [amount, share] = texts(r);
      expect(amount).toContain('＝ 2 万元');
      expect(share).toContain('20%');
    });

    it('a row named after the project in quotes, after 中, or with 参与 in its name', async () => {
      const quoted = await message('请问“社区文化活动补助资金”参与人数的实际完成值是多少？', user);
      expect(texts(quoted)[0]).toContain('1200');
      const cost = await message('社区文化活动补助资金项目成本指标的年度指标值', user);
      expect(texts(cost)[0]).toContain('30万元');
    });

    it('a row name another project carries in full is, in the project asked about, the rows holding it', async () => {
      const r = await message('社区文化活动补助资金 慰问品那条偏差原因咋写的', user);
      expect(texts(r)[0]).toContain('按实际人数发放');
    });

    it('其中 after rows counted in the same message: among those projects’ rows', async () => {
      const r = await message('社区文化活动补助资金产出指标有几条？其中数量指标有几条？', user);
      expect(rowsOf(r)).toEqual([[['3']], [['2']]]);
    });

    it('各项目中…共有多少条: the rows of all of them added up, one count', async () => {
      const r = await message('竹园街道办事处各项目中，数量指标共有多少条？', user);
      expect(rowsOf(r)[0]).toEqual([['3']]);
    });

    it('加一块多少万 of two projects: their money added up, never a count of them', async () => {
      const r = await message('河道保洁和公园绿地养护加一块多少万', user);
      expect(texts(r)[0]).toContain('170');
    });
  });
});
