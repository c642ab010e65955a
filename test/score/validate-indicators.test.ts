import { describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import { parseRules } from '../../src/score/rules.ts';
import type { FindingCode } from '../../src/score/types.ts';
import { codesOf, findOne, ind, placeholder, row, withEdit } from './fixtures.ts';

type Case = [string, FindingCode, (r: FormRecord) => void, boolean];

/** Replace indicator i (0 数量 20, 1 质量 10, 2 时效 10, 3 成本 10, 4 社会效益 15, 5 可持续 15, 6 满意度 10). */
const put = (i: number, x: ReturnType<typeof ind>) => (r: FormRecord) => {
  r.indicators[i] = x;
};

describe('indicator validators', () => {
  it.each<Case>([
    [
      'score 22 on weight 20',
      'SCORE_ABOVE_WEIGHT',
      put(0, ind('产出指标', '数量指标', 'n', '≥100次', '120次', 20, 22)),
      true,
    ],
    ['score = weight', 'SCORE_ABOVE_WEIGHT', () => {}, false],
    [
      'score −1',
      'SCORE_NEGATIVE',
      put(1, ind('产出指标', '质量指标', 'q', '100%', '100%', 10, -1, '扣分')),
      true,
    ],
    [
      'score 0',
      'SCORE_NEGATIVE',
      put(1, ind('产出指标', '质量指标', 'q', '100%', '0%', 10, 0, '未完成')),
      false,
    ],
    [
      'positive 521/600 scored 10',
      'INDICATOR_SCORE_DIFFERS',
      put(0, ind('产出指标', '数量指标', 'n', '≥600', '521', 20, 20)),
      true,
    ],
    [
      'positive 521/600 scored 17.37',
      'INDICATOR_SCORE_DIFFERS',
      put(0, ind('产出指标', '数量指标', 'n', '≥600', '521', 20, 17.37, '人数不足')),
      false,
    ],
    [
      'qualitative row scored 9',
      'INDICATOR_SCORE_DIFFERS',
      put(2, ind('产出指标', '时效指标', 't', '年底前', '达到目标', 10, 9, '略有延迟')),
      false,
    ],
    [
      'reverse 12/20 scored 6',
      'REVERSE_SCORED_AS_POSITIVE',
      put(3, ind('产出指标', '成本指标', 'c', '≤20万元', '12万元', 10, 6, '按比例')),
      true,
    ],
    ['reverse 12/20 scored 10', 'REVERSE_SCORED_AS_POSITIVE', () => {}, false],
    [
      'reverse 25/20 scored 8',
      'REVERSE_SCORED_AS_POSITIVE',
      put(3, ind('产出指标', '成本指标', 'c', '≤20万元', '25万元', 10, 8, '超支')),
      false,
    ],
    [
      'qualitative 未完成 scored full',
      'QUAL_SCORE_OUT_OF_BAND',
      put(2, ind('产出指标', '时效指标', 't', '年底前', '未完成', 10, 10)),
      true,
    ],
    [
      'qualitative 达到目标 scored 8',
      'QUAL_SCORE_OUT_OF_BAND',
      put(2, ind('产出指标', '时效指标', 't', '年底前', '达到目标', 10, 8, '延迟')),
      false,
    ],
    [
      'qualitative 达到目标 scored 7',
      'QUAL_SCORE_OUT_OF_BAND',
      put(2, ind('产出指标', '时效指标', 't', '年底前', '达到目标', 10, 7, '延迟')),
      true,
    ],
    [
      'graded 良 scored 3.6 of 4',
      'QUAL_SCORE_OUT_OF_BAND',
      put(4, ind('效益指标', '社会效益指标', 's', '优良中差', '良', 15, 13.5, '仍需改进')),
      false,
    ],
    [
      'graded 良 scored full',
      'QUAL_SCORE_OUT_OF_BAND',
      put(4, ind('效益指标', '社会效益指标', 's', '优良中差', '良', 15, 15, '仍需改进')),
      true,
    ],
    [
      'graded 优 scored 14',
      'QUAL_SCORE_OUT_OF_BAND',
      put(4, ind('效益指标', '社会效益指标', 's', '优良中差', '优', 15, 14, '略')),
      true,
    ],
    [
      'phrase actual without keyword',
      'QUAL_SCORE_OUT_OF_BAND',
      put(5, ind('效益指标', '可持续影响指标', 'x', '长期', '有所提升', 15, 3, '一般')),
      false,
    ],
    [
      'actual 2× target',
      'OVER_ACHIEVEMENT',
      put(0, ind('产出指标', '数量指标', 'n', '≥100次', '200次', 20, 20)),
      true,
    ],
    ['actual 1.2× target', 'OVER_ACHIEVEMENT', () => {}, false],
    [
      'reverse actual far below target',
      'OVER_ACHIEVEMENT',
      put(3, ind('产出指标', '成本指标', 'c', '≤20万元', '5万元', 10, 10)),
      false,
    ],
    [
      'weighted row, empty actual',
      'ACTUAL_EMPTY',
      put(1, ind('产出指标', '质量指标', 'q', '100%', '', 10, 10)),
      true,
    ],
    [
      'unweighted row, empty actual',
      'ACTUAL_EMPTY',
      put(1, ind('产出指标', '质量指标', 'q', '100%', '', null, null)),
      false,
    ],
    [
      'score below weight, no reason',
      'DEVIATION_MISSING',
      put(2, ind('产出指标', '时效指标', 't', '年底前', '达到目标', 10, 9)),
      true,
    ],
    [
      'score below weight, reason 无',
      'DEVIATION_MISSING',
      put(2, ind('产出指标', '时效指标', 't', '年底前', '达到目标', 10, 9, '无')),
      true,
    ],
    [
      'score below weight with reason',
      'DEVIATION_MISSING',
      put(2, ind('产出指标', '时效指标', 't', '年底前', '达到目标', 10, 9, '个别活动延期')),
      false,
    ],
    [
      'graded 良 without reason',
      'DEVIATION_MISSING',
      put(4, ind('效益指标', '社会效益指标', 's', '优良中差', '良', 15, 13.5)),
      true,
    ],
    [
      'full score with a reason',
      'DEVIATION_ON_FULL_SCORE',
      put(1, ind('产出指标', '质量指标', 'q', '100%', '100%', 10, 10, '以实际参与人数为准')),
      true,
    ],
    [
      'full score with 无',
      'DEVIATION_ON_FULL_SCORE',
      put(1, ind('产出指标', '质量指标', 'q', '100%', '100%', 10, 10, '无')),
      false,
    ],
    [
      'template rows left',
      'PLACEHOLDER_ROWS',
      (r) => r.indicators.push(placeholder('产出指标', '数量指标')),
      true,
    ],
    ['no template rows', 'PLACEHOLDER_ROWS', () => {}, false],
  ])('%s → %s raised: %s', (_name, code, edit, raised) => {
    expect(codesOf(withEdit(edit)).includes(code)).toBe(raised);
  });

  it('ignores placeholder rows in every other check', () => {
    const r = withEdit((x) => {
      x.indicators.push({ ...placeholder('产出指标', '数量指标'), weight: 5, score: 9, actual: '' });
    });
    expect(codesOf(r)).toEqual(['PLACEHOLDER_ROWS']);
  });

  it('names the row and the rule value in INDICATOR_SCORE_DIFFERS', () => {
    const r = withEdit(put(0, ind('产出指标', '数量指标', '购买慰问品', '≥600', '521', 20, 20)));
    const f = findOne(r, 'INDICATOR_SCORE_DIFFERS');
    expect(f).toMatchObject({
      severity: 'warning',
      path: 'indicators[0].score',
      stated: 20,
      expected: 17.37,
    });
    expect(f?.message).toContain('购买慰问品');
    expect(row(r, 0).score).toBe(20);
  });

  it('applies the alternative reverse formula when configured', () => {
    const r = withEdit(put(3, ind('产出指标', '成本指标', 'c', '≤20万元', '25万元', 10, 8, '超支')));
    expect(codesOf(r)).not.toContain('INDICATOR_SCORE_DIFFERS'); // 20/25 × 10 = 8
    const linear = parseRules({ reverseFormula: 'linear' });
    expect(findOne(r, 'INDICATOR_SCORE_DIFFERS', linear)?.expected).toBe(7.5); // (2 − 25/20) × 10
  });

  it('uses the configured over-achievement ratio', () => {
    const r = withEdit(() => {});
    expect(codesOf(r, parseRules({ overAchievementRatio: 1.2 }))).toContain('OVER_ACHIEVEMENT');
  });

  it('states the one accepted score for 优 and the band for 良', () => {
    const you = withEdit(put(4, ind('效益指标', '社会效益指标', 's', '优良中差', '优', 15, 14, '略')));
    expect(findOne(you, 'QUAL_SCORE_OUT_OF_BAND')?.message).toContain('得分为 15');
    const liang = withEdit(
      put(4, ind('效益指标', '社会效益指标', 's', '优良中差', '良', 15, 15, '仍需改进')),
    );
    const f = findOne(liang, 'QUAL_SCORE_OUT_OF_BAND');
    // a band, not one value: no 应为 (a [U] rule: a warning)
    expect(f).toMatchObject({ detail: '良', severity: 'warning' });
    expect(f?.expected).toBeUndefined();
    expect(f?.message).toContain('12–15');
  });
});
