import { describe, expect, it } from 'vitest';
import {
  analyseRow,
  detectKind,
  gradeLabel,
  hasDeviationText,
  inBand,
  qualitativeLabel,
  scoreEquality,
  scorePositive,
  scoreReverse,
} from '../../src/score/indicator.ts';
import { canonicalLevel1 } from '../../src/score/level1.ts';
import { DEFAULT_RULES, parseRules } from '../../src/score/rules.ts';
import { ind } from './fixtures.ts';

describe('indicator formulas (SCORING §3)', () => {
  it.each([
    [120, 100, 20, 20],
    [100, 100, 20, 20],
    [80, 100, 20, 16],
    [521, 600, 10, 8.683333],
    [-5, 100, 20, 0],
    [3, 0, 5, 5],
  ])('positive A=%d T=%d w=%d → %d', (a, t, w, s) => {
    expect(scorePositive(a, t, w)).toBeCloseTo(s, 5);
  });

  it.each([
    [12, 20, 5, 'ratio', 5],
    [20, 20, 5, 'ratio', 5],
    [25, 20, 5, 'ratio', 4],
    [25, 20, 5, 'linear', 3.75],
    [40, 20, 5, 'linear', 0],
    [50, 20, 5, 'linear', 0],
    [1, 0, 5, 'ratio', 0],
    [0, 0, 5, 'ratio', 5],
  ] as const)('reverse A=%d T=%d w=%d %s → %d', (a, t, w, f, s) => {
    expect(scoreReverse(a, t, w, f)).toBeCloseTo(s, 5);
  });

  it.each([
    [0, 0, 4, 4],
    [1, 0, 4, 0],
    [5, 10, 4, 2],
    [10, 10, 4, 4],
  ])('equality A=%d T=%d w=%d → %d', (a, t, w, s) => {
    expect(scoreEquality(a, t, w)).toBeCloseTo(s, 5);
  });
});

describe('detectKind', () => {
  it.each([
    ['≥100次', '数量指标', undefined, 'positive'],
    ['1人', '数量指标', undefined, 'positive'],
    ['≤20万元', '成本指标', undefined, 'reverse'],
    ['10万元', '成本指标', undefined, 'reverse'],
    ['优良中差', '质量指标', undefined, 'grade'],
    ['优、良、中、差', '质量指标', undefined, 'grade'],
    ['按照国家规定标准完成施工', '质量指标', undefined, 'qualitative'],
    ['定性', '质量指标', undefined, 'qualitative'],
    ['', '质量指标', undefined, 'unknown'],
    ['95', '质量指标', '≤', 'reverse'],
    ['100', '成本指标', '=', 'equality'],
  ])('target %s (%s, 指标性质 %s) → %s', (target, level2, nature, kind) => {
    const row = { ...ind('产出指标', level2, 'x', target, '', 5, 5), nature };
    expect(detectKind(row, DEFAULT_RULES)).toBe(kind);
  });

  it('uses the configured default operator for a numeric 成本指标', () => {
    const rules = parseRules({ costDefaultOperator: 'positive' });
    expect(detectKind(ind('产出指标', '成本指标', 'x', '10万元', '', 5, 5), rules)).toBe('positive');
  });
});

describe('analyseRow', () => {
  it.each([
    ['reverse cost row below target', ind('产出指标', '成本指标', 'c', '≤20万元', '12万元', 5, 5), 5],
    ['graded 良 → 0.9w', ind('产出指标', '质量指标', 'q', '优良中差', '良', 4, 3.6), 3.6],
    ['graded 优（…） → w', ind('产出指标', '质量指标', 'q', '优良中差', '优（按时完成）', 4, 4), 4],
    ['positive shortfall', ind('产出指标', '数量指标', 'n', '≥600', '521', 10, 10), 8.683333],
    ['survey not done → 0', ind('满意度指标', '服务对象满意度指标', 's', '达到 95%', '', 5, 0, '未做'), 0],
    ['qualitative → null', ind('产出指标', '质量指标', 'q', '验收合格', '达到目标', 10, 9), null],
    ['units differ → null', ind('产出指标', '时效指标', 't', '≤1年', '10个月', 10, 10), null],
    ['percent vs count → null', ind('产出指标', '数量指标', 'n', '≥20', '100%', 10, 10), null],
  ])('%s', (_name, row, computed) => {
    const a = analyseRow(row, 0, DEFAULT_RULES);
    if (computed === null) expect(a.computed).toBeNull();
    else expect(a.computed).toBeCloseTo(computed, 5);
  });

  it('marks 不适用 rows and placeholders', () => {
    expect(
      analyseRow(ind('满意度指标', '服务对象满意度指标', 's', '不适用', '', null, null), 0, DEFAULT_RULES)
        .notApplicable,
    ).toBe(true);
    const p = { ...ind('产出指标', '数量指标', '指标2：', '', '', null, null), placeholder: true as const };
    expect(analyseRow(p, 0, DEFAULT_RULES).placeholder).toBe(true);
  });

  it('moves a 满意度 row marked 未做 into the satisfaction group wherever its 一级 landed', () => {
    const row = ind('效益指标', '生态效益指标', '供热满意度指标', '服务对象满意度', '达到 95%', 5, 0, '未做');
    const a = analyseRow(row, 0, DEFAULT_RULES);
    expect(a.group).toBe('满意度指标');
    expect(a.notSurveyed).toBe(true);
  });
});

describe('labels and bands', () => {
  it.each([
    ['优', '优'],
    ['良', '良'],
    ['优（按期完成）', '优'],
    ['优秀', null],
    ['良好', null],
    ['', null],
  ])('gradeLabel(%s) → %s', (actual, label) => {
    expect(gradeLabel(actual)).toBe(label);
  });

  it.each([
    ['达到目标', 'achieved'],
    ['已完成', 'achieved'],
    ['基本完成', 'partial'],
    ['部分完成', 'partial'],
    ['2023 年未完成年度指标', 'notAchieved'],
    ['未开展', 'notAchieved'],
    ['有所提升', null],
  ])('qualitativeLabel(%s) → %s', (actual, label) => {
    expect(qualitativeLabel(actual, DEFAULT_RULES)).toBe(label);
  });

  it.each([
    [20, 20, 'achieved', true],
    [16, 20, 'achieved', true],
    [15.9, 20, 'achieved', false],
    [15, 20, 'partial', true],
    [16, 20, 'partial', false],
    [11.9, 20, 'notAchieved', true],
    [12, 20, 'notAchieved', false],
  ] as const)('%d of %d in %s band → %s', (s, w, band, ok) => {
    expect(inBand(s, w, DEFAULT_RULES.qualitativeBands[band], 0.05)).toBe(ok);
  });

  it.each([
    ['', false],
    ['无', false],
    ['—', false],
    ['/', false],
    ['以实际参与人数为准进行慰问', true],
  ])('hasDeviationText(%s) → %s', (text, has) => {
    expect(hasDeviationText(text)).toBe(has);
  });
});

describe('canonicalLevel1', () => {
  it.each([
    ['产出指标', '数量指标', '产出指标'],
    ['产出标指', '质量指标', '产出指标'],
    ['成本指标', '经济成本指标', '成本指标'],
    ['产出指标', '社会效益指标', '效益指标'],
    ['', '可持续影响指标', '效益指标'],
    ['', '数量指标', '产出指标'],
    ['满意度指标', '服务对象满意度标', '满意度指标'],
    ['满意度指标', '', '满意度指标'],
    ['效益指标', '经济效益', '效益指标'],
    ['', '', '未标明一级指标'],
  ])('%s / %s → %s', (l1, l2, out) => {
    expect(canonicalLevel1(l1, l2)).toBe(out);
  });
});
