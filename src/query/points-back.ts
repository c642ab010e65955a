/**
 * Words that point back at a condition the question itself already states (河门口哪个项目的全年预算在当地是最高的:
 * 当地 is 河门口; 「联系电话：89538675」这个号码底下挂了几个项目: 这个号码 is that number). They add nothing and take
 * nothing away — but only when the question does state what they point at: 当地 with no place named, or 这个号码 with
 * no number, stays reported (it would point at something the question never says).
 */
import type { PortfolioQuery } from './query.ts';
import { leaves } from './query.ts';

/** A back-reference and the kind of condition it needs in the same question. */
const POINTERS: Array<{ pattern: RegExp; needs: (q: PortfolioQuery) => boolean }> = [
  // 在当地 / 当地的 / 本地范围内: the place named.
  {
    pattern: /(?:在)?(?:当地|本地|该地|本辖区|辖区内)(?:的|来说|范围内|范围里|里面|里|中)?/gu,
    needs: (q) =>
      leaves(q.filters).some(
        (f) => f.type === 'name' && !f.negate && f.field !== 'owner' && f.field !== 'projectName',
      ),
  },
  // 这个号码 / 该电话号码 / 这个电话底下挂了几个项目: the number named; 挂 (着 / 了 / 在) before the projects counted
  // or listed is whose they are (never 挂账, which is no project).
  {
    pattern:
      /(?:这个|那个|该|此|这|那)(?:电话)?(?:号码|电话|号)(?:的|底下|下面|名下|下)?(?:挂(?:着|了|在)?(?=\s*(?:几|多少|哪些|哪几|的)?\s*(?:个|项)?\s*项目))?/gu,
    needs: (q) => leaves(q.filters).some((f) => f.type === 'phone'),
  },
  // 巡察组说我们有项目扣了分却没写原因，潞源有没有这种情况: the kind of project told in an earlier clause of the same
  // message (a message of one clause asks about the question before: like-these.ts).
  {
    pattern:
      /(?<=[，,。；;：:！!？?][^，,。；;：:！!？?]*有(?:没有)?)(?:这样|这种|这类|这一类|类似|同样)(?:的)?(?:项目|情况|问题)?(?=(?:吗|呢|没有|没)?[\s？?。！!～~]*$)/gu,
    needs: (q) =>
      leaves(q.filters).some((f) => f.type !== 'name' && !(f.type === 'compare' && f.field === 'year')),
  },
  // 年初预算那格空着的表，它们的全年预算合起来是多少 / 总分没填的项目，这些的负责人是谁: the projects the clause before
  // selects (it ends in 的 / 的表 / 的项目), pointed at from the start of the next clause.
  {
    pattern:
      /(?<=的(?:表|项目|那些|这些)?\s*[，,；;]\s*)(?:它们|他们|这些(?:项目|表)?|那些(?:项目|表)?|其)(?:的)?(?=\s*\p{Script=Han})/gu,
    needs: (q) => leaves(q.filters).length > 0,
  },
];

/**
 * The question with its back-references taken out, and the words taken out (said back), when each points at a
 * condition `query` (the question's own reading) holds; null when there is none or one points at nothing.
 */
export function withoutPointersBack(
  question: string,
  query: PortfolioQuery | null,
): { text: string; said: string[] } | null {
  if (!query) return null;
  let text = question.normalize('NFKC');
  const said: string[] = [];
  for (const { pattern, needs } of POINTERS) {
    const found = [...text.matchAll(pattern)];
    if (!found.length) continue;
    if (!needs(query)) return null;
    for (const m of found) said.push(m[0]);
    text = text.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return said.length ? { text, said } : null;
}
