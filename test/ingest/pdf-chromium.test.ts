import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import { agreementPercent, compareRecordLists, formatDisagreements } from '../helpers/compare-records.ts';
import { fixturePath } from '../helpers/corpus.ts';

/**
 * A second PDF producer: the corpus .docx as HTML (mammoth keeps rowspan/colspan) printed by Chromium.
 * Chromium draws borders as thin filled rectangles cell by cell and leaves a table continued on the next
 * page without a top rule, unlike LibreOffice's stroked lines.
 */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const SKIP = 'skipped: chromium not installed';
const dir = mkdtempSync(join(tmpdir(), 'jixiao-pdf-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STYLE =
  'table{border-collapse:collapse;width:100%;margin-bottom:20px}td{border:0.5px solid #000;padding:3px;font-size:10px}p{margin:0}';

async function printed(id: string): Promise<Uint8Array> {
  const { value } = await mammoth.convertToHtml({ buffer: readFileSync(fixturePath('files', `${id}.docx`)) });
  const html = join(dir, `${id}.html`);
  const pdf = join(dir, `${id}.pdf`);
  writeFileSync(
    html,
    `<html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${value}</body></html>`,
  );
  execFileSync(
    CHROMIUM!,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, html],
    { stdio: 'ignore', timeout: 60_000 },
  );
  return new Uint8Array(readFileSync(pdf));
}

describe.skipIf(!CHROMIUM)(`Chromium-printed forms ${CHROMIUM ? '' : SKIP}`, () => {
  it.each([
    ['dev-001', 2],
    ['dev-004', 9],
  ])('%s: %i forms, ≥ 98 % field agreement', { timeout: 60_000 }, async (id, count) => {
    const result = await readDocument(await printed(id));
    expect(result.forms).toHaveLength(count);
    const expected = JSON.parse(readFileSync(fixturePath('records', `${id}.json`), 'utf8')) as unknown[];
    const agreement = compareRecordLists(
      result.forms.map((f) => f.record),
      expected,
    );
    expect(agreementPercent(agreement), formatDisagreements(agreement)).toBeGreaterThanOrEqual(98);
  });
});
