import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/score/check.ts';
import { applyEdits } from '../../src/score/edits.ts';
import { ind, withEdit } from './fixtures.ts';

/** One finding per place (issue 11, Build 2). */

describe('one finding per place', () => {
  it('a score above its weight and outside its band is one error: the fact first, the band as 建议', () => {
    const r = withEdit((x) => {
      x.indicators[5] = ind('效益指标', '可持续影响指标', '长效机制', '长期发挥作用', '未完成', 15, 16, '');
      x.totalScore = 100.5;
    });
    const res = checkRecord(r);
    const here = res.findings.filter((f) => f.path === 'indicators[5].score');
    expect(here).toHaveLength(1);
    const f = here[0];
    expect(f).toMatchObject({ code: 'SCORE_ABOVE_WEIGHT', severity: 'error', expected: 15 });
    expect(f?.causes).toEqual(['SCORE_ABOVE_WEIGHT', 'QUAL_SCORE_OUT_OF_BAND']);
    const msg = f?.message ?? '';
    expect(msg.indexOf('超过分值')).toBeLessThan(msg.indexOf('建议'));
    expect(msg.match(/第6行指标/g)).toHaveLength(1); // the row is named once
    // the fact's fix (15) settles the form; the band stays a suggestion
    const fixed = applyEdits(
      r,
      res.findings.filter((x) => x.severity === 'error').flatMap((x) => x.fixes ?? []),
    );
    expect(checkRecord(fixed).findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('a cost row re-scored as 反向指标 is a suggestion that never changes the stated total', () => {
    const r = withEdit((x) => {
      x.indicators[3] = ind('产出指标', '成本指标', '活动成本', '≤20万元', '12万元', 10, 6, '按比例扣分');
      x.totalScore = 95.5;
    });
    const res = checkRecord(r);
    expect(res.score.total.computed).toBe(95.5);
    expect(res.score.total.byRules).toBe(99.5);
    const f = res.findings.find((x) => x.path === 'indicators[3].score');
    expect(f).toMatchObject({ code: 'REVERSE_SCORED_AS_POSITIVE', severity: 'warning', expected: 10 });
    expect(f?.message).toContain('建议');
    expect(f?.message).toContain('如采纳，总分相应改为 99.5');
    expect(res.findings.some((x) => x.path === 'totalScore')).toBe(false);
  });

  it('the arithmetic fact about 总分 is separate from the rules’ re-scoring', () => {
    const r = withEdit((x) => {
      x.indicators[3] = ind('产出指标', '成本指标', '活动成本', '≤20万元', '12万元', 10, 6, '按比例扣分');
      x.totalScore = 98; // parts: 9.5 + 50 + 30 + 6 = 95.5
    });
    const res = checkRecord(r);
    const total = res.findings.find((x) => x.path === 'totalScore');
    expect(total?.message).toContain('得分合计 95.5');
    expect(total?.message).toContain('≠ 总分 98');
    expect(total?.expected).toBe(95.5);
    expect(total?.message).not.toContain('99.5');
  });
});
