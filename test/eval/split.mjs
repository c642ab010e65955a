// The dev / holdout split, reproducible: a third of each category goes to holdout/, chosen by a seeded shuffle.
//   node test/eval/split.mjs questions [NEW.mjs]   re-splits the question lines of dev/questions.mjs + holdout/questions.mjs
//                                                  (+ the lines of NEW.mjs; one with an existing id replaces that line)
//   node test/eval/split.mjs dialogues   re-splits the dialogue files of dev/dialogues/ + holdout/dialogues/
// Running it again gives the same split (the set is sorted by id before the shuffle), so it only moves what was added.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from './expected.mjs';

const say = (s) => process.stdout.write(`${s}\n`);

export const SEED = 20261202;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** items: [{ id, cat }] → Set of ids for the holdout: round(n/3) per category, seeded Fisher–Yates per category. */
export function holdoutIds(items) {
  const rnd = mulberry32(SEED);
  const byCat = new Map();
  for (const it of [...items].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!byCat.has(it.cat)) byCat.set(it.cat, []);
    byCat.get(it.cat).push(it.id);
  }
  const out = new Set();
  for (const cat of [...byCat.keys()].sort()) {
    const ids = byCat.get(cat);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    for (const id of ids.slice(0, Math.round(ids.length / 3))) out.add(id);
  }
  return out;
}

const entryRe = /^\s*\{ id: "([^"]+)", cat: "([^"]+)"/;

/** The head of a part's question file: the imports its lines use, from the two helper modules. */
async function questionHead(part, body) {
  // names used as code, not inside the quoted ids, categories and questions (a category `zz-blank` is not `blank`)
  const code = body.replace(/"[^"\n]*"/g, '""');
  const uses = (name) => new RegExp(`\\b${name}\\b`).test(code);
  const corpus = Object.keys(await import('./lib/corpus.mjs')).filter((n) => n !== 'rate' && uses(n));
  const short = Object.keys(await import('./lib/shorthands.mjs')).filter(uses);
  return [
    `// Portfolio questions of the user-perspective evaluation set (${part} part): one question per line, its expectation`,
    "// computed from ../shared/corpus/records by ../lib (run ../expected.mjs). Written from a finance clerk's point of view",
    '// without reading the parser. The split between dev/ and holdout/ is made by ../split.mjs (seeded, by category).',
    `import { ${corpus.sort().join(', ')} } from '../lib/corpus.mjs';`,
    `import { ${short.sort().join(', ')} } from '../lib/shorthands.mjs';`,
    '',
    '// biome-ignore format: one question per line, so split.mjs can move lines between the parts',
    'export const questions = [',
  ].join('\n');
}

async function splitQuestions(inputs) {
  // by id: a line of a new file with an id that exists already replaces it (to correct an expectation)
  const byId = new Map();
  for (const [k, file] of inputs.entries()) {
    if (!existsSync(file)) continue;
    // the part a line is in now (the first two inputs are dev and holdout; the rest are new lines)
    const was = k === 0 ? 'dev' : k === 1 ? 'holdout' : null;
    for (const l of readFileSync(file, 'utf8').split('\n')) {
      const m = entryRe.exec(l);
      if (m) byId.set(m[1], { id: m[1], cat: m[2], line: l, was: byId.get(m[1])?.was ?? was });
    }
  }
  const entries = [...byId.values()];
  const hold = holdoutIds(entries);
  // The shuffle draws from one seeded stream, category after category in name order: a new category whose name sorts
  // before an existing one, or a grown category, moves lines that were already split. Say so, since a line that moves
  // from dev to holdout has been seen while tuning.
  const moved = entries.filter((e) => e.was && e.was !== (hold.has(e.id) ? 'holdout' : 'dev'));
  if (moved.length)
    say(`warning: ${moved.length} existing lines change part: ${moved.map((e) => e.id).join(' ')}`);
  for (const part of ['dev', 'holdout']) {
    const mine = entries
      .filter((e) => hold.has(e.id) === (part === 'holdout'))
      .sort((a, b) => a.id.localeCompare(b.id));
    const body = mine.map((e) => e.line).join('\n');
    mkdirSync(join(evalDir, part), { recursive: true });
    writeFileSync(join(evalDir, part, 'questions.mjs'), `${await questionHead(part, body)}\n${body}\n];\n`);
    say(`${part}: ${mine.length} questions`);
  }
}

function splitDialogues() {
  const all = [];
  for (const part of ['dev', 'holdout']) {
    const dir = join(evalDir, part, 'dialogues');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.json')) continue;
      const { id, cat } = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      all.push({ id, cat, part, f });
    }
  }
  const hold = holdoutIds(all);
  for (const d of all) {
    const want = hold.has(d.id) ? 'holdout' : 'dev';
    if (want === d.part) continue;
    mkdirSync(join(evalDir, want, 'dialogues'), { recursive: true });
    renameSync(join(evalDir, d.part, 'dialogues', d.f), join(evalDir, want, 'dialogues', d.f));
  }
  say(`holdout: ${hold.size} of ${all.length} dialogues`);
}

const what = process.argv[2];
if (what === 'questions') {
  const extra = process.argv.slice(3); // a file of new question lines to add before splitting
  await splitQuestions([
    join(evalDir, 'dev', 'questions.mjs'),
    join(evalDir, 'holdout', 'questions.mjs'),
    ...extra,
  ]);
} else if (what === 'dialogues') splitDialogues();
else say('usage: node test/eval/split.mjs questions [NEW.mjs] | dialogues');
