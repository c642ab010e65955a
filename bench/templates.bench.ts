/**
 * Every template × format: reads each example of test/templates with `readDocument`, compares the records with
 * the expected ones (field agreement over the whole interchange record), checks the recognised template id, and
 * prints a table per template × format: agreement %, template right n/N, forms found n/N.
 *
 *   npm run bench -- templates
 *   JIXIAO_TEMPLATES_PART=dev|holdout (default dev)
 *   JIXIAO_TEMPLATES_TEMPLATE=sichuan-2023,shanghai   JIXIAO_TEMPLATES_FORMAT=xlsx,tsv   (default: all)
 *   JIXIAO_TEMPLATES_WRITE=1   also writes every example file and its expected records to test/output/templates/
 *
 * Disagreements go to test/output/templates-<part>-disagreements.json. PDF examples need Chromium; without it they
 * are skipped with a message.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument } from '../src/ingest/read-document.ts';
import { agreementPercent } from '../test/helpers/compare-records.ts';
import { compareTemplateRecords, templatesRight } from '../test/templates/compare.ts';
import { type Example, FORMATS, listExamples, renderExample } from '../test/templates/examples.ts';
import { hasChromium, NO_CHROMIUM, PdfPrinter } from '../test/templates/render/pdf.ts';
import type { Part } from '../test/templates/split.ts';

const OUTPUT = resolve(import.meta.dirname, '../test/output');

interface Cell {
  agree: number;
  total: number;
  templateRight: number;
  forms: number;
  found: number;
  extra: number;
  examples: number;
}

const emptyCell = (): Cell => ({
  agree: 0,
  total: 0,
  templateRight: 0,
  forms: 0,
  found: 0,
  extra: 0,
  examples: 0,
});

function list(name: string): string[] | undefined {
  const value = process.env[name]?.trim();
  return value ? value.split(',').map((s) => s.trim()) : undefined;
}

function cellText(c: Cell): string {
  const pct = agreementPercent({ agree: c.agree, total: c.total, disagreements: [] });
  const extra = c.extra > 0 ? ` +${c.extra}` : '';
  return `${pct.toFixed(1)} % · tpl ${c.templateRight}/${c.forms} · forms ${c.found}/${c.forms}${extra}`;
}

function add(into: Cell, from: Cell): void {
  for (const k of Object.keys(into) as (keyof Cell)[]) into[k] += from[k];
}

const EXT: Record<string, string> = {
  docx: 'docx',
  stacked: 'xlsx',
  sheets: 'xlsx',
  pdf: 'pdf',
  file: 'html',
  paste: 'paste.html',
  excel: 'tsv',
  chat: 'tsv',
  markdown: 'md',
  web: 'txt',
};

export default async function bench(): Promise<Record<string, string | number>> {
  const part = (process.env.JIXIAO_TEMPLATES_PART === 'holdout' ? 'holdout' : 'dev') as Part;
  const write = process.env.JIXIAO_TEMPLATES_WRITE === '1';
  let examples = listExamples({
    part,
    templates: list('JIXIAO_TEMPLATES_TEMPLATE'),
    formats: list('JIXIAO_TEMPLATES_FORMAT'),
  });
  const notes: string[] = [];
  if (!hasChromium && examples.some((e) => e.format === 'pdf')) {
    notes.push(`pdf skipped: ${NO_CHROMIUM}`);
    examples = examples.filter((e) => e.format !== 'pdf');
  }
  const printer = new PdfPrinter();
  const cells = new Map<string, Cell>();
  const real = new Map<string, Cell>();
  const report: unknown[] = [];
  const exampleDir = join(OUTPUT, 'templates', part);
  if (write) mkdirSync(exampleDir, { recursive: true });
  let readMs = 0;
  try {
    for (const example of examples) {
      const bytes = await renderExample(example, printer);
      if (write) writeExample(exampleDir, example, bytes);
      const started = performance.now();
      let produced: unknown[] = [];
      let error: string | undefined;
      try {
        const result = await readDocument(bytes, { name: example.name });
        produced = result.forms.map((f) => f.record);
      } catch (err) {
        error = (err as Error).message;
      }
      readMs += performance.now() - started;
      const agreement = compareTemplateRecords(produced, example.expected);
      const one: Cell = {
        agree: agreement.agree,
        total: agreement.total,
        templateRight: templatesRight(produced, example.expected),
        forms: example.expected.length,
        found: Math.min(produced.length, example.expected.length),
        extra: Math.max(0, produced.length - example.expected.length),
        examples: 1,
      };
      const key = `${example.template}|${example.format}`;
      add(cells.get(key) ?? (cells.set(key, emptyCell()).get(key) as Cell), one);
      if (example.real)
        add(real.get(example.real) ?? (real.set(example.real, emptyCell()).get(example.real) as Cell), one);
      if (agreement.disagreements.length > 0 || error || one.templateRight < one.forms) {
        report.push({
          id: example.id,
          template: example.template,
          format: example.format,
          variant: example.variant,
          name: example.name,
          error,
          formsProduced: produced.length,
          formsExpected: example.expected.length,
          templatesProduced: produced.map((p) => (p as { template?: unknown }).template ?? null),
          agreement: agreementPercent(agreement),
          disagreements: agreement.disagreements.slice(0, 300),
        });
      }
    }
  } finally {
    await printer.close();
  }
  mkdirSync(OUTPUT, { recursive: true });
  const reportFile = join(OUTPUT, `templates-${part}-disagreements.json`);
  writeFileSync(reportFile, `${JSON.stringify(report, null, 1)}\n`);
  printTable(part, cells, real, notes);

  const all = emptyCell();
  for (const c of cells.values()) add(all, c);
  const figures: Record<string, string | number> = {
    part,
    examples: all.examples,
    'forms expected': all.forms,
    'field agreement %': agreementPercent({ agree: all.agree, total: all.total, disagreements: [] }),
    'template right': `${all.templateRight}/${all.forms}`,
    'forms found': `${all.found}/${all.forms}${all.extra > 0 ? ` (+${all.extra} extra)` : ''}`,
    'read ms per example': Math.round(readMs / Math.max(1, all.examples)),
  };
  for (const [key, c] of [...cells.entries()].sort()) figures[key.replace('|', ' ')] = cellText(c);
  for (const [id, c] of real) figures[`real ${id}`] = cellText(c);
  if (notes.length > 0) figures.notes = notes.join('; ');
  figures.disagreements = reportFile;
  return figures;
}

function writeExample(dir: string, example: Example, bytes: Uint8Array): void {
  writeFileSync(join(dir, `${example.id}.${EXT[example.variant] ?? 'bin'}`), bytes);
  writeFileSync(join(dir, `${example.id}.expected.json`), `${JSON.stringify(example.expected, null, 1)}\n`);
}

/** The matrix template × format on stderr (stdout carries the figures for bench/run.ts). */
function printTable(part: Part, cells: Map<string, Cell>, real: Map<string, Cell>, notes: string[]): void {
  const templates = [...new Set([...cells.keys()].map((k) => k.split('|')[0]!))];
  const lines = [`\ntemplates bench, part ${part}: field agreement % · template right · forms found`];
  const width = 44;
  lines.push(`${'template'.padEnd(18)}${FORMATS.map((f) => f.padEnd(width)).join('')}`);
  for (const t of templates) {
    const row = FORMATS.map((f) => {
      const c = cells.get(`${t}|${f}`);
      return (c ? cellText(c) : '—').padEnd(width);
    });
    lines.push(`${t.padEnd(18)}${row.join('')}`);
  }
  for (const [id, c] of real) lines.push(`real ${id}: ${cellText(c)}`);
  for (const note of notes) lines.push(note);
  process.stderr.write(`${lines.join('\n')}\n`);
}
