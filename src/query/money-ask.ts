/**
 * 这些一共多少钱 / 大红门的项目总共多少钱: "how much money" with no money field and no verb of spending named. A
 * project's money, said so, is its budget for the year: the question is read as 全年预算是多少, and the answer says
 * that 「多少钱」 was read as 全年预算数 (a clerk who meant the spending sees it at once and says 花了多少).
 * It used to be dropped without a word (多少钱 is an asking word), and the question answered as a list or a count.
 */

/** Words that already say which money is meant, or that make 多少钱 the figure of a computation or a comparison. */
const MONEY_NAMED =
  /预算|执行|支出|花|用了|用掉|拨|到账|结余|剩|资金总额|金额|节约|省|超|差|多了|少了|多出|少出|高|低|比|加|减|除|乘|税|折|换算|单价|成本/u;
const BARE_MONEY_ASK = /(?:是|有)?多少钱/u;

/** Whether the question asks 多少钱 with nothing that says which money. */
function bareMoneyAsk(text: string): boolean {
  return BARE_MONEY_ASK.test(text) && !MONEY_NAMED.test(text.replace(BARE_MONEY_ASK, ''));
}

export function rewriteBareMoneyAsk(text: string): string {
  return bareMoneyAsk(text) ? text.replace(BARE_MONEY_ASK, '全年预算是多少') : text;
}

/** What the answer says it read: 「多少钱」按「全年预算数」理解. */
export function bareMoneyAskSaid(question: string): Array<[string, string]> {
  const text = question.normalize('NFKC');
  return bareMoneyAsk(text) ? [['多少钱', '全年预算数']] : [];
}
