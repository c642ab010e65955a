/**
 * The checks that had no words (check-phrases.ts): each said in two ways of our own is that check, every word placed —
 * never every project (预算执行的分值栏里填成得分的 listed all of them), never another check (表没读全 was 没补全).
 * A check of the form said with 指标 is answered by the forms, not by all their rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '社区食堂', dept: '青塔街道办事处', year: 2024, owner: '李娜', budget: 30 },
  { name: '路灯维护', dept: '石桥街道办事处', year: 2024, owner: '王强', budget: 15 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const codesOf = (q: string) => {
  const p = parseQuestion(q, VOCAB, 2026);
  expect(p.unplaced, q).toEqual([]);
  return (p.query?.filters ?? []).flatMap((f) => (f.type === 'finding' ? f.codes : []));
};

const SAID: Array<[string, string, string]> = [
  ['SCORE_NEGATIVE', '有负分的项目', '哪些表的得分是负数'],
  ['BUDGET_WEIGHT_HOLDS_SCORE', '预算执行的分值栏里填成得分的', '执行率分值那格写的是得分的项目'],
  ['FUNDS_MISSING', '资金栏没填的项目', '预算资金那块空着的表'],
  ['QUAL_SCORE_OUT_OF_BAND', '定性指标打分不在档次里的', '定性指标得分超出规定档次的项目'],
  ['RATE_ROUNDED_UP_TO_FULL', '执行率硬凑成100%的', '哪些项目执行率强行凑到100%'],
  ['LEVEL1_WEIGHTS_NONSTANDARD', '一级指标分值不符合规定的', '哪些表的权重分配不合理'],
  ['INDICATOR_SCORE_DIFFERS', '指标得分算得不对的项目', '指标打分有问题的表有几张'],
  ['REVERSE_SCORED_AS_POSITIVE', '反向指标当正向打分的', '反向指标按正向算的项目'],
  ['OVER_ACHIEVEMENT', '超额完成太多的项目', '完成值远超目标值的表'],
  ['SATISFACTION_NO_EVIDENCE', '满意度没有调查依据的项目', '满意度缺少问卷佐证的表'],
  ['FORM_INCOMPLETE', '表没读全的项目', '哪些文件没能识别完整'],
  ['FUNDS_UNIT_SUSPECT', '金额单位可能填错的', '金额单位好像写错了的项目'],
];

describe('checks said in staff’s words', () => {
  it('a figure asked is no check (总分填的多少 is not 分数打多了)', () => {
    expect(codesOf('社区食堂自评表上总分填的多少')).toEqual([]);
    expect(codesOf('分数打多了的项目')).toContain('SCORE_ABOVE_WEIGHT');
    // 分值不对 alone, or the budget row's, is not the 一级 weights check
    expect(codesOf('预算执行分值不合规定的表')).toEqual(['BUDGET_WEIGHT_NONSTANDARD']);
  });

  for (const [code, a, b] of SAID)
    it(`${code}: ${a} / ${b}`, () => {
      expect(codesOf(a)).toContain(code);
      expect(codesOf(b)).toContain(code);
    });

  describe('over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    beforeAll(async () => {
      ({ store, ask } = await adminStoreOf('u-check-phrases', PROJECTS.map(recordOfProject)));
    });
    afterAll(() => store.close());

    it('a check said with 指标 is answered by the forms, not their rows', async () => {
      for (const q of ['超额完成太多的指标', '一级指标分值不符合规定的'] as const) {
        const r = await ask(q);
        expect(r.text, q).not.toContain('按指标行');
        expect(r.rows, q).toEqual([]);
      }
    });
  });
});
