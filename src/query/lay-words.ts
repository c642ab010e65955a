/**
 * A new clerk's words for the form's cells (the review part: someone who does not know the form's terms yet), each
 * the field a clerk who knows the form would name, rewritten before the question is split into words:
 *
 * - 年初的钱 / 全年的经费 / 年初的资金: the budget of that point of the year (年初预算 / 全年预算) — not when a verb of
 *   spending or granting follows (全年的钱花了多少 is the money spent, read by spoken-money.ts);
 * - 那张表的分 / 表上的分 / 表里的分数: the form's 总分 (the score a form carries), never 分值 or a row's 得分;
 * - 比它的分值还高 / 比其满分高: the pronoun points back at the row or project the clause is about, so the comparison is
 *   between two cells of it (得分比分值还高);
 * - 牛艳维作为项目负责人: serving as the role, as 担任 (harmless.ts reads 担任 / 当 before the role);
 * - 分别收到多少张自评表 (the reviewer's side): the forms received are the forms stored, a count of them.
 *
 * 负责的人 / 负责的那个人 are words of the 负责人 field itself (fields.ts).
 */

/** The money of a point of the year (年初 / 全年), no verb of spending or granting after it. */
const YEAR_POINT_MONEY =
  /(年初|全年)(?:的)?(?:钱|资金|经费|款项|款)(?!\s*(?:都|已经|一共|总共|实际)?(?:花|用|拨|执行|支出|剩|结余|到位))/gu;

/** The form's score said as the form's 分: 那张表的分, 表上的分, 表里的分数 (not 分值, 分配, 分项, 分析, 分别). */
const FORM_SCORE = /((?:这|那)?(?:张|份|个)?表(?:格)?(?:上|里|中)?的)分(?:数)?(?![值配项析别类组档])/gu;

/** A pronoun after 比 pointing back at what the clause is about: 比它的分值, 比其满分, 比它自己的分值. */
const THAN_ITSELF = /比(?:它|其|它们|其自身)(?:自己|自身)?(?:的)?(?=\p{Script=Han})/gu;

/** The reviewer's verb of receiving the forms before their count (收到多少张自评表, 一共报上来几份): the forms stored are
 * the ones received, so the verb restricts nothing. */
const FORMS_RECEIVED =
  /(?:收到|收了|收上来|报上来|报来|交上来|上报|报送)(?:了)?(?=(?:多少|几)(?:张|份)(?:自评表|绩效自评表|表|表格)?)/gu;

/** Serving as the role the field names: 作为 / 作 before 负责人 / 联系人. */
const SERVING_AS = /(?<=\p{Script=Han})作为?(?=(?:项目)?(?:负责人|联系人))/gu;

export function rewriteLayWords(text: string): string {
  return text
    .replace(YEAR_POINT_MONEY, '$1预算')
    .replace(FORM_SCORE, '$1总分')
    .replace(THAN_ITSELF, '比')
    .replace(SERVING_AS, '担任')
    .replace(FORMS_RECEIVED, '有');
}
