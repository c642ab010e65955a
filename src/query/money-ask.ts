/**
 * 这些一共多少钱 / 大红门的项目总共多少钱: "how much money" with no money field and no verb of spending named. A
 * project's money, said so, is its budget for the year: the question is read as 全年预算是多少, and the answer says
 * that 「多少钱」 was read as 全年预算数 (a clerk who meant the spending sees it at once and says 花了多少).
 * It used to be dropped without a word (多少钱 is an asking word), and the question answered as a list or a count.
 */

/** Words that already say which money is meant, or that make 多少钱 the figure of a computation or a comparison. */
const MONEY_NAMED =
  /预算|执行(?!率)|支出|开支|花|用了|用掉|拨|到账|结余|剩|资金总额|金额|节约|省|超|差|多了|少了|多出|少出|高|低|比|加|减|除|乘|税|折|换算|单价|成本/u;
/**
 * 多少钱, and an amount asked in its unit (多少万, 多少万元, 多少块钱, 多少元): a sum of money, never a count (王丽负责的项目
 * 一共多少万 was answered with the number of projects). Not when a count is asked after it (多少万的项目有几个).
 */
const BARE_MONEY_ASK = /(?:是|有)?多少(?:块钱|钱|万元|万块钱?|万|元|块)(?!.*(?:几|多少)[个项条张])/u;

/**
 * 执行率低于99% / 总分超过90分 / 得分在80分以下: a bound on a rate or a score picks the projects; its 低 / 超 say nothing
 * of which money is asked (执行率低于99%的项目一共多少钱 had been listed with no total).
 */
const BOUND_NOT_MONEY =
  /(?:执行率|完成率|得分率|总分|得分|分数|满意度)(?:在|是|为)?(?:低于|高于|不足|不到|不满|超过|大于|小于|达到)?\s*[\d.]+\s*(?:%|％|分)?(?:以上|以下|以内)?/gu;

/** Whether the question asks 多少钱 with nothing that says which money. */
function bareMoneyAsk(text: string): boolean {
  return (
    BARE_MONEY_ASK.test(text) &&
    !MONEY_NAMED.test(text.replace(BARE_MONEY_ASK, '').replace(BOUND_NOT_MONEY, ''))
  );
}

/** …，按全年预算算 / ，以执行数为准: a last clause that only says which money the amount asked is in. */
const WHICH_MONEY =
  /[，,；;？?]\s*(?:按|以|用)照?\s*((?:全年|年初|年度)?(?:预算|执行)数?|执行金额|支出数?)\s*(?:来|去)?(?:算|计算|统计|计|为准)(?:吧|啊|哈)?[。.！!]?\s*$/u;

/**
 * 两个项目加起来多少钱 / 合起来一共多少万: the projects' money added up is the sum asked, the same as 一共 — not a
 * computation between two figures (加上 / 加 alone stay words of arithmetic, MONEY_NAMED).
 */
export const ADDED_UP =
  /(?:加起来|加在一起|加一起|加到一起|加一块儿?|合起来|合在一起|合一块儿?|凑一块儿?)(?:一共|总共|共)?(?=(?:是|有)?多少(?:块钱|钱|万元|万块钱?|万|元|块))/u;

/** 加起来多少钱 of one set of projects (no joining word before it) as 一共多少钱; A和B加起来 stays a sum of two sides. */
export function moneyAddedUp(text: string): string {
  const m = ADDED_UP.exec(text);
  return m && !/[和与跟同及、]/u.test(text.slice(0, m.index)) ? text.replace(ADDED_UP, '一共') : text;
}

/** A total asked in money (一共多少钱 / 合计多少万): of the set the question picks. */
const TOTAL_MONEY_ASK = /(?:一共|总共|合计|总计|共计)(?:是|有)?多少(?:块钱|钱|万元|万块钱?|万|元|块)/u;
/** Words that make the money asked a figure of a computation or a comparison, not a total of the set. */
const COMPUTED =
  /比|加上|减|除|乘|差|多了|少了|多出|少出|超支|超了|占|税|折|换算|单价|成本|倍|结余|剩|花|用了|用掉|拨|节约|省/u;
/** The amounts a condition may name: the money of the total is that amount. */
const AMOUNTS: Array<[RegExp, string]> = [
  [/年初预算/u, '年初预算数'],
  [/(?<!年初)预算(?!执行|调整)/u, '全年预算数'],
  [/执行数|执行金额|支出|开支/u, '全年执行数'],
];

/**
 * 预算在10万到50万之间的项目一共多少钱: a total in money of a set picked by one amount — that amount added up (the 多少钱
 * had been left unread, as an amount was named, and the projects listed with no total). Two amounts named, or a word
 * of computing, and it stays as said.
 */
function totalOfTheAmountNamed(text: string): string | null {
  const ask = TOTAL_MONEY_ASK.exec(text);
  if (!ask) return null;
  const rest = text.replace(ask[0], '');
  if (COMPUTED.test(rest)) return null;
  const named = AMOUNTS.filter(([re]) => re.test(rest));
  if (named.length !== 1) return null;
  return text.replace(ask[0], `${named[0]![1]}合计是多少`);
}

/**
 * 这些项目的经费，要是按全年预算数来算的话，一共是多少: the money named (经费, 钱, 资金), then which of the amounts it is
 * in, as a clause of its own in the middle — that amount.
 */
const MONEY_THEN_WHICH =
  /(?<=的)(?:经费|钱|资金)[，,]?\s*(?:要是|如果|若是?)?(?:按照?|以)\s*((?:全年|年初)预算数?|(?:全年)?执行数|支出数?)\s*(?:来|去)?(?:算|计算|统计|计)(?:的话)?[，,]?\s*/u;

export function rewriteBareMoneyAsk(typed: string): string {
  const said = typed.replace(MONEY_THEN_WHICH, '$1');
  const text = said.replace(ADDED_UP, '一共');
  // (预算超过100万的项目加起来多少钱: added up, the total of the one amount the condition names — below)
  if (text !== said && !bareMoneyAsk(text)) return totalOfTheAmountNamed(text) ?? said;
  // (…，以年初预算为准: the last clause says which money, below)
  const total = bareMoneyAsk(text) || WHICH_MONEY.test(text) ? null : totalOfTheAmountNamed(text);
  if (total) return total;
  // 王丽一共负责多少万的项目，按全年预算算: the amount asked is of the money the last clause names.
  const which = WHICH_MONEY.exec(text);
  const asked = which ? text.slice(0, which.index) : '';
  if (which && bareMoneyAsk(asked)) return asked.replace(BARE_MONEY_ASK, `${which[1]}是多少`);
  return bareMoneyAsk(text) ? text.replace(BARE_MONEY_ASK, '全年预算是多少') : text;
}

/** What the answer says it read: 「多少钱」按「全年预算数」理解. */
export function bareMoneyAskSaid(question: string): Array<[string, string]> {
  const text = question.normalize('NFKC').replace(ADDED_UP, '一共');
  const said = BARE_MONEY_ASK.exec(text)?.[0].replace(/^[是有]/u, '');
  return said && bareMoneyAsk(text) ? [[said, '全年预算数']] : [];
}
