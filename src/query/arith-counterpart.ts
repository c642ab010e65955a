/**
 * Two projects compared where the second is named only by the word that tells it from the first (issue 10:
 * 城乡基层党组织服务群众经费区级的执行数减市级的执行数 — the 市级 one of the same fund, not every project whose name
 * holds 市级). When one side names one project and the other only a short word found in several names, the other is
 * the project whose name is the first's with that word in place of another; read so only when exactly one name has
 * that shape (the answer's echo names it), and left as it is when none has (河道保洁比疫情项目多多少: a set).
 */
import type { Filter } from './query.ts';

type NameFilter = Extract<Filter, { type: 'name' }>;

/** A word this short, found in several names, can be a qualifier (区级/市级, 一期/二期) as well as a set. */
const QUALIFIER_LENGTH = 3;

const isName = (f: Filter): f is NameFilter =>
  f.type === 'name' && f.field === 'projectName' && !f.negate && !f.starts;

/**
 * The name of `loose` that is `named` with `word` in place of one of its words: its part before the word begins
 * `named`, its part after ends it, and what lies between in `named` is about as long as the word.
 */
function shapeMatches(named: string, loose: string, word: string): boolean {
  const at = loose.indexOf(word);
  if (at < 0 || named === loose) return false;
  const before = loose.slice(0, at);
  const after = loose.slice(at + word.length);
  const between = named.length - before.length - after.length;
  return named.startsWith(before) && named.endsWith(after) && between >= 1 && between <= word.length + 1;
}

/**
 * The second side's filters with its loose name read as the counterpart of the first's project; the filters as
 * they are when nothing is to be read so; null when several names have that shape (which one is meant cannot be told).
 */
export function counterpartOf(first: Filter[], second: Filter[]): Filter[] | null {
  const named = first.filter(isName).filter((f) => f.values?.length === 1);
  const loose = second.filter(isName).filter((f) => (f.values?.length ?? 0) > 1);
  if (named.length !== 1 || loose.length !== 1) return second;
  const word = loose[0]!.term;
  if (word.length > QUALIFIER_LENGTH) return second;
  const name = named[0]!.values![0]!;
  const found = loose[0]!.values!.filter((v) => shapeMatches(name, v, word));
  if (found.length === 0) return second;
  if (found.length > 1) return null;
  return second.map((f) => (f === loose[0] ? { ...loose[0]!, values: found } : f));
}
