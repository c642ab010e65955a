import { coreFundsRows, type FormRecord, type FundsRow } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { buildContext } from '../../src/score/context.ts';
import { applyEdits } from '../../src/score/edits.ts';
import { DEFAULT_RULES } from '../../src/score/rules.ts';
import type { CheckResult, Finding } from '../../src/score/types.ts';

/**
 * The acceptance properties of issue 11, written once and used by the vitest suite (corpus and fixtures) and by
 * `npx tsx test/score/report.ts`. "Consistent as filled" is written out here from the cells, not through the scorer.
 */

const TOL_SCORE = 0.05;
const TOL_TOTAL = 0.1;
const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol + 1e-9;

/** The stated 执行率 is E/B rounded or truncated to the decimals written, or within 0.01 (SCORING §7). */
function rateOk(row: FundsRow): boolean {
  const b = row.annualBudget.value;
  const e = row.executed.value;
  const stated = row.rate.value;
  if (b === null || e === null || b === 0 || stated === null) return true;
  if (row.annualBudget.unit || row.executed.unit) return true; // unit conversions are the scorer's business
  const computed = (e / b) * 100;
  const d = /\.(\d+)/.exec(row.rate.raw)?.[1]?.length ?? 0;
  const f = 10 ** d;
  return (
    close(Math.round(computed * f) / f, stated, 0) ||
    close(Math.trunc(computed * f) / f, stated, 0) ||
    close(computed, stated, 0.01)
  );
}

/**
 * Budget score + row scores = stated total; budget weight + row weights = total weight; no score above its weight;
 * execution rate and budget score as computed (min(E/B, 1) × w_b). A blank budget 分值 and 得分 count as 0.
 */
export function consistentAsFilled(r: FormRecord): boolean {
  const t = r.funds.total;
  const rows = r.indicators.filter((i) => !i.placeholder);
  const T = r.totalWeight ?? 100;
  const wb = t.weight.value ?? 0;
  const sb = t.score.value ?? 0;
  const b = t.annualBudget.value;
  const e = t.executed.value;
  if (r.totalScore === null || rows.some((i) => i.weight === null || i.score === null)) return false;
  if (wb > 0 && (b === null || e === null || b === 0 || t.annualBudget.unit || t.executed.unit)) return false;
  const sumW = rows.reduce((x, i) => x + (i.weight ?? 0), 0);
  const sumS = rows.reduce((x, i) => x + (i.score ?? 0), 0);
  return (
    T === 100 &&
    close(wb + sumW, T, 1e-6) &&
    close(sb + sumS, r.totalScore, TOL_TOTAL) &&
    rows.every((i) => (i.score ?? 0) <= (i.weight ?? 0) + 1e-9 && (i.score ?? 0) >= 0) &&
    sb <= wb + 1e-9 &&
    (wb === 0 || close(sb, Math.min((e ?? 0) / (b ?? 1), 1) * wb, TOL_SCORE)) &&
    coreFundsRows(r).every(rateOk)
  );
}

/** Findings per place (path): the largest count and the places where it is above 1. */
export function findingsPerPlace(res: CheckResult): { max: number; repeated: string[] } {
  const n = new Map<string, number>();
  for (const f of res.findings) n.set(f.path, (n.get(f.path) ?? 0) + 1);
  const repeated = [...n].filter(([, c]) => c > 1).map(([p]) => p);
  return { max: Math.max(0, ...n.values()), repeated };
}

/** Errors no edit can settle: the data is not on the form (the user has to supply it). */
const NEEDS_DATA = new Set<Finding['code']>(['FUNDS_MISSING', 'FUNDS_UNREADABLE', 'FORM_INCOMPLETE']);

export interface FixCheck {
  ok: boolean;
  problems: string[];
}

/** Total equal to its parts, as the scorer adds them under the form's scheme. */
function totalEqualsParts(r: FormRecord): string | null {
  const ctx = buildContext(r, DEFAULT_RULES);
  if (ctx.totals.budgetUnscorable) return null;
  if (r.totalScore === null) return 'total empty';
  return close(r.totalScore, ctx.totals.statedParts, TOL_TOTAL)
    ? null
    : `total ${r.totalScore} ≠ parts ${ctx.totals.statedParts}`;
}

/**
 * Applies every error's fixes together, re-checks: no error left (but those that need data from the user), the
 * total equal to its parts, and the computed total unchanged. Then each warning's fixes on top, one at a time:
 * still no error and the total equal to its parts.
 */
export function fixesHold(r: FormRecord): FixCheck {
  const res = checkRecord(r);
  const problems: string[] = [];
  const errors = res.findings.filter((f) => f.severity === 'error');
  for (const f of res.findings) {
    const own = f.fixes?.find((e) => e.path === f.path);
    if (own && f.expected !== (own.value ?? own.raw)) problems.push(`${f.path}: expected ≠ its fix`);
    if (!f.fixes?.length && f.expected !== undefined) problems.push(`${f.path}: 应为 without a fix`);
  }
  const fixed = applyEdits(
    r,
    errors.flatMap((f) => f.fixes ?? []),
  );
  const after = checkRecord(fixed);
  const left = after.findings.filter((f) => f.severity === 'error' && !NEEDS_DATA.has(f.code));
  if (left.length) problems.push(`errors left: ${left.map((f) => `${f.code}@${f.path}`).join(', ')}`);
  const parts = totalEqualsParts(fixed);
  if (parts) problems.push(`after the errors' fixes: ${parts}`);
  if (after.score.total.computed !== res.score.total.computed)
    problems.push(`computed total moved ${res.score.total.computed} → ${after.score.total.computed}`);
  for (const w of res.findings.filter((f) => f.severity !== 'error' && f.fixes?.length)) {
    const again = applyEdits(fixed, w.fixes ?? []);
    const res2 = checkRecord(again);
    const left2 = res2.findings.filter((f) => f.severity === 'error' && !NEEDS_DATA.has(f.code));
    if (left2.length)
      problems.push(`${w.code}@${w.path} fix leaves: ${left2.map((f) => `${f.code}@${f.path}`).join(', ')}`);
    const parts2 = totalEqualsParts(again);
    if (parts2) problems.push(`${w.code}@${w.path} fix: ${parts2}`);
  }
  return { ok: problems.length === 0, problems };
}
