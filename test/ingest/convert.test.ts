import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FormUnreadable } from '../../src/errors.ts';
import { convertLegacy, findSoffice } from '../../src/ingest/convert.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { agreementPercent, compareRecordLists, formatDisagreements } from '../helpers/compare-records.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { cfb } from './detect-build.ts';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-convert-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in `soffice`: a shell script, so the process handling is tested without LibreOffice. */
function fakeSoffice(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function refusal(promise: Promise<unknown>): Promise<FormUnreadable> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FormUnreadable);
  return err as FormUnreadable;
}

const doc = cfb(['WordDocument', '1Table']);
const xls = cfb(['Workbook']);

describe('findSoffice', () => {
  it('uses JIXIAO_SOFFICE when set, and only that', () => {
    const fake = fakeSoffice('soffice-ok', 'exit 0');
    expect(findSoffice({ JIXIAO_SOFFICE: fake, PATH: '' })).toBe(fake);
    expect(
      findSoffice({ JIXIAO_SOFFICE: join(dir, 'missing/soffice'), PATH: '/usr/bin:/bin' }),
    ).toBeUndefined();
  });

  it('looks on PATH otherwise', () => {
    fakeSoffice('soffice', 'exit 0');
    expect(findSoffice({ PATH: `/nonexistent:${dir}` })).toBe(join(dir, 'soffice'));
    expect(findSoffice({ PATH: '' })).toBeUndefined();
  });
});

describe('.doc/.xls without LibreOffice', () => {
  const env = { JIXIAO_SOFFICE: '/nonexistent/soffice', PATH: '' };

  it('asks to re-save as .docx / .xlsx', async () => {
    const word = await refusal(readDocument(doc, { name: '自评表.doc', env }));
    expect(word.code).toBe('CONVERTER_MISSING');
    expect(word.userMessage).toContain('.doc');
    expect(word.userMessage).toContain('另存为” .docx');
    const excel = await refusal(readDocument(xls, { name: '自评表.xls', env }));
    expect(excel.userMessage).toContain('另存为” .xlsx');
  });
});

describe('convertLegacy process handling', () => {
  it('kills a converter that hangs and says so', async () => {
    const hang = fakeSoffice('soffice-hang', 'sleep 30');
    const err = await refusal(
      convertLegacy(doc, 'doc', { timeoutMs: 300, maxBytes: 1e6, env: { JIXIAO_SOFFICE: hang } }),
    );
    expect(err.userMessage).toContain('转换超时');
  });

  it('reports a converter that writes nothing', async () => {
    const fail = fakeSoffice('soffice-fail', 'exit 1');
    const err = await refusal(
      convertLegacy(xls, 'xls', { timeoutMs: 5000, maxBytes: 1e6, env: { JIXIAO_SOFFICE: fail } }),
    );
    expect(err.code).toBe('FILE_UNREADABLE');
    expect(err.userMessage).toContain('转换失败');
  });

  it('returns what the converter wrote to --outdir', async () => {
    // Mimics soffice: the last argument is the input, the one after --outdir the output folder.
    const copy = fakeSoffice(
      'soffice-copy',
      'for a; do if [ "$prev" = "--outdir" ]; then out="$a"; fi; prev="$a"; in="$a"; done\nmkdir -p "$out" && printf converted > "$out/upload.docx"',
    );
    const bytes = await convertLegacy(doc, 'doc', {
      timeoutMs: 5000,
      maxBytes: 1e6,
      env: { JIXIAO_SOFFICE: copy },
    });
    expect(new TextDecoder().decode(bytes)).toBe('converted');
  });
});

const soffice = findSoffice();
const SKIP = 'skipped: LibreOffice (soffice) not installed';

describe.skipIf(!soffice)(`real LibreOffice conversion ${soffice ? '' : SKIP}`, () => {
  /** Makes the legacy file from the corpus document with the same soffice, in the test's temp dir. */
  function legacy(id: string, from: 'docx' | 'xlsx', to: 'doc' | 'xls'): Uint8Array {
    execFileSync(soffice!, [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      dir,
      fixturePath('files', `${id}.${from}`),
    ]);
    return new Uint8Array(readFileSync(join(dir, `${id}.${to}`)));
  }

  it('reads a .doc and a .xls like the originals', { timeout: 120_000 }, async () => {
    const expected = [JSON.parse(readFileSync(fixturePath('files', '000-001.json'), 'utf8')) as unknown];
    for (const [from, to] of [
      ['docx', 'doc'],
      ['xlsx', 'xls'],
    ] as const) {
      const result = await readDocument(legacy('000-001', from, to), { name: `000-001.${to}` });
      expect(result.format).toBe(to);
      const agreement = compareRecordLists(
        result.forms.map((f) => f.record),
        expected,
      );
      expect(agreementPercent(agreement), formatDisagreements(agreement)).toBeGreaterThanOrEqual(98);
    }
  });
});
