// A robustness probe: every question a tuning part's report grades "right" is reworded mechanically, as a user might
// reword it without changing its meaning, asked again through the bot exactly as run.mjs asks it (every corpus form
// uploaded, a follow-up asked after its lead question) and graded against the expectation the report holds for it.
//   node test/eval/perturb.mjs [--reports DIR] [--parts dev,wide,…] [--kinds de-drop,…] [--recheck OUT.json]
//                              [--out FILE] [--list] [--no-context]
// --reports: where main-<part>.json are (default /work/evalout, else test/eval/out/report-<part>.json);
// --recheck: ask again only the pairs that broke in an earlier probe's output (quick check after a fix);
// each perturbed question is asked right after the line the runner asked before it (its lead, else the question
// before it in the part), so that the chat's context is the one the base question was answered in;
// --list: print the perturbed questions without asking them; --no-context: ask each question with no line before it
// (half the time; a follow-up then has nothing to follow, its lead question is still asked).
// Prints, per perturbation, how many right questions it applies to and how many break (partly / not understood /
// wrong); the output file holds every broken pair with its replies.
// The perturbations are fixed and mechanical (never tuned to pass): each is applied where its shape is found, outside
// any stored name (project, office or person), and leaves the question unchanged otherwise (then it is not asked).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCorpus, evalDir } from './expected.mjs';
import { grade } from './grade.mjs';
import { loadRecords, norm } from './lib/corpus.mjs';
import { chatBatch, corpusTexts } from './run.mjs';

const say = (s) => process.stdout.write(`${s}\n`);
const PARTS = ['dev', 'wide', 'holdout', 'novel', 'unseen', 'fresh'];
const HAN = /\p{Script=Han}/u;

// ---- stored names: never perturbed inside, and what a scope is ----
const corpusDir = process.env.JIXIAO_EVAL_CORPUS ?? defaultCorpus;
const records = loadRecords(corpusDir) ?? [];
const projectNames = [...new Set(records.map((r) => norm(r.projectName)).filter(Boolean))];
const scopeNames = [
  ...new Set(records.flatMap((r) => [r.department, r.implementingUnit, r.owner].map(norm)).filter(Boolean)),
];
const allNames = [...projectNames, ...scopeNames].join('\n');

/** Spans of the question that are a piece (4 characters or more) of a stored name: perturbations leave them alone. */
function protectedMask(raw) {
  // compared as the names are stored (full-width folded), one character for one
  const q = [...raw].map((c) => (c.normalize('NFKC').length === 1 ? c.normalize('NFKC') : c)).join('');
  const mask = new Array(q.length).fill(false);
  for (let i = 0; i < q.length; i++) {
    let end = i;
    for (let j = i + 4; j <= q.length; j++) {
      if (allNames.includes(q.slice(i, j))) end = j;
      else break;
    }
    for (let k = i; k < end; k++) mask[k] = true;
  }
  return mask;
}
const freeAt = (mask, i, len) => mask.slice(i, i + len).every((m) => !m);

/** Replaces every match of re (global) that lies outside stored names with f(match). */
function replaceFree(q, re, f) {
  const mask = protectedMask(q);
  return q.replace(re, (...a) => {
    const m = a[0];
    const at = a[a.length - 2];
    return freeAt(mask, at, m.length) ? f(...a) : m;
  });
}

/** Two Han characters that stand inside some stored office or person name: the end of a scope before 的 / 项目. */
const scopeEnd = (two) =>
  two.length === 2 && [...two].every((c) => HAN.test(c)) && scopeNames.some((n) => n.includes(two));

// ---- the perturbations ----
const WHICH_ASK = /哪些/;
const P = {
  // 大红门的项目 → 大红门项目
  'de-drop': (q) =>
    replaceFree(q, /(\p{Script=Han}{2})的(项目|表)/gu, (m, a, b) => (scopeEnd(a) ? `${a}${b}` : m)),
  // 大红门项目 → 大红门的项目
  'de-add': (q) =>
    replaceFree(q, /(\p{Script=Han}{2})(项目|表)/gu, (m, a, b) =>
      scopeEnd(a) && !a.endsWith('的') ? `${a}的${b}` : m,
    ),
  // a leading clause after the question word, or a condition after 哪些项目 before it
  move: (q) => {
    const tail = /[？?。]?$/;
    const end = q.match(tail)[0];
    const body = q.slice(0, q.length - end.length);
    let m = body.match(/^(\p{Script=Han}[^，,。？?]*?)哪些(项目)([^，,。？?]+)$/u);
    if (m) return `哪些${m[1]}的项目${m[3]}${end}`;
    m = body.match(/^哪些(项目)([^，,。？?]+)$/u);
    if (m) return `${m[2]}的项目有哪些${end}`;
    m = body.match(/^([^，,。？?]+?)的(?:项目)?有哪些(?:项目)?$/u);
    if (m) return `有哪些${m[1]}的项目${end}`;
    m = body.match(/^([^，,。？?]+?)的(?:项目)?有(几个|多少个)(?:项目)?$/u);
    if (m) return `有${m[2]}${m[1]}的项目${end}`;
    return q;
  },
  'xm-shixiang': (q) => replaceFree(q, /项目(?!负责人|名称|支出)/g, () => '事项'),
  'xm-xiang': (q) =>
    replaceFree(
      replaceFree(q, /个项目/g, () => '项'),
      /哪些项目/g,
      () => '哪些项',
    ),
  'which-jige': (q) => (WHICH_ASK.test(q) ? replaceFree(q, /哪些/g, () => '哪几个') : q),
  'which-shenme': (q) => (WHICH_ASK.test(q) ? replaceFree(q, /哪些/g, () => '什么') : q),
  // a count: 多少个 / 有多少项 → 几个 / 有几项
  'duoshao-ji': (q) => replaceFree(q, /多少(个|项|条|张|家|名|位)/g, (_m, w) => `几${w}`),
  'space-num': (q) =>
    replaceFree(q, /(\p{Script=Han})(\d[\d.,]*%?)|(\d%?)(?=\p{Script=Han})/gu, (_m, h, n, d) =>
      h ? `${h} ${n}` : `${d} `,
    ).replace(/(\p{Script=Han}) (\d[\d.,]*%?)(?=\p{Script=Han})/gu, '$1 $2 '),
  'full-width': (q) =>
    q
      .replace(/[0-9%?,:;()!]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .replace(/\./g, (c, i, s) => (/\d/.test(s[i - 1] ?? '') ? '．' : c)),
  'half-width': (q) =>
    q
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/，/g, ',')
      .replace(/。/g, '.')
      .replace(/、/g, ','),
  qingwen: (q) => (HAN.test(q) && !/^请问/.test(q) ? `请问${q}` : q),
  period: (q) => (HAN.test(q) && !/[。？?！!.]$/.test(q) ? `${q}。` : q),
  // after a verb of asking for figures, said as a verb (帮我统计, 请列出; never the 算 of 预算)
  yixia: (q) =>
    replaceFree(
      q,
      /(统计|汇总|查询|计算)(?!一下|下|表|局|人|站|所|科|员|处|报|数据)|(^|[，,。：:\s我请帮再你先要能给])(列出|查|看|算|找|排|列)(?![一下个了出来序名着过到在看查算找列排询护])/,
      (_m, two, pre, one) => (two ? `${two}一下` : `${pre}${one}一下`),
    ),
  'de-de': (q) => {
    const mask = protectedMask(q);
    const i = [...q].findIndex((c, k) => c === '的' && !mask[k]);
    if (i >= 0) return `${q.slice(0, i)}得${q.slice(i + 1)}`;
    const j = [...q].findIndex((c, k) => c === '得' && !mask[k]);
    return j >= 0 ? `${q.slice(0, j)}的${q.slice(j + 1)}` : q;
  },
};

function parseArgs(argv) {
  const a = {
    reports: '/work/evalout',
    parts: PARTS,
    kinds: Object.keys(P),
    recheck: null,
    out: null,
    list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--reports') a.reports = argv[++i];
    else if (k === '--parts') a.parts = argv[++i].split(',');
    else if (k === '--kinds') a.kinds = argv[++i].split(',');
    else if (k === '--recheck') a.recheck = argv[++i];
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--list') a.list = true;
    else if (k === '--no-context') a.context = false;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

function baseQuestions(a) {
  const out = [];
  for (const part of a.parts) {
    let f = join(a.reports, `main-${part}.json`);
    if (!existsSync(f)) f = join(evalDir, 'out', `report-${part}.json`);
    const items = JSON.parse(readFileSync(f, 'utf8')).questions.items;
    // the line the runner asked just before (the chat keeps context): asked before the perturbed question too
    items.forEach((it, i) => {
      const before = it.pre ?? items[i - 1]?.q;
      if (it.grade === 'right') out.push({ part, ...it, ...(before ? { before } : {}) });
    });
  }
  return out;
}

/** Asks every pair in one chat, as run.mjs does (a follow-up right after its lead), and grades each. */
async function ask(pairs) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jx-eval-q-'));
  const lines = corpusTexts(corpusDir).map((f) => `/upload ${f}`);
  const inputOf = [];
  for (const p of pairs) {
    if (p.before) lines.push(p.before.replace(/\n/g, ' '));
    lines.push(p.q2.replace(/\n/g, ' '));
    inputOf.push(lines.length);
  }
  const { code, replies, stderr } = await chatBatch(lines, dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  if (code !== 0) say(`jixiao chat exited ${code}: ${stderr.slice(-2000)}`);
  return pairs.map((p, i) => {
    const mine = replies.filter((r) => r.input === inputOf[i]);
    const g = mine.length ? grade(p.expect, mine) : { grade: 'wrong', why: 'no reply' };
    return { ...p, grade: g.grade, why: g.why, replies: mine };
  });
}

async function main() {
  const a = parseArgs(process.argv.slice(2));
  const pairs = [];
  const applies = {};
  const again = a.recheck
    ? new Set(JSON.parse(readFileSync(a.recheck, 'utf8')).broken.map((p) => `${p.kind} ${p.part} ${p.id}`))
    : null;
  for (const b of baseQuestions(a)) {
    const before = a.context ? b.before : b.pre;
    for (const kind of a.kinds) {
      const q2 = P[kind](b.q);
      if (q2 === b.q || (again && !again.has(`${kind} ${b.part} ${b.id}`))) continue;
      applies[kind] = (applies[kind] ?? 0) + 1;
      pairs.push({
        kind,
        part: b.part,
        id: b.id,
        ...(before ? { before } : {}),
        q: b.q,
        q2,
        expect: b.expect,
      });
    }
  }
  if (a.list) {
    for (const p of pairs) say(`${p.kind.padEnd(12)} ${p.id.padEnd(14)} ${p.q}  →  ${p.q2}`);
    return;
  }
  const started = Date.now();
  const graded = await ask(pairs);
  const broken = graded.filter((g) => g.grade !== 'right');
  say(`\n${pairs.length} perturbed questions in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  say(`${'kind'.padEnd(13)} applies  broken  partly  not-und  wrong`);
  let tot = [0, 0, 0, 0, 0];
  for (const kind of a.kinds) {
    const n = applies[kind] ?? 0;
    const b = broken.filter((g) => g.kind === kind);
    const c = ['partly', 'not understood', 'wrong'].map((g) => b.filter((x) => x.grade === g).length);
    tot = tot.map((t, i) => t + [n, b.length, ...c][i]);
    say(
      `${kind.padEnd(13)} ${String(n).padStart(7)} ${String(b.length).padStart(7)} ${c.map((x) => String(x).padStart(7)).join(' ')}`,
    );
  }
  say(`${'all'.padEnd(13)} ${tot.map((x) => String(x).padStart(7)).join(' ')}`);
  for (const g of broken) say(`  ${g.grade.padEnd(14)} ${g.kind.padEnd(12)} ${g.id}  ${g.q2}  — ${g.why}`);
  const out = a.out ?? join(evalDir, 'out', 'perturb.json');
  writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), applies, broken }, null, 1)}\n`);
  say(`\nreport: ${out}`);
}

await main();
