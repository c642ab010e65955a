/**
 * Deterministic parser for portfolio questions, Chinese and English: tokens (tokens.ts) → the query language.
 * Every meaningful word must end up in the query; the ones that don't are returned as `unplaced`, and the caller
 * answers nothing wider than what was asked (src/query/README.md).
 */

import { refersBack, saidTwice } from './anaphora.ts';
import { namesAsWritten } from './as-written.ts';
import { askReadAlone } from './ask-span.ts';
import { rewriteAskedByVerb } from './asked-by-verb.ts';
import { rewriteBareScore } from './bare-score.ts';
import { HOLDER_FIELDS, restatesBelonging } from './belonging-words.ts';
import { boundMarks } from './bound-marks.ts';
import { rewriteBudgetAdjusted } from './budget-adjusted.ts';
import { rewriteBudgetRow } from './budget-row-words.ts';
import { rewriteCellCompare, rewriteRowPair } from './cell-compare-words.ts';
import { rewriteCellShapes } from './cell-shape-words.ts';
import { budgetsSaidBackwards, rewriteChangeWords } from './change-words.ts';
import { rewriteCheckPhrases } from './check-phrases.ts';
import { plainCellWords, satisfactionAddedUpSaid } from './colloquial-words.ts';
import { rewriteColumnValues } from './column-value-words.ts';
import { commandHeads, headEndsWell } from './command-head.ts';
import { withComparedDifference } from './compared-difference.ts';
import { rewriteComputedScores } from './computed-score-words.ts';
import { backgroundPieces } from './context.ts';
import { coordinatedNames } from './coordinated-names.ts';
import { ADDITIVE_FIELDS } from './derived-fields.ts';
import { budgetAdjustmentSaid, rewriteDerived } from './derived-words.ts';
import { setAsideDoubts } from './doubt.ts';
import { fieldHomophones, groupHomophones, groupHomophonesSaid } from './field-homophones.ts';
import { rewriteFieldLists } from './field-lists.ts';
import {
  FIELDS,
  type FieldId,
  type GroupField,
  isNumeric,
  type NameField,
  type NumericField,
  TEXT_CELLS,
  type TextCell,
} from './fields.ts';
import { rewriteFundsRows } from './funds-row-words.ts';
import { readGoalText } from './goal-text.ts';
import { readGradeVerbs } from './grade-verbs.ts';
import { withGroupFigureBound } from './group-figure-bound.ts';
import { isRemainderWord, restrictingWords } from './harmless.ts';
import { moveInsertedAsk } from './inserted-ask.ts';
import { readJointOwners } from './joint-owners.ts';
import { rewriteLayWords } from './lay-words.ts';
import { CONCEPT_CODES, type Token } from './lexicon.ts';
import { dropListCount } from './list-count.ts';
import { bareMoneyAskSaid, rewriteBareMoneyAsk } from './money-ask.ts';
import { dropNameGlosses } from './name-gloss.ts';
import { readNameHolds } from './name-holds.ts';
import { readNamePattern } from './name-pattern.ts';
import { fillNamePlaceholders } from './name-placeholders.ts';
import { readNameStarts } from './name-starts.ts';
import {
  abbreviationPiece,
  keysContaining,
  looseProjectMatch,
  matchOwner,
  type NameMatch,
  nameKey,
  namesWhole,
  projectsSoundingAs,
  resolveTerm,
  someNameContains,
  soundsLikeOrg,
} from './names.ts';
import { setAsideNarrative } from './narrative.ts';
import { rewriteNumberShapes } from './number-shape-words.ts';
import { vagueAmounts } from './numbers.ts';
import { withOrderOfCondition } from './order-of-condition.ts';
import { rewriteOrderWords } from './order-words.ts';
import { rewritePeopleCounted } from './people-counted.ts';
import { readPhoneFilter } from './phone-filter.ts';
import { withoutPointersBack } from './points-back.ts';
import { PROBLEM_WORDS, phoneLengthDefined, rewriteProblems } from './problem-words.ts';
import { projectLossSaid, rewriteProjectLoss } from './project-loss.ts';
import type { Filter, LeafFilter, Measure, Op, PortfolioQuery } from './query.ts';
import { rewriteRankedTotal } from './ranked-total.ts';
import { dropReduplicatedManner } from './reduplicated.ts';
import { refusedWords } from './refusals.ts';
import { setAsideAskersCopy, setAsideRemarks } from './remarks.ts';
import { withoutRestatedParenthesis } from './restated-parenthesis.ts';
import { rewriteRowCounts } from './row-count-words.ts';
import { asksOneFieldOfProjects, sameValueAsked } from './same-value.ts';
import { rewriteSatisfactionPercent } from './satisfaction-percent.ts';
import { rewriteScorePhrases } from './score-phrases.ts';
import { compareThenEach, setComparatives } from './set-comparatives.ts';
import { expandListedHeads, expandSharedHeads } from './shared-head.ts';
import { spreadSharedHead } from './shared-name-head.ts';
import { spreadSharedTail } from './shared-tail.ts';
import { rewriteSpokenCompare } from './spoken-compare.ts';
import { guessBeforeAsked } from './spoken-figures.ts';
import { rewriteSpokenMoney, spokenMoneySaid } from './spoken-money.ts';
import { spokenShapes } from './spoken-shapes.ts';
import { readStatedAgainstComputed } from './stated-computed.ts';
import { rewriteStatedRate } from './stated-rate-words.ts';
import { readStory } from './story.ts';
import { rewriteSuperlativeWords, withoutRestatedOrder } from './superlative-words.ts';
import { rewriteBareThan } from './than-bare.ts';
import { rewriteThanNumber } from './than-number.ts';
import { allTiedAsked, tieBreakSaid } from './tie-break.ts';
import { normalise, type Span, tokenize } from './tokens.ts';
import { readUnitRemark } from './unit-remark.ts';
import type { Vocabulary } from './vocabulary.ts';
import { readYesNo } from './yes-no.ts';

export interface Parsed {
  /** Null when the question asks nothing the language can hold. */
  query: PortfolioQuery | null;
  /** 一样吗 / 是否一致 said of one field of the projects named: the words, answered 一样 or 不一样 (same-value.ts). */
  sameAsked?: string;
  /** Words of the question that were not used: the answer must say so. */
  unplaced: string[];
  /** Typos read as another word: [as typed, as read]. */
  corrected: Array<[string, string]>;
  /** Names the question's terms were resolved to, for the echo. */
  names: Array<{ term: string; match: NameMatch }>;
  /** The question asks for a workbook. */
  exporting: boolean;
  /** Narrative frames set aside (局里要求, 处长来电话问): said back, never a condition (narrative.ts). */
  setAside?: string[];
  /** A yes/no question (是不是, 有没有, 填了没有, …吗): answered 是/否 or 有/没有 with the evidence. */
  yesNo?: boolean;
  /** 是不是都… / 全都…了吗: the condition asked of every project in scope (all-of.ts). */
  all?: boolean;
  /** The filters the words before 都 say (扣分的指标都写了原因吗): the projects asked about, not what is asked of them. */
  allScope?: Filter[];
}

type Entity = { k: 'entity'; match: NameMatch; term: string };
/** `report`: a word soft by its kind that this question still needed (a second grouping): reported when unused. */
type Item = { span: Span; tok: Token | Entity; used: boolean; filter?: number; report?: boolean };

/**
 * 双井的两个疫情防控资金: a count right before a piece of project names says how many projects the piece names — nothing
 * more, when it names that many (any other number stays, and is reported).
 */
function countsTheProjectsNamed(item: Item, next: Item | undefined): boolean {
  if (item.tok.k !== 'num' || !/^(个|项|笔)$/u.test(item.tok.unit ?? '')) return false;
  if (next?.tok.k !== 'entity' || next.tok.match.field !== 'projectName') return false;
  return new Set(next.tok.match.values).size === item.tok.value;
}

/** Unused, these carry no condition: a joining word, a question word, 有/是. */
const SOFT = new Set(['and', 'or', 'ask', 'which', 'export', 'dim', 'filler', 'unit', 'stated']);
const softWord = (item: Item) =>
  SOFT.has(item.tok.k) ||
  (item.tok.k === 'op' && item.tok.weak) ||
  (item.tok.k === 'empty' && !item.tok.empty && /^(有|存在|with|has|have)$/.test(item.span.text)) ||
  // English "to" left over is the infinitive (like to know), not a range.
  (item.tok.k === 'range' && item.span.text === 'to') ||
  (item.tok.k === 'group' && /^(分别|各个|各自|各|each)$/.test(item.span.text)) ||
  (item.tok.k === 'agg' &&
    item.tok.fn === 'sum' &&
    /^(一共|总共|共计|in total|altogether)$/.test(item.span.text));

/**
 * 负责人和联系人是同一个 / 联系电话填的是手机号: two words of one field with nothing but joining words between them. The
 * asker tells apart what the forms hold as one field (a kind of value, a second person), which no query can say:
 * the second word is reported, never merged into the first (which answered every project's 负责人 before).
 */
function sameFieldAgain(items: Item[]): number[] {
  const out: number[] = [];
  let last = -1;
  for (const [k, item] of items.entries()) {
    if (item.tok.k === 'field') {
      const before = last >= 0 ? items[last]! : null;
      const between = items.slice(last + 1, k);
      if (
        before?.tok.k === 'field' &&
        before.tok.id === item.tok.id &&
        before.span !== item.span &&
        nameKeyOf(before) !== nameKeyOf(item) &&
        between.length > 0 &&
        between.every((b) => softWord(b)) &&
        between.some((b) => b.tok.k === 'and' || b.tok.k === 'op')
      )
        out.push(k);
      last = k;
    } else if (!softWord(item)) last = -1;
  }
  return out;
}
const nameKeyOf = (item: Item) => item.span.text.trim().toLowerCase();

const WEIGHT_OF: Partial<Record<NumericField, NumericField | number>> = {
  budgetScore: 'budgetWeight',
  satisfactionScore: 'satisfactionWeight',
  totalScore: 100,
  computedTotal: 100,
  computedBudgetScore: 'budgetWeight',
};
const NAME_FIELD_IDS = new Set<FieldId>(['department', 'implementingUnit', 'owner', 'projectName']);
const DIM_FIELDS = new Set<FieldId>(['department', 'implementingUnit', 'owner', 'year', 'phone']);

/**
 * Long stored names matched whole before lexing, in the question's normal form, by their first two characters.
 * Built once per vocabulary; names an upload appends to its lists (src/query/vocabulary.ts) are added after.
 */
interface WholeNameIndex {
  byStart: Map<string, string[]>;
  /** How many names of each list are indexed. */
  done: Record<NameField, number>;
  projects: Set<string>;
  persons: Set<string>;
  seen: Set<string>;
}
const indexes = new WeakMap<Vocabulary, WholeNameIndex>();

/** `budget`: at most that many names indexed by this call (a build done a slice at a time, warm-up.ts); a question
 * indexes them all. */
export function nameIndex(vocab: Vocabulary, budget = Number.POSITIVE_INFINITY): Map<string, string[]> {
  let index = indexes.get(vocab);
  if (!index) {
    const done = { projectName: 0, department: 0, implementingUnit: 0, owner: 0 };
    index = { byStart: new Map(), done, projects: new Set(), persons: new Set(), seen: new Set() };
    indexes.set(vocab, index);
  }
  const { byStart, done, projects, persons, seen } = index;
  // In the lists' order, so that every project name is indexed before any other list (a bare project name below).
  let left = budget;
  const fresh = (field: NameField) => {
    const names = vocab[field].slice(done[field], done[field] + Math.max(0, left));
    left -= names.length;
    done[field] += names.length;
    return names;
  };
  const added = {
    projectName: fresh('projectName'),
    department: fresh('department'),
    implementingUnit: fresh('implementingUnit'),
    // People's names are short; whole, they are not split by a character the lexicon knows (张宏: 张 is a measure word).
    people: fresh('owner').filter((n) => /^\p{Script=Han}{2,4}$/u.test(n)),
  };
  // Sets, not lists' includes(): names sharing their first two characters (every 2023年… project) made it
  // quadratic over 100 000 names.
  for (const n of added.projectName) projects.add(n);
  for (const n of added.people) persons.add(n);
  const touched = new Set<string[]>();
  const add = (n: string) => {
    if (seen.has(n)) return;
    seen.add(n);
    const key = n.slice(0, 2);
    const list = byStart.get(key) ?? [];
    if (!list.length) byStart.set(key, list);
    list.push(n);
    touched.add(list);
  };
  for (const name of [
    ...added.projectName,
    ...added.department,
    ...added.implementingUnit,
    ...added.people,
  ]) {
    const typed = normalise(name).replace(/\s+/g, '');
    if (typed.length < 5 && !persons.has(name)) continue;
    add(typed);
    // Quotes inside a stored name (2023年第三批“小微项目惠民生”资金) are seldom typed: found without them too.
    const n = typed.replace(QUOTES, '');
    if (n !== typed && n.length >= 5) add(n);
    // A project named with its year first (2023年城市居民最低生活保障) is said without it too; the year then
    // stays the question's own word.
    const bare = /^20\d{2}年度?(.{5,})$/u.exec(n)?.[1];
    if (bare && projects.has(name)) add(bare);
    // 不老屯镇人民政府 / 非遗保护中心 said short (不老屯的项目): a name opening with a word of negation is matched by
    // its head too, or the lexer reads 不 as "not" and the question asks for every other office.
    if (NEGATION_HEAD.test(n)) for (let k = 3; k < n.length; k++) add(n.slice(0, k));
    // 统计站那个项目 for 统计站（室）: a name opening with a word of asking is found by its head (command-head.ts).
    if (projects.has(name))
      for (const head of commandHeads(n)) {
        if (!seen.has(head)) headsOf(byStart).add(head);
        add(head);
      }
  }
  for (const list of touched) list.sort((a, b) => b.length - a.length);
  return byStart;
}

/**
 * A person typed with a homophone whose last character the lexer took for a word of its own (刘天元 for 刘天远):
 * the whole sounds like exactly one stored person, and the run alone names nothing.
 */
function personBySound(term: string, run: string, vocab: Vocabulary): NameMatch | null {
  if (!/^\p{Script=Han}{3,4}$/u.test(term) || resolveTerm(run.trim(), vocab)) return null;
  const match = matchOwner(term, vocab.owner);
  return match?.how === 'similar' ? match : null;
}

const QUOTES = /["'“”‘’「」『』《》]/gu;
/** Characters the lexer reads as a negation when they open a word. */
const NEGATION_HEAD = /^[不非无没未别]/u;

/** The heads of names indexed (command-head.ts), per index: found only where the question's word ends with them. */
const heads = new WeakMap<Map<string, string[]>, Set<string>>();
function headsOf(index: Map<string, string[]>): Set<string> {
  const set = heads.get(index) ?? new Set<string>();
  heads.set(index, set);
  return set;
}

function wholeNames(text: string, index: Map<string, string[]>): string[] {
  const out = new Set<string>();
  const headSet = heads.get(index);
  for (let i = 0; i + 1 < text.length; i++) {
    for (const n of index.get(text.slice(i, i + 2)) ?? []) {
      if (!text.startsWith(n, i)) continue;
      if (headSet?.has(n) && !headEndsWell(text.slice(i + n.length))) continue;
      out.add(n);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** A short word that may sit inside a name between two runs (never over a clause end: 准确：2023年… is two runs). */
const isPlainGlue = (glue: Span) =>
  glue.text.length <= 2 &&
  !/[,.:;!?、，。：；！？「」]/u.test(glue.text) &&
  glue.tokens.every((t) => ['filler', 'and', 'range'].includes(t.k));
const isNumeral = (glue: Span) => /^\d{1,3}$/u.test(glue.text) && glue.tokens.every((t) => t.k === 'num');

/**
 * A short lexicon word between two free runs that, read through, lies inside a stored project's name (大额|支出|医疗救助
 * for 大额支出医疗救助专项资金): the runs and the word are one name typed whole (an indexed containment test).
 */
function wordInsideName(spans: Span[], from: number, at: number, vocab: Vocabulary): boolean | string {
  const word = spans[at]!;
  const next = spans[at + 1];
  if (word.free || !next?.free || !/^\p{Script=Han}{1,4}$/u.test(word.text)) return false;
  const through = spans
    .slice(from, at + 2)
    .map((s) => s.text)
    .join('')
    .trim();
  if (someNameContains(vocab.projectName, through)) return true;
  // 双井疫情防控资金其他零|余额|专项: the name typed loosely (街道 and the dash left out), the word and what is around it
  // still a piece of a stored name as typed — the join is kept only when the whole resolves exactly (resolveFree).
  const before = spans[at - 1];
  if (at - 1 !== from && !before?.free) return false;
  const around = `${before!.text.trim().slice(-3)}${word.text}${next.text.trim()}`;
  return [...before!.text.trim()].length >= 4 &&
    [...next.text.trim()].length >= 2 &&
    someNameContains(vocab.projectName, around)
    ? around
    : false;
}

/** Joins free runs split by a short word inside a name (便民服务|中|心) when the whole resolves. */
function resolveFree(spans: Span[], vocab: Vocabulary): Array<Span | { span: Span; entity: Entity } | null> {
  const out: Array<Span | { span: Span; entity: Entity } | null> = [];
  const skipped = (t: Token[]) => t.every((x) => x.k === 'filler' || (x.k === 'op' && x.weak));
  const preferBefore = (at: number): NameField | undefined => {
    for (let j = at - 1; j >= 0; j--) {
      const t = spans[j]!.tokens;
      if (skipped(t)) continue;
      const field = t.find((x) => x.k === 'field' && NAME_FIELD_IDS.has(x.id));
      if (field?.k !== 'field') return undefined;
      // 按实施单位数一下大红门的项目: the field after 按 / 各 is the grouping, not the label of the name after it.
      let g = j - 1;
      while (g >= 0 && skipped(spans[g]!.tokens)) g--;
      if (g >= 0 && spans[g]!.tokens.some((x) => x.k === 'group')) return undefined;
      return field.id as NameField;
    }
    return undefined;
  };
  const preferAfter = (at: number): NameField | undefined => {
    const t = spans[at]?.tokens ?? [];
    return t.some((x) => x.k === 'ownedBy')
      ? 'owner'
      : t.some((x) => x.k === 'implementedBy')
        ? 'implementingUnit'
        : undefined;
  };
  let i = 0;
  while (i < spans.length) {
    const span = spans[i]!;
    if (!span.free) {
      out.push(span);
      i++;
      continue;
    }
    // Candidate ends: this run, or further runs joined over short plain words.
    const ends = [i];
    // From this end on, the runs were joined over a number: the name must then be found exactly.
    let exactFrom = Number.POSITIVE_INFINITY;
    // Pieces of a stored name a join over a lexicon word rests on (wordInsideName): a similar match must hold them.
    const pieces: Array<{ from: number; piece: string }> = [];
    for (let j = i + 1; j < spans.length; ) {
      // Glue: one short plain word, or a numeral with the measure word after it (第五次经济普查经费 is 第 | 5 |
      // 次经济普查经费, 第三批小微项目 is 第 | 3 | 批 | 小微: a numeral inside a name, read as a number by the lexer).
      let k = j;
      let numeral = false;
      if (isNumeral(spans[k]!)) {
        numeral = true;
        k += 1;
        if (spans[k] && !spans[k]!.free && spans[k]!.text.length === 1 && isPlainGlue(spans[k]!)) k += 1;
      } else if (isPlainGlue(spans[k]!)) k += 1;
      else {
        const inside = wordInsideName(spans, i, k, vocab);
        // 大额支出医疗救助: a lexicon word (支出) inside a name typed whole — joined only when found exactly; typed
        // loosely around it (…其他零|余额|专项), when the name found holds the piece around the word.
        if (inside === true) numeral = true;
        else if (inside) pieces.push({ from: k + 1, piece: inside });
        if (inside) k += 1;
      }
      // 第三批“小微项目惠民生”资金: a quote mark opening the rest of the name after the glue.
      if (k > j && spans[k] && /^\s*[“"『《]\s*$/u.test(spans[k]!.text) && spans[k + 1]?.free) k += 1;
      const nextFree = spans[k];
      if (k === j || !nextFree?.free) break;
      if (numeral) exactFrom = Math.min(exactFrom, k);
      ends.push(k);
      j = k + 1;
    }
    let resolved = false;
    // A name that ends in a character the lexicon knows (法律顾问: 问 is a verb of asking): the run and that
    // character, when the two are found inside a stored name (never by similarity, never a name inside the words:
    // 统计所经费的 is 统计所经费 and 的).
    const tail = spans[i + 1];
    if (
      ends.length === 1 &&
      tail &&
      /^\p{Script=Han}$/u.test(tail.text) &&
      tail.tokens.every((t) => t.k === 'filler')
    ) {
      const term = `${span.text}${tail.text}`.trim();
      // A plain scan first: resolving a term no name contains would try similarity over every stored name.
      const known = [vocab.projectName, vocab.department, vocab.implementingUnit].some((names) =>
        someNameContains(names, term),
      );
      const match = known ? resolveTerm(term, vocab, preferBefore(i)) : null;
      const inside =
        match?.field !== 'projectName' || match.values.some((v) => nameKey(v).includes(nameKey(term)));
      if (match && match.how !== 'similar' && inside) {
        out.push({
          span: { text: term, start: span.start, tokens: [] },
          entity: { k: 'entity', match, term },
        });
        i += 2;
        continue;
      }
      // 发改委法律顾问: an office said whole right before such a name, run together with it — the office and the name,
      // each found exactly (the office never by similarity, the name inside a stored project's name).
      const split = known ? null : officeThenName(span, tail.text, vocab);
      if (split) {
        out.push(...split);
        i += 2;
        continue;
      }
    }
    // A place or a person typed with a homophone whose last character is a lexicon word (河门口街到: 到; 刘天元 for
    // 刘天远: 元 is a unit): the run and that character together, only when they sound like a stored name.
    const glue = spans[i + 1];
    if (ends.length === 1 && glue && !glue.free && [...glue.text].length === 1 && !spans[i + 2]?.free) {
      const term = `${span.text}${glue.text}`.trim();
      const match = soundsLikeOrg(term, vocab)
        ? resolveTerm(term, vocab)
        : personBySound(term, span.text, vocab);
      if (match) {
        out.push({
          span: { text: term, start: span.start, tokens: [] },
          entity: { k: 'entity', match, term: match.read ?? term },
        });
        i += 2;
        continue;
      }
    }
    for (const end of ends.reverse()) {
      const term = spans
        .slice(i, end + 1)
        .map((s) => s.text)
        .join('');
      const before = preferBefore(i);
      const after = before ? undefined : preferAfter(end + 1);
      // 负责的 / 实施的 after a name only hint at what it is: 民生保障办公室负责的 is an office's.
      // A label before the name (负责人是 X) or a verb after it (X负责的) only hints at what it is: a name of
      // another kind found exactly still counts (the owner of the project 统计所经费).
      const exact = (m: NameMatch | null) => (m && m.how !== 'similar' ? m : null);
      // 其他 / 别的 / 剩下的: the rest of a set, never a piece of a project's name (…-其他零余额专项).
      if (isRemainderWord(term.trim())) continue;
      const match =
        resolveTerm(term.trim(), vocab, before ?? after) ??
        (after ? resolveTerm(term.trim(), vocab) : before ? exact(resolveTerm(term.trim(), vocab)) : null);
      if (!match || (end >= exactFrom && match.how === 'similar')) continue;
      const rests = pieces.filter((p) => end >= p.from);
      if (
        rests.length &&
        (match.field !== 'projectName' ||
          !match.values.every((v) => rests.every((p) => nameKey(v).includes(nameKey(p.piece)))))
      )
        continue;
      // A project found by similarity never swallows a run that names an office, a place or a person on its own
      // (2023年下沉协管员经费在潞源街道: the project and the office it is ranked in, not one longer name).
      if (match.how === 'similar' && swallowsAName(spans.slice(i, end + 1), match, vocab)) continue;
      // 东门里小区综合整治提升工程的合同金额: a name found as said before a 的, and more words after it, is that name and
      // those words — never, by similarity, one longer name that swallows them (合同金额 is no cell of the form).
      if (match.how === 'similar' && exactBeforeOf(spans.slice(i, end + 1), vocab)) continue;
      // 梅林路灯维护: a place said before words of a project's name, the name found only loosely — the place and the
      // project, each (splitAtStoredName), never one name the place is lost in (社区路灯维护 is 青石's).
      if (
        match.field === 'projectName' &&
        (match.how === 'similar' || match.loose) &&
        leadsWithPlace(term.trim(), match, vocab)
      )
        continue;
      // 最低生活保障那个项目: a lexicon word right before the run (最低) that, with it, is a piece of the stored name
      // found — one name typed whole, the word no ranking of its own.
      const word = spans[i - 1];
      const typed = word && out.at(-1) === word ? `${word.text}${term}`.trim() : '';
      const lead =
        match.field === 'projectName' &&
        match.how === 'contains' &&
        /^\p{Script=Han}{2,4}$/u.test(word?.text.trim() ?? '') &&
        !word!.tokens.some((t) => t.k === 'filler' || t.k === 'field') &&
        /^\p{Script=Han}{2,}/u.test(term.trim()) &&
        someNameContains(vocab.projectName, typed)
          ? resolveTerm(typed, vocab, 'projectName')
          : null;
      if (lead && lead.how === 'contains' && !lead.loose) {
        out.pop();
        out.push({
          span: { text: typed, start: word!.start, tokens: [] },
          entity: { k: 'entity', match: lead, term: typed },
        });
        i = end + 1;
        resolved = true;
        break;
      }
      const joined: Span = { text: term, start: span.start, tokens: [] };
      out.push({ span: joined, entity: { k: 'entity', match, term: match.read ?? term.trim() } });
      i = end + 1;
      resolved = true;
      break;
    }
    if (!resolved) {
      // 统计所经废: a project's name typed with a homophone, whose first characters are a lexicon word (统计) read
      // apart from the rest: the word and the run together when they sound exactly like a stored name.
      const word = spans[i - 1];
      const typed = word && out.at(-1) === word ? `${word.text}${span.text}`.trim() : '';
      const sounding = /^\p{Script=Han}{2,}$/u.test(word?.text.trim() ?? '')
        ? projectsSoundingAs(typed, vocab.projectName)
        : [];
      // 统计站 for 统计站（室）: the lexicon word (统计) and the run after it are a piece of one stored project's name
      // said short, found exactly inside it — the run alone named nothing.
      const inside =
        !sounding.length &&
        /^\p{Script=Han}{2,}$/u.test(word?.text.trim() ?? '') &&
        /^\p{Script=Han}+$/u.test(span.text.trim()) &&
        someNameContains(vocab.projectName, typed)
          ? resolveTerm(typed, vocab)
          : null;
      if (inside?.field === 'projectName' && inside.how === 'contains' && !inside.loose) {
        out.pop();
        out.push({
          span: { text: typed, start: word!.start, tokens: [] },
          entity: { k: 'entity', match: inside, term: typed },
        });
      } else if (sounding.length) {
        out.pop();
        out.push({
          span: { text: typed, start: word!.start, tokens: [] },
          entity: {
            k: 'entity',
            match: {
              field: 'projectName',
              values: sounding,
              how: 'similar',
              ...(sounding.length === 1 ? { read: sounding[0]! } : {}),
            },
            term: sounding.length === 1 ? sounding[0]! : typed,
          },
        });
      } else out.push(...splitAtStoredName(span, vocab));
      i++;
    }
  }
  return out;
}

/**
 * A run of an office and a project's name whose last character the lexicon knows (发改委法律顾|问): the office at the
 * run's start found exactly as an office or place, and the rest with that character found inside a stored project's
 * name. Null when no such cut exists.
 */
function officeThenName(
  span: Span,
  last: string,
  vocab: Vocabulary,
): Array<{ span: Span; entity: Entity }> | null {
  const word = span.text.trim();
  if (!/^\p{Script=Han}{4,16}$/u.test(word)) return null;
  const at = span.start + span.text.indexOf(word);
  for (let k = word.length - 2; k >= 2; k--) {
    const [office, name] = [word.slice(0, k), `${word.slice(k)}${last}`];
    if (!someNameContains(vocab.projectName, name)) continue;
    const place = resolveTerm(office, vocab);
    if (!place || place.how === 'similar' || place.field === 'projectName') continue;
    const project = resolveTerm(name, vocab, 'projectName');
    if (!project || project.how === 'similar' || project.field !== 'projectName') continue;
    return [
      { span: { text: office, start: at, tokens: [] }, entity: { k: 'entity', match: place, term: office } },
      {
        span: { text: name, start: at + k, tokens: [] },
        entity: { k: 'entity', match: project, term: name },
      },
    ];
  }
  return null;
}

/** `term` opens with a stored office or place (found exactly, as a whole word) that none of the names matched holds. */
function leadsWithPlace(term: string, match: NameMatch, vocab: Vocabulary): boolean {
  for (let k = Math.min(term.length - 2, 12); k >= 2; k--) {
    const place = term.slice(0, k);
    if (!someNameContains(vocab.department, place) && !someNameContains(vocab.implementingUnit, place))
      continue;
    const m = resolveTerm(place, vocab, undefined, { projects: false });
    if (!m || m.how === 'similar' || !namesWhole(place, m)) continue;
    return !match.values.some((v) => nameKey(v).includes(nameKey(place)));
  }
  return false;
}

/** The words before a 的 inside `spans` name a stored office, person or project as said (not by similarity). */
function exactBeforeOf(spans: Span[], vocab: Vocabulary): boolean {
  const at = spans.findIndex((s, k) => k > 0 && s.text.trim() === '的');
  if (at < 0 || at === spans.length - 1) return false;
  // (民生保障办公室的钱: the money of what is named, no words of another thing.)
  const after = spans
    .slice(at + 1)
    .map((s) => s.text)
    .join('')
    .trim();
  if (/^(?:钱|资金|经费|款项?|项目)$/u.test(after)) return false;
  const before = spans
    .slice(0, at)
    .map((s) => s.text)
    .join('')
    .trim();
  const m = before.length >= 2 ? resolveTerm(before, vocab) : null;
  return m !== null && m.how !== 'similar';
}

/**
 * A free run among `spans` that is, found exactly and by itself, a stored office, place or person that `match` does
 * not hold, or other projects than the ones `match` found (统计站（室）in 统计站（室）和潞源街道年度人口抽样调查).
 */
function swallowsAName(spans: Span[], match: NameMatch, vocab: Vocabulary): boolean {
  return spans.some((s) => {
    if (!s.free) return false;
    const word = s.text.trim();
    const m = word.length >= 2 ? resolveTerm(word, vocab) : null;
    if (m === null || m.how === 'similar') return false;
    if (m.field === 'projectName') return m.values.every((v) => !match.values.includes(v));
    return !match.values.some((v) => nameKey(v).includes(nameKey(word)));
  });
}

/**
 * The words after a place run into it (河门口习风园改造): a project's name when a few stored names hold them as said —
 * never by similarity, never a word so general that many projects hold it.
 */
function projectAfterPlace(text: string, vocab: Vocabulary): NameMatch | null {
  if (!someNameContains(vocab.projectName, text)) return null;
  const match = resolveTerm(text, vocab, 'projectName');
  return match && match.how !== 'similar' && match.values.length <= 5 ? match : null;
}

/**
 * 下沉协管员那个经费: the noun of a project's name said apart from the rest of it, after a pointer (那个 / 这笔 / 的) —
 * the money or project the name already found is, when every name found ends with that noun.
 */
function nameNounApart(
  text: string,
  resolved: Array<Span | { span: Span; entity: Entity } | null>,
  index: number,
): boolean {
  const noun = text.trim();
  if (!/^(?:经费|资金|项目|补助|补贴|专项)$/u.test(noun)) return false;
  let k = index - 1;
  while (k >= 0) {
    const r = resolved[k];
    if (!r || 'entity' in r || !/^(?:那|这|个|笔|项|的|\s)*$/u.test(r.text) || r.free) break;
    k--;
  }
  const before = resolved[k];
  if (!before || !('entity' in before) || before.entity.match.field !== 'projectName' || k === index - 1)
    return false;
  return before.entity.match.values.every(
    (v) => nameKey(v).endsWith(noun) || nameKey(v).endsWith(`${noun}项目`),
  );
}

/** A word ending as an office does (平安办, 综合办公室, 执法队), not a place. */
const OFFICE_WORD = /(?:办|办公室|室|队|所|站|中心|科|股|委|委员会)$/u;

/**
 * A run that holds a stored office, place or person as a whole word among other words (听说河门口, 嘀咕说大红门,
 * 大红门来人): the name and the words apart, the words then judged as any free run (a verb of saying, a time:
 * harmless or a story; anything else still reported, so nothing is dropped). Only a name found exactly and as a
 * whole word (never by similarity, never 工作 inside 党群工作办公室), and only when the run as a whole names nothing.
 */
function splitAtStoredName(span: Span, vocab: Vocabulary): Array<Span | { span: Span; entity: Entity }> {
  const word = span.text.trim();
  if (!/^\p{Script=Han}{3,}$/u.test(word)) return [span];
  const at = span.start + span.text.indexOf(word);
  const stored = (term: string) =>
    vocab.owner.includes(term) ||
    someNameContains(vocab.department, term) ||
    someNameContains(vocab.implementingUnit, term);
  if (word.length > 16) return [span];
  // The longest name first; the words around it (either side may be empty) all general.
  for (let n = word.length - 1; n >= 2; n--) {
    for (let i = 0; i + n <= word.length; i++) {
      const [before, name, after] = [word.slice(0, i), word.slice(i, i + n), word.slice(i + n)];
      if (!stored(name)) continue;
      const match = resolveTerm(name, vocab);
      if (!match || match.field === 'projectName' || !namesWhole(name, match)) continue;
      // 大红门平安办 / 青龙安全办: the words beside the name may be a stored office or place whole (an abbreviation
      // too) when one of the two ends as an office does — never two places (丰台潞源: no name holds both).
      const free = (text: string, start: number): Array<Span | { span: Span; entity: Entity }> => {
        if (!text) return [];
        const office = OFFICE_WORD.test(text) || OFFICE_WORD.test(name);
        // (大红门民生办: an office's abbreviation no stored name holds as typed, found as an alias)
        const whole = office ? resolveTerm(text, vocab) : null;
        const found = whole && (stored(text) ? namesWhole(text, whole) : whole.how === 'alias');
        if (whole && found && whole.field !== 'projectName')
          return [{ span: { text, start, tokens: [] }, entity: { k: 'entity', match: whole, term: text } }];
        // 河门口习风园改造的负责人: a project's name run into the place before it, found inside a few stored names.
        const project = start > at && text.length >= 3 ? projectAfterPlace(text, vocab) : null;
        if (project)
          return [{ span: { text, start, tokens: [] }, entity: { k: 'entity', match: project, term: text } }];
        // 大红门牛艳伟负责的: a person run into the place before them, typed by sound (one stored person only).
        const person =
          start > at && /^\p{Script=Han}{2,4}$/u.test(text) ? matchOwner(text, vocab.owner) : null;
        if (person)
          return [
            {
              span: { text, start, tokens: [] },
              entity: { k: 'entity', match: person, term: person.read ?? text },
            },
          ];
        return [{ text, start, tokens: [], free: true }];
      };
      return [
        ...free(before, at),
        { span: { text: name, start: at + i, tokens: [] }, entity: { k: 'entity', match, term: name } },
        ...free(after, at + i + n),
      ];
    }
  }
  return [span];
}

/**
 * 预算超过1000万的那几个大项目 / 执行数10万以下的小项目: 大 / 大额 after a lower bound on an amount, 小 / 小额 after an
 * upper one, restate the bound (a big project is what the bound picks), so they are taken out; the other way round
 * (超过1000万的小项目) they are left, to be reported.
 */
const AMOUNT_SAID = '\\d+(?:\\.\\d+)?(?:万元|万|亿元|亿|千元|元)';
const POINTING = '的?(?:那些|这些|那|这)?';
const BIG_AFTER = new RegExp(
  `((?:超过|超出|高于|多于|大于|不低于|不少于|达到)${AMOUNT_SAID}(?:以上|及以上)?${POINTING}|${AMOUNT_SAID}(?:以上|及以上)${POINTING})(?:大额|大)(?=项目)`,
  'gu',
);
const SMALL_AFTER = new RegExp(
  `((?:低于|少于|小于|不到|不足|不超过)${AMOUNT_SAID}(?:以下|以内)?${POINTING}|${AMOUNT_SAID}(?:以下|以内)${POINTING})(?:小额|小)(?=项目)`,
  'gu',
);
const restatedSize = (text: string) => text.replace(BIG_AFTER, '$1').replace(SMALL_AFTER, '$1');

/**
 * The text rewrites a question goes through before it is split into words, in this order. Each turns one way of
 * saying something into the plain wording the tokenizer reads; a new rewrite is added here, where its place among the
 * others is visible (a rewrite reads what the ones above it wrote). They read the normalised question (tokens.ts
 * normalise), with the remarks about the asking itself set aside (remarks.ts).
 */
/** A list of projects asked for (哪些项目, 名单, 列出来). */
const PROJECTS_LISTED = /哪些项目|哪几个项目|哪些表|什么项目|报了哪些|有哪些|名单|清单|列出|列一下|列个/u;

/** Words this long found in one project's name only name that project, even found loosely (in two pieces). */
const LONG_NAME_WORDS = 6;

const TEXT_REWRITES: ReadonlyArray<(text: string) => string> = [
  // 年初预算比全年预算调减最多的: the budgets said the other way round before a verb of adjusting (change-words.ts), before
  // anything reads the comparison.
  budgetsSaidBackwards,
  // 预算调整过的 / 调增了预算的 / 预算没调整过的: the two budgets compared (budget-adjusted.ts), first, so that the
  // comparison it writes is read as one said so.
  rewriteBudgetAdjusted,
  // 有负分 / 反向指标当正向打分 / 表没读全: checks said in staff's words, as the check's word (check-phrases.ts).
  rewriteCheckPhrases,
  // 执行率填写与计算不一致 / 预算执行得分和执行率乘以分值对不上: a cell against its computation (stated-computed.ts).
  readStatedAgainstComputed,
  // 按执行数除以预算自己算一下执行率: the 执行率 the store computes is that quotient — its definition said, nothing more.
  (text) =>
    text.replace(
      /(?:按|用|拿|以)(?:全年)?执行数(?:去|来)?(?:除以|除)(?:全年)?预算(?:数)?[，,]?\s*(?:自己|手动|重新)?(?:算|计算|核算)(?:一下|下)?(?=(?:的|出来的|出的)?执行率)/gu,
      '',
    ),
  // 年初的钱 / 那张表的分 / 比它的分值 / 作为负责人: a new clerk's words for the cells (lay-words.ts).
  rewriteLayWords,
  // 满意度写着未做 / 填了没开展: what the cell reads, as 写的 (写了 alone would be "filled in").
  (text) =>
    text
      .replace(
        /(?:写着|填着|标着|写了|填了|标了|标注了|注明了)(?=(?:未做|没做|未开展|没开展|未调查|没调查))/gu,
        '写的',
      )
      // 满意度写了“未做” / 满意度指标填写为“未做”: the same, the value quoted (not after a row pointed at, as below)
      .replace(
        /(?<!(?:那|这)一?(?:行|条|栏)\s*)(?:写了|填了|标了|标注了|注明了|填写为|填为|写为|填写的是|填成|写成)[“"「『]?(未做|没做|未开展|没开展|未调查|没调查)[”"」』]?/gu,
        '写的$1',
      )
      // 生态效益的指标 / 满意度的指标: the kind of row said with 的
      .replace(
        /(产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响)的指标/gu,
        '$1指标',
      )
      // 满意度写着“未做”: the value quoted as read off the form — not after a row pointed at (满意度那一行写着“未做”:
      // words in the row's cells, row-cells.ts)
      .replace(
        /(?<!(?:那|这)一?(?:行|条|栏)\s*)(?:写着|填着|标着)(?=[“"「『](?:未做|没做|未开展|没开展|未调查|没调查))/gu,
        '写的',
      ),
  // 有问题得找人，找谁 / 有事要联系人，打给谁: why someone is wanted, said before asking who — no condition (有问题
  // there is the asker's, not a form's).
  (text) =>
    text.replace(
      /有(?:问题|事|疑问|情况)(?:的话)?[，,]?\s*(?:得|要|需要|该|想)?(?:找|联系)(?:个)?人[，,、]?\s*(?=(?:该|应该|要)?(?:找|联系|打给|问)(?:谁|哪位))/gu,
      '',
    ),
  // 预期目标当初怎么写的 / 负责人是怎么填的: what a cell was written as, asked (怎么填 alone asks how to fill it in:
  // field-definitions.ts, read before).
  (text) => text.replace(/(?:是)?怎么(写|填|录)(?:的)(?![意])/gu, '$1的是什么'),
  // 最后自评打了多少分 / 最终实际完成了多少: 最后 before the verb says when it was done, the one time the form records
  // (排最后 / 最后一名 are places: spoken-compare.ts).
  (text) =>
    text.replace(
      /(?<![排在到])(?:最后|最终)(?=自评|实际|打了|打分|得了|拿了|拿到|做到|完成了|执行了|花了|用了)/gu,
      '',
    ),
  // 负责人一栏写了谁没有 / 目标填了什么没: what a cell holds asked, with "or nothing" after — the value (or 未填) answers
  // both.
  (text) =>
    text.replace(
      /((?:写|填|录)(?:了|的)?(?:谁|什么|啥|哪个|多少|几))(?:没有|没)(?=[？?。!！]*$|[，,])/gu,
      '$1',
    ),
  // 偏差原因也老老实实写了 / 认认真真填的: a manner said by reduplication, before its verb (reduplicated.ts).
  dropReduplicatedManner,
  // 潞源和双井两个街道 / 赵康、李毅飞、牛艳维三个人: a count that restates the list before it says nothing more.
  dropListCount,

  // 执行得最差 / 最便宜 / 调减得最狠 / 按X排排队: superlatives and sorts of general Chinese (superlative-words.ts).
  rewriteSuperlativeWords,
  // 两个项目谁的预算更多 / 比一下，哪个大: a comparative asked of "which" is the top of the set (set-comparatives.ts).
  setComparatives,
  // 大红门和潞源比一下：…各是多少: the request to compare answered by each one's figure (set-comparatives.ts).
  compareThenEach,
  // 双井和河门口放一起按执行数排: the places listed are ranked as one set, which is what a list of places is already.
  (text) =>
    text.replace(
      /(?<=(?:和|与|跟|及|、)[^，,。；;？?！!]{1,12}?)(?:放|摆|归|并|混)(?:到|在)?一(?:起|块儿?)(?=[，,、\s]*(?:按|排|比|看))/gu,
      '',
    ),
  // 除潞源以外 / 除大红门之外: 除 alone, closed by 以外 / 之外, is 除了 (除以 is division, 除掉 taking out).
  (text) => text.replace(/除(?![了去开掉以数])(?=[^，,。；;？?！!]{1,20}?(?:以外|之外))/gu, '除了'),
  // 除了大红门，别的地方… / 其他单位… / 除了2020年，别的年份报的…: what is left after an exclusion, its class word
  // says nothing more (a year's, with the verb of reporting that dates a form, neither).
  (text) =>
    text.replace(
      /(除了|除去|除开|以外|之外|不算|去掉|刨去|撇开)([^？?。！!]*?)(别的|其他|其它|其余|剩下的?)(?:地方|街道|单位|部门|科室|地区|(?:年份|年度)(?:(?:上报|报送|报)(?=的))?|年(?:上报|报送|报)(?=的))/gu,
      '$1$2其余的',
    ),
  // 是哪一年的表 / 哪年报的 / 几几年的: the year asked, as 哪个年度 (which + the year field), not 一年 left over.
  (text) => text.replace(/(?:哪一|哪|几几)(?:个)?年(?:度|份)?(?![级轻纪龄限头内来底初中末])/gu, '哪个年度'),
  // 在99分（含）到100分（不含）之间 / 90%（不含）以下: a bound marked as included or not (bound-marks.ts).
  boundMarks,
  // Spoken shapes of a figure or a cell said plainly (spoken-shapes.ts).
  spokenShapes,
  // 自己填的 / 没填数 / 汇总数 / 满100 / 1168万多: everyday words of a cell or a figure (colloquial-words.ts).
  plainCellWords,
  // 预算调整了多少 / 全年比年初多的那些，多出来的钱: the adjustment said in words (derived-words.ts), before 钱 is
  // read as the budget.
  budgetAdjustmentSaid,
  // 钱最多 / 钱是谁在管 / 钱其实没花完: a project's money said as the field it is (spoken-money.ts).
  rewriteSpokenMoney,
  // 一分不差 / 排最后 / 最小的一笔 / 万元以下 / 全年比年初 / 往下调: comparisons and ends said in speech (spoken-compare.ts).
  rewriteSpokenCompare,
  // got more 全年预算 than 年初预算 / a higher score than 90: the compared thing between the two words, put before them.
  (text) =>
    text.replace(
      /\b(more|less|higher|lower|greater|larger|smaller|fewer)\s+(?!than\b)([^,.?;，。？]{1,40}?)\s*\bthan\b/giu,
      '$2 $1 than',
    ),
  // 综合办公室加上执法队，一共报了哪些项目: asked for a list, 加上 / 连同 between two names joins them as 和 does (the
  // arithmetic of 加上 adds figures, which a list has none of).
  (text) =>
    PROJECTS_LISTED.test(text)
      ? text.replace(/(?<=\p{Script=Han})(?:再)?(?:加上|连同|外加)(?=\p{Script=Han})/gu, '和')
      : text,
  // 偏差原因写了啥 / 都填的什么: what the cell says is asked (its value shown), not whether it is filled.
  (text) =>
    text.replace(
      /(?:都|分别|各自?)?(?:写了|填了|写的是|填的是|写的|填的|写着|填着)(?:些)?(?:什么|啥)(?:内容|东西)?/gu,
      '是什么',
    ),
  // 执行率平均是百分之多少: a rate asked in percent is the rate asked (占百分之几 stays a share).
  (text) =>
    text.replace(
      /(执行率|满意度|得分率|完成率)([^，,。？?；;占]{0,6}?)(?:是|为|有)?百分之(?:多少|几)/gu,
      '$1$2是多少',
    ),
  // 王秋香是哪个项目的负责人: the person's projects.
  (text) => text.replace(/是哪(?:个|些|几个|一个)项目的(?:负责人|联系人)/gu, '负责哪些项目'),
  // 哪个项目的负责人是赵康: the same, the person said last.
  (text) =>
    text.replace(
      /^(.*?)哪(?:个|些|几个|一个)项目的(?:项目)?负责人(?:是|为)(\p{Script=Han}{2,4})(?=[？?。.!！]*$)/gu,
      '$1$2负责哪些项目',
    ),
  // 扣分最多的是哪个项目: the project's loss is what its 总分 falls short of 100 (project-loss.ts).
  rewriteProjectLoss,
  // 问题最多的表 / 哪张表错误最多 / 毛病最少: the number of problems found on a form, ranked.
  (text) => text.replace(/(?:问题|错误|错处|毛病)(?=(?:最多|最少|最严重)(?!的项目类型))/gu, '错误数'),
  // 这些表里哪个最严重 / 哪张表最严重: a form's problems said by how grave they are, with no noun of them.
  (text) => text.replace(/(哪(?:个|张|一个|一张|份)(?:表|项目)?(?:的)?)(?:情况)?最严重/gu, '$1错误数最多'),
  // 产出指标一条都没有 / 一个效益指标也没有: a kind of row absent from the form, said as 没有X指标.
  (text) =>
    text.replace(
      /(产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响)指标(?:一条|一个|一项)(?:都|也)(?:没有设置|没有设立|没有设定|没有设|没有|没设置|没设立|没设定|没设|没)/gu,
      '没有$1指标',
    ),
  // 一个满意度指标都没设置 / 一条效益指标也没有: the count said before the kind, the same absence.
  (text) =>
    text.replace(
      /(?:一条|一个|一项)(产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响)(?:类)?指标(?:都|也)(?:没有设置|没有设立|没有设定|没有设|没有|没设置|没设立|没设定|没设|没列|没)/gu,
      '没有$1指标',
    ),
  // 得分超过了它的分值 / 执行数比自己的预算还多: a pronoun pointing back at the row or project whose cell is compared,
  // between the word of comparing and the other cell of the same row — the pair reads the same without it.
  (text) =>
    text.replace(
      /(?<=(?:超过|超出|高于|大于|低于|小于|少于|多于|不到|不足|等于|达到|比|跟|和|与|同)(?:了)?)(?:它|它们|其|自己|自身|本身)(?:自己|本身)?(?:的)?(?=分值|满分|全年预算|年初预算|预算|执行数|得分)/gu,
      '',
    ),
  // 偏差原因该写没写 / 该填的没填: what had to be entered and was not is left empty.
  (text) => text.replace(/该(写|填)(?:的)?(?:却)?(没|未)(写|填)/gu, '$2$3'),
  // 满意度那块没做调查 / 满意度没开展测评: the survey said after its verb is the 满意度调查 (调查 alone is no name piece).
  (text) =>
    text.replace(
      /满意度(?:那|这)?(?:一?块|方面|这边|那边)?((?:还)?(?:没有|没|未))(做|搞|开展|进行|组织)(?:过)?(?:满意度)?(?:问卷调查|调查|测评|问卷)/gu,
      '满意度调查$1$2',
    ),
  // 满意度因为未做调查得0分: the survey not done given as the cause of a 0 — both conditions, the cause said first
  // (调查 alone is no name piece).
  (text) =>
    text.replace(
      /满意度(?:指标)?(?:是)?(?:因为|由于|因)((?:还)?(?:没有|没|未))(做|搞|开展|进行|组织)(?:过)?(?:满意度)?(?:问卷调查|调查|测评|问卷)(?:而|所以|才)?(?=(?:只)?(?:得|被|打|计|记|给)(?:了)?(?:0|零)分)/gu,
      '满意度调查$1$2，满意度指标',
    ),
  // 谁的项目平均分最高 / 谁负责的项目预算加起来最多: "who" of a figure over projects is a 负责人 ranked by it.
  (text) =>
    text.replace(
      /谁(?:负责)?的项目(?=[^，,。？?；;]{0,8}?(?:平均|合计|加起来|加一起|总和|总共|一共)[^，,。？?；;]{0,8}?(?:最高|最低|最多|最少|最大|最小))/gu,
      '哪个负责人的项目',
    ),
  // 按年度分的项目个数 / 按科室分开的: grouped by it, said with 分 (按…统计).
  (text) =>
    text.replace(
      /按(年度|年份|部门|主管部门|实施单位|负责人|项目负责人|科室|街道|单位)(?:来)?分(?:开|组|类)?(?=的|[，,]|$)/gu,
      '按$1统计',
    ),
  // 各科室里哪个科室预算最少 / 各街道中哪个街道项目最多: which one of the groups, the groups named first — the group
  // ranked (read with 各 it had ranked the projects inside each group).
  (text) =>
    text.replace(
      /各(?:个)?(科室|处室|街道|部门|单位|负责人|年度|实施单位|主管部门)(?:里面|里头|里边|里|中|当中|之中)[，,]?\s*(?=(?:哪|哪一)(?:个|家|位)\1)/gu,
      '',
    ),
  // 年初和全年预算: two field names sharing a head said whole, before anything reads the field names.
  expandSharedHeads,
  // 年初没填的就不算了: a budget cell named by its point of the year alone, left out when empty (年初没填的按0计 is how
  // a sum counts it anyway, a remark)
  (text) =>
    text.replace(
      /(?<![和与及、])(年初|全年)(?!预算|执行|实际)(?=(?:的)?(?:没填|未填|没有填|没写|是空的|为空|空着)(?:的)?(?:就)?(?:不算|不用算|不计|除外|排除|去掉|别算))/gu,
      '$1预算数',
    ),
  // 年初、全年、执行三个数: a list of field names with their head said once after it.
  expandListedHeads,
  // 预算最多的三个项目加起来多少钱: the amount ranked, added up over the first N (ranked-total.ts).
  rewriteRankedTotal,
  // 这些一共多少钱: the money of projects, no field named, is their 全年预算 (said in the answer).
  rewriteBareMoneyAsk,
  // 平均每个项目执行多少 / 执行几万: the verb of spending right before the amount asked is the 执行数 (执行了多少).
  (text) =>
    text.replace(
      /(?<![已未没])执行(?=(?:一共|总共|合计|共)?(?:多少|几)(?:钱|万元|万|元)?(?![个项条张份家]))/gu,
      '执行了',
    ),
  rewriteChangeWords,
  // 总分比九十五分低: a field against a number said with 比, once 比…调减了的 reads as 少的.
  rewriteThanNumber,
  // 哪些项目执行数比预算少: a bare word of more or less ending the clause, between two fields (than-bare.ts).
  rewriteBareThan,
  // 执行数比年初预算高出20万以上: the word of more or less before the gap's number, as the lexicon's 还多 / 还少.
  (text) =>
    text
      .replace(
        /(?<=比[^，,。；;？?！!比]{1,24}?)(?:还|要|更)?[高多大](?:出了|出|了)?(?=\d|[一二两三四五六七八九十])/gu,
        '还多',
      )
      .replace(
        /(?<=比[^，,。；;？?！!比]{1,24}?)(?:还|要|更)?[低少小](?:了)?(?=\d|[一二两三四五六七八九十])/gu,
        '还少',
      ),
  rewriteDerived,
  // 预算超过1000万的那几个大项目 / 10万以下的小项目: a word of size that the amount's bound before it already says.
  restatedSize,
  rewriteAskedByVerb,
  rewriteScorePhrases,
  // 哪个联系电话在最多的表上出现过: appearing on the most forms is having the most projects.
  (text) =>
    text.replace(
      /在(最多|最少)的?(?:张|份)?(?:表|表格|表单|项目)(?:上|里|中)?出现(?:过)?(?:的)?/gu,
      '的项目$1',
    ),
  // 总分不是满分的里面，分最低的两个: 分 alone is the score the question names (bare-score.ts).
  rewriteBareScore,
  // 满意度指标有几个项目没拿满分: the ask put between a field and what is said of it goes first.
  moveInsertedAsk,
  // 实施单位那格跟主管部门写得一字不差 / 这两格填的不一样: two cells compared, as 「X和Y一样」.
  rewriteCellCompare,
  // 总分那格写了小数 / 执行率填的不是整数: the shape of the number in a cell.
  rewriteNumberShapes,
  // 年度资金总额那一行得分: the budget row's 预算执行得分, not 全年预算数 and 总分.
  rewriteBudgetRow,
  // 执行率那一栏空着没填 / 执行率填的不是100%: the rate as the form states it.
  rewriteStatedRate,
  // 满意度低于90%: the satisfaction the form states, a percentage — not the 满意度指标得分 (satisfaction-percent.ts).
  rewriteSatisfactionPercent,
  // 预算执行得分按规则应该得几分: the scorer's value of the cell (computed-score-words.ts).
  rewriteComputedScores,
  // 预算执行分值跟得分: the second cell of the pair is the same row's.
  rewriteRowPair,
  // 号码位数不对（不是8位也不是11位）: the length the asker means, before 11位手机号 reads as a length of its own.
  phoneLengthDefined,
  rewriteCellShapes,
  // 三级指标超过10条 / 有15条以上指标的项目 / 指标最多的表: the number of a form's rows, a figure of the project.
  rewriteRowCounts,
  rewriteFieldLists,
  // 执行律填错的: a field typed with a homophone, as the field, before the checks said in words read it.
  fieldHomophones,
  // 每个接到预算最少的: 每个街道 typed with a homophone.
  groupHomophones,
  rewriteProblems,
  // 预算执行的分值加上各指标分值，合计多少: the budget row's 分值 and every indicator row's added up is the form's 分值合计
  // (fields.ts weightSum), after the check's words (…加起来不等于100 is WEIGHT_SUM: problem-words.ts).
  (text) =>
    text.replace(
      /预算执行(?:的|那一?项的?|这一?项的?)?(?:分值|权重)(?:加上|加|和|与|及|以及|连同)(?:各项|各个|各|所有|全部)?(?:(?:一级|二级|三级|各级)?指标)(?:的)?(?:分值|权重)[，,]?\s*(?:合计|加起来|一共|总共|总和|之和|相加|加在一起)(?:是|为|有)?(?:多少分|几分|多少)?/gu,
      '分值合计是多少',
    ),
  // 实施单位这一列写便民服务中心 / 总分栏里填99.9: a cell said with its place and what is written in it, as 「<field>是<value>」.
  rewriteColumnValues,
  // 大的排前面: orders said as a sentence, once the fields they order by are plain.
  rewriteOrderWords,
  // 负责人和联系电话两个都没填: "both" of the fields just named, not a count (两 is written 2 by now).
  (text) => text.replace(/(?:2个|2项|2栏|两者|二者|俩)(?=都)/gu, ''),
  rewriteWhichThenEach,
  // 潞源有几个人当负责人 / 负责项目最多的人: people counted or ranked are the 负责人 (people-counted.ts).
  rewritePeopleCounted,
  // 各自管几个项目 / 王丽管多少个项目: 管 before a count of projects is owning them (负责); 管理费 and the like untouched.
  (text) =>
    text
      .replace(/(?<![主分])管(?:了|着)?(?=(?:几|多少)(?:个|项)?项目)/gu, '负责')
      // 管了几个 ending the clause (负责项目最多的人是谁，管了几个): the same count, its noun left unsaid.
      .replace(/(?<![主分])管(?:了|着)?(几|多少)(个|项)(?=[？?。！!，,；;]|$)/gu, '负责$1$2项目'),
  // 评不上优 / 没评上良 / 评上了优 (90分以上算优): the grade said with a verb of being graded (grade-verbs.ts).
  readGradeVerbs,
  // 叫“××补贴”的 / 名称是“补贴××”的: a name said by its pattern, the placeholder for the rest (name-pattern.ts).
  readNamePattern,
  // 项目名称里带“X” / 名字中包含X: the words of a name said held in it, as 名称里有X (a project-name condition);
  // not the name of anything else (负责人名字里带王).
  (text) =>
    text.replace(
      /(项目|(?<!\p{Script=Han}))(?:名称|名字|题目|标题)(?:里面|里|中|当中)?(?:带有|带着|带|包含|含有|含)(?=[“"「『]?\p{Script=Han})/gu,
      '$1名称里有',
    ),
  // 实施单位中谁的预算最多 / 负责人里谁的项目最多 / 实施单位里哪个全年预算总额最大: a group column said first, then
  // which one of it — the groups ranked, as 哪个实施单位…; the column opening its clause (大红门街道里哪个项目 is a place).
  (text) =>
    text.replace(
      /(^|[，,；;。？?！!\s])(?:在|所有|全部|各个?)?(主管部门|实施单位|项目负责人|负责人|科室|年度)(?:里面|里头|里|中间|当中|之中|中)[，,]?\s*(?:哪个|哪一个|哪家|哪位|谁)(?:的)?(?!项目(?!最|数))/gu,
      '$1哪个$2的',
    ),
  // 全年预算总额最大的实施单位 / 平均总分最高的负责人是谁: a figure taken over each group (a word of adding up or of the
  // mean said) at an end, then the group column — the groups ranked, as 哪个实施单位的…最大 (it had shown the office of
  // the one project at that end, 总额 reported). Without such a word (预算最多的实施单位) it stays as it was.
  (text) =>
    text.replace(
      /(^|[，,；;])(平均)?([^，,；;的最哪]{1,12}?)(合计|总额|总和|之和|总数|加起来|平均值|平均数|平均)?最(多|少|高|低|大|小)的(实施单位|项目负责人|负责人|主管部门)(?:是(?:哪个|哪一个|哪家|谁))?(?=[？?。！!，,]|$)/gu,
      (
        whole,
        lead: string,
        mean: string | undefined,
        what: string,
        sum: string | undefined,
        end: string,
        dim: string,
      ) => (mean || sum ? `${lead}哪个${dim}的${mean ?? ''}${what}${sum ?? ''}最${end}` : whole),
    ),
  // 实施单位里包含城乡两个字 / 主管部门名称中含发改委字样 / 实施单位带平安: words an office's cell is said to hold are
  // that office condition (containment, as 实施单位是城乡), the label kept — 主管部门里有发改委 had matched either column.
  (text) =>
    text.replace(
      /(主管部门|实施单位)(?:的)?(?:名称|名字)?(?:(?:里面|里头|里|中间|当中|中)(?:带有|带着|带|包含|包括|含有|含|有)|(?:带有|带着|带|包含|包括|含有|含))\s*[“"「『‘']?(\p{Script=Han}{2,12}?)[”"」』’']?(?:这?(?:两|三|四|五|几|2|3|4|5)个字|字样)?(?=的|[，,。？?！!；;\s]|项目|$)/gu,
      '$1是$2',
    ),
];

/**
 * 潞源和河门口，哪个的执行数多？分别是多少 / 李毅飞和张宏谁负责的预算合计多，各是多少: which is more, asked with each
 * figure — the figures side by side answer both (multi-ask.ts perAlternative, which also says which is the larger).
 */
const WHICH_THEN_EACH =
  /[，,]?\s*(?:谁|哪个|哪一个|哪家|哪边|哪方)(?:的)?([^，,。？?！!\s]{1,12}?)(?:更|比较|稍微)?(?:多|高|大|少|低|小)(?:一些|一点|些|点)?[？?，,]\s*(?:那|那么)?(?=(?:分别|各自|各)(?:是|有)?多少)/u;

function rewriteWhichThenEach(text: string): string {
  return text.replace(WHICH_THEN_EACH, (_m, what: string) =>
    /^(?:的|负责|管)/u.test(what) ? what : `的${what}`,
  );
}

/** Parses a question against the store's names (`vocab`). */
export function parseQuestion(question: string, vocab: Vocabulary, clockYear?: number): Parsed {
  const whole = parseWholeMessage(question, vocab, clockYear);
  if (!whole.unplaced.length) return whole;
  // 区里发了通知，科长让我弄清楚，请问…是多少？ — the words left are the clerk's story: the asking clauses read alone
  return askReadAlone(question, (text) => parseWholeMessage(text, vocab, clockYear), whole.unplaced) ?? whole;
}

function parseWholeMessage(question: string, vocab: Vocabulary, clockYear?: number): Parsed {
  // 双井疫情防控那两个项目执行率一样吗: one field of the projects named, looked up and said alike or not (same-value.ts)
  const same = sameValueAsked(question);
  if (same) {
    const rest = parseQuestion(same.text, vocab, clockYear);
    if (rest.query && !rest.unplaced.length && asksOneFieldOfProjects(rest.query))
      return { ...rest, sameAsked: same.word };
  }
  const tied = withTieBreak(question, vocab, clockYear);
  if (tied) return tied;
  const parsed = withAllOfSubject(question, parseWords(question, vocab, clockYear), vocab, clockYear);
  // 帮我伪造一份… / 潞源街道办事处主任叫什么名字: a request the bot does not do, or a person the forms do not name, is
  // reported even where the rest of the message reads as a question (refusals.ts).
  // (a title inside a project's name typed with more of it — 党组织书记补贴的负责人 — is the name; the title alone,
  // 书记是谁, is the person asked, whatever names hold it)
  const refused = refusedWords(question).filter(
    (w) =>
      !parsed.names.some((n) => nameKey(n.term) !== nameKey(w) && n.match.values.some((v) => v.includes(w))),
  );
  if (!refused.length) return parsed;
  const within = (w: string) => refused.some((r) => r.includes(w));
  return {
    ...parsed,
    unplaced: [...refused, ...parsed.unplaced.filter((w) => !within(w))],
    setAside: (parsed.setAside ?? []).filter((w) => !within(w)),
  };
}

/**
 * A ranking's ties, said after it (tie-break.ts): 总分最低的三个，有并列的都列出来 keeps the projects tied with the last
 * place; 按总分从低到高排，总分一样的按执行率排 orders the tied by a second key — kept only when the tie named is the
 * ranking's own field and the key another field.
 */
function withTieBreak(question: string, vocab: Vocabulary, clockYear?: number): Parsed | null {
  const allTied = allTiedAsked(question);
  if (allTied) {
    const rest = parseQuestion(allTied, vocab, clockYear);
    if (rest.query?.limit && typeof rest.query.order?.by === 'string' && !rest.unplaced.length)
      return { ...rest, query: { ...rest.query, ties: true } };
  }
  const tie = tieBreakSaid(question);
  if (!tie) return null;
  const rest = parseQuestion(tie.text, vocab, clockYear);
  const order = rest.query?.order;
  if (!rest.query || rest.unplaced.length || typeof order?.by !== 'string') return null;
  if (rest.query.groupBy || rest.query.per || rest.query.measures?.length) return null;
  const key = parseQuestion(tie.ordering, vocab, clockYear);
  const tiedBy = tie.tiedWords
    ? parseQuestion(`按${tie.tiedWords}排`, vocab, clockYear).query?.order?.by
    : order.by;
  const second = key.query?.order;
  if (key.unplaced.length || typeof second?.by !== 'string' || second.by === order.by || tiedBy !== order.by)
    return null;
  return {
    ...rest,
    query: { ...rest.query, order: { ...order, tieBreak: { by: second.by, dir: second.dir } } },
    corrected: [...rest.corrected, ...key.corrected],
  };
}

/**
 * 扣分的指标都写了原因吗 / 执行率不到90%的项目是不是都写了偏差原因: an all-of question whose subject (the words before
 * 都) is itself restricted by a condition. The subject read alone gives the filters that say which projects are asked
 * about; the same filters of the whole reading are its scope (all-of.ts), the rest what is asked of them — it had
 * judged every project (143 of 169 不满足 for the projects with no lost points at all).
 */
function withAllOfSubject(question: string, parsed: Parsed, vocab: Vocabulary, clockYear?: number): Parsed {
  if (!parsed.all || !parsed.query || parsed.unplaced.length) return parsed;
  const text = readYesNo(normalise(question)).text;
  const at = text.indexOf('都');
  const subject = text
    .slice(0, Math.max(at, 0))
    .replace(/(?:是不是|是否|是)\s*$/u, '')
    .trim();
  if (!subject) return parsed;
  const alone = parseWords(subject, vocab, clockYear);
  if (!alone.query || alone.unplaced.length) return parsed;
  const said = new Set(alone.query.filters.map((f) => JSON.stringify(f)));
  const scope = parsed.query.filters.filter((f) => said.has(JSON.stringify(f)));
  return scope.length ? { ...parsed, allScope: scope } : parsed;
}

function parseWords(question: string, vocab: Vocabulary, clockYear?: number): Parsed {
  const whole = parseWhole(question, vocab, clockYear);
  // 哪些部门的预算总额超过1000万: the total word was taken as the amount's own; the bound is on each group's total.
  if (!whole.unplaced.length) return withGroupFigureBound(whole, question) ?? whole;
  // 大红门分数最低的两个项目，按总分: a closing 按X that names the field the superlative already ranks by.
  const restated = withoutRestatedOrder(question, whole, (text) => parseWhole(text, vocab, clockYear));
  if (restated) return restated;
  // 全年预算超过1000万的项目，从高到低列出来: an order naming no field, of the one figure bounded (order-of-condition.ts).
  const orderedBy = withOrderOfCondition(question, whole, (text) => parseWhole(text, vocab, clockYear));
  if (orderedBy) return orderedBy;
  // 年初预算和全年预算不一样的项目，差了多少: the two fields' difference per project (compared-difference.ts).
  const apart = withComparedDifference(whole);
  if (apart) return apart;
  // 哪些部门的平均执行率低于99%: a bound on each group's average (group-figure-bound.ts).
  const averaged = withGroupFigureBound(whole, question);
  if (averaged) return averaged;
  // 比年初预算少（调减了）的: a parenthesis that says again what the question says (restated-parenthesis.ts).
  const glossed = withoutRestatedParenthesis(question, whole, (text) => parseWhole(text, vocab, clockYear));
  if (glossed) return glossed;
  // 在当地 / 这个号码: words pointing back at a place or a number the question states itself (points-back.ts).
  const pointed = withoutPointersBack(question, whole.query);
  if (pointed) {
    const again = parseWhole(pointed.text, vocab, clockYear);
    if (!again.unplaced.length && again.query)
      return { ...again, setAside: [...(again.setAside ?? []), ...pointed.said.map((w) => w.trim())] };
  }
  // 昨天审计的人来了，问我…: clauses that tell a story around the question, read clause by clause (story.ts).
  // Every substring of a word left over is tried: offices and people only, without the fuzzy project-name match.
  // Asked of every piece of every word of a story, again for each reading of it: remembered for this question.
  const seen = new Map<string, boolean>();
  const storedName = (word: string) => {
    const held = seen.get(word) ?? isStoredName(word);
    seen.set(word, held);
    return held;
  };
  const isStoredName = (word: string) => {
    const m = resolveTerm(word, vocab, undefined, { projects: false });
    // 区人 (in 丰台区人民政府) or 党工 (in 党工办) run into a story's words is no name: only a whole word counts.
    return (
      m !== null &&
      m.how !== 'similar' &&
      m.field !== 'projectName' &&
      namesWhole(word, m) &&
      !abbreviationPiece(word, m)
    );
  };
  return (
    readStory(question, whole.unplaced, (text) => parseWhole(text, vocab, clockYear), storedName) ?? whole
  );
}

function parseWhole(question: string, vocab: Vocabulary, clockYear?: number): Parsed {
  // 目标里写了培训的: words written in the goal cells are a text filter, not words to place (goal-text.ts).
  // the Statistics Office Fund (统计所经费): the English beside a stored name is its gloss (name-gloss.ts).
  const glossed = dropNameGlosses(question, (words) => {
    const key = nameKey(words);
    return (
      [vocab.projectName, vocab.department, vocab.implementingUnit].some((names) =>
        keysContaining(names, key).includes(key),
      ) || projectsSoundingAs(words, vocab.projectName).length === 1
    );
  });
  const goalText = readGoalText(normalise(glossed));
  // 联系电话是89538675的 / 尾号8675的: a phone number is a condition on 联系电话, never a name (phone-filter.ts).
  // 负责人姓李的 / 名字以2023开头的 / 电话6727开头的: a name by how it begins (name-starts.ts).
  // 我手机里存的是89536218，好像不对: the asker's own copy, never the phone condition (remarks.ts).
  const askersCopy = setAsideAskersCopy(goalText.text);
  const starts = readNameStarts(askersCopy.text, vocab.owner);
  // 名称里带“培训”的 when no stored name holds 培训: the condition all the same, answered with none (name-holds.ts).
  const holds = readNameHolds(starts.text, vocab.projectName);
  const phones = readPhoneFilter(holds.text);
  // 孟卓聪自己负责的（不算和赵路广一起负责的那个）: a person's own projects, the ones shared left out (joint-owners.ts).
  const joint = readJointOwners(phones.text, vocab);
  const goals = {
    text: joint.text,
    filters: [...goalText.filters, ...starts.filters, ...holds.filters, ...phones.filters, ...joint.filters],
  };
  // Who asks, who it goes to, where the clerk has been: set aside before splitting into words (narrative.ts).
  // 别给我整错了 / 最后一个问题 / 心里有个数: remarks about the asking itself, no condition (remarks.ts).
  // 疏整促那个表上写的是元，先折成万元再算: the store's amounts are in 万元 already; said back (unit-remark.ts).
  const unitRemark = readUnitRemark(goals.text);
  const remarks = setAsideRemarks(unitRemark.text);
  // 财政拨款那一行的全年预算 / 上年结转那行有数: a funds sub-row's column as the one word of its field, before any
  // other rewrite reads 资金总额 or 上年 (funds-row-words.ts); never inside a stored name typed whole.
  // 那个什么城市居民最低什么保障的: a name half remembered, 什么 for the words forgotten (name-placeholders.ts).
  const filled = fillNamePlaceholders(remarks.text, vocab);
  const subRows = rewriteFundsRows(filled, wholeNames(filled, nameIndex(vocab)));
  const plain = TEXT_REWRITES.reduce((text, rewrite) => rewrite(text), subRows);
  // …，只看大红门 / ，仅统计2023年: inside a question the narrowing verb only says that what follows is a condition,
  // which must still be placed (at the start of a message it follows up on the previous question: context.ts).
  const narrowed = plain.replace(
    /([,;，；])\s*(?:只|仅)(?!有|是)(?:看|统计|算|要|列|查|显示|保留|限于?)(?:一下)?(?=[\p{Script=Han}\w])/gu,
    '$1',
  );
  // 上次你给我的数好像不对 / …合计不对，你帮我再算一下: why the clerk asks again, not a condition (doubt.ts).
  const doubts = setAsideDoubts(narrowed);
  // 第三批和第四批X / X区级的和市级的: two project names said with one tail or one head (shared-tail.ts, shared-name-head.ts).
  const spread = spreadSharedHead(spreadSharedTail(doubts.text, vocab.projectName), vocab.projectName);
  const narrative = setAsideNarrative(
    spread,
    (term) => resolveTerm(term, vocab),
    wholeNames(spread, nameIndex(vocab)),
  );
  // 填了没有 / 有没有填 / 是不是空的: the asking tail as a statement; the answer says 是 or 否 (yes-no.ts).
  const yesNo = readYesNo(narrative.text);
  const text = yesNo.text;
  const spans = groupClassWords(tokenize(text, wholeNames(text, nameIndex(vocab)), clockYear));
  const corrected = [
    ...(unitRemark.said ? [unitRemark.said] : []),
    ...vagueAmounts(question.normalize('NFKC')),
    ...bareMoneyAskSaid(question),
    ...spokenMoneySaid(question),
    ...groupHomophonesSaid(question.normalize('NFKC')),
    // 满意度指标加起来超过十分: the rows' 分值 summed (colloquial-words.ts).
    ...satisfactionAddedUpSaid(question.normalize('NFKC')),
    ...projectLossSaid(question.normalize('NFKC')),
    // 三百多万吧，具体多少: the asker's guess, no bound (spoken-figures.ts).
    ...guessBeforeAsked(question.normalize('NFKC')).said.map((w): [string, string] => [
      w,
      '估计的数，不作筛选',
    ]),
    ...spans.filter((s) => s.corrected).map((s) => [s.text, s.corrected!] as [string, string]),
    // 有偏差 has no column of its own: read as the rows that lost points, and said so.
    ...spans
      .filter((s) => s.tokens.some((t) => t.k === 'deduct') && s.text.includes('偏差'))
      .map((s) => [s.text.trim(), '扣分（得分低于分值）'] as [string, string]),
  ];
  const unplaced: string[] = [];
  const items: Item[] = [];
  let sawProjectWord = false;
  const resolved = coordinatedNames(resolveFree(spans, vocab), vocab);
  const background = backgroundPieces(
    text,
    resolved.map((r) =>
      r && 'entity' in r
        ? {
            span: r.span,
            entity: {
              // A project named in a background clause (科长说有个叫X的项目，…) is what is asked about, too.
              placeLike:
                namesWhole(r.entity.term, r.entity.match) ||
                (r.entity.match.field === 'projectName' &&
                  // 纪检要抽查大额资金，…: a loose match (two pieces of a name, a common word) is the story's, said back.
                  ((r.entity.match.how === 'contains' && !looseProjectMatch(r.entity.term, r.entity.match)) ||
                    // 听同事提过一个X项目: the whole stored name typed, with words of the clause around it.
                    r.entity.match.values.some((v) => nameKey(r.entity.term).includes(nameKey(v))) ||
                    // 我们潞源的人口抽样调查，…: words long enough to name one project, found in that one only.
                    (r.entity.match.values.length === 1 &&
                      nameKey(r.entity.term).length >= LONG_NAME_WORDS))),
            },
          }
        : { span: r as Span },
    ),
  );
  // Where the offices, places and people named stand: a word of belonging beside one restates it (belonging-words.ts).
  const holders = resolved.flatMap((r) =>
    r && 'entity' in r && HOLDER_FIELDS.has(r.entity.match.field) ? [r.span.start] : [],
  );
  // Words of a background clause that would otherwise be reported: said back as context, never silently dropped.
  const backgroundSaid: string[] = [];
  for (const [index, r] of resolved.entries()) {
    if (background.has(index)) {
      const span = r && 'entity' in r ? null : (r as Span);
      if (span?.free && restrictingWords(span.text, text, span.start).length)
        backgroundSaid.push(span.text.trim());
      // A name of the background not used as a condition is said back too (never dropped without a word).
      else if (r && 'entity' in r) backgroundSaid.push(r.span.text.trim());
      continue;
    }
    if (r && 'entity' in r) {
      items.push({ span: r.span, tok: r.entity, used: false });
      // A person's name typed with a homophone is said back as read (「周雷莹」按「周蕾莹」理解), and so is a project's
      // (「统计所经废」按「统计所经费」理解).
      const { match, term } = r.entity;
      if (match.how === 'similar' && (match.field === 'owner' || match.read))
        corrected.push([r.span.text.trim(), term]);
      continue;
    }
    const span = r as Span;
    if (span.free && resumesPerson(resolved, index)) continue;
    if (span.free && nameNounApart(span.text, resolved, index)) continue;
    if (
      span.free &&
      restatesBelonging(span.text, text, span.start + span.text.indexOf(span.text.trim()), holders)
    )
      continue;
    if (span.free) {
      // 她 after the person was named, 那种 after a description: they point back, nothing new (anaphora.ts).
      const fieldsBefore = resolved
        .slice(0, index)
        .flatMap((p) => (p && 'entity' in p ? [p.entity.match.field] : []));
      const named = {
        person: fieldsBefore.includes('owner'),
        project: fieldsBefore.includes('projectName'),
      };
      unplaced.push(
        ...restrictingWords(span.text, text, span.start).filter(
          (w) => !refersBack(w, text.slice(0, text.indexOf(w, span.start)), named),
        ),
      );
      continue;
    }
    if (/项目|project|列出|清单|名单|列表/.test(span.text)) sawProjectWord = true;
    for (const tok of span.tokens) if (tok.k !== 'filler') items.push({ span, tok, used: false });
  }
  shareOfBudget(items);
  budgetLeft(items);
  // The kinds as the words were read, before the builder rewrites tokens: a word said twice is told by them.
  const asSaid = items.map((it) => ({ kind: it.tok.k, key: JSON.stringify(it.tok) }));
  const b = new Builder(items, vocab.years ?? [], text, yesNo.yesNo);
  b.run();
  const words = items.map((it, k) => ({ text: it.span.text.trim(), used: it.used, ...asSaid[k]! }));
  for (const [k, item] of items.entries()) {
    // 指标值没写单位: a class word (单位, 部门) as the object of a verb of entering is no grouping — what was not written
    // is not known (the measure's unit? the 实施单位?), so it is reported rather than passed over.
    const objectOfEntering = item.tok.k === 'dim' && items[k - 1]?.tok.k === 'empty';
    if (
      item.used ||
      (softWord(item) && !item.report && !objectOfEntering) ||
      unplaced.includes(item.span.text.trim())
    )
      continue;
    // 满意度没拿满分的项目 满意度 有哪些: the same word said again adds nothing (anaphora.ts).
    if (saidTwice(k, words)) continue;
    if (countsTheProjectsNamed(item, items[k + 1])) continue;
    unplaced.push(item.span.text.trim());
  }
  for (const said of b.held) if (!unplaced.includes(said)) unplaced.push(said);
  for (const k of sameFieldAgain(items)) {
    const said = items[k]!.span.text.trim();
    if (!unplaced.includes(said)) unplaced.push(said);
  }
  const names = items.flatMap((i) =>
    i.tok.k === 'entity' ? [{ term: i.tok.term, match: i.tok.match }] : [],
  );
  const exporting = items.some((i) => i.tok.k === 'export');
  // a condition on what the goals say asks for the projects meeting it
  const query = b.query(sawProjectWord || exporting || goals.filters.length > 0);
  if (query && goals.filters.length) query.filters.push(...goals.filters);
  // 哪几个单位的项目总分都是满分: groups every one of whose projects meets the condition — no query we have (it had
  // listed the groups having any such project): 都 is reported, never passed over.
  if (query?.groupBy && query.filters.length && GROUPS_WHOSE_ALL.test(text) && !unplaced.includes('都'))
    unplaced.push('都');
  return {
    query,
    unplaced: unplaced.filter(Boolean),
    corrected,
    names,
    exporting,
    setAside: [
      ...askersCopy.setAside,
      ...remarks.setAside,
      ...doubts.setAside,
      ...narrative.setAside,
      ...backgroundSaid,
    ],
    yesNo: yesNo.yesNo,
    ...(yesNo.all ? { all: true } : {}),
  };
}

/** 哪些单位的项目…都 + a condition (not 都是哪些 / 都有, 哪些部门都…: the groups summed up): every project of each. */
const GROUPS_WHOSE_ALL =
  /哪(?:些|几个|几家|个|一个|家)[^，,。？?；;]{0,20}?(?:项目|表)[^，,。？?；;]{0,12}?都(?!是?(?:哪|什么|多少|几|在哪|有哪|谁)|有)/u;

/** 列项目 / 列出来 / 名单: the projects themselves asked for, not only their groups. */
const LIST_ASKED = /列(?:出|一下|下|个)?(?:来)?(?:项目|清单|名单)?|名单|清单|明细/u;

/** A kind of place whose members are read from the office names (fields.ts `street`), as typed. */
const STREET_WORDS = /^(?:街道|街道办|街道办事处|街办|街乡|街镇)$/u;

/**
 * 各街道 / 每个街道 / 按街道 / 哪个街道 / 前三个街道: a class word after a word of grouping names the groups, not a place
 * (alone it is no name either, scope.ts, and never a containment filter). Anywhere else it stays a free run.
 */
function groupClassWords(spans: Span[]): Span[] {
  return spans.map((span, i) => {
    const word = span.free ? span.text.trim() : '';
    const field = STREET_WORDS.test(word) ? 'street' : PERSON_WORDS.test(word) ? 'owner' : null;
    if (!field) return span;
    let j = i - 1;
    while (j >= 0 && spans[j]!.tokens.every((t) => t.k === 'filler') && !spans[j]!.free) j--;
    const before = spans[j]?.tokens ?? [];
    // 街道各自 / 负责人分别: the word of each right after the class word (parse.ts groupWordAfter).
    const eachAfter =
      spans[i + 1]?.tokens.some((t) => t.k === 'group') &&
      /^(?:各|各自|分别)$/u.test(spans[i + 1]!.text.trim());
    const grouping =
      eachAfter || field === 'street'
        ? // 都在哪些街道 / 哪几个街道: 哪些 asks which groups, as 哪个 does — never a name containing 街道; 涉及几个街道
          // counts them (countedGroup).
          before.some((t) => t.k === 'group' || t.k === 'which' || t.k === 'top') ||
          (before.some((t) => t.k === 'agg' && t.fn === 'count') &&
            ENDS_CLAUSE.test(
              spans
                .slice(i + 1)
                .map((s) => s.text)
                .join(''),
            )) ||
          before.some((t) => t.k === 'ask' && /^哪/.test(spans[j]!.text.trim()))
        : // 前三个人 / 哪3个人 / 哪些人: the people ranked or asked for are the projects' 负责人.
          before.some(
            (t) =>
              t.k === 'top' ||
              t.k === 'which' ||
              (t.k === 'num' && !!t.unit && /^(个|位|名)$/.test(t.unit)) ||
              (t.k === 'ask' && /^哪/.test(spans[j]!.text)),
          );
    if (grouping) return { text: span.text, start: span.start, tokens: [{ k: 'dim', field }] };
    return field === 'street' && ofTheStreets(spans, i)
      ? { ...span, free: false, tokens: STREETS_ALL }
      : span;
  });
}

/**
 * 街道的项目有几个 / 所有街道一共多少钱 / 四个街道的预算占全部的比重 (the quantifier read by colloquial-words.ts
 * `allTheStreets`): every street's projects — the forms whose offices name a street (fields.ts `street`), never the
 * projects whose names hold 「街道」.
 */
function ofTheStreets(spans: Span[], i: number): boolean {
  const before = spans
    .slice(0, i)
    .map((s) => s.text)
    .join('');
  const after = spans
    .slice(i + 1)
    .map((s) => s.text)
    .join('');
  // (a clause asking something of them; 街道的项目不熟 tells a story, 几个街道 / 哪个街道 say some streets: left as said)
  const clause = /^[^，,。？?！!；;]*/u.exec(after)![0];
  return (
    !/(?:含|包含|带|带有|叫|名称|名字|里有|中有|几个?|多少个?|哪些|哪个?|某个?|一个|这个|那个|这些|那些|[两二三四五六七八九十\d]+个)\s*$/u.test(
      before,
    ) &&
    /^\s*(?:的|有|一共|总共|共|合计)/u.test(after) &&
    /多少|几|合计|一共|总共|比重|比例|占|平均|排|哪些|列出|是什么/u.test(clause)
  );
}

/** The street cell filled: the form belongs to a street. */
const STREETS_ALL: Token[] = [
  { k: 'field', id: 'street' },
  { k: 'empty', empty: false },
];

/** Nothing more of the clause after a word: a particle at most, then a stop or the end. */
const ENDS_CLAUSE = /^\s*(?:呀|呢|啊|吗|啦)?\s*(?:[?？。!！,，；;]|$)/u;

/** A person as the head noun of a ranking or a which-question (前三个人, 哪些人). */
const PERSON_WORDS = /^(?:人|人员|同志)$/u;

/**
 * 那个赵康 他负责的项目 / 「负责人：牛艳维」——她负责几个: 他 / 她 right after a person's name (only spaces, dashes or
 * punctuation between) points back at that person; nothing more is asked.
 */
function resumesPerson(resolved: ReturnType<typeof resolveFree>, index: number): boolean {
  const r = resolved[index] as Span;
  if (!/^\s*[他她]\s*$/u.test(r.text)) return false;
  for (let j = index - 1; j >= 0; j--) {
    const before = resolved[j]!;
    if ('entity' in before) return before.entity.match.field === 'owner';
    if (!/^[\s\p{P}—-]*$/u.test(before.text)) return false;
  }
  return false;
}

/** Two bounds of one figure (not the year) that no value meets both of: 低于10万 and 不低于50万, 等于0 and 等于100. */
function disjointBounds(x: Filter, y: Filter): boolean {
  if (x.type !== 'compare' || y.type !== 'compare' || x.field !== y.field || x.field === 'year') return false;
  if (x.op === '<>' || y.op === '<>') return false;
  const [lo, hi] = [x, y].map((f) => ({
    above: f.op === '>' || f.op === '>=' || f.op === '=' ? f.value : Number.NEGATIVE_INFINITY,
    below: f.op === '<' || f.op === '<=' || f.op === '=' ? f.value : Number.POSITIVE_INFINITY,
    strict: f.op === '<' || f.op === '>',
  }));
  const apart = (a: typeof lo, b: typeof lo) =>
    a!.below < b!.above || (a!.below === b!.above && (a!.strict || b!.strict));
  return apart(lo, hi) || apart(hi, lo);
}

const BUDGET_FIELDS = new Set<FieldId>(['annualBudget', 'initialBudget']);
/** Fields of names or words, which no check reads for being written right. */
const NAME_FIELDS = new Set<FieldId>(['owner', 'projectName', 'department', 'implementingUnit']);

/**
 * 执行数占预算的比例 / 执行数除以预算 / ratio of spending to budget: the one arithmetic between two fields the
 * language holds, the execution rate. The pieces are replaced by one 执行率 field where the first stood; any other
 * arithmetic stays as it is, and its words are reported unplaced.
 */
function shareOfBudget(items: Item[]): void {
  // Per group (各部门执行数占预算的比例) the ratio is of the group's sums, Σ执行 ÷ Σ预算 — arithmetic's per-group
  // share, which states it — never the average of the projects' rates: the phrase is left to arithmetic.ts.
  if (items.some((it) => it.tok.k === 'group')) return;
  const fieldAt = (i: number, ids: (id: FieldId) => boolean) => {
    const t = items[i]?.tok;
    return t?.k === 'field' && ids(t.id);
  };
  const arithAt = (i: number, ops: string[]) => {
    const t = items[i]?.tok;
    return t?.k === 'arith' && ops.includes(t.op);
  };
  for (let i = 0; i < items.length; i++) {
    let end = -1;
    // 执行数 占/除以 预算 (的比例)
    if (
      fieldAt(i, (id) => id === 'executed') &&
      arithAt(i + 1, ['share']) &&
      fieldAt(i + 2, (id) => BUDGET_FIELDS.has(id))
    )
      end = arithAt(i + 3, ['ratio']) ? i + 3 : i + 2;
    // 执行数和预算的比例 / 执行数与预算之比
    else if (
      fieldAt(i, (id) => id === 'executed') &&
      items[i + 1]?.tok.k === 'and' &&
      fieldAt(i + 2, (id) => BUDGET_FIELDS.has(id)) &&
      arithAt(i + 3, ['ratio'])
    )
      end = i + 3;
    // ratio of spending to budget
    else if (
      arithAt(i, ['ratio']) &&
      fieldAt(i + 1, (id) => id === 'executed') &&
      items[i + 2]?.span.text === 'to' &&
      fieldAt(i + 3, (id) => BUDGET_FIELDS.has(id))
    )
      end = i + 3;
    if (end < 0) continue;
    const span: Span = {
      text: items
        .slice(i, end + 1)
        .map((it) => it.span.text)
        .join(''),
      start: items[i]!.span.start,
      tokens: [{ k: 'field', id: 'executionRate' }],
    };
    items.splice(i, end + 1 - i, { span, tok: { k: 'field', id: 'executionRate' }, used: false });
  }
}

/**
 * 全年预算减去执行数 / 全年预算合计和执行数合计的差额 / budget minus spending: what is left of the budget, the 结余
 * field (a sum stays a sum). Only budget less spending: any other difference stays as it is, and is reported.
 */
function budgetLeft(items: Item[]): void {
  const tokAt = (i: number) => items[i]?.tok;
  const isField = (i: number, id: FieldId) => {
    const t = tokAt(i);
    return t?.k === 'field' && t.id === id;
  };
  const isSum = (i: number) => {
    const t = tokAt(i);
    return t?.k === 'agg' && t.fn === 'sum';
  };
  const isMinus = (i: number, words: RegExp) => {
    const t = tokAt(i);
    return t?.k === 'arith' && t.op === 'minus' && words.test(items[i]!.span.text);
  };
  const SUBTRACT = /^(减去|减掉|扣除|minus)$/;
  const DIFFERENCE = /^(差多少|差了多少|相差|差额|差值|之差|差距|difference)$/;
  for (let i = 0; i < items.length; i++) {
    if (!isField(i, 'annualBudget')) continue;
    let j = i + 1;
    const summed = isSum(j) ? j++ : -1;
    const subtract = isMinus(j, SUBTRACT);
    const and = tokAt(j)?.k === 'and';
    if (!subtract && !and) continue;
    j++;
    // 执行数合计 is one word: its sum comes first.
    const summedBefore = isSum(j) ? j++ : -1;
    if (!isField(j, 'executed')) continue;
    j++;
    const summedAfter = isSum(j) ? j++ : -1;
    const summedToo = summedBefore >= 0 ? summedBefore : summedAfter;
    let end = j - 1;
    if (and) {
      if (!isMinus(j, DIFFERENCE)) continue;
      end = j;
    } else if (isMinus(j, DIFFERENCE)) end = j;
    const sum = summed >= 0 ? items[summed]! : summedToo >= 0 ? items[summedToo]! : null;
    const span: Span = {
      text: items
        .slice(i, end + 1)
        .map((it) => it.span.text)
        .join(''),
      start: items[i]!.span.start,
      tokens: [{ k: 'field', id: 'remaining' }],
    };
    const field: Item = { span, tok: { k: 'field', id: 'remaining' }, used: false };
    items.splice(i, end + 1 - i, ...(sum ? [sum, field] : [field]));
  }
}

/** Builds the query from the tokens, marking each token it uses. */
class Builder {
  filters: Filter[] = [];
  measures: Measure[] = [];
  select: FieldId[] = [];
  groupBy: GroupField | undefined;
  order: PortfolioQuery['order'];
  limit: number | undefined;
  ties = false;
  per: GroupField | undefined;
  /** The word that made the grouping (各 / 每个 / 按 / 哪个): whether a superlative ranks projects in each group. */
  private groupWord: { text: string; which: boolean } | undefined;
  /** The groups themselves are counted (countedGroup). */
  private countGroups = false;
  /** Words read and found to say what no query of ours holds: reported whatever else used them (项目名称里没有). */
  readonly held: string[] = [];

  constructor(
    public items: Item[],
    readonly storeYears: number[] = [],
    /** The normalised question: what follows a word (有多少 + 个). */
    readonly text = '',
    /** Asked yes or no (readYesNo): a bound after a total may then be the total's (figure-check.ts). */
    readonly asksYesNo = false,
  ) {}

  private tok(i: number): Token | Entity | undefined {
    return this.items[i]?.tok;
  }
  private is<K extends string>(i: number, k: K, pred?: (t: Extract<Token | Entity, { k: K }>) => boolean) {
    const t = this.tok(i);
    return (
      !!t && t.k === k && !this.items[i]!.used && (!pred || pred(t as Extract<Token | Entity, { k: K }>))
    );
  }
  private use(...idx: number[]) {
    for (const i of idx) {
      const item = this.items[i];
      if (!item || item.used) continue;
      item.used = true;
      if (this.filters.length) item.filter = this.filters.length - 1;
    }
  }
  private numericAt(i: number): NumericField | null {
    const t = this.tok(i);
    return t?.k === 'field' && isNumeric(t.id) ? t.id : null;
  }
  /** Skips weak 是/为 tokens. */
  private after(i: number): number {
    let j = i + 1;
    while (this.is(j, 'op', (t) => !!t.weak)) j++;
    return j;
  }

  run() {
    this.englishOrder();
    this.satisfactionScores();
    this.deductions();
    this.stated();
    this.computed();
    this.compounds();
    this.rowScores();
    this.ranges();
    this.fieldComparisons();
    this.textComparisons();
    this.numberShapes();
    this.fullMarks();
    this.exclusiveBounds();
    this.numberComparisons();
    this.years();
    this.grouping();
    this.eachGroup();
    this.rankedGroups();
    this.ordering();
    this.aggregates();
    this.excluded();
    this.emptyTwice();
    this.emptiness();
    this.concepts();
    this.repeatedConcepts();
    this.grades();
    this.names();
    this.yearOfName();
    this.ownership();
    this.lookups();
    this.sumVerbs();
    this.alternatives();
  }

  /**
   * A word of summing that found no figure next to it: "total number of projects" is the count; 汇总一下X的全年执行数
   * / sum 一下… (the verb first, the one amount at the end) is that amount's total.
   */
  private sumVerbs() {
    for (let i = 0; i < this.items.length; i++) {
      const t = this.tok(i);
      if (t?.k !== 'agg' || t.fn !== 'sum' || this.items[i]!.used) continue;
      if (this.measures.length && this.measures.every((m) => m.fn === 'count') && !this.groupBy) {
        this.use(i);
        continue;
      }
      const money = this.select.filter((f) => isNumeric(f) && FIELDS[f].kind === 'money');
      if (this.measures.length || this.order || money.length !== 1 || this.select.length !== 1) continue;
      if (this.items.some((x) => x.tok.k === 'entity' && x.tok.match.field === 'projectName')) continue;
      this.measures.push({ fn: 'sum', field: money[0] as NumericField });
      this.select = [];
      this.use(i);
    }
  }

  /**
   * English puts what a mark or a deduction is of after it (full marks on satisfaction, lost points for budget
   * execution, not full for the budget row); Chinese before it (满意度没拿满分, 预算执行扣分), which is the order the
   * rules read. The condition named after on / for / in / of is moved before the words it qualifies.
   */
  private englishOrder() {
    const between = (a: Item, b: Item) => this.text.slice(a.span.start + a.span.text.length, b.span.start);
    for (let i = 0; i + 1 < this.items.length; i++) {
      if (!this.is(i, 'full') && !this.is(i, 'deduct')) continue;
      let k = i + 1;
      if (this.is(k, 'op', (t) => !!t.weak && this.items[k]!.span.text === 'of')) k++;
      const target = this.tok(k);
      const preposition =
        k > i + 1 ||
        /^\s*(on|for|in|of|regarding)\s+(the\s+|its\s+|their\s+)?$/.test(
          between(this.items[i]!, this.items[k]!),
        );
      const condition =
        (target?.k === 'concept' && target.c === 'satisfaction') ||
        (target?.k === 'field' && isNumeric(target.id) && target.id !== 'year');
      if (!preposition || !condition) continue;
      // Before the negation and the verbs of the phrase: did not get full marks for X → X not full.
      let at = i;
      while (
        at > 0 &&
        (this.is(at - 1, 'not') || this.is(at - 1, 'empty') || this.is(at - 1, 'op', (t) => !!t.weak))
      )
        at--;
      const [moved] = this.items.splice(k, 1);
      if (k > i + 1) this.items[i + 1]!.used = true;
      this.items.splice(at, 0, moved!);
    }
  }

  /**
   * 指标得分超过分值 / 指标得分低于分值: a row scored above or below its weight. 分值和得分不一样: either. Other
   * questions about row scores stay unplaced.
   */
  private rowScores() {
    const rowsOff = (op: '>' | '<' | '<>'): Filter => {
      const below: LeafFilter = { type: 'compare', field: 'rowsBelowWeight', op: '>', value: 0 };
      const above: LeafFilter = { type: 'compare', field: 'rowsAboveWeight', op: '>', value: 0 };
      return op === '<' ? below : op === '>' ? above : { type: 'any', filters: [below, above] };
    };
    // 得分 said of rows (not 总分).
    const rowScore = (k: number) =>
      this.is(k, 'rowScore') ||
      this.is(k, 'field', (t) => t.id === 'totalScore' && !/总/.test(this.items[k]!.span.text));
    for (let i = 0; i < this.items.length; i++) {
      // 分值和得分不一样 / 得分跟分值不一致.
      if (
        (this.is(i, 'weight') && this.is(i + 1, 'and') && rowScore(i + 2)) ||
        (rowScore(i) && this.is(i + 1, 'and') && this.is(i + 2, 'weight'))
      ) {
        const k = this.after(i + 2);
        if (this.is(k, 'same', (t) => !t.equal)) {
          this.filters.push(rowsOff('<>'));
          this.use(i, i + 1, i + 2, k);
          continue;
        }
      }
      if (!this.is(i, 'rowScore')) continue;
      // 指标得分比分值还高 / 比分值低.
      if (this.is(i + 1, 'than') && this.is(i + 2, 'weight')) {
        const k = this.after(i + 2);
        const t = this.tok(k);
        const op = t?.k === 'more' ? '>' : t?.k === 'less' ? '<' : t?.k === 'op' && !t.weak ? t.op : null;
        if (op === '>')
          this.filters.push({ type: 'finding', codes: ['SCORE_ABOVE_WEIGHT', 'BUDGET_WEIGHT_HOLDS_SCORE'] });
        else if (op === '<') this.filters.push(rowsOff('<'));
        if (op === '>' || op === '<') {
          this.use(i, i + 1, i + 2, k);
          continue;
        }
      }
      const j = this.after(i);
      const op = this.tok(j);
      if (op?.k !== 'op' || op.weak || !this.is(this.after(j), 'weight')) continue;
      if (op.op === '>') {
        this.filters.push({ type: 'finding', codes: ['SCORE_ABOVE_WEIGHT', 'BUDGET_WEIGHT_HOLDS_SCORE'] });
      } else if (op.op === '<') this.filters.push(rowsOff('<'));
      else if (op.op === '<>') this.filters.push(rowsOff('<>'));
      else continue;
      this.use(i, j, this.after(j));
    }
  }

  /**
   * 扣分: a row scored below its 分值. Of the 满意度 rows after 满意度, of the budget row after 预算执行, else of any
   * indicator row. 没有扣分 / 没扣分: none.
   */
  private deductions() {
    for (let i = 0; i < this.items.length; i++) {
      if (!this.is(i, 'deduct')) continue;
      const used = [i];
      let j = i - 1;
      let negated = false;
      // 有扣分 / 被扣分 / 没有扣分 / 没扣分.
      // 满意度没做被扣分: a negated verb of its own (没做, 没填) is the state of what precedes it, never 扣分's negation
      const bareNot = (k: number) =>
        !this.is(k, 'empty', (e) => e.empty) ||
        /^(?:没有|没|未|无|不|并未|从未|没被|未被)$/u.test(this.items[k]!.span.text);
      while (
        j >= 0 &&
        (this.is(j, 'empty') || this.is(j, 'not') || this.is(j, 'op', (t) => !!t.weak)) &&
        bareNot(j)
      ) {
        const t = this.tok(j)!;
        if (t.k === 'not' || (t.k === 'empty' && t.empty)) negated = !negated;
        used.push(j--);
      }
      const before = this.tok(j);
      const of =
        before?.k === 'concept' && before.c === 'satisfaction' && !this.items[j]!.used
          ? (['satisfactionScore', 'satisfactionWeight'] as const)
          : before?.k === 'field' &&
              !this.items[j]!.used &&
              ['budgetScore', 'executionRate', 'executed'].includes(before.id)
            ? (['budgetScore', 'budgetWeight'] as const)
            : null;
      if (of) {
        this.filters.push({ type: 'fields', left: of[0], op: negated ? '>=' : '<', right: of[1] });
        used.push(j);
      } else {
        this.filters.push({ type: 'compare', field: 'rowsBelowWeight', op: negated ? '=' : '>', value: 0 });
      }
      this.use(...used);
    }
  }

  /**
   * Words that name another field together: 预算执行 + 得分 (几分) = 预算执行得分; 总分 + 分值 = 总分值; 预算执行得分 +
   * 分值 = 预算执行分值 (when a comparison follows).
   */
  /**
   * 空着没写 / 空白未填: the state and the verb of one blank said one after the other are one empty test, not two
   * (the second would be left over).
   */
  private emptyTwice() {
    for (let i = 0; i + 1 < this.items.length; i++) {
      const state =
        this.is(i, 'empty', (e) => e.empty) &&
        /^(空着|空|空白|为空|是空的|留空|留白)$/u.test(this.items[i]!.span.text);
      if (state && this.is(i + 1, 'empty', (e) => e.empty)) this.items.splice(i + 1, 1);
    }
  }

  private compounds() {
    for (let i = 0; i < this.items.length; i++) {
      const t = this.tok(i);
      if (t?.k !== 'field' || this.items[i]!.used) continue;
      const next = this.tok(i + 1);
      // 预算执行那一项没写得分: the section, the empty test, then the cell of it (得分 / 分值 of that row).
      const cell = this.tok(i + 2);
      if (
        (t.id === 'executionRate' || t.id === 'executed') &&
        next?.k === 'empty' &&
        cell?.k === 'field' &&
        cell.id === 'totalScore' &&
        !/总/u.test(this.items[i + 2]!.span.text)
      ) {
        this.items[i]!.tok = { k: 'field', id: 'budgetScore' };
        this.items.splice(i + 2, 1);
        continue;
      }
      if (
        (t.id === 'executionRate' || t.id === 'executed') &&
        next?.k === 'field' &&
        next.id === 'totalScore'
      ) {
        this.items[i]!.tok = { k: 'field', id: 'budgetScore' };
        this.items.splice(i + 1, 1);
        continue;
      }
      // 预算执行这一项的分值 / 执行率那栏的权重: the budget row's 分值, as 预算执行这项得分 is its 得分.
      if ((t.id === 'executionRate' || t.id === 'executed') && next?.k === 'weight') {
        this.items[i]!.tok = { k: 'field', id: 'budgetWeight' };
        this.items.splice(i + 1, 1);
        // …的分值是几分: the points asked are that cell's, no 总分.
        const asked = this.tok(i + 1);
        if (
          asked?.k === 'field' &&
          asked.id === 'totalScore' &&
          /^是?(?:几|多少)分$/u.test(this.items[i + 1]!.span.text.trim())
        )
          this.items.splice(i + 1, 1);
        continue;
      }
      const weightOf =
        t.id === 'satisfactionScore'
          ? 'satisfactionWeight'
          : t.id === 'totalScore'
            ? 'totalWeight'
            : t.id === 'budgetScore'
              ? 'budgetWeight'
              : null;
      const after = this.tok(i + 2);
      if (
        weightOf &&
        next?.k === 'weight' &&
        (after?.k === 'not' || after?.k === 'op' || after?.k === 'num')
      ) {
        this.items[i]!.tok = { k: 'field', id: weightOf };
        this.items.splice(i + 1, 1);
      }
    }
  }

  /** 满意度得0分 / 满意度那一项给了0分: the 满意度 rows' score. */
  private satisfactionScores() {
    for (let i = 0; i < this.items.length; i++) {
      if (!this.is(i, 'concept', (c) => c.c === 'satisfaction')) continue;
      const next = this.tok(i + 1);
      const scored =
        (next?.k === 'num' && (next.unit === '分' || next.unit?.startsWith('point'))) ||
        next?.k === 'full' ||
        // 满意度没得满分 / 满意度不是满分.
        ((next?.k === 'not' || (next?.k === 'empty' && next.empty)) && this.tok(i + 2)?.k === 'full') ||
        (next?.k === 'not' && this.tok(i + 2)?.k === 'op' && this.tok(i + 3)?.k === 'full') ||
        (next?.k === 'op' && !next.weak && (this.tok(i + 2)?.k === 'num' || this.tok(i + 2)?.k === 'full'));
      if (scored) {
        this.items[i]!.tok = { k: 'field', id: 'satisfactionScore' };
        continue;
      }
      // 满意度那一项的得分 / 满意度这项分值: the cell of the 满意度 rows, as 预算执行那一项的得分 is the budget row's.
      const score =
        next?.k === 'field' && next.id === 'totalScore' && !/总/u.test(this.items[i + 1]!.span.text);
      const ofRow = score ? 'satisfactionScore' : next?.k === 'weight' ? 'satisfactionWeight' : null;
      if (ofRow) {
        this.items[i]!.tok = { k: 'field', id: ofRow };
        this.items.splice(i + 1, 1);
      }
    }
  }

  /** 表上填的执行率: the rate as the form states it. */
  private stated() {
    for (let i = 0; i < this.items.length; i++) {
      if (!this.is(i, 'stated')) continue;
      const at = [i + 1, i + 2].find((j) => this.tok(j)?.k === 'field');
      const t = at === undefined ? null : this.tok(at);
      // A fresh token: the lexicon's are shared.
      if (t?.k === 'field' && t.id === 'executionRate')
        this.items[at!]!.tok = { k: 'field', id: 'statedRate' };
      if (t) this.use(i);
    }
  }

  /**
   * 算出来的总分 / 表上的执行率和算出来的不一样: the scorer's value. Before a field it names that field's computed
   * counterpart; standing alone after 和/跟 it is the counterpart of the field compared.
   */
  private computed() {
    const counterpart = (id: FieldId): NumericField | null =>
      id === 'totalScore' || id === 'computedTotal'
        ? 'computedTotal'
        : id === 'executionRate' || id === 'statedRate'
          ? 'executionRate'
          : id === 'budgetScore' || id === 'computedBudgetScore'
            ? 'computedBudgetScore'
            : null;
    for (let i = 0; i < this.items.length; i++) {
      if (!this.is(i, 'computed')) continue;
      const next = this.tok(i + 1);
      if (next?.k === 'field') {
        const id = counterpart(next.id);
        if (id) {
          this.items[i + 1]!.tok = { k: 'field', id };
          this.use(i);
        }
        continue;
      }
      const prev = this.tok(i - 2);
      const joins = this.tok(i - 1);
      // 和算出来的 / different from the computed one / 与核算的不一致.
      if (
        (joins?.k === 'and' || joins?.k === 'same' || (joins?.k === 'op' && !joins.weak)) &&
        prev?.k === 'field'
      ) {
        const id = counterpart(prev.id);
        if (id) this.items[i]!.tok = { k: 'field', id };
      }
    }
  }

  /** 谁负责 / 谁负责的项目最多 / who is responsible for X: the 项目负责人 is asked for. */
  private ownership() {
    for (let i = 0; i < this.items.length; i++) {
      if (!this.is(i, 'ownedBy')) continue;
      const sup = this.items.findIndex(
        (x, j) => !x.used && (x.tok.k === 'sup' || x.tok.k === 'top') && j !== i,
      );
      // 负责项目最多的前三个人: the people are grouped already (rankedGroups).
      if (this.groupBy === 'owner') {
        this.use(i);
        continue;
      }
      if (sup >= 0 && !this.order && !this.groupBy) {
        const t = this.tok(sup) as Extract<Token, { k: 'sup' | 'top' }>;
        this.groupBy = 'owner';
        this.measures = this.measures.length ? this.measures : [{ fn: 'count' }];
        this.order = { by: { measure: 0 }, dir: t.k === 'sup' ? t.dir : (t.dir ?? 'desc') };
        this.limit = t.k === 'top' ? t.n : 1;
        this.ties = t.k === 'sup';
        this.use(i, sup);
        continue;
      }
      if (!this.select.includes('owner')) this.select.push('owner');
      this.use(i);
    }
  }

  /**
   * 没有负责人或没有电话: conditions joined by 或 hold either. 预算10万以下和50万以上的项目: two bounds of one figure that
   * no project can meet both of, joined by 和, are the two ends asked together — either (read as both, 0 projects).
   */
  private alternatives() {
    for (let k = 0; k < this.items.length; k++) {
      if (!this.is(k, 'or') && !this.is(k, 'and')) continue;
      let l = k - 1;
      while (l >= 0 && this.items[l]!.filter === undefined) l--;
      let r = k + 1;
      while (r < this.items.length && this.items[r]!.filter === undefined) r++;
      const a = l >= 0 ? this.items[l]!.filter : undefined;
      const b = r < this.items.length ? this.items[r]!.filter : undefined;
      if (a === undefined || b === undefined || a === b) continue;
      const left = this.filters[a]!;
      const right = this.filters[b]!;
      if (this.is(k, 'and') && !disjointBounds(left, right)) continue;
      const flat = [
        ...(left.type === 'any' ? left.filters : [left]),
        ...(right.type === 'any' ? right.filters : [right]),
      ];
      this.filters[a] = { type: 'any', filters: flat };
      this.filters.splice(b, 1);
      for (const item of this.items) {
        if (item.filter === b) item.filter = a;
        else if (item.filter !== undefined && item.filter > b) item.filter--;
      }
      this.items[k]!.used = true;
    }
  }

  /** 执行率在80%到90%之间 / 2020到2023年. */
  private ranges() {
    for (let i = 0; i < this.items.length; i++) {
      const lo = this.tok(i);
      const hi = this.tok(i + 2);
      // between 80% and 95%: the joining word after between is the range's.
      // 在10万和50万之间 / 中间: the same, the word of between after the second number.
      const andBetween =
        lo?.k === 'num' && this.is(i + 1, 'and') && hi?.k === 'num' && this.is(i + 3, 'between');
      const betweenAnd =
        (this.is(i - 1, 'between') && this.is(i + 1, 'and') && hi?.k === 'num') || andBetween;
      if (betweenAnd && this.is(i - 1, 'between')) this.use(i - 1);
      if ((!this.is(i + 1, 'range') && !betweenAnd) || !lo || !hi) continue;
      if (lo.k === 'year' && hi.k === 'year') {
        this.filters.push({ type: 'compare', field: 'year', op: '>=', value: lo.value });
        this.filters.push({ type: 'compare', field: 'year', op: '<=', value: hi.value });
        this.use(i, i + 1, i + 2);
        continue;
      }
      if (lo.k !== 'num' || hi.k !== 'num') continue;
      const field = this.fieldFor(i, hi.unit ?? lo.unit);
      if (!field) continue;
      this.filters.push({
        type: 'compare',
        field: field.id,
        op: '>=',
        value: this.value(field.id, lo.value, lo.unit ?? hi.unit),
      });
      const join = this.tok(i + 1);
      this.filters.push({
        type: 'compare',
        field: field.id,
        op: join?.k === 'range' && join.below ? '<' : '<=',
        value: this.value(field.id, hi.value, hi.unit ?? lo.unit),
      });
      this.use(i, i + 1, i + 2, field.at);
      if (this.is(i + 3, 'between')) this.use(i + 3);
    }
  }

  /** The field a number belongs to: the nearest numeric field before it in the clause, else after it, else by unit. */
  private fieldFor(i: number, unit?: string): { id: NumericField; at: number } | null {
    // 执行数合计超过1000万 / 执行率平均有没有到95: a bound after a total or an average of the field is of that field,
    // which stays free for the total (figure-check.ts then checks the one figure against the bound).
    let overFigure = false;
    for (let j = i - 1; j >= 0; j--) {
      const t = this.tok(j)!;
      const f = this.numericAt(j);
      // 执行数合计 is one word of two tokens, the total and its field.
      const totalled = overFigure || (this.asksYesNo && [j - 1, j + 1].some((k) => this.figureWordOf(k, j)));
      if (f) return { id: f, at: totalled ? -1 : j };
      if (this.asksYesNo && t.k === 'agg' && t.fn !== 'count' && !this.items[j]!.used && !overFigure) {
        overFigure = true;
        continue;
      }
      if (
        !['op', 'opAfter', 'not', 'empty', 'between'].includes(t.k) ||
        (this.items[j]!.used && t.k !== 'between')
      )
        break;
    }
    for (let j = i + 1; j < this.items.length; j++) {
      const t = this.tok(j)!;
      const f = this.numericAt(j);
      if (f && !this.items[j]!.used) return { id: f, at: j };
      if (!['op', 'opAfter', 'between', 'range'].includes(t.k)) break;
    }
    // 满意度得0分: a number said of a condition is not the total's.
    if ([i - 1, i - 2].some((j) => this.tok(j)?.k === 'concept' || this.tok(j)?.k === 'rowScore'))
      return null;
    const byUnit: NumericField | null =
      unit === '%' || unit === 'percent'
        ? 'executionRate'
        : unit === '分' || unit?.startsWith('point')
          ? 'totalScore'
          : unit === '万元' || unit === '万' || unit === '元'
            ? 'annualBudget'
            : null;
    // 执行数最少的五个项目，是不是都不到1万元: an amount in another clause of a question that names one money field
    // only is of that field (the budget, what a project costs, only when none is named)
    if (byUnit === 'annualBudget') {
      const money = this.numericFieldsNamed().filter((f) => FIELDS[f].kind === 'money');
      if (money.length === 1) return { id: money[0]!, at: -1 };
    }
    return byUnit ? { id: byUnit, at: -1 } : null;
  }

  /** Whether item `k` is an unused total or average said in the same word as item `j` (执行数合计). */
  private figureWordOf(k: number, j: number): boolean {
    const t = this.tok(k);
    return (
      t?.k === 'agg' &&
      t.fn !== 'count' &&
      !this.items[k]!.used &&
      this.items[k]!.span === this.items[j]!.span
    );
  }

  private value(field: NumericField, n: number, unit?: string): number {
    return FIELDS[field].kind === 'money' && unit === '元' ? n / 10_000 : n;
  }

  /** 年初预算数与全年预算数不一致 / 预算执行得分低于预算执行分值 / 得分超过分值. */
  private fieldComparisons() {
    for (let i = 0; i < this.items.length; i++) {
      const left = this.numericAt(i);
      if (!left || this.items[i]!.used) continue;
      // 全年预算比年初预算多 / 执行数比预算数少 / 满意度得分比分值低 (the weight of the score before).
      const weightOf = WEIGHT_OF[left];
      const weightNext = this.is(i + 2, 'weight') && typeof weightOf === 'string';
      if (this.is(i + 1, 'than') && (this.numericAt(i + 2) || weightNext)) {
        const right = this.numericAt(i + 2) ?? (weightOf as NumericField);
        const k = this.after(i + 2);
        const t = this.tok(k);
        const op: Op | null =
          t?.k === 'more' ? '>' : t?.k === 'less' ? '<' : t?.k === 'op' && !t.weak ? t.op : null;
        // 比年初预算多出20万以上: a number after the word of more or less bounds the difference, never another field.
        if (op && this.is(k + 1, 'num')) {
          this.fieldGap(left, right, op, i, k);
          continue;
        }
        if (op && this.pushFields(left, op, right)) this.use(i, i + 1, i + 2, k);
        continue;
      }
      let j = i + 1;
      if (this.is(j, 'and')) {
        // 预算执行得分和分值一样: 分值 after a score is that score's own weight.
        const right =
          this.numericAt(j + 1) ??
          (this.is(j + 1, 'weight') && typeof weightOf === 'string' ? weightOf : null);
        let k = this.after(j + 1);
        // A and B are not the same / 不一样 is one word, not the same is two.
        const not = this.is(k, 'not') ? k++ : -1;
        if (right && this.is(k, 'same')) {
          const same = this.tok(k) as Extract<Token, { k: 'same' }>;
          const equal = not >= 0 ? !same.equal : same.equal;
          if (this.pushFields(left, equal ? '=' : '<>', right))
            this.use(i, j, j + 1, k, ...(not >= 0 ? [not] : []));
        }
        continue;
      }
      j = this.after(i);
      const negated = this.is(j, 'not');
      if (negated) j++;
      const opTok = this.tok(j);
      const op: Op | null =
        opTok?.k === 'op' && !this.items[j]!.used
          ? opTok.op
          : opTok?.k === 'same'
            ? opTok.equal
              ? '='
              : '<>'
            : null;
      if (!op) continue;
      const k = this.after(j);
      const right = this.numericAt(k);
      const effective = negated ? negate(op) : op;
      // 得分不等于执行率乘分值 / score ≠ weight × rate: the budget row's score against the rule that computes it.
      const rate = (x: number) =>
        this.is(x, 'field', (t) => t.id === 'executionRate' || t.id === 'statedRate');
      const product =
        (rate(k) && this.is(k + 1, 'times') && this.is(k + 2, 'weight')) ||
        (this.is(k, 'weight') && this.is(k + 1, 'times') && rate(k + 2));
      if (product && (effective === '<>' || effective === '=') && FIELDS[left].kind === 'score') {
        this.filters.push({
          type: 'finding',
          codes: ['BUDGET_SCORE_MISMATCH'],
          ...(effective === '=' ? { negate: true } : {}),
        });
        this.use(i, j, k, k + 1, k + 2, ...(negated ? [j - 1] : []));
        continue;
      }
      // 执行数不到预算的一半 (一半 is 50% by now: fraction-bounds.ts) / 不到全年预算的八成: a part of the other amount.
      const part = right ? this.partOf(left, right, k + 1) : null;
      if (right && part !== null) {
        this.filters.push({ type: 'fields', left, op: effective, right, times: part });
        this.use(i, j, k, k + 1, ...(negated ? [j - 1] : []));
      } else if (right && !this.is(k + 1, 'num')) {
        if (this.pushFields(left, effective, right)) this.use(i, j, k, ...(negated ? [j - 1] : []));
      } else if (this.is(k, 'weight')) {
        const weight = WEIGHT_OF[left];
        if (left === 'totalScore' && effective === '>') {
          // A score above its weight is a row's: an indicator (or the budget row) scored above its 分值.
          this.filters.push({ type: 'finding', codes: ['SCORE_ABOVE_WEIGHT', 'BUDGET_WEIGHT_HOLDS_SCORE'] });
        } else if (typeof weight === 'string') {
          this.filters.push({ type: 'fields', left, op: effective, right: weight });
        } else if (typeof weight === 'number') {
          this.filters.push({ type: 'compare', field: left, op: effective, value: weight });
        } else continue;
        this.use(i, j, k, ...(negated ? [j - 1] : []));
      }
    }
  }

  /** 总分带小数 / 填的执行率是整数 (number-shape-words.ts): the numeric field right before the word. */
  private numberShapes() {
    for (let k = 1; k < this.items.length; k++) {
      const t = this.tok(k);
      if (t?.k !== 'fraction' || this.items[k]!.used) continue;
      const field = this.numericAt(k - 1);
      if (!field || this.items[k - 1]!.used) continue;
      this.filters.push({ type: 'fraction', field, fraction: t.fraction });
      this.use(k - 1, k);
    }
  }

  /**
   * 实施单位和主管部门一样 / 负责人跟联系人不一致: two text cells of a form compared as written (cell-compare-words.ts
   * reads the place words and 一字不差 before). Only a text cell with a text cell; a name or a number after either
   * field is a condition of its own, not a comparison.
   */
  private textComparisons() {
    const textAt = (i: number): TextCell | null => {
      const t = this.tok(i);
      return t?.k === 'field' && (TEXT_CELLS as readonly string[]).includes(t.id) && !this.items[i]!.used
        ? (t.id as TextCell)
        : null;
    };
    for (let i = 0; i + 2 < this.items.length; i++) {
      const left = textAt(i);
      if (!left || !this.is(i + 1, 'and')) continue;
      const right = textAt(i + 2);
      if (!right || right === left) continue;
      let k = this.after(i + 2);
      const not = this.is(k, 'not') ? k++ : -1;
      const same = this.tok(k);
      if (same?.k !== 'same' || this.items[k]!.used) continue;
      const equal = not >= 0 ? !same.equal : same.equal;
      this.filters.push({ type: 'sameText', left, right, equal });
      this.use(i, i + 1, i + 2, k, ...(not >= 0 ? [not] : []));
    }
  }

  /**
   * Two fields of a form compared. Amounts with amounts, scores with scores; a score said not to match a rate is the
   * check that computes one from the other (预算执行得分跟执行率对不上 = BUDGET_SCORE_MISMATCH). Anything else is not
   * a comparison the language holds: false, and its words stay unplaced.
   */
  private pushFields(left: NumericField, op: Op, right: NumericField): boolean {
    const pair = new Set([left, right]);
    const check =
      op === '<>' && pair.has('budgetScore') && (pair.has('executionRate') || pair.has('statedRate'))
        ? 'BUDGET_SCORE_MISMATCH'
        : op === '<>' && pair.has('statedRate') && pair.has('executionRate')
          ? 'RATE_MISMATCH'
          : op === '<>' && pair.has('totalScore') && pair.has('computedTotal')
            ? 'TOTAL_MISMATCH'
            : null;
    if (check) {
      this.filters.push({ type: 'finding', codes: [check] });
      return true;
    }
    if (left === right || FIELDS[left].kind !== FIELDS[right].kind) return false;
    this.filters.push({ type: 'fields', left, op, right });
    return true;
  }

  /**
   * 执行数比年初预算高出20万以上 / 全年预算比执行数多10万以上: the difference of two fields of a form bounded by a
   * number of their kind, with 以上 / 以下 after it (a gap said with no bound — 多出20万的 — is left unplaced: exactly
   * 20万 is rarely meant). Said as less (执行数比预算少10万以上), the sides are turned round: 预算 − 执行数 ≥ 10. 以下 keeps
   * the first larger (多出20万以下: more, by at most 20万).
   */
  private fieldGap(left: NumericField, right: NumericField, op: Op, i: number, k: number) {
    if (op !== '>' && op !== '<') return;
    const num = this.tok(k + 1) as Extract<Token, { k: 'num' }>;
    const bound = this.tok(k + 2);
    if (bound?.k !== 'opAfter' || this.items[k + 2]!.used || !['>=', '<=', '>', '<'].includes(bound.op))
      return;
    // 执行数比预算少了一半以上 (50%以上): the gap a part of the other amount — less by at least p is at most (1 − p)
    // of it, more by at least p at least (1 + p); 以下 keeps the first on its side (少了一半以下: less, by at most half).
    const part = this.partOf(left, right, k + 1);
    if (part !== null) {
      const times = op === '<' ? 1 - part : 1 + part;
      if (!(times > 0)) return;
      const atLeast = bound.op === '>=' || bound.op === '>';
      const strict = bound.op === '>' || bound.op === '<';
      const opOfGap: Op =
        op === '<'
          ? atLeast
            ? strict
              ? '<'
              : '<='
            : strict
              ? '>'
              : '>='
          : atLeast
            ? strict
              ? '>'
              : '>='
            : strict
              ? '<'
              : '<=';
      if (!atLeast) this.filters.push({ type: 'fields', left, op, right });
      this.filters.push({ type: 'fields', left, op: opOfGap, right, times });
      this.use(i, i + 1, i + 2, k, k + 1, k + 2);
      return;
    }
    const kind = FIELDS[left].kind;
    if (kind !== FIELDS[right].kind || left === right) return;
    const unit = num.unit;
    const fits =
      kind === 'money'
        ? unit === '万' || unit === '万元' || unit === '元'
        : kind === 'score'
          ? unit === undefined || unit === '分'
          : kind === 'percent'
            ? unit === undefined || unit === '%'
            : false;
    if (!fits || !(num.value > 0)) return;
    const [a, b] = op === '>' ? [left, right] : [right, left];
    const by = this.value(a, num.value, unit);
    if (bound.op === '<=' || bound.op === '<')
      this.filters.push({ type: 'fields', left: a, op: '>', right: b });
    this.filters.push({ type: 'fields', left: a, op: bound.op, right: b, by });
    this.use(i, i + 1, i + 2, k, k + 1, k + 2);
  }

  /**
   * A share of the amount `right` said at item `at` (50% / 80%, written so from 一半 / 八成): the factor, when both
   * fields are amounts — a percent of an amount is a part of it, never a figure of its own.
   */
  private partOf(left: NumericField, right: NumericField, at: number): number | null {
    const t = this.tok(at);
    if (t?.k !== 'num' || t.unit !== '%' || this.items[at]!.used || !(t.value > 0)) return null;
    if (left === right || FIELDS[left].kind !== 'money' || FIELDS[right].kind !== 'money') return null;
    return t.value / 100;
  }

  /** 各项目 / 每个项目 / 各自 / 分别 / 各是多少 said of the projects themselves (no kind of group after the word). */
  private asksEachProject(): boolean {
    if (/(?:各|每|每一)(?:个)?项目|每项(?!目)/u.test(this.text)) return true;
    // 韩梅和邵峰分别负责多少预算: 分别 over alternatives joined by 和 is one figure per alternative (multi-ask.ts).
    if (this.items.some((x) => x.tok.k === 'and')) return false;
    const money = (i: number) => {
      const field = this.numericAt(i);
      return field !== null && FIELDS[field].kind === 'money';
    };
    return this.items.some(
      (x, i) =>
        x.tok.k === 'group' &&
        !x.used &&
        /^(?:各|各自|分别|各个)$/u.test(x.span.text.trim()) &&
        this.dimAt(i + 1) === null &&
        (money(i - 1) || money(i + 1)),
    );
  }

  /** 预算执行没拿满分 / 总分满分的项目. */
  private fullMarks() {
    for (let i = 0; i < this.items.length; i++) {
      if (!this.is(i, 'full')) continue;
      let j = i - 1;
      while (j >= 0 && this.tok(j)?.k === 'op' && (this.tok(j) as { weak?: boolean }).weak) j--;
      // lower than full marks / below full: not full.
      const below = this.is(j, 'op', (t) => !t.weak && (t.op === '<' || t.op === '<>'));
      const negated = j >= 0 && (below || this.is(j, 'not') || this.is(j, 'empty', (t) => t.empty));
      // The score is not full: a weak 是 / is between the field and the negation too.
      let fieldAt = negated ? j - 1 : j;
      while (negated && this.is(fieldAt, 'op', (t) => !!t.weak)) fieldAt--;
      let field = this.numericAt(fieldAt) ?? undefined;
      let at = fieldAt;
      // 指标没拿满分 / 每项指标都拿了满分: the indicator rows (any of them lost points / none did), not the total.
      const said = this.items[negated ? j : i]!.span.start;
      if (
        !field &&
        /(?:指标|每一?项|各项|每一?条)(?:都|也|上|里)?(?:拿了|拿到了|拿|得了|得到了|得|是)?$/u.test(
          this.text.slice(0, said),
        )
      ) {
        this.filters.push({ type: 'compare', field: 'rowsBelowWeight', op: negated ? '>' : '=', value: 0 });
        this.use(i, ...(negated ? [j] : []));
        continue;
      }
      if (!field || !(field in WEIGHT_OF)) {
        // 预算执行 (without 得分) before it names the budget row.
        const prev = this.tok(fieldAt);
        field =
          prev?.k === 'field' && (prev.id === 'executionRate' || prev.id === 'executed')
            ? 'budgetScore'
            : 'totalScore';
        if (!(prev?.k === 'field' && (prev.id === 'executionRate' || prev.id === 'executed'))) at = -1;
      }
      const weight = WEIGHT_OF[field]!;
      const op: Op = negated ? '<' : '>=';
      this.filters.push(
        typeof weight === 'string'
          ? { type: 'fields', left: field, op, right: weight }
          : { type: 'compare', field, op, value: weight },
      );
      // 满分100: the number is the full mark itself.
      const hundred = this.is(i + 1, 'num', (t) => t.value === 100) ? [i + 1] : [];
      this.use(i, ...hundred, ...(negated ? [j] : []), ...(at >= 0 ? [at] : []));
    }
  }

  /** Numbers whose bound is not reached (500万以下（不含500万）): their comparison is strict. */
  private strict = new Set<number>();

  /** 不含500万 after 500万以下: that bound excluded. The number is said twice; the second says only that. */
  private exclusiveBounds() {
    for (let k = 0; k + 1 < this.items.length; k++) {
      if (!this.is(k, 'except') || !this.is(k + 1, 'num')) continue;
      const n = this.tok(k + 1) as Extract<Token, { k: 'num' }>;
      const same = this.items.findIndex(
        (x, j) =>
          j < k && x.tok.k === 'num' && x.tok.value === n.value && (x.tok.unit ?? '') === (n.unit ?? ''),
      );
      if (same < 0) continue;
      this.strict.add(same);
      this.use(k, k + 1);
    }
  }

  /** 执行率低于90% / 90分以下 / 预算超过100万 / below 80%. */
  private numberComparisons() {
    /** The bound just read: a second bound joined to it (不低于99但没到100) is of the same field. */
    let last: { field: NumericField; at: number } | null = null;
    for (let i = 0; i < this.items.length; i++) {
      if (!this.is(i, 'num')) continue;
      const num = this.tok(i) as Extract<Token, { k: 'num' }>;
      // 指标个数超过15个: a count of things per project bounded, said with the things' measure word
      const counted = num.unit === '个' || num.unit === '项' || num.unit === '条';
      const countField = counted ? this.fieldFor(i, undefined) : null;
      if (counted && (!countField || FIELDS[countField.id].kind !== 'count')) continue;
      if (num.unit === '名' || num.unit === '位') continue;
      if (num.unit === '年' || num.unit === '年度') continue;
      const second: { id: NumericField; at: number } | null =
        last && this.secondBound(last, i, num.unit) ? { id: last.field, at: -1 } : null;
      const found = this.fieldFor(i, num.unit);
      // 执行数高于100万但低于200万: the second bound's unit alone (万元 = 全年预算数) never outweighs the field the
      // bound before it is of (it had been read as 全年预算数 低于200万 — a wrong set)
      let field: { id: NumericField; at: number } | null =
        countField ?? (found && found.at >= 0 ? found : (second ?? found));
      if (!field) continue;
      // 钱花了不到一半 / 执行数不到50%: a percent said of an amount is a share of another amount, never that many 万元
      // (read as 50万 before). The share spent is the execution rate; of any other amount there is no base to take
      // it of, and the number stays unplaced.
      if ((num.unit === '%' || num.unit === 'percent') && FIELDS[field.id].kind === 'money') {
        if (field.id !== 'executed') continue;
        field = { id: 'executionRate', at: field.at };
      }
      let op: Op = '=';
      const used = [i];
      const k = i - 1;
      if (this.is(k, 'op')) {
        const t = this.tok(k) as Extract<Token, { k: 'op' }>;
        op = t.op;
        used.push(k);
        if (this.is(k - 1, 'not')) {
          op = negate(op);
          used.push(k - 1);
        }
      } else if (
        this.is(k, 'range') &&
        /^到$/u.test(this.items[k]!.span.text) &&
        this.numericAt(k - 1) !== null &&
        !this.items[k - 1]!.used &&
        // 分值给到10分 / 定到: a verb before 到 sets the figure (equal to it), it does not reach it.
        this.items[k - 1]!.span.start + this.items[k - 1]!.span.text.length === this.items[k]!.span.start
      ) {
        // 执行率到95%吗 / 总分到90了没有: reaching a figure (a range's 到 has a figure before it: 50到100).
        op = '>=';
        used.push(k, k - 1);
        if (field.at < 0) field = { id: this.numericAt(k - 1)!, at: k - 1 };
      } else if (this.is(k, 'empty', (t) => t.empty && /^(没|没有)$/.test(this.items[k]!.span.text))) {
        // 没有90分 / 没到: below.
        op = '<';
        used.push(k);
      }
      if (this.is(i + 1, 'opAfter')) {
        op = (this.tok(i + 1) as Extract<Token, { k: 'opAfter' }>).op;
        used.push(i + 1);
      }
      if (this.strict.has(i)) op = op === '<=' ? '<' : op === '>=' ? '>' : op;
      this.filters.push({
        type: 'compare',
        field: field.id,
        op,
        value: this.value(field.id, num.value, num.unit),
      });
      this.use(...used, ...(field.at >= 0 ? [field.at] : []));
      last = op === '=' ? null : { field: field.id, at: Math.max(...used) };
    }
  }

  /**
   * 总分不低于99但没到100 / 执行率高于80、低于95: a bound with no field of its own, right after a bound of a field and
   * joined to it by nothing but 但 / 又 / 且 / 而 (or a comma), is that field's second bound — when its unit, if
   * said, is of that field's kind.
   */
  private secondBound(last: { field: NumericField; at: number }, i: number, unit?: string): boolean {
    let k = i - 1;
    if (this.is(k, 'op') && !(this.tok(k) as Extract<Token, { k: 'op' }>).weak) k--;
    else if (!this.is(i + 1, 'opAfter') && !this.is(k, 'empty')) return false;
    else if (this.is(k, 'empty')) k--;
    if (this.is(k, 'not')) k--;
    for (let j = last.at + 1; j <= k; j++) if (this.tok(j)?.k !== 'and' || this.items[j]!.used) return false;
    const kind = FIELDS[last.field].kind;
    if (!unit) return true;
    if (unit === '%' || unit === 'percent') return kind === 'percent';
    if (unit === '分') return kind === 'score';
    return kind === 'money' && ['万元', '万', '元', '亿', '亿元'].includes(unit);
  }

  private years() {
    const years: number[] = [];
    for (let i = 0; i < this.items.length; i++) {
      if (this.is(i, 'edgeYear') && this.storeYears.length) {
        const t = this.tok(i) as Extract<Token, { k: 'edgeYear' }>;
        years.push(t.which === 'max' ? this.storeYears.at(-1)! : this.storeYears[0]!);
        this.use(i);
        continue;
      }
      if (!this.is(i, 'year')) continue;
      const value = (this.tok(i) as Extract<Token, { k: 'year' }>).value;
      // 不是2023年的 / 2023年以外 / 除了2020年 / 2020年的不算: every year but that one.
      const leftOut = this.yearLeftOut(i);
      if (leftOut) {
        this.filters.push({ type: 'compare', field: 'year', op: '<>', value });
        this.use(i, ...leftOut);
        continue;
      }
      // 2021年以后 / 2022年之前 / 2020年以上 / since 2021: a bound on the year, not that year alone.
      const bound = this.yearBoundAt(i);
      if (bound) {
        this.filters.push({ type: 'compare', field: 'year', op: bound.op, value });
        this.use(i, bound.at);
        continue;
      }
      years.push(value);
      this.use(i);
      if (this.is(i + 1, 'and') || this.is(i + 1, 'or')) this.use(i + 1);
    }
    if (years.length === 1) this.filters.push({ type: 'compare', field: 'year', op: '=', value: years[0]! });
    else if (years.length > 1) {
      this.filters.push({
        type: 'any',
        filters: years.map((value) => ({
          type: 'compare' as const,
          field: 'year' as const,
          op: '=' as const,
          value,
        })),
      });
    }
  }

  /** The words that leave the year at `i` out: a negation or exclusion before it (不是 / 除了), one after it (以外 / 的不算). */
  private yearLeftOut(i: number): number[] | null {
    const used: number[] = [];
    let k = i - 1;
    while (this.is(k, 'op', (t) => !!t.weak)) used.push(k--);
    const before = this.is(k, 'not') || this.is(k, 'except');
    if (before) used.push(k);
    // 2023年的项目不包括发改委的: a word of leaving out followed by a name leaves that name out, not the year.
    const after =
      (this.is(i + 1, 'except') || this.is(i + 1, 'excludeEmpty')) &&
      !['entity', 'year'].includes(this.tok(i + 2)?.k ?? '');
    if (after) used.push(i + 1);
    return before || after ? (before ? used : [i + 1]) : null;
  }

  /** Whether the item at `i` is the last of its clause (nothing after it, or a clause mark before the next item). */
  private endsClause(i: number): boolean {
    return i + 1 >= this.items.length || /[,，。;；:：]/u.test(this.between(i, i + 1));
  }

  /** The question's text between two items. */
  private between(a: number, b: number): string {
    const x = this.items[a]!.span;
    return this.text.slice(x.start + x.text.length, this.items[b]!.span.start);
  }

  /** The bound of the year at i: read with it (2021年以后), after it (2020年以上), or before it in English (since 2021). */
  private yearBoundAt(i: number): { op: Op; at: number } | null {
    const y = this.tok(i);
    if (y?.k === 'year' && y.op) return { op: y.op, at: i };
    const t = this.tok(i + 1);
    if (t && !this.items[i + 1]!.used && (t.k === 'yearBound' || t.k === 'opAfter'))
      return { op: t.op, at: i + 1 };
    const b = this.tok(i - 1);
    if (
      b?.k === 'yearBound' &&
      !this.items[i - 1]!.used &&
      /^[a-z ]+$/.test(this.items[i - 1]!.span.text.trim())
    )
      return { op: b.op, at: i - 1 };
    return null;
  }

  private dimAt(i: number): GroupField | null {
    const t = this.tok(i);
    if (t?.k === 'dim') return t.field;
    if (t?.k === 'field' && DIM_FIELDS.has(t.id)) return t.id as GroupField;
    return null;
  }

  /**
   * 执行率最低的三个项目分别是哪个单位的 / 预算最多的项目是哪个街道的: 项目 right before the which-word, as the subject
   * of 是 / 属于 / 在 — the projects are asked about, the group is their column. 项目最多的是哪个部门 (项目 counted,
   * then 的) ranks the groups and is left to the grouping.
   */
  private projectsAsSubject(i: number): boolean {
    const before = this.text.slice(0, this.items[i]!.span.start);
    return /项目\s*(?:分别|各自|都|又)?\s*(?:是|属于|归|在|来自)?\s*$/u.test(before);
  }

  /** 哪些 / 哪几个 (an asking word, not 哪个): which of several, every one asked for. */
  private whichOfMany(i: number): boolean {
    return (
      (this.is(i, 'ask') || this.is(i, 'which')) &&
      /^(?:都|还|又)?(?:有|是|在)?哪(?:些|几个|几家)$/u.test(this.items[i]!.span.text.trim())
    );
  }

  /** 单位 / 部门 / 科室: a word for any kind of office, which a named column (实施单位, 主管部门) makes precise. */
  private genericDim(i: number): boolean {
    return this.tok(i)?.k === 'dim' && /^(?:部门|单位|科室|处室)$/u.test(this.items[i]!.span.text.trim());
  }

  /**
   * 一共有几个主管部门 / 大红门有几个不同的负责人 / 涉及几个街道: the count asked is of groups, not of projects — the
   * group word right after 几个 (不同的 between them) ends the question. 几个部门的项目 counts projects, as before.
   */
  private countedGroup(i: number): { dim: GroupField; end: number } | null {
    const t = this.tok(i);
    if (t?.k !== 'agg' || t.fn !== 'count' || this.items[i]!.used) return null;
    const said = /^有?(?:几|多少)((?:个|位|名|家)?)$/u.exec(this.items[i]!.span.text.trim());
    // 有多少个不同的负责人: the lexicon's 有多少 leaves the measure word apart (a filler, not an item).
    const next = this.items[i + 1];
    const between = this.text.slice(
      this.items[i]!.span.start + this.items[i]!.span.text.length,
      next ? next.span.start : undefined,
    );
    if (!said || (!said[1] && !/^\s*(?:个|位|名|家)/u.test(between))) return null;
    let j = i + 1;
    while (this.is(j, 'same') || (this.is(j, 'filler') && this.items[j]!.span.text.trim() === '的')) j++;
    const dim = this.dimAt(j);
    if (!dim || this.items[j]!.used || (j > i + 1 && !this.is(i + 1, 'same'))) return null;
    const span = this.items[j]!.span;
    const after = this.text.slice(span.start + span.text.length);
    if (ENDS_CLAUSE.test(after)) return { dim, end: j };
    // 一共有几个年度的表 / 有几个部门的表: the forms of how many groups — the groups counted (的项目 stays projects).
    const forms = /^\s*的\s*(?:自评表|表格|表)/u.exec(after);
    if (!forms || !ENDS_CLAUSE.test(after.slice(forms[0].length))) return null;
    let end = j;
    while (
      this.items[end + 1] &&
      this.items[end + 1]!.span.start < span.start + span.text.length + forms[0].length
    )
      end++;
    return { dim, end };
  }

  /**
   * 主管部门有几个 / 实施单位一共几个 / 负责人总共有多少个 / 年度有几个: a group column said first, then only a count
   * ending the clause (一共 / 总共 / 有 between) — the count of its values, as 一共有几个主管部门; it had counted the
   * projects. 主管部门是X的有几个 (a value said) is no such clause.
   */
  private groupThenCount(j: number): { dim: GroupField; start: number; end: number } | null {
    const dim = this.dimAt(j);
    if (!dim || this.items[j]!.used) return null;
    // X的负责人有几个 / X的联系电话有几个: of one project named, the people or numbers its cell holds — not this.
    if (this.items.some((x) => x.tok.k === 'entity' && x.tok.match.field === 'projectName')) return null;
    // 不同的负责人 / 负责人 said first in its clause: nothing of the clause before it but 不同的.
    const before = this.text.slice(0, this.items[j]!.span.start);
    if (!/(?:^|[,，;；。?？!！])\s*(?:(?:所有|全部)的?)?(?:不同的?)?\s*$/u.test(before)) return null;
    let k = j + 1;
    const between = (t: string) => /^(?:一共|总共|共|一共有|总共有|共有|有|都)$/u.test(t);
    while (this.items[k] && !this.items[k]!.used && between(this.items[k]!.span.text.trim())) k++;
    const t = this.tok(k);
    if (t?.k !== 'agg' || t.fn !== 'count' || this.items[k]!.used) return null;
    const said = /^有?(?:几|多少)((?:个|位|名|家|种)?)$/u.exec(this.items[k]!.span.text.trim());
    if (!said) return null;
    const span = this.items[k]!.span;
    // 负责人有多少个: the lexicon's 有多少 leaves the measure word apart (a filler, not an item). A measure word there
    // is needed: 电话多少 / 年度指标值定的多少 ask a value.
    const rest = this.text.slice(span.start + span.text.length);
    const measure = /^\s*(?:个|位|名|家|种)/u.exec(rest);
    if (!said[1] && !measure) return null;
    // 联系电话总共有几个不同的: 不同的 after the count says the same.
    const after = (measure ? rest.slice(measure[0].length) : rest).replace(/^\s*不同(?:的)?/u, '');
    let start = j;
    while (
      start > 0 &&
      (this.is(start - 1, 'same') ||
        (this.is(start - 1, 'filler') && this.items[start - 1]!.span.text.trim() === '的'))
    )
      start--;
    const end = this.is(k + 1, 'same') ? k + 1 : k;
    return ENDS_CLAUSE.test(after) ? { dim, start, end } : null;
  }

  /** 按部门 / 各实施单位 / 哪个部门 / by department. */
  /**
   * 按部门分组，每组几个: 每组 / 各组 speak of the groups a grouping made; with none it stays reported. 每人 / 每位 /
   * 各人 (按负责人统计，每人几个 / 每人负责几个项目) is each 负责人: the grouping by owner, said before or not; beside
   * another grouping it stays reported.
   */
  private eachGroup() {
    this.items.forEach((item, i) => {
      if (item.used || !this.is(i, 'group')) return;
      const said = item.span.text.trim();
      if (this.groupBy && /^(?:每一?组|各组)$/u.test(said)) this.use(i);
      else if (/^(?:每一?个?人|每位|各人)$/u.test(said) && (!this.groupBy || this.groupBy === 'owner')) {
        this.groupBy = 'owner';
        this.use(i);
        // 负责人每人几个: the people named right before are those of the grouping
        const before = this.items[i - 1];
        if (before && !before.used && this.is(i - 1, 'field', (t) => t.id === 'owner')) this.use(i - 1);
      }
    });
  }

  private grouping() {
    this.groupWordAfter();
    let generic = false;
    for (let i = 0; i < this.items.length; i++) {
      const counted = this.groupBy ? null : (this.countedGroup(i) ?? this.groupThenCount(i));
      if (counted) {
        this.groupBy = counted.dim;
        this.countGroups = true;
        const from: number = 'start' in counted ? (counted as { start: number }).start : i;
        for (let k = from; k <= counted.end; k++) this.use(k);
        if (!this.measures.some((m) => m.fn === 'count')) this.measures.push({ fn: 'count' });
        continue;
      }
      const dim = this.dimAt(i + 1);
      // 哪些表的负责人没填 / 哪几张表的主管部门一栏是空的: the forms are asked for, the group word is their cell.
      const formsBetween =
        dim &&
        /^\s*(?:张|份)?(?:表格?|自评表)\s*的/u.test(
          this.text.slice(
            this.items[i]!.span.start + this.items[i]!.span.text.length,
            this.items[i + 1]!.span.start,
          ),
        );
      // 都在哪些街道 / 是哪几个部门的: the groups the projects fall in, every one of them (哪个 asks for one).
      if (dim && !formsBetween && !this.items[i + 1]!.used && this.whichOfMany(i)) {
        this.use(i, i + 1);
        // 哪些街道？列项目就行 / 预算最多的5个项目都是哪些街道的: the projects asked for, each with its group beside it.
        if (LIST_ASKED.test(this.text) || this.projectsAsSubject(i)) {
          if (!this.select.includes(dim)) this.select.push(dim);
          continue;
        }
        if (!this.groupBy) this.groupBy = dim;
        else if (this.groupBy !== dim) this.items[i + 1]!.report = true;
        this.groupWord ??= { text: this.items[i]!.span.text.trim(), which: true };
        continue;
      }
      const grouped = this.is(i, 'group') || this.is(i, 'which');
      if (!grouped) continue;
      if (!dim || this.items[i + 1]!.used) continue;
      // 按实施单位汇总…各科室花了多少: the office word says again the grouping the named column made.
      if (this.groupBy && this.genericDim(i + 1)) {
        this.use(i, i + 1);
        continue;
      }
      // 按部门统计…，按负责人: two groupings at once the language cannot hold; the second is reported.
      const narrows = generic && (dim === 'department' || dim === 'implementingUnit');
      if (this.groupBy && !narrows && this.groupBy !== dim) {
        this.items[i + 1]!.report = true;
        continue;
      }
      generic = this.genericDim(i + 1);
      // Which department is responsible for X: X's department, not a grouping. So for the projects said as the
      // subject (执行率最低的三个项目分别是哪个单位的): each project's office is shown.
      if (
        this.is(i, 'which') &&
        (this.items.some((x) => x.tok.k === 'entity' && x.tok.match.field === 'projectName') ||
          this.projectsAsSubject(i))
      ) {
        if (!this.select.includes(dim)) this.select.push(dim);
        this.use(i, i + 1);
        continue;
      }
      this.groupBy = dim;
      if (!this.groupWord?.which)
        this.groupWord = { text: this.items[i]!.span.text.trim(), which: this.is(i, 'which') };
      this.use(i, i + 1);
      // 按年度和部门统计 / 按年度、部门: a second grouping joined to the first the language cannot hold — reported,
      // never dropped (it had answered per year alone).
      const joined = this.dimAt(i + 3);
      if (this.is(i + 2, 'and') && joined && joined !== dim && !this.items[i + 3]!.used)
        this.items[i + 3]!.report = true;
      // 按负责人分组 / 按部门分个组 / 按年度拆开: the verb after the dimension says the grouping again.
      if (
        this.is(i + 2, 'group') &&
        /^分.*组$|^grouped by$|^(?:拆分|拆开|分开|细分)$/u.test(this.items[i + 2]!.span.text.trim())
      )
        this.use(i + 2);
      if (this.is(i, 'which')) {
        this.limit = 1;
        this.ties = true;
      }
    }
    // 实施单位这一列按单位统计: the column named elsewhere (no name beside it to label) is what 单位 meant.
    if (!generic || !this.groupBy) return;
    const named = this.items.findIndex(
      (x, j) =>
        !x.used &&
        x.tok.k === 'field' &&
        ['implementingUnit', 'department'].includes(x.tok.id) &&
        !this.is(j - 1, 'group') &&
        ![j - 1, j + 1, this.after(j)].some((n) => this.tok(n)?.k === 'entity'),
    );
    if (named < 0) return;
    this.groupBy = this.dimAt(named)!;
    this.use(named);
  }

  /**
   * 负责人各自负责几个项目 / 街道各自预算最少的项目 / 部门分别有多少个项目: the word of each after the kind of group
   * rather than before it (各负责人…), when a count, a figure or a superlative follows — 负责人分别是谁 asks for the
   * people, no grouping. Said right after a grouping (每个街道各自, 按部门分别), it says that grouping again.
   */
  private groupWordAfter() {
    const eachWord = (i: number) =>
      this.is(i, 'group') &&
      !this.items[i]!.used &&
      /^(?:各|各自|分别)$/u.test(this.items[i]!.span.text.trim());
    for (let i = 0; i + 1 < this.items.length; i++) {
      const dim = this.dimAt(i);
      if (!dim || this.items[i]!.used || !eachWord(i + 1)) continue;
      if (this.is(i - 1, 'group')) {
        this.use(i + 1);
        continue;
      }
      if (this.groupBy) continue;
      // What follows, past the verbs of owning and the fields: a count, a sum or average, or a superlative.
      let k = i + 2;
      while (
        this.is(k, 'ownedBy') ||
        this.is(k, 'implementedBy') ||
        this.is(k, 'field') ||
        this.is(k, 'filler') ||
        this.is(k, 'op', (t) => !!t.weak) ||
        // 有几个: the verb of having before the count
        (this.is(k, 'empty') && this.items[k]!.span.text.trim() === '有')
      )
        k++;
      if (!['agg', 'sup', 'top'].includes(this.tok(k)?.k ?? '')) continue;
      // 姓张的负责人各自…: the people named by the condition before are the groups; the dim word is that field.
      const groupIdx = i;
      this.groupBy = dim;
      this.groupWord = { text: this.items[i + 1]!.span.text.trim(), which: false };
      this.use(groupIdx, i + 1);
    }
  }

  /**
   * 项目最多的前三个部门 / 负责项目最多的3个人 / 项目数排前三的负责人 / 执行率最低的科室: a ranking whose head noun is
   * a kind of group (right after the superlative or the count, nothing but 的 between) ranks the groups, by their
   * number of projects or the figure named. A field's own label after a superlative of a figure (预算最多的负责人) stays
   * that project's field, unless a count of more than one is asked (前三个负责人).
   */
  private rankedGroups() {
    if (this.groupBy) return;
    const gap = (a: Item, b: Item) =>
      /^[的\s]*$/u.test(this.text.slice(a.span.start + a.span.text.length, b.span.start));
    for (let d = 1; d < this.items.length; d++) {
      const dim = this.dimAt(d);
      if (!dim || this.items[d]!.used) continue;
      let k = d - 1;
      const count =
        this.is(k, 'num', (x) => !!x.unit && /^(个|位|名|家)$/.test(x.unit) && Number.isInteger(x.value)) &&
        gap(this.items[k]!, this.items[d]!)
          ? k--
          : -1;
      // 哪三个人负责的项目最多: which N groups; the superlative after orders them (ordering).
      const which = count >= 0 && /哪\s*$/u.test(this.text.slice(0, this.items[count]!.span.start));
      const rank = this.tok(k);
      if (!which && (!rank || this.items[k]!.used || !['sup', 'top'].includes(rank.k))) continue;
      if (which) {
        this.groupBy = dim;
        this.groupWord = { text: this.items[d]!.span.text, which: true };
        this.limit = (this.tok(count) as Extract<Token, { k: 'num' }>).value;
        this.use(count, d);
        return;
      }
      if (!rank) continue;
      if (!gap(this.items[k]!, this.items[count >= 0 ? count : d]!)) continue;
      const many = count >= 0 || (rank.k === 'top' && rank.n > 1);
      const ofFigure = [k - 1, k - 2].some((j) => this.numericAt(j) !== null);
      if (this.tok(d)!.k === 'field' && ofFigure && !many) continue;
      this.groupBy = dim;
      this.groupWord = { text: this.items[d]!.span.text, which: true };
      if (count >= 0) {
        this.limit = (this.tok(count) as Extract<Token, { k: 'num' }>).value;
        this.use(count);
      }
      this.use(d);
      return;
    }
  }

  /** The numeric fields the question names anywhere, each once. */
  private numericFieldsNamed(): NumericField[] {
    const named = new Set<NumericField>();
    for (let j = 0; j < this.items.length; j++) {
      const f = this.numericAt(j);
      if (f) named.add(f);
    }
    return [...named];
  }

  /** 执行率最低的项目 / 得分前3 / 按执行率从低到高 / 哪个部门项目最多. */
  private ordering() {
    for (let i = 0; i < this.items.length; i++) {
      const t = this.tok(i);
      if (!t || this.items[i]!.used || !['sup', 'top', 'sort'].includes(t.k)) continue;
      // The field: right before (skipping 的/是), or right after (最低的执行率), or after 按 (按执行率排序).
      let at = -1;
      for (const j of [i - 1, i + 1, i - 2, i + 2]) {
        if (this.numericAt(j) && !this.items[j]!.used) {
          at = j;
          break;
        }
      }
      const field = at >= 0 ? this.numericAt(at) : null;
      let dir: 'asc' | 'desc' = t.k === 'sup' || t.k === 'top' || t.k === 'sort' ? (t.dir ?? 'desc') : 'desc';
      const used = [i];
      if (t.k === 'sort') {
        const d = this.sortDirNear(i);
        // 排名倒数第一 / 排名后三: the count after the ranking word says which end.
        const end = [i + 1, i - 1, i + 2].find((j) => this.is(j, 'top', (x) => !!x.dir));
        if (d) {
          dir = d.dir;
          used.push(d.at);
        } else if (end !== undefined) dir = (this.tok(end) as Extract<Token, { k: 'top' }>).dir!;
        if (this.is(at - 1, 'group')) used.push(at - 1);
      }
      if (t.k === 'top') {
        this.limit = t.n;
        const sup = [i - 1, i + 1, i - 2, i + 2].find((j) => this.is(j, 'sup'));
        if (sup !== undefined) {
          dir = (this.tok(sup) as Extract<Token, { k: 'sup' }>).dir;
          used.push(sup);
        }
      } else if (t.k === 'sup') {
        this.limit ??= 1;
        this.ties = true;
        const top = [i - 1, i + 1, i - 2, i + 2].find((j) => this.is(j, 'top'));
        if (top !== undefined) {
          this.limit = (this.tok(top) as Extract<Token, { k: 'top' }>).n;
          this.ties = false;
          used.push(top);
        }
      }
      if (t.k === 'sup') {
        // 预算最少的3个 / 得分最高的两项: a count of projects after the superlative is how many.
        // Before it too: 5个执行率最低的 / the five projects with the lowest rate.
        const n = [i + 1, i + 2, i - 1, i - 2, i - 3].find((j) =>
          this.is(j, 'num', (x) => !!x.unit && /^(个|项|名|位)$/.test(x.unit) && Number.isInteger(x.value)),
        );
        if (
          n !== undefined &&
          (n < i || [i + 1, n - 1].every((j) => j === n || this.tok(j)?.k !== 'field'))
        ) {
          this.limit = (this.tok(n) as Extract<Token, { k: 'num' }>).value;
          this.ties = false;
          used.push(n);
        }
      }
      if (field && this.groupBy && this.eachGroupsProjects(at)) {
        // 各街道执行率最低的项目 / 每个部门预算最多的两个: the projects ranked within each group.
        this.per = this.groupBy;
        this.groupBy = undefined;
        this.order = { by: field, dir };
        used.push(at);
      } else if (field && this.groupBy) {
        // 哪个实施单位预算最多: groups ordered by the field's total (money), their own rate (执行率, pooled) or
        // average (scores; a rate said with 平均).
        const fn = this.groupFigureFn(field, at);
        let m = this.measures.findIndex((x) => x.field === field && x.fn === fn);
        if (m < 0) m = this.measures.push({ fn, field }) - 1;
        this.order = { by: { measure: m }, dir };
        used.push(at);
      } else if (field) {
        // 总分最高和总分最低: a second ordering of another field or direction is another ask, never silently the one
        // read (it stays unplaced and is reported).
        if (this.order && (this.order.by !== field || this.order.dir !== dir)) continue;
        this.order = { by: field, dir };
        used.push(at);
        // top 5 projects by executed amount / 按执行率排.
        if (this.is(at - 1, 'group')) used.push(at - 1);
      } else if (this.groupBy || this.items.some((x) => x.tok.k === 'dim')) {
        this.order = { by: { measure: 0 }, dir };
      } else if (t.k === 'sort') {
        // 全年预算超过1000万的项目从高到低排: a sort with no field beside it, in a question naming one figure only
        // (in its condition), is by that figure; with none or several named it stays unplaced.
        const named = this.numericFieldsNamed();
        if (named.length !== 1 || this.order) continue;
        this.order = { by: named[0]!, dir };
      } else {
        continue;
      }
      this.use(...used);
    }
    // 从低到高排序: the words around an ordering are all its words; 排前十 after it is how many.
    if (this.order)
      for (let i = 0; i < this.items.length; i++) {
        if (this.is(i, 'sort')) this.use(i);
        if (this.is(i, 'top')) {
          this.limit = (this.tok(i) as Extract<Token, { k: 'top' }>).n;
          this.use(i);
        }
      }
  }

  /**
   * 各街道执行率最低的 / 每个部门预算最多的项目: a superlative of a project's own field under 各 / 每个 ranks the
   * projects of each group. Not after 按 (按部门…最多: the groups' figures) or 哪个 (哪个部门预算最多: a group), nor of
   * a group's figure (各部门预算合计最多 / 平均执行率最低: an aggregate word beside the field).
   */
  private eachGroupsProjects(fieldAt: number): boolean {
    const word = this.groupWord;
    if (!word || word.which) return false;
    // 每年 / 各年度 say 各 and the group in one word: 每年预算最大的项目 is the top project of each year.
    const each =
      /^(?:各|各个|每个|每一个|每|each|for each|every|每年|各年|每一年|各年度|每个年度|each year)$/iu.test(
        word.text,
      );
    // 按街道列出预算最大的那个项目 / 分街道看，最低的分别是哪个项目: after 按 / 分 only when projects are asked for.
    const by = /^(?:按|按照|分|by)$/iu.test(word.text);
    const sup = this.items.findIndex((x) => !x.used && (x.tok.k === 'sup' || x.tok.k === 'top'));
    const rest = sup < 0 ? '' : this.text.slice(this.items[sup]!.span.start);
    if (!each && !(by && /^[^,，。;；?？]*?(?:项目|分别|各自)/u.test(rest))) return false;
    // 各部门执行率排名 / 各街道预算从高到低: an ordering with no superlative and no projects named ranks the groups.
    if (sup < 0 && !/(?:项目|分别|各自)/u.test(this.text)) return false;
    // 哪个部门 after it asks for a group; 哪个项目 asks for the projects.
    if (this.items.some((x, j) => x.tok.k === 'which' && !x.used && this.dimAt(j + 1))) return false;
    return ![fieldAt - 1, fieldAt + 1, fieldAt - 2, fieldAt + 2].some((j) => this.is(j, 'agg'));
  }

  /**
   * The figure of a set of projects (a group, or the projects a measure runs over): money is summed; the 执行率 of a
   * set is its own — 全年执行数合计 ÷ 全年预算数合计, as a finance office reports a department's rate and as two
   * scopes are compared (scope-compare.ts) — unless 平均 is said beside it; scores are averaged.
   */
  private groupFigureFn(field: NumericField, fieldAt: number): Measure['fn'] {
    const meanSaid = [fieldAt - 1, fieldAt + 1, fieldAt - 2, fieldAt + 2].some((j) =>
      this.is(j, 'agg', (x) => x.fn === 'avg'),
    );
    // 哪个街道的平均预算最高: an amount averaged over each group's projects when 平均 is said beside it.
    if (FIELDS[field].kind === 'money') return meanSaid ? 'avg' : 'sum';
    return field === 'executionRate' && !meanSaid ? 'pooled' : 'avg';
  }

  private sortDirNear(i: number): { dir: 'asc' | 'desc'; at: number } | null {
    for (const j of [i - 1, i + 1, i - 2, i + 2]) {
      const t = this.tok(j);
      if (t?.k === 'sort' && t.dir && j !== i) return { dir: t.dir, at: j };
    }
    return null;
  }

  /** 多少个 / 预算合计 / 平均得分 / total budget. */
  private aggregates() {
    for (let i = 0; i < this.items.length; i++) {
      const t = this.tok(i);
      if (t?.k !== 'agg' || this.items[i]!.used) continue;
      if (t.fn === 'count') {
        // 联系电话多少 / 负责人是多少: 多少 after a field that is no figure asks for its value (a lookup); so it does
        // after a rate or a score (李哲的项目执行率多少 = 执行率是多少: each project's), never a count of projects.
        // After an amount it is left to the total below (预算多少 over a set is their sum).
        let f = i - 1;
        while (this.is(f, 'op', (x) => !!x.weak)) f--;
        const before = this.tok(f);
        if (
          /^多少$/.test(this.items[i]!.span.text) &&
          before?.k === 'field' &&
          !NAME_FIELD_IDS.has(before.id) &&
          (!isNumeric(before.id) || FIELDS[before.id].kind !== 'money')
        ) {
          this.use(i);
          continue;
        }
        if (!this.measures.some((m) => m.fn === 'count')) this.measures.push({ fn: 'count' });
        this.use(i);
        continue;
      }
      const at = [i + 1, i - 1, i + 2, i - 2].find((j) => this.numericAt(j) !== null && !this.items[j]?.used);
      if (at === undefined) {
        // 按部门的预算合计从高到低: the ordering already made this measure.
        const made = [i - 1, i + 1].find((j) =>
          this.measures.some((m) => m.fn === t.fn && m.field === this.numericAt(j)),
        );
        if (made !== undefined) this.use(i);
        // 按部门汇总…预算合计 / 汇总一下: the verb of a grouping or of a total asked in other words.
        else if (t.fn === 'sum' && (this.groupBy || this.measures.some((m) => m.fn === 'sum'))) this.use(i);
        // 100万以上的项目 钱加起来多少: the amount right before the sum gave a bound its field too; it is still the
        // amount added up (it had been the count of the projects).
        else if (t.fn === 'sum') {
          let f = i - 1;
          while (this.is(f, 'op', (x) => !!x.weak)) f--;
          const bounded = this.numericAt(f);
          if (
            bounded &&
            this.items[f]!.used &&
            FIELDS[bounded].kind === 'money' &&
            // used by a bound, not by another measure (平均每个部门的全年预算合计: the arithmetic's)
            !this.measures.some((m) => m.field === bounded)
          ) {
            this.measures.push({ fn: 'sum', field: bounded });
            this.use(i);
          }
        }
        continue;
      }
      const field = this.numericAt(at)!;
      if (t.fn === 'sum' && FIELDS[field].kind !== 'money' && !ADDITIVE_FIELDS.has(field)) continue;
      this.measures.push({ fn: t.fn, field });
      this.use(i, at);
      // 汇总预算和执行数: one aggregate over both fields.
      const other = at + 2;
      if (at > i && this.is(at + 1, 'and') && this.numericAt(other) && !this.items[other]!.used) {
        this.measures.push({ fn: t.fn, field: this.numericAt(other)! });
        this.use(at + 1, other);
      }
    }
    // 请汇总…年初预算数合计: the verb of totalling said before the total it asks for.
    if (this.measures.some((m) => m.fn === 'sum'))
      for (let i = 0; i < this.items.length; i++)
        if (
          this.is(i, 'agg', (x) => x.fn === 'sum') &&
          !this.items[i]!.used &&
          this.numericAt(i + 1) === null
        )
          this.use(i);
    // 总分平均多少 / 预算合计是多少: 多少 asks for that figure, it is no count of projects.
    if (this.measures.some((m) => m.fn !== 'count')) {
      const counted = this.items.some(
        (x) =>
          x.used &&
          x.tok.k === 'agg' &&
          x.tok.fn === 'count' &&
          (/个|项|how many|count|number|数/.test(x.span.text) ||
            /^[个项]/.test(this.text.slice(x.span.start + x.span.text.length))),
      );
      if (!counted) this.measures = this.measures.filter((m) => m.fn !== 'count');
    }
    // 预算 / 支出 with 多少 over a set: the sum (one project's figure, or the top project's, is a lookup).
    if (this.items.some((x) => x.tok.k === 'entity' && x.tok.match.field === 'projectName')) return;
    if (this.order && this.limit && !this.groupBy) return;
    // 各项目剩了多少钱 / 每个项目的预算是多少 / 结余各是多少: the amount of each project, asked of each, is a column of
    // the list (its total said under it), no sum — unless a kind of group takes the 各 (各部门预算是多少).
    const moneyAsked = this.items.some((x, i) => {
      const field = this.numericAt(i);
      return !x.used && field !== null && FIELDS[field].kind === 'money';
    });
    if (moneyAsked && !this.groupBy && this.asksEachProject()) {
      // 每个项目还剩多少: the bare 多少 asked the amount, no count of projects (多少个 / 几个 still count).
      const counted = this.items.some(
        (x) => x.used && x.tok.k === 'agg' && x.tok.fn === 'count' && !/^多少$/u.test(x.span.text.trim()),
      );
      if (!counted) this.measures = this.measures.filter((m) => m.fn !== 'count');
      return;
    }
    for (let i = 0; i < this.items.length; i++) {
      const field = this.numericAt(i);
      if (!field || this.items[i]!.used || FIELDS[field].kind !== 'money') continue;
      // 年初预算填了的项目有多少个: a field tested for being filled is not summed.
      if (this.is(i + 1, 'empty')) continue;
      const asks = [i + 1, i + 2].some(
        (j) =>
          this.tok(j)?.k === 'ask' ||
          (this.tok(j)?.k === 'agg' && (this.tok(j) as { fn: string }).fn === 'count'),
      );
      if (!asks) continue;
      this.measures = this.measures.filter(
        (m) =>
          m.fn !== 'count' ||
          this.items.some(
            (x) =>
              x.used &&
              x.tok.k === 'agg' &&
              x.tok.fn === 'count' &&
              /个|项|how many|count|number/.test(x.span.text),
          ),
      );
      this.measures.push({ fn: 'sum', field });
      this.use(i);
    }
  }

  /**
   * 没填总分的不算 / 年初预算没填的不算 / 总分没填的排除掉 / （没填的不算）: only the forms where the field is filled —
   * the field said next to the empty test, else the one measured.
   */
  private excluded() {
    for (let k = 0; k < this.items.length; k++) {
      if (!this.is(k, 'excludeEmpty') && !(this.is(k, 'except') && this.endsClause(k))) continue;
      let e = k - 1;
      let field: FieldId | null = null;
      let fieldAt = -1;
      const fieldAtIndex = (j: number) =>
        this.tok(j)?.k === 'field' && !this.items[j]!.used
          ? (this.tok(j) as Extract<Token, { k: 'field' }>).id
          : null;
      if (fieldAtIndex(e)) {
        field = fieldAtIndex(e);
        fieldAt = e;
        e--;
      }
      if (!this.is(e, 'empty', (t) => t.empty)) continue;
      if (!field && fieldAtIndex(e - 1)) {
        field = fieldAtIndex(e - 1);
        fieldAt = e - 1;
      }
      // (电话号码不是8位数的有哪几个 没填的不算: the field the condition is said of)
      field ??=
        this.measures.find((m) => m.field)?.field ??
        this.filters.findLast((f) => f.type === 'compare')?.field ??
        null;
      if (!field) continue;
      this.filters.push({ type: 'empty', field, empty: false });
      this.use(k, e, ...(fieldAt >= 0 ? [fieldAt] : []));
    }
  }

  /** 总分没填 / 联系电话为空 / 已填负责人 / phone missing. */
  private emptiness() {
    for (let i = 0; i < this.items.length; i++) {
      const t = this.tok(i);
      // 年度没填 / 年份是空的: the year's label (not a year said, 2023年的) is a cell like any other.
      const yearLabel =
        t?.k === 'field' &&
        t.id === 'year' &&
        /^(?:年度|年份)$/u.test(this.items[i]!.span.text.trim()) &&
        // 年度指标值 / 年度目标 said apart: a cell of its own, not the year.
        !/^\s*(?:指标|目标|总体|绩效)/u.test(
          this.text.slice(this.items[i]!.span.start + this.items[i]!.span.text.length),
        );
      if (t?.k !== 'field' || this.items[i]!.used || (t.id === 'year' && !yearLabel)) continue;
      const notBefore = this.is(i - 1, 'not');
      const before = this.is(i - 1, 'empty') ? i - 1 : -1;
      let j = this.after(i);
      const notAfter = this.is(j, 'not');
      if (notAfter) j++;
      // A bare with / has / 有 after a field starts another phrase (the score of the project with the largest
      // budget); before it, it says the field is there (with a phone).
      const bareAfter =
        this.is(j, 'empty', (e) => !e.empty) && /^(有|with|has|have)$/.test(this.items[j]!.span.text);
      const after = this.is(j, 'empty') && !bareAfter ? j : -1;
      // no owner filled in / 没有负责人填写: the word before says it is missing, the one after is the verb.
      if (before >= 0 && after >= 0 && !notAfter && !notBefore) {
        const b = this.tok(before) as Extract<Token, { k: 'empty' }>;
        const a = this.tok(after) as Extract<Token, { k: 'empty' }>;
        if (b.empty !== a.empty) {
          this.filters.push({ type: 'empty', field: t.id, empty: true });
          this.use(i, before, after);
          continue;
        }
      }
      // 项目名称里没有年份 / 负责人栏里没有写全名: what the cell holds is said missing, not the cell — no empty test of
      // ours; the field is reported (the cell had been read as empty).
      if (
        after >= 0 &&
        this.tok(after + 1)?.k === 'field' &&
        /^\s*(?:里面|里头|里|中间|当中|中)\s*$/u.test(
          this.text.slice(
            this.items[i]!.span.start + this.items[i]!.span.text.length,
            this.items[after]!.span.start,
          ),
        )
      ) {
        const said = this.text.slice(
          this.items[i]!.span.start,
          this.items[after]!.span.start + this.items[after]!.span.text.length,
        );
        this.held.push(said.trim());
        this.use(i, after);
        continue;
      }
      // 既没写负责人也没写联系电话: an empty word right before the next field is that field's, not this one's.
      const nextFields = after >= 0 && this.is(after + 1, 'field', (f) => f.id !== 'year');
      // 几个负责人没填电话 / 哪些单位没写偏差原因: a field, the verb, then its object — the verb is the object's (the field
      // before is who did not fill it), when nothing parts them (负责人没填，电话填了 is two tests).
      if (
        nextFields &&
        before < 0 &&
        !notAfter &&
        (t.id === 'owner' || t.id === 'department' || t.id === 'implementingUnit') &&
        !/[,，;；。.、]/u.test(
          this.text.slice(
            this.items[after]!.span.start + this.items[after]!.span.text.length,
            this.items[after + 1]!.span.start,
          ),
        )
      )
        continue;
      const at = after >= 0 && !(before >= 0 && nextFields) ? after : before;
      if (at < 0) continue;
      const e = this.tok(at) as Extract<Token, { k: 'empty' }>;
      // 有 before a field is "has" only as a condition (有负责人的项目), not in 有哪些.
      if (
        !e.empty &&
        at === before &&
        /^有$/.test(this.items[at]!.span.text) &&
        this.tok(i + 1)?.k !== 'filler'
      ) {
        // fallthrough: 有负责人 is filled
      }
      const negated = (at === after && notAfter) || (at === before && notBefore);
      const test = (field: FieldId): LeafFilter => ({
        type: 'empty',
        field,
        empty: negated ? !e.empty : e.empty,
      });
      // The fields listed before the test, joined by 和 / 或 (负责人和联系电话都没填, 负责人或者电话没填): each is
      // tested, never only the last one with the others shown as columns.
      const listed: number[] = [];
      if (at === after)
        for (let k = i - 2; k >= 0 && (this.is(k + 1, 'and') || this.is(k + 1, 'or')); k -= 2) {
          const other = this.tok(k);
          if (other?.k !== 'field' || this.items[k]!.used || other.id === 'year') break;
          listed.push(k);
        }
      const all = /^\s*都/u.test(
        this.text.slice(this.items[i]!.span.start + this.items[i]!.span.text.length),
      );
      const joinedByOr = listed.some((k) => this.is(k + 1, 'or'));
      if (listed.length && (all || !joinedByOr)) {
        // 都 (or a list joined by 和 alone: 负责人和电话没填) puts every field under the same test.
        this.filters.push(test(t.id));
        for (const k of listed) {
          this.filters.push(test((this.tok(k) as Extract<Token, { k: 'field' }>).id));
          this.use(k, k + 1);
        }
      } else if (listed.length) {
        // 负责人或者电话没填: either.
        this.filters.push({
          type: 'any',
          filters: [t.id, ...listed.map((k) => (this.tok(k) as Extract<Token, { k: 'field' }>).id)].map(test),
        });
        for (const k of listed) this.use(k, k + 1);
      } else this.filters.push(test(t.id));
      this.use(
        i,
        at,
        ...(notAfter && at === after ? [j - 1] : []),
        ...(notBefore && at === before ? [i - 1] : []),
      );
    }
  }

  /** 满意度调查没做 / 缺偏差原因 / 有错误 / 没有警告 / 还没提交. */
  private concepts() {
    for (let i = 0; i < this.items.length; i++) {
      const t = this.tok(i);
      if (t?.k !== 'concept' || this.items[i]!.used) continue;
      // A word that says it is there or not, the nearest first; a bare 有 / with only when nothing else says it
      // (projects with deviation reasons missing).
      const says = (j: number) => this.is(j, 'empty') || this.is(j, 'not');
      const bare = (j: number) =>
        this.is(j, 'empty', (e) => !e.empty) && /^(有|with|has|have)$/.test(this.items[j]!.span.text);
      // 满意度调查表里写的是未做: 写的 / 是 between the condition and its state are a copula (X写的是V = X V).
      let after = i + 1;
      while (this.is(after, 'stated') || this.is(after, 'op', (o) => o.weak === true && o.op === '='))
        after++;
      const copula = Array.from({ length: after - i - 1 }, (_, k) => i + 1 + k);
      // 有警告没有错误: a negation right before the next concept is that concept's, never this one's
      const nextOwns =
        this.is(after + 1, 'concept') && (this.is(after, 'not') || this.is(after, 'empty', (e) => e.empty));
      const order = nextOwns ? [i - 1, i - 2] : [i - 1, after, after + 1, i - 2];
      const near = order.find((j) => says(j) && !bare(j)) ?? order.find(says);
      const e = near === undefined ? null : this.tok(near)!;
      const lacking = e ? (e.k === 'not' ? true : (e as Extract<Token, { k: 'empty' }>).empty) : null;
      const used = [
        i,
        ...(near === undefined ? [] : [near]),
        ...(near !== undefined && near >= after ? copula : []),
      ];
      const codes = CONCEPT_CODES[t.c];
      switch (t.c) {
        case 'satisfaction': {
          // 满意度指标 = the row exists; 满意度调查 = the survey was done; 满意度 alone = either.
          const word = this.items[i]!.span.text;
          if (lacking === null && !/调查|survey/.test(word)) continue;
          const negate = lacking === false ? { negate: true } : {};
          // 满意度(指标/调查)写的是未做 / 标注了未开展: what the form's row says — the row is there, its survey not done
          // (the check that reads it), never the form without the row.
          const stated = !!lacking && near! >= after && copula.some((j) => this.is(j, 'stated'));
          const notDone = stated && /做|开展|进行|调查/u.test(this.items[near!]!.span.text);
          if (/指标|indicator/.test(word) && !notDone) {
            // No 满意度 row with a weight (SCORING.md §8), read from the form's rows.
            this.filters.push(
              lacking === false
                ? { type: 'compare', field: 'satisfactionWeight', op: '>', value: 0 }
                : {
                    type: 'any',
                    filters: [
                      { type: 'empty', field: 'satisfactionWeight', empty: true },
                      { type: 'compare', field: 'satisfactionWeight', op: '=', value: 0 },
                    ],
                  },
            );
          } else if ((/调查|survey/.test(word) && (lacking === null || stated)) || notDone)
            this.filters.push({ type: 'finding', codes: ['SATISFACTION_NOT_SURVEYED'] });
          // No survey: a form without a satisfaction row has no survey either (满意度调查没做 = 满意度 alone).
          else this.filters.push({ type: 'satisfactionGap', ...negate });
          break;
        }
        case 'actual':
          // 实际完成值没填: a weighted row with its 实际完成值 empty (migration 011), the survey rows too.
          if (lacking === null) continue;
          this.filters.push({ type: 'compare', field: 'rowsActualEmpty', op: lacking ? '>' : '=', value: 0 });
          break;
        case 'deviation':
        case 'benefit':
          if (lacking === null) continue;
          this.filters.push({ type: 'finding', codes: codes!, ...(lacking ? {} : { negate: true }) });
          break;
        case 'errors':
        case 'warnings':
          // 负责人名字写错的 / 主管部门填错了: whether a name or an office is written right is checked by nothing — the
          // word is left unplaced (it had listed every form with any error, the field as a column).
          if (t.c === 'errors' && this.textFieldRightBefore(i)) continue;
          this.filters.push({
            type: 'severity',
            value: t.c === 'errors' ? 'error' : 'warning',
            ...(lacking === true &&
            e?.k !== undefined &&
            /没|无|no|without|not/.test(this.items[near!]!.span.text)
              ? { negate: true }
              : {}),
          });
          break;
        case 'problems':
          this.filters.push({ type: 'status', value: lacking ? 'complete' : 'incomplete' });
          break;
        case 'notSubmitted':
        case 'incomplete':
        case 'complete':
          this.filters.push({ type: 'status', value: t.c });
          this.use(i);
          continue;
        default: {
          // 没有执行率算错 (执行率本身没算错, problem-words.ts): the check said not to apply, right before its word
          const not =
            this.is(i - 1, 'not') ||
            this.is(
              i - 1,
              'empty',
              (e) => e.empty && /^(?:没有|没|无|未)$/u.test(this.items[i - 1]!.span.text),
            );
          if (not && !this.items[i - 1]!.used && t.c in PROBLEM_WORDS) {
            this.filters.push({ type: 'finding', codes: codes!, negate: true });
            this.use(i, i - 1);
            continue;
          }
          this.filters.push({ type: 'finding', codes: codes! });
          // 电话格式错误 / 金额单位可疑: the error word belongs to the condition.
          const says = [i + 1, i + 2].find((j) =>
            this.is(j, 'concept', (c) => c.c === 'errors' || c.c === 'problems'),
          );
          this.use(i, ...(says === undefined ? [] : [says]));
          continue;
        }
      }
      this.use(...used);
    }
  }

  /** A field of names or words (负责人, 项目名称, 主管部门, 实施单位) right before this item, 的 / 名字 / 名称 between. */
  private textFieldRightBefore(i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const t = this.tok(j);
      // (按主管部门统计，需要退回重做的: the field of a grouping, with more said between, is no subject of the error)
      if (t?.k === 'field')
        return (
          NAME_FIELDS.has(t.id) &&
          !this.items[j]!.used &&
          /^[\s的]*(?:名字|名称|姓名)?[\s的]*(?:那栏|一栏|栏)?[\s的]*$/u.test(this.between(j, i))
        );
      if (!/^(?:的|名字|名称|姓名|那栏|一栏|栏)$/u.test(this.items[j]!.span.text.trim())) return false;
    }
    return false;
  }

  /** A condition said twice (a reason for deviations … deviation reasons): the second mention is the same one. */
  private repeatedConcepts() {
    const used = new Set(this.items.flatMap((x) => (x.used && x.tok.k === 'concept' ? [x.tok.c] : [])));
    for (let i = 0; i < this.items.length; i++) {
      if (this.is(i, 'concept', (c) => used.has(c.c))) this.use(i);
    }
  }

  /** 等级为良 / 良好的项目 / 中及以下 / not excellent. */
  private grades() {
    for (let i = 0; i < this.items.length; i++) {
      if (!this.is(i, 'grade')) continue;
      const value = (this.tok(i) as Extract<Token, { k: 'grade' }>).value;
      const used = [i];
      let op: '=' | '<=' | '>=' = '=';
      if (this.is(i + 1, 'orBelow') || this.is(i + 1, 'opAfter', (t) => t.op === '<' || t.op === '<=')) {
        op = '<=';
        used.push(i + 1);
      } else if (this.is(i + 1, 'opAfter', (t) => t.op === '>=')) {
        op = '>=';
        used.push(i + 1);
      }
      let j = i - 1;
      while (this.is(j, 'op', (t) => !!t.weak)) used.push(j--);
      if (this.is(j, 'field', (t) => t.id === 'grade')) used.push(j--);
      while (this.is(j, 'op', (t) => !!t.weak)) used.push(j--);
      if (this.is(j, 'not') || this.is(j, 'empty', (t) => t.empty)) {
        used.push(j);
        // 不是优 = 良 or worse; 不是差 = 中 or better.
        const order = ['优', '良', '中', '差'] as const;
        const k = order.indexOf(value);
        if (op !== '=' || k === 0 || k === 3) {
          const v = k === 0 ? order[1] : order[2];
          this.filters.push({ type: 'grade', op: k === 0 ? '<=' : '>=', value: v });
          this.use(...used);
          continue;
        }
        continue;
      }
      this.filters.push({ type: 'grade', op, value });
      this.use(...used);
    }
  }

  /** Resolved names: several of one kind are alternatives (通州区和丰台区), kinds together all hold. */
  /**
   * 21年那个老旧小区完善类改造 / 2022年的2022年X项目: a year said with a project whose every name found holds that year
   * is the name's own (2021年度老旧小区… filed in 2023), not the 年度 of the form: the name alone names it.
   */
  private yearOfName() {
    const at = this.filters.findIndex((f) => f.type === 'compare' && f.field === 'year' && f.op === '=');
    if (at < 0) return;
    const year = (this.filters[at] as Extract<LeafFilter, { type: 'compare' }>).value;
    const holds = (name: string) => {
      const key = nameKey(name);
      return key.includes(String(year)) || key.startsWith(`${year % 100}年`);
    };
    const named = this.filters.some(
      (f) => f.type === 'name' && f.field === 'projectName' && !!f.values?.length && f.values.every(holds),
    );
    if (named) this.filters.splice(at, 1);
  }

  private names() {
    const byField = new Map<NameField, LeafFilter[]>();
    /** Offices named inside the place or office before them: each a condition of its own. */
    const inner: LeafFilter[][] = [];
    let lastOrg = -2;
    let lastInner: LeafFilter[] | null = null;
    const negated = this.exclusions();
    let lastProject: {
      at: number;
      filter: Extract<LeafFilter, { type: 'name' }>;
      /** Every name the piece stands in (wider than `values` when one name is the piece itself). */
      wider: string[];
    } | null = null;
    for (let i = 0; i < this.items.length; i++) {
      const t = this.tok(i);
      if (t?.k !== 'entity') continue;
      // 「党群办」 / 只写了党群办: the stored name as written, not every name it also stands for (as-written.ts).
      const written = namesAsWritten(this.text, this.items[i]!.span.start, t.term, t.match);
      const m = written ? { ...t.match, alsoUnits: undefined, ...written } : t.match;
      const f: LeafFilter = { type: 'name', field: m.field, term: t.term, values: m.values };
      // 城乡基层党组织服务群众经费区级 / 放管服那个发展路径研究项目: a second piece of a project's name right after the
      // first (a demonstrative between at most) narrows it to the
      // names holding both (never "either of them", which would add every 区级 project).
      const previous = lastProject;
      const gap = previous ? this.between(previous.at, i) : '';
      const near =
        previous &&
        t.match.field === 'projectName' &&
        !negated.has(i) &&
        !negated.has(previous.at) &&
        previous.at >= i - 2;
      // 放管服那个发展路径研究项目: the second piece after a demonstrative is still the same project.
      // 拆违的那几个专项资金: a plural demonstrative too — the pieces still name the same projects, those holding both.
      const second =
        near &&
        // (控违拆违 2023年第二批那个: the year between the pieces is a condition of its own, no list)
        /^[\s的]*(?:20\d{2}\s*年度?[\s的]*)?(?:(?:那|这)(?:个|一个|项|几个|几项|些|两个|俩|三个))?[\s的]*$/u.test(
          gap,
        );
      const shared = near ? previous.wider.filter((v) => (t.match.wider ?? t.match.values).includes(v)) : [];
      const narrowed = second ? shared : [];
      // 统计所经费资金表 / 法律顾问资金表: a piece close after a project's name (no word of a list between) that no
      // name holds with it, and that is no stored name itself, is no second project: it stays unplaced rather than
      // adding every name holding it.
      const close = near && gap.length <= 2 && !/[\s和与及或、跟同,，;；]/u.test(gap);
      if (close && !shared.length && !t.match.values.includes(t.term)) continue;
      if (previous && narrowed.length) {
        previous.filter.values = narrowed;
        previous.filter.term = `${previous.filter.term}${t.term}`;
        previous.at = i;
        previous.wider = narrowed;
        this.use(i);
        continue;
      }
      if (t.match.field === 'projectName' && !negated.has(i))
        lastProject = { at: i, filter: f, wider: t.match.wider ?? t.match.values };
      const units: LeafFilter[] = m.alsoUnits
        ? [{ type: 'name', field: 'implementingUnit', term: t.term, values: m.alsoUnits }]
        : [];
      // 大红门便民服务中心 / 潞源的综合办公室 / 大红门那个便民服务中心: an office right after a place or office, nothing
      // but 的 or a demonstrative between (a space
      // may separate a list: 潞源 双井), is the one inside it — both hold (a list says 和 / 、 / 或: 河门口和双井 are alternatives); 大红门综合办公室和综合
      // 行政执法队: the list goes on inside the same place.
      const org = m.field === 'department' || m.field === 'implementingUnit';
      const previousOrg = lastOrg;
      if (org) lastOrg = i;
      const inside =
        org &&
        previousOrg === i - 1 &&
        !negated.has(i) &&
        !negated.has(i - 1) &&
        /^的?(?:那个|这个|那一个|这一个)?$/u.test(this.between(i - 1, i));
      const listedInside = org && lastInner !== null && previousOrg === i - 2 && this.is(i - 1, 'and');
      if (negated.has(i)) {
        // Neither the office nor the unit: every leaf left out, each a condition of its own.
        for (const leaf of [f, ...units]) this.filters.push({ ...leaf, negate: true } as LeafFilter);
      } else if (inside) {
        lastInner = [f, ...units];
        inner.push(lastInner);
      } else if (listedInside) lastInner!.push(f, ...units);
      else byField.set(m.field, [...(byField.get(m.field) ?? []), f, ...units]);
      if (!inside && !listedInside) lastInner = null;
      this.use(i);
      // 主管部门是X / X负责的: the label went into the resolution.
      for (const j of [i - 1, i - 2]) {
        const p = this.tok(j);
        if (p?.k === 'field' && p.id === t.match.field && !this.items[j]!.used)
          this.use(j, ...(j === i - 2 ? [i - 1] : []));
      }
      // 王丽负责的 / owned by 王丽 / 城乡管理办公室实施的: the word that told what the name is.
      const told =
        t.match.field === 'owner'
          ? ['ownedBy']
          : t.match.field === 'projectName'
            ? []
            : ['ownedBy', 'implementedBy'];
      for (const j of [i - 1, i + 1]) if (told.some((k) => this.is(j, k))) this.use(j);
    }
    for (const list of [...byField.values(), ...inner]) {
      this.filters.push(list.length === 1 ? list[0]! : { type: 'any', filters: list });
    }
  }

  /**
   * 除了大红门之外 / 大红门和潞源以外 / 负责人不是牛艳维 / 不是X负责的: the names a negation or an exclusion word stands
   * next to (a chain joined by 和/、 takes it whole) are left out. The words are used here; the label before a
   * negation (负责人不是…) too.
   */
  private exclusions(): Set<number> {
    const out = new Set<number>();
    const entityAt = (j: number) => this.tok(j)?.k === 'entity';
    for (let k = 0; k < this.items.length; k++) {
      let j = k + 1;
      while (this.is(j, 'op', (t) => !!t.weak)) j++;
      // 不算大红门 / 不计潞源的: the words that drop empty forms (没填的不算) drop a name they stand before, in the
      // same clause (大红门不算，潞源的项目: 不算 closes the clause before it).
      const sameClause = (x: number, y: number) =>
        !!this.items[x] &&
        !!this.items[y] &&
        !/[,，。;；]/u.test(
          this.text.slice(
            this.items[x]!.span.start + this.items[x]!.span.text.length,
            this.items[y]!.span.start,
          ),
        );
      // 总分没填的排除掉，大红门…: a word of leaving out never reaches a name across a clause mark.
      const before =
        (this.is(k, 'except') || this.is(k, 'not') || this.is(k, 'excludeEmpty')) &&
        entityAt(j) &&
        sameClause(k, j);
      if (before && entityAt(j)) {
        const used = [k, ...Array.from({ length: j - k - 1 }, (_, n) => k + 1 + n)];
        // 负责人不是X: the label names the field the name is of.
        let l = k - 1;
        while (this.is(l, 'op', (t) => !!t.weak)) l--;
        if (this.is(l, 'field', (t) => NAME_FIELD_IDS.has(t.id))) used.push(l);
        out.add(j);
        while (this.is(j + 1, 'and') && entityAt(j + 2)) {
          used.push(j + 1);
          j += 2;
          out.add(j);
        }
        // 除了X以外 / 不包括X在内: the word that closes the exclusion.
        if (this.is(j + 1, 'except') || this.is(j + 1, 'excludeEmpty') || this.is(j + 1, 'within'))
          used.push(j + 1);
        this.use(...used);
        continue;
      }
      // 大红门之外的项目 / 大红门除外: the word after the name.
      if ((this.is(k, 'except') || this.is(k, 'excludeEmpty')) && entityAt(k - 1) && !out.has(k - 1)) {
        let i = k - 1;
        out.add(i);
        while (this.is(i - 1, 'and') && entityAt(i - 2)) {
          this.use(i - 1);
          i -= 2;
          out.add(i);
        }
        this.use(k);
      }
    }
    return out;
  }

  /** Fields left over are what to show: X的负责人是谁, X得了多少分, 列出项目的电话. */
  private lookups() {
    for (let i = 0; i < this.items.length; i++) {
      const t = this.tok(i);
      if (t?.k !== 'field' || this.items[i]!.used) continue;
      if (this.groupBy && DIM_FIELDS.has(t.id)) continue;
      if ((this.groupBy || this.measures.length) && isNumeric(t.id)) {
        // Over a set of projects a figure is a total (money), the set's own rate (执行率: spent over given) or an
        // average (scores); said twice, once. (平均执行率 took its field in aggregates() already.)
        const fn = this.groupFigureFn(t.id, i);
        if (!this.measures.some((m) => m.fn === fn && m.field === t.id))
          this.measures.push({ fn, field: t.id });
        this.use(i);
        continue;
      }
      if (!this.select.includes(t.id)) this.select.push(t.id);
      this.use(i);
    }
  }

  /**
   * X那个项目的总分多少 / 有个叫X的项目，执行率多少: a figure of one named project is that project's field (one row a
   * year when it was reported several years), never a count and an average over it.
   */
  private oneProjectLookup() {
    if (this.groupBy || this.order || !this.measures.some((m) => m.field)) return;
    const projects = this.filters.filter((f) => f.type === 'name' && f.field === 'projectName' && !f.negate);
    const names = new Set(projects.flatMap((f) => (f.type === 'name' ? (f.values ?? []).map(nameKey) : [])));
    if (projects.length !== 1 || names.size !== 1) return;
    for (const m of this.measures) if (m.field && !this.select.includes(m.field)) this.select.push(m.field);
    this.measures = [];
  }

  /**
   * 潞源街道2023年的执行率是多少 / 大红门街道执行率多少: the rate asked as one figure of an office's (or a year's)
   * projects is their pooled rate (Σ执行数 ÷ Σ预算数, as a group's rate is) — listing every project's rate
   * answered another question. Only with nothing but scope said (a condition, a project, 各 / 哪些 / 列 keep the list).
   */
  private scopeRate() {
    if (this.groupBy || this.order || this.measures.length) return;
    if (this.select.length !== 1 || this.select[0] !== 'executionRate') return;
    if (!this.filters.length || !this.filters.every(isOrgOrPeriod)) return;
    if (!/多少|几|how much|what/iu.test(this.text) || /各|每|哪|列|分别|明细|清单|名单/u.test(this.text))
      return;
    this.select = [];
    this.measures = [{ fn: 'pooled', field: 'executionRate' }];
  }

  /**
   * 共涉及多少名项目负责人（未填写负责人的不计）: 名 / 位 count people, so the count is of the 负责人 named, never of their
   * projects — also when a condition on the cell (filled in) is said beside it, which the reading of 几个负责人 alone
   * did not expect.
   */
  private peopleCounted() {
    if (this.groupBy || this.order || this.select.length !== 1 || this.select[0] !== 'owner') return;
    if (this.measures.length !== 1 || this.measures[0]!.fn !== 'count') return;
    if (!/(?:多少|几)(?:名|位)/u.test(this.text)) return;
    this.groupBy = 'owner';
    this.countGroups = true;
    this.select = [];
  }

  query(listAll: boolean): PortfolioQuery | null {
    // The same figure asked twice in other words (钱还剩多少没花？就是预算减去执行数) is one measure.
    this.measures = this.measures.filter(
      (m, k) => this.measures.findIndex((o) => o.fn === m.fn && o.field === m.field) === k,
    );
    // 有几个…，是哪几个 / how many and which: the list answers both (it says how many).
    const asksWhich = this.items.some(
      (x) => (x.tok.k === 'ask' || x.tok.k === 'which') && /哪些|哪几|which/.test(x.span.text),
    );
    if (
      asksWhich &&
      !this.groupBy &&
      !this.order &&
      this.measures.length === 1 &&
      this.measures[0]!.fn === 'count'
    )
      this.measures = [];
    // 哪个项目的指标条数最多，多少条 / 哪个项目预算最大，多少钱: a count beside a ranking of projects asked by 哪个 asks
    // the ranked figure (the ranking's column shows it), not how many projects there are.
    const asksWhichOne = this.items.some(
      (x) => (x.tok.k === 'ask' || x.tok.k === 'which') && /哪|which/iu.test(x.span.text),
    );
    if (
      asksWhichOne &&
      !this.groupBy &&
      this.order &&
      this.limit &&
      this.measures.length === 1 &&
      this.measures[0]!.fn === 'count'
    )
      this.measures = [];
    this.oneProjectLookup();
    this.scopeRate();
    this.peopleCounted();
    // A figure asked of each group's first projects (各街道最低的有几个) is no ranking of projects: the groups'.
    if (this.per && this.measures.length) {
      this.groupBy = this.per;
      this.per = undefined;
    }
    // A condition said twice (追加了预算的项目（全年预算数大于年初预算数的）: the parenthesis restating it) is one, and
    // so is an alternative said twice (我是X街道的…X街道有哪些项目: X or X).
    const once = <F>(fs: F[]): F[] => {
      const said = fs.map((f) => JSON.stringify(f));
      return fs.filter((_f, i) => said.indexOf(said[i]!) === i);
    };
    const q: PortfolioQuery = {
      filters: once(this.filters.map((f) => (f.type === 'any' ? { ...f, filters: once(f.filters) } : f))),
    };
    if (this.groupBy) q.groupBy = this.groupBy;
    if (this.groupBy && this.countGroups) q.countGroups = true;
    if (this.per && this.order && this.limit) q.per = this.per;
    if (this.groupBy && this.measures.length === 0) this.measures.push({ fn: 'count' });
    if (this.measures.length) q.measures = this.measures;
    if (this.select.length) q.select = this.select;
    if (this.order) q.order = this.order;
    if (this.order && this.limit) {
      q.limit = this.limit;
      if (this.ties) q.ties = true;
    }
    const asksSomething = this.filters.length || q.groupBy || q.measures || q.select || q.order;
    return asksSomething || listAll ? q : null;
  }
}

/** A filter naming whose projects or which year's: an office, a unit, a year (never a project, never a condition; a
 * person's few projects are each asked for — 李哲的项目执行率多少 lists them). */
function isOrgOrPeriod(f: Filter): boolean {
  if (f.type === 'any') return f.filters.every(isOrgOrPeriod);
  if (f.type === 'name') return !f.negate && (f.field === 'department' || f.field === 'implementingUnit');
  return f.type === 'compare' && f.field === 'year' && f.op === '=';
}

function negate(op: Op): Op {
  return ({ '<': '>=', '<=': '>', '>': '<=', '>=': '<', '=': '<>', '<>': '=' } as const)[op];
}

/** Shared with the LLM path: names in a model's query resolved the same way. */
export const keyOf = nameKey;
