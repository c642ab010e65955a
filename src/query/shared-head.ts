/**
 * Two field names sharing their head noun said once (年初和全年预算, initial and annual budgets): each name said whole
 * (年初预算和全年预算, initial budget and annual budget) before the question is split into words, so that a
 * comparison or a list of both reads as if both were written out. Built from the fields' own words: a pair is
 * expanded only when both whole names are words of two different fields.
 */
import { FIELDS, type FieldId } from './fields.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Named {
  field: FieldId;
  modifier: string;
  head: string;
}

/** Every field word cut into a modifier and a head: the last English word, or the last two Chinese characters. */
function namesWithHeads(): Named[] {
  const out: Named[] = [];
  for (const [id, f] of Object.entries(FIELDS) as Array<[FieldId, (typeof FIELDS)[FieldId]]>) {
    for (const w of f.words) {
      const english = /^[a-z][a-z ]* [a-z]+$/.exec(w);
      if (english) {
        const at = w.lastIndexOf(' ');
        out.push({ field: id, modifier: w.slice(0, at), head: w.slice(at + 1) });
      } else if (/^\p{Script=Han}{3,}$/u.test(w))
        out.push({ field: id, modifier: w.slice(0, -2), head: w.slice(-2) });
    }
  }
  return out;
}

let rules: Array<[RegExp, string]> | null = null;

function expansions(): Array<[RegExp, string]> {
  if (rules) return rules;
  const named = namesWithHeads();
  const made: Array<[RegExp, string]> = [];
  for (const a of named)
    for (const b of named) {
      if (a.field === b.field || a.head !== b.head || a.modifier === b.modifier) continue;
      if (/^[a-z]/.test(a.head)) {
        // initial and annual budget(s)
        const re = new RegExp(
          `\\b${escapeRe(a.modifier)}(\\s*(?:,|and|or|&)\\s*(?:the\\s+)?)${escapeRe(b.modifier)} ${escapeRe(a.head)}s?\\b`,
          'gu',
        );
        made.push([re, `${a.modifier} ${a.head}$1${b.modifier} ${b.head}`]);
      } else {
        const re = new RegExp(
          `${escapeRe(a.modifier)}(和|与|跟|同|及|、)${escapeRe(b.modifier)}${escapeRe(a.head)}`,
          'gu',
        );
        made.push([re, `${a.modifier}${a.head}$1${b.modifier}${b.head}`]);
      }
    }
  // longer names first: 年初预算数 before 年初预算
  rules = made.sort((x, y) => y[0].source.length - x[0].source.length);
  return rules;
}

export function expandSharedHeads(text: string): string {
  // Only a text with a word joining two names can hold such a pair.
  if (!/[和与跟同及、,&]|\b(?:and|or)\b/u.test(text)) return text;
  let out = text;
  for (const [re, whole] of expansions()) out = out.replace(re, whole);
  return out;
}
