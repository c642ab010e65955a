/**
 * The shape of a number as written in its cell (unseen un-i25, un-i26): 执行率那格填的不是整数, 总分那格写了小数, 全年预算数
 * 是整数的, 得分带小数点的. Said of a field, read before the question is split into words as the field and one of two
 * words the lexicon holds — 带小数 (digits after the point) or 是整数 — the negation folded in (不是整数 = 带小数,
 * 没有小数 = 是整数). A place or verb of writing (那格填的, 写的) makes a rate the rate as the form states it (填的执行率),
 * as everywhere else. Built from the fields' words and the closed words of place, writing and negation; 整数 / 小数 not
 * said of a field is left as it is (and reported).
 */
import { FIELDS, hanWordPattern } from './fields.ts';

/**
 * Scores and rates, which the store keeps as written. Not amounts: one written in 元 is kept in 万元 (a whole number
 * of 元 becomes a fraction), so 预算写了小数 would be a confident wrong answer; it stays unplaced.
 */
const NUMBER_FIELD = hanWordPattern(
  Object.values(FIELDS).flatMap((f) =>
    f.kind === 'score' || f.kind === 'percent' ? (f.words as readonly string[]) : [],
  ),
);
const PLACE = '(?:[这那]?一?(?:栏|列|格|项)(?:里面|里|中|上)?)';
/** 填的 / 写了 / 写成 / 录的是: how the cell was written. */
const WRITTEN = '(?:都|只|也)?(?:填|写|录)(?:的|了|得|成了|成)?';
const IS = '(?:是|为|成|有|带|带有|带着|含|含有)?';
const NEGATION = '(不是|不为|并非|非|没有|没带|没写|不带|不含|没)?';
const SHAPE = '(整数|小数点?|小数位)';

const SAID = new RegExp(
  `(${NUMBER_FIELD})(?:的)?(${PLACE})?(?:的)?(${WRITTEN})?${IS}${NEGATION}${IS}${SHAPE}`,
  'gu',
);

export function rewriteNumberShapes(text: string): string {
  return text.replace(
    SAID,
    (_m, field: string, place?: string, written?: string, negation?: string, shape?: string) => {
      const fraction = shape!.startsWith('小数') !== Boolean(negation);
      return `${place || written ? '填的' : ''}${field}${fraction ? '带小数' : '是整数'}`;
    },
  );
}
