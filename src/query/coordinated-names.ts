/**
 * “小微项目惠民生”第三批与第四批资金 / 区级和市级资金: two projects' names said once, their shared words written only
 * once — before the first part that differs (“小微项目惠民生”第) and after the second (资金). Read piece by piece, the
 * second (第四批资金) also matches other offices' fourth batches, and the first (…第三批) lacks its end.
 *
 * The parallel parts are found by structure alone: the end of the first piece and the start of the second, of the same
 * length and the same last character (第3批 / 第4批, 区级 / 市级, 一期 / 二期), differing. Each piece then gets the other's
 * shared words, and the reading is taken only when each whole name is found as said (contained in a stored name, not
 * by similarity) and each names exactly one project, the two different ones — otherwise the pieces stay as they were.
 */

import { type NameMatch, nameKey, namesHoldingAll, resolveTerm } from './names.ts';
import type { Span } from './tokens.ts';
import type { Vocabulary } from './vocabulary.ts';

type Resolved = Span | { span: Span; entity: { k: 'entity'; match: NameMatch; term: string } } | null;
type Named = Extract<Resolved, { entity: unknown }>;

const isProject = (r: Resolved | undefined): r is Named =>
  !!r && 'entity' in r && r.entity.match.field === 'projectName';
/** Between the two names: filler words (批 of 第三批 read apart) and one word joining them (与 / 和 / 及 / 、). */
const joins = (r: Resolved | undefined) => !!r && !('entity' in r) && r.tokens.some((t) => t.k === 'and');
const filler = (r: Resolved | undefined) =>
  !!r && !('entity' in r) && r.tokens.every((t) => t.k === 'filler');

/**
 * The first piece's parallel end and the second's parallel start: their length, or null. The longest such pair (第3批
 * rather than 3批: the ordinal's 第 belongs to the part that differs).
 */
function parallelLength(first: string, second: string): number | null {
  for (let k = Math.min(first.length, second.length, 4); k >= 2; k--) {
    const [end, start] = [first.slice(-k), second.slice(0, k)];
    if (end !== start && end.at(-1) === start.at(-1) && /^\p{Script=Han}$/u.test(end.at(-1)!)) return k;
  }
  return null;
}

/**
 * The one project whose name holds the shared words and this piece's own part, as said or in another order
 * (“小微项目惠民生”第三批 for 2023年第三批“小微项目惠民生”资金: the speaker put the shared name first); null unless exactly one.
 */
function oneProject(shared: string, own: string, after: string, vocab: Vocabulary): NameMatch | null {
  const whole = resolveTerm(`${shared}${own}${after}`, vocab, 'projectName');
  if (whole?.field === 'projectName' && whole.how === 'contains' && !whole.loose && whole.values.length === 1)
    return whole;
  const parts = [shared, own, after].filter((p) => nameKey(p).length >= 2);
  const found = parts.length >= 2 ? namesHoldingAll(vocab.projectName, parts) : [];
  return found.length === 1 ? { field: 'projectName', values: found, how: 'contains' } : null;
}

/** The resolved spans with every such pair of names read whole; the array is changed in place and returned. */
export function coordinatedNames(resolved: Resolved[], vocab: Vocabulary): Resolved[] {
  for (let i = 0; i < resolved.length; i++) {
    const first = resolved[i];
    if (!isProject(first)) continue;
    let j = i + 1;
    const tail: string[] = [];
    while (filler(resolved[j]) && (resolved[j] as Span).text.trim().length <= 1)
      tail.push((resolved[j++] as Span).text);
    if (!joins(resolved[j])) continue;
    const second = resolved[j + 1];
    if (!isProject(second)) continue;
    const ambiguous = (m: NameMatch) => m.values.length > 1 || m.how === 'similar' || !!m.loose;
    if (!ambiguous(first.entity.match) && !ambiguous(second.entity.match)) continue;
    const a = `${first.span.text.trim()}${tail.join('').trim()}`;
    const b = second.span.text.trim();
    const k = parallelLength(a, b);
    if (!k) continue;
    const [shared, after] = [a.slice(0, -k), b.slice(k)];
    const [ma, mb] = [
      oneProject(shared, a.slice(-k), after, vocab),
      oneProject(shared, b.slice(0, k), after, vocab),
    ];
    if (!ma || !mb || ma.values[0] === mb.values[0]) continue;
    resolved[i] = { span: first.span, entity: { k: 'entity', match: ma, term: `${a}${after}` } };
    resolved[j + 1] = { span: second.span, entity: { k: 'entity', match: mb, term: `${shared}${b}` } };
  }
  return resolved;
}
