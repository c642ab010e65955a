// The user-perspective evaluation: drives `jixiao chat --json` as a finance clerk would and grades every answer.
//   node test/eval/run.mjs --part dev|holdout|para|shapes|unseen|fresh|novel|wide|clerk|office|voice|brief|review|report|spot|close|mirror|twin|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twentyfirst|twentysecond|twentyfourth|twentyfifth|twentythird|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth|thirtyfirst|thirtysecond|thirtythird|thirtyfourth|thirtyfifth|thirtysixth|thirtyseventh|thirtyeighth|thirtyninth|fortieth|fortyfirst|fortysecond|fortythird|fortyfourth|fortyfifth|fortysixth|fortyseventh|fortyeighth|fortyninth|fiftieth|fiftyfirst|fiftysecond|fiftythird|fiftyfourth|fiftyfifth|fiftysixth|fiftyseventh|fiftyeighth|sealed2|sealed [--questions|--dialogues] [--out FILE] [--only ID,ID] [--summary] [--isolated]
// Needs ../shared beside the repository (the corpus); prints "skipped: no ../shared" otherwise.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { computeExpected, defaultCorpus, evalDir } from './expected.mjs';
import { grade } from './grade.mjs';

const say = (s) => process.stdout.write(`${s}\n`);

const repoRoot = resolve(evalDir, '../..');
const GRADES = ['right', 'partly', 'wrong', 'not understood'];
const PARTS = [
  'dev',
  'holdout',
  'para',
  'shapes',
  'unseen',
  'fresh',
  'novel',
  'wide',
  'clerk',
  'office',
  'voice',
  'brief',
  'review',
  'report',
  'spot',
  'close',
  'mirror',
  'twin',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twentyfirst',
  'twentysecond',
  'twentyfourth',
  'twentyfifth',
  'twentythird',
  'twentysixth',
  'twentyseventh',
  'twentyeighth',
  'twentyninth',
  'thirtieth',
  'thirtyfirst',
  'thirtysecond',
  'thirtythird',
  'thirtyfourth',
  'thirtyfifth',
  'thirtysixth',
  'thirtyseventh',
  'thirtyeighth',
  'thirtyninth',
  'fortieth',
  'fortyfirst',
  'fortysecond',
  'fortythird',
  'fortyfourth',
  'fortyfifth',
  'fortysixth',
  'fortyseventh',
  'fortyeighth',
  'fortyninth',
  'fiftieth',
  'fiftyfirst',
  'fiftysecond',
  'fiftythird',
  'fiftyfourth',
  'fiftyseventh',
  'fiftyeighth',
  'fiftyfifth',
  'fiftysixth',
  'sealed2',
  'sealed',
];
// A blind part is read by its per-category figures only: its questions are never printed, whoever runs it (a tuner who
// saw its failing lines could no longer measure on it). Its report file is written all the same, for its author.
const BLIND = new Set([
  'sealed',
  'sealed2',
  'twentythird',
  'twentyseventh',
  'fortyfourth',
  'fortyeighth',
  'fortyninth',
  'fiftythird',
  'fiftyfourth',
  'fiftyseventh',
  'fiftyeighth',
]);

function parseArgs(argv) {
  const a = {
    part: 'dev',
    questions: false,
    dialogues: false,
    out: null,
    only: null,
    keep: false,
    regrade: null,
    isolated: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--part') a.part = argv[++i];
    else if (k === '--questions') a.questions = true;
    else if (k === '--dialogues') a.dialogues = true;
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--only') a.only = new Set(argv[++i].split(','));
    else if (k === '--keep') a.keep = true;
    else if (k === '--regrade') a.regrade = argv[++i];
    else if (k === '--verbose') a.verbose = true;
    else if (k === '--summary') a.summary = true;
    else if (k === '--isolated') a.isolated = true;
    else throw new Error(`unknown argument ${k}`);
  }
  if (!PARTS.includes(a.part)) throw new Error(`--part ${PARTS.join('|')}`);
  if (BLIND.has(a.part)) a.summary = true;
  if (!a.questions && !a.dialogues) a.questions = a.dialogues = true;
  return a;
}

/** Runs `jixiao chat --json --admin` over the given input lines at once; returns the reply objects and the forms. */
export function chatBatch(lines, dataDir) {
  return new Promise((res, rej) => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin/jixiao.js'), 'chat', '--json', '--admin', '--data-dir', dataDir],
      {
        cwd: repoRoot,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      },
    );
    let out = '';
    let err = '';
    // decoded as a stream: a chunk may end inside a character (a 200 kB forms line spans many chunks)
    child.stdout.setEncoding('utf8').on('data', (b) => (out += b));
    child.stderr.setEncoding('utf8').on('data', (b) => (err += b));
    child.on('error', rej);
    child.on('close', (code) => {
      const objs = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      const forms = objs.find((o) => Array.isArray(o.forms))?.forms ?? null;
      res({ code, replies: objs.filter((o) => !Array.isArray(o.forms)), forms, stderr: err });
    });
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

export const corpusTexts = (corpusDir) =>
  readdirSync(join(corpusDir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(corpusDir, 'text', f));

function tally(items) {
  const by = {};
  const total = Object.fromEntries(GRADES.map((g) => [g, 0]));
  for (const it of items) {
    by[it.cat] ??= Object.fromEntries(GRADES.map((g) => [g, 0]));
    by[it.cat][it.grade]++;
    total[it.grade]++;
  }
  return { total, byCategory: by, n: items.length };
}

function printTally(title, t) {
  const pct = (x) => (t.n ? ((100 * x) / t.n).toFixed(1) : '0.0');
  say(
    `\n${title}: ${t.total.right}/${t.n} right (${pct(t.total.right)} %), ${t.total.partly} partly, ${t.total.wrong} wrong, ${t.total['not understood']} not understood`,
  );
  for (const [cat, c] of Object.entries(t.byCategory).sort()) {
    const n = GRADES.reduce((s, g) => s + c[g], 0);
    say(
      `  ${cat.padEnd(12)} ${String(c.right).padStart(3)}/${String(n).padEnd(3)} right  ${c.partly} partly  ${c.wrong} wrong  ${c['not understood']} not understood`,
    );
  }
}

async function runQuestions(args, corpusDir) {
  let qs = await computeExpected(args.part, corpusDir);
  if (args.only) qs = qs.filter((q) => args.only.has(q.id));
  const uploads = corpusTexts(corpusDir).map((f) => `/upload ${f}`);
  if (args.regrade) {
    // grade the replies of an earlier report again (after a grader fix), without running the bot
    const old = JSON.parse(readFileSync(args.regrade, 'utf8')).questions.items;
    const byId = new Map(old.map((it) => [it.id, it.replies]));
    const items = qs.map((q) => {
      const mine = byId.get(q.id) ?? [];
      const g = mine.length ? grade(q.expect, mine) : { grade: 'wrong', why: 'no reply' };
      return { id: q.id, cat: q.cat, q: q.q, grade: g.grade, why: g.why, expect: q.expect, replies: mine };
    });
    const t = tally(items);
    printTally(`questions (${args.part}, regraded)`, t);
    return { ...t, items };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'jx-eval-q-'));
  const started = Date.now();
  // a follow-up (pre) is asked right after its lead question, in the same chat; only the follow-up is graded
  const lines = [...uploads];
  const inputOf = [];
  for (const q of qs) {
    // --isolated: every question (with its lead) in a chat of its own, as if asked first — set against the one-chat
    // run, it shows where a question meant to stand alone was read against the one before it
    if (args.isolated) lines.push('重新开始');
    if (q.pre) lines.push(q.pre.replace(/\n/g, ' '));
    lines.push(q.q.replace(/\n/g, ' '));
    inputOf.push(lines.length); // 1-based input number of the graded line
  }
  const { code, replies, stderr } = await chatBatch(lines, dataDir);
  if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
  if (code !== 0) say(`jixiao chat exited ${code}: ${stderr.slice(-2000)}`);
  const items = qs.map((q, i) => {
    const input = inputOf[i];
    const mine = replies.filter((r) => r.input === input);
    const g = mine.length ? grade(q.expect, mine) : { grade: 'wrong', why: 'no reply' };
    return {
      id: q.id,
      cat: q.cat,
      ...(q.pre ? { pre: q.pre } : {}),
      q: q.q,
      grade: g.grade,
      why: g.why,
      expect: q.expect,
      replies: mine,
    };
  });
  const t = tally(items);
  printTally(`questions (${args.part})`, t);
  if (!args.summary)
    for (const it of items.filter((x) => x.grade !== 'right'))
      say(`  ${it.grade.padEnd(14)} ${it.id}  ${it.q}  — ${it.why}`);
  return { ...t, seconds: (Date.now() - started) / 1000, items };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const corpusDir = process.env.JIXIAO_EVAL_CORPUS ?? defaultCorpus;
  if (!existsSync(join(corpusDir, 'records')) || !existsSync(join(corpusDir, 'text'))) {
    say('skipped: no ../shared');
    return;
  }
  const report = { part: args.part, at: new Date().toISOString() };
  if (args.questions) report.questions = await runQuestions(args, corpusDir);
  if (args.dialogues) {
    const { runDialogues } = await import('./dialogues.mjs');
    report.dialogues = await runDialogues(args, corpusDir, { tally, printTally });
  }
  const out = args.out ?? join(evalDir, 'out', `report-${args.part}.json`);
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  say(`\nreport: ${out}`);
}

// only when run, not when imported (perturb.mjs imports chatBatch)
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
