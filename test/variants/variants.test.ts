/**
 * Layout variants as metamorphic tests (issue 12): every variant class × format, printed from reference records
 * and read back, must give the record each variant should give (≥ 99.5 % field agreement, every form found).
 * The in-repository subset (test/fixtures/corpus) runs everywhere, a sample of it per cell so the file stays
 * under a minute; every form as pasted text runs on the whole dev corpus when ../shared/corpus is there (else on
 * the subset, instead of skipping). The bench
 * (`npm run bench -- variants`) measures every form in every format, dev and held-out seeds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { agreementPercent, formatDisagreements } from '../helpers/compare-records.ts';
import { fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';
import { describeCorpus } from '../helpers/corpus-suite.ts';
import { hasChromium, NO_CHROMIUM } from '../templates/render/pdf.ts';
import { FORMATS, type VariantFormat } from './classes.ts';
import type { RecordLike } from './form.ts';
import { classesFor, DEV_SEEDS, measureCell, VariantPrinter } from './generate.ts';

const TARGET = 99.5;

/**
 * Cells that do not reach the target yet, with the agreement they must not fall below (a regression guard, not a
 * pass): each entry is a known misreading to fix, and goes when it is fixed.
 */
const BELOW_TARGET: Partial<Record<string, number>> = {};

type Ref = RecordLike & { id: string };
const fixtures = fixtureTextFiles().flatMap((f) => fixtureRecords(f) as Ref[]);
/** Every fourth form of the subset (12 of 47, both text layouts' records), or every eighth for PDF (6). */
const sample = (format: VariantFormat): Ref[] =>
  fixtures.filter((_, i) => i % (format === 'pdf' ? 8 : 4) === 0);

const printer = new VariantPrinter();
afterAll(() => printer.close());

describe.each(FORMATS)('variants as %s', (format) => {
  const skip = format === 'pdf' && !hasChromium;
  if (skip) it.skip(`pdf: ${NO_CHROMIUM}`, () => {});
  it.skipIf(skip).each(classesFor(format).map((c) => [c.id, c] as const))(
    '%s: the record stays the same',
    async (id, cls) => {
      const forms = sample(format);
      const result = await measureCell(cls, format, forms, [DEV_SEEDS[0]], printer);
      const pct = agreementPercent(result.agreement);
      const floor = BELOW_TARGET[`${id} ${format}`] ?? TARGET;
      expect(result.refused, 'files refused').toEqual([]);
      expect(pct, formatDisagreements(result.agreement, 30)).toBeGreaterThanOrEqual(floor);
      expect(result.formsFound).toBe(result.forms);
    },
    120_000,
  );
});

describeCorpus('variants of every form as pasted text', (corpus) => {
  it.each(classesFor('text').map((c) => [c.id, c] as const))(
    '%s',
    async (id, cls) => {
      const forms = corpus.allRecords() as Ref[];
      const result = await measureCell(cls, 'text', forms, [DEV_SEEDS[0]], printer);
      const floor = BELOW_TARGET[`${id} text (corpus)`] ?? TARGET;
      expect(
        agreementPercent(result.agreement),
        formatDisagreements(result.agreement, 30),
      ).toBeGreaterThanOrEqual(floor);
      expect(result.formsFound).toBe(result.forms);
    },
    120_000,
  );
});
