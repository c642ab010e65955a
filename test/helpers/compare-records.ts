import { FUNDS_COLUMNS, FUNDS_ROWS } from '../../src/record/record.ts';

/**
 * Field-level agreement between produced and reference records, by the corpus README rules:
 * strings compared with whitespace removed, numbers exactly, `null` ≠ `""`; id/source/format ignored.
 * Fields: year and the five header strings, each funds cell's raw and value (value and unit together),
 * goals.expected/actual, every field of every indicator (aligned by index; a missing or extra
 * indicator counts all its fields as disagreeing), totalWeight, totalScore.
 */

export interface Disagreement {
  path: string;
  produced: unknown;
  expected: unknown;
}

export interface Agreement {
  agree: number;
  total: number;
  disagreements: Disagreement[];
}

const HEADER_FIELDS = ['year', 'projectName', 'department', 'implementingUnit', 'owner', 'phone'] as const;
const INDICATOR_FIELDS = [
  'level1',
  'level2',
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'deviation',
  'weightRaw',
  'scoreRaw',
  'placeholder',
] as const;

type Loose = Record<string, unknown>;

function obj(value: unknown): Loose | undefined {
  return value !== null && typeof value === 'object' ? (value as Loose) : undefined;
}

function field(value: unknown, key: string): unknown {
  return obj(value)?.[key];
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  return (a ?? null) === (b ?? null);
}

/** Compares one produced record with its reference. */
export function compareRecords(produced: unknown, expected: unknown): Agreement {
  const out: Agreement = { agree: 0, total: 0, disagreements: [] };
  const check = (path: string, p: unknown, e: unknown) => {
    out.total++;
    if (same(p, e)) out.agree++;
    else out.disagreements.push({ path, produced: p ?? null, expected: e ?? null });
  };
  for (const key of HEADER_FIELDS) check(key, field(produced, key), field(expected, key));
  for (const row of FUNDS_ROWS) {
    for (const col of FUNDS_COLUMNS) {
      const p = field(field(field(produced, 'funds'), row), col);
      const e = field(field(field(expected, 'funds'), row), col);
      const path = `funds.${row}.${col}`;
      check(`${path}.raw`, field(p, 'raw'), field(e, 'raw'));
      const unit = (cell: unknown) => (field(cell, 'unit') ? ` ${String(field(cell, 'unit'))}` : '');
      const pv = field(p, 'value');
      const ev = field(e, 'value');
      if (unit(p) === unit(e)) check(`${path}.value`, pv, ev);
      else check(`${path}.value`, `${String(pv)}${unit(p)}`, `${String(ev)}${unit(e)}`);
    }
  }
  for (const key of ['expected', 'actual']) {
    check(`goals.${key}`, field(field(produced, 'goals'), key), field(field(expected, 'goals'), key));
  }
  const pInd = field(produced, 'indicators');
  const eInd = field(expected, 'indicators');
  const pList = Array.isArray(pInd) ? pInd : [];
  const eList = Array.isArray(eInd) ? eInd : [];
  for (let i = 0; i < Math.max(pList.length, eList.length); i++) {
    const p = pList[i];
    const e = eList[i];
    for (const key of INDICATOR_FIELDS) {
      const pv = p === undefined ? undefined : key === 'placeholder' ? field(p, key) === true : field(p, key);
      const ev = e === undefined ? undefined : key === 'placeholder' ? field(e, key) === true : field(e, key);
      if (p === undefined || e === undefined) {
        out.total++;
        out.disagreements.push({
          path: `indicators[${i}].${key}`,
          produced: pv ?? null,
          expected: ev ?? null,
        });
      } else check(`indicators[${i}].${key}`, pv, ev);
    }
  }
  check('totalWeight', field(produced, 'totalWeight'), field(expected, 'totalWeight'));
  check('totalScore', field(produced, 'totalScore'), field(expected, 'totalScore'));
  return out;
}

/** Compares two lists aligned by index; a missing or extra form counts all its fields as disagreeing. */
export function compareRecordLists(produced: readonly unknown[], expected: readonly unknown[]): Agreement {
  const out: Agreement = { agree: 0, total: 0, disagreements: [] };
  for (let i = 0; i < Math.max(produced.length, expected.length); i++) {
    const p = produced[i];
    const e = expected[i];
    if (p === undefined || e === undefined) {
      // every field of the form that exists on one side only counts as disagreeing
      out.total += compareRecords(p ?? e, p ?? e).total;
      out.disagreements.push({
        path: `[${i}]`,
        produced: p === undefined ? 'missing form' : 'extra form',
        expected: null,
      });
      continue;
    }
    const one = compareRecords(p, e);
    out.agree += one.agree;
    out.total += one.total;
    const id = field(e, 'id');
    const prefix = typeof id === 'string' ? id : `[${i}]`;
    for (const d of one.disagreements) out.disagreements.push({ ...d, path: `${prefix} ${d.path}` });
  }
  return out;
}

/** Agreement as a percentage with two decimals. */
export function agreementPercent(a: Agreement): number {
  return a.total === 0 ? 100 : Math.round((a.agree / a.total) * 10000) / 100;
}

/** The disagreements as readable lines (for test failure messages and reports). */
export function formatDisagreements(a: Agreement, limit = 50): string {
  const lines = a.disagreements
    .slice(0, limit)
    .map((d) => `${d.path}: got ${JSON.stringify(d.produced)} expected ${JSON.stringify(d.expected)}`);
  if (a.disagreements.length > limit) lines.push(`… ${a.disagreements.length - limit} more`);
  return `${a.agree}/${a.total} (${agreementPercent(a)} %)\n${lines.join('\n')}`;
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A funds `raw` that an .xlsx can only give as its number: an office suite that makes a workbook turns a typed
 * `1,863,180` or `1.0360` into the numeric cell 1863180 / 1.036 (General format), so the file no longer holds
 * the text as written. Such a disagreement (produced a plain number, expected the same number written with
 * thousands separators or trailing zeros) counts as agreeing here; every other one still counts.
 */
export function allowingNumberCells(a: Agreement): Agreement {
  const kept = a.disagreements.filter((d) => {
    if (!/funds\.\w+\.\w+\.raw$/.test(d.path)) return true;
    if (typeof d.produced !== 'string' || typeof d.expected !== 'string') return true;
    const written = d.expected.replace(/,/g, '');
    return !(
      PLAIN_NUMBER.test(d.produced) &&
      PLAIN_NUMBER.test(written) &&
      Number(written) === Number(d.produced)
    );
  });
  return { agree: a.agree + (a.disagreements.length - kept.length), total: a.total, disagreements: kept };
}
