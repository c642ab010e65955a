/**
 * Two project names sharing their tail, said once: 第三批和第四批小微项目惠民生资金 is 第三批小微项目惠民生资金 and
 * 第四批小微项目惠民生资金. Found from the store's own names (never a listed phrase): the words after a joining word
 * continue into a stored name for as long as they can, and the words before it, with that same tail, name another.
 * The question is then written with both names whole, and each is resolved as any name is (names.ts). Pieces are
 * compared as name keys (numerals, quotes and spaces as names.ts reads them), so the text may be raw or normalised.
 */
import { countContaining, nameKey } from './names.ts';

const JOIN = /[和与及、]/gu;
/** The differing heads are short (第三批, 区级, 2022年): a longer run before the join is a name of its own. */
const HEAD_MAX = 6;
/** The shared words must be a name's worth, not a word that many names share (资金, 项目). */
const TAIL_MIN = 4;

/** The text with a shared tail written out after both heads; the text unchanged when no two stored names fit. */
export function spreadSharedTail(text: string, projectNames: string[]): string {
  if (!/[和与及、]/u.test(text)) return text;
  for (const m of text.matchAll(JOIN)) {
    const at = m.index;
    const after = text.slice(at + 1);
    if (after.length < TAIL_MIN + 1) continue;
    const spread = spreadAt(text.slice(0, at), m[0], after, projectNames);
    if (spread !== null) return spread;
  }
  return text;
}

/**
 * Names are looked up through the vocabulary's bigram index (names.ts), never by reading every name per piece, and
 * only counted as far as the test needs (one name holds it, two do): a piece as common as 2023年 is held by half the
 * names.
 */
function spreadAt(before: string, join: string, after: string, projectNames: string[]): string | null {
  const heldBy = (atMost: number, ...keys: string[]) => countContaining(projectNames, keys, atMost);
  const held = (piece: string) => {
    const key = nameKey(piece);
    return !!key && heldBy(1, key) > 0;
  };
  // The longest start of what follows the join that some stored name holds: the second head and the tail.
  const start = nameKey(after.slice(0, 2));
  if (start && !heldBy(1, start)) return null;
  let whole = 0;
  for (let n = 3; n <= after.length && held(after.slice(0, n)); n++) whole = n;
  // The second head first (shortest), so the tail is as long as possible.
  for (let head = 1; head <= Math.min(HEAD_MAX, whole - TAIL_MIN); head++) {
    const tail = after.slice(head, whole);
    const tailKey = nameKey(tail);
    if (heldBy(2, tailKey) < 2) continue;
    for (let first = Math.min(HEAD_MAX, before.length); first >= 1; first--) {
      const head1 = before.slice(before.length - first);
      // A head of punctuation alone (the ）of 统计站（室）) adds nothing: the tail alone is no second name.
      if (/[,，。；;？?！!\s]/u.test(head1) || !nameKey(head1)) continue;
      const name1 = nameKey(`${head1}${tail}`);
      const name2 = nameKey(`${after.slice(0, head)}${tail}`);
      if (name1 === name2) continue;
      // Each of the two names whole, and the words as typed no stored name of their own (a name with 和 in it).
      if (!heldBy(1, tailKey, name1) || !heldBy(1, tailKey, name2)) continue;
      if (held(`${head1}${join}${after.slice(0, whole)}`)) return null;
      return `${before}${tail}${join}${after}`;
    }
  }
  return null;
}
