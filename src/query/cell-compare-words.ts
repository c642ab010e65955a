/**
 * Two cells of a form said side by side (unseen un-i20, un-i21; shapes sh-b-column-10, -17): 实施单位那格跟主管部门
 * 写得一字不差, 年初预算数和全年预算数这两格填的不一样, 得分那格跟分值那格填得一样, 负责人和联系电话两格都填了. The
 * place words (那格, 这一栏), the count that restates the pair (这两格, 两栏) and the verb of writing before the word of
 * sameness (填得, 写的) say nothing more than the plain 「X和Y一样」 / 「X和Y都填了」 the parser reads; the words of
 * exact sameness (一字不差, 一模一样, 完全相同) are 一样. Read before the question is split into words, by the fields'
 * own words and the closed classes of place, writing and sameness words — never by listed sentences. Nothing is
 * dropped outside a pair of cells joined by 和 / 跟 / 与 / 同.
 */
import { anyFieldPattern } from './fields.ts';

/** A cell's label: any field's word, or the row words 得分 / 分值 / 权重 (read with the row they belong to). */
const CELL = `(?:${anyFieldPattern()}|得分|分值|权重)`;
/** Where on the form: 那格, 这一栏, 那一列, 栏里. */
const PLACE = '(?:[这那]?一?(?:栏|列|格|项)(?:里面|里|中)?)';
const JOIN = '(?:和|跟|与|同)';
/** The count that restates the pair just named: 这两格, 两栏, 二者, 俩. */
const PAIR = '(?:[这那]?(?:两|2)(?:个格子|个字段|个|格|栏|列|项|处|样)|两者|二者|俩)';
/** How written: 填得 / 写的 / 填的是 / 写得 / 填写得. */
const WRITTEN = '(?:都)?(?:填写|填报|书写|填|写|录)(?:得|的)(?:是)?';
/** Words of exact sameness: the same as 一样. */
const EXACTLY_SAME = /一字不差|一模一样|分毫不差|丝毫不差|完全一样|完全相同|完全一致|一字不改/gu;
/** Words that say how two cells relate, or that both are filled or empty: what may follow the pair. */
const RELATION = '(?:一样|不一样|一致|不一致|相同|不相同|不同|相等|不相等|对不上|对得上|不符|都)';

/** The pair of cells with its place words, then what is said of the pair. */
const PAIR_SAID = new RegExp(
  `(${CELL})${PLACE}?(${JOIN})(${CELL})${PLACE}?(?:${PAIR})?(?:${WRITTEN})?(?=${RELATION})`,
  'gu',
);

export function rewriteCellCompare(text: string): string {
  return text
    .replace(EXACTLY_SAME, '一样')
    .replace(/对得上/gu, '一致')
    .replace(PAIR_SAID, '$1$2$3');
}

/**
 * 预算执行分值跟得分不一样 / 满意度得分和分值一致: the second cell of a row's pair said bare is the same row's (not the
 * form's 总分). Read after the budget row's words (budget-row-words.ts) have named the row.
 */
const ROW_PAIR = /(预算执行|满意度指标|满意度)(得分|分值)(和|跟|与|同)(?=(?:得分|分值)(?!率))/gu;

export function rewriteRowPair(text: string): string {
  return text.replace(
    ROW_PAIR,
    (_m, row: string, cell: string, join: string) => `${row}${cell}${join}${row}`,
  );
}

/**
 * 年初预算数和全年预算数都填写了的项目中，两者相差最大的三个: 两者 / 二者 / 这两个数 before a word of difference is the
 * pair of cells named before it in the question — said again, as the readers of a difference know it (两者相差 had
 * been a computation with no sides).
 */
const PAIR_NAMED = new RegExp(`(${CELL})${JOIN}(${CELL})`, 'gu');
const PAIR_AGAIN = /(?:两者|二者|这两个数|这两项|两个数)(?:之间)?(?:的)?(?=相差|差额|差距|之差|差|的差)/u;

export function pairSaidAgain(text: string): string {
  const again = PAIR_AGAIN.exec(text);
  if (!again) return text;
  const pairs = [...text.slice(0, again.index).matchAll(PAIR_NAMED)];
  const pair = pairs[pairs.length - 1];
  if (!pair) return text;
  return text.slice(0, again.index) + pair[0] + text.slice(again.index + again[0].length);
}
