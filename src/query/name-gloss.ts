/**
 * A stored name with its translation beside it in brackets (the Statistics Office Fund (统计所经费); 统计所经费
 * (Statistics Office Fund)): the English words are a gloss of the name, not words to place. Read off the question as
 * typed, before it is lower-cased: the gloss is the run of capitalised words right before the bracket (of / and /
 * for / the / on between them), or everything in a bracket of Latin words right after the name. Only when the Chinese
 * is a stored name typed whole (or one homophone off it); otherwise nothing changes (the English words are still placed
 * or reported).
 */

/** Capitalised words, small words only between them, right before a bracket holding Chinese. */
const GLOSS_BEFORE =
  /(?<![A-Za-z])[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|the|on|in)\s+)*[A-Z][\w'’&.-]*)*\s*[（(]\s*([^()（）]*\p{Script=Han}[^()（）]*?)\s*[）)]/gu;
/** Chinese, then a bracket of Latin words only. */
const GLOSS_AFTER = /(\p{Script=Han}[^()（）\s]*)\s*[（(]\s*[A-Za-z][A-Za-z\s'’&.,-]*[）)]/gu;

/** The question with each gloss of a stored name left out. `isName`: whether the words are a stored name whole. */
export function dropNameGlosses(question: string, isName: (words: string) => boolean): string {
  const text = question.normalize('NFKC');
  return text
    .replace(GLOSS_BEFORE, (whole, chinese: string) => (isName(chinese) ? ` ${chinese} ` : whole))
    .replace(GLOSS_AFTER, (whole, chinese: string) => {
      // the longest stored name that ends the Chinese run before the bracket
      for (let at = 0; at < chinese.length - 1; at++) if (isName(chinese.slice(at))) return chinese;
      return whole;
    });
}
