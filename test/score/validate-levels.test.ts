import { describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { FindingCode } from '../../src/score/types.ts';
import { codesOf, findOne, ind, placeholder, row, withEdit } from './fixtures.ts';

type Case = [string, FindingCode, (r: FormRecord) => void, boolean];

const dropSatisfaction = (r: FormRecord) => {
  r.indicators = r.indicators.filter((x) => x.level1 !== '满意度指标');
};

describe('一级 group validators', () => {
  it.each<Case>([
    [
      '产出60/效益20/满意度10',
      'LEVEL1_WEIGHTS_NONSTANDARD',
      (r) => {
        row(r, 0).weight = 30;
        row(r, 5).weight = 5;
      },
      true,
    ],
    ['产出50/效益30/满意度10', 'LEVEL1_WEIGHTS_NONSTANDARD', () => {}, false],
    [
      '成本指标 as its own 一级 counts with 产出',
      'LEVEL1_WEIGHTS_NONSTANDARD',
      (r) => (r.indicators[3] = ind('成本指标', '经济成本指标', 'c', '≤20万元', '12万元', 10, 10)),
      false,
    ],
    [
      'no 效益 rows',
      'BENEFIT_MISSING',
      (r) => (r.indicators = r.indicators.filter((x) => x.level1 !== '效益指标')),
      true,
    ],
    [
      'only 效益 placeholders',
      'BENEFIT_MISSING',
      (r) => {
        r.indicators = r.indicators.filter((x) => x.level1 !== '效益指标');
        r.indicators.push(placeholder('效益指标', '经济效益指标', '指标1：'));
      },
      true,
    ],
    [
      '效益 二级 rows under a blank 一级',
      'BENEFIT_MISSING',
      (r) => {
        row(r, 4).level1 = '产出指标';
        row(r, 5).level1 = '产出指标';
      },
      true,
    ],
    ['效益 rows present', 'BENEFIT_MISSING', () => {}, false],
    ['no 满意度 row', 'SATISFACTION_MISSING', dropSatisfaction, true],
    [
      'only a 满意度 placeholder',
      'SATISFACTION_MISSING',
      (r) => {
        dropSatisfaction(r);
        r.indicators.push(placeholder('满意度指标', '服务对象满意度指标', '……'));
      },
      true,
    ],
    [
      '满意度 weight 0',
      'SATISFACTION_MISSING',
      (r) => {
        row(r, 6).weight = 0;
        row(r, 6).score = 0;
      },
      true,
    ],
    ['满意度 row present', 'SATISFACTION_MISSING', () => {}, false],
  ])('%s → %s raised: %s', (_name, code, edit, raised) => {
    expect(codesOf(withEdit(edit)).includes(code)).toBe(raised);
  });

  it('tells 效益 rows without their 一级 label apart from no 效益 rows at all', () => {
    const mislabelled = withEdit((r) => {
      row(r, 4).level1 = '产出指标';
      row(r, 5).level1 = '产出指标';
    });
    expect(findOne(mislabelled, 'BENEFIT_MISSING')).toMatchObject({
      detail: 'level1Label',
      path: 'indicators[4].level1',
    });
    // Grouping follows the 二级 label, so the levels still read 产出50/效益30.
    expect(checkRecord(mislabelled).score.levels.map((l) => [l.level1, l.weight])).toEqual([
      ['产出指标', 50],
      ['效益指标', 30],
      ['满意度指标', 10],
    ]);
    const none = withEdit((r) => (r.indicators = r.indicators.filter((x) => x.level1 !== '效益指标')));
    expect(findOne(none, 'BENEFIT_MISSING')?.detail).toBe('noRow');
  });

  it('groups a typo 一级 (产出标指) with 产出指标 without rewriting the record', () => {
    const r = withEdit((x) => (row(x, 0).level1 = '产出标指'));
    const res = checkRecord(r);
    expect(res.score.levels[0]).toMatchObject({ level1: '产出指标', weight: 50 });
    expect(row(r, 0).level1).toBe('产出标指');
    expect(res.findings).toEqual([]);
  });
});
