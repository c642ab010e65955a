/**
 * Variants of the dev forms, rendered in every format and read back by the product (`readDocument`), with the
 * field agreement against the record each variant should give. Seeds are split: the dev seeds are the ones the
 * readers are tuned on; the held-out seeds are only measured (`JIXIAO_VARIANTS_PART=holdout`).
 */

import { type Browser, chromium, type Page } from 'playwright-core';
import { readDocument } from '../../src/ingest/read-document.ts';
import { type Agreement, compareRecordLists } from '../helpers/compare-records.ts';
import type { PrintedForm } from '../templates/model.ts';
import { docxFile } from '../templates/render/docx.ts';
import { htmlFile } from '../templates/render/html.ts';
import { CHROMIUM } from '../templates/render/pdf.ts';
import { xlsxFile } from '../templates/render/xlsx.ts';
import { Rng } from '../templates/rng.ts';
import { CLASSES, type Variant, type VariantClass, type VariantFormat } from './classes.ts';
import { printForm, type RecordLike } from './form.ts';
import { wordTextPaste } from './word-text.ts';

export const DEV_SEEDS = [11, 12] as const;
/** Never looked at while fixing the readers: measured, reported, not tuned on. */
export const HOLDOUT_SEEDS = [71, 72] as const;

export type Part = 'dev' | 'holdout';
export const seedsOf = (part: Part): readonly number[] => (part === 'dev' ? DEV_SEEDS : HOLDOUT_SEEDS);

/** Forms printed into one file (several forms per upload, as offices send them). */
export const FORMS_PER_FILE = 6;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The variant of one form: the class, the format, the seed and the form's position fix every choice. */
export function makeVariant(
  cls: VariantClass,
  format: VariantFormat,
  seed: number,
  reference: RecordLike,
  key: string,
): Variant {
  return cls.make(reference, new Rng(hash(`${seed}|${cls.id}|${format}|${key}`)), format);
}

/** Printable height of an A4 page under the printed forms' 12 mm margins, in CSS pixels. */
function pageHeightPx(landscape: boolean): number {
  return (((landscape ? 210 : 297) - 24) / 25.4) * 96;
}

/** Prints forms to PDF through Chromium, moving each table down by its variant's spacer. */
export class VariantPrinter {
  private browser?: Browser;
  private page?: Page;

  async print(forms: PrintedForm[], variants: Variant[], landscape: boolean): Promise<Uint8Array> {
    this.browser ??= await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    });
    this.page ??= await this.browser.newPage();
    let i = 0;
    // an empty row keeps one line's height, as in Word (a browser would shrink it to its padding)
    const html = htmlFile(forms, landscape)
      .replace('</style>', 'table.form td { height: 1.3em; }</style>')
      .replaceAll('<table class="form">', () => {
        const mm = variants[i++]?.spacerMm ?? 0;
        return `<div class="spacer" style="height:${Math.max(0, mm)}mm"></div><table class="form">`;
      });
    if (variants.some((v) => v.cut)) await this.placeCuts(html, variants, landscape);
    else {
      await this.page.emulateMedia({ media: null });
      await this.page.setContent(html, { waitUntil: 'load' });
    }
    return new Uint8Array(await this.page.pdf({ format: 'A4', landscape, preferCSSPageSize: true }));
  }

  /**
   * Lays the forms out as printed (print media, the page's printable width) and sets each cut variant's spacer
   * so that its form's first page ends inside the chosen row. Throws when the row lies below the first page.
   */
  private async placeCuts(html: string, variants: Variant[], landscape: boolean): Promise<void> {
    const page = this.page!;
    const height = pageHeightPx(landscape);
    const width = Math.round(((landscape ? 273 : 186) / 25.4) * 96);
    await page.setViewportSize({ width, height: Math.round(height) });
    await page.emulateMedia({ media: 'print' });
    // no margin above a form (the body's and the title's would collapse differently at a page top): each form's
    // box then starts where its page does; and a cell's lines may part anywhere (a browser keeps two together
    // by default, and would push a row of short cells whole to the next page)
    const flush = html.replace(
      '</style>',
      'body { margin-top: 0; } .form-page > h2:first-child { margin-top: 0; } td { orphans: 1; widows: 1; }</style>',
    );
    await page.setContent(flush, { waitUntil: 'load' });
    const cuts = variants.map((v) => v.cut ?? null);
    const misses = await page.evaluate(
      ({ cuts, height }) => {
        const out: number[] = [];
        document.querySelectorAll<HTMLElement>('.form-page').forEach((form, k) => {
          const cut = cuts[k];
          const spacer = form.querySelector<HTMLElement>('.spacer');
          const row = form.querySelector<HTMLTableElement>('table.form')?.rows[cut?.row ?? -1];
          if (!cut || !spacer || !row) return;
          const top = form.getBoundingClientRect().top;
          const box = row.getBoundingClientRect();
          const px = height - (box.top - top + cut.at * box.height);
          if (px < 0) out.push(k);
          spacer.style.height = `${Math.max(0, px)}px`;
        });
        return out;
      },
      { cuts, height },
    );
    if (misses.length > 0) throw new Error(`cut rows below the first page in forms ${misses.join(', ')}`);
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = undefined;
    this.page = undefined;
  }
}

export async function renderFile(
  format: VariantFormat,
  variants: Variant[],
  printer?: VariantPrinter,
): Promise<Uint8Array> {
  const forms = variants.map((v) => printForm(v.record, v.style));
  switch (format) {
    case 'docx':
      return docxFile(forms, true);
    case 'xlsx':
      return xlsxFile(
        forms,
        forms.map((_, i) => `表${i + 1}`),
        'stacked',
      );
    case 'pdf':
      if (!printer) throw new Error('a PDF variant needs a printer');
      return printer.print(forms, variants, variants[0]?.landscape ?? true);
    case 'text':
      return new TextEncoder().encode(wordTextPaste(forms, variants[0]?.wrap ?? 0));
  }
}

export interface CellResult {
  cls: string;
  format: VariantFormat;
  agreement: Agreement;
  forms: number;
  formsFound: number;
  files: number;
  /** Files the reader refused (message), counted as every field disagreeing. */
  refused: string[];
}

/**
 * One class × format over `references` (grouped in files of FORMS_PER_FILE), for every seed. `sourceOf` keeps
 * forms of different source files in different uploads.
 */
export async function measureCell(
  cls: VariantClass,
  format: VariantFormat,
  references: readonly (RecordLike & { id?: string })[],
  seeds: readonly number[],
  printer?: VariantPrinter,
): Promise<CellResult> {
  const out: CellResult = {
    cls: cls.id,
    format,
    agreement: { agree: 0, total: 0, disagreements: [] },
    forms: 0,
    formsFound: 0,
    files: 0,
    refused: [],
  };
  for (const seed of seeds) {
    for (let start = 0; start < references.length; start += FORMS_PER_FILE) {
      const chunk = references.slice(start, start + FORMS_PER_FILE);
      const variants = chunk.map((r, k) => makeVariant(cls, format, seed, r, r.id ?? String(start + k)));
      const bytes = await renderFile(format, variants, printer);
      let produced: unknown[] = [];
      try {
        produced = (await readDocument(bytes)).forms.map((f) => f.record);
      } catch (err) {
        out.refused.push(`${seed}/${chunk[0]?.id ?? start}: ${(err as Error).message}`);
      }
      const expected = variants.map((v, k) => ({
        ...v.expected,
        id: `${seed}/${chunk[k]?.id ?? start + k}`,
      }));
      const a = compareRecordLists(produced, expected);
      out.agreement.agree += a.agree;
      out.agreement.total += a.total;
      out.agreement.disagreements.push(...a.disagreements);
      out.forms += chunk.length;
      out.formsFound += produced.length;
      out.files++;
    }
  }
  return out;
}

export function classesFor(format: VariantFormat): VariantClass[] {
  return CLASSES.filter((c) => !c.formats || c.formats.includes(format));
}
