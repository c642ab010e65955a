import { readFileSync, readdirSync } from 'node:fs';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
const dir = '/work/shared/corpus/records';
const recs: any[] = [];
for (const f of readdirSync(dir)) recs.push(...JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
const vocab = vocabularyOf(recs.map((r) => ({ projectName: r.projectName, department: r.department, implementingUnit: r.implementingUnit, owner: r.owner, year: r.year })));
const qs = process.argv.slice(2).length ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const q of qs) {
  const p = parseQuestion(q, vocab, 2025);
  console.log(q, '\n  unplaced:', JSON.stringify(p.unplaced), '\n  query:', JSON.stringify(p.query)?.slice(0, 400), (p as any).echo ?? '');
}
