import type { FundsCell } from '../record/record.ts';

/**
 * Cell normalisation (EXTRACTION.md §3 step 2). Records keep the text as written; these
 * helpers give the forms used to match labels and read numbers.
 */

const WHITESPACE = /\s+/g;

/** NFKC (full width → half width) without touching anything else; for reading, not for storing. */
export function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/** The key a label is matched by: NFKC with every whitespace removed (`年初     预算数` → `年初预算数`). */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '');
}

/** A cell's text as stored in the record: as written, only trimmed at both ends. */
export function cellValue(text: string): string {
  return text.trim();
}

/** `text` without any of `chars` at its end; a loop, as `/[…]+$/` is quadratic on long runs. */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** True when the label key of `text` equals one of `labels` (each compared by its own key). */
export function labelIs(text: string, ...labels: string[]): boolean {
  const key = labelKey(text);
  return labels.some((label) => key === labelKey(label));
}

/** True when the label key of `text` contains one of `parts`. */
export function labelHas(text: string, ...parts: string[]): boolean {
  const key = labelKey(text);
  return parts.some((part) => key.includes(labelKey(part)));
}

/** `—`, `-`, `/` and friends: the cell is there but does not apply. */
const NOT_APPLICABLE = /^[—\-–─―－/／\\]+$/;
const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万元|元)?$/;

function parseNumberText(key: string): { value: number; unit?: '元' | '万元' } | null {
  const match = NUMBER.exec(key);
  if (!match?.[1]) return null;
  const value = Number(match[1].replaceAll(',', ''));
  if (!Number.isFinite(value)) return null;
  const unit = match[2] as '元' | '万元' | undefined;
  return unit ? { value, unit } : { value };
}

/**
 * One funds cell: `raw` as written (trimmed); `value` the number or null (empty, `—`, not a number);
 * `unit` only when written (`150万元`); a percentage gives its number (`100%`, `100%%` → 100).
 */
export function parseFundsCell(raw: string): FundsCell {
  const kept = cellValue(raw);
  const key = labelKey(kept);
  if (key === '' || NOT_APPLICABLE.test(key)) return { raw: kept, value: null };
  const number = trimEnd(key, '%');
  if (number !== key) {
    const read = parseNumberText(number);
    return { raw: kept, value: read && !read.unit ? read.value : null };
  }
  const read = parseNumberText(key);
  if (!read) return { raw: kept, value: null };
  return read.unit ? { raw: kept, value: read.value, unit: read.unit } : { raw: kept, value: read.value };
}

/** A 分值/得分 cell as a number (`20`, `4.5`, `5分`, `100%`), or null when blank or not a number. */
export function parseScore(raw: string): number | null {
  const written = labelKey(raw);
  const key = written.endsWith('分') ? written.slice(0, -1) : trimEnd(written, '%');
  if (key === '' || NOT_APPLICABLE.test(key)) return null;
  const read = parseNumberText(key);
  return read && !read.unit ? read.value : null;
}

/** The year of a form title line such as `（  2023  年度）` or `2020年度` (not `2023年6月前`). */
export function parseYear(text: string): number | null {
  const match = /(?:^|[^\d])((?:19|20)\d{2})年度/.exec(labelKey(text));
  return match?.[1] ? Number(match[1]) : null;
}

const PLACEHOLDER_NAME = /^(?:指标\d*[:;]?|\.+|[—\-–─―－_]+|无|\/)$/;

/** A template name left in place: `指标2：`, `……`, `— — — — —`, `无`, or nothing. */
export function isPlaceholderName(name: string): boolean {
  const key = labelKey(name);
  return key === '' || PLACEHOLDER_NAME.test(key);
}

/** Punctuation and nothing else (`:` typed after `指标2：`, a stray `。`): no value, whatever the column. */
const PUNCTUATION_ONLY = /^\p{P}+$/u;

/** A template indicator row left empty: placeholder name and no value in any other cell. */
export function isPlaceholderRow(row: {
  name: string;
  target: string;
  actual: string;
  weightRaw: string;
  scoreRaw: string;
  deviation: string;
}): boolean {
  if (!isPlaceholderName(row.name)) return false;
  return [row.target, row.actual, row.weightRaw, row.scoreRaw, row.deviation].every(
    (v) => isPlaceholderName(v) || PUNCTUATION_ONLY.test(labelKey(v)),
  );
}
