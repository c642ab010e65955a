/** Number helpers shared by the scorer and the validators: precision as written, rounding, comparisons. */

const EPS = 1e-9;

/** Decimals written in the first number of a cell (`96.17%` → 2, `100%` → 0); 0 when there is none. */
export function decimalsWritten(raw: string): number {
  const m = /\d+(?:\.(\d+))?/.exec(raw.replace(/,/g, ''));
  return m?.[1]?.length ?? 0;
}

/** Decimals of a number as JavaScript prints it (`9.55` → 2), at most 6. */
export function decimalsOf(x: number): number {
  const m = /\.(\d+)$/.exec(String(x));
  return Math.min(m?.[1]?.length ?? 0, 6);
}

/**
 * Decimals for computed values of a form: as many as its score and weight cells write, at least 2 (SCORING.md §7
 * displays 2), at most 4, so a computed total is never shown as 95.66072065643954.
 */
export function formPrecision(record: {
  indicators: ReadonlyArray<{ scoreRaw: string; weightRaw: string; placeholder?: true }>;
  funds: { total: { score: { raw: string } } };
  totalScore: number | null;
}): number {
  let d = 2;
  for (const i of record.indicators) {
    if (i.placeholder) continue;
    d = Math.max(d, decimalsWritten(i.scoreRaw), decimalsWritten(i.weightRaw));
  }
  d = Math.max(d, decimalsWritten(record.funds.total.score.raw));
  if (record.totalScore !== null) d = Math.max(d, decimalsOf(record.totalScore));
  return Math.min(d, 4);
}

export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f + Math.sign(x) * EPS) / f;
}

export function truncTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.trunc(x * f + Math.sign(x) * EPS) / f;
}

export function within(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + EPS;
}

/**
 * Does a stated percentage agree with the computed one? Accepted: the computed value rounded or truncated to
 * the decimals written (`96%`, `96.2%`, `96.17%`), or within `slack` percentage points (SCORING.md §7).
 */
export function rateAgrees(stated: number, statedRaw: string, computed: number, slack: number): boolean {
  const d = decimalsWritten(statedRaw);
  return (
    within(stated, roundTo(computed, d), 0) ||
    within(stated, truncTo(computed, d), 0) ||
    within(stated, computed, slack)
  );
}

/** For display and messages: at most 2 decimals, no trailing zeros (`9.5`, `9.55`, `10`). */
export function fmt(x: number): string {
  return String(roundTo(x, 2));
}

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Whitespace-free text: cells are compared this way (corpus convention). */
export function compact(s: string | null | undefined): string {
  if (!s) return '';
  return /\s/.test(s) ? s.replace(/\s+/g, '') : s;
}
