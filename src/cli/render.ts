/** Plain-text breakdown of one checked form, for the terminal. */
import type { FormRecord } from '../record/record.ts';
import { totalSentence } from '../score/present.ts';
import type { Finding, Severity } from '../score/types.ts';
import type { CheckedForm } from './check.ts';

const SEVERITY_MARK: Record<Severity, string> = { error: '✗ 错误', warning: '! 警告', info: '· 提示' };

const num = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(2);

/** "stated（算得 computed）", or just the value when both agree. */
function versus(stated: number | null, computed: number | null): string {
  if (computed === null || (stated !== null && Math.abs(stated - computed) < 0.005)) return num(stated);
  return `${num(stated)}（算得 ${num(computed)}）`;
}

function header(record: FormRecord): string[] {
  const field = (label: string, v: string | null) => `${label} ${v === null ? '（无此栏）' : v || '（空）'}`;
  return [
    [field('主管部门', record.department), field('实施单位', record.implementingUnit)].join('  '),
    [field('项目负责人', record.owner), field('联系电话', record.phone)].join('  '),
  ];
}

const shown = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === '' ? '空' : String(v);

function findingLine(f: Finding): string {
  const hasExpected = f.expected !== undefined && f.expected !== null && f.expected !== '—';
  const values = hasExpected
    ? `（填写 ${shown(f.stated)}，应为 ${f.expected}）`
    : f.stated !== undefined && f.stated !== null && f.stated !== ''
      ? `（填写 ${f.stated}）`
      : '';
  return `  ${SEVERITY_MARK[f.severity]} ${f.code} ${f.path}：${f.message}${values}`;
}

export function renderBreakdown(form: CheckedForm, formsInFile: number): string {
  const { record } = form.parsed;
  const { score, findings, missing } = form.result;
  const lines: string[] = [];
  const where = formsInFile > 1 ? ` · 第 ${form.index + 1}/${formsInFile} 张` : '';
  lines.push(
    `══ ${form.file}${where} · ${record.projectName || '（未填项目名称）'}${record.year ? `（${record.year} 年度）` : ''}`,
  );
  lines.push(...header(record));
  const funds = record.funds.total;
  lines.push(
    `预算执行  全年预算 ${funds.annualBudget.raw || '—'}  全年执行 ${funds.executed.raw || '—'}  执行率 ${versus(score.budget.statedRate, score.budget.rate)}%  得分 ${versus(score.budget.stated, score.budget.computed)} / ${funds.weight.raw.trim() || num(score.budget.weight)}`,
  );
  for (const level of score.levels) {
    lines.push(`${level.level1}  得分 ${versus(level.stated, level.computed)} / ${num(level.weight)}`);
    for (const row of score.indicators.filter((i) => i.level1 === level.level1)) {
      lines.push(`    ${row.level2} · ${row.name}  ${versus(row.stated, row.computed)} / ${num(row.weight)}`);
    }
  }
  // 总分 as the form states it, then the total once its errors are fixed (never above the total weight).
  lines.push(`总分 ${num(score.total.stated)} / ${num(score.total.weight)}  ${totalSentence(score)}`);
  const listed = findings.filter((f) => f.code !== 'FIELD_MISSING');
  lines.push(listed.length ? `问题 ${listed.length} 项：` : '未发现问题。');
  lines.push(...listed.map(findingLine));
  if (missing.length) lines.push(`待补充：${missing.map((m) => m.label).join('、')}`);
  for (const note of form.parsed.notes) lines.push(`  注：${note}`);
  const llm = form.llm;
  if (llm?.unread.length) lines.push(`未能读取：${llm.unread.map((u) => u.label).join('、')}`);
  if (llm?.filled.length) lines.push(`由模型补读并已核对原文：${llm.filled.join('、')}`);
  if (llm?.dropped.length)
    lines.push(`模型给出但原文中找不到、已丢弃：${llm.dropped.map((d) => d.path).join('、')}`);
  return lines.join('\n');
}
