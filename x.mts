import { readdirSync, readFileSync } from 'node:fs';
import { parseQuestion } from './src/query/parse.ts';
import { vocabularyOf } from './src/query/vocabulary.ts';
const dir = '/work/shared/corpus/records';
const recs: any[] = [];
for (const f of readdirSync(dir)) for (const r of JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))) recs.push(r);
const vocab = vocabularyOf(recs);
for (const q of process.argv.slice(2)) {
  const p = parseQuestion(q, vocab, 2025);
  console.log('##', q); console.log(JSON.stringify({ query: p.query, unplaced: p.unplaced, echo: (p as any).echo }, null, 0).slice(0, 1500));
}
