// Computes the expectation of every question of a part from ../shared/corpus/records only (never from the product):
//   node test/eval/expected.mjs [dev|holdout|shapes|unseen|fresh|novel|wide|clerk|office|voice|brief|review|report|spot|close|mirror|twin|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twentyfirst|twentysecond|twentyfourth|twentyfifth|twentythird|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth|thirtyfirst|thirtysecond|thirtythird|thirtyfourth|thirtyfifth|thirtysixth|thirtyseventh|thirtyeighth|thirtyninth|fortieth|fortyfirst|fortysecond|fortythird|fortyfourth|fortyfifth|fortysixth|fortyseventh|fortyeighth|fortyninth|fiftieth|fiftyfirst|fiftysecond|fiftythird|fiftyfourth|fiftysixth|sealed2]   → writes test/eval/out/expected-<part>.json (for reading; not committed)
// run.mjs calls computeExpected() itself, so the grading always uses expectations computed from the records.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRecords, makeExpect } from './lib/corpus.mjs';

const say = (s) => process.stdout.write(`${s}\n`);

export const evalDir = dirname(fileURLToPath(import.meta.url));
export const defaultCorpus = resolve(evalDir, '../../../shared/corpus');

export async function loadQuestions(part) {
  if (part === 'para') return paraphrasesOfDev();
  if (part === 'shapes') return newShapes();
  // unseen/: a second blind part (like holdout, never opened by tuners), one questions.mjs in the dev format
  if (part === 'unseen')
    return (await import(pathToFileURL(join(evalDir, 'unseen', 'questions.mjs')).href)).questions;
  // novel/: a third blind part (stop 28), loaded like unseen by the generic path below; never opened by tuners
  // fresh/: tuning material written blind at stop 25 (one questions.mjs in the dev format, not split); loaded like dev
  const mod = await import(pathToFileURL(join(evalDir, part, 'questions.mjs')).href);
  return mod.questions;
}

/**
 * The paraphrase part: dev questions asked again in other words (para/*.mjs, lines { id, cat, of, q, pre? }). A line
 * takes the expectation of the dev line it paraphrases (`of`), and that line's lead question unless it brings its own,
 * so a paraphrase is right exactly when it is answered as the original should be. Tuning material, like dev: it says
 * how far a fix reaches beyond the words it was made on; the holdout stays the measure.
 */
async function paraphrasesOfDev() {
  const dev = new Map((await loadQuestions('dev')).map((q) => [q.id, q]));
  const dir = join(evalDir, 'para');
  const files = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mjs')) : [];
  const lines = [];
  for (const f of files.sort()) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    lines.push(...mod.lines);
  }
  return lines.map((l) => {
    const original = dev.get(l.of);
    if (!original) throw new Error(`paraphrase ${l.id}: no dev question ${l.of}`);
    const pre = l.pre ?? original.pre;
    return { id: l.id, cat: l.cat, ...(pre ? { pre } : {}), q: l.q, expect: original.expect };
  });
}

/**
 * The shapes part: new questions (not paraphrases) in the shapes of the categories the holdout scored lowest on, written
 * by further blind authors with their own expectations (shapes/*.mjs, each exporting `questions` in the dev format).
 * Tuning material like dev and para; the holdout stays the measure.
 */
async function newShapes() {
  const dir = join(evalDir, 'shapes');
  const files = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mjs')) : [];
  const questions = [];
  for (const f of files.sort()) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    questions.push(...mod.questions);
  }
  const ids = new Set();
  for (const q of questions) {
    if (ids.has(q.id)) throw new Error(`shapes: question id ${q.id} twice`);
    ids.add(q.id);
  }
  return questions;
}

/** [{ id, cat, pre?, q, expect }] with expect a plain object (kinds in README). null when the corpus is absent. */
export async function computeExpected(part, corpusDir = defaultCorpus) {
  const records = loadRecords(corpusDir);
  if (!records) return null;
  const d = makeExpect(records);
  const questions = await loadQuestions(part);
  // pre: a question asked just before this one in the same chat (a follow-up such as 那2020年的呢 relies on it); its
  // replies are not graded
  return questions.map(({ id, cat, pre, q, expect }) => ({
    id,
    cat,
    ...(pre ? { pre } : {}),
    q,
    expect: expect(d),
  }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const parts = process.argv[2] ? [process.argv[2]] : ['dev', 'holdout'];
  for (const part of parts) {
    const out = await computeExpected(part);
    if (!out) {
      say('skipped: no ../shared');
      process.exit(0);
    }
    mkdirSync(join(evalDir, 'out'), { recursive: true });
    writeFileSync(join(evalDir, 'out', `expected-${part}.json`), `${JSON.stringify(out, null, 2)}\n`);
    say(`${part}: ${out.length} questions → test/eval/out/expected-${part}.json`);
  }
}
