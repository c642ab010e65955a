/**
 * The example set: for every template × format, `EXAMPLES_PER_CELL` generated examples (by seed, split dev /
 * held-out by split.ts) plus the real published forms in every format. An example is the printed forms and
 * their expected records; `renderExample` makes the bytes a user would upload or paste.
 */
import { type BuiltForm, buildForm, type ExpectedRecord } from './build.ts';
import { makeContent, makeOffice } from './content.ts';
import { TEMPLATES } from './descriptions/index.ts';
import type { LayoutChoice, TemplateId } from './layout.ts';
import type { PrintedForm } from './model.ts';
import { REAL_FORMS } from './real/index.ts';
import { docxFile } from './render/docx.ts';
import { clipboardHtml, htmlFile } from './render/html.ts';
import type { PdfPrinter } from './render/pdf.ts';
import { markdownPaste, tsvPaste, webPipePaste } from './render/text.ts';
import { xlsxFile } from './render/xlsx.ts';
import { Rng } from './rng.ts';
import { exampleSeed, type Part, partOfSeed } from './split.ts';

export const FORMATS = ['docx', 'xlsx', 'pdf', 'tsv', 'pipe', 'html'] as const;
export type FormatId = (typeof FORMATS)[number];

/** Each format's shapes; example k of a template × format takes shape k mod n. */
export const VARIANTS: Record<FormatId, readonly string[]> = {
  docx: ['docx'],
  xlsx: ['stacked', 'sheets'],
  pdf: ['pdf'],
  tsv: ['excel', 'chat'],
  pipe: ['markdown', 'web'],
  html: ['paste', 'file'],
};

export const EXAMPLES_PER_CELL = 9;

/** Formats that are files (several forms may share one); the others are pastes of one form. */
const FILE_SHAPES = new Set(['docx', 'stacked', 'sheets', 'pdf', 'file']);

export interface Example {
  id: string;
  template: TemplateId;
  format: FormatId;
  variant: string;
  part: Part;
  /** Generated examples: the seed; real ones: the real form's id. */
  seed?: number;
  real?: string;
  printed: PrintedForm[];
  expected: ExpectedRecord[];
  /** The upload's file name (`readDocument`'s `name`); none for a paste. */
  name?: string;
  landscape: boolean;
}

const EXTENSIONS: Record<string, string> = {
  docx: 'docx',
  stacked: 'xlsx',
  sheets: 'xlsx',
  pdf: 'pdf',
  file: 'html',
};

/** An upload's name from its (first) project, without a budget-code prefix; pastes have none. */
function fileName(variant: string, project: string): string | undefined {
  const ext = EXTENSIONS[variant];
  return ext ? `${project.replace(/^.*-/, '').slice(0, 20)}绩效自评表.${ext}` : undefined;
}

/** One generated example: template `t`, format `f`, number `k` (fixes the seed and so everything else). */
export function generatedExample(t: number, f: number, k: number): Example {
  const desc = TEMPLATES[t]!;
  const format = FORMATS[f]!;
  const seed = exampleSeed(t, f, k);
  const part = partOfSeed(seed);
  const rng = new Rng(seed);
  const variants = VARIANTS[format];
  const variant = variants[k % variants.length]!;
  const choice: LayoutChoice = {
    variant: Math.floor(k / 3) % 3,
    flags: { a: rng.chance(0.5), b: rng.chance(0.5), c: rng.chance(0.5) },
  };
  const layout = desc.layout(choice);
  const count = FILE_SHAPES.has(variant) ? (rng.chance(0.6) ? 1 : rng.chance(0.6) ? 2 : 3) : 1;
  const office = makeOffice(rng, part, desc.needs.regions);
  const built: BuiltForm[] = [];
  let year: number | undefined;
  for (let i = 0; i < count; i++) {
    const content = makeContent(rng, part, desc.needs, office, year);
    year = content.year;
    built.push(buildForm(layout, content, rng));
  }
  const project = String(built[0]!.expected.projectName ?? '');
  return {
    id: `${desc.id}-${format}-${variant}-${seed}`,
    template: desc.id,
    format,
    variant,
    part,
    seed,
    printed: built.map((b) => b.printed),
    expected: built.map((b) => b.expected),
    name: fileName(variant, project),
    landscape: layout.width >= 11,
  };
}

function realExamples(): Example[] {
  return REAL_FORMS.flatMap((real) =>
    FORMATS.flatMap((format) =>
      VARIANTS[format].map((variant) => ({
        id: `${real.id}-${format}-${variant}`,
        template: real.template,
        format,
        variant,
        part: real.part,
        real: real.id,
        printed: [real.printed],
        expected: [real.expected],
        name: fileName(variant, String(real.expected.projectName)),
        landscape: real.printed.table.width >= 11,
      })),
    ),
  );
}

export interface ExampleFilter {
  part?: Part;
  templates?: readonly string[];
  formats?: readonly string[];
}

/** Every example of the filter, generated ones first (template, format, k), then the real ones. */
export function listExamples(filter: ExampleFilter = {}): Example[] {
  const generated: Example[] = [];
  TEMPLATES.forEach((desc, t) => {
    if (filter.templates && !filter.templates.includes(desc.id)) return;
    FORMATS.forEach((format, f) => {
      if (filter.formats && !filter.formats.includes(format)) return;
      for (let k = 0; k < EXAMPLES_PER_CELL; k++) {
        if (filter.part && partOfSeed(exampleSeed(t, f, k)) !== filter.part) continue;
        generated.push(generatedExample(t, f, k));
      }
    });
  });
  const real = realExamples().filter(
    (e) =>
      (!filter.part || e.part === filter.part) &&
      (!filter.templates || filter.templates.includes(e.template)) &&
      (!filter.formats || filter.formats.includes(e.format)),
  );
  return [...generated, ...real];
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The bytes of the example as uploaded or pasted. PDF needs a printer (Chromium). */
export async function renderExample(example: Example, printer?: PdfPrinter): Promise<Uint8Array> {
  const forms = example.printed;
  const names = example.expected.map((e) => String(e.projectName ?? ''));
  switch (example.variant) {
    case 'docx':
      return docxFile(forms, example.landscape);
    case 'stacked':
    case 'sheets':
      return xlsxFile(forms, names, example.variant);
    case 'pdf':
      if (!printer) throw new Error('a PDF example needs a printer');
      return printer.print(forms, example.landscape);
    case 'excel':
    case 'chat':
      return utf8(tsvPaste(forms, example.variant));
    case 'markdown':
      return utf8(markdownPaste(forms[0]!));
    case 'web':
      return utf8(webPipePaste(forms[0]!));
    case 'paste':
      return utf8(clipboardHtml(forms[0]!));
    case 'file':
      return utf8(htmlFile(forms, example.landscape));
    default:
      throw new Error(`unknown shape ${example.variant}`);
  }
}
