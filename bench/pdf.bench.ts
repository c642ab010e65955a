import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DEFAULT_LIMITS, type ReadResult } from '../src/ingest/document.ts';
import { readPdfGrids } from '../src/ingest/pdf.ts';
import { readDocument } from '../src/ingest/read-document.ts';
import { agreementPercent, compareRecordLists } from '../test/helpers/compare-records.ts';
import { corpusPath, hasCorpus } from '../test/helpers/corpus.ts';
import { buildPdf, edges } from '../test/ingest/pdf-build.ts';

const FILES = [
  'dev-000',
  'dev-001',
  'dev-002',
  'dev-003',
  'dev-004',
  '000-001',
  '002-001',
  '003-010',
  '004-001',
];

function reference(id: string): unknown[] {
  const path = id.startsWith('dev-')
    ? corpusPath('records', `${id}.json`)
    : corpusPath('files', `${id}.json`);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** Ruled-PDF reading (pdfjs geometry → grids → mapper) over the corpus PDFs: speed and field agreement. */
export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { pdf: 'skipped: no corpus' };
  const files = FILES.map((id) => ({
    id,
    bytes: new Uint8Array(readFileSync(corpusPath('files', `${id}.pdf`))),
  }));
  await readDocument(files[5]!.bytes); // warm-up: module and font data loading
  const out: Record<string, string | number> = {};
  const started = performance.now();
  const results: ReadResult[] = [];
  for (const { id, bytes } of files) results.push(await readDocument(bytes, { name: `${id}.pdf` }));
  const seconds = (performance.now() - started) / 1000;
  let forms = 0;
  let agree = 0;
  let total = 0;
  files.forEach(({ id }, i) => {
    const result = results[i]!;
    forms += result.forms.length;
    const a = compareRecordLists(
      result.forms.map((f) => f.record),
      reference(id),
    );
    agree += a.agree;
    total += a.total;
    out[`${id} forms`] = result.forms.length;
    out[`${id} agreement %`] = agreementPercent(a);
  });
  // files-faithful: the forms' own cell structure, accuracy only (not in the speed figure above).
  let faithfulAgree = 0;
  let faithfulTotal = 0;
  for (const seed of ['000', '001', '002', '004']) {
    const id = `dev-${seed}`;
    const bytes = new Uint8Array(readFileSync(corpusPath('files-faithful', `${id}.pdf`)));
    const result = await readDocument(bytes, { name: `${id}.pdf` });
    const a = compareRecordLists(
      result.forms.map((f) => f.record),
      reference(id),
    );
    faithfulAgree += a.agree;
    faithfulTotal += a.total;
    out[`faithful ${id} forms`] = result.forms.length;
    out[`faithful ${id} agreement %`] = agreementPercent(a);
  }
  out['faithful field agreement %'] = Math.round((faithfulAgree / faithfulTotal) * 10000) / 100;
  // A hostile size: 200 generated pages with a ruled table each, read in full.
  const big = buildPdf(
    Array.from({ length: 200 }, (_, i) => ({
      lines: [[200, 40, `Page ${i + 1}`]] as [number, number, string][],
      tables: [{ xs: edges(50, 50, 10), ys: edges(80, 20, 30), texts: [[`row of page ${i + 1}`]] }],
    })),
  );
  const bigStarted = performance.now();
  const bigGrids = await readPdfGrids(big, DEFAULT_LIMITS);
  return {
    '200-page PDF ms': Math.round(performance.now() - bigStarted),
    '200-page PDF grids': bigGrids.length,
    'pdf forms/s': Math.round(forms / seconds),
    'pdf MB/s': Math.round((files.reduce((n, f) => n + f.bytes.length, 0) / 1048576 / seconds) * 10) / 10,
    forms,
    'field agreement %': Math.round((agree / total) * 10000) / 100,
    ...out,
  };
}
