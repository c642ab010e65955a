import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { gridsToForms } from '../src/extract/grid-rows.ts';
import { DEFAULT_LIMITS, type ReaderLimits } from '../src/ingest/document.ts';
import { readDocxGrids } from '../src/ingest/docx.ts';
import type { Grid } from '../src/ingest/grid.ts';
import { readXlsxGrids } from '../src/ingest/xlsx.ts';
import { agreementPercent, allowingNumberCells } from '../test/helpers/compare-records.ts';
import { corpusPath, hasCorpus } from '../test/helpers/corpus.ts';
import { FAITHFUL_FILES, measureFormat, pooled } from '../test/ingest/office-corpus.ts';

type Reader = (bytes: Uint8Array, limits: ReaderLimits) => Promise<Grid[]>;

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

/** All office corpus files of one format, grids → forms, a warm-up pass then timed passes. */
async function speed(ext: 'docx' | 'xlsx', read: Reader): Promise<Record<string, number>> {
  const files = FILES.map((id) => readFileSync(corpusPath('files', `${id}.${ext}`)));
  const pass = async (): Promise<number> => {
    let forms = 0;
    for (const bytes of files) forms += gridsToForms(await read(bytes, DEFAULT_LIMITS)).length;
    return forms;
  };
  await pass();
  const rounds = 3;
  let forms = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < rounds; i++) forms += await pass();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  return {
    [`${ext} forms/s`]: Math.round(forms / seconds),
    [`${ext} forms/cpu-s`]: Math.round(forms / ((cpu.user + cpu.system) / 1e6)),
    [`${ext} forms per pass`]: forms / rounds,
  };
}

/** A form sheet followed by a million formatted rows with no values. */
async function millionEmptyRows(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('A1').value = '项目名称';
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const rows = '<row spans="1:3"><c s="1"/></row>'.repeat(1_000_000);
  files['xl/worksheets/sheet1.xml'] = strToU8(xml.replace('</sheetData>', `${rows}</sheetData>`));
  return zipSync(files, { level: 1 });
}

/** Field agreement with the reference records (pooled and per file) and forms found per file. */
async function accuracy(ext: 'docx' | 'xlsx', read: Reader): Promise<Record<string, string | number>> {
  const results = await measureFormat(ext, read, DEFAULT_LIMITS);
  return {
    [`${ext} field agreement %`]: agreementPercent(pooled(results)),
    [`${ext} per file % (forms)`]: results
      .map((r) => `${r.id} ${agreementPercent(r.agreement)} (${r.forms})`)
      .join(', '),
  };
}

/** The same on files-faithful (the forms' own cell structure); .xlsx also with numeric cells' raw by number. */
async function faithful(ext: 'docx' | 'xlsx', read: Reader): Promise<Record<string, string | number>> {
  const results = await measureFormat(ext, read, DEFAULT_LIMITS, FAITHFUL_FILES);
  const all = pooled(results);
  return {
    [`faithful ${ext} field agreement %`]: agreementPercent(all),
    ...(ext === 'xlsx'
      ? { 'faithful xlsx % (numeric cells by number)': agreementPercent(allowingNumberCells(all)) }
      : {}),
    [`faithful ${ext} per file % (forms)`]: results
      .map((r) => `${r.id} ${agreementPercent(r.agreement)} (${r.forms})`)
      .join(', '),
  };
}

export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { office: 'skipped: no corpus' };
  const figures: Record<string, string | number> = {
    ...(await accuracy('docx', readDocxGrids)),
    ...(await accuracy('xlsx', readXlsxGrids)),
    ...(await faithful('docx', readDocxGrids)),
    ...(await faithful('xlsx', readXlsxGrids)),
    ...(await speed('docx', readDocxGrids)),
    ...(await speed('xlsx', readXlsxGrids)),
  };
  figures['corpus peak RSS MiB'] = Math.round(process.resourceUsage().maxRSS / 1024);
  const hostile = await millionEmptyRows();
  const started = performance.now();
  const grids = await readXlsxGrids(hostile, DEFAULT_LIMITS);
  figures['1M empty rows: read ms'] = Math.round(performance.now() - started);
  figures['1M empty rows: grid rows'] = grids[0]?.rows ?? 0;
  figures['1M empty rows: zip KiB'] = Math.round(hostile.length / 1024);
  return figures;
}
