import type { ParsedForm } from '../ingest/document.ts';
import {
  FUNDS_COLUMN_LABEL,
  INDICATOR_CELLS,
  INDICATOR_LABEL,
  type IndicatorCell,
} from '../record/labels.ts';
import {
  emptyFundsRow,
  emptyRecord,
  type FormRecord,
  FUNDS_COLUMNS,
  FUNDS_ROWS,
  type FundsColumn,
  type FundsRow,
  type Indicator,
  type Provenance,
} from '../record/record.ts';
import {
  fundsColumn,
  fundsRowKey,
  goalColumn,
  headerLabel,
  type IndicatorColumn,
  indicatorColumn,
  isActualGoalLabel,
  isExpectedGoalLabel,
  isFundsHeader,
  isIndicatorHeader,
  isPartialFundsHeader,
  isPartialIndicatorHeader,
  isTotalLabel,
  statedUnit,
} from './columns.ts';
import {
  fundsCellFits,
  fundsColumnsShifted,
  indicatorCellFits,
  indicatorColumnsShifted,
  indicatorsUnreadable,
  LEVEL1_LABEL,
  numberColumnsSwapped,
} from './confidence.ts';
import { readLabelledTexts, textValue } from './form-texts.ts';
import { type LostLabel, lostLabels } from './lost-label.ts';
import { cellValue, isPlaceholderRow, parseFundsCell, parseScore, parseYear } from './normalize.ts';
import { cellKey, isBlankRow, type Row, type RowCell, rightAligned, rowsToSourceText } from './rows.ts';
import { isProjectNameLabel, segmentForms } from './segment.ts';
import { recogniseTemplate } from './templates/recognise.ts';

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
  return keys.some(isExpectedGoalLabel) && keys.some(isActualGoalLabel);
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

  recognise(form, keys);
  readHeader(form, rows, keys, headerEnd);
  if (anchors.funds >= 0) readFunds(form, rows, keys, anchors);
  else if (!refuseHeaderless(form, keys, 'funds'))
    form.notes.push('未找到项目资金表（年初预算数、全年预算数、全年执行数等）。');
  if (anchors.goals >= 0) readGoals(form, rows, anchors.goals, anchors.indicators);
  else form.notes.push('未找到年度总体目标（预期目标、实际完成情况）。');
  if (anchors.indicators >= 0) readIndicators(form, rows, keys, anchors);
  else if (!refuseHeaderless(form, keys, 'indicators'))
    form.notes.push('未找到绩效指标表头（一级指标、二级指标、三级指标……偏差原因分析及改进措施）。');
  if (anchors.total >= 0) readTotal(form, rows, keys, anchors);
  else form.notes.push('未找到“总分”行，表格可能不完整。');
  refuseSwappedNumbers(form);
  refuseShiftedColumns(form);
  readBlockWeights(form, keys);
  readLabelledTexts(form.record, form.provenance, rows);

  return {
    record: form.record,
    provenance: form.provenance,
    notes: form.notes,
    sourceText: rowsToSourceText(rows),
  };
}

/**
 * Which template the form is (src/extract/templates): kept in `record.template` and told in the notes, except
 * for the 财政部 2020 template every corpus form follows. An unknown one is read by the synonyms as far as they go.
 */
function recognise(form: FormBuilder, keys: readonly string[][]): void {
  const template = recogniseTemplate(keys.flat());
  form.record.template = template.id;
  if (template.name === undefined)
    form.notes.push('未能识别这张表所用的模板，已按常见栏目名称读取；没有读到的栏目见以下提示。');
  else if (template.id !== 'mof-2020') form.notes.push(`按${template.name}读取。`);
}

function readHeader(form: FormBuilder, rows: readonly Row[], keys: readonly string[][], end: number): void {
  const record = form.record;
  let projectRow = -1;
  for (let i = 0; i < end; i++) {
    const row = rows[i] ?? [];
    const rowKeys = keys[i] ?? [];
    rowKeys.forEach((key, j) => {
      const label = headerLabel(key);
      if (!label) return;
      const field = label.field === 'ownerPhone' ? 'owner' : label.field;
      if (record[field] !== null) return;
      if (field === 'projectName' && projectRow < 0) projectRow = i;
      let value = '';
      let source = row[j];
      if (label.inline !== undefined) value = cellValue(row[j]?.text ?? '').replace(/^[^:：]*[:：]\s*/, '');
      else {
        // the value is the next cell that is not a label; blank cells before it are an empty column
        // (a label followed by blanks and then another label has a blank value)
        let k = j + 1;
        while (k < row.length - 1 && cellKey(row[k]) === '' && !headerLabel(rowKeys[k + 1] ?? '')) k++;
        const cell = row[k];
        if (cell && !headerLabel(rowKeys[k] ?? '')) {
          value = cellValue(cell.text);
          source = cell;
        }
      }
      if (label.field === 'ownerPhone') {
        // 项目负责人及电话 in one cell: the name, then the number(s) as written
        const split = /^(.*?)[\s,，、/]*([+(（]?\d[\s\S]*)$/.exec(value);
        record.owner = cellValue(split ? (split[1] ?? '') : value);
        record.phone = split ? cellValue(split[2] ?? '') : '';
        form.from('phone', source);
      } else record[field] = value;
      form.from(field, source);
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
  // a title with the year but no 年度 (`苍溪县2022年财政衔接资金项目绩效目标自评表`)
  for (let i = 0; i < Math.min(end, projectRow < 0 ? end : projectRow); i++) {
    for (const cell of rows[i] ?? []) {
      const key = cellKey(cell);
      const match = key.includes('自评表') ? /(?:^|[^\d])((?:19|20)\d{2})年(?!\d{1,2}月)/.exec(key) : null;
      if (match?.[1]) {
        record.year = Number(match[1]);
        form.from('year', cell);
        return;
      }
    }
  }
  form.notes.push('未找到年度（如“2023年度”）。');
}

const FUNDS_ROW_LOOKAHEAD = 8;
const MONEY_COLUMNS = ['initialBudget', 'annualBudget', 'executed'] as const;

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

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
  const funds = form.record.funds;
  const unit = [anchors.funds, ...range(anchors.funds + 1, stop)]
    .flatMap((i) => keys[i] ?? [])
    .map(statedUnit)
    .find((u) => u !== undefined);
  if (unit) funds.unit = unit;
  const reasonAt = header.findIndex((k) => k === '原因' || k === '预算调整原因' || k === '执行偏差原因');
  const rateBase = rateBaseOf(header);
  if (rateBase) funds.rateBase = rateBase;
  // each row read, as its cells line up with the header, for the columns whose label fell off
  const placed: ((h: number) => RowCell | undefined)[] = [];
  for (let i = anchors.funds + 1; i < stop; i++) {
    const row = rows[i] ?? [];
    const rowKeys = keys[i] ?? [];
    // the row label stands before the first amount column (a longer text is never a label: fundsRowKey)
    let labelIndex = rowKeys.findIndex(
      (k, j) => fundsRowKey(k) !== undefined && (j < firstColumn || row.length < header.length),
    );
    const known = fundsRowKey(rowKeys[labelIndex] ?? '');
    if (known && seen.has(known)) continue;
    // a row of no known name (其中：政府性基金, 债券资金 …) is kept by its label (docs/RECORD.md extraRows)
    if (!known) labelIndex = otherFundsRowLabel(row, rowKeys, header, columns, firstColumn);
    if (labelIndex < 0) continue;
    let target: FundsRow;
    let path: string;
    if (known) {
      seen.add(known);
      target = known === 'specialAccount' || known === 'unitFunds' ? emptyFundsRow() : funds[known];
      if (known === 'specialAccount' || known === 'unitFunds') funds[known] = target;
      path = `funds.${known}`;
    } else {
      target = emptyFundsRow();
      funds.extraRows ??= [];
      const n = funds.extraRows.push({ label: cellValue(row[labelIndex]?.text ?? ''), row: target }) - 1;
      path = `funds.extraRows[${n}].row`;
    }
    // a row as wide as the header lines up cell for cell (a pasted sheet keeps every position, merged ones
    // blank); otherwise the values follow the row label as the columns follow the header's first column
    const aligned = row.length === header.length;
    const at = (h: number) => row[aligned ? h : labelIndex + 1 + (h - firstColumn)];
    placed.push(at);
    columns.forEach((column, h) => {
      if (!column) return;
      const cell = at(h);
      if (!cell) return;
      target[column] = parseFundsCell(cell.text);
      form.from(`${path}.${column}`, cell);
    });
    for (const column of MONEY_COLUMNS) {
      const cell = target[column];
      const inYuan = (cell.unit ?? unit) === '元';
      if (inYuan && cell.value !== null) cell.valueWan = cell.value / 10_000;
    }
    if (reasonAt >= 0 && form.record.budgetReason === undefined) {
      const cell = at(reasonAt);
      form.record.budgetReason = textValue(cell?.text ?? '');
      form.from('budgetReason', cell);
    }
  }
  const lost = lostLabels({
    order: FUNDS_COLUMNS,
    header: header.map((key, h) => ({ column: columns[h], blank: key === '' })),
    cellsAt: (h) => placed.map((at) => cellKey(at(h))),
    fits: fundsCellFits,
  });
  if (lost.length > 0) {
    dropFunds(form, lostLabelNote('项目资金表', header, lost, FUNDS_COLUMN_LABEL, '项目资金'));
    return;
  }
  const missing = (['total', 'fiscal', 'carryOver', 'other'] as const).filter((k) => !seen.has(k));
  if (missing.includes('total')) form.notes.push('未找到“年度资金总额”行。');
  const template = form.record.template;
  const mofRows = template === undefined || template === 'mof-2020' || template === 'unknown';
  if (mofRows && missing.length > 0 && missing.length < 4 && !missing.includes('total')) {
    const names = {
      total: '年度资金总额',
      fiscal: '当年财政拨款',
      carryOver: '上年结转资金',
      other: '其他资金',
    };
    form.notes.push(`项目资金表缺少：${missing.map((k) => names[k]).join('、')}。`);
  }
}

/**
 * Index of the label of a funds row no synonym names, or -1: the cell just before the amounts (as a row of the
 * known names places it), a short text that is not a number, a column or block label, with at least one amount
 * in the row, so that notes and blank template rows are not taken for funds.
 */
function otherFundsRowLabel(
  row: Row,
  rowKeys: readonly string[],
  header: readonly string[],
  columns: readonly (FundsColumn | undefined)[],
  firstColumn: number,
): number {
  const at = row.length === header.length ? firstColumn - 1 : row.length - (header.length - firstColumn) - 1;
  const key = rowKeys[at] ?? '';
  if (at < 0 || key === '' || key.length > 16 || header.includes(key)) return -1;
  if (fundsColumn(key) !== undefined || parseFundsCell(key).value !== null || /[:：]$/.test(key)) return -1;
  const amounts = columns.flatMap((column, h) =>
    column && (MONEY_COLUMNS as readonly string[]).includes(column) ? [row[at + 1 + (h - firstColumn)]] : [],
  );
  return amounts.some((cell) => cell && parseFundsCell(cell.text).value !== null) ? at : -1;
}

/**
 * The column the printed rate formula divides by: `执行率(B/A)` with `年初预算数(A)` (北京 2016, no 全年预算数
 * column) or `预算数(A)` / `全年预算数(A)`. The letters are the form's own names for its columns.
 */
function rateBaseOf(header: readonly string[]): 'initialBudget' | 'annualBudget' | undefined {
  const formula = header.find((k) => fundsColumn(k) === 'rate' && /\(B\/A\)/.test(k));
  if (!formula) return undefined;
  const base = header.find((k) => k.endsWith('(A)') && k !== formula);
  const column = base === undefined ? undefined : fundsColumn(base);
  return column === 'initialBudget' || column === 'annualBudget' ? column : undefined;
}

function readGoals(
  form: FormBuilder,
  rows: readonly Row[],
  headerIndex: number,
  indicatorHeader: number,
): void {
  const header = rows[headerIndex] ?? [];
  const keys = header.map(cellKey);
  // the first row under the header that holds anything (blank rows carry nothing), before the indicator table
  let at = headerIndex + 1;
  while (at < rows.length && at !== indicatorHeader && isBlankRow(rows[at] ?? [])) at++;
  const row = at === indicatorHeader || at >= rows.length ? undefined : rows[at];
  if (!row || isBlankRow(row)) {
    form.notes.push('年度总体目标下没有内容行。');
  }
  const expectedAt = goalColumn(keys, isExpectedGoalLabel, '预期目标');
  const actualAt = goalColumn(keys, isActualGoalLabel, '实际完成');
  const expected = row ? rightAligned(row, header.length, expectedAt) : undefined;
  const actual = row ? rightAligned(row, header.length, actualAt) : undefined;
  form.record.goals = {
    expected: expected ? textValue(expected.text) : '',
    actual: actual ? textValue(actual.text) : '',
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
  const split = at.has('nature') && at.has('target');
  const level1Weights: { level1: string; weight: number }[] = [];
  let level1: RowCell | undefined;
  let level2: RowCell | undefined;
  // every row read and how it lines up with the header, for the columns whose label fell off
  const placed: { row: Row; shift: number; indicator: Indicator }[] = [];
  for (let i = anchors.indicators + 1; i < end; i++) {
    const row = rows[i] ?? [];
    // free text around the table (notes, signatures) and repeated header rows are not indicators
    if (row.length < 3 || isIndicatorHeader(keys[i] ?? [])) {
      // …except a 一级 label left alone by a blank line inside the first row of its group (word-text: `\t`, `\t产出指标`,
      // a blank line, then `\t数量指标` and the row's cells): it still heads the rows after it
      const label = row.length < 3 ? row.find((c) => LEVEL1_LABEL.test(cellKey(c))) : undefined;
      if (label) {
        if (cellKey(label) !== cellKey(level1)) level2 = undefined;
        level1 = label;
      }
      continue;
    }
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
    if (split) {
      // 指标性质 | 指标值 | 度量单位 kept apart and joined as the target (`≥` `95` `%` → `≥95%`)
      indicator.nature = text('nature');
      indicator.targetValue = text('target');
      indicator.unit = text('unit');
      indicator.target = `${indicator.nature}${indicator.targetValue}${indicator.unit}`;
    }
    if (isPlaceholderRow(indicator)) indicator.placeholder = true;
    placed.push({ row, shift, indicator });
    const points = level1 ? pointsIn(cellKey(level1)) : null;
    if (level1 && points !== null && !level1Weights.some((w) => w.level1 === indicator.level1))
      level1Weights.push({ level1: indicator.level1, weight: points });
    const n = form.record.indicators.push(indicator) - 1;
    form.from(`indicators[${n}].level1`, level1);
    form.from(`indicators[${n}].level2`, level2);
    for (const column of INDICATOR_CELLS.slice(2)) form.from(`indicators[${n}].${column}`, cellOf(column));
  }
  if (level1Weights.length > 0) form.record.level1Weights = level1Weights;
  const unreadable = indicatorsUnreadable(form.record.indicators);
  const lost = lostLabels({
    order: INDICATOR_CELLS,
    header: header.map((key) => ({ column: indicatorCell(key), blank: key === '' })),
    // template rows left empty hold `无`, `指标2：` in any column: their cells are no values
    cellsAt: (h) =>
      placed
        .filter((p) => !p.indicator.placeholder)
        .map((p) => (h + p.shift < 0 ? '' : cellKey(p.row[h + p.shift]))),
    fits: indicatorCellFits,
  });
  if (unreadable) {
    // shifted cells are worse than none: the rows go, the section is asked for (or read by the LLM alone)
    dropIndicators(
      form,
      `绩效指标表第 ${unreadable.slice(0, 5).join('、')}${unreadable.length > 5 ? ' 等' : ''} 行的分值/得分栏中是文字而不是数字，无法确定各栏的对应关系，绩效指标未读取，请补充或核对。`,
    );
  } else if (lost.length > 0) {
    dropIndicators(form, lostLabelNote('绩效指标表', header, lost, INDICATOR_LABEL, '绩效指标'));
  } else if (form.record.indicators.length === 0) {
    form.notes.push('绩效指标表中没有指标行。');
    markUnread(form.record, 'indicators');
  }
}

/** An indicator column the record has a field for (not 指标性质 / 度量单位 of a split target). */
function indicatorCell(key: string): IndicatorCell | undefined {
  const column = indicatorColumn(key);
  return (INDICATOR_CELLS as readonly string[]).includes(column ?? '')
    ? (column as IndicatorCell)
    : undefined;
}

/** What the bot says of columns whose label fell off: where they stand, what they could be, the section unread. */
function lostLabelNote<C extends string>(
  table: string,
  header: readonly string[],
  lost: readonly LostLabel<C>[],
  labels: Readonly<Record<C, string>>,
  section: string,
): string {
  const where = lost.map((l) => {
    const left = header.slice(0, l.position).findLast((k) => k !== '');
    const could = l.columns.map((c) => `“${labels[c]}”`).join('或');
    return `${left ? `“${left}”右边` : ''}一栏没有栏目名却填有内容（可能是${could}）`;
  });
  return `${table}中${where.join('，')}，无法确定，${section}未读取，请补充或核对。`;
}

/** The indicator rows dropped and the section asked for: shifted cells are worse than none. */
function dropIndicators(form: FormBuilder, note: string): void {
  form.notes.push(note);
  form.record.indicators = [];
  for (const path of Object.keys(form.provenance))
    if (path.startsWith('indicators[')) delete form.provenance[path];
  delete form.record.level1Weights;
  markUnread(form.record, 'indicators');
}

/** 分值 and 得分 read the wrong way round, as the table's own 总分 shows (src/extract/confidence.ts). */
function refuseSwappedNumbers(form: FormBuilder): void {
  const { record } = form;
  const budget = { weight: record.funds.total.weight.value, score: record.funds.total.score.value };
  if (!numberColumnsSwapped({ ...record, budget })) return;
  dropIndicators(
    form,
    '绩效指标表的分值合计与总分行的分值不符，而得分合计恰与之相符，分值、得分两栏可能对调，绩效指标未读取，请补充或核对。',
  );
}

/**
 * A column whose cells are its neighbour's (src/extract/confidence.ts): the section is marked unread and asked
 * for instead of being returned with every value one column off.
 */
function refuseShiftedColumns(form: FormBuilder): void {
  const { record } = form;
  const funds = record.funds;
  const fundsColumn = fundsColumnsShifted([funds.total, funds.fiscal, funds.carryOver, funds.other]);
  if (fundsColumn) {
    dropFunds(
      form,
      `项目资金表“${fundsColumn}”一栏中的内容与栏目不符，可能错了一栏，项目资金未读取，请补充或核对。`,
    );
  }
  if (record.indicators.length === 0) return;
  const budget = { weight: funds.total.weight.value, score: funds.total.score.value };
  const column = indicatorColumnsShifted({ ...record, budget });
  if (!column) return;
  dropIndicators(
    form,
    `绩效指标表“${column}”一栏中的内容与栏目不符，可能错了一栏，绩效指标和总分未读取，请补充或核对。`,
  );
  // the 总分 row was read through the same doubted header (its 分值/得分 columns)
  record.totalWeight = null;
  record.totalScore = null;
  delete form.provenance.totalWeight;
  delete form.provenance.totalScore;
}

/**
 * A section whose header row is there but lost a label the mapper needs to find it (isPartialIndicatorHeader,
 * isPartialFundsHeader): no row was read under it, so the section is marked unread and asked for, naming the
 * labels the row lacks, rather than passed over as a form without that table. False when no such row.
 */
function refuseHeaderless(
  form: FormBuilder,
  keys: readonly string[][],
  section: 'indicators' | 'funds',
): boolean {
  const partial = section === 'indicators' ? isPartialIndicatorHeader : isPartialFundsHeader;
  const row = keys.find(partial);
  if (!row) return false;
  const lacking =
    section === 'indicators'
      ? INDICATOR_CELLS.filter((c) => !row.some((k) => indicatorColumn(k) === c)).map(
          (c) => INDICATOR_LABEL[c],
        )
      : FUNDS_COLUMNS.filter((c) => !row.some((k) => fundsColumn(k) === c)).map((c) => FUNDS_COLUMN_LABEL[c]);
  const table = section === 'indicators' ? '绩效指标表' : '项目资金表';
  form.notes.push(
    `${table}的表头缺少“${lacking.join('、')}”，无法确定各栏的对应关系，${section === 'indicators' ? '绩效指标' : '项目资金'}未读取，请补充或核对。`,
  );
  markUnread(form.record, section);
  return true;
}

/** The funds rows emptied and the section asked for, as for the indicators. */
function dropFunds(form: FormBuilder, note: string): void {
  const funds = form.record.funds;
  form.notes.push(note);
  for (const key of FUNDS_ROWS) funds[key] = emptyFundsRow();
  delete funds.extraRows;
  delete funds.rateBase;
  // the other templates' rows were read through the same columns
  delete funds.specialAccount;
  delete funds.unitFunds;
  for (const path of Object.keys(form.provenance))
    if (path.startsWith('funds.')) delete form.provenance[path];
  markUnread(form.record, 'funds');
}

function markUnread(record: FormRecord, section: 'indicators' | 'funds'): void {
  record.unreadSections = [...new Set([...(record.unreadSections ?? []), section])];
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
  if (anchors.indicators < 0) {
    readTotalByOrder(form, row, labelIndex);
    return;
  }
  const header = keys[anchors.indicators] ?? [];
  const weightAt = header.findIndex((k) => indicatorColumn(k) === 'weight');
  const scoreAt = header.findIndex((k) => indicatorColumn(k) === 'score');
  const gap = weightAt >= 0 && scoreAt > weightAt ? scoreAt - weightAt : 1;
  // a total row that keeps the sheet's positions (blank cells between the label and the 分值 column, as a
  // pasted sheet gives them) lines up with the indicator header's 分值/得分 columns
  const aligned =
    weightAt > labelIndex + 1 &&
    scoreAt > labelIndex &&
    row.length > weightAt &&
    row.slice(labelIndex + 1, weightAt).every((cell) => cell.text.trim() === '');
  const rowKeys = keys[anchors.total] ?? [];
  const labelPoints = pointsIn(rowKeys[labelIndex] ?? '');
  const gradeAt = rowKeys.findIndex((k) => k === '自评等级' || k === '等级');
  if (weightAt < 0) {
    // no weight column (保山: `总分(100分) | 95.5 | 自评等级 | 优`): the points in the label, the score after it
    // (past the blank positions a pasted sheet keeps for the label's merged cells)
    const end = gradeAt > labelIndex ? gradeAt : row.length;
    const score = row.slice(labelIndex + 1, end).find((c) => c.text.trim() !== '') ?? row[labelIndex + 1];
    form.record.totalWeight = labelPoints;
    form.record.totalScore = score && row.indexOf(score) !== gradeAt ? parseScore(score.text) : null;
    form.from('totalWeight', row[labelIndex]);
    form.from('totalScore', score ?? row[labelIndex]);
  } else {
    // blank cells right after the label are an empty column when two numbers follow them
    let first = labelIndex + 1;
    const numbersAfter = row.slice(first).filter((c) => parseScore(c.text) !== null).length;
    if (numbersAfter >= 2) while (first < row.length - 1 && cellKey(row[first]) === '') first++;
    const right = aligned ? undefined : rightAlignedTotal(row, labelIndex, header.length, weightAt, scoreAt);
    const weight = right ? right.weight : row[aligned ? weightAt : first];
    let score = right ? right.score : row[aligned ? scoreAt : first + gap];
    if (!aligned && !right && weight && parseScore(score?.text ?? '') === null) {
      // the columns between 分值 and 得分 are often merged on the total row (`总分 | 100 | | 96.2`): the
      // first number after the weight is the score
      const after = row.slice(row.indexOf(weight) + 1).find((c) => parseScore(c.text) !== null);
      if (after) score = after;
    }
    form.record.totalWeight = parseScore(weight?.text ?? '') ?? labelPoints;
    form.record.totalScore = parseScore(score?.text ?? '');
    form.from('totalWeight', weight ?? row[labelIndex]);
    form.from('totalScore', score ?? row[labelIndex]);
    // `总分 | 100 | 96 | 优`: a grade right after the score
    const after = score ? row[row.indexOf(score) + 1] : undefined;
    if (gradeAt < 0 && after && GRADE.test(cellKey(after))) {
      form.record.selfGrade = cellValue(after.text);
      form.from('selfGrade', after);
    }
  }
  if (gradeAt >= 0) {
    const grade = row[gradeAt + 1];
    form.record.selfGrade = cellValue(grade?.text ?? '');
    form.from('selfGrade', grade ?? row[gradeAt]);
  }
}

/**
 * The 总分 row of a table whose indicator header was not found: no column says which number is which, so only
 * the template's order is trusted — two numbers are 分值 then 得分, one number beside points in the label
 * (`总分(100分)`) is the score. A lone number could be either and is left unread.
 */
function readTotalByOrder(form: FormBuilder, row: Row, labelIndex: number): void {
  const numbers = row.slice(labelIndex + 1).filter((c) => parseScore(c.text) !== null);
  const points = pointsIn(cellKey(row[labelIndex]));
  const [first, second] = numbers;
  if (first && second) {
    form.record.totalWeight = parseScore(first.text);
    form.record.totalScore = parseScore(second.text);
    form.from('totalWeight', first);
    form.from('totalScore', second);
  } else if (first && points !== null) {
    form.record.totalWeight = points;
    form.record.totalScore = parseScore(first.text);
    form.from('totalWeight', row[labelIndex]);
    form.from('totalScore', first);
  }
}

/**
 * The total row read against the indicator header from the right, where both reach the table's right edge cell
 * for cell (word-text, a grid whose label spans the columns before the numbers): the 分值 and 得分 cells under
 * their headers whatever the columns' order. Only when it fits: both after the label, numbers or blank, every
 * other cell blank; otherwise undefined and the row is read from its label.
 */
function rightAlignedTotal(
  row: Row,
  labelIndex: number,
  headerLength: number,
  weightAt: number,
  scoreAt: number,
): { weight: RowCell; score: RowCell } | undefined {
  const offset = headerLength - row.length;
  const w = weightAt - offset;
  const s = scoreAt - offset;
  if (offset <= 0 || w <= labelIndex || s <= labelIndex || w >= row.length || s >= row.length)
    return undefined;
  const numberOrBlank = (cell: RowCell | undefined) =>
    cellKey(cell) === '' || parseScore(cell?.text ?? '') !== null;
  if (!numberOrBlank(row[w]) || !numberOrBlank(row[s])) return undefined;
  const others = row.filter((_, i) => i > labelIndex && i !== w && i !== s);
  if (others.some((cell) => cellKey(cell) !== '')) return undefined;
  return { weight: row[w] as RowCell, score: row[s] as RowCell };
}

const GRADE = /^(?:优秀?|良好?|中|差|合格|不合格|较好|一般|及格|不及格)$/;

/** `(60分)` in a label key: the points it carries, or null. */
function pointsIn(key: string): number | null {
  const match = /\((\d+(?:\.\d+)?)分\)/.exec(key);
  return match ? Number(match[1]) : null;
}

/** Points printed in block headers: 预算执行情况(10分) / 项目资金(20分), 绩效指标(90分) / 年度绩效目标(80分). */
function readBlockWeights(form: FormBuilder, keys: readonly string[][]): void {
  const weights: { budget?: number; indicators?: number } = {};
  let scorePoints: number | undefined;
  for (const key of keys.flat()) {
    if (key.length > 30) continue;
    // the score column's formula states the budget row's points too: 得分(20分*执行率)
    const formula = /^得分\((\d+(?:\.\d+)?)分[*×]执行率\)$/.exec(key);
    if (formula) scorePoints ??= Number(formula[1]);
    const points = pointsIn(key);
    if (points === null) continue;
    if (weights.budget === undefined && /^(?:预算执行|项目资金|资金情况)/.test(key)) weights.budget = points;
    else if (weights.indicators === undefined && /^(?:绩效指标|年度绩效目标|绩效目标)/.test(key))
      weights.indicators = points;
  }
  if (weights.budget === undefined && scorePoints !== undefined) weights.budget = scorePoints;
  if (weights.budget !== undefined || weights.indicators !== undefined) form.record.blockWeights = weights;
}
