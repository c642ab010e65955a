import type { FormRecord, FundsCell, FundsRow, FundsRowKey } from '../record/record.ts';
import { formPrecision, roundTo } from '../score/numeric.ts';

/** The official 项目支出绩效自评表 is ten columns wide (A–J), like the corpus .xlsx files. */
export const FORM_COLUMNS = 10;

export type LayoutRole = 'title' | 'subtitle' | 'label' | 'value' | 'number';

/** One origin cell of the form grid; `number` cells hold text that reads back as the same number. */
export interface LayoutCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  role: LayoutRole;
  /** Record field path, for notes (recomputed scores) on that cell. */
  path?: string;
}

export interface FormLayout {
  rows: number;
  cells: LayoutCell[];
}

const FUNDS_LABELS: Record<FundsRowKey, string> = {
  total: '年度资金总额',
  fiscal: '其中：当年财政拨款',
  carryOver: '上年结转资金',
  other: '其他资金',
};

const FUNDS_KEYS: FundsRowKey[] = ['total', 'fiscal', 'carryOver', 'other'];

/** Text that a spreadsheet would show for this number, so writing it as a number loses nothing. */
export function isPlainNumber(raw: string): boolean {
  return raw.trim() !== '' && String(Number(raw)) === raw;
}

function numberish(raw: string): LayoutRole {
  return isPlainNumber(raw) ? 'number' : 'value';
}

function fundsText(cell: FundsCell): string {
  return cell.raw;
}

/**
 * The funds block's label: its unit as the form stated it (a form in 元 stays in 元: its amounts are written as
 * they were) and the points its header printed (预算执行情况(20分)), so both read back.
 */
function fundsBlockLabel(record: FormRecord): string {
  const points = record.blockWeights?.budget;
  return `项目资金（${record.funds.unit ?? '万元'}）${points === undefined ? '' : `（${points}分）`}`;
}

/** The amount columns; where the form printed `执行率(B/A)` the column it names A keeps its letter. */
function fundsHeader(record: FormRecord): string[] {
  const base = record.funds.rateBase;
  const letter = (column: string, text: string) => (base === column ? `${text}(A)` : text);
  return [
    letter('initialBudget', '年初预算数'),
    letter('annualBudget', '全年预算数'),
    base ? '全年执行数(B)' : '全年执行数',
    '分值',
  ];
}

/** The four rows of the template, then the rows other templates add (财政专户管理资金, 单位资金, any named row). */
function fundsRowsOf(record: FormRecord): { label: string; row: FundsRow; base: string }[] {
  const funds = record.funds;
  const rows = FUNDS_KEYS.map((key) => ({ label: FUNDS_LABELS[key], row: funds[key], base: `funds.${key}` }));
  if (funds.specialAccount)
    rows.push({ label: '财政专户管理资金', row: funds.specialAccount, base: 'funds.specialAccount' });
  if (funds.unitFunds) rows.push({ label: '单位资金', row: funds.unitFunds, base: 'funds.unitFunds' });
  (funds.extraRows ?? []).forEach((extra, i) => {
    rows.push({ label: extra.label, row: extra.row, base: `funds.extraRows[${i}].row` });
  });
  return rows;
}

/** Texts of other templates written under the table, with the label each reads back by (form-texts.ts). */
const CLOSING_TEXTS = [
  ['projectCategory', '项目类别'],
  ['projectAttribute', '项目属性'],
  ['implementationSummary', '项目实施内容及过程概述'],
  ['deviationSummary', '偏差大或目标未完成原因分析'],
  ['conclusion', '评价结论'],
  ['problems', '存在问题'],
  ['improvements', '改进措施'],
  ['otherNotes', '其他需要说明事项'],
  ['financeOwner', '财务负责人'],
  ['reportingUnit', '单位名称'],
  ['fillDate', '填报日期'],
] as const satisfies ReadonlyArray<readonly [keyof FormRecord, string]>;

/** Lays one record out in the official template: header, funds, goals, indicators (一级/二级 merged), 总分. */
export function layoutForm(record: FormRecord): FormLayout {
  const cells: LayoutCell[] = [];
  let r = 0;
  const put = (cell: Omit<LayoutCell, 'rowSpan' | 'colSpan'> & { rowSpan?: number; colSpan?: number }) => {
    cells.push({ rowSpan: 1, colSpan: 1, ...cell });
  };

  put({ r, c: 0, colSpan: FORM_COLUMNS, text: '项目支出绩效自评表', role: 'title' });
  r++;
  put({
    r,
    c: 0,
    colSpan: FORM_COLUMNS,
    text: `（${record.year ?? ''}年度）`,
    role: 'subtitle',
    path: 'year',
  });
  r++;

  put({ r, c: 0, colSpan: 2, text: '项目名称', role: 'label' });
  put({ r, c: 2, colSpan: 8, text: record.projectName ?? '', role: 'value', path: 'projectName' });
  r++;
  put({ r, c: 0, colSpan: 2, text: '主管部门', role: 'label' });
  put({ r, c: 2, colSpan: 3, text: record.department ?? '', role: 'value', path: 'department' });
  put({ r, c: 5, colSpan: 2, text: '实施单位', role: 'label' });
  put({ r, c: 7, colSpan: 3, text: record.implementingUnit ?? '', role: 'value', path: 'implementingUnit' });
  r++;
  // null = the form has no such row (SCORING.md: all 004 forms); keep it absent so it reads back as null.
  if (record.owner !== null || record.phone !== null) {
    if (record.owner !== null) {
      put({ r, c: 0, colSpan: 2, text: '项目负责人', role: 'label' });
      put({ r, c: 2, colSpan: 3, text: record.owner, role: 'value', path: 'owner' });
    }
    if (record.phone !== null) {
      put({ r, c: 5, colSpan: 2, text: '联系电话', role: 'label' });
      put({ r, c: 7, colSpan: 3, text: record.phone, role: 'value', path: 'phone' });
    }
    r++;
  }

  const fundsRows = fundsRowsOf(record);
  put({ r, c: 0, rowSpan: fundsRows.length + 1, colSpan: 2, text: fundsBlockLabel(record), role: 'label' });
  put({ r, c: 2, text: '', role: 'label' });
  fundsHeader(record).forEach((text, i) => {
    put({ r, c: 3 + i, text, role: 'label' });
  });
  put({ r, c: 7, colSpan: 2, text: record.funds.rateBase ? '执行率(B/A)' : '执行率', role: 'label' });
  put({ r, c: 9, text: '得分', role: 'label' });
  r++;
  for (const { label, row, base } of fundsRows) {
    put({ r, c: 2, text: label, role: 'label' });
    const columns = [
      ['initialBudget', row.initialBudget],
      ['annualBudget', row.annualBudget],
      ['executed', row.executed],
      ['weight', row.weight],
    ] as const;
    columns.forEach(([name, cell], i) => {
      put({ r, c: 3 + i, text: fundsText(cell), role: numberish(cell.raw), path: `${base}.${name}` });
    });
    put({ r, c: 7, colSpan: 2, text: fundsText(row.rate), role: 'value', path: `${base}.rate` });
    put({ r, c: 9, text: fundsText(row.score), role: numberish(row.score.raw), path: `${base}.score` });
    r++;
  }

  if (record.goals.expected !== null || record.goals.actual !== null) {
    put({ r, c: 0, rowSpan: 2, colSpan: 2, text: '年度总体目标', role: 'label' });
    put({ r, c: 2, colSpan: 4, text: '预期目标', role: 'label' });
    put({ r, c: 6, colSpan: 4, text: '实际完成情况', role: 'label' });
    put({
      r: r + 1,
      c: 2,
      colSpan: 4,
      text: record.goals.expected ?? '',
      role: 'value',
      path: 'goals.expected',
    });
    put({ r: r + 1, c: 6, colSpan: 4, text: record.goals.actual ?? '', role: 'value', path: 'goals.actual' });
    r += 2;
  }

  const indicators = record.indicators;
  const points = record.blockWeights?.indicators;
  const block = `绩效指标${points === undefined ? '' : `（${points}分）`}`;
  put({ r, c: 0, rowSpan: indicators.length + 1, text: block, role: 'label' });
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ].forEach((text, i) => {
    put({ r, c: 1 + i, text, role: 'label' });
  });
  r++;
  const first = r;
  indicators.forEach((row, i) => {
    const p = `indicators[${i}]`;
    put({ r: first + i, c: 3, text: row.name, role: 'value', path: `${p}.name` });
    put({ r: first + i, c: 4, text: row.target, role: 'value', path: `${p}.target` });
    put({ r: first + i, c: 5, text: row.actual, role: 'value', path: `${p}.actual` });
    put({ r: first + i, c: 6, text: row.weightRaw, role: numberish(row.weightRaw), path: `${p}.weight` });
    put({ r: first + i, c: 7, text: row.scoreRaw, role: numberish(row.scoreRaw), path: `${p}.score` });
    put({ r: first + i, c: 8, text: withoutRowPrefix(row.deviation), role: 'value', path: `${p}.deviation` });
  });
  // 一级 merged over consecutive equal labels; 二级 within its 一级 block.
  for (const [start, span] of runs(indicators.map((x) => x.level1))) {
    put({ r: first + start, c: 1, rowSpan: span, text: indicators[start]!.level1, role: 'label' });
  }
  for (const [start, span] of runs(indicators.map((x) => `${x.level1}\u0000${x.level2}`))) {
    put({ r: first + start, c: 2, rowSpan: span, text: indicators[start]!.level2, role: 'label' });
  }
  r += indicators.length;

  put({ r, c: 0, colSpan: 7, text: '总分', role: 'label' });
  const weight = record.totalWeight === null ? '' : String(record.totalWeight);
  // A total a person wrote has a few decimals; one left by a computation (95.66072065643954) is rounded.
  const score =
    record.totalScore === null
      ? ''
      : String(roundTo(record.totalScore, formPrecision({ ...record, totalScore: null })));
  put({ r, c: 7, text: weight, role: numberish(weight), path: 'totalWeight' });
  put({ r, c: 8, text: score, role: numberish(score), path: 'totalScore' });
  // `总分 | 100 | 96 | 优`: the grade right after the score, as 公开14表 prints it
  if (record.selfGrade) put({ r, c: 9, text: record.selfGrade, role: 'value', path: 'selfGrade' });
  r++;
  // the labelled texts other templates print under the table, each as `label | text`
  for (const [field, label] of CLOSING_TEXTS) {
    const text = record[field];
    if (text === undefined) continue;
    put({ r, c: 0, colSpan: 2, text: label, role: 'label' });
    put({ r, c: 2, colSpan: FORM_COLUMNS - 2, text, role: 'value', path: field });
    r++;
  }

  cells.sort((a, b) => a.r - b.r || a.c - b.c);
  return { rows: r, cells };
}

/**
 * A deviation reason answered for several rows at once can keep its row marker (`第1行：原因`); the cell already
 * is that row, so the marker is left out.
 */
export function withoutRowPrefix(text: string): string {
  return text.replace(/^\s*第\s*\d+\s*行(?:指标)?(?:「[^」]*」)?\s*[：:]\s*/, '');
}

/** [start, length] of each run of equal consecutive values. */
function runs(values: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && values[last[0]] === v) last[1]++;
    else out.push([i, 1]);
  });
  return out;
}
