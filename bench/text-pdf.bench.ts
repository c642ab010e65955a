import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readPdfText } from '../src/ingest/text-pdf.ts';
import { corpusPath, hasCorpus, textFiles } from '../test/helpers/corpus.ts';

/** pdf-text reading speed: the pdftotext corpus file (003) read many times. */
export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { 'pdf-text': 'skipped: no corpus' };
  const file = textFiles().find((f) => f.startsWith('003_'));
  if (!file) return { 'pdf-text': 'skipped: no pdf-text file' };
  const text = readFileSync(corpusPath('text', file), 'utf8');
  for (let i = 0; i < 3; i++) readPdfText(text); // warm-up
  const rounds = 20;
  let forms = 0;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) forms += readPdfText(text).length;
  const seconds = (performance.now() - started) / 1000;
  return {
    'pdf-text forms/s': Math.round(forms / seconds),
    'pdf-text MB/s': Math.round(((Buffer.byteLength(text) * rounds) / 1048576 / seconds) * 10) / 10,
    'pdf-text forms per pass': forms / rounds,
  };
}
