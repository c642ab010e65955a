/**
 * A funds sub-row and its column said as the paper form names them (“其中：当年财政拨款”那行的全年预算, 上年结转那一行全年
 * 执行数, 其他资金的年初预算数), rewritten before the question is split into words into the one word of that field
 * (funds-row-fields.ts: 财政拨款全年预算数, …). Was: refused, the store not keeping the sub-rows (before migration 046),
 * and before that 上年结转资金 read as the year before and 结余资金.
 *
 * - The row without a column: with a word of being filled or empty (上年结转资金那一行有数, 其他资金那行空着) it is the
 *   row's three amounts, any filled (有数; with （不是0） after it, any other than 0) or all empty (空着); otherwise
 *   its 全年预算数, as 资金总额 is the total row's (the answer names the field it read).
 * - 年度资金总额 after a sub-row in the same question (财政拨款那行的全年预算，跟年度资金总额那行对不上; 财政拨款占资金总额
 *   的比例) is the total row's column: the one it names, else the sub-row's (全年预算数 against 全年预算数).
 * - Never inside a stored project name (a project called …其他资金… is that project): `names` are the stored names
 *   typed whole in the question.
 */
import { FUNDS_AMOUNTS, FUNDS_SUB_ROWS, type FundsAmount, type FundsSubRow } from './funds-row-fields.ts';

/** The template's labels of the kept sub-rows, as staff say them. 今年财政拨款 stays a year and a row name. */
const ROWS: Record<FundsSubRow, string> = {
  fiscal: '(?:当年|本年)?财政拨款(?:资金|收入)?',
  carryOver: '(?:(?:上年|上年度|往年|以前年度)?结转(?:结余)?资金|上年度?结转)',
  other: '其他资金',
};
/** A kept sub-row's label said right after 其中 (其中当年财政拨款那一行): the label as printed, no set pointed back at. */
export const SUB_ROW_AFTER_QIZHONG = `[:：]?\\s*[“"「『]?(?:${Object.values(ROWS).join('|')})`;

/** Quotes and 其中： around a row's label as it is printed. */
const OPEN = '[“"「『]?(?:其中[:：]?\\s*)?[“"「『]?';
const CLOSE = '[”"」』]?';
/** Where in the row: 那一行的 / 这栏里 / 的, then maybe a pause before the column (上年结转那一行，全年执行数). */
const PLACE =
  '(?:(?:那|这)?(?:一)?(?:行|栏|项)(?:里面|里|中|上)?)?(?:的)?(?:(?:那|这)?(?:一)?(?:栏|格|列)(?:里面|里)?(?:的)?)?';
const PAUSE = '(?:[，,]\\s*)?';

/** The columns of a row, as staff say them (the longest first). */
const AMOUNT_WORDS: Record<FundsAmount, string> = {
  initial: '年初预算数|年初预算|年初数',
  annual: '全年预算数|全年预算|调整后预算数|调整后预算|预算数|预算金额|预算',
  executed: '全年执行数|预算执行数|执行数|执行金额|执行额|实际支出|支出金额|支出了|支出|执行了|花了|花掉了',
};
const AMOUNT = Object.entries(AMOUNT_WORDS)
  .map(([id, words]) => `(?<${id}>${words})`)
  .join('|');
const amountOf = (groups: Record<string, string | undefined>): FundsAmount | null =>
  (Object.keys(AMOUNT_WORDS) as FundsAmount[]).find((id) => groups[id]) ?? null;

/** A row said filled or empty as a whole. */
const FILLED = '(?:有数字?|有金额|有填|填了数?|写了数?|已填|不为空|不是空的|非空)';
/** Money in the row: an amount other than 0 (a 0 written is filled, and says there is none). */
const MONEY_HELD = '(?:有钱|有资金|有结转|有拨款)';
const EMPTY = '(?:没填|未填|没写|未写|空着|是空的|为空|空白|没有数|没数|没有金额)';

const ROW_RE = new RegExp(
  `${OPEN}(?:(?<fiscal>${ROWS.fiscal})|(?<carryOver>${ROWS.carryOver})|(?<other>${ROWS.other}))${CLOSE}${PLACE}` +
    `(?:${PAUSE}(?:${AMOUNT})|(?<held>${MONEY_HELD})(?:的?[（(](?:不是|不为|非)(?:0|零)[)）])?|(?<filled>${FILLED})(?<nonzero>的?[（(](?:不是|不为|非)(?:0|零)[)）])?|(?<empty>${EMPTY}))?`,
  'gu',
);
/** The total row named after a sub-row: its column, if said. */
const TOTAL_RE = new RegExp(`${OPEN}(?:年度)?资金总额${CLOSE}${PLACE}(?:${AMOUNT})?`, 'gu');

const label = (row: FundsSubRow, amount: FundsAmount) =>
  `${FUNDS_SUB_ROWS[row].said}${FUNDS_AMOUNTS[amount].said}`;

/** The question with every kept sub-row and its column as the field's word. `names`: stored names typed whole. */
/**
 * 有上年结转资金的项目 / 有几个项目是有上年结转资金的: a project that has the row's money is one whose row holds an
 * amount other than 0 (a 0 written says there is none).
 */
const HAS_ROW = new RegExp(
  `(?<=^|[，,\\s是])(有没有|是否有|有)(${Object.values(ROWS).join('|')})(?=的(?:项目|表|[？?。]|$)|[？?。]?$)`,
  'gu',
);

export function rewriteFundsRows(typed: string, names: readonly string[] = []): string {
  const text = typed.replace(
    HAS_ROW,
    (_m, lead: string, row: string) => `${lead === '有' ? '' : lead}${row}那一行有钱`,
  );
  const inName = (at: number, length: number) =>
    names.some((name) => {
      for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1))
        if (from < at + length && at < from + name.length) return true;
      return false;
    });
  let lastAmount: FundsAmount | null = null;
  let found = false;
  const out = text.replace(ROW_RE, (whole, ...args) => {
    const at = args.at(-3) as number;
    const g = args.at(-1) as Record<string, string | undefined>;
    if (inName(at, whole.length)) return whole;
    const row = (Object.keys(ROWS) as FundsSubRow[]).find((id) => g[id])!;
    const amount = amountOf(g);
    found = true;
    if (amount) {
      lastAmount = amount;
      return label(row, amount);
    }
    const all = (Object.keys(AMOUNT_WORDS) as FundsAmount[]).map((a) => label(row, a));
    // 有数 / 有金额: any of the three filled; 空着: all three empty (in the lexicon's words of a cell filled or not)
    // 有钱的（不是0）: any of the three holding an amount other than 0 (a 0 written is filled, and says no money)
    if (g.nonzero)
      return `${all.map((a) => `${a}不为0`).join('或')}${g.nonzero.startsWith('的') ? '的' : ''}`;
    if (g.held) return all.map((a) => `${a}不为0`).join('或');
    if (g.filled) return `${all[0]}、${all[1]}或${all[2]}填了`;
    if (g.empty) return `${all[0]}、${all[1]}和${all[2]}都没填`;
    lastAmount = 'annual';
    return label(row, 'annual');
  });
  if (!found) return text;
  // 年度资金总额 after a sub-row: the total row's column, the one it names or the sub-row's
  const totalWord = (amount: FundsAmount) => FUNDS_AMOUNTS[amount].said;
  return out.replace(TOTAL_RE, (whole, ...args) => {
    const g = args.at(-1) as Record<string, string | undefined>;
    const amount = amountOf(g) ?? lastAmount;
    return amount ? totalWord(amount) : whole;
  });
}
