import type { ParsedForm } from '../ingest/document.ts';
import { type FormRecord, FUNDS_COLUMNS, type FundsRowKey, type Provenance } from '../record/record.ts';
import { groundKey, parseSourceText, resolveRef, type SourceEntry } from './ground.ts';

/**
 * Which fields of a parsed form are gaps for the LLM: fields the table mapping did not read although the source
 * shows a value after their label. A field the form leaves blank (label followed directly by the next label) or a
 * row the form does not have is no gap: the validators report it as missing, and no model can read it either.
 */

/** Every field group the LLM can be asked for, in form order. */
export const GAP_KEYS = [
  'year',
  'projectName',
  'department',
  'implementingUnit',
  'owner',
  'phone',
  'funds_total',
  'funds_fiscal',
  'funds_carryOver',
  'funds_other',
  'goals_expected',
  'goals_actual',
  'totalWeight',
  'totalScore',
  'indicators',
] as const;
export type GapKey = (typeof GAP_KEYS)[number];

export interface Gap {
  key: GapKey;
  /** Record path (prefix for funds rows and indicators): `owner`, `funds.total`, `indicators`. */
  path: string;
  /** Chinese label as on the form. */
  label: string;
  /** `unread`: null although the source has a value; `ambiguous`: read as blank although it has one. */
  why: 'unread' | 'ambiguous';
  /** Entry index range [from, to] of the source that holds the value. */
  from: number;
  to: number;
  /** For ambiguous indicator rows: their indexes in record.indicators, in order. */
  rows?: number[];
  /** Further entry ranges to show (the header row of an ambiguous indicator row). */
  also?: { from: number; to: number }[];
}

export interface GapReport {
  gaps: Gap[];
  /** The mapping read (almost) nothing: the whole form goes to the LLM. */
  wholeForm: boolean;
  entries: SourceEntry[];
}

const HEADER_FIELDS = [
  { key: 'projectName', label: '项目名称', labels: ['项目名称'] },
  { key: 'department', label: '主管部门', labels: ['主管部门'] },
  { key: 'implementingUnit', label: '实施单位', labels: ['实施单位'] },
  { key: 'owner', label: '项目负责人', labels: ['项目负责人'] },
  { key: 'phone', label: '联系电话', labels: ['联系电话'] },
] as const;

const FUNDS_FIELDS: readonly { row: FundsRowKey; label: string; labels: string[] }[] = [
  { row: 'total', label: '年度资金总额', labels: ['年度资金总额'] },
  { row: 'fiscal', label: '其中：当年财政拨款', labels: ['当年财政拨款', '财政拨款'] },
  { row: 'carryOver', label: '上年结转资金', labels: ['上年结转资金', '上年结转'] },
  { row: 'other', label: '其他资金', labels: ['其他资金'] },
];

/** Labels that end the value of the label before them. */
const STOP_LABELS = [
  '项目名称',
  '主管部门',
  '实施单位',
  '项目负责人',
  '联系电话',
  '项目资金',
  '年初预算数',
  '年度资金总额',
  '当年财政拨款',
  '上年结转',
  '其他资金',
  '年度总体目标',
  '预期目标',
  '实际完成情况',
  '绩效指标',
  '一级指标',
  '总分',
  '项目支出绩效自评表',
].map(groundKey);

/** The source with whitespace removed and every entry's offset, so labels wrapped over lines are found. */
class Stream {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(entries: readonly SourceEntry[]) {
    let text = '';
    for (const e of entries) {
      this.starts.push(text.length);
      text += groundKey(e.text);
    }
    this.text = text;
  }

  entryAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(lo, 0);
  }

  find(labels: readonly string[], from = 0): { at: number; end: number } | null {
    let best: { at: number; end: number } | null = null;
    for (const label of labels.map(groundKey)) {
      const at = this.text.indexOf(label, from);
      if (at >= 0 && (!best || at < best.at)) best = { at, end: at + label.length };
    }
    return best;
  }

  /** What follows a label up to the next label (at most `max` characters). */
  valueAfter(
    labels: readonly string[],
    stops = STOP_LABELS,
    max = 300,
  ): { value: string; from: number; to: number } | null {
    const hit = this.find(labels);
    if (!hit) return null;
    const next = this.find(stops, hit.end);
    const end = Math.min(next?.at ?? this.text.length, hit.end + max);
    const value = this.text.slice(hit.end, end).replace(/^[:：]+/, '');
    return { value, from: this.entryAt(hit.at), to: this.entryAt(Math.max(end - 1, hit.at)) };
  }
}

const NOT_A_VALUE = /^[\s:：;；,，.。、—\-_/（）()]*$/;
const hasText = (v: string) => !NOT_A_VALUE.test(v);
const hasDigit = (v: string) => /\d/.test(v);
const noSource = (provenance: Provenance, path: string) =>
  !Object.keys(provenance).some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`));

function fundsRowEmpty(record: FormRecord, row: FundsRowKey): boolean {
  return FUNDS_COLUMNS.every((c) => record.funds[row][c].raw.trim() === '');
}

/** True when the mapping read nothing that identifies the form: it goes to the LLM whole. */
function readNothing(record: FormRecord): boolean {
  return (
    record.projectName === null &&
    record.indicators.length === 0 &&
    (['total', 'fiscal', 'carryOver', 'other'] as const).every((r) => fundsRowEmpty(record, r))
  );
}

export function findGaps(form: ParsedForm): GapReport {
  const entries = form.sourceText ? parseSourceText(form.sourceText) : [];
  if (entries.length === 0) return { gaps: [], wholeForm: false, entries };
  const { record, provenance } = form;
  const stream = new Stream(entries);
  const gaps: Gap[] = [];
  const add = (
    key: GapKey,
    path: string,
    label: string,
    why: Gap['why'],
    span: { from: number; to: number },
  ) => gaps.push({ key, path, label, why, from: span.from, to: span.to });

  const year = /(?:19|20)\d{2}年度/.exec(stream.text);
  if (record.year === null && year) {
    const at = stream.entryAt(year.index);
    add('year', 'year', '年度', 'unread', { from: at, to: at });
  }

  for (const field of HEADER_FIELDS) {
    const value = record[field.key];
    if ((value !== null && value.trim() !== '') || !noSource(provenance, field.key)) continue;
    const after = stream.valueAfter(field.labels);
    if (after && hasText(after.value))
      add(field.key, field.key, field.label, value === null ? 'unread' : 'ambiguous', after);
  }

  for (const field of FUNDS_FIELDS) {
    const path = `funds.${field.row}`;
    if (!fundsRowEmpty(record, field.row) || !noSource(provenance, path)) continue;
    const after = stream.valueAfter(field.labels);
    if (after && hasDigit(after.value)) add(`funds_${field.row}`, path, field.label, 'unread', after);
  }

  // Goals: the two labels stand side by side above their texts, so the texts follow the second label.
  const goals = stream.valueAfter(['实际完成情况'], ['绩效指标', '一级指标', '总分'].map(groundKey), 2000);
  if (goals && hasText(goals.value)) {
    const head = stream.find(['预期目标']);
    const span = { from: head ? Math.min(stream.entryAt(head.at), goals.from) : goals.from, to: goals.to };
    for (const [key, path, label] of [
      ['goals_expected', 'goals.expected', '预期目标'],
      ['goals_actual', 'goals.actual', '实际完成情况'],
    ] as const) {
      const value = key === 'goals_expected' ? record.goals.expected : record.goals.actual;
      if (value === null && noSource(provenance, path)) add(key, path, label, 'unread', span);
    }
  }

  const total = stream.valueAfter(['总分'], STOP_LABELS, 40);
  if (total && hasDigit(total.value)) {
    if (record.totalScore === null && noSource(provenance, 'totalScore'))
      add('totalScore', 'totalScore', '总分（得分）', 'unread', total);
    if (record.totalWeight === null && noSource(provenance, 'totalWeight'))
      add('totalWeight', 'totalWeight', '总分（分值）', 'unread', total);
  }

  if (record.indicators.length === 0) {
    const table = stream.valueAfter(['三级指标', '一级指标'], [groundKey('总分')], 20_000);
    const body = table?.value.replace(
      /年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施|二级指标|三级指标/g,
      '',
    );
    if (table && body && hasText(body)) add('indicators', 'indicators', '绩效指标表', 'unread', table);
  }

  ambiguousFromNotes(form, stream, entries, gaps);
  return { gaps, wholeForm: readNothing(record), entries };
}

/**
 * Rows the reader read but could not align, from its notes (src/ingest/pdf-text: funds cells it could not place,
 * indicator rows whose cell boundaries it could not fix). The LLM re-reads them; grounded values replace the guess.
 */
const AMBIGUOUS_FUNDS = /资金行“(.+?)”有无法对齐的内容/;
const AMBIGUOUS_ROW = /指标第\s*(\d+)\s*行（(L\d+(?:-L\d+)?)）的单元格无法确定边界/;

function ambiguousFromNotes(
  form: ParsedForm,
  stream: Stream,
  entries: readonly SourceEntry[],
  gaps: Gap[],
): void {
  for (const note of form.notes) {
    const name = AMBIGUOUS_FUNDS.exec(note)?.[1];
    const field = name
      ? FUNDS_FIELDS.find((f) => f.labels.some((l) => groundKey(name).includes(groundKey(l))))
      : undefined;
    if (!field || gaps.some((g) => g.key === `funds_${field.row}`)) continue;
    const after = stream.valueAfter(field.labels);
    if (after) {
      gaps.push({
        key: `funds_${field.row}`,
        path: `funds.${field.row}`,
        label: `${field.label}（未能对齐）`,
        why: 'ambiguous',
        ...after,
      });
    }
  }
  const rows: { index: number; span: [number, number] }[] = [];
  for (const note of form.notes) {
    const m = AMBIGUOUS_ROW.exec(note);
    if (!m?.[1] || !m[2] || form.record.indicators.length < Number(m[1])) continue;
    const hits = resolveRef(entries, m[2]).map((e) => entries.indexOf(e));
    if (hits.length > 0) rows.push({ index: Number(m[1]) - 1, span: [Math.min(...hits), Math.max(...hits)] });
  }
  if (rows.length === 0 || gaps.some((g) => g.key === 'indicators')) return;
  // The header row goes along so the model knows the columns.
  const header = stream.find(['一级指标']);
  const head = header ? stream.entryAt(header.at) : undefined;
  gaps.push({
    key: 'indicators',
    path: 'indicators',
    label: `绩效指标第 ${rows.map((r) => r.index + 1).join('、')} 行（未能确定单元格边界）`,
    why: 'ambiguous',
    from: Math.min(...rows.map((r) => r.span[0])),
    to: Math.max(...rows.map((r) => r.span[1])),
    rows: rows.map((r) => r.index),
    also: head === undefined ? [] : [{ from: head, to: head + 9 }],
  });
}
