/**
 * The example set itself: the split, the expected records against what is printed, the real forms.
 * (Checked with the printed grid, never with the product's readers.)
 */
import { describe, expect, it } from 'vitest';
import { formRecordSchema } from '../../src/record/record.ts';
import type { ExpectedRecord } from './build.ts';
import { TEMPLATES } from './descriptions/index.ts';
import { EXAMPLES_PER_CELL, FORMATS, listExamples } from './examples.ts';
import { coverage, type PrintedForm } from './model.ts';
import { REAL_FORMS } from './real/index.ts';
import { exampleSeed, partOfSeed } from './split.ts';
import { SECTORS, usable } from './vocabulary.ts';

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** Every text printed on the form, cell by cell and line by line, without whitespace. */
function printedTexts(form: PrintedForm): string[] {
  return [
    ...form.above.flatMap((l) => l.segments),
    ...form.table.rows.flatMap((r) => r.map((c) => c.text)),
    ...form.below.flatMap((l) => l.segments),
  ].map(squeeze);
}

/** Each non-empty string the record says was read must be printed (in a cell, or inside a label cell). */
function assertGrounded(form: PrintedForm, rec: ExpectedRecord, where: string): void {
  const texts = printedTexts(form);
  const printed = (value: string) => texts.some((t) => t.includes(squeeze(value)));
  const strings: [string, unknown][] = [
    ...['projectName', 'department', 'implementingUnit', 'owner', 'phone', 'financeOwner', 'selfGrade'].map(
      (k) => [k, rec[k]] as [string, unknown],
    ),
    ['goals.expected', (rec.goals as Record<string, unknown>).expected],
    ['goals.actual', (rec.goals as Record<string, unknown>).actual],
  ];
  const indicators = rec.indicators as Record<string, unknown>[];
  indicators.forEach((ind, i) => {
    for (const k of ['level1', 'level2', 'name', 'actual', 'deviation', 'weightRaw', 'scoreRaw']) {
      strings.push([`indicators[${i}].${k}`, ind[k]]);
    }
    if (ind.nature === undefined) strings.push([`indicators[${i}].target`, ind.target]);
    else for (const k of ['nature', 'targetValue', 'unit']) strings.push([`indicators[${i}].${k}`, ind[k]]);
  });
  const funds = rec.funds as Record<string, Record<string, { raw: string }> | string>;
  for (const [row, cells] of Object.entries(funds)) {
    if (typeof cells === 'string') continue;
    for (const [col, cell] of Object.entries(cells)) strings.push([`funds.${row}.${col}`, cell.raw]);
  }
  for (const [path, value] of strings) {
    if (typeof value === 'string' && value !== '') {
      expect(printed(value), `${where} ${path} "${value}" is not printed`).toBe(true);
    }
  }
  if (rec.year !== null)
    expect(
      texts.some((t) => t.includes(String(rec.year))),
      `${where} year`,
    ).toBe(true);
}

const ALL = listExamples();
const inPart = (part: 'dev' | 'holdout') => ALL.filter((e) => e.part === part);

describe('dev / held-out split', () => {
  it('holds out the seeds divisible by 3, a third of every template × format', () => {
    TEMPLATES.forEach((_, t) => {
      FORMATS.forEach((_, f) => {
        const parts = Array.from({ length: EXAMPLES_PER_CELL }, (_, k) => partOfSeed(exampleSeed(t, f, k)));
        expect(parts.filter((p) => p === 'holdout')).toHaveLength(EXAMPLES_PER_CELL / 3);
      });
    });
    const dev = inPart('dev');
    const holdout = inPart('holdout');
    expect(dev.every((e) => e.part === 'dev' && (e.seed === undefined || e.seed % 3 !== 0))).toBe(true);
    expect(holdout.every((e) => e.part === 'holdout' && (e.seed === undefined || e.seed % 3 === 0))).toBe(
      true,
    );
    const devIds = new Set(dev.map((e) => e.id));
    expect(holdout.some((e) => devIds.has(e.id))).toBe(false);
    const picked = listExamples({ part: 'holdout', templates: ['hebei'], formats: ['tsv'] });
    expect(picked.map((e) => [e.template, e.format, e.part])).toEqual(
      Array(3).fill(['hebei', 'tsv', 'holdout']),
    );
  });

  it('keeps a third of the project names out of the dev part', () => {
    const devOnly = new Set(SECTORS.flatMap((s) => usable(s.projects, 'dev')));
    const heldOnly = SECTORS.flatMap((s) => s.projects).filter((p) => !devOnly.has(p));
    expect(heldOnly.length).toBeGreaterThan(10);
    const bare = (name: unknown) =>
      String(name)
        .replace(/^.*-/, '')
        .replace(/^\d{4}年/, '');
    const devNames = new Set(inPart('dev').flatMap((e) => e.expected.map((r) => bare(r.projectName))));
    const heldNames = new Set(inPart('holdout').flatMap((e) => e.expected.map((r) => bare(r.projectName))));
    expect(heldOnly.filter((p) => devNames.has(p))).toEqual([]);
    expect(heldOnly.some((p) => heldNames.has(p))).toBe(true);
  });

  it('gives every template every format in both parts, real forms mostly held out', () => {
    for (const part of ['dev', 'holdout'] as const) {
      const examples = inPart(part);
      for (const t of TEMPLATES) {
        for (const f of FORMATS) {
          expect(examples.some((e) => e.template === t.id && e.format === f && e.seed !== undefined)).toBe(
            true,
          );
        }
      }
    }
    expect(REAL_FORMS.filter((r) => r.part === 'holdout').length).toBeGreaterThan(REAL_FORMS.length / 2);
  });
});

describe('expected records', () => {
  const examples = ALL;

  it('have the interchange shape, the template id and one record per printed form', () => {
    for (const e of examples) {
      expect(e.expected).toHaveLength(e.printed.length);
      for (const rec of e.expected) {
        const parsed = formRecordSchema.safeParse(rec);
        expect(parsed.success, `${e.id}: ${parsed.error?.message}`).toBe(true);
        expect(rec.template).toBe(e.template);
      }
    }
  });

  it('hold only what is printed on the form', () => {
    for (const e of examples) {
      e.printed.forEach((form, i) => {
        assertGrounded(form, e.expected[i]!, `${e.id}[${i}]`);
      });
    }
  });

  it('give the indicators the points the template leaves them (budget row + indicators = 100)', () => {
    for (const e of examples.filter((x) => x.seed !== undefined)) {
      for (const rec of e.expected) {
        const inds = rec.indicators as { weight: number | null }[];
        const level1 = (rec.level1Weights ?? []) as { weight: number }[];
        const budget = e.template === 'yunnan-baoshan' ? 20 : 10;
        const points =
          e.template === 'yunnan-baoshan'
            ? level1.reduce((s, l) => s + l.weight, 0)
            : inds.reduce((s, i) => s + (i.weight ?? 0), 0);
        expect(points + budget, `${e.id} ${rec.projectName}`).toBe(100);
      }
    }
  });

  it('print every table as a complete grid', () => {
    for (const e of examples) {
      for (const form of e.printed) expect(coverage(form.table).flat().every(Boolean), e.id).toBe(true);
    }
  });

  it('follow RECORD.md for the templates without a slot', () => {
    for (const e of examples.filter((x) => x.seed !== undefined)) {
      for (const rec of e.expected) {
        const funds = rec.funds as Record<string, Record<string, { raw: string; valueWan?: number }>>;
        const inds = rec.indicators as Record<string, unknown>[];
        if (e.template === 'yunnan-baoshan') {
          expect(rec.goals).toEqual({ expected: null, actual: null });
          expect(funds.total!.weight).toEqual({ raw: '', value: null });
          expect(inds.every((i) => i.weight === null && i.weightRaw === '')).toBe(true);
          expect((rec.blockWeights as Record<string, number>).budget).toBe(20);
        }
        if (e.template === 'shanghai') expect([rec.owner, rec.phone]).toEqual([null, null]);
        if (e.template === 'sichuan-2023') {
          expect(rec.phone).toBeNull();
          expect(inds.every((i) => i.target === `${i.nature}${i.targetValue}${i.unit}`)).toBe(true);
          expect(funds.fiscal!.weight!.raw).toBe('/');
        }
        const yuan = funds.unit as unknown as string;
        for (const row of Object.values(funds)) {
          if (typeof row === 'string') continue;
          for (const col of ['initialBudget', 'annualBudget', 'executed']) {
            const cell = row[col] as unknown as { value: number | null; unit?: string; valueWan?: number };
            const inYuan = (cell.unit ?? yuan) === '元' && cell.value !== null;
            expect(cell.valueWan !== undefined, `${e.id} valueWan`).toBe(inYuan);
            if (inYuan) expect(cell.valueWan).toBeCloseTo(cell.value! / 10000, 6);
          }
        }
      }
    }
  });
});

describe('real published forms', () => {
  it('are transcribed with records that hold only what is printed', () => {
    for (const real of REAL_FORMS) {
      expect(formRecordSchema.safeParse(real.expected).success, real.id).toBe(true);
      assertGrounded(real.printed, real.expected, real.id);
    }
  });
});
