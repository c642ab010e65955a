import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readDocument } from '../src/ingest/read-document.ts';
import { checkRecord } from '../src/score/check.ts';
import { corpusPath, hasCorpus, textFiles } from '../test/helpers/corpus.ts';

/** Issue target: reading + scoring the whole text corpus (both layouts) at ≥ 500 forms/s on one core. */
export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { 'read+score': 'skipped: no corpus' };
  const files = textFiles().map((f) => new Uint8Array(readFileSync(corpusPath('text', f))));
  const pass = async () => {
    let forms = 0;
    for (const bytes of files) {
      for (const form of (await readDocument(bytes)).forms) {
        checkRecord(form.record);
        forms++;
      }
    }
    return forms;
  };
  for (let i = 0; i < 3; i++) await pass(); // warm-up
  const rounds = 20;
  let forms = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < rounds; i++) forms += await pass();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  return {
    'text corpus read+score forms/s': Math.round(forms / seconds),
    'text corpus read+score forms/cpu-s': Math.round(forms / ((cpu.user + cpu.system) / 1e6)),
    'forms per pass': forms / rounds,
  };
}
