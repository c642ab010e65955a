/**
 * PDF rows cut by a page break (issue 12): the forms of the variant classes where the break used to shift or
 * lose rows (`unmerged` in each of its styles, `header-wrap`), printed by Chromium with the table moved so that a
 * page ends exactly where it should hurt: inside a row with text, inside an empty template row, between two
 * identical template rows (a browser leaves the rule out there too), and inside the goals row; and right under
 * the indicator header with a 一级 group taller than the next page (its merged cell has no rule across there). The record must
 * stay the same. The bench (`npm run bench -- variants`) meets such breaks only by chance; these place them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openPdf } from '../../src/ingest/pdf/load.ts';
import { readPageContent } from '../../src/ingest/pdf/page-content.ts';
import { pageTables } from '../../src/ingest/pdf/page-tables.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { compareRecordLists, formatDisagreements } from '../helpers/compare-records.ts';
import { fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';
import { hasChromium, NO_CHROMIUM } from '../templates/render/pdf.ts';
import { CLASSES, type Variant } from './classes.ts';
import { type MergeStyle, type RecordLike, rowIndexes } from './form.ts';
import { DEV_SEEDS, makeVariant, renderFile, VariantPrinter } from './generate.ts';

type Ref = RecordLike & { id: string };
const fixtures = fixtureTextFiles().flatMap((f) => fixtureRecords(f) as Ref[]);

const isEmptyRow = (row: Ref['indicators'][number]) =>
  [row.name, row.target, row.actual, row.weightRaw, row.scoreRaw, row.deviation].every((t) => t === '');

/**
 * How far down a row the page should end: past the first line of two-line cells (a browser moves a row whose
 * cells cannot leave one whole line on the page to the next page).
 */
const MID = 0.7;

/** Where a page should end in this form: printed row and how far down it. */
interface Cut {
  what: string;
  row: number;
  at: number;
}

/** The cuts a form allows, among its first rows (the printer places them on the first page). */
function cutsOf(form: Ref): Cut[] {
  const { goals, firstIndicator } = rowIndexes(form);
  const rows = form.indicators.slice(0, 5);
  const cuts: Cut[] = [{ what: 'inside the goals row', row: goals, at: MID }];
  const longest = rows
    .map((r, i) => ({ i, length: r.name.length + r.target.length + r.actual.length }))
    .sort((a, b) => b.length - a.length)[0];
  if (longest && longest.length > 0)
    cuts.push({ what: 'inside a row with text', row: firstIndicator + longest.i, at: MID });
  const empty = rows.findIndex(isEmptyRow);
  if (empty >= 0) cuts.push({ what: 'inside an empty template row', row: firstIndicator + empty, at: MID });
  const pair = rows.findIndex((r, i) => i > 0 && isEmptyRow(r) && isEmptyRow(rows[i - 1]!));
  if (pair > 0) cuts.push({ what: 'between two empty template rows', row: firstIndicator + pair, at: 0 });
  return cuts;
}

const textOf = (form: Ref) =>
  form.indicators.slice(0, 5).reduce((n, r) => n + r.name.length + r.target.length + r.actual.length, 0);
/** A form with two empty template rows in a row near the top, and the one with the most text in its first rows. */
const templated = fixtures.find((f) => cutsOf(f).length === 4)!;
const wordy = fixtures.filter((f) => f !== templated).sort((a, b) => textOf(b) - textOf(a))[0]!;

const STYLES: { name: string; cls: string; vertical?: MergeStyle; horizontal?: 'merged' | 'blank' }[] = [
  { name: 'unmerged, text once', cls: 'unmerged', vertical: 'blank', horizontal: 'blank' },
  { name: 'unmerged, text repeated', cls: 'unmerged', vertical: 'repeat', horizontal: 'merged' },
  { name: 'unmerged across, merged down', cls: 'unmerged', vertical: 'merged', horizontal: 'blank' },
  { name: 'header-wrap', cls: 'header-wrap' },
];

/** Pages whose table ends in a row left open by the page end: the cuts that really fell inside a row. */
async function openPageEnds(bytes: Uint8Array): Promise<number> {
  const doc = await openPdf(bytes);
  let open = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const { tables } = pageTables(await readPageContent(await doc.getPage(n)));
    if (tables.at(-1)?.openBottom) open++;
  }
  await doc.destroy();
  return open;
}

const printer = new VariantPrinter();
afterAll(() => printer.close());

describe.skipIf(!hasChromium)('PDF: a page break cutting a table row', () => {
  it.each(
    STYLES.flatMap((style) => [templated, wordy].map((form) => [style.name, form.id, style, form] as const)),
  )(
    '%s, form %s: every cut gives the same record',
    async (_, __, style, form) => {
      const cls = CLASSES.find((c) => c.id === style.cls)!;
      const cuts = cutsOf(form);
      const variants = cuts.map((cut): Variant => {
        const v = makeVariant(cls, 'pdf', DEV_SEEDS[0], form, form.id);
        if (style.vertical) v.style.vertical = style.vertical;
        if (style.horizontal) v.style.horizontal = style.horizontal;
        v.cut = { row: cut.row, at: cut.at };
        // portrait: the first page holds the goals and the first indicator rows of every form
        v.landscape = false;
        return v;
      });
      const bytes = await renderFile('pdf', variants, printer);
      // the cuts inside a row must have fallen inside it (else the test would test nothing)
      expect(await openPageEnds(bytes)).toBeGreaterThanOrEqual(cuts.filter((c) => c.at > 0).length);
      const produced = (await readDocument(bytes)).forms.map((f) => f.record);
      const expected = variants.map((v, k) => ({ ...v.expected, id: cuts[k]!.what }));
      const agreement = compareRecordLists(produced, expected);
      expect(produced).toHaveLength(cuts.length);
      expect(agreement.disagreements, formatDisagreements(agreement, 20)).toEqual([]);
    },
    120_000,
  );
});
/** A form whose first 一级 group is repeated until it is taller than a page (rows of the group, four times). */
function tallFirstGroup(form: Ref): Ref {
  const out = structuredClone(form);
  const first = out.indicators[0]?.level1;
  const group = out.indicators.filter((r) => r.level1 === first);
  const rest = out.indicators.filter((r) => r.level1 !== first);
  out.indicators = [...group, ...group, ...group, ...group].map((r) => ({ ...r })).concat(rest);
  return out;
}

describe.skipIf(!hasChromium)('PDF: a merged 一级 cell that starts on a new page and runs past it', () => {
  // the page then shows its rows ruled only right of the 一级 column, and the label as text beside them
  const tall = tallFirstGroup(wordy);

  it.each(
    STYLES.filter((s) => s.vertical === 'merged' || s.cls === 'header-wrap').map((s) => [s.name, s] as const),
  )(
    '%s: the label is the rows’ 一级, the header stays the header',
    async (_, style) => {
      const cls = CLASSES.find((c) => c.id === style.cls)!;
      const v = makeVariant(cls, 'pdf', DEV_SEEDS[0], tall, tall.id);
      if (style.vertical) v.style.vertical = style.vertical;
      if (style.horizontal) v.style.horizontal = style.horizontal;
      v.cut = { row: rowIndexes(tall).firstIndicator, at: 0 };
      const bytes = await renderFile('pdf', [v], printer);
      const produced = (await readDocument(bytes)).forms.map((f) => f.record);
      const agreement = compareRecordLists(produced, [{ ...v.expected, id: tall.id }]);
      expect(agreement.disagreements, formatDisagreements(agreement, 20)).toEqual([]);
    },
    120_000,
  );
});
if (!hasChromium) it.skip(`pdf: ${NO_CHROMIUM}`, () => {});
