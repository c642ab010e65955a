import type { ParsedForm } from '../ingest/document.ts';
import { INDICATOR_CELLS, INDICATOR_LABEL } from '../record/labels.ts';
import { emptyRecord, type FormRecord, type Indicator, type Provenance } from '../record/record.ts';
import {
  fundsColumn,
  fundsRowKey,
  headerLabel,
  type IndicatorColumn,
  indicatorColumn,
  isFundsHeader,
  isIndicatorHeader,
  isTotalLabel,
} from './columns.ts';
import { cellValue, isPlaceholderRow, parseFundsCell, parseScore, parseYear } from './normalize.ts';
import { cellKey, isBlankRow, type Row, type RowCell, rightAligned, rowsToSourceText } from './rows.ts';
import { isProjectNameLabel, segmentForms } from './segment.ts';

/**
 * The one label-anchored mapper (EXTRACTION.md §3 steps 3–5): logical rows of any reader → forms.
 * Columns are found by header text, not position; 一级/二级 are filled down whether the merged
 * cells come repeated (grid readers) or absent/empty (word-text).
 */

export interface MapOptions {
  /** Written to `record.source` / `record.format` when given. */
  source?: string;
  format?: string;
}

export function mapRowsToForms(rows: readonly Row[], options: MapOptions = {}): ParsedForm[] {
  return segmentForms(rows).map((span) => {
    const form = mapForm(rows.slice(span.start, span.end));
    if (!span.hasProjectName) form.notes.unshift('未找到“项目名称”行，表格可能不完整。');
    if (options.source !== undefined) form.record.source = options.source;
    if (options.format !== undefined) form.record.format = options.format;
    return form;
  });
}

interface Anchors {
  funds: number;
  goals: number;
  indicators: number;
  total: number;
}

function findAnchors(keys: readonly string[][]): Anchors {
  const anchors: Anchors = { funds: -1, goals: -1, indicators: -1, total: -1 };
  keys.forEach((row, i) => {
    if (anchors.funds < 0 && isFundsHeader(row)) anchors.funds = i;
    else if (anchors.goals < 0 && anchors.indicators < 0 && isGoalsHeader(row)) anchors.goals = i;
    else if (anchors.indicators < 0 && isIndicatorHeader(row)) anchors.indicators = i;
    else if (anchors.total < 0 && i > anchors.indicators && row.some(isTotalLabel)) anchors.total = i;
  });
  return anchors;
}

function isGoalsHeader(keys: readonly string[]): boolean {
  return keys.some((k) => k.startsWith('预期目标')) && keys.some((k) => k.startsWith('实际完成'));
}

class FormBuilder {
  readonly record: FormRecord = emptyRecord();
  readonly provenance: Provenance = {};
  readonly notes: string[] = [];

  from(path: string, cell: RowCell | undefined): void {
    if (cell) this.provenance[path] = { ref: cell.ref, method: 'rule' };
  }
}

function mapForm(rows: readonly Row[]): ParsedForm {
  const form = new FormBuilder();
  const keys = rows.map((row) => row.map(cellKey));
  const anchors = findAnchors(keys);
  const firstAnchor = [anchors.funds, anchors.goals, anchors.indicators, anchors.total].filter((i) => i >= 0);
  const headerEnd = firstAnchor.length > 0 ? Math.min(...firstAnchor) : rows.length;

  readHeader(form, rows, keys, headerEnd);
  if (anchors.funds >= 0) readFunds(form, rows, keys, anchors);
  else form.notes.push('未找到项目资金表（年初预算数、全年预算数、全年执行数等）。');
  if (anchors.goals >= 0) readGoals(form, rows, anchors.goals, anchors.indicators);
  else form.notes.push('未找到年度总体目标（预期目标、实际完成情况）。');
  if (anchors.indicators >= 0) readIndicators(form, rows, keys, anchors);
  else form.notes.push('未找到绩效指标表头（一级指标、二级指标、三级指标……偏差原因分析及改进措施）。');
  if (anchors.total >= 0) readTotal(form, rows, keys, anchors);
  else form.notes.push('未找到“总分”行，表格可能不完整。');

  return {
    record: form.record,
    provenance: form.provenance,
    notes: form.notes,
    sourceText: rowsToSourceText(rows),
  };
}

function readHeader(form: FormBuilder, rows: readonly Row[], keys: readonly string[][], end: number): void {
  const record = form.record;
  let projectRow = -1;
  for (let i = 0; i < end; i++) {
    const row = rows[i] ?? [];
    const rowKeys = keys[i] ?? [];
    rowKeys.forEach((key, j) => {
      const label = headerLabel(key);
      if (!label || record[label.field] !== null) return;
      if (label.field === 'projectName' && projectRow < 0) projectRow = i;
      const next = row[j + 1];
      if (label.inline !== undefined) {
        record[label.field] = cellValue(row[j]?.text ?? '').replace(/^[^:：]*[:：]\s*/, '');
        form.from(label.field, row[j]);
      } else if (next && !headerLabel(rowKeys[j + 1] ?? '')) {
        record[label.field] = cellValue(next.text);
        form.from(label.field, next);
      } else {
        record[label.field] = '';
        form.from(label.field, row[j]);
      }
    });
  }
  // the year stands in the title rows above 项目名称; a project name may itself contain `2023年度`
  const order = [...rows.keys()]
    .slice(0, end)
    .sort((a, b) => Number(a >= projectRow) - Number(b >= projectRow) || a - b);
  for (const i of order) {
    for (const cell of rows[i] ?? []) {
      if (i === projectRow && !isProjectNameLabel(cellKey(cell))) continue;
      const year = parseYear(cell.text);
      if (year !== null) {
        record.year = year;
        form.from('year', cell);
        return;
      }
    }
  }
  form.notes.push('未找到年度（如“2023年度”）。');
}

const FUNDS_ROW_LOOKAHEAD = 8;

function readFunds(
  form: FormBuilder,
  rows: readonly Row[],
  keys: readonly string[][],
  anchors: Anchors,
): void {
  const header = keys[anchors.funds] ?? [];
  const columns = header.map(fundsColumn);
  const firstColumn = columns.findIndex((c) => c !== undefined);
  const seen = new Set<string>();
  const stop = Math.min(
    rows.length,
    anchors.funds + 1 + FUNDS_ROW_LOOKAHEAD,
    ...[anchors.goals, anchors.indicators].filter((i) => i > anchors.funds),
  );
  for (let i = anchors.funds + 1; i < stop; i++) {
    const row = rows[i] ?? [];
    const labelIndex = (keys[i] ?? []).findIndex((k) => fundsRowKey(k) !== undefined);
    const rowKey = fundsRowKey(keys[i]?.[labelIndex] ?? '');
    if (!rowKey || seen.has(rowKey)) continue;
    seen.add(rowKey);
    // a row as wide as the header lines up cell for cell (a pasted sheet keeps every position, merged ones
    // blank); otherwise the values follow the row label as the columns follow the header's first column
    const aligned = row.length === header.length;
    columns.forEach((column, h) => {
      if (!column) return;
      const cell = row[aligned ? h : labelIndex + 1 + (h - firstColumn)];
      if (!cell) return;
      form.record.funds[rowKey][column] = parseFundsCell(cell.text);
      form.from(`funds.${rowKey}.${column}`, cell);
    });
  }
  const missing = (['total', 'fiscal', 'carryOver', 'other'] as const).filter((k) => !seen.has(k));
  if (missing.includes('total')) form.notes.push('未找到“年度资金总额”行。');
  if (missing.length > 0 && missing.length < 4 && !missing.includes('total')) {
    const names = {
      total: '年度资金总额',
      fiscal: '当年财政拨款',
      carryOver: '上年结转资金',
      other: '其他资金',
    };
    form.notes.push(`项目资金表缺少：${missing.map((k) => names[k]).join('、')}。`);
  }
}

function readGoals(
  form: FormBuilder,
  rows: readonly Row[],
  headerIndex: number,
  indicatorHeader: number,
): void {
  const header = rows[headerIndex] ?? [];
  const keys = header.map(cellKey);
  const row = headerIndex + 1 === indicatorHeader ? undefined : rows[headerIndex + 1];
  if (!row || isBlankRow(row)) {
    form.notes.push('年度总体目标下没有内容行。');
  }
  const expectedAt = keys.findIndex((k) => k.startsWith('预期目标'));
  const actualAt = keys.findIndex((k) => k.startsWith('实际完成'));
  const expected = row ? rightAligned(row, header.length, expectedAt) : undefined;
  const actual = row ? rightAligned(row, header.length, actualAt) : undefined;
  form.record.goals = {
    expected: expected ? cellValue(expected.text) : '',
    actual: actual ? cellValue(actual.text) : '',
  };
  form.from('goals.expected', expected ?? header[expectedAt]);
  form.from('goals.actual', actual ?? header[actualAt]);
}

function readIndicators(
  form: FormBuilder,
  rows: readonly Row[],
  keys: readonly string[][],
  anchors: Anchors,
): void {
  const header = keys[anchors.indicators] ?? [];
  const at = new Map<IndicatorColumn, number>();
  header.forEach((key, i) => {
    const column = indicatorColumn(key);
    if (column && !at.has(column)) at.set(column, i);
  });
  const absent = INDICATOR_CELLS.filter((f) => !at.has(f));
  if (absent.length > 0)
    form.notes.push(`绩效指标表缺少列：${absent.map((c) => INDICATOR_LABEL[c]).join('、')}。`);
  const end = anchors.total >= 0 ? anchors.total : rows.length;
  let level1: RowCell | undefined;
  let level2: RowCell | undefined;
  for (let i = anchors.indicators + 1; i < end; i++) {
    const row = rows[i] ?? [];
    // free text around the table (notes, signatures) and repeated header rows are not indicators
    if (row.length < 3 || isIndicatorHeader(keys[i] ?? [])) continue;
    const shift = rowShift(row, header.length, at);
    const cellOf = (column: IndicatorColumn) => {
      const h = at.get(column);
      return h === undefined || h + shift < 0 ? undefined : row[h + shift];
    };
    const text = (column: IndicatorColumn) => cellValue(cellOf(column)?.text ?? '');
    const l1 = cellOf('level1');
    const l2 = cellOf('level2');
    if (l1 && l1.text.trim() !== '') {
      // 二级 groups nest in 一级: a new 一级 label does not inherit the previous 二级
      if (cellKey(l1) !== cellKey(level1)) level2 = undefined;
      level1 = l1;
    }
    if (l2 && l2.text.trim() !== '') level2 = l2;
    const indicator: Indicator = {
      level1: cellValue(level1?.text ?? ''),
      level2: cellValue(level2?.text ?? ''),
      name: text('name'),
      target: text('target'),
      actual: text('actual'),
      weight: parseScore(text('weight')),
      score: parseScore(text('score')),
      deviation: text('deviation'),
      weightRaw: text('weight'),
      scoreRaw: text('score'),
    };
    if (isPlaceholderRow(indicator)) indicator.placeholder = true;
    const n = form.record.indicators.push(indicator) - 1;
    form.from(`indicators[${n}].level1`, level1);
    form.from(`indicators[${n}].level2`, level2);
    for (const column of INDICATOR_CELLS.slice(2)) form.from(`indicators[${n}].${column}`, cellOf(column));
  }
  if (form.record.indicators.length === 0) form.notes.push('绩效指标表中没有指标行。');
}

const LEVEL_LABEL = /指标|标指|效益|满意|影响/;

/**
 * How a short indicator row lines up with its header: on the right when merged cells are absent at
 * its left (0 shift for a full row), on the left when its last cells are merged across (`无`
 * spanning the rest of the row). Picks the one whose 一级/二级 cells look like labels and whose
 * 分值/得分 cells look like numbers; a tie goes to the right.
 */
function rowShift(row: Row, width: number, at: ReadonlyMap<IndicatorColumn, number>): number {
  const right = row.length - width;
  if (right >= 0) return right;
  const plausible = (shift: number) => {
    let score = 0;
    for (const column of ['level1', 'level2', 'weight', 'score'] as const) {
      const h = at.get(column);
      const cell = h === undefined ? undefined : row[h + shift];
      const key = cellKey(cell);
      if (key === '') score++;
      else if (column === 'weight' || column === 'score') score += parseScore(key) === null ? 0 : 1;
      else score += key.length <= 12 && LEVEL_LABEL.test(key) ? 1 : 0;
    }
    return score;
  };
  return plausible(0) > plausible(right) ? 0 : right;
}

function readTotal(
  form: FormBuilder,
  rows: readonly Row[],
  keys: readonly string[][],
  anchors: Anchors,
): void {
  const row = rows[anchors.total] ?? [];
  const labelIndex = (keys[anchors.total] ?? []).findIndex(isTotalLabel);
  const header = keys[anchors.indicators] ?? [];
  const weightAt = header.findIndex((k) => indicatorColumn(k) === 'weight');
  const scoreAt = header.findIndex((k) => indicatorColumn(k) === 'score');
  const gap = weightAt >= 0 && scoreAt > weightAt ? scoreAt - weightAt : 1;
  // a total row that keeps the sheet's positions (blank cells between the label and the 分值 column, as a
  // pasted sheet gives them) lines up with the indicator header's 分值/得分 columns
  const aligned =
    weightAt > labelIndex + 1 &&
    scoreAt > labelIndex &&
    row.length > Math.max(weightAt, scoreAt) &&
    row.slice(labelIndex + 1, weightAt).every((cell) => cell.text.trim() === '');
  const weight = row[aligned ? weightAt : labelIndex + 1];
  const score = row[aligned ? scoreAt : labelIndex + 1 + gap];
  form.record.totalWeight = parseScore(weight?.text ?? '');
  form.record.totalScore = parseScore(score?.text ?? '');
  form.from('totalWeight', weight ?? row[labelIndex]);
  form.from('totalScore', score ?? row[labelIndex]);
}
