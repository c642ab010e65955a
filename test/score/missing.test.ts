import { describe, expect, it } from 'vitest';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { baseRecord, cell, ind, placeholder, row, withEdit } from './fixtures.ts';

const missingOf = (r: FormRecord) => checkRecord(r).missing;

describe('missing fields (SCORING §9)', () => {
  it('a complete record misses nothing', () => {
    expect(missingOf(baseRecord())).toEqual([]);
  });

  it.each([
    ['owner absent (004 forms)', (r: FormRecord) => (r.owner = null), 'owner', 1],
    ['owner blank', (r: FormRecord) => (r.owner = ' '), 'owner', 1],
    ['phone absent', (r: FormRecord) => (r.phone = null), 'phone', 1],
    ['implementing unit blank', (r: FormRecord) => (r.implementingUnit = ''), 'implementingUnit', 1],
    ['year unknown', (r: FormRecord) => (r.year = null), 'year', 1],
    [
      '年初预算数 blank',
      (r: FormRecord) => (r.funds.total.initialBudget = cell('')),
      'funds.total.initialBudget',
      2,
    ],
    ['全年执行数 dash', (r: FormRecord) => (r.funds.total.executed = cell('—')), 'funds.total.executed', 2],
    ['实际完成情况 blank', (r: FormRecord) => (r.goals.actual = ''), 'goals.actual', 3],
    ['no 满意度 rows', (r: FormRecord) => r.indicators.splice(6, 1), 'indicators[level1=满意度指标]', 4],
    ['an indicator without target', (r: FormRecord) => (row(r, 1).target = ''), 'indicators[1].target', 4],
    ['an indicator without score', (r: FormRecord) => (row(r, 1).score = null), 'indicators[1].score', 4],
    ['a shortfall without reason', (r: FormRecord) => (row(r, 2).score = 9), 'indicators[2].deviation', 5],
    ['总分 empty', (r: FormRecord) => (r.totalScore = null), 'totalScore', 6],
  ])('%s → %s (group %d)', (_name, edit, path, group) => {
    const missing = missingOf(withEdit(edit));
    expect(missing.find((m) => m.path === path)?.group).toBe(group);
  });

  it('never counts placeholder rows as present, and asks nothing of 不适用 rows', () => {
    const r = withEdit((x) => {
      x.indicators.splice(6, 1);
      x.indicators.push(placeholder('满意度指标', '服务对象满意度指标'));
      x.indicators.push(ind('产出指标', '质量指标', 'q', '不适用', '', null, null));
    });
    const paths = missingOf(r).map((m) => m.path);
    expect(paths).toContain('indicators[level1=满意度指标]');
    expect(paths.filter((p) => p.startsWith('indicators[7]'))).toEqual([]);
  });

  it('lists an empty record in form order, group by group', () => {
    const missing = missingOf(emptyRecord());
    const groups = missing.map((m) => m.group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(missing.slice(0, 6).map((m) => m.label)).toEqual([
      '项目名称',
      '主管部门',
      '实施单位',
      '项目负责人',
      '联系电话',
      '年度',
    ]);
    expect(new Set(groups)).toEqual(new Set([1, 2, 3, 4, 6]));
  });

  it('raises FIELD_MISSING once per field not already covered by a more specific finding', () => {
    const res = checkRecord(
      withEdit((r) => {
        r.owner = null;
        r.phone = null;
        r.totalScore = null;
      }),
    );
    const fieldMissing = res.findings.filter((f) => f.code === 'FIELD_MISSING').map((f) => f.path);
    expect(fieldMissing).toEqual(['owner', 'phone']);
    expect(res.findings.filter((f) => f.path === 'totalScore').map((f) => f.code)).toEqual(['TOTAL_MISSING']);
  });
});
