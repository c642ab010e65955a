/**
 * Layout variants of every dev form (test/variants, issue 12): each variant class × format, the forms rendered
 * from their reference records, read back with `readDocument`, field agreement with the record each variant
 * should give. Prints the class × format table (agreement %, forms found).
 *
 *   npm run bench -- variants
 *   JIXIAO_VARIANTS_PART=dev|holdout (default dev: the seeds the readers are tuned on; holdout only measures)
 *   JIXIAO_VARIANTS_CLASS=tabs,remark   JIXIAO_VARIANTS_FORMAT=pdf,text   (default: all)
 *   JIXIAO_VARIANTS_SEEDS=1   only the part's first seed;   JIXIAO_VARIANTS_EVERY=4   every 4th form only
 *   JIXIAO_VARIANTS_SEED_LIST=21,22,…   dev part on these seeds instead (more dev layouts; never the held-out ones)
 *   (printing every form to PDF in every class takes about an hour on a busy 2-core machine)
 *
 * Disagreements go to test/output/variants-<part>-disagreements.json. PDF needs Chromium; without it the PDF
 * column is skipped with a message, and without ../shared/corpus the bench is.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agreementPercent } from '../test/helpers/compare-records.ts';
import { CORPUS_DIR, hasCorpus } from '../test/helpers/corpus.ts';
import { hasChromium, NO_CHROMIUM } from '../test/templates/render/pdf.ts';
import { CLASSES, FORMATS, type VariantFormat } from '../test/variants/classes.ts';
import type { RecordLike } from '../test/variants/form.ts';
import {
  type CellResult,
  classesFor,
  HOLDOUT_SEEDS,
  measureCell,
  type Part,
  seedsOf,
  VariantPrinter,
} from '../test/variants/generate.ts';

const OUTPUT = resolve(import.meta.dirname, '../test/output');
const RECORD_FILES = ['dev-000', 'dev-001', 'dev-002', 'dev-003', 'dev-004'];

function list(name: string): string[] | undefined {
  const value = process.env[name]?.trim();
  return value ? value.split(',').map((s) => s.trim()) : undefined;
}

function cellText(c: CellResult): string {
  const found = c.formsFound === c.forms ? '' : ` forms ${c.formsFound}/${c.forms}`;
  return `${agreementPercent(c.agreement).toFixed(2)}${found}`;
}

export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { variants: `skipped: ../shared/corpus not found at ${CORPUS_DIR}` };
  const part: Part = process.env.JIXIAO_VARIANTS_PART === 'holdout' ? 'holdout' : 'dev';
  const classes = list('JIXIAO_VARIANTS_CLASS');
  let formats = (list('JIXIAO_VARIANTS_FORMAT') ?? [...FORMATS]) as VariantFormat[];
  const notes: string[] = [];
  if (!hasChromium && formats.includes('pdf')) {
    notes.push(`pdf skipped: ${NO_CHROMIUM}`);
    formats = formats.filter((f) => f !== 'pdf');
  }
  const every = Math.max(1, Number(process.env.JIXIAO_VARIANTS_EVERY ?? 1) || 1);
  const references = RECORD_FILES.flatMap(
    (f) => JSON.parse(readFileSync(join(CORPUS_DIR, 'records', `${f}.json`), 'utf8')) as RecordLike[],
  ).filter((_, i) => i % every === 0);
  const seedCount = Number(process.env.JIXIAO_VARIANTS_SEEDS ?? 0) || undefined;
  const chosen = list('JIXIAO_VARIANTS_SEED_LIST')?.map(Number);
  if (chosen?.some((s) => !Number.isInteger(s) || HOLDOUT_SEEDS.includes(s as never)))
    throw new Error('JIXIAO_VARIANTS_SEED_LIST: integers other than the held-out seeds');
  const seeds = part === 'dev' && chosen ? chosen : seedsOf(part).slice(0, seedCount);
  const printer = new VariantPrinter();
  const results: CellResult[] = [];
  const started = performance.now();
  try {
    for (const cls of CLASSES) {
      if (classes && !classes.includes(cls.id)) continue;
      for (const format of formats) {
        if (!classesFor(format).includes(cls)) continue;
        results.push(await measureCell(cls, format, references, seeds, printer));
      }
    }
  } finally {
    await printer.close();
  }
  mkdirSync(OUTPUT, { recursive: true });
  const reportFile = join(OUTPUT, `variants-${part}-disagreements.json`);
  const report = results
    .filter((r) => r.agreement.disagreements.length > 0 || r.refused.length > 0)
    .map((r) => ({
      class: r.cls,
      format: r.format,
      agreement: agreementPercent(r.agreement),
      refused: r.refused,
      disagreements: r.agreement.disagreements.slice(0, 400),
    }));
  writeFileSync(reportFile, `${JSON.stringify(report, null, 1)}\n`);

  const figures: Record<string, string | number> = {
    part,
    seeds: seeds.join(','),
    'forms per class × format': `${references.length} × ${seeds.length} seeds${every > 1 ? ` (every ${every}th form)` : ''}`,
    [`class (${formats.join(' / ')}) field agreement %`]: '',
  };
  for (const cls of CLASSES) {
    const row = formats.map((f) => results.find((r) => r.cls === cls.id && r.format === f));
    if (row.every((r) => r === undefined)) continue;
    figures[cls.id] = row.map((r) => (r ? cellText(r) : '—')).join(' / ');
  }
  let agree = 0;
  let total = 0;
  for (const r of results) {
    agree += r.agreement.agree;
    total += r.agreement.total;
  }
  figures['all variants field agreement %'] = agreementPercent({ agree, total, disagreements: [] });
  figures['lowest class × format'] = results
    .map((r) => ({ key: `${r.cls} ${r.format}`, pct: agreementPercent(r.agreement) }))
    .sort((a, b) => a.pct - b.pct)
    .slice(0, 3)
    .map((r) => `${r.key} ${r.pct}`)
    .join(', ');
  figures.seconds = Math.round((performance.now() - started) / 1000);
  if (notes.length > 0) figures.notes = notes.join('; ');
  figures.disagreements = reportFile;
  return figures;
}
