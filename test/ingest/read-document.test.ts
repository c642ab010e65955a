import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError, FormUnreadable } from '../../src/errors.ts';
import { DEFAULT_LIMITS, READABLE_FORMATS_ZH } from '../../src/ingest/document.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { fixturePath, fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';
import { cfb, garbage } from './detect-build.ts';
import { buildPdf, edges } from './pdf-build.ts';

async function refusal(
  bytes: Uint8Array,
  options: Parameters<typeof readDocument>[1] = {},
): Promise<FormUnreadable> {
  const err = await readDocument(bytes, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FormUnreadable);
  const unreadable = err as FormUnreadable;
  expect(unreadable.userMessage).toMatch(/[\u4e00-\u9fff]/); // said in Chinese
  return unreadable;
}

const pages = (count: number) =>
  buildPdf(
    Array.from({ length: count }, (_, i) => ({
      lines: [[200, 40, `Page ${i + 1}`]] as [number, number, string][],
      tables: [
        {
          xs: edges(50, 100, 2),
          ys: edges(80, 20, 2),
          texts: [
            ['a', 'b'],
            ['c', `${i}`],
          ],
        },
      ],
    })),
  );

describe('readDocument: hostile inputs get clear Chinese messages', () => {
  it('an .exe renamed to .docx', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...garbage(4000, 3)]);
    const err = await refusal(exe, { name: '自评表.docx' });
    expect(err.code).toBe('FORMAT_UNSUPPORTED');
    expect(err.userMessage).toContain('程序文件');
    expect(err.userMessage).toContain(READABLE_FORMATS_ZH);
  });

  it('an encrypted .docx (OOXML inside a Compound File)', async () => {
    const err = await refusal(cfb(['EncryptionInfo', 'EncryptedPackage']), { name: '自评表.docx' });
    expect(err.code).toBe('FILE_ENCRYPTED');
    expect(err.userMessage).toContain('文件已加密');
  });

  it('a PDF without text', async () => {
    const scan = buildPdf([{ tables: [{ xs: edges(50, 100, 2), ys: edges(80, 20, 2), texts: [] }] }]);
    expect((await refusal(scan)).code).toBe('PDF_NO_TEXT');
  });

  it('a truncated PDF', async () => {
    const whole = pages(3);
    expect((await refusal(whole.subarray(0, Math.floor(whole.length / 2)))).code).toBe('FILE_UNREADABLE');
  });

  it('a 200-page PDF: read in full within the limits, refused above maxPages', async () => {
    const big = pages(200);
    // Read completely; its tables are not forms, which is said plainly.
    expect((await refusal(big)).code).toBe('NO_FORM_FOUND');
    const err = await refusal(big, { limits: { ...DEFAULT_LIMITS, maxPages: 150 } });
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.userMessage).toContain('150 页');
  });

  it('random garbage', async () => {
    for (const seed of [11, 12, 13])
      expect((await refusal(garbage(10_000, seed))).code).toBe('FORMAT_UNSUPPORTED');
  });

  it('empty and oversized files', async () => {
    expect((await refusal(new Uint8Array())).code).toBe('FILE_UNREADABLE');
    const err = await refusal(new Uint8Array(2048), { limits: { ...DEFAULT_LIMITS, maxBytes: 1024 } });
    expect(err.code).toBe('FILE_TOO_LARGE');
  });

  it('a zip that is neither Word nor Excel', async () => {
    const err = await refusal(zipSync({ 'notes.txt': strToU8('hello') }), { name: 'forms.docx' });
    expect(err.code).toBe('FORMAT_UNSUPPORTED');
  });

  it('a read that outlasts limits.timeoutMs is stopped', async () => {
    const err = await refusal(pages(200), { limits: { ...DEFAULT_LIMITS, timeoutMs: 1 } });
    expect(err.userMessage).toContain('超时');
  });

  it('text that holds no form', async () => {
    const err = await readDocument(strToU8('你好，请问自评表怎么填？')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NO_FORM_FOUND');
  });
});

describe('readDocument dispatches by content', () => {
  it.each([
    ['docx', 'docx'],
    ['xlsx', 'xlsx'],
    ['pdf', 'pdf'],
  ] as const)('a .%s file, whatever its name', async (ext, layout) => {
    const bytes = new Uint8Array(readFileSync(fixturePath('files', `000-001.${ext}`)));
    const result = await readDocument(bytes, { name: 'upload.bin' });
    expect(result).toMatchObject({ format: ext, layout });
    expect(result.forms).toHaveLength(1);
    expect(result.forms[0]!.record.projectName).toBe('统计所经费');
  });

  it('pasted Word text', async () => {
    const file = fixtureTextFiles().find((f) => f.startsWith('000'))!;
    const result = await readDocument(new Uint8Array(readFileSync(fixturePath('text', file))), {
      name: file,
    });
    expect(result).toMatchObject({ format: 'text', layout: 'word-text' });
    expect(result.forms).toHaveLength(fixtureRecords(file).length);
  });
});
