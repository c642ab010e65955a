/**
 * The change between a form's two budgets (change-words.ts, arithmetic.ts): a threshold on it is a bound on
 * 预算调整数 (全年预算数 − 年初预算数), a change told as a path (从年初到全年) or by the budgets' qualifiers alone (年初比
 * 全年) is the difference, and 比…多出多少 asks that difference, not how many projects have more. Also a unit asked
 * with 折成. Wordings of our own over a small store whose figures are done by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';
import { STREET_PROJECTS } from './street-projects.ts';

/** 全年 − 年初: 老年餐桌补贴 +20, 社区图书角 −15, 楼道照明 0, 河道保洁 +50, 平安巡逻 −4. */
const INITIAL = [80, 55, 20, 150, 44];
const PROJECTS: KnownProject[] = STREET_PROJECTS.map((p, k) => ({ ...p, initial: INITIAL[k]! }));
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

describe('a threshold on the change between 全年预算 and 年初预算', () => {
  it.each([
    ['全年预算比年初预算调减了10万以上的项目有哪些', '<=', -10],
    ['哪些项目的全年预算比年初调减10万元以上', '<=', -10],
    ['全年预算数比年初预算数多出10万以上的有几个', '>=', 10],
    ['年初预算比全年预算多5万以上的项目', '<=', -5],
    ['哪些项目比年初预算调增超过20万', '>', 20],
    ['全年预算比年初预算下调了三万多的项目', '<=', -3],
  ])('%s', (q, op, value) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query?.filters, q).toContainEqual({ type: 'compare', field: 'budgetAdjustment', op, value });
  });

  it('needs a word of "or more" and both budgets named', () => {
    // 调减了10万的: exactly, or at least? Not guessed.
    expect(parse('全年预算比年初预算调减了10万的项目').unplaced).not.toEqual([]);
    // 执行数 − 年初预算 has no field: not read as the budget's change.
    const p = parse('全年执行数比年初预算多10万以上的项目');
    expect(JSON.stringify(p.query?.filters ?? [])).not.toContain('budgetAdjustment');
  });

  it('reads 调增了 closing the clause as the comparison of the two budgets', () => {
    const p = parse('丁街道哪些项目全年预算比年初预算调增了');
    expect(p.unplaced).toEqual([]);
    expect(p.query?.filters).toContainEqual({
      type: 'fields',
      left: 'annualBudget',
      op: '>',
      right: 'initialBudget',
    });
  });
});

describe('the change of the budget asked, answered', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf('admin-budget-change', PROJECTS.map(recordOfProject)));
  });
  afterAll(async () => {
    await store.close();
  });
  const result = async (q: string) =>
    (await answer(q, user)).text?.match(/计算：.*＝ (-?[\d.]+) ?(\S*)/)?.slice(1, 3);
  const names = async (q: string) =>
    ((await answer(q, user)).table?.rows ?? []).map((r) => String(r[0])).sort();

  it('lists the projects past the threshold', async () => {
    expect(await names('全年预算比年初预算调减了10万以上的项目有哪些')).toEqual(['社区图书角']);
    expect(await names('哪些项目比年初调增了20万以上')).toEqual(['河道保洁', '老年餐桌补贴']);
  });

  it('reads a path from one budget to the other as the change', async () => {
    expect(await result('河道保洁从年初到全年增加了多少')).toEqual(['50', '万元']);
    // 调减 of 15: 年初 − 全年.
    expect(await result('社区图书角由年初预算到全年预算调减了多少')).toEqual(['15', '万元']);
  });

  it('reads 年初比全年 as the two budgets, and 比…多出多少 as their difference', async () => {
    expect(await result('社区图书角年初比全年多出多少')).toEqual(['15', '万元']);
    expect(await result('社区图书角的年初预算比全年预算多出多少')).toEqual(['15', '万元']);
    expect(await result('平安巡逻全年预算比年初预算少了多少')).toEqual(['4', '万元']);
  });

  it('converts with 折成', async () => {
    expect(await result('丁街道的执行数合计折成元是多少')).toEqual(['2000000', '元']);
  });
});
