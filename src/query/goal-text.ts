/**
 * Words written in the form's goal cells (年度总体目标 and its 实际完成情况), said as a condition: 目标里写了培训的项目,
 * 年度总体目标那栏里写了统计调查员的, 实际完成情况里提到“验收”的. Taken out of the question before it is split into
 * words (the words inside are free text the parser could not place) and kept as a text filter: the cell contains them.
 * A cell asked about (目标写的什么) is no condition and stays. 只写了X / 写了“X”四个字: the cell holds X and nothing more
 * (whitespace and a closing full stop aside), not every cell that contains it.
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

/** 只写了 / 就写了: what follows is all the cell holds. */
const ONLY = '(只|仅|就)?';
/** “完成目标”四个字: the value said as the characters written, all of them. */
const CHARACTERS = '((?:这|那)?(?:几|\\d+|[一二两三四五六七八九十]+)个字)?';

const RULES: Array<[RegExp, GoalTextFilter['field']]> = [
  [new RegExp(`${ACTUAL}${PLACE}${ONLY}${VERB}${VALUE}${CHARACTERS}${END}`, 'gu'), 'goalsActual'],
  [new RegExp(`${EXPECTED}${PLACE}${ONLY}${VERB}${VALUE}${CHARACTERS}${END}`, 'gu'), 'goalsExpected'],
];

export function readGoalText(text: string): { text: string; filters: GoalTextFilter[] } {
  const filters: GoalTextFilter[] = [];
  let out = text;
  for (const [re, field] of RULES) {
    out = out.replace(re, (whole, ...groups: Array<string | undefined>) => {
      const [only, q1, q2, q3, bare, characters] = groups;
      const value = (q1 ?? q2 ?? q3 ?? bare)?.trim();
      if (!value || (bare !== undefined && ASKING.test(value))) return whole;
      // 只写了X / X四个字: the cell holds X and nothing more.
      filters.push({ type: 'text', field, text: value, ...(only || characters ? { exact: true } : {}) });
      return ' ';
    });
  }
  return { text: out, filters };
}
