/**
 * A reference record printed as a 财政部 2020 form (the layout of the dev corpus's office files), with every
 * layout choice a variant class may change made explicit: labels, column orders, merges, extra rows and
 * columns, lines above the table. The result is the templates' printed-form model (test/templates/model.ts), so
 * the same renderers print it as .docx, .xlsx, .pdf and pasted text.
 */
import { FUNDS_ROWS, type FundsColumn, type FundsRowKey } from '../../src/record/record.ts';
import type { Cell, Grid, Line, PrintedForm } from '../templates/model.ts';

export type IndicatorColumn = 'target' | 'actual' | 'weight' | 'score' | 'deviation';

export interface Labels {
  projectName: string;
  department: string;
  implementingUnit: string;
  owner: string;
  phone: string;
  fundsBlock: string;
  funds: Record<FundsColumn, string>;
  fundsRows: Record<FundsRowKey, string>;
  goalsBlock: string;
  expected: string;
  actual: string;
  indicatorsBlock: string;
  level1: string;
  level2: string;
  name: string;
  indicators: Record<IndicatorColumn, string>;
  total: string;
}

export const BASE_LABELS: Labels = {
  projectName: '项目名称',
  department: '主管部门',
  implementingUnit: '实施单位',
  owner: '项目负责人',
  phone: '联系电话',
  fundsBlock: '项目资金（万元）',
  funds: {
    initialBudget: '年初预算数',
    annualBudget: '全年预算数',
    executed: '全年执行数',
    weight: '分值',
    rate: '执行率',
    score: '得分',
  },
  fundsRows: {
    total: '年度资金总额',
    fiscal: '其中：当年财政拨款',
    carryOver: '上年结转资金',
    other: '其他资金',
  },
  goalsBlock: '年度总体目标',
  expected: '预期目标',
  actual: '实际完成情况',
  indicatorsBlock: '绩效指标',
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  indicators: {
    target: '年度指标值',
    actual: '实际完成值',
    weight: '分值',
    score: '得分',
    deviation: '偏差原因分析及改进措施',
  },
  total: '总分',
};

export const FUNDS_ORDER: readonly FundsColumn[] = [
  'initialBudget',
  'annualBudget',
  'executed',
  'weight',
  'rate',
  'score',
];
export const INDICATOR_ORDER: readonly IndicatorColumn[] = [
  'target',
  'actual',
  'weight',
  'score',
  'deviation',
];

/** How cells that span several rows or columns are printed. */
export type MergeStyle =
  /** one merged cell (Word vMerge / gridSpan, Excel merge) */
  | 'merged'
  /** no merge: the text in the first cell, the others empty */
  | 'blank'
  /** no merge: the text repeated in every cell it covered */
  | 'repeat';

export interface FormStyle {
  labels: Labels;
  fundsOrder: readonly FundsColumn[];
  indicatorOrder: readonly IndicatorColumn[];
  /** Cells spanning rows: block labels, 一级/二级 groups. */
  vertical: MergeStyle;
  /** Cells spanning columns: header values, the goals, the 偏差原因 column, the total label. */
  horizontal: 'merged' | 'blank';
  /** Lines above the table (title, year line, then these). */
  extraAbove: string[];
  /** Empty table rows inserted after these logical rows (indexes into the unmerged row list). */
  emptyRowsAfter: ReadonlySet<number>;
  /** An empty column inserted at this grid position (none: -1). */
  emptyColumnAt: number;
  /** Rows whose 分值 / 得分 cells hold stray punctuation: indicator index → text per column. */
  stray: ReadonlyMap<number, Partial<Record<IndicatorColumn, string>>>;
  /** Indicator indexes printed as a short row: the name cell spans the rest of the row. */
  short: ReadonlySet<number>;
  /** Rewrites every cell text (line breaks, tab runs); called with the cell's role. */
  text: (text: string, role: CellRole) => string;
}

export type CellRole = 'title' | 'label' | 'value' | 'goals' | 'indicator' | 'number' | 'above';

export function baseStyle(): FormStyle {
  return {
    labels: BASE_LABELS,
    fundsOrder: FUNDS_ORDER,
    indicatorOrder: INDICATOR_ORDER,
    vertical: 'merged',
    horizontal: 'merged',
    extraAbove: [],
    emptyRowsAfter: new Set(),
    emptyColumnAt: -1,
    stray: new Map(),
    short: new Set(),
    text: (t) => t,
  };
}

/** The fields of the reference record the form prints (the corpus interchange record). */
export interface RecordLike {
  year: number | null;
  projectName: string | null;
  department: string | null;
  implementingUnit: string | null;
  owner: string | null;
  phone: string | null;
  funds: Record<FundsRowKey, Record<FundsColumn, { raw: string }>>;
  goals: { expected: string; actual: string };
  indicators: {
    level1: string;
    level2: string;
    name: string;
    target: string;
    actual: string;
    deviation: string;
    weightRaw: string;
    scoreRaw: string;
  }[];
  totalWeight: number | null;
  totalScore: number | null;
}

/** A cell before placement: its text, the columns it covers and the key that merges it with the one above. */
interface Draft {
  text: string;
  col: number;
  span: number;
  role: CellRole;
  /** Equal keys in consecutive rows at the same columns are one cell spanning those rows. */
  vkey?: string;
}

const WIDTH = 10;

function headerRows(record: RecordLike, style: FormStyle): Draft[][] {
  const l = style.labels;
  const v = (text: string | null, col: number, span: number): Draft => ({
    text: text ?? '',
    col,
    span,
    role: 'value',
  });
  const label = (text: string, col: number, span = 1): Draft => ({ text, col, span, role: 'label' });
  const rows: Draft[][] = [
    [label(l.projectName, 0), v(record.projectName, 1, 9)],
    [
      label(l.department, 0),
      v(record.department, 1, 4),
      label(l.implementingUnit, 5),
      v(record.implementingUnit, 6, 4),
    ],
  ];
  if (record.owner !== null || record.phone !== null)
    rows.push([label(l.owner, 0), v(record.owner, 1, 4), label(l.phone, 5), v(record.phone, 6, 4)]);
  return rows;
}

function fundsRows(record: RecordLike, style: FormStyle): Draft[][] {
  const l = style.labels;
  const block: Draft = { text: l.fundsBlock, col: 0, span: 1, role: 'label', vkey: 'funds' };
  const header: Draft[] = [
    { ...block },
    { text: '', col: 1, span: 3, role: 'label' },
    ...style.fundsOrder.map((c, i): Draft => ({ text: l.funds[c], col: 4 + i, span: 1, role: 'label' })),
  ];
  const rows = FUNDS_ROWS.map((key): Draft[] => [
    { ...block },
    { text: l.fundsRows[key], col: 1, span: 3, role: 'label' },
    ...style.fundsOrder.map(
      (c, i): Draft => ({ text: record.funds[key][c].raw, col: 4 + i, span: 1, role: 'number' }),
    ),
  ]);
  return [header, ...rows];
}

function goalsRows(record: RecordLike, style: FormStyle): Draft[][] {
  const l = style.labels;
  const block: Draft = { text: l.goalsBlock, col: 0, span: 1, role: 'label', vkey: 'goals' };
  return [
    [
      { ...block },
      { text: l.expected, col: 1, span: 5, role: 'label' },
      { text: l.actual, col: 6, span: 4, role: 'label' },
    ],
    [
      { ...block },
      { text: record.goals.expected, col: 1, span: 5, role: 'goals' },
      { text: record.goals.actual, col: 6, span: 4, role: 'goals' },
    ],
  ];
}

/** Grid columns of the five value columns in the style's order; 偏差原因 takes two columns, as in the template. */
function indicatorColumns(style: FormStyle): Map<IndicatorColumn, { col: number; span: number }> {
  const out = new Map<IndicatorColumn, { col: number; span: number }>();
  let col = 4;
  for (const c of style.indicatorOrder) {
    const span = c === 'deviation' ? 2 : 1;
    out.set(c, { col, span });
    col += span;
  }
  return out;
}

function indicatorRows(record: RecordLike, style: FormStyle): Draft[][] {
  const l = style.labels;
  const block: Draft = { text: l.indicatorsBlock, col: 0, span: 1, role: 'label', vkey: 'indicators' };
  const at = indicatorColumns(style);
  const header: Draft[] = [
    { ...block },
    { text: l.level1, col: 1, span: 1, role: 'label' },
    { text: l.level2, col: 2, span: 1, role: 'label' },
    { text: l.name, col: 3, span: 1, role: 'label' },
    ...style.indicatorOrder.map((c): Draft => ({ text: l.indicators[c], ...at.get(c)!, role: 'label' })),
  ];
  const rows: Draft[][] = [header];
  let group1 = 0;
  let group2 = 0;
  record.indicators.forEach((ind, i) => {
    const prev = record.indicators[i - 1];
    if (!prev || prev.level1 !== ind.level1) group1++;
    if (!prev || prev.level1 !== ind.level1 || prev.level2 !== ind.level2) group2++;
    const row: Draft[] = [
      { ...block },
      { text: ind.level1, col: 1, span: 1, role: 'label', vkey: `l1:${group1}` },
      { text: ind.level2, col: 2, span: 1, role: 'label', vkey: `l2:${group2}` },
    ];
    if (style.short.has(i)) {
      // a 二级指标 with only 无: the name cell runs to the end of the row
      row.push({ text: ind.name, col: 3, span: WIDTH - 3, role: 'indicator' });
    } else {
      const values: Record<IndicatorColumn, string> = {
        target: ind.target,
        actual: ind.actual,
        weight: ind.weightRaw,
        score: ind.scoreRaw,
        deviation: ind.deviation,
      };
      const stray = style.stray.get(i) ?? {};
      row.push({ text: ind.name, col: 3, span: 1, role: 'indicator' });
      for (const c of style.indicatorOrder) {
        const number = c === 'weight' || c === 'score';
        row.push({
          text: stray[c] ?? values[c],
          ...at.get(c)!,
          role: number ? 'number' : 'indicator',
        });
      }
    }
    rows.push(row);
  });
  return rows;
}

function totalRow(record: RecordLike, style: FormStyle): Draft[] {
  const at = indicatorColumns(style);
  // the label runs up to the first number column, as the template prints it; the other columns keep their cells
  const first = Math.min(at.get('weight')!.col, at.get('score')!.col);
  const row: Draft[] = [{ text: style.labels.total, col: 0, span: first, role: 'label' }];
  for (const c of style.indicatorOrder) {
    const place = at.get(c)!;
    if (place.col < first) continue;
    const text =
      c === 'weight'
        ? String(record.totalWeight ?? '')
        : c === 'score'
          ? String(record.totalScore ?? '')
          : '';
    row.push({ text, ...place, role: c === 'weight' || c === 'score' ? 'number' : 'value' });
  }
  return row;
}

/** Logical rows → grid cells: vertical keys merged (or not), horizontal spans kept (or split), columns inserted. */
function place(rows: Draft[][], style: FormStyle): Grid {
  const width = WIDTH + (style.emptyColumnAt >= 0 ? 1 : 0);
  const shift = (col: number) => (style.emptyColumnAt >= 0 && col >= style.emptyColumnAt ? col + 1 : col);
  // empty rows inserted after the chosen rows: a row of single empty cells (no vertical key, so a merge above
  // ends there, as in a real table where someone pressed Tab at the end of a row)
  const withEmpty: Draft[][] = [];
  rows.forEach((row, i) => {
    withEmpty.push(row);
    if (style.emptyRowsAfter.has(i))
      withEmpty.push(
        Array.from({ length: WIDTH }, (_, col): Draft => ({ text: '', col, span: 1, role: 'value' })),
      );
  });
  const out: Cell[][] = [];
  const open = new Map<number, { cell: Cell; key: string }>();
  withEmpty.forEach((row) => {
    const cells: Cell[] = [];
    const seen = new Set<number>();
    for (const d of row) {
      const col = shift(d.col);
      // an inserted column inside a span widens it
      const span = style.emptyColumnAt > d.col && style.emptyColumnAt < d.col + d.span ? d.span + 1 : d.span;
      const above = open.get(col);
      seen.add(col);
      const text = style.text(d.text, d.role);
      if (d.vkey && above && above.key === d.vkey && above.cell.colSpan === span) {
        if (style.vertical === 'merged') {
          above.cell.rowSpan++;
          continue;
        }
        const repeated = style.vertical === 'repeat' ? text : '';
        cells.push(...split({ text: repeated, col, rowSpan: 1, colSpan: span }, style));
        continue;
      }
      const cell: Cell = { text, col, rowSpan: 1, colSpan: span };
      if (d.vkey) open.set(col, { cell, key: d.vkey });
      else open.delete(col);
      const parts = split(cell, style);
      if (d.vkey && style.vertical === 'merged') open.set(col, { cell: parts[0]!, key: d.vkey });
      cells.push(...parts);
    }
    for (const col of [...open.keys()]) if (!seen.has(col)) open.delete(col);
    const at = style.emptyColumnAt;
    const covered = (c: Cell) => c.col <= at && at < c.col + c.colSpan;
    const coveredAbove = [...open.values()].some((o) => o.cell.rowSpan > 1 && covered(o.cell));
    if (at >= 0 && !cells.some(covered) && !coveredAbove)
      cells.push({ text: '', col: at, rowSpan: 1, colSpan: 1 });
    cells.sort((a, b) => a.col - b.col);
    out.push(cells);
  });
  // a vertically merged cell must keep its columns: split spans only where nothing spans rows
  return { width, rows: out };
}

/** A horizontal span as one merged cell, or as its first cell holding the text and empty cells after it. */
function split(cell: Cell, style: FormStyle): Cell[] {
  if (style.horizontal === 'merged' || cell.colSpan === 1) return [cell];
  return Array.from({ length: cell.colSpan }, (_, k) => ({
    text: k === 0 ? cell.text : '',
    col: cell.col + k,
    rowSpan: 1,
    colSpan: 1,
  }));
}

/**
 * Index in the printed grid's rows of the goals' text row and of the first indicator row (styles that insert no
 * empty rows): header rows, the funds header and four funds rows, the goals' label row, then the goals.
 */
export function rowIndexes(record: RecordLike): { goals: number; firstIndicator: number } {
  const header = record.owner !== null || record.phone !== null ? 3 : 2;
  const goals = header + 5 + 1;
  return { goals, firstIndicator: goals + 2 };
}

export function printForm(record: RecordLike, style: FormStyle): PrintedForm {
  const above: Line[] = [
    { segments: [style.text('项目支出绩效自评表', 'title')], kind: 'title' },
    { segments: [`（${record.year ?? ''}年度）`], kind: 'text', align: 'center' },
    ...style.extraAbove.map(
      (t): Line => ({ segments: [style.text(t, 'above')], kind: 'text', align: 'left' }),
    ),
  ];
  const rows = [
    ...headerRows(record, style),
    ...fundsRows(record, style),
    ...goalsRows(record, style),
    ...indicatorRows(record, style),
    totalRow(record, style),
  ];
  return { above, table: place(rows, style), below: [] };
}
