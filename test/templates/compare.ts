/**
 * Field agreement over the whole interchange record (docs/RECORD.md): the core fields as
 * test/helpers/compare-records.ts counts them, plus every optional field either side has — `funds.unit`, the
 * extra funds rows, `valueWan`, `budgetReason`, `blockWeights`, `level1Weights`, the split target parts and the
 * form-level texts. A field present on one side only disagrees (absent means "the template has no slot").
 * Strings compare without whitespace, numbers exactly (`valueWan` to 1e-6). `template` is checked apart.
 */
import { type Agreement, compareRecordLists, type Disagreement } from '../helpers/compare-records.ts';

type Loose = Record<string, unknown>;

const asObj = (v: unknown): Loose | undefined =>
  v !== null && typeof v === 'object' ? (v as Loose) : undefined;

const OPTIONAL_TEXT = [
  'budgetReason',
  'projectCategory',
  'projectAttribute',
  'implementationSummary',
  'selfGrade',
  'conclusion',
  'problems',
  'improvements',
  'deviationSummary',
  'otherNotes',
  'financeOwner',
  'reportingUnit',
  'fillDate',
] as const;
const FUNDS_ROWS = ['total', 'fiscal', 'carryOver', 'other', 'specialAccount', 'unitFunds'] as const;
const EXTRA_ROWS = new Set(['specialAccount', 'unitFunds']);
const COLUMNS = ['initialBudget', 'annualBudget', 'executed', 'weight', 'rate', 'score'] as const;
const MONEY = new Set(['initialBudget', 'annualBudget', 'executed']);

function same(a: unknown, b: unknown, tolerance = 0): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tolerance;
  return a === b;
}

class Tally {
  agree = 0;
  total = 0;
  readonly disagreements: Disagreement[] = [];

  constructor(private readonly prefix: string) {}

  /** One field; `undefined` (absent) only equals absent. */
  check(path: string, produced: unknown, expected: unknown, tolerance = 0): void {
    this.total++;
    if (same(produced, expected, tolerance)) this.agree++;
    else
      this.disagreements.push({
        path: `${this.prefix} ${path}`,
        produced: produced ?? null,
        expected: expected ?? null,
      });
  }

  /** A field compared only when either side has it. */
  optional(path: string, produced: unknown, expected: unknown, tolerance = 0): void {
    if (produced !== undefined || expected !== undefined) this.check(path, produced, expected, tolerance);
  }
}

function fundsFields(t: Tally, p: Loose | undefined, e: Loose | undefined): void {
  t.optional('funds.unit', p?.unit, e?.unit);
  t.optional('funds.rateBase', p?.rateBase, e?.rateBase);
  for (const row of FUNDS_ROWS) {
    const pr = asObj(p?.[row]);
    const er = asObj(e?.[row]);
    if (EXTRA_ROWS.has(row) && !pr && !er) continue;
    for (const col of COLUMNS) {
      const pc = asObj(pr?.[col]);
      const ec = asObj(er?.[col]);
      const path = `funds.${row}.${col}`;
      if (EXTRA_ROWS.has(row)) {
        // the core rows' raw and value are counted by compare-records
        t.check(`${path}.raw`, pc?.raw, ec?.raw);
        t.check(`${path}.value`, pc?.value, ec?.value);
        t.optional(`${path}.unit`, pc?.unit, ec?.unit);
      }
      if (MONEY.has(col)) t.optional(`${path}.valueWan`, pc?.valueWan, ec?.valueWan, 1e-6);
    }
  }
  const pExtra = Array.isArray(p?.extraRows) ? (p.extraRows as unknown[]) : undefined;
  const eExtra = Array.isArray(e?.extraRows) ? (e.extraRows as unknown[]) : undefined;
  if (pExtra || eExtra) {
    for (let i = 0; i < Math.max(pExtra?.length ?? 0, eExtra?.length ?? 0); i++) {
      const pi = asObj(pExtra?.[i]);
      const ei = asObj(eExtra?.[i]);
      t.check(`funds.extraRows[${i}].label`, pi?.label, ei?.label);
      for (const col of COLUMNS) {
        t.check(
          `funds.extraRows[${i}].${col}.raw`,
          asObj(asObj(pi?.row)?.[col])?.raw,
          asObj(asObj(ei?.row)?.[col])?.raw,
        );
      }
    }
  }
}

function listFields(t: Tally, name: string, p: unknown, e: unknown, keys: readonly string[]): void {
  const pl = Array.isArray(p) ? p : undefined;
  const el = Array.isArray(e) ? e : undefined;
  if (!pl && !el) return;
  for (let i = 0; i < Math.max(pl?.length ?? 0, el?.length ?? 0); i++) {
    for (const key of keys) t.check(`${name}[${i}].${key}`, asObj(pl?.[i])?.[key], asObj(el?.[i])?.[key]);
  }
}

/** The optional fields of one form (`produced` undefined when the reader found no form for it). */
function optionalFields(prefix: string, produced: Loose | undefined, expected: Loose | undefined): Tally {
  const t = new Tally(prefix);
  fundsFields(t, asObj(produced?.funds), asObj(expected?.funds));
  for (const key of OPTIONAL_TEXT) t.optional(key, produced?.[key], expected?.[key]);
  const pb = asObj(produced?.blockWeights);
  const eb = asObj(expected?.blockWeights);
  for (const key of ['budget', 'indicators']) t.optional(`blockWeights.${key}`, pb?.[key], eb?.[key]);
  listFields(t, 'level1Weights', produced?.level1Weights, expected?.level1Weights, ['level1', 'weight']);
  const pi = Array.isArray(produced?.indicators) ? (produced.indicators as unknown[]) : [];
  const ei = Array.isArray(expected?.indicators) ? (expected.indicators as unknown[]) : [];
  for (let i = 0; i < Math.max(pi.length, ei.length); i++) {
    for (const key of ['nature', 'targetValue', 'unit']) {
      t.optional(`indicators[${i}].${key}`, asObj(pi[i])?.[key], asObj(ei[i])?.[key]);
    }
  }
  return t;
}

/** Agreement of the produced records with the expected ones, aligned by form order. */
export function compareTemplateRecords(
  produced: readonly unknown[],
  expected: readonly unknown[],
): Agreement {
  const core = compareRecordLists(produced, expected);
  const out: Agreement = { agree: core.agree, total: core.total, disagreements: [...core.disagreements] };
  for (let i = 0; i < Math.max(produced.length, expected.length); i++) {
    const t = optionalFields(`[${i}]`, asObj(produced[i]), asObj(expected[i]));
    out.agree += t.agree;
    out.total += t.total;
    out.disagreements.push(...t.disagreements);
  }
  return out;
}

/** Forms whose recognised template (`record.template`) is the expected one, aligned by form order. */
export function templatesRight(produced: readonly unknown[], expected: readonly unknown[]): number {
  let right = 0;
  expected.forEach((e, i) => {
    const want = asObj(e)?.template;
    if (want !== undefined && asObj(produced[i])?.template === want) right++;
  });
  return right;
}
