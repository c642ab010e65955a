import { describe, expect, it } from 'vitest';
import { breakdownReply, changesReply, issuesReply } from '../../src/bot/replies.ts';
import { renderBreakdown } from '../../src/cli/render.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { StoredForm } from '../../src/store/store.ts';
import { cell, ind, withEdit } from './fixtures.ts';

/** Each wording problem of issue 11, as the user sees it (bot replies and the terminal). */

function stored(record: FormRecord): StoredForm {
  return {
    formId: 'f1',
    version: 1,
    record,
    check: checkRecord(record),
    provenance: {},
    source: 'reader',
    createdAt: new Date(0),
    byUser: null,
    ownerId: 'web:u',
    uploadId: null,
    formIndex: 0,
    projectName: record.projectName,
    department: record.department,
    year: record.year,
  } as StoredForm;
}

const all = (f: StoredForm) => {
  const b = breakdownReply(f, 0);
  return [b.text ?? '', ...(b.items ?? []), ...(b.table?.rows.flat() ?? [])].join('\n');
};

/** Indicators of 100 beside a budget row of 10 (the 110 / 100 forms). */
const weights110 = () =>
  withEdit((r) => {
    r.funds.total = { ...r.funds.total, executed: cell('50'), rate: cell('100%'), score: cell('10') };
    r.indicators[0] = ind('产出指标', '数量指标', '开展文化活动', '≥100次', '120次', 30, 30);
    r.totalScore = 100;
  });

describe('issue 11 wording', () => {
  it('never "110 / 100" nor 应为 110 / 建议填 110 for weights adding to 110', () => {
    const f = stored(weights110());
    const text = [all(f), ...(issuesReply(f).items ?? [])].join('\n');
    expect(text).not.toMatch(/110\s*\/\s*100|应为 110|建议填 110|核算总分 110/);
    expect(text).toContain('共 110');
    expect(f.check.score.total.computed).toBe(100);
    const cli = renderBreakdown(
      { file: 'x.docx', index: 0, parsed: { record: f.record, notes: [] }, result: f.check } as never,
      1,
    );
    expect(cli).not.toMatch(/110\s*\/\s*100|算得 110|应为 110/);
  });

  it('a 30 + 70 form is not re-weighted to 10, not scored 80 (良), not blamed for a weight sum', () => {
    const f = stored(
      withEdit((r) => {
        r.funds.total = { ...r.funds.total, weight: cell('30'), score: cell('28.5') };
        r.indicators = [
          ind('产出指标', '数量指标', '开展文化活动', '≥100次', '120次', 40, 40),
          ind('效益指标', '社会效益指标', '丰富居民文化生活', '优良中差', '优', 20, 20),
          ind('满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '95%（有效问卷120份）', 10, 10),
        ];
        r.totalScore = 98.5;
      }),
    );
    const text = all(f);
    expect(text).toContain('核算总分 98.5，与表中一致');
    expect(text).not.toMatch(/良|分值合计|88\.5/);
    expect(f.check.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('the arithmetic fact first and alone; a rule’s re-scoring is a separate 建议', () => {
    const f = stored(
      withEdit((r) => {
        r.indicators[3] = ind('产出指标', '成本指标', '活动成本', '≤20万元', '12万元', 10, 9, '略有超支');
        r.totalScore = 98; // parts 98.5
      }),
    );
    const items = breakdownReply(f, 0).items ?? [];
    const total = items.find((l) => l.includes('≠ 总分'));
    expect(total).toBe('【错误】得分合计 98.5（预算执行 9.5 + 指标 89）≠ 总分 98；总分应为 98.5，请更正。');
    expect(items.findIndex((l) => l.includes('≠ 总分'))).toBe(0);
    expect(items.some((l) => l.includes('建议') && l.includes('反向指标'))).toBe(true);
  });

  it('a missing deviation reason is said once (not as 缺项 and 提醒), a score above weight once (not again as a band)', () => {
    const f = stored(
      withEdit((r) => {
        r.indicators[1] = ind('产出指标', '质量指标', '活动验收合格率', '100%', '95%', 10, 9.5, '');
        r.indicators[5] = ind('效益指标', '可持续影响指标', '长效机制', '长期发挥作用', '未完成', 15, 16, '');
        r.totalScore = 100;
      }),
    );
    const lines = issuesReply(f).items ?? [];
    expect(lines.filter((l) => l.includes('第2行指标'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('第6行指标'))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('【缺项】') && l.includes('偏差原因'))).toBe(false);
  });

  it('no silent cut at 8: every error listed, warnings grouped by kind with right counts, then 查看全部问题', () => {
    const f = stored(
      withEdit((r) => {
        r.indicators = Array.from({ length: 12 }, (_, k) =>
          ind('产出指标', '数量指标', `指标${k + 1}`, '≥10次', '9次', 7.5, 7, ''),
        );
        r.totalScore = 93.5; // 9.5 + 12 × 7 = 93.5; weights 90
      }),
    );
    const items = breakdownReply(f, 0).items ?? [];
    const deviation = f.check.findings.filter((x) => x.code === 'DEVIATION_MISSING').length;
    expect(deviation).toBe(12);
    expect(items).toContain(`【提醒】缺偏差原因分析：共 ${deviation} 处`);
    expect(items.at(-1)).toContain('查看全部问题');
    expect(issuesReply(f).items?.filter((l) => l.includes('偏差原因分析及改进措施”为空'))).toHaveLength(12);
    const many = stored(
      withEdit((r) => {
        r.indicators = Array.from({ length: 10 }, (_, k) =>
          ind('产出指标', '数量指标', `指标${k + 1}`, '≥10次', '10次', 9, 10, ''),
        );
        r.totalScore = 109.5;
      }),
    );
    const errors = many.check.findings.filter((x) => x.severity === 'error');
    expect(errors.length).toBeGreaterThan(8);
    const lines = breakdownReply(many, 0).items ?? [];
    expect(lines.filter((l) => l.startsWith('【错误】'))).toHaveLength(errors.length);
  });

  it('numbers as written: 年初预算数 10.998 is not shown as 11; an adjusted budget is not called wrong', () => {
    const f = stored(
      withEdit((r) => {
        r.funds.total = { ...r.funds.total, initialBudget: cell('10.998'), annualBudget: cell('50') };
      }),
    );
    const notice = f.check.findings.find((x) => x.code === 'BUDGET_ADJUSTED_NO_REASON');
    expect(notice?.message).toContain('10.998');
    expect(notice?.message).not.toMatch(/\b11\b/);
    expect(notice?.expected).toBeUndefined();
    const cli = renderBreakdown(
      { file: 'x.docx', index: 0, parsed: { record: f.record, notes: [] }, result: f.check } as never,
      1,
    );
    expect(cli).not.toMatch(/应为 10\.998|应为 50/);
  });

  it('no 核算总分 when the budget row cannot be scored', () => {
    const f = stored(withEdit((r) => (r.funds.total.annualBudget = cell(''))));
    const text = all(f);
    expect(text).toContain('核算总分：无法核算');
    expect(text).not.toMatch(/核算总分 \d/);
  });

  it('the missing count matches what is listed', () => {
    const f = stored(
      withEdit((r) => {
        r.owner = '';
        r.phone = '';
        r.implementingUnit = '';
      }),
    );
    const b = breakdownReply(f, 0);
    expect(b.text).toContain('缺少 3 项必填内容');
    expect(b.items).toContain('【缺项】实施单位、项目负责人、联系电话（共 3 项）');
  });

  it('computed totals at the form’s precision, never 95.66072065643954', () => {
    const f = stored(
      withEdit((r) => {
        r.funds.total = {
          ...r.funds.total,
          executed: cell('47.83036'),
          rate: cell('95.66%'),
          score: cell('9.57'),
        };
        r.indicators[0] = ind('产出指标', '数量指标', '开展文化活动', '≥100次', '120次', 20, 20);
        r.totalScore = 99.57;
      }),
    );
    const before = stored(f.record);
    const after = stored({ ...f.record, totalScore: null });
    const text = [all(f), changesReply([], before, after, new Map()).text ?? ''].join('\n');
    expect(text).not.toMatch(/\d\.\d{5,}/);
  });
});
