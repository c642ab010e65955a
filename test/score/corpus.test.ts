import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  coreFundsRows,
  type FormRecord,
  type FundsRow,
  formRecordSchema,
  type Indicator,
} from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { analyseRow } from '../../src/score/indicator.ts';
import { DEFAULT_RULES } from '../../src/score/rules.ts';
import type { Finding, FindingCode } from '../../src/score/types.ts';
import { corpus } from '../helpers/corpus.ts';
import { describeCorpus } from '../helpers/corpus-suite.ts';

/**
 * The scorer on the reference records of the corpus. Expected sets are computed here straight from the data
 * with the plain rule of each code, not through the scorer, and compared with what the scorer reports.
 */

const records: FormRecord[] = corpus.allRecords().map((r) => formRecordSchema.parse(r));
/**
 * Facts of the data, counted by the plain rules below: on the whole dev corpus, or on the fixture subset (its four
 * word-text files whole and the first six pdf-text forms, 003-005 … 003-010).
 */
const FACTS = {
  dev: {
    forms: 169,
    ownerMissing: 15,
    phoneMissing: 9,
    phoneFormat: 3,
    notSurveyed: 26,
    noSatisfactionRow: 18,
    noBenefit: 9,
    below: 50,
    belowNoDeviation: 25,
    graded: 37,
    consistent: 40,
  },
  fixtures: {
    forms: 47,
    ownerMissing: 15,
    phoneMissing: 9,
    phoneFormat: 1,
    notSurveyed: 0,
    noSatisfactionRow: 12,
    noBenefit: 6,
    below: 23,
    belowNoDeviation: 22,
    graded: 37,
    consistent: 24,
  },
}[corpus.kind];
const ids = new Set(records.map((r) => r.id ?? ''));
/** The named forms that are in the corpus at hand. */
const here = (named: string[]) => named.filter((id) => ids.has(id));
const results = new Map(records.map((r) => [r.id ?? '', checkRecord(r)]));
const present = (r: FormRecord) => r.indicators.filter((i) => !i.placeholder);
const blank = (s: string | null) => s === null || s.replace(/\s+/g, '') === '';

/** Ids (or `id:path`) of the forms where the scorer raised `code`. */
function raised(code: FindingCode, withPath = false): Set<string> {
  const out = new Set<string>();
  for (const [id, res] of results) {
    for (const f of res.findings) if (f.code === code) out.add(withPath ? `${id}:${f.path}` : id);
  }
  return out;
}
function findingsOf(code: FindingCode): Array<Finding & { id: string }> {
  return [...results].flatMap(([id, res]) =>
    res.findings.filter((f) => f.code === code).map((f) => ({ ...f, id })),
  );
}
function idsWhere(pred: (r: FormRecord) => boolean): Set<string> {
  return new Set(records.filter(pred).map((r) => r.id ?? ''));
}
const sorted = (s: Set<string>) => [...s].sort();

/** The §7 rate rule written out again: rounded or truncated to the decimals written, or within 0.01. */
function rateOk(row: FundsRow): boolean {
  const b = row.annualBudget.value;
  const e = row.executed.value;
  const stated = row.rate.value;
  if (b === null || e === null || b === 0 || stated === null) return true;
  const computed = (e / b) * 100;
  const d = /\.(\d+)/.exec(row.rate.raw)?.[1]?.length ?? 0;
  const f = 10 ** d;
  const close = (x: number) => Math.abs(x - stated) < 1e-9;
  return (
    close(Math.round(computed * f) / f) ||
    close(Math.trunc(computed * f) / f) ||
    Math.abs(computed - stated) <= 0.01 + 1e-9
  );
}

describeCorpus('scorer on the corpus reference records', (c) => {
  // the finding counts per code over the corpus: `npx tsx test/score/report.ts` (tests print nothing when they pass)
  it(`reads all ${FACTS.forms} forms`, () => {
    expect(records).toHaveLength(FACTS.forms);
  });

  it('FIELD_MISSING for a blank or absent 项目负责人 / 联系电话 (every 004 form)', () => {
    const ownerMissing = idsWhere((r) => blank(r.owner));
    const phoneMissing = idsWhere((r) => blank(r.phone));
    expect(ownerMissing.size).toBe(FACTS.ownerMissing);
    expect(phoneMissing.size).toBe(FACTS.phoneMissing);
    const fieldMissing = findingsOf('FIELD_MISSING');
    expect(new Set(fieldMissing.filter((f) => f.path === 'owner').map((f) => f.id))).toEqual(ownerMissing);
    expect(new Set(fieldMissing.filter((f) => f.path === 'phone').map((f) => f.id))).toEqual(phoneMissing);
    for (const r of records.filter((x) => x.id?.startsWith('004-'))) {
      expect(results.get(r.id ?? '')?.missing.map((m) => m.path)).toEqual(
        expect.arrayContaining(['owner', 'phone']),
      );
    }
  });

  it('PHONE_FORMAT for 9-digit numbers and two numbers in one cell', () => {
    const expected = idsWhere((r) => {
      if (blank(r.phone)) return false;
      const digits = (r.phone ?? '').replace(/\D/g, '');
      return /[、,，;；]/.test(r.phone ?? '') || ![7, 8, 11].includes(digits.length);
    });
    expect(sorted(raised('PHONE_FORMAT'))).toEqual(sorted(expected));
    expect(expected.size).toBe(FACTS.phoneFormat);
  });

  it('RATE_MISMATCH exactly where the stated 执行率 is not E/B (§7), wrongBase where it is E/年初', () => {
    const expected = new Set<string>();
    for (const r of records) {
      for (const key of ['total', 'fiscal', 'carryOver', 'other'] as const) {
        if (!rateOk(r.funds[key])) expected.add(`${r.id}:funds.${key}.rate`);
      }
    }
    expect(sorted(raised('RATE_MISMATCH', true))).toEqual(sorted(expected));
    expect(expected.size).toBeGreaterThan(0);
    const wrongBase = findingsOf('RATE_MISMATCH').filter((f) => f.detail === 'wrongBase');
    // 003-072: 10.15 / 12.6 (年初) = 80.56% written as 80.5%, while 全年 = 执行 = 10.15.
    expect(new Set(wrongBase.map((f) => f.id))).toEqual(new Set(here(['003-072'])));
  });

  it('RATE_ROUNDED_UP_TO_FULL where 100% is stated but E < B', () => {
    const expected = new Set<string>();
    for (const r of records) {
      for (const key of ['total', 'fiscal', 'carryOver', 'other'] as const) {
        const { annualBudget: b, executed: e, rate } = r.funds[key];
        if (
          rate.value === 100 &&
          b.value !== null &&
          e.value !== null &&
          e.value < b.value * (1 - 1e-6) &&
          rateOk(r.funds[key])
        ) {
          expected.add(`${r.id}:funds.${key}.rate`);
        }
      }
    }
    expect(sorted(raised('RATE_ROUNDED_UP_TO_FULL', true))).toEqual(sorted(expected));
  });

  it('BUDGET_SCORE_MISMATCH (a suggestion) where 得分 ≠ min(E/B, 1) × 10 (±0.05) on forms weighted 10 + 90', () => {
    const expected = idsWhere((r) => {
      const { annualBudget: b, executed: e, score } = r.funds.total;
      if (b.value === null || e.value === null || b.value === 0 || score.value === null) return false;
      // weights that do not add up get one finding, whose fix sets the budget row (see WEIGHT_SUM)
      if (Math.abs(present(r).reduce((t, i) => t + (i.weight ?? 0), 0) - 90) > 1e-9) return false;
      return Math.abs(score.value - Math.min(e.value / b.value, 1) * 10) > 0.05 + 1e-9;
    });
    expect(sorted(raised('BUDGET_SCORE_MISMATCH'))).toEqual(sorted(expected));
    for (const f of findingsOf('BUDGET_SCORE_MISMATCH')) expect(f.severity).toBe('warning');
    expect([...expected]).toEqual(expect.arrayContaining(here(['000-024', '000-025']))); // 99.1 % and 99.5 % scored 9
  });

  it('no EXECUTED_EXCEEDS_BUDGET: the only E > B (003-096) is a 7th-decimal rounding difference', () => {
    expect(raised('EXECUTED_EXCEEDS_BUDGET').size).toBe(0);
    const over = idsWhere(
      (r) => (r.funds.total.executed.value ?? 0) > (r.funds.total.annualBudget.value ?? Infinity),
    );
    expect(sorted(over)).toEqual(here(['003-096']));
  });

  it('FUNDS_UNIT_SUSPECT where a 万元 cell holds 元 (1,863,180) or a unit', () => {
    const money = ['initialBudget', 'annualBudget', 'executed'] as const;
    const expected = idsWhere((r) =>
      coreFundsRows(r).some((row) =>
        money.some((c) => row[c].unit !== undefined || (row[c].value ?? 0) > 10_000),
      ),
    );
    expect(sorted(raised('FUNDS_UNIT_SUSPECT'))).toEqual(sorted(expected));
    expect([...expected]).toEqual(expect.arrayContaining(here(['002-007'])));
  });

  it('TOTAL_WEIGHT_NOT_100 for the 1000 总分 weight, TOTAL_MISSING for an empty 总分', () => {
    expect(sorted(raised('TOTAL_WEIGHT_NOT_100'))).toEqual(
      sorted(idsWhere((r) => r.totalWeight !== null && r.totalWeight !== 100)),
    );
    expect(sorted(raised('TOTAL_WEIGHT_NOT_100'))).toEqual(here(['002-003']));
    expect(sorted(raised('TOTAL_MISSING'))).toEqual(sorted(idsWhere((r) => r.totalScore === null)));
  });

  it('WEIGHT_SUM where Σ w_i + w_b ≠ 100', () => {
    const expected = idsWhere((r) => {
      const sum = present(r).reduce((t, i) => t + (i.weight ?? 0), 0) + (r.funds.total.weight.value ?? 10);
      return Math.abs(sum - 100) > 1e-6;
    });
    expect(sorted(raised('WEIGHT_SUM'))).toEqual(sorted(expected));
  });

  it('TOTAL_MISMATCH only where 总分 ≠ its parts under the form’s weighting (budget row unscored when the indicators hold 100)', () => {
    const indicatorSum = (r: FormRecord, k: 'weight' | 'score') =>
      present(r).reduce((t, i) => t + (i[k] ?? 0), 0);
    const parts = (r: FormRecord) =>
      (Math.abs(indicatorSum(r, 'weight') - 100) < 1e-9
        ? 0
        : Math.abs(indicatorSum(r, 'weight') - 90) < 1e-9
          ? (r.funds.total.score.value ?? 10)
          : 100 - indicatorSum(r, 'weight')) + indicatorSum(r, 'score');
    const expected = idsWhere(
      (r) =>
        r.totalScore !== null &&
        Math.abs(r.totalScore - parts(r)) > 0.1 + 1e-9 &&
        !present(r).some((i) => /不适用|不考核/.test(i.target + i.actual) && (i.weight ?? 0) > 0),
    );
    expect(sorted(raised('TOTAL_MISMATCH'))).toEqual(sorted(expected));
    expect(sorted(expected)).toEqual(here(['003-117'])); // 指标得分合计 100，总分 98
    // The first round flagged 84 forms here: their 总分 followed their own weighting (indicators worth 100 and the
    // budget row left out, or 70 + 30 …) against a 10 + 90 it assumed; they now get one WEIGHT_SUM finding.
  });

  it(`SATISFACTION_NOT_SURVEYED on every form whose 满意度 row says 未做 (${FACTS.notSurveyed} forms)`, () => {
    const expected = idsWhere((r) => present(r).some((i) => /未做/.test(i.actual + i.deviation)));
    expect(expected.size).toBe(FACTS.notSurveyed);
    expect(sorted(raised('SATISFACTION_NOT_SURVEYED'))).toEqual(sorted(expected));
  });

  it('SATISFACTION_MISSING where no 满意度 row remains once placeholders are ignored', () => {
    const noRowByLabel = idsWhere((r) => !present(r).some((i) => i.level1.includes('满意度')));
    expect(noRowByLabel.size).toBe(FACTS.noSatisfactionRow);
    // Three of those (003-041, 003-139, 003-142) do have the satisfaction row, marked 未做, but the pdf-text
    // reading put it under 效益指标; the scorer recognises it by its content.
    const shifted = idsWhere(
      (r) =>
        noRowByLabel.has(r.id ?? '') &&
        present(r).some(
          (i) => /满意/.test(i.name + i.target + i.actual) && /未做/.test(i.actual + i.deviation),
        ),
    );
    expect(sorted(shifted)).toEqual(here(['003-041', '003-139', '003-142']));
    const noRow = new Set(
      findingsOf('SATISFACTION_MISSING')
        .filter((f) => f.detail === 'noRow')
        .map((f) => f.id),
    );
    expect(sorted(noRow)).toEqual(sorted(new Set([...noRowByLabel].filter((id) => !shifted.has(id)))));
    // 003-005: its only 满意度 row is 不适用 with no weight.
    const zero = findingsOf('SATISFACTION_MISSING').filter((f) => f.detail === 'zeroWeight');
    expect(zero.map((f) => f.id)).toEqual(here(['003-005']));
  });

  it('BENEFIT_MISSING on the forms with no 一级 效益指标 (their 效益 二级 rows sit under 产出指标 or a blank 一级)', () => {
    const expected = idsWhere((r) => !present(r).some((i) => i.level1.includes('效益')));
    expect(expected.size).toBe(FACTS.noBenefit);
    expect(sorted(raised('BENEFIT_MISSING'))).toEqual(sorted(expected));
  });

  it(`DEVIATION_MISSING on the rows scored below their weight with no 偏差原因 (${FACTS.belowNoDeviation} of ${FACTS.below})`, () => {
    const below: string[] = [];
    const expected = new Set<string>();
    for (const r of records) {
      r.indicators.forEach((i: Indicator, k) => {
        if (i.placeholder || i.score === null || i.weight === null || i.score >= i.weight) return;
        below.push(`${r.id}:${k}`);
        if (/^(无)?$/.test(i.deviation.replace(/\s+/g, '')))
          expected.add(`${r.id}:indicators[${k}].deviation`);
      });
    }
    expect(below).toHaveLength(FACTS.below);
    expect(expected.size).toBe(FACTS.belowNoDeviation);
    expect(sorted(raised('DEVIATION_MISSING', true))).toEqual(sorted(expected));
  });

  it('PLACEHOLDER_ROWS on every form with template rows left', () => {
    expect(sorted(raised('PLACEHOLDER_ROWS'))).toEqual(
      sorted(idsWhere((r) => r.indicators.some((i) => i.placeholder))),
    );
  });

  it('flags the hand scores that follow no rule, and only those', () => {
    // 000-008: ≥600 with 521 done scored 10/10; 004-007: 满意度达90% reached exactly, scored 9/10 without reason.
    expect(sorted(raised('INDICATOR_SCORE_DIFFERS'))).toEqual(here(['000-008', '004-007']));
    // 003-055: actual "2023 年未完成年度指标" (not achieved) scored 19 of 20.
    expect(findingsOf('QUAL_SCORE_OUT_OF_BAND').map((f) => `${f.id}:${f.path}`)).toEqual(
      here(['003-055']).map((id) => `${id}:indicators[0].score`),
    );
    for (const f of findingsOf('OVER_ACHIEVEMENT')) expect(Number(f.detail)).toBeGreaterThanOrEqual(1.5);
  });

  // about one form of the pdf-text file that the fixture subset does not hold: registered on the dev corpus only
  if (c.kind === 'dev')
    it('a budget 得分 above its 分值 (003-127: 100％ in the 得分 cell) is settled by the one weights finding of the form', () => {
      const above = idsWhere((r) => (r.funds.total.score.value ?? 0) > (r.funds.total.weight.value ?? 10));
      expect(sorted(above)).toEqual(['003-127']);
      const res = results.get('003-127');
      // its indicators hold 100: the budget row is not counted, so the fix leaves it unscored
      const weights = res?.findings.find((f) => f.code === 'WEIGHT_SUM');
      expect(weights?.fixes).toEqual([
        { path: 'funds.total.weight', value: null, raw: '—' },
        { path: 'funds.total.score', value: null, raw: '—' },
      ]);
      expect(res?.findings.filter((f) => f.path === 'funds.total.score')).toEqual([]);
    });

  it(`scores the 优良中差 targets (${FACTS.graded} rows): 优 counts the full weight and raises nothing`, () => {
    let graded = 0;
    for (const r of records) {
      const res = results.get(r.id ?? '');
      r.indicators.forEach((i, k) => {
        if (!/优.?良.?中.?差/.test(i.target)) return;
        graded++;
        const s = res?.score.indicators.find((x) => x.index === k);
        expect(s?.kind).toBe('grade');
        if (i.actual.trim().startsWith('优')) expect(s?.computed).toBe(i.weight);
        expect(
          res?.findings.filter((f) => f.path.startsWith(`indicators[${k}]`) && f.severity === 'error'),
        ).toEqual([]);
      });
    }
    expect(graded).toBe(FACTS.graded);
  });

  it('raises no error on the forms that are consistent by plain arithmetic', () => {
    const consistent = records.filter((r) => {
      const t = r.funds.total;
      const b = t.annualBudget.value;
      const e = t.executed.value;
      if (b === null || e === null || b === 0 || t.score.value === null || r.totalScore === null)
        return false;
      const rows = present(r);
      const sumW = rows.reduce((x, i) => x + (i.weight ?? 0), 0);
      const sumS = rows.reduce((x, i) => x + (i.score ?? 0), 0);
      return (
        e <= b &&
        coreFundsRows(r).every(rateOk) &&
        Math.abs(t.score.value - Math.min(e / b, 1) * 10) <= 0.05 &&
        t.weight.value === 10 &&
        Math.abs(sumW + 10 - 100) < 1e-9 &&
        Math.abs(r.totalScore - t.score.value - sumS) <= 0.1 &&
        r.totalWeight === 100 &&
        coreFundsRows(r).every((row) =>
          Object.values(row).every((c) => c.value !== null || /^[—\-\s]*$/.test(c.raw)),
        ) &&
        // every row at full marks, with no actual that says it was not (fully) achieved
        rows.every((i) => i.weight !== null && i.score === i.weight && !/未|部分|基本/.test(i.actual))
      );
    });
    expect(consistent.length).toBeGreaterThanOrEqual(FACTS.consistent);
    expect(consistent.map((r) => r.id)).toContain('000-001');
    for (const r of consistent) {
      expect(
        results.get(r.id ?? '')?.findings.filter((f) => f.severity === 'error'),
        r.id,
      ).toEqual([]);
    }
  });

  it('raises no error on consistent variants of every corpus form', () => {
    let n = 0;
    for (const source of records) {
      const b = source.funds.total.annualBudget.value;
      if (b === null || b === 0 || source.funds.total.executed.value === null) continue;
      const r = consistentVariant(source);
      const errors = checkRecord(r).findings.filter((f) => f.severity === 'error');
      expect(errors, `${r.id}: ${errors.map((f) => f.code).join(', ')}`).toEqual([]);
      n++;
    }
    expect(n).toBe(FACTS.forms);
  });

  it('scores the four single-form files like their forms in the multi-form records', () => {
    for (const id of ['000-001', '002-001', '003-010', '004-001']) {
      const single = formRecordSchema.parse(JSON.parse(readFileSync(c.path('files', `${id}.json`), 'utf8')));
      const res = checkRecord(single);
      expect(res.score.total.computed).toBeCloseTo(results.get(id)?.score.total.computed ?? Number.NaN, 6);
    }
  });
});

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The form made consistent: amounts in 万元 with E ≤ B, rate and budget score recomputed, indicator weights
 * scaled to 90, each score set to what the rules give (or the top of its band), 总分 = the sum.
 */
function consistentVariant(source: FormRecord): FormRecord {
  const r = structuredClone(source);
  for (const row of coreFundsRows(r)) {
    for (const c of Object.values(row)) {
      if (c.value === null) c.raw = '';
      delete c.unit;
    }
  }
  const t = r.funds.total;
  const b = t.annualBudget.value ?? 1;
  const e = Math.min(t.executed.value ?? 0, b);
  t.executed = { raw: String(e), value: e };
  t.initialBudget = { raw: String(b), value: b };
  for (const row of coreFundsRows(r)) {
    if (row.annualBudget.value && row.executed.value !== null) {
      const rate = r2((row.executed.value / row.annualBudget.value) * 100);
      row.rate = { raw: `${rate}%`, value: rate };
    } else {
      row.rate = { raw: '', value: null };
    }
  }
  t.weight = { raw: '10', value: 10 };
  const budgetScore = r2(Math.min(e / b, 1) * 10);
  t.score = { raw: String(budgetScore), value: budgetScore };

  const rows = r.indicators.filter((i) => !i.placeholder && i.weight !== null && i.weight > 0);
  const sumW = rows.reduce((x, i) => x + (i.weight ?? 0), 0);
  const noWeight = r.indicators.filter((i) => !i.placeholder && (i.weight === null || i.weight <= 0));
  for (const i of noWeight) i.placeholder = true; // rows without weight cannot be made consistent; set them aside
  let left = 90;
  rows.forEach((i, k) => {
    const w = k === rows.length - 1 ? r2(left) : r2(((i.weight ?? 0) * 90) / sumW);
    left -= w;
    i.weight = w;
    i.weightRaw = String(w);
  });
  if (rows.length === 0) r.indicators.push(fullRow('产出指标', 90));
  for (const [k, i] of r.indicators.entries()) {
    if (i.placeholder || i.weight === null) continue;
    const a = analyseRow(i, k, DEFAULT_RULES);
    const w = i.weight;
    const s =
      a.computed !== null
        ? a.computed
        : a.band
          ? w * (a.band.maxInclusive ? a.band.max : (a.band.min + a.band.max) / 2)
          : w;
    i.score = r2(s);
    i.scoreRaw = String(i.score);
  }
  r.totalWeight = 100;
  r.totalScore = r2(
    budgetScore + r.indicators.filter((i) => !i.placeholder).reduce((x, i) => x + (i.score ?? 0), 0),
  );
  return r;
}

function fullRow(level1: string, w: number): Indicator {
  return {
    level1,
    level2: '数量指标',
    name: '指标',
    target: '1',
    actual: '1',
    weight: w,
    score: w,
    deviation: '',
    weightRaw: String(w),
    scoreRaw: String(w),
  };
}
