/**
 * Two field names sharing their head noun said once (年初和全年预算, initial and annual budgets): each name said whole
 * (年初预算和全年预算, initial budget and annual budget) before the question is split into words, so that a
 * comparison or a list of both reads as if both were written out. Built from the fields' own words: a pair is
 * expanded only when both whole names are words of two different fields.
 */
import { FIELD_OF_HAN_WORD, FIELDS, type FieldId } from './fields.ts';

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
        // 年初和全年的预算: a 的 before the head said once joins it to both
        const re = new RegExp(
          `${escapeRe(a.modifier)}(和|与|跟|同|及|、)${escapeRe(b.modifier)}(?:的)?${escapeRe(a.head)}`,
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

/** Chinese field words, and the heads (last one to three characters) that two fields or more end in. */
let listed: { words: Set<string>; heads: string[] } | null = null;

function listedWords(): { words: Set<string>; heads: string[] } {
  if (listed) return listed;
  const fieldOf = FIELD_OF_HAN_WORD;
  const fieldsPerHead = new Map<string, Set<FieldId>>();
  for (const [w, id] of fieldOf)
    for (let n = 1; n <= 3 && n < w.length; n++) {
      const head = w.slice(-n);
      fieldsPerHead.set(head, (fieldsPerHead.get(head) ?? new Set()).add(id));
    }
  const heads = [...fieldsPerHead].filter(([, ids]) => ids.size > 1).map(([h]) => h);
  listed = { words: new Set(fieldOf.keys()), heads: heads.sort((a, b) => b.length - a.length) };
  return listed;
}

const LIST_JOIN = /(?:、|和|与|及|跟|,|，)\s*$/u;
const LIST_COUNT = /^(?:这)?(?:[两三四五六]|\d|几)?(?:个|项)?$/u;

/**
 * Three field names or more sharing their head, said once after the list, with the count of the list before it
 * (年初、全年、执行三个数 → 年初数、全年数、执行数; 预算、执行两个数): each name said whole. Each item with the head must be a
 * field word; the list is read back from the head, item by item.
 */
export function expandListedHeads(text: string): string {
  if (!/[、和与及跟,，]/u.test(text)) return text;
  const { words, heads } = listedWords();
  for (const head of heads) {
    let from = text.length;
    for (;;) {
      const at = text.lastIndexOf(head, from - 1);
      if (at <= 0) break;
      from = at;
      // The count between the list and the head: 三个 / 这两个 / 两项.
      let start = at;
      for (let k = Math.max(0, at - 3); k < at; k++)
        if (LIST_COUNT.test(text.slice(k, at))) {
          start = k;
          break;
        }
      const items: string[] = [];
      let rest = text.slice(0, start);
      for (;;) {
        let item = '';
        for (let n = Math.min(4, rest.length); n >= 1 && !item; n--)
          if (words.has(rest.slice(-n) + head)) item = rest.slice(-n);
        if (!item) break;
        items.unshift(item);
        rest = rest.slice(0, -item.length);
        const join = LIST_JOIN.exec(rest);
        if (!join) break;
        const before = rest.slice(0, -join[0].length);
        if (![1, 2, 3, 4].some((n) => words.has(before.slice(-n) + head))) break;
        rest = before;
      }
      if (items.length < 2 || (items.length === 2 && start === at)) continue;
      text = `${rest}${items.map((i) => `${i}${head}`).join('、')}${text.slice(at + head.length)}`;
      from = rest.length;
    }
  }
  return text;
}
