/**
 * Checks and comparisons as a reviewer says them: the budget said adjusted (预算调整过 / 中途调过预算 / 调增了预算 /
 * 预算没调整过: the form's two budgets compared, budget-adjusted.ts); the phone's format said wrong (格式不对, 写法不规范:
 * PHONE_FORMAT); the weights of the rows said not to add up with a level named (一级指标分值加起来不对: WEIGHT_SUM, not
 * the rows listed); an adjustment or a low rate with no reason given (BUDGET_ADJUSTED_NO_REASON, LOW_EXECUTION_NO_REASON).
 * Wordings of our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteBudgetAdjusted } from '../../src/query/budget-adjusted.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  indicatorRow,
  type KnownProject,
  recordOfProject,
  vocabularyOfProjects,
} from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '社区食堂', dept: '青塔街道办事处', year: 2024, owner: '李娜', budget: 30, initial: 20 },
  { name: '路灯维护', dept: '青塔街道办事处', year: 2024, owner: '王强', budget: 15, initial: 20 },
  { name: '低保补助', dept: '区民政局', year: 2024, owner: '周平', budget: 50, initial: 50 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const filtersOf = (q: string) => {
  const p = parseQuestion(q, VOCAB, 2026);
  expect(p.unplaced, q).toEqual([]);
  return p.query?.filters;
};
const codesOf = (q: string) => filtersOf(q)?.flatMap((f) => (f.type === 'finding' ? f.codes : []));

describe('the budget said adjusted', () => {
  it('is the two budgets unequal, raised or cut; not adjusted is equal', () => {
    expect(rewriteBudgetAdjusted('预算中途调整过的项目')).toContain('年初预算和全年预算不一致');
    expect(rewriteBudgetAdjusted('哪些项目年中调过预算')).toContain('年初预算和全年预算不一致');
    expect(rewriteBudgetAdjusted('追加了预算的有几个')).toContain('全年预算比年初预算多');
    expect(rewriteBudgetAdjusted('预算被压减的项目')).toContain('全年预算比年初预算少');
    expect(rewriteBudgetAdjusted('预算从来没调整过的')).toContain('年初预算和全年预算一致');
  });

  it('leaves amounts, the field 预算调整数, a comparison with 比 and the reason check alone', () => {
    for (const q of [
      '预算调增了多少',
      '预算调整数最大的项目',
      '全年预算比年初预算调减了的',
      '预算调整没说明原因的',
      // the adjustment as a figure ranked or sorted, not a condition
      '预算调整最大的项目',
      '按预算调整从大到小排',
    ])
      expect(rewriteBudgetAdjusted(q), q).toBe(q);
  });

  describe('over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    beforeAll(async () => {
      ({ store, ask } = await adminStoreOf('u-checks-said', PROJECTS.map(recordOfProject)));
    });
    afterAll(() => store.close());

    it('adjusted, raised, cut and unchanged select the right projects', async () => {
      const names = async (q: string) => (await ask(q)).rows.map((r) => r[0]).sort();
      expect(await names('预算调整过的项目有哪些')).toEqual(['社区食堂', '路灯维护']);
      expect(await names('调增了预算的项目')).toEqual(['社区食堂']);
      expect(await names('哪些项目的预算被核减了')).toEqual(['路灯维护']);
      expect(await names('预算没调整过的项目')).toEqual(['低保补助']);
    });

    it('the weights said not to add up with a level named are the check, not the rows listed', async () => {
      const r = await ask('一级指标分值加起来不对的');
      expect(r.text).toContain('分值合计不对');
      expect(r.text).not.toContain('按指标行');
    });
  });
});

describe('checks said in a reviewer’s words', () => {
  it('the phone format said wrong', () => {
    expect(codesOf('哪些表的联系电话格式不对')).toEqual(['PHONE_FORMAT']);
    expect(codesOf('电话号码写法不规范的项目')).toEqual(['PHONE_FORMAT']);
  });

  it('the weights not adding up, with a level or 各级 named', () => {
    expect(codesOf('二级指标权重加起来有问题的表')).toEqual(['WEIGHT_SUM']);
    expect(codesOf('各级指标分值合计不等于100的')).toEqual(['WEIGHT_SUM']);
  });

  it('an adjustment or a low rate with no reason given', () => {
    expect(codesOf('预算调整了却没说明原因的项目')).toEqual(['BUDGET_ADJUSTED_NO_REASON']);
    expect(codesOf('调过预算但没写理由的有几个')).toEqual(['BUDGET_ADJUSTED_NO_REASON']);
    expect(codesOf('执行率偏低也没解释原因的')).toEqual(['LOW_EXECUTION_NO_REASON']);
    expect(codesOf('执行得不理想又没交代原因的项目')).toEqual(['LOW_EXECUTION_NO_REASON']);
  });
});

describe('whether the survey was done, asked', () => {
  it('is the survey done (有没有 / 是否 / 做没做 / 搞了没有 are asking, not 没做)', () => {
    for (const q of [
      '社区食堂有没有做满意度调查',
      '社区食堂是否开展了满意度调查',
      '路灯维护满意度调查搞了没有',
    ])
      expect(filtersOf(q), q).toContainEqual({ type: 'satisfactionGap', negate: true });
  });

  describe('over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    beforeAll(async () => {
      const surveyed = recordOfProject(PROJECTS[0]!);
      surveyed.indicators = [
        indicatorRow('产出指标', '数量指标', '供餐人次', { weight: 90, score: 90 }),
        indicatorRow('满意度指标', '服务对象满意度指标', '群众满意度', { actual: '96%', target: '≥90%' }),
      ];
      ({ store, ask } = await adminStoreOf('u-survey-asked', [surveyed, recordOfProject(PROJECTS[1]!)]));
    });
    afterAll(() => store.close());

    it('a project that did the survey is answered 是, one with no satisfaction row 否', async () => {
      const done = await ask('社区食堂有没有做满意度调查');
      expect(done.text).toMatch(/是/);
      expect(done.text).not.toMatch(/否/);
      const none = await ask('路灯维护是否开展了满意度调查');
      expect(none.text).toMatch(/否/);
    });
  });
});
