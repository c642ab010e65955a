import type { Indicator } from '../record/record.ts';
import { isPlaceholderName, labelKey, parseScore } from './normalize.ts';

/**
 * Refuse rather than guess (issue 12): a section the mapper read but whose cells do not fit their columns is
 * marked unread instead of being returned with shifted values. The bot then asks for it (or the LLM reads that
 * section alone, src/extract/gaps.ts). The rules key on types, never on a form's wording.
 */

/** A 分值/得分 cell that is neither a number, nor blank, nor a mark for "not applicable" (`—`, `/`, `:`). */
function notANumber(raw: string): boolean {
  const key = labelKey(raw);
  if (key === '' || isPlaceholderName(key) || /^\p{P}+$/u.test(key)) return false;
  return parseScore(raw) === null;
}

/**
 * Rows (1-based) whose 分值 or 得分 cell holds text that is no number: a sign that the row's cells were placed
 * under the wrong columns (a text column moved into the number columns).
 */
export function rowsWithTextInNumberColumns(indicators: readonly Indicator[]): number[] {
  const out: number[] = [];
  indicators.forEach((row, i) => {
    if (row.placeholder) return;
    if (notANumber(row.weightRaw) || notANumber(row.scoreRaw)) out.push(i + 1);
  });
  return out;
}

/**
 * Whether the indicator table cannot be trusted: two or more rows with text in the number columns, or more
 * than a third of the rows that hold values. One odd cell (`良`, `见附件`) is the form's own and is kept.
 */
export function indicatorsUnreadable(indicators: readonly Indicator[]): number[] | undefined {
  const bad = rowsWithTextInNumberColumns(indicators);
  const withValues = indicators.filter((r) => !r.placeholder).length;
  return bad.length >= 2 || (bad.length > 0 && bad.length * 3 > withValues) ? bad : undefined;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * The 分值 and 得分 columns read the wrong way round: every row's 得分 at or above its 分值 and some above it (the
 * structural doubt), the weights not adding up to the table's own 总分 分值 (with or without the budget's points)
 * while the scores do, and the weights adding up to the 总分 得分 instead. A form's own arithmetic mistake does
 * not look so (a real form whose weights add up to its 总分 得分 by chance scores no row above its weight),
 * so only the reading is doubted, never a sum that is merely off.
 */
export function numberColumnsSwapped(record: {
  indicators: readonly Indicator[];
  totalWeight: number | null;
  totalScore: number | null;
  budget: { weight: number | null; score: number | null };
}): boolean {
  const { totalWeight, totalScore } = record;
  if (totalWeight === null || totalScore === null || near(totalWeight, totalScore)) return false;
  const rows = record.indicators.filter((r) => !r.placeholder && r.weight !== null && r.score !== null);
  if (rows.length < 2) return false;
  // swapped columns put every score at or above its weight, and some above it (no form scores so)
  if (!rows.every((r) => r.score! >= r.weight!) || !rows.some((r) => r.score! > r.weight!)) return false;
  const weights = rows.reduce((s, r) => s + r.weight!, 0);
  const scores = rows.reduce((s, r) => s + r.score!, 0);
  const weightTotals = [totalWeight, totalWeight - (record.budget.weight ?? 10)];
  const scoreTotals = [totalScore, totalScore - (record.budget.score ?? 0)];
  return (
    !weightTotals.some((t) => near(weights, t)) &&
    weightTotals.some((t) => near(scores, t)) &&
    scoreTotals.some((t) => near(weights, t))
  );
}

/**
 * The 一级 / 二级 vocabulary of the templates (../shared/docs/TEMPLATES.md, SCORING.md §2): 产出 → 数量/质量/时效/成本,
 * 效益 → 经济/社会/生态效益, 可持续影响, 满意度 → 服务对象满意度, and the 2021 template's 一级 成本 with its
 * 经济/社会/生态环境成本. A label is the family word with an optional qualifier before it and 指标 (or a typo of it)
 * and printed points after it; the check is loose on purpose (a label it does not know counts only when most do).
 */
const LEVEL_TAIL = String.raw`(?:指标|标指|指|标)?(?:\(\d+(?:\.\d+)?分\))?[:：]?$`;
export const LEVEL1_LABEL = new RegExp(`^(?:项目)?(?:产出|效益|效果|满意度?|成本|影响)${LEVEL_TAIL}`);
const LEVEL2_LABEL = new RegExp(
  `^(?:服务对象|社会公众|群众|受益对象|经济|社会|生态环境|生态|环境|可持续)?(?:数量|质量|时效|成本|效益|影响|满意度?)${LEVEL_TAIL}`,
);

/** A level label without 指标 and points (`社会效益指标（30分）` → `社会效益`), to compare two spellings. */
const levelStem = (key: string) => key.replace(new RegExp(LEVEL_TAIL), '');

/** Share of a column's cells that must fail its type before the column (and so its section) is doubted. */
const MOSTLY = 0.5;

/** A column whose filled cells mostly fail its type: at least two failing, and more than half of the filled. */
function mostlyFails(cells: readonly string[], fits: (key: string) => boolean): boolean {
  const filled = cells.map(labelKey).filter((k) => k !== '' && !isPlaceholderName(k));
  const failing = filled.filter((k) => !fits(k)).length;
  return failing >= 2 && failing > filled.length * MOSTLY;
}

const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
const near2 = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * Why the indicator table's columns cannot be trusted, beyond text in the number columns: the 一级 or 二级 column
 * holding mostly no 一级 / 二级 label, or the 三级 column mostly such labels other than the row's own 二级 (the labels
 * moved a column over: 二级 labels under 一级 or under 三级, names under 二级); a
 * text column holding nothing but bare numbers on most rows: 偏差原因 always, 年度指标值 and 实际完成值 when they
 * add up to the table's own 总分 分值 or 得分 (with or without the budget's points): the 分值 or 得分 column
 * moved into it; or no number in the 得分 column on any weighted row while the 总分 row states a score: the
 * scores stand under another label. Undefined
 * when the columns fit.
 */
export function indicatorColumnsShifted(record: {
  indicators: readonly Indicator[];
  totalWeight: number | null;
  totalScore: number | null;
  budget: { weight: number | null; score: number | null };
}): string | undefined {
  const rows = record.indicators.filter((r) => !r.placeholder);
  if (
    mostlyFails(
      rows.map((r) => r.level1),
      (k) => LEVEL1_LABEL.test(k),
    )
  )
    return '一级指标';
  if (
    mostlyFails(
      rows.map((r) => r.level2),
      (k) => LEVEL2_LABEL.test(k),
    )
  )
    return '二级指标';
  // a 三级 name repeating its own 二级 label is how some offices fill the template; another label is a shift
  const foreignLabel = (r: Indicator) => {
    const key = labelKey(r.name);
    return (
      (LEVEL1_LABEL.test(key) || LEVEL2_LABEL.test(key)) && levelStem(key) !== levelStem(labelKey(r.level2))
    );
  };
  const named = rows.filter((r) => !isPlaceholderName(r.name));
  const foreign = named.filter(foreignLabel).length;
  if (foreign >= 2 && foreign > named.length * MOSTLY) return '三级指标';
  const totals = [
    record.totalWeight,
    record.totalWeight === null ? null : record.totalWeight - (record.budget.weight ?? 10),
    record.totalScore,
    record.totalScore === null ? null : record.totalScore - (record.budget.score ?? 0),
  ].filter((t): t is number => t !== null && t > 0);
  for (const [column, label] of [
    ['target', '年度指标值'],
    ['actual', '实际完成值'],
    ['deviation', '偏差原因分析及改进措施'],
  ] as const) {
    const cells = rows.map((r) => labelKey(r[column])).filter((k) => k !== '');
    // one number proves nothing: the column must hold one on most rows, every one bare
    if (cells.length < 2 || cells.length * 2 < rows.length || !cells.every((k) => BARE_NUMBER.test(k)))
      continue;
    // a target or a result may well be a count; a reason is words, so numbers there came from 分值/得分
    if (column === 'deviation') return label;
    const sum = cells.reduce((s, k) => s + Number(k), 0);
    if (totals.some((t) => near2(sum, t))) return label;
  }
  // no row scored although the 总分 row is: the scores stand under another label (one cell of text is the
  // neighbour's too, and below the threshold of text in the number columns)
  const weighted = rows.filter((r) => r.weight !== null);
  const scored = record.totalScore !== null && record.totalScore > 0;
  if (scored && weighted.length >= 2 && weighted.every((r) => r.score === null)) return '得分';
  return undefined;
}

/** The cells of the funds block a check needs: raw text per column, per row (the four rows of the template). */
type FundsRows = readonly Readonly<Record<FundsColumnKey, { raw: string; value: number | null }>>[];
type FundsColumnKey = 'initialBudget' | 'annualBudget' | 'executed' | 'weight' | 'rate' | 'score';

const PERCENT = /[%％]/;

/**
 * Why the funds block's columns cannot be trusted: a money column (预算数, 执行数) holding mostly text; a
 * percentage in the 分值 or 得分 column while the 执行率 column holds none (the rate moved a column over); a
 * 得分 above its 分值 together with a rate that is no percentage (the numbers moved); or a rate without `%` that
 * is no execution rate of its row (the 分值 or 得分 under the rate's label). A single odd cell (`10％`
 * as the score beside a `100%` rate, `1年` as an amount) is the form's own, for the validators. Undefined when
 * the block fits.
 */
export function fundsColumnsShifted(rows: FundsRows): string | undefined {
  for (const [column, label] of [
    ['initialBudget', '年初预算数'],
    ['annualBudget', '全年预算数'],
    ['executed', '全年执行数'],
  ] as const) {
    if (
      mostlyFails(
        rows.map((r) => r[column].raw),
        isAmount,
      )
    )
      return label;
  }
  const rateHasPercent = rows.some((r) => PERCENT.test(r.rate.raw));
  if (!rateHasPercent) {
    if (rows.some((r) => PERCENT.test(r.weight.raw))) return '分值';
    if (rows.some((r) => PERCENT.test(r.score.raw))) return '得分';
    const over = rows.some(
      (r) => r.weight.value !== null && r.score.value !== null && r.score.value > r.weight.value,
    );
    if (over && rows.some((r) => r.rate.value !== null)) return '得分';
    if (!rateFits(rows[0])) return '执行率';
  }
  return undefined;
}

/**
 * A rate written without `%` that is the row's execution rate: executed over the annual or the initial budget, as
 * a percentage or a fraction, within a point (forms truncate). Anything else in that column came from another.
 */
function rateFits(row: FundsRows[number] | undefined): boolean {
  const rate = row?.rate.value ?? null;
  const executed = row?.executed.value ?? null;
  if (!row || rate === null || executed === null) return true;
  const bases = [row.annualBudget.value, row.initialBudget.value].filter(
    (b): b is number => b !== null && b > 0,
  );
  if (bases.length === 0) return true;
  return bases.some((b) => {
    const computed = (executed / b) * 100;
    return Math.abs(rate - computed) <= 1 || Math.abs(rate * 100 - computed) <= 1;
  });
}

/** A money cell: a number as written (`1,196,000.00元`, `150万元`, `5.1万`), or a mark for no value (`—`). */
function isAmount(key: string): boolean {
  return (
    /^[—\-–─―－/／\\]+$/.test(key) || /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元|万)?$/.test(key)
  );
}

/** A number column's cell: a number, or a mark for "not applicable" (`—`, `/`). */
const numberOrMark = (key: string) => parseScore(key) !== null || /^\p{P}+$/u.test(key);

/**
 * Whether a filled cell's key is of an indicator column's type (for a column whose label fell off,
 * src/extract/lost-label.ts): 一级/二级 the templates' level labels, 分值/得分 numbers, 偏差原因 words (not a bare
 * number); a name, a target or a result may be anything.
 */
export function indicatorCellFits(column: string, key: string): boolean {
  if (column === 'level1') return LEVEL1_LABEL.test(key);
  if (column === 'level2') return LEVEL2_LABEL.test(key);
  if (column === 'weight' || column === 'score') return numberOrMark(key);
  if (column === 'deviation') return !BARE_NUMBER.test(key);
  return true;
}

/** The same for a funds column: amounts, a rate (a number with or without %), 分值/得分 numbers. */
export function fundsCellFits(column: string, key: string): boolean {
  if (column === 'initialBudget' || column === 'annualBudget' || column === 'executed') return isAmount(key);
  if (column === 'rate') return numberOrMark(key.replace(PERCENT, ''));
  return numberOrMark(key);
}
