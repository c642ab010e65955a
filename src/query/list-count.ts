/**
 * A count that restates the list just before it (issue 10): 潞源和双井两个街道, 赵康、李毅飞、牛艳维三个人, 张宏和王丽两个人,
 * A和B这两个项目, A加上B，两项一共多少钱. The number says how many were named, nothing more: when it equals the number of items of the list
 * right before it (joined by 、 / 和 / 与 / 跟 / 及), it is taken out with the class word after it (人, 街道, 部门…),
 * which names what the items already are. Any other number (大红门和潞源三个人) stays, for the parser to place or
 * report. Runs after numerals are written as digits (两个 → 2个); a numeral the digits leave (三家) is read here.
 */

/** One item of a list: a short run with no clause punctuation, joining word, 的 or digit (a name, not a phrase). */
const ITEM = '[^\\s,，。；;：:？?！!、和与跟及的\\d]{1,12}?';
const JOIN = '(?:、|和|与|跟|及|以及|加上)';
/** The count and the class word after it, a comma between or not (A加上B，两项一共多少); not before 都 (两个都没填: both,
 * read elsewhere). */
const LIST_COUNT = new RegExp(
  `(${ITEM}(?:${JOIN}${ITEM})+)(?:[,，]\\s*)?(?:这|那)?(\\d+|[两二三四五六七八九])(?:(?:个|位|名|家|项)(?:人|街道|部门|单位|科室|社区|地方|项目)?|人)(?!都|\\d)`,
  'gu',
);

const NUMERALS = ['一', '两', '三', '四', '五', '六', '七', '八', '九'];
const numeralOf = (n: string) => NUMERALS.indexOf(n === '二' ? '两' : n) + 1;

export function dropListCount(text: string): string {
  return text.replace(LIST_COUNT, (all, list: string, n: string) => {
    const items = list.split(new RegExp(JOIN, 'u')).filter(Boolean);
    return items.length === (numeralOf(n) || Number(n)) ? list : all;
  });
}
