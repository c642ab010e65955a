/**
 * Families of the spot part's first run (issue 10, test/eval/spot: a 绩效管理科 spot check and a 街道 主任 on WeChat):
 * the reviewer's words around a check, one form's cells checked against each other, and money asked in another unit —
 * each said in ways of our own, over offices, people and projects of our own, with the readings beside them that must
 * not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looseTyping } from '../../src/query/loose-typing.ts';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { type Filter, leaves } from '../../src/query/query.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import type { FormRecord } from '../../src/record/record.ts';
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
  { name: '社区食堂运营补贴', dept: '青石街道办事处', year: 2024, owner: '李娜', budget: 40, executed: 30 },
  { name: '社区路灯维护', dept: '青石街道办事处', year: 2024, owner: '王强', budget: 60, executed: 60 },
  {
    name: '河道保洁经费',
    dept: '梅林镇人民政府',
    year: 2024,
    owner: '李娜',
    budget: 100,
    executed: 90,
    initial: 130,
  },
  { name: '梅林镇节能专项资金', dept: '梅林镇人民政府', year: 2024, owner: '赵刚', budget: 50, initial: 55 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
// (the bot reads the message after quick typing is undone, as every reader does)
const parse = (q: string) => parseQuestion(looseTyping(q), VOCAB, 2025);
const placed = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  expect(p.query, q).not.toBeNull();
  return p.query!;
};
const json = (q: string) => JSON.stringify(placed(q));
const noLeaf = (filters: Filter[], type: string) => leaves(filters).every((f) => f.type !== type);

describe("the reviewer's words around a check", () => {
  it('what will be done with the forms (这种得退回去补) is said of them, no condition of its own', () => {
    const plain = json('总分没填的表有哪些');
    for (const q of [
      '总分那一栏压根没填的自评表有哪些，这种得退回去补',
      '总分没填的表有哪些，这些都要打回去让他们重填',
      '哪些表总分没填？这类表得发回去修改',
    ]) {
      expect(json(q), q).toBe(plain);
      expect(parse(q).setAside?.length, q).toBeGreaterThan(0);
    }
    // 得退回的 without a pointing word is still the forms with errors
    expect(json('得退回的有哪些')).toContain('"error"');
  });

  it('按规则 / 照规矩 before the which-question of a check restricts nothing', () => {
    for (const q of [
      '梅林镇那几张表里，按规则哪些得退回修改？',
      '按规定，梅林镇有哪些表要打回重填',
      '照规矩看，哪几张表得返工',
    ])
      expect(json(q), q).toContain('"error"');
  });

  it('抽X的看看: the set to look at, 抽 nothing more; 抽3张看看 (a sample) stays reported', () => {
    expect(json('抽2024年度的看看，总分没到100的都有哪些')).toBe(json('2024年度总分没到100的都有哪些'));
    expect(json('抽查一下梅林镇的瞧瞧，执行率最低的是哪个')).toBe(json('梅林镇执行率最低的是哪个'));
    expect(parse('抽3张看看').unplaced.length).toBeGreaterThan(0);
  });

  it('它的 / 自己的 before the other cell of the compared pair points back at the same row or project', () => {
    expect(json('有没有哪条指标的得分超过了它的分值？')).toContain('SCORE_ABOVE_WEIGHT');
    expect(json('哪些指标得分高于其分值')).toContain('SCORE_ABOVE_WEIGHT');
    expect(placed('哪些项目执行数比它自己的预算还多').filters).toContainEqual({
      type: 'fields',
      left: 'executed',
      op: '>',
      right: 'annualBudget',
    });
  });

  it('一个X指标都没设置: the count said before the kind, the kind absent', () => {
    const absent = json('满意度指标没设置的项目');
    expect(json('哪些项目一个满意度指标都没设置？')).toBe(absent);
    expect(json('一条满意度指标也没设立的项目')).toBe(absent);
    expect(json('满意度指标一个都没设置的项目')).toBe(absent);
    expect(json('一个效益指标也没有设置的表')).toContain('BENEFIT_MISSING');
  });

  it('full marks yet a 偏差原因 written, the adverbs piled up (却还) or the object left out', () => {
    for (const q of [
      '指标明明拿了满分，偏差原因那栏却还写了内容的，是哪些表',
      '满分的指标偏差原因还填了的',
      '指标拿满分了，偏差说明那一栏倒也写了东西的表',
    ])
      expect(json(q), q).toContain('DEVIATION_ON_FULL_SCORE');
  });

  it('100% stated while the amounts say less (执行数其实比预算少): the rounded-up check', () => {
    for (const q of [
      '抽查一下：执行率填的100%，但全年执行数其实比全年预算少的，是哪张表？',
      '执行率写的100%，执行数却比预算低的项目',
      '执行率填了100%，实际上执行数比全年预算还要小的有几个',
    ])
      expect(json(q), q).toContain('RATE_ROUNDED_UP_TO_FULL');
  });

  it('张数 / 份数 are the number of forms', () => {
    for (const q of [
      '扣分没写偏差原因的表，按主管部门分别统计张数',
      '按实施单位统计表的份数',
      '各负责人名下表的张数',
    ]) {
      const query = placed(q);
      expect(query.measures, q).toEqual([{ fn: 'count' }]);
      expect(query.groupBy, q).toBeDefined();
    }
  });

  it('（含预算执行10分） after 分值加起来 is the sum’s own definition, said back', () => {
    const q = '梅林镇那几张，分值加起来（含预算执行10分）不等于100的是哪几张';
    expect(json(q)).toBe(json('梅林镇那几张，分值加起来不等于100的是哪几张'));
    expect(parse(q).setAside).toContain('（含预算执行10分）');
    expect(placed('青石的表，各项分值合计（包括预算执行那一项）是多少').select).toEqual(['weightSum']);
    // a part the sum does not hold by definition is no gloss
    expect(parse('分值加起来（含满意度）不等于100的').unplaced.length).toBeGreaterThan(0);
  });
});

describe("one form's cells checked against each other", () => {
  it('the stated rate, then the rate worked out by its definition: both, for the project named', () => {
    for (const q of [
      '社区食堂运营补贴那个项目，表上填的执行率是多少？用执行数除以预算算出来又是多少？',
      '河道保洁经费表上写的执行率是多少，按全年执行数除以全年预算数计算的是多少',
    ]) {
      expect(splitAsks(q), q).toHaveLength(1);
      expect(placed(q).select, q).toEqual(['statedRate', 'executionRate']);
    }
  });

  it('执行率写的80.5%, then what it should be by the amounts: the stated value, the computed rate asked', () => {
    const query = placed('社区食堂运营补贴那张表执行率写的80.5%，按它的预算和执行数实际应该是多少');
    expect(query.filters).toContainEqual({ type: 'compare', field: 'statedRate', op: '=', value: 80.5 });
    expect(query.select).toEqual(['executionRate']);
    expect(placed('河道保洁经费执行率填的是95%，按执行数和预算算出来应该是多少').select).toEqual([
      'executionRate',
    ]);
    // 写的100% stays the rounded-up check's
    expect(json('执行率写的100%，但钱没花完的')).toContain('RATE_ROUNDED_UP_TO_FULL');
  });

  it('a score as the rules would give it: the scorer’s value (核算), never the one written', () => {
    for (const q of [
      '河道保洁经费，预算执行得分按规则应该得几分',
      '按评分规则，社区食堂运营补贴预算执行那项应该拿多少分',
      '河道保洁经费核算的预算执行得分是多少',
    ])
      expect(placed(q).select, q).toEqual(['computedBudgetScore']);
    expect(placed('河道保洁经费总分照规定应该是多少').select).toEqual(['computedTotal']);
    expect(placed('按规则，社区路灯维护预算执行应该得几分').select).toEqual(['computedBudgetScore']);
    // 预算执行 alone with 是: the rate or the score? reported, never guessed
    expect(parse('社区路灯维护预算执行应该是多少').unplaced.length).toBeGreaterThan(0);
  });

  it('the budget row’s 分值 plus every indicator’s is the form’s 分值合计', () => {
    for (const q of [
      '河道保洁经费这张表，预算执行的分值加上各指标分值，合计多少分',
      '社区路灯维护预算执行分值和三级指标分值加起来是多少',
    ])
      expect(placed(q).select, q).toEqual(['weightSum']);
  });

  it('two cells of the row with one ask after them (分值和得分各多少), 各项指标 added up', () => {
    const both = readRowQuestion('社区路灯维护扣分的那条指标，分值和得分各多少？', false);
    expect(both?.columns).toEqual(expect.arrayContaining(['weight', 'score']));
    const targets = readRowQuestion('河道保洁经费扣了分的指标，目标值和实际完成值分别是多少', false);
    expect(targets?.columns).toEqual(expect.arrayContaining(['target', 'actual']));
    expect(readRowQuestion('社区路灯维护各项指标得分加起来是多少', false)?.output).toBe('sumColumn');
  });
});

describe('money', () => {
  it('压减得最多，减了多少: one ask, the deepest cut ranked and the amount it took off shown', () => {
    const q = '梅林镇哪个项目全年预算比年初压减得最多，减了多少';
    expect(splitAsks(q)).toHaveLength(1);
    const query = placed(q);
    expect(query.order).toEqual({ by: 'budgetAdjustment', dir: 'asc' });
    expect(query.select).toEqual(['budgetCut']);
    // raised: 预算调整数 itself is the amount added
    expect(placed('青石哪个项目的全年预算比年初追加得最多，多了多少').order).toEqual({
      by: 'budgetAdjustment',
      dir: 'desc',
    });
    // no amount asked: the ranking alone
    expect(placed('梅林镇哪个项目全年预算比年初核减得最多').select).toBeUndefined();
  });

  it('加起来多少钱 of one set is its 全年预算 summed; A和B加起来 stays arithmetic', () => {
    const query = placed('青石的两个项目加起来多少钱');
    expect(query.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    expect(noLeaf(query.filters, 'compare')).toBe(true);
  });

  describe('answered over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    const scored = (): FormRecord => {
      // 90 of 100 spent, the budget row worth 10 (the rows 90) and scored 10 as written: the scorer gives 9
      const r = formWithRows(
        '湖滨公园养护',
        '松岗社区服务中心',
        [indicatorRow('产出指标', '数量指标', '养护面积', { weight: 90, score: 90 })],
        2024,
      );
      r.funds.total.executed = { raw: '90', value: 90 };
      r.funds.total.weight = { raw: '10', value: 10 };
      r.funds.total.score = { raw: '10', value: 10 };
      return r;
    };
    beforeAll(async () => {
      ({ store, ask } = await adminStoreOf('u-spot36', [...PROJECTS.map(recordOfProject), scored()]));
    });
    afterAll(() => store.close());

    it('in 元, said after the question or in brackets: the sum converted', async () => {
      const a = await ask('青石的两个项目加起来多少钱，用元说');
      expect(a.text).toContain('1000000 元');
      const b = await ask('梅林镇的项目全年预算一共多少元（换成元）');
      expect(b.text).toContain('1500000 元');
    });

    it('the office’s pooled rate glossed as 总执行数除以总预算', async () => {
      const r = await ask('梅林镇整体的预算执行率是多少（总执行数除以总预算）');
      // (90 + 50) ÷ (100 + 50)
      expect(r.text).toContain('93.33%');
      // (30 + 60) ÷ (40 + 60), the gloss a clause of its own
      expect((await ask('青石整体执行率是多少，用总执行数除以总预算算')).text).toContain('90%');
    });

    it('the budget score the rules give, worked out by the scorer', async () => {
      const r = await ask('湖滨公园养护预算执行得分按规则应该得几分');
      expect(r.columns).toContain('核算预算执行得分');
      expect(r.rows[0]).toContain('9');
    });

    it('the cut shown as the amount it took off', async () => {
      const r = await ask('梅林镇哪个项目全年预算比年初压减得最多，减了多少');
      expect(r.rows.map((row) => row[0])).toEqual(['河道保洁经费']);
      expect(r.rows[0]).toContain('30');
    });
  });
});
