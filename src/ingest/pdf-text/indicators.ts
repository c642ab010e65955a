import { isPlaceholderRow, parseScore } from '../../extract/normalize.ts';
import type { FieldSource, Indicator } from '../../record/record.ts';
import { LEVEL2_LABELS, level1At, level2At } from './labels.ts';
import { lineRef, type TextLine } from './lines.ts';
import { YEAR_LINE } from './segment.ts';
import { ACTUAL_WORDS, splitCells } from './split-cells.ts';

export interface IndicatorsRead {
  indicators: Indicator[];
  sources: Record<string, FieldSource>;
  notes: string[];
}

/** `… 20 20` or `… 5 0 未做`: the 分值 and 得分 that close a row, and a short deviation after them. */
const ROW_END = /(?:^|\s)(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)(?:\s+([^\d\s][^\d]{0,29}))?$/;
/** No real row wraps this far; bounds the work on text that is not a form. */
const MAX_ROW_LINES = 40;
/** Longer lines are not table rows; the row-end pattern is not tried on them. */
const MAX_LINE = 2000;
/** A line ending like this continues on the next line. */
const UNFINISHED = /[，、；（“]$/;
/** A vertical label spans at most this many lines (`满\n意\n度\n指\n标`). */
const LABEL_LINES = 5;
const ROW_FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'] as const;
const PAGE_NUMBER = /^[1-9]\d{0,2}$/;
/** `… 10 未做`: a 分值 with no 得分, and the reason. */
const WEIGHT_END = /(?:^|\s)(\d+(?:\.\d+)?)\s+(未做|未开展|未完成)$/;
const DASH_ROW = /^(?:[—\-–─―－]\s*){2,}$/;

interface RawRow {
  /** The row's text lines, without the numbers that closed it. */
  lines: TextLine[];
  /** Every line of the row, for provenance. */
  span: TextLine[];
  /** The last text line shared its line with the 分值 and 得分. */
  besideNumbers: boolean;
  /** Ends of its cells came on a line after its numbers (glued back by column). */
  continued?: boolean;
  weightRaw: string;
  scoreRaw: string;
  deviation: string;
}

/**
 * Reads the indicator rows between the header (`一级指标 … 措施`) and `总分`. A row ends at a line
 * that ends with its 分值 and 得分 (`… 20 20`); a row without numbers (`不适用`, `— — — — —`) ends
 * where the next level label starts. Level labels are carried down like merged cells.
 */
export function readIndicators(lines: readonly TextLine[]): IndicatorsRead {
  const rows = groupRows(lines.filter((l) => !YEAR_LINE.test(l.text)));
  const out: IndicatorsRead = { indicators: [], sources: {}, notes: [] };
  let level1 = '';
  let level2 = '';
  for (const row of rows) {
    let text = row.lines.map((l) => l.text).join('\n');
    const l1 = level1At(text);
    if (l1) {
      level1 = l1.label;
      level2 = '';
      text = text.slice(l1.length).trimStart();
    }
    const l2 = level2At(text);
    if (l2) {
      level2 = l2.label;
      text = text.slice(l2.length).trimStart();
    }
    // `— — — — —`: the template row's cells left as dashes, maybe after a name of its own
    const dashed = text.split('\n');
    const dashRow = DASH_ROW.test(dashed[dashed.length - 1] ?? '');
    const cells = dashRow ? [dashed.slice(0, -1).join(''), '', ''] : splitCells(text, 3, row.besideNumbers);
    const indicator: Indicator = {
      level1,
      level2,
      name: cells[0] ?? '',
      target: cells[1] ?? '',
      actual: cells[2] ?? '',
      weight: parseScore(row.weightRaw),
      score: parseScore(row.scoreRaw),
      deviation: row.deviation,
      weightRaw: row.weightRaw,
      scoreRaw: row.scoreRaw,
    };
    if (isPlaceholderRow(indicator) || (dashRow && row.weightRaw === '')) indicator.placeholder = true;
    const i = out.indicators.length;
    out.indicators.push(indicator);
    const ref = lineRef(row.span);
    out.sources[`indicators[${i}]`] = { ref, method: 'rule' };
    for (const field of ROW_FIELDS) out.sources[`indicators[${i}].${field}`] = { ref, method: 'rule' };
    if (row.continued) {
      out.notes.push(`指标第 ${i + 1} 行（${ref}）的部分文字印在分值、得分之后，已按列接回，请核对。`);
    }
    if (cells.length > 3) out.notes.push(`指标第 ${i + 1} 行（${lineRef(row.span)}）的单元格无法确定边界。`);
  }
  return out;
}

/** A line right after a row's numbers, before the next level label, that is not a label itself. */
function isContinuation(lines: readonly TextLine[], i: number): boolean {
  const line = lines[i]!;
  if (level2At(line.text) || isLevel1Start(lines, i) || DASH_ROW.test(line.text)) return false;
  if (ROW_END.test(line.text) || PAGE_NUMBER.test(line.text)) return false;
  return isLevel1Start(lines, i + 1) || level2At(lines[i + 1]?.text ?? '') !== undefined;
}

/**
 * Glues each fragment of a continuation line to the cell of the row's last line it completes: first
 * where the two make a known word (`达到目` + `标`, `可持续影` + `响指标`), then left to right.
 */
function continueRow(row: RawRow, line: TextLine): void {
  const last = row.lines[row.lines.length - 1];
  row.span.push(line);
  row.continued = true;
  if (!last) return;
  const cells = last.text.split(/\s+/);
  const used = new Set<number>();
  const rest: string[] = [];
  for (const fragment of line.text.split(/\s+/)) {
    const at = cells.findIndex((cell, k) => !used.has(k) && isKnownWord(cell + fragment));
    if (at >= 0) {
      cells[at] += fragment;
      used.add(at);
    } else rest.push(fragment);
  }
  for (const fragment of rest) {
    const at = cells.findIndex((cell, k) => !used.has(k) && !isKnownWord(cell) && !/^[\d.]+$/.test(cell));
    if (at < 0) break;
    cells[at] += fragment;
    used.add(at);
  }
  row.lines[row.lines.length - 1] = { ...last, text: cells.join(' ') };
}

function isKnownWord(text: string): boolean {
  return ACTUAL_WORDS.test(text) || level2At(text)?.length === text.length;
}

/** Cuts the lines into rows: at a `分值 得分` line end, or before a new level label after content. */
function groupRows(lines: readonly TextLine[]): RawRow[] {
  const rows: RawRow[] = [];
  let current: TextLine[] = [];
  let span: TextLine[] = [];
  const flush = (weightRaw = '', scoreRaw = '', deviation = '', besideNumbers = false) => {
    if (span.length > 0) rows.push({ lines: current, span, weightRaw, scoreRaw, deviation, besideNumbers });
    current = [];
    span = [];
  };
  // a row without a 得分 may still end with its 分值 (`不适用 0`)
  const flushUnscored = () => {
    const last = current[current.length - 1]!;
    const weight = /(?:^|\s)(\d{1,3})$/.exec(last.text);
    if (!weight || (current.length === 1 && weight.index === 0)) return flush();
    const before = last.text.slice(0, weight.index).trim();
    current = before === '' ? current.slice(0, -1) : [...current.slice(0, -1), { ...last, text: before }];
    flush(weight[1]);
  };
  lines.forEach((line, i) => {
    // a bare number between rows, or before the next level label, is a page number
    const next = lines[i + 1]?.text ?? '';
    if (PAGE_NUMBER.test(line.text) && (current.length === 0 || level1At(next) || level2At(next))) return;
    if (current.length >= MAX_ROW_LINES) flush();
    else if (current.length > 0 && startsNewRow(current, lines, i)) flushUnscored();
    const previous = rows[rows.length - 1];
    if (current.length === 0 && previous?.scoreRaw && isContinuation(lines, i)) {
      // the wrapped ends of the previous row's cells, printed on one line after its numbers
      continueRow(previous, line);
      return;
    }
    span.push(line);
    const end = line.text.length <= MAX_LINE ? ROW_END.exec(line.text) : null;
    const weightOnly = !end && line.text.length <= MAX_LINE ? WEIGHT_END.exec(line.text) : null;
    if (weightOnly) {
      const before = line.text.slice(0, weightOnly.index).trim();
      if (before !== '') current.push({ ...line, text: before });
      flush(weightOnly[1], '', weightOnly[2]);
      return;
    }
    if (end) {
      const before = line.text.slice(0, end.index).trim();
      if (before !== '') current.push({ ...line, text: before });
      flush(end[1], end[2], end[3]?.trim() ?? '', before !== '');
      return;
    }
    current.push(line);
    if (DASH_ROW.test(line.text)) flush();
  });
  // text after the last row with no label of its own continues that row's 偏差原因分析
  const previous = rows[rows.length - 1];
  if (
    current.length > 0 &&
    previous?.scoreRaw &&
    !stripLabels(current.map((l) => l.text).join('\n')).labelled
  ) {
    previous.deviation = [previous.deviation, ...current.map((l) => l.text)].join('');
    previous.span.push(...span);
    return rows;
  }
  flush();
  return rows;
}

/**
 * A row without numbers is over when a level label of another group starts a line: a level-1
 * label, or a level-2 label other than the one the pending row already has (the 三级指标 often
 * repeats the level-2 label, which must not split the row).
 */
function startsNewRow(current: TextLine[], lines: readonly TextLine[], i: number): boolean {
  const line = lines[i]!;
  const rest = line.text;
  if (isLevel1Start(lines, i)) {
    // vertical level-1 labels start a text block; inside a block `满意度` ends a wrapped name
    return (
      line.blockStart && !UNFINISHED.test(current.at(-1)?.text ?? '') && hasContentAfterLabels(current, rest)
    );
  }
  const l2 = level2Start(lines, i);
  if (!l2) return false;
  const pending = current.map((l) => l.text).join('\n');
  const stripped = stripLabels(pending);
  if (stripped.level2 === l2) return false;
  return stripped.rest.trim() !== '';
}

/**
 * A level-1 label starts at line i (also spread over lines: `满意\n度\n指标`) and stands alone:
 * it ends its line or a level-2 label follows (`满意度 100%` is a cell, not a label).
 */
function isLevel1Start(lines: readonly TextLine[], i: number): boolean {
  const ahead = linesAhead(lines, i);
  const l1 = level1At(ahead);
  if (!l1) return false;
  const after = ahead.slice(l1.length);
  return after === '' || after.startsWith('\n') || level2At(after.trimStart()) !== undefined;
}

/** The level-2 label starting at line i, also wrapped over lines (`社会效\n益\n指标`). */
function level2Start(lines: readonly TextLine[], i: number): string | undefined {
  const own = level2At(lines[i]!.text);
  if (own) return own.label;
  const ahead = linesAhead(lines, i);
  const l2 = level2At(ahead);
  // a label spread over lines ends at a line end
  if (!l2 || !(ahead.length === l2.length || ahead[l2.length] === '\n')) return undefined;
  return l2.label;
}

function linesAhead(lines: readonly TextLine[], i: number): string {
  return lines
    .slice(i, i + LABEL_LINES)
    .map((l) => l.text)
    .join('\n');
}

function stripLabels(text: string): { level2?: string; rest: string; labelled: boolean } {
  let rest = text;
  const l1 = level1At(rest);
  if (l1) rest = rest.slice(l1.length).trimStart();
  const l2 = level2At(rest);
  if (l2) rest = rest.slice(l2.length).trimStart();
  const labelled = l1 !== undefined || l2 !== undefined;
  return l2 ? { level2: l2.label, rest, labelled } : { rest, labelled };
}

/** Content after the labels, other than the start of a level-2 label cut by a wrap (`服务对象`). */
function hasContentAfterLabels(current: TextLine[], next: string): boolean {
  const { rest, level2 } = stripLabels(current.map((l) => l.text).join('\n'));
  const key = rest.replace(/\s+/g, '');
  if (key === '') return false;
  // `服务对象` + `满意度`: a wrapped name that only looks like a level-1 label on its second line
  const joined = key + next.replace(/\s+/g, '');
  if (LEVEL2_LABELS.some((label) => label.startsWith(joined)) || level2At(joined)?.length === joined.length) {
    return false;
  }
  return level2 !== undefined || !LEVEL2_LABELS.some((label) => label.startsWith(key));
}
