/**
 * Background clauses: what a clerk says about themselves before or after the question (我在准备年底的材料，…;
 * 刚接手这块工作，不太熟悉，…; 年终考核前自查：…; I'm preparing the audit. …). Such a clause speaks of the asker (a
 * pronoun, who asked, when) or is a heading ended by a colon, and asks nothing the query language holds; another
 * clause does. Its words are context, not conditions: they are neither used nor reported. Never widening: a word of
 * such a clause that looks like an organisation or a place (财政局, 卫健委, 顺义区), or that says who the asker is
 * (我是…的), stays unplaced, and a stored place or office named in it is still a condition (河门口街道的表我还没看).
 */
import { onlyOccasion } from './harmless.ts';
import type { Token } from './lexicon.ts';
import { ASKER_WORDS } from './stopwords.ts';
import type { Span } from './tokens.ts';

/** Token kinds a background clause may hold: negations and joins of its own verbs (还没细看, 不太熟悉), fillers. */
const BACKGROUND_KINDS = new Set<Token['k']>(['filler', 'empty', 'not', 'and', 'or', 'unit', 'dim', 'range']);

/** Clause ends: Chinese and Latin punctuation (not the point or comma inside a number). */
const CLAUSE_END = /[，。？！；：!?;:\n]|[,.](?!\d)/gu;

/** Characters that end the names of offices and places. */
const ORG_OR_PLACE = /局|委|办|科|处|厅|部|院|所|站|队|中心|区|市|县|镇|乡|村|街|省|州|旗/u;
const asker = new RegExp(ASKER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')).join('|'), 'u');
const latinAsker = /\b(i|i'm|i'd|we|we're|my|our|us)\b/;

export interface Piece {
  span: Span;
  /** A name resolved in the store (kept as a condition if it names a place or an office). */
  entity?: { placeLike: boolean };
}

/** The pieces (by index) of background clauses: dropped, neither used nor reported unplaced. */
export function backgroundPieces(text: string, pieces: Piece[]): Set<number> {
  const ends: Array<{ at: number; colon: boolean }> = [];
  for (const m of text.matchAll(CLAUSE_END)) ends.push({ at: m.index!, colon: /[：:]/.test(m[0]) });
  const clauseOf = (start: number) => {
    const k = ends.findIndex((e) => e.at >= start);
    return k < 0 ? ends.length : k;
  };
  const clauses = new Map<number, number[]>();
  pieces.forEach((p, i) => {
    const c = clauseOf(p.span.start);
    clauses.set(c, [...(clauses.get(c) ?? []), i]);
  });
  const content = (i: number) => {
    const p = pieces[i]!;
    if (p.entity || p.span.free) return false;
    return p.span.tokens.some((t) => !BACKGROUND_KINDS.has(t.k) && !(t.k === 'op' && t.weak));
  };
  const background: number[][] = [];
  let asking = false;
  for (const [c, members] of clauses) {
    const start = c === 0 ? 0 : ends[c - 1]!.at + 1;
    const end = ends[c]?.at ?? text.length;
    const clause = text.slice(start, end);
    if (members.some(content)) {
      asking = true;
      continue;
    }
    const heading = ends[c]?.colon === true;
    // A clause of nothing but what is done and when (年底考核，…): the occasion of the question.
    const frees = members.filter((i) => pieces[i]!.span.free);
    const occasion =
      frees.length > 0 &&
      members.every((i) => !pieces[i]!.entity) &&
      frees.every((i) => onlyOccasion(pieces[i]!.span.text));
    if (heading || occasion || asker.test(clause) || latinAsker.test(clause)) background.push(members);
  }
  const drop = new Set<number>();
  if (!asking) return drop;
  for (const members of background) {
    for (const i of members) {
      const p = pieces[i]!;
      if (p.entity?.placeLike) continue;
      if (p.span.free) {
        const word = p.span.text.trim();
        const before = text.slice(Math.max(0, p.span.start - 3), p.span.start);
        if (ORG_OR_PLACE.test(word) || /(我|我们|咱们)是$/.test(before)) continue;
      }
      drop.add(i);
    }
  }
  return drop;
}
