/**
 * A column whose label fell off (issue 12, refuse rather than guess): a blank header cell with values under it, in
 * a header that lacks a column those values could be, by their type and by their place among the labelled columns
 * (the template's order). The mapper reads no column without a label, so the values would be lost without a word;
 * writing them into the missing field would be a guess. The section is marked unread instead. A blank header
 * cell over values that fit no missing column (a column of the office's own) is left alone.
 */

const PUNCTUATION_ONLY = /^\p{P}+$/u;

/** One position of a section's header row. */
export interface HeaderSlot<C extends string> {
  /** The column its label names, if any. */
  column: C | undefined;
  /** The header cell is blank (a label that fell off), not a label of no known column. */
  blank: boolean;
}

export interface LostLabel<C extends string> {
  /** Header position of the unlabelled column. */
  position: number;
  /** The missing columns its values could be (one or more: any is a guess). */
  columns: C[];
}

export interface LostLabelInput<C extends string> {
  /** The section's columns in the template's order. */
  order: readonly C[];
  header: readonly HeaderSlot<C>[];
  /** Keys of the data cells under header position `h`, one per row read ('' where a row has none). */
  cellsAt: (h: number) => readonly string[];
  /** Whether a filled data cell's key is of the column's type. */
  fits: (column: C, key: string) => boolean;
}

export function lostLabels<C extends string>(input: LostLabelInput<C>): LostLabel<C>[] {
  const { order, header, cellsAt, fits } = input;
  const present = new Set(header.map((slot) => slot.column).filter((c) => c !== undefined));
  const missing = order.filter((c) => !present.has(c));
  if (missing.length === 0) return [];
  // positions before the first label hold the block label (绩效指标, 项目资金) and the row labels
  const first = header.findIndex((slot) => slot.column !== undefined);
  if (first < 0) return [];
  const out: LostLabel<C>[] = [];
  for (let h = first + 1; h < header.length; h++) {
    if (header[h]?.column !== undefined || !header[h]?.blank) continue;
    // `无` is a value (no deviation, none): a column of them lost its label as much as any other
    const filled = cellsAt(h).filter((k) => k !== '' && !PUNCTUATION_ONLY.test(k));
    if (filled.length === 0) continue;
    const left = header
      .slice(0, h)
      .map((slot) => slot.column)
      .filter((c) => c !== undefined)
      .at(-1);
    const right = header.slice(h + 1).find((slot) => slot.column !== undefined)?.column;
    const low = left === undefined ? -1 : order.indexOf(left);
    const high = right === undefined ? order.length : order.indexOf(right);
    const columns = missing.filter((c) => {
      const i = order.indexOf(c);
      return i > low && i < high && filled.every((k) => fits(c, k));
    });
    if (columns.length > 0) out.push({ position: h, columns });
  }
  return out;
}
