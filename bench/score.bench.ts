import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formRecordSchema } from '../src/record/record.ts';
import { checkRecord } from '../src/score/check.ts';
import { corpusPath, hasCorpus, referenceRecords, textFiles } from '../test/helpers/corpus.ts';

/** Scoring throughput: checkRecord over every corpus reference record (169 + the 4 single-form files), repeated. */
export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { score: 'skipped: no corpus' };
  const records = [
    ...textFiles().flatMap((f) => referenceRecords(f)),
    ...['000-001', '002-001', '003-010', '004-001'].map((id) =>
      JSON.parse(readFileSync(corpusPath('files', `${id}.json`), 'utf8')),
    ),
  ].map((r) => formRecordSchema.parse(r));
  for (const r of records) checkRecord(r); // warm-up
  const rounds = 200;
  let findings = 0;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) for (const r of records) findings += checkRecord(r).findings.length;
  const seconds = (performance.now() - started) / 1000;
  return {
    'score records/s': Math.round((records.length * rounds) / seconds),
    'score µs/record': Math.round(((seconds * 1e6) / (records.length * rounds)) * 10) / 10,
    'score records per pass': records.length,
    'score findings per pass': findings / rounds,
  };
}
