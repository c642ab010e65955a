import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readWordText } from '../src/ingest/text-word.ts';
import { corpusPath, hasCorpus, textFiles } from '../test/helpers/corpus.ts';

/** Word-text reading speed: the whole word-text corpus (000, 001, 002, 004) read many times. */
export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { 'word-text': 'skipped: no corpus' };
  const texts = textFiles()
    .filter((f) => /^00[0124]_/.test(f))
    .map((f) => readFileSync(corpusPath('text', f), 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const readAll = () => texts.reduce((n, t) => n + readWordText(t).length, 0);
  for (let i = 0; i < 5; i++) readAll(); // warm-up
  const rounds = 50;
  let forms = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < rounds; i++) forms += readAll();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU time as well: wall time is noisy on a shared machine
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    'word-text forms/s': Math.round(forms / seconds),
    'word-text forms/cpu-s': Math.round(forms / cpuSeconds),
    'word-text MB/s': Math.round((bytes * rounds) / 1048576 / seconds),
    'forms per pass': forms / rounds,
  };
}
