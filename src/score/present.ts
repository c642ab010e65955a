import { roundTo } from './numeric.ts';
import type { CheckResult, Finding, FindingCode, ScoreBreakdown } from './types.ts';

/**
 * Findings and scores as the user reads them (bot replies, CLI, export): every number at the form's precision, and
 * the list in the order a reviewer needs it: errors first (never cut), then warnings grouped by kind with their
 * counts, then a pointer to 查看全部问题 for the rest. Each problem is said once: a missing field is listed as 缺项
 * only when no other finding already points at its cell.
 */

/** Short name of each kind, for the grouped lines. */
export const KIND_ZH: Record<FindingCode, string> = {
  TOTAL_MISMATCH: '总分与得分合计不符',
  TOTAL_MISSING: '总分未填写',
  WEIGHT_SUM: '分值合计不符',
  TOTAL_WEIGHT_NOT_100: '总分分值不是100',
  SCORE_ABOVE_WEIGHT: '得分超过分值',
  SCORE_NEGATIVE: '得分为负数',
  RATE_MISMATCH: '执行率计算有误',
  BUDGET_SCORE_MISMATCH: '预算执行得分与常用算法不同',
  BUDGET_WEIGHT_HOLDS_SCORE: '预算执行分值栏填了得分',
  EXECUTED_EXCEEDS_BUDGET: '执行数大于预算数',
  FUNDS_MISSING: '预算金额缺失',
  FUNDS_UNREADABLE: '金额不是数字',
  QUAL_SCORE_OUT_OF_BAND: '得分与完成情况不符',
  RATE_ROUNDED_UP_TO_FULL: '执行率进位成100%',
  BUDGET_WEIGHT_NONSTANDARD: '非标准分值结构',
  LEVEL1_WEIGHTS_NONSTANDARD: '一级指标分值非标准',
  SATISFACTION_MISSING: '缺满意度指标',
  SATISFACTION_NOT_SURVEYED: '未开展满意度调查',
  BENEFIT_MISSING: '缺效益指标',
  DEVIATION_MISSING: '缺偏差原因分析',
  INDICATOR_SCORE_DIFFERS: '得分与规则算法不同',
  REVERSE_SCORED_AS_POSITIVE: '反向指标按正向计分',
  OVER_ACHIEVEMENT: '实际值远超目标值',
  ACTUAL_EMPTY: '实际完成值为空',
  FUNDS_UNIT_SUSPECT: '金额单位可疑',
  PHONE_FORMAT: '联系电话格式',
  LOW_EXECUTION_NO_REASON: '执行率偏低未说明原因',
  BUDGET_ADJUSTED_NO_REASON: '预算调整未说明原因',
  SATISFACTION_NO_EVIDENCE: '满意度缺调查样本',
  DEVIATION_ON_FULL_SCORE: '满分却填了偏差原因',
  PLACEHOLDER_ROWS: '空白模板行',
  FIELD_MISSING: '缺项',
  FORM_INCOMPLETE: '表格未读全',
};

/** A computed value at the form's precision (at least 2 decimals, no trailing zeros); `—` when there is none. */
export function formatScore(x: number | null | undefined, precision = 2): string {
  return x === null || x === undefined ? '—' : String(roundTo(x, precision));
}

/** 核算总分 as a sentence: the total, or why there is none. */
export function totalSentence(score: ScoreBreakdown): string {
  const p = score.precision;
  const stated = score.total.stated === null ? '未填' : formatScore(score.total.stated, p);
  if (score.total.computed === null) {
    return `核算总分：无法核算（预算执行或部分分值、得分缺失，补全后再算），表中总分 ${stated}。`;
  }
  const computed = formatScore(score.total.computed, p);
  const same = score.total.stated !== null && computed === formatScore(score.total.stated, p);
  return same
    ? `核算总分 ${computed}，与表中一致，参考等级「${score.grade ?? '—'}」。`
    : `核算总分 ${computed}（表中 ${stated}），参考等级「${score.grade ?? '—'}」。`;
}

const TAG = { error: '错误', warning: '提醒', info: '提示' } as const;

/** One line per finding, for 查看全部问题: errors, warnings, notices, each said once. */
export function allIssueLines(check: CheckResult): string[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  return [...check.findings]
    .sort((a, b) => order[a.severity] - order[b.severity])
    .map((f) =>
      f.code === 'FIELD_MISSING' ? `【缺项】${missingLabel(check, f)}` : `【${TAG[f.severity]}】${f.message}`,
    );
}

function missingLabel(check: CheckResult, f: Finding): string {
  return check.missing.find((m) => m.path === f.path)?.label ?? f.message;
}

export interface IssueCounts {
  errors: number;
  /** Warnings other than missing fields. */
  warnings: number;
  /** Missing fields no other finding points at. */
  missing: number;
  notices: number;
}

export function issueCounts(check: CheckResult): IssueCounts {
  const f = check.findings;
  return {
    errors: f.filter((x) => x.severity === 'error').length,
    warnings: f.filter((x) => x.severity === 'warning' && x.code !== 'FIELD_MISSING').length,
    missing: f.filter((x) => x.code === 'FIELD_MISSING').length,
    notices: f.filter((x) => x.severity === 'info').length,
  };
}

/**
 * The short list of a breakdown: every error in full; then each kind of warning once, with its count (in full when
 * it is the only one of its kind); then missing fields by name; then how many notices 查看全部问题 shows besides.
 */
export function summaryIssueLines(check: CheckResult): string[] {
  const lines = check.findings.filter((f) => f.severity === 'error').map((f) => `【错误】${f.message}`);
  const byKind = new Map<FindingCode, Finding[]>();
  for (const f of check.findings) {
    if (f.severity !== 'warning' || f.code === 'FIELD_MISSING') continue;
    const list = byKind.get(f.code);
    if (list) list.push(f);
    else byKind.set(f.code, [f]);
  }
  for (const [code, list] of byKind) {
    lines.push(
      list.length === 1 ? `【提醒】${list[0]?.message}` : `【提醒】${KIND_ZH[code]}：共 ${list.length} 处`,
    );
  }
  const missing = check.findings.filter((f) => f.code === 'FIELD_MISSING').map((f) => missingLabel(check, f));
  if (missing.length) lines.push(`【缺项】${missing.join('、')}（共 ${missing.length} 项）`);
  const grouped = [...byKind.values()].filter((l) => l.length > 1).reduce((n, l) => n + l.length, 0);
  const notices = issueCounts(check).notices;
  const rest = [
    grouped ? `以上分组的 ${grouped} 条提醒的明细` : '',
    notices ? `${notices} 条提示` : '',
  ].filter(Boolean);
  if (rest.length) lines.push(`另有${rest.join('和')}，点「查看全部问题」查看。`);
  return lines;
}
