import {
  FUNDS_COLUMN_LABEL,
  FUNDS_ROW_LABEL,
  HEADER_LABEL,
  INDICATOR_LABEL,
  labelOf,
} from '../record/labels.ts';
import type { FormRecord } from '../record/record.ts';
import { formatScore } from '../score/present.ts';
import type { CheckResult, Severity } from '../score/types.ts';

export const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '提醒', info: '提示' };

const FIELD_ZH: Record<string, string> = {
  ...HEADER_LABEL,
  totalWeight: '总分分值',
  totalScore: '总分',
  'goals.expected': '预期目标',
  'goals.actual': '实际完成情况',
};

/** A record field path as the user finds it on the form: `indicators[3].score` → `指标《…》得分`. */
export function describePath(record: FormRecord, path: string): string {
  const direct = FIELD_ZH[path];
  if (direct) return direct;
  const funds = /^funds\.(\w+)(?:\.(\w+))?/.exec(path);
  if (funds) {
    const row = labelOf(FUNDS_ROW_LABEL, funds[1]) ?? funds[1]!;
    return funds[2] ? `${row}·${labelOf(FUNDS_COLUMN_LABEL, funds[2]) ?? funds[2]}` : row;
  }
  if (path === 'indicators') return '绩效指标';
  const level = /^indicators\[level1=([^\]]*)\]/.exec(path);
  if (level) return `一级指标「${level[1]}」`;
  const indicator = /^indicators\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (indicator) {
    const row = record.indicators[Number(indicator[1])];
    const name = row
      ? `指标《${row.name || `第${Number(indicator[1]) + 1}行`}》`
      : `第${Number(indicator[1]) + 1}行指标`;
    return indicator[2] ? `${name}${labelOf(INDICATOR_LABEL, indicator[2]) ?? indicator[2]}` : name;
  }
  return path;
}

export interface SummaryTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/** The checked result as tables: scores per 一级指标 (stated vs recomputed), findings, missing fields. */
export function summaryTables(record: FormRecord, check: CheckResult): SummaryTable[] {
  const { score } = check;
  const num = (x: number | null | undefined) => formatScore(x, score.precision);
  const scores: SummaryTable = {
    title: '得分核算',
    columns: ['项目', '分值', '填报得分', '核算得分', '按规则计算（参考）'],
    rows: [
      [
        '预算执行率',
        record.funds.total.weight.raw.trim() || num(score.budget.weight),
        num(score.budget.stated),
        num(score.budget.stated ?? score.budget.computed),
        num(score.budget.computed),
      ],
      ...score.levels.map((l) => [l.level1, num(l.weight), num(l.stated), num(l.stated), num(l.computed)]),
      [
        '总分',
        num(score.total.weight),
        num(score.total.stated),
        num(score.total.computed),
        num(score.total.byRules),
      ],
      ['参考等级', '', '', score.grade ?? '—', ''],
    ],
  };
  const findings: SummaryTable = {
    title: '发现的问题',
    columns: ['级别', '位置', '说明', '填报值', '应为'],
    rows: check.findings.map((f) => [
      SEVERITY_ZH[f.severity],
      describePath(record, f.path),
      f.message,
      f.stated === undefined || f.stated === null ? '' : String(f.stated),
      f.expected === undefined || f.expected === null ? '' : String(f.expected),
    ]),
  };
  const missing: SummaryTable = {
    title: '缺少的内容',
    columns: ['字段', '位置'],
    rows: check.missing.map((m) => [m.label, describePath(record, m.path)]),
  };
  return [scores, findings, missing];
}
