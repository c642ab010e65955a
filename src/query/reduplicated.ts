/**
 * A manner said by reduplication (AABB): 老老实实写了, 认认真真填的, 清清楚楚地写明了. Doubling a two-character word this way
 * makes it an adverb of how something was done, before the verb it describes; it says nothing of which projects or
 * rows are meant, so it is taken out before the words are split (the verb stays and is read as usual). Only before
 * a verb of entering or doing (地 between allowed) and never after a negation (没认认真真填 would be a judgement the
 * forms cannot answer: it stays, reported).
 */
const AABB =
  /(?<![没未不别])(\p{Script=Han})\1(\p{Script=Han})\2地?(?=(?:写|填|录|做|算|打|报|交|核|改|删|列|标|注|说明|交代|分析))/gu;

export function dropReduplicatedManner(text: string): string {
  return text.replace(AABB, (whole, a: string, b: string) => (a === b ? whole : ''));
}
