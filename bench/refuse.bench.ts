/**
 * Refuse rather than guess (issue 12), on real forms: how many dev readings come out with a section marked unread
 * (every text file, every office file of files/ and files-faithful/), and how many reference records the
 * record-level checks of src/extract/confidence.ts would doubt. Both must be 0 on correct readings; any reading
 * listed must be a real misreading.
 *
 *   npm run bench -- refuse
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  fundsColumnsShifted,
  indicatorColumnsShifted,
  indicatorsUnreadable,
  numberColumnsSwapped,
} from '../src/extract/confidence.ts';
import { readDocument } from '../src/ingest/read-document.ts';
import type { FormRecord, Indicator } from '../src/record/record.ts';
import { CORPUS_DIR, corpusPath, hasCorpus } from '../test/helpers/corpus.ts';

const UNREAD_NOTE = /未读取/;

export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { refuse: `skipped: ../shared/corpus not found at ${CORPUS_DIR}` };
  const inputs = [
    ...readdirSync(corpusPath('text')).map((f) => `text/${f}`),
    ...readdirSync(corpusPath('files'))
      .filter((f) => /\.(docx|xlsx|pdf)$/.test(f))
      .map((f) => `files/${f}`),
    ...readdirSync(corpusPath('files-faithful'))
      .filter((f) => /\.(docx|xlsx|pdf)$/.test(f))
      .map((f) => `files-faithful/${f}`),
  ].sort();
  let readings = 0;
  const unread: string[] = [];
  const byGroup: Record<string, number> = {};
  for (const input of inputs) {
    const forms = (await readDocument(new Uint8Array(readFileSync(corpusPath(input))))).forms;
    const group = input.split('/')[0]!;
    byGroup[group] = (byGroup[group] ?? 0) + forms.length;
    readings += forms.length;
    forms.forEach((form, i) => {
      if (!form.record.unreadSections?.length) return;
      const note = form.notes.find((n) => UNREAD_NOTE.test(n)) ?? '';
      unread.push(`${input}#${i} ${form.record.unreadSections.join('+')}: ${note}`);
    });
  }
  // the record-level checks on the reference records themselves (right by construction or by hand)
  const doubted: string[] = [];
  let references = 0;
  for (const f of readdirSync(corpusPath('records')).filter((f) => /^dev-\d+\.json$/.test(f))) {
    const records = JSON.parse(readFileSync(corpusPath('records', f), 'utf8')) as (FormRecord & {
      id: string;
    })[];
    for (const r of records) {
      references++;
      const indicators = r.indicators as Indicator[];
      const budget = { weight: r.funds.total.weight.value, score: r.funds.total.score.value };
      const funds = [r.funds.total, r.funds.fiscal, r.funds.carryOver, r.funds.other];
      const why = [
        indicatorsUnreadable(indicators) && 'text in 分值/得分',
        numberColumnsSwapped({ ...r, indicators, budget }) && '分值/得分 swapped',
        indicatorColumnsShifted({ ...r, indicators, budget }),
        fundsColumnsShifted(funds),
      ].filter(Boolean);
      if (why.length > 0) doubted.push(`${r.id}: ${why.join(', ')}`);
    }
  }
  return {
    'dev readings': `${readings} (${Object.entries(byGroup)
      .map(([g, n]) => `${g} ${n}`)
      .join(', ')})`,
    'readings with a section unread': unread.length,
    ...(unread.length > 0 ? { unread: unread.slice(0, 20).join(' | ') } : {}),
    'reference records': references,
    'reference records doubted': doubted.length,
    ...(doubted.length > 0 ? { doubted: doubted.slice(0, 20).join(' | ') } : {}),
  };
}
