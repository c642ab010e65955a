/**
 * Words written in the form's goal cells (年度总体目标 and its 实际完成情况), said as a condition: 目标里写了培训的项目,
 * 年度总体目标那栏里写了统计调查员的, 实际完成情况里提到“验收”的. Taken out of the question before it is split into
 * words (the words inside are free text the parser could not place) and kept as a text filter: the cell contains them.
 * A cell asked about (目标写的什么) is no condition and stays.
 */
import type { LeafFilter } from './query.ts';

export type GoalTextFilter = Extract<LeafFilter, { type: 'text' }>;

/** The 实际完成情况 of the goals, said with the goals' name before it or alone. */
const ACTUAL =
  '(?:(?:年度总体目标|总体目标|年度目标)(?:下面|下边|下|的|里)?)?[“"「]?(?:实际完成情况|目标完成情况|总体完成情况)[”"」]?';
/** The goals themselves (目标值 is an indicator row's, never the goals). */
const EXPECTED = '[“"「]?(?:年度总体目标|总体目标|年度目标|绩效目标|预期目标|目标)(?!值|完成|实际)[”"」]?';
/** Where on the form: 那一栏, 这一格, 栏里. */
const PLACE = '(?:[这那]?一?(?:栏|列|格)|那儿|那里)?(?:里面|里头|里|中|上)?';
/** 有 only after a place inside the cell (目标里有培训): 绩效目标有偏差 says nothing of what is written. */
const VERB = '(?:写了|写着|写的是|写的|填了|填的是|提到了|提到|提及|说到|含有|包含|(?<=[里中头面])有)';
const VALUE = '(?:“([^”]+)”|「([^」]+)」|"([^"]+)"|([^的,，。？?\\s“”「」"]{1,15}?))';
const END = '(?=的|$|[,，。？?\\s])';
/** Words that ask for the cell instead of giving its content. */
const ASKING = /什么|啥|多少|几|哪|怎么|如何|吗|么|没|不/u;

const RULES: Array<[RegExp, GoalTextFilter['field']]> = [
  [new RegExp(`${ACTUAL}${PLACE}${VERB}${VALUE}${END}`, 'gu'), 'goalsActual'],
  [new RegExp(`${EXPECTED}${PLACE}${VERB}${VALUE}${END}`, 'gu'), 'goalsExpected'],
];

export function readGoalText(text: string): { text: string; filters: GoalTextFilter[] } {
  const filters: GoalTextFilter[] = [];
  let out = text;
  for (const [re, field] of RULES) {
    out = out.replace(re, (whole, ...groups: Array<string | undefined>) => {
      const [q1, q2, q3, bare] = groups;
      const value = (q1 ?? q2 ?? q3 ?? bare)?.trim();
      if (!value || (bare !== undefined && ASKING.test(value))) return whole;
      filters.push({ type: 'text', field, text: value });
      return ' ';
    });
  }
  return { text: out, filters };
}
