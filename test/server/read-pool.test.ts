import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FormUnreadable } from '../../src/errors.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { checkRecord } from '../../src/score/check.ts';
import { ReadPool } from '../../src/server/read-pool.ts';
import { fixturePath } from '../helpers/corpus.ts';

describe('read pool', () => {
  const pool = new ReadPool(2);
  afterAll(() => pool.close());

  it(`reads in a worker thread what readDocument reads in-process`, async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('files', 'dev-000.docx')));
    const [inWorker, inProcess] = await Promise.all([
      pool.read(bytes, { name: 'dev-000.docx' }),
      readDocument(bytes, { name: 'dev-000.docx' }),
    ]);
    expect(inWorker.forms).toHaveLength(22);
    expect(inWorker.forms.map((f) => f.record)).toEqual(inProcess.forms.map((f) => f.record));
  });

  it(`scores what it read in the thread, handing each score out once`, async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('files', 'dev-004.docx')));
    const { forms } = await pool.read(bytes, { name: 'dev-004.docx' });
    expect(forms.length).toBeGreaterThan(1);
    for (const { record } of forms) {
      expect(pool.takeScore(record)).toEqual(checkRecord(record));
      expect(pool.takeScore(record)).toBeUndefined();
    }
    expect(pool.takeScore(structuredClone(forms[0]!.record))).toBeUndefined();
    // Off (the LLM completes records after reading): nothing is scored in the thread.
    const unscored = new ReadPool(1, false);
    try {
      const read = await unscored.read(bytes, { name: 'dev-004.docx' });
      expect(read.forms.map((f) => unscored.takeScore(f.record))).toEqual(read.forms.map(() => undefined));
    } finally {
      await unscored.close();
    }
  });

  it('keeps the reader’s error class, code and Chinese message across the thread', async () => {
    const zipLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const error = await pool.read(zipLike, { name: 'broken.docx' }).catch((e: unknown) => e);
    const expected = await readDocument(zipLike, { name: 'broken.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormUnreadable);
    expect(error).toMatchObject({
      code: (expected as FormUnreadable).code,
      userMessage: (expected as FormUnreadable).userMessage,
    });
  });

  it('runs several reads at once and answers each with its own result', async () => {
    const files = ['dev-000.docx', 'x.txt', '000-001.docx', 'dev-004.xlsx', 'y.txt'].map((name) =>
      name.endsWith('.txt')
        ? new TextEncoder().encode(`${name} 不是自评表`)
        : new Uint8Array(readFileSync(fixturePath('files', name))),
    );
    const results = await Promise.allSettled(files.map((bytes) => pool.read(bytes)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.forms.length : 'error'))).toEqual([
      22,
      'error',
      1,
      9,
      'error',
    ]);
  });
});
