import { describe, expect, it } from 'vitest';
import { convertAnswer, fieldInfo, getPath, parseNumber, setPath } from '../../src/bot/fields.ts';
import { emptyRecord } from '../../src/record/record.ts';

const withRow = () => {
  const r = emptyRecord();
  r.indicators.push({
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '居民满意度',
    target: '≥90%',
    actual: '',
    weight: 10,
    score: null,
    deviation: '',
    weightRaw: '10',
    scoreRaw: '',
  });
  return r;
};

describe('fields', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['95%', 95],
    ['８分', 8],
    ['120万元', 120],
    ['很多', null],
    ['', null],
  ])('parseNumber(%s) = %s', (text, n) => {
    expect(parseNumber(text)).toBe(n);
  });

  it('names the fields it can ask for and refuses whole sections', () => {
    const r = withRow();
    expect(fieldInfo(r, 'owner')).toEqual({ path: 'owner', label: '项目负责人', group: 1, kind: 'text' });
    expect(fieldInfo(r, 'funds.total.executed')).toMatchObject({
      label: '年度资金总额·全年执行数',
      group: 2,
      kind: 'funds',
    });
    expect(fieldInfo(r, 'indicators[0].score')).toMatchObject({
      label: '「居民满意度」得分',
      group: 4,
      kind: 'number',
    });
    expect(fieldInfo(r, 'indicators[0].deviation')).toMatchObject({ group: 5 });
    expect(fieldInfo(r, 'indicators[3].score')).toBeNull();
    expect(fieldInfo(r, 'indicators[level1=效益指标]')).toMatchObject({
      label: '效益指标',
      group: 4,
      kind: 'row',
    });
    expect(fieldInfo(r, 'indicators')).toBeNull();
  });

  it('sets a path on a copy and keeps the raw score text in step', () => {
    const r = withRow();
    const next = setPath(r, 'indicators[0].score', 9);
    expect(getPath(next, 'indicators[0].score')).toBe(9);
    expect(next.indicators[0]?.scoreRaw).toBe('9');
    expect(r.indicators[0]?.score).toBeNull();
  });

  it('reads a missing row from 未做 (satisfaction) or 名称/指标值/完成值/分值/得分', () => {
    const r = withRow();
    const satisfaction = fieldInfo(r, 'indicators[level1=满意度指标]');
    const benefit = fieldInfo(r, 'indicators[level1=效益指标]');
    if (!satisfaction || !benefit) throw new Error('fields');
    expect(convertAnswer(satisfaction, '未做')).toMatchObject({
      ok: true,
      value: { level1: '满意度指标', actual: '未做', weight: null, score: 0 },
    });
    expect(convertAnswer(benefit, '带动就业 / ≥10人 / 12人 / 10 / 10')).toEqual({
      ok: true,
      value: {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '带动就业',
        target: '≥10人',
        actual: '12人',
        weight: 10,
        score: 10,
        deviation: '',
        weightRaw: '10',
        scoreRaw: '10',
      },
    });
    expect(convertAnswer(benefit, '未做')).toMatchObject({ ok: false });
  });

  it('converts answers by field kind', () => {
    const r = withRow();
    const funds = fieldInfo(r, 'funds.total.executed');
    const year = fieldInfo(r, 'year');
    if (!funds || !year) throw new Error('fields');
    // Amounts land in the form's unit (万元) as a bare number, so no unit finding follows; the echo says how.
    expect(convertAnswer(funds, '150万元')).toEqual({
      ok: true,
      value: { raw: '150', value: 150 },
      note: '「150万元」按万元记为 150',
    });
    expect(convertAnswer(funds, '1,196,000元')).toEqual({
      ok: true,
      value: { raw: '119.6', value: 119.6 },
      note: '「1,196,000元」= 119.6 万元',
    });
    expect(convertAnswer(funds, '120.5')).toEqual({ ok: true, value: { raw: '120.5', value: 120.5 } });
    const rate = fieldInfo(r, 'funds.total.rate');
    if (!rate) throw new Error('fields');
    expect(convertAnswer(rate, '百分之九十五')).toEqual({ ok: true, value: { raw: '95%', value: 95 } });
    expect(convertAnswer(year, '2024年')).toEqual({ ok: true, value: 2024 });
    expect(convertAnswer(year, '去年')).toMatchObject({ ok: false });
  });
});
