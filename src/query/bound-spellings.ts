/**
 * A bound written in a cell (≥90%, 不低于90%, 大于等于 90%): the forms write the same bound with a symbol or in words, and
 * the question may say it either way (search-box.ts reads ≥ as 不低于 before any reader sees it). A cell searched for
 * a bound is matched by every spelling of it, so 年度指标值写的≥90% finds the cells written 不低于90% as well — and
 * the other way round — instead of answering 0 for want of the same characters.
 */

/** The spellings of one bound, longest first (大于等于 before 大于). */
const SPELLINGS: ReadonlyArray<ReadonlyArray<string>> = [
  ['大于或等于', '大于等于', '不低于', '不少于', '不小于', '≥', '>='],
  ['小于或等于', '小于等于', '不高于', '不超过', '不多于', '不大于', '≤', '<='],
  ['大于', '高于', '多于', '超过', '>'],
  ['小于', '低于', '少于', '<'],
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A PostgreSQL regular expression matching `text` with its leading bound in any spelling (the cells are compared with
 * their spaces taken out); null when the text does not start with a bound right before a figure. A bound is never
 * found inside its negation (低于90% is not the 低于 of 不低于90%).
 */
export function boundPattern(text: string): string | null {
  for (const words of SPELLINGS)
    for (const w of words) {
      if (!text.startsWith(w)) continue;
      const rest = text.slice(w.length);
      if (!/^\d/u.test(rest)) return null;
      return `(?<!不)(${words.map(escapeRegex).join('|')})${escapeRegex(rest)}`;
    }
  return null;
}
