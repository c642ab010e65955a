import type { FormRecord } from '../record/record.ts';
import { rowLabel } from './messages.ts';
import type { CellEdit, Finding, FindingCode, Severity } from './types.ts';

/**
 * One finding per place (issue 11): the causes found for one cell become one finding. Its severity is the worst,
 * the arithmetic facts come first and the rule-based suggestions after, labelled 建议; every code stays in `causes`.
 */

/** Codes whose finding is a re-scoring or a question by a rule, not a fact about the form's own numbers. */
export const SUGGESTION_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'INDICATOR_SCORE_DIFFERS',
  'REVERSE_SCORED_AS_POSITIVE',
  'QUAL_SCORE_OUT_OF_BAND',
  'BUDGET_SCORE_MISMATCH',
  'OVER_ACHIEVEMENT',
]);

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function order(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    Number(SUGGESTION_CODES.has(a.code)) - Number(SUGGESTION_CODES.has(b.code))
  );
}

const INDICATOR_PATH = /^indicators\[(\d+)\]\./;

/** The row label a message starts with (`第3行指标「…」`), dropped from the causes after the first. */
function labelOf(record: FormRecord, path: string): string | null {
  const m = INDICATOR_PATH.exec(path);
  const row = m ? record.indicators[Number(m[1])] : undefined;
  return row ? rowLabel(row, Number(m?.[1])) : null;
}

function mergeFixes(findings: Finding[]): CellEdit[] {
  const byPath = new Map<string, CellEdit>();
  for (const f of findings) for (const e of f.fixes ?? []) if (!byPath.has(e.path)) byPath.set(e.path, e);
  return [...byPath.values()];
}

function combine(record: FormRecord, group: Finding[]): Finding {
  const sorted = [...group].sort(order);
  const first = sorted[0] as Finding;
  const label = labelOf(record, first.path);
  const text = sorted.map((f, k) => {
    let m = f.message;
    if (k > 0 && label && m.startsWith(label)) m = m.slice(label.length);
    if (k > 0 && SUGGESTION_CODES.has(f.code) && !m.includes('建议')) m = `建议：${m}`;
    return m;
  });
  // The fixes of the worst causes: an error's edits settle the form; a suggestion's value is in its text.
  const fixers = sorted.filter((f) => f.severity === first.severity && f.fixes?.length);
  const fixes = mergeFixes(fixers.slice(0, first.severity === 'error' ? undefined : 1));
  const out: Finding = {
    code: first.code,
    severity: first.severity,
    path: first.path,
    message: text.join(''),
    causes: sorted.map((f) => f.code),
  };
  if (first.stated !== undefined) out.stated = first.stated;
  if (first.detail !== undefined) out.detail = first.detail;
  if (fixes.length) {
    out.fixes = fixes;
    const own = fixes.find((e) => e.path === out.path);
    if (own) out.expected = own.value ?? own.raw;
  }
  return out;
}

/** Findings in their original order, those of one place combined at the place's first position. */
export function combineByPlace(record: FormRecord, findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.path);
    if (g) g.push(f);
    else groups.set(f.path, [f]);
  }
  return [...groups.values()].map((g) => (g.length === 1 ? (g[0] as Finding) : combine(record, g)));
}
