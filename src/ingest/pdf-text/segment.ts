import type { TextLine } from './lines.ts';

/** The lines of one form, in reading order, after the page-break tails were moved back. */
export interface FormLines {
  /** The `（2023 年度）` line before the form, when there is one. */
  yearLine?: TextLine;
  lines: TextLine[];
  /** Line span of a tail of this form that was printed inside the next one. */
  movedTail?: TextLine[];
}

const NAME_LINE = /^项\s*目\s*名\s*称/;
export const YEAR_LINE = /^（?\s*(?:19|20)\d{2}\s*年度?\s*）?$/;
export const TOTAL_LINE = /^总\s*分/;
/** The indicator header (`一级指标 二级指标 …`, also wrapped `一级\n指标` or vertical `一\n级`). */
const INDICATOR_HEADER = /^一\s*级/;

export function isIndicatorHeader(lines: readonly TextLine[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  return INDICATOR_HEADER.test(text) || (text === '一' && /^级/.test(lines[i + 1]?.text ?? ''));
}
/** Lines an indicator row can start with: level-1/level-2 labels, also cut by wrapping. */
const INDICATOR_START =
  /^(?:产出|效益|满意|满$|数量指标|质量指标|时效指标|成本指标|经济效益|社会效益|生态效益|可持续|服务对)/;

/**
 * Cuts the text into forms at `项目名称` lines. When a form ends at a page break, pdftotext may
 * print its last rows (ending with `总分`) inside the next form, before that form's indicator
 * header; those rows are moved back to the form they belong to.
 */
export function segmentForms(lines: readonly TextLine[]): FormLines[] {
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (NAME_LINE.test(line.text)) starts.push(i);
  });
  const forms: FormLines[] = starts.map((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const form: FormLines = { lines: lines.slice(start, end) };
    const yearLine = findYearLine(lines, start, k === 0 ? 0 : (starts[k - 1] ?? 0));
    if (yearLine) form.yearLine = yearLine;
    return form;
  });
  for (let k = 1; k < forms.length; k++) {
    const form = forms[k]!;
    const tail = findTail(form.lines);
    if (!tail) continue;
    const previous = forms[k - 1]!;
    const moved = form.lines.slice(tail.start, tail.end + 1);
    form.lines = [...form.lines.slice(0, tail.start), ...form.lines.slice(tail.end + 1)];
    previous.lines = [...previous.lines, ...moved];
    previous.movedTail = moved;
  }
  return forms;
}

/** The nearest year line above the form's `项目名称` line, not past the previous form's start. */
function findYearLine(lines: readonly TextLine[], start: number, floor: number): TextLine | undefined {
  for (let i = start - 1; i >= floor && i >= start - 40; i--) {
    const line = lines[i]!;
    if (YEAR_LINE.test(line.text)) return line;
  }
  return undefined;
}

/**
 * A `总分` line before the form's own indicator header is the end of the previous form; its
 * rows start at the first line after this form's own content that begins like an indicator row.
 */
function findTail(lines: readonly TextLine[]): { start: number; end: number } | undefined {
  const header = lines.findIndex((_, i) => isIndicatorHeader(lines, i));
  const limit = header < 0 ? lines.length : header;
  let end = -1;
  for (let i = 1; i < limit; i++) {
    if (TOTAL_LINE.test(lines[i]!.text)) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  let start = end;
  for (let i = 1; i < end; i++) {
    if (INDICATOR_START.test(lines[i]!.text)) {
      start = i;
      break;
    }
  }
  return { start, end };
}
