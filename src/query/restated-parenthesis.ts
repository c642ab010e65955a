/**
 * A parenthesis that says again, in other words, what the question says around it — 全年预算比年初预算少（调减了）的,
 * 年中把预算往下调了（全年比年初少）, 执行率低于90%（不到九成）的 — adds nothing: the question is read without it and the
 * parenthesis is said back. It restates when either
 * - put in place of the few characters right before it, the question means exactly the same (少 → 调减了), or
 * - read alone as a description of projects (X的项目), each of its conditions is one the question already has.
 * A parenthesis that adds or changes a condition, or is not understood itself, stays and is reported as before.
 * (superlative-words.ts drops a parenthesis that repeats the words before it letter for letter.)
 */
import { DERIVED_FIELDS } from './derived-fields.ts';
import { leaves, type PortfolioQuery } from './query.ts';

const PARENTHESIS = /[（(]\s*([^（）()]{1,30}?)\s*[)）]/gu;
/**
 * 按主管部门（照表上写的）统计: where the values come from — the forms as filled, which is what every answer reads;
 * nothing to add. Not of a figure computed from others (执行率（以表上填的为准）asks the rate as written, not as
 * computed): then it stays and is reported.
 */
const AS_ON_FORM =
  /^(?:就)?(?:照|按|按照|以|依|依照|根据)?(?:表上|表里|表中|原表|自评表上?|表格上)(?:面)?(?:的|所)?(?:写|填|填写|填报|列|登记)?(?:的)?(?:为准|来|算)?$/u;
/**
 * 负责人没填（或者表上根本没这一栏）的: a line the form lacks is a cell not filled, as every empty test reads it.
 */
const OR_NO_SUCH_LINE =
  /^(?:或者?|或是|还有|包括|含)?(?:表上|表里)?(?:压根|根本|就|都)?(?:没有?|无)(?:这|那)?一?(?:栏|项|行|格|列)(?:的)?$/u;
const EMPTY_TEST = (q: PortfolioQuery) => leaves(q.filters).some((f) => f.type === 'empty' && f.empty);
const COMPUTED = new Set(['executionRate', 'remaining', ...Object.keys(DERIVED_FIELDS)]);
const usesComputed = (q: PortfolioQuery) =>
  [
    ...leaves(q.filters).flatMap((f) => ('field' in f ? [f.field] : [])),
    ...(q.select ?? []),
    ...(q.measures ?? []).flatMap((m) => (m.field ? [m.field] : [])),
    ...(q.order && typeof q.order.by === 'string' ? [q.order.by] : []),
  ].some((f) => COMPUTED.has(f));

/** How many characters before the parenthesis it may stand for. */
const LONGEST_SAID_BEFORE = 6;

interface Reading {
  unplaced: string[];
  query: PortfolioQuery | null;
  setAside?: string[];
}

/**
 * （含预算执行10分） after 分值加起来: a part the sum's definition already holds (分值合计 is the budget row's 分值 plus every
 * indicator row's, fields.ts weightSum), said so the reader knows what is added — no condition. The figure said with
 * the part is the asker's, not checked: the sum holds whatever the budget row's 分值 is.
 */
const INCLUDED = /^(?:含|包含|包括|算上|连同|加上|含了|包括了)\s*(.+?)(?:在内)?$/u;
const PARTS_OF_SUMS: Array<{ sum: RegExp; part: RegExp }> = [
  {
    sum: /"weightSum"|"WEIGHT_SUM"/u,
    part: /^(?:预算执行|年度资金总额|预算执行(?:这|那)?一?(?:项|行)|(?:各级|各项|三级)?指标)(?:的)?(?:分值|权重)?(?:\d+(?:\.\d+)?分)?$/u,
  },
];
const partOfSum = (inner: string, query: PortfolioQuery) => {
  const part = INCLUDED.exec(inner)?.[1];
  if (!part) return false;
  const asked = JSON.stringify(query);
  return PARTS_OF_SUMS.some((s) => s.sum.test(asked) && s.part.test(part));
};

const understood = (p: Reading): p is Reading & { query: PortfolioQuery } => !p.unplaced.length && !!p.query;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function withoutRestatedParenthesis<P extends Reading>(
  question: string,
  whole: P,
  parse: (text: string) => P,
): P | null {
  if (!whole.unplaced.length) return null;
  for (const m of question.matchAll(PARENTHESIS)) {
    const inner = m[1]!;
    if (!/\p{Script=Han}/u.test(inner)) continue;
    const [before, after] = [question.slice(0, m.index), question.slice(m.index + m[0].length)];
    const rest = parse(before + after);
    if (!understood(rest)) continue;
    const aside = { ...rest, setAside: [...(rest.setAside ?? []), m[0].trim()] };
    if (AS_ON_FORM.test(inner) && !usesComputed(rest.query)) return aside;
    if (OR_NO_SUCH_LINE.test(inner) && EMPTY_TEST(rest.query)) return aside;
    if (partOfSum(inner, rest.query)) return aside;
    // 少（调减了）: the words right before, said again.
    for (let k = 1; k <= Math.min(LONGEST_SAID_BEFORE, before.length); k++) {
      const swapped = parse(before.slice(0, before.length - k) + inner + after);
      if (understood(swapped) && same(swapped.query, rest.query)) return aside;
    }
    // （全年比年初少）: a description of projects the question has already given.
    const alone = parse(`${inner}的项目`);
    if (!understood(alone) || alone.query.order || alone.query.select?.length) continue;
    const said = leaves(alone.query.filters);
    const held = leaves(rest.query.filters);
    if (said.length && said.every((f) => held.some((h) => same(f, h)))) return aside;
  }
  return null;
}
