/**
 * 预算最多的三个项目加起来多少钱 / 执行数最高的5个项目一共是多少: a total asked of the first N of a ranking by an amount,
 * with no amount named after the ranking — the amount ranked is the one added up, said as 「…的预算合计是多少」 (the
 * reading the parser knows). Had been "not understood" (加起来) or the N projects listed with no total (一共多少钱: the
 * money named in the ranking, so 多少钱 was not read as the budget).
 */

/** The amounts a ranking is said by (the longer word first). */
const AMOUNT =
  '全年预算数|全年预算|年初预算数|年初预算|调整后预算|预算数|预算|全年执行数|执行数|执行金额|实际支出|支出|结余';
const N = '(?:\\d+|[一二两三四五六七八九十]+)';
/** 预算最多的三个项目 / 执行数排前5的项目 / 全年预算前十名: the first N by the amount, then the projects (or not). */
const RANKED = `(${AMOUNT})(?:最(?:多|高|大|少|低|小)|排(?:名)?(?:在)?[前后]|[前后]|倒数)(?:的)?(?:前|后)?${N}(?:个|项|名)(?:的)?(?:项目)?(?:的)?`;
/** 加起来多少钱 / 一共是多少 / 合计多少万: a total asked, nothing named to add up. */
const TOTAL_ASKED =
  '(?:(?:的)?(?:钱|资金|经费))?(?:一共|总共|加起来|加在一起|加一起|加一块儿?|合起来|合计|总计|共计|累计)(?:是|有|为)?(?:多少|几)(?:钱|万元|万|元)?';
const RANKED_TOTAL = new RegExp(`(${RANKED})${TOTAL_ASKED}`, 'gu');

export function rewriteRankedTotal(text: string): string {
  return text.replace(RANKED_TOTAL, (_m, ranked: string, amount: string) => `${ranked}的${amount}合计是多少`);
}
