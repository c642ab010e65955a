/**
 * Same form, same reading (issue 12): a form's record depends on its file only, never on what else the store
 * holds. The dev dialogue that showed a 二级指标 read differently was the evaluation runner decoding the CLI's
 * output chunk by chunk (a chunk ending inside a character gave `经济��益`); the reader, the bot and the store
 * are checked here, by uploading one form alone and after the whole corpus subset.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import type { Store } from '../../src/store/store.ts';
import { fixturePath, fixtureTextFiles } from '../helpers/corpus.ts';
import { createHarness } from './harness.ts';

const files = fixtureTextFiles();
const corpus = files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(fixturePath('text', f))) }));

/** One form of a word-text file, cut out as a user would paste it alone (the second form: not the file's start). */
function singleForm(): Uint8Array {
  const text = readFileSync(fixturePath('text', files.find((f) => f.startsWith('000'))!), 'utf8');
  const part = text.split(/^(?=\t项目支出绩效自评表\s*$)/m)[2];
  if (!part) throw new Error('no second form');
  return new TextEncoder().encode(part);
}

/** The record of the form uploaded alone (the only form of its upload) with this project name. */
async function storedAlone(store: Store, projectName: string) {
  const summaries = await store.listForms({ limit: 10_000 });
  const forms = await store.getForms(summaries.map((s) => s.id));
  const perUpload = new Map<string | null, number>();
  for (const f of forms) perUpload.set(f.uploadId, (perUpload.get(f.uploadId) ?? 0) + 1);
  const alone = forms.filter((f) => f.projectName === projectName && perUpload.get(f.uploadId) === 1);
  expect(alone).toHaveLength(1);
  return alone[0]!.record;
}

describe('a form uploaded alone and after the whole corpus', () => {
  it('gives the same record, the one its file alone gives', async () => {
    const bytes = singleForm();
    const direct = (await readDocument(bytes)).forms;
    expect(direct).toHaveLength(1);
    const projectName = direct[0]!.record.projectName!;

    const first = await createHarness();
    await first.chat.upload('表.txt', bytes);
    const alone = await storedAlone(first.store, projectName);

    const second = await createHarness();
    for (const file of corpus) await second.chat.upload(file.name, file.bytes);
    await second.chat.upload('表.txt', bytes);
    const after = await storedAlone(second.store, projectName);

    expect(after).toEqual(alone);
    expect(alone.indicators).toEqual(direct[0]!.record.indicators);
    expect(JSON.stringify(after)).not.toContain('\uFFFD');
  }, 120_000);
});
