/**
 * Acceptance figures of issue 11 over the dev forms: `npx tsx test/score/report.ts [records.json …]`
 * (default: every ../shared/corpus/records/*.json). Prints the counts per code as well.
 * `--scorer DIR` prints only the counts per code of the checkout in DIR (e.g. the first round:
 * `git worktree add /tmp/first f7842f8 && ln -s $PWD/node_modules /tmp/first/ && npx tsx test/score/report.ts --scorer /tmp/first`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FormRecord, formRecordSchema } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { FINDING_CODES } from '../../src/score/types.ts';
import { corpusPath, hasCorpus, NO_CORPUS } from '../helpers/corpus.ts';
import { consistentAsFilled, findingsPerPlace, fixesHold } from './acceptance.ts';

function load(files: string[]): FormRecord[] {
  return files.flatMap((f) => {
    const data = JSON.parse(readFileSync(f, 'utf8')) as unknown;
    return (Array.isArray(data) ? data : [data]).map((r) => formRecordSchema.parse(r));
  });
}

const argv = process.argv.slice(2);
const at = argv.indexOf('--scorer');
const scorerDir = at >= 0 ? argv[at + 1] : undefined;
const args = at >= 0 ? argv.filter((_, k) => k !== at && k !== at + 1) : argv;
const check: typeof checkRecord = scorerDir
  ? ((await import(join(scorerDir, 'src/score/check.ts'))) as { checkRecord: typeof checkRecord }).checkRecord
  : checkRecord;
if (args.length === 0 && !hasCorpus) {
  process.stdout.write(`${NO_CORPUS}\n`);
  process.exit(0);
}
const dir = corpusPath('records');
const files = args.length
  ? args
  : readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f));
const records = load(files);

let above = 0;
let consistent = 0;
let consistentKept = 0;
let maxPerPlace = 0;
let fixOk = 0;
const fixFailures: string[] = [];
const counts = new Map<string, { n: number; forms: Set<string>; severity: string }>();
let withError = 0;
for (const r of records) {
  const res = check(r);
  if (res.findings.some((f) => f.severity === 'error')) withError++;
  if (scorerDir) {
    for (const f of res.findings) {
      const c = counts.get(f.code) ?? { n: 0, forms: new Set<string>(), severity: f.severity };
      c.n++;
      c.forms.add(r.id ?? '?');
      counts.set(f.code, c);
    }
    continue;
  }
  const id = r.id ?? '?';
  const t = res.score.total;
  if (t.computed !== null && t.computed > t.weight + 1e-9) above++;
  if (consistentAsFilled(r)) {
    consistent++;
    if (t.computed === r.totalScore && !res.findings.some((f) => f.severity === 'error')) consistentKept++;
    else fixFailures.push(`${id}: consistent as filled but ${t.computed} / errors`);
  }
  maxPerPlace = Math.max(maxPerPlace, findingsPerPlace(res).max);
  const fix = fixesHold(r);
  if (fix.ok) fixOk++;
  else fixFailures.push(`${id}: ${fix.problems.join('; ')}`);
  for (const f of res.findings) {
    const c = counts.get(f.code) ?? { n: 0, forms: new Set<string>(), severity: f.severity };
    c.n++;
    c.forms.add(id);
    counts.set(f.code, c);
  }
}

const out: string[] = [];
out.push(`forms: ${records.length} (${files.map((f) => f.split('/').at(-1)).join(', ')})`);
out.push(`scorer: ${scorerDir ?? 'this checkout'}; forms with an error: ${withError}`);
if (!scorerDir) {
  out.push(`computed total above the total weight: ${above}`);
  out.push(`consistent as filled: ${consistent}; kept their stated total with no error: ${consistentKept}`);
  out.push(`max findings per place: ${maxPerPlace}`);
  out.push(`fix-application property holds: ${fixOk} of ${records.length}`);
}
out.push('', 'code                          findings  forms  severity');
let total = 0;
for (const code of FINDING_CODES) {
  const c = counts.get(code);
  if (!c) continue;
  total += c.n;
  out.push(`${code.padEnd(30)}${String(c.n).padStart(8)}${String(c.forms.size).padStart(7)}  ${c.severity}`);
}
out.push(`${'all'.padEnd(30)}${String(total).padStart(8)}`);
if (fixFailures.length) out.push('', 'failures:', ...fixFailures.map((f) => `  ${f}`));
process.stdout.write(`${out.join('\n')}\n`);
