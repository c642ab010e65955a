import { LEVEL2_LABELS, level2At } from './labels.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff（）《》“”、，。；：]/u;
const PERCENT = /^[≥≤>]?\d+(?:\.\d+)?%(?:以上|以下)?$/;
/** A unit on its own ends a value (`≤77.76\n万元`). */
const UNIT_ONLY = /^(?:万?元|人次?|个|户|次|年|月|天|场|座|名)$/;
const STARTS_NUMBER = /^[\d≤≥<>＜＞]/;

interface Token {
  text: string;
  /** Lines of the first and last piece (a merged token can span lines). */
  line: number;
  endLine: number;
  /** Length of the line the token ends on. */
  lineLength: number;
  /** Length of the token's part on its last line. */
  tailLength: number;
  first: boolean;
  last: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  text.split('\n').forEach((line, lineNo) => {
    const parts = line.split(/\s+/).filter((p) => p !== '');
    parts.forEach((part, i) => {
      out.push({
        text: part,
        line: lineNo,
        endLine: lineNo,
        lineLength: line.trim().length,
        tailLength: part.length,
        first: i === 0,
        last: i === parts.length - 1,
      });
    });
  });
  return out;
}

const FORCED = 9;

/** The usual 实际完成值 wording: a cell of its own, never the end of the cell before it. */
export const ACTUAL_WORDS =
  /^(?:达到目标|完成目标|达成目标|达到预期(?:指标|目标)?|完成预期|已?完成|达标|全部完成)$/;
/** A line this long was wrapped at the column edge; its last cell goes on. */
const FULL_LINE = 20;
/** Lines this short, one cell each, one under the other: a narrow column wrapping. */
const NARROW_LINE = 12;

/** How likely two neighbouring tokens belong to one cell (higher = merge first). */
function joinScore(
  a: Token,
  b: Token,
  bIsLast: boolean,
  aIsFirst: boolean,
  lastBesideNumbers: boolean,
): number {
  const aEnd = a.text.at(-1) ?? '';
  const bStart = b.text[0] ?? '';
  if (/(?:达到|超过|不低于|高于|大于|达)$/.test(a.text) && PERCENT.test(b.text)) return FORCED; // `达到 95%`
  if (a.last && b.first && b.line === a.endLine + 1) {
    // a wrap: the next line continues the cell
    const alone = b.last; // a wrapped tail usually fills its line alone
    if (CJK.test(bStart) && alone && (b.text.length === 1 || b.text === '指标')) return FORCED;
    if (ACTUAL_WORDS.test(a.text + b.text)) return FORCED; // `达到\n目标`
    if (isLabelPiece(a.text + b.text) && alone) return FORCED; // `服务对象满\n意度`, `服务对\n象满意`
    // the short tail of a line wrapped at the full cell width
    if (
      a.tailLength >= FULL_LINE &&
      alone &&
      CJK.test(bStart) &&
      b.text.length <= 4 &&
      !startsActual(b.text)
    ) {
      return FORCED;
    }
    if (bIsLast && ACTUAL_WORDS.test(b.text)) return 0; // the 实际完成值 cell
    // a short last cell printed beside the 分值/得分 sits centred in the row: a cell of its own (`效果良好`)
    if (bIsLast && alone && lastBesideNumbers && b.text.length <= 8) return 0;
    if (/[，、；（“]$/.test(a.text)) return 8; // a cell does not end on a comma
    const aComplete = !CJK.test(aEnd) || UNIT_ONLY.test(a.text) || level2At(a.text)?.length === a.text.length;
    if (a.first && alone && !aComplete && a.text.length <= 8 && b.text.length <= 8) return 7; // a narrow column
    if (CJK.test(bStart) && alone && b.text.length <= 4) return 6;
    if (/\d$/.test(a.text) && CJK.test(bStart) && alone) return 5; // `…，422\n户发放慰问金`
    if (a.first && alone && !aComplete && a.lineLength <= NARROW_LINE && b.lineLength <= a.lineLength + 1)
      return 4;
    if (CJK.test(aEnd) && CJK.test(bStart) && alone && a.tailLength >= 12) return 4;
    if (a.tailLength >= FULL_LINE && !/[。；]$/.test(a.text)) return 3;
    return alone ? 1 : 0;
  }
  if (/\d$/.test(a.text) && CJK.test(bStart)) return 7; // `35 名`, `1.925 万元`
  if (a.text.length === 1 && CJK.test(aEnd) && STARTS_NUMBER.test(bStart)) return 7; // `为 23`
  if (/\d\s*[年月日]$/.test(a.text) && STARTS_NUMBER.test(bStart)) return 6; // `2023 年 12 月`
  if (CJK.test(aEnd) && PERCENT.test(b.text)) return 5; // `达到 95%`
  // `授课数量 21 场`: the 三级指标 rarely ends with a number, a later cell often has one (`全年 10 次`)
  if (CJK.test(aEnd) && STARTS_NUMBER.test(bStart)) return aIsFirst ? 1 : 2;
  return 0;
}

/** `达到目` (before its `标` is glued) or a whole 实际完成值 word. */
function startsActual(text: string): boolean {
  return (
    ACTUAL_WORDS.test(text) ||
    ['达到目标', '完成目标', '达成目标', '达到预期', '完成预期'].some((w) => w.startsWith(text))
  );
}

/** A level-2 label, or a start of one long enough not to be a word of its own. */
function isLabelPiece(text: string): boolean {
  if (level2At(text)?.length === text.length) return true;
  return text.length >= 4 && LEVEL2_LABELS.some((label) => label.startsWith(text));
}

function merge(list: Token[], i: number): void {
  const a = list[i]!;
  const b = list[i + 1]!;
  const sameLine = a.endLine === b.line;
  list.splice(i, 2, {
    text: sameLine ? `${a.text} ${b.text}` : `${a.text}${b.text}`,
    line: a.line,
    endLine: b.endLine,
    lineLength: b.lineLength,
    tailLength: sameLine ? a.tailLength + 1 + b.tailLength : b.tailLength,
    first: a.first,
    last: b.last,
  });
}

/** Above this many tokens the text is not a table row: keep it whole in the first cell. */
const MAX_TOKENS = 120;

/**
 * Splits the text of one table row (cells joined by spaces, long cells wrapped onto the next
 * line) into `count` cells. pdftotext also puts spaces inside a cell between CJK and digits
 * (`35 名调查人员`), so the whitespace tokens are merged back, most likely joins first, until
 * `count` cells are left. `lastBesideNumbers`: the last line of `text` was printed on the same
 * line as the row's 分值 and 得分.
 */
export function splitCells(text: string, count: number, lastBesideNumbers = false): string[] {
  const list = tokens(text);
  if (list.length > MAX_TOKENS) return [list.map((t) => t.text).join(' ')];
  for (let i = 0; i < list.length - 1; ) {
    if (joinScore(list[i]!, list[i + 1]!, i + 1 === list.length - 1, i === 0, lastBesideNumbers) === FORCED)
      merge(list, i);
    else i++;
  }
  while (list.length > count) {
    let best = 0;
    let bestScore = -1;
    for (let i = 0; i < list.length - 1; i++) {
      const score = joinScore(list[i]!, list[i + 1]!, i + 1 === list.length - 1, i === 0, lastBesideNumbers);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    merge(list, best);
  }
  return list.map((t) => t.text);
}
