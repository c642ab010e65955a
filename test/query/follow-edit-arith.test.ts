/**
 * Edits of one slot after a computation on two figures (follow-edit.ts `editArithmetic`): the value goes to the side
 * that holds it, an added condition to both, a removed slot from wherever it is; what no side can take, or what
 * makes both sides one figure, is asked back. Figures over a small store done by hand below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import type { AskedQuestion, QuestionChat } from '../../src/query/context.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject } from './known-store.ts';

/** 东坝: 2022 one project (executed 100), 2023 two (90 + 40); 西苑: 2022 one (250), 2023 one (30). */
const PROJECTS: KnownProject[] = [
  { name: '社区食堂补贴', dept: '东坝街道办事处', year: 2022, owner: '吴敏', budget: 120, executed: 100 },
  { name: '多元调解中心建设', dept: '东坝街道办事处', year: 2023, owner: '吴敏', budget: 80, executed: 90 },
  { name: '城乡差距调研', dept: '东坝街道办事处', year: 2023, owner: '吴敏', budget: 40, executed: 40 },
  { name: '老旧小区改造', dept: '西苑街道办事处', year: 2022, owner: '吴敏', budget: 300, executed: 250 },
  { name: '垃圾分类宣传', dept: '西苑街道办事处', year: 2023, owner: '吴敏', budget: 60, executed: 30 },
];

describe('edits after a computation', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf('web:arith-edit', PROJECTS.map(recordOfProject)));
  });
  afterAll(() => store?.close());

  const result = (text: string | undefined) => text?.match(/计算：.*＝ (-?[\d.]+) ?(\S*)$/m)?.slice(1, 3);
  function chat(): QuestionChat {
    let kept: AskedQuestion | null = null;
    return {
      get previous() {
        return kept;
      },
      remember: (q) => {
        kept = q;
      },
    };
  }
  const ask = async (q: string, c: QuestionChat) => (await answer(q, user, c)).text ?? '';

  it('a year replaced on the side that holds it, in several wordings', async () => {
    for (const message of [
      '把2022年改成2021年',
      '将2022年换成2021年',
      '不是2022年，是2021年',
      '2021年，不是2022年',
      'change 2022 to 2021',
    ]) {
      const c = chat();
      // 3 projects in 2023 − 2 in 2022.
      expect(result(await ask('2022年的项目数比2023年少几个', c))).toEqual(['1', '个']);
      const moved = await ask(message, c);
      expect(moved, message).toContain('接上一问');
      // 2023's 3 − 2021's 0.
      expect(result(moved), message).toEqual(['3', '个']);
    }
  });

  it('a condition added to both sides, a slot removed, a place swapped', async () => {
    const c = chat();
    expect(result(await ask('西苑的执行数比东坝多多少', c))).toEqual(['50', '万元']);
    // 2023: 西苑 30 − 东坝 130.
    expect(result(await ask('再加个条件：2023年的', c))).toEqual(['-100', '万元']);
    expect(result(await ask('不限年份', c))).toEqual(['50', '万元']);
    // 东坝 instead of 西苑 on the left: 东坝 − 东坝 is no computation.
    expect(await ask('把西苑改成东坝', c)).toContain('两边成了同一个数');
  });

  it('asks when no side holds the old value', async () => {
    const c = chat();
    expect(result(await ask('西苑的执行数比东坝多多少', c))).toEqual(['50', '万元']);
    expect(await ask('把2022年改成2021年', c)).toContain('您是想把哪个条件改成');
  });
});
