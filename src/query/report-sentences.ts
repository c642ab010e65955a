/**
 * A report's sentences said as the plain question they ask (issue 10, the report part: a 区财政局预算科 writer and a
 * voice-typing clerk). Applied to the whole message before the written register's words (written-register.ts) and
 * anything else reads it; nothing here adds a condition, and a sentence not of these shapes is left as it is.
 *
 * - **A share asked as a second step** (统计X的项目数量，并计算其占全部项目的比例 / X有几个，再算一下占全部的比重): the
 *   count or amount of the first clause is the part of the share, which is one question (X的项目数量占全部项目的比例),
 *   whose answer states the part, the whole and the quotient. 其 / 它 pointing back at the amount before the share (全年
 *   预算最大的项目，其预算占…) is that amount's owner: X的预算占….
 * - **单个项目** is 项目 (the one project at the top of a ranking is a project).
 * - **The year of the part said again in the whole** (2023年…的项目数占当年全部项目数的比例): 当年 / 同年 / 该年(度) in a
 *   share's whole is the one year the question names, written out, so that the whole keeps that year and no other
 *   scope (with no year, or two, the words stay, for the reader to report).
 * - **The pooled rate spelled as its formula** (执行率（全年执行数合计÷全年预算数合计）): the parenthesis is the
 *   definition of the rate of the whole, so the rate said with it is 整体执行率.
 * - **The budget's increases added up** (全年预算较年初预算调增的金额合计): 预算调整数 summed over the projects whose
 *   budget went up (预算调整数大于0), so a cut elsewhere takes nothing off.
 * - **A value entered, said with the verb of filling** (执行率填写为100% / 总分值一栏填报为1000分 / 录入为0): the
 *   cell's value, 为 (the entering verb says only that it was written so).
 * - **A score given, said with 打 / 给 and a figure** (满意度打了0分 / 给了5分): the 得分 of what is before it (得了N分).
 * - **条 without its noun** (改制办那个项目哪几条扣了分): the measure word of indicator rows — 哪几条指标.
 * - **满意度扣分最多** (the project whose satisfaction lost most): the satisfaction rows' points lost, ranked, as
 *   满意度指标扣分最多 is (never the lowest 总分 with 满意度 left over).
 * - **年中作过调整**: the budget adjusted (预算调整过); right after 年初预算与全年预算不一致 the same condition said again,
 *   taken off.
 * - **Rows said in a report's words**: 出现多少条 of a row's name (在全部项目中共出现) is how many there are; a cell
 *   设定为 / 设置为 / 填写为 a quoted value holds those words (年度指标值设定为“优良中差”); 实际完成多少 of a row pointed
 *   at with 那条 is its 实际完成值, and 实际多少 is 实际完成多少 where a row is pointed at and no money is named.
 * - **有没 ending a question** (执行数超了预算的有没): 有没有, the yes/no ask.
 */

/** The clause asking the share of the amount just counted or added up: ，并计算其占 / ，再算一下它占. */
const SHARE_NEXT =
  /(项目(?:的)?(?:数量|个数|数|总数)?|(?:合计|总额|总数|之和|总和))(?:是多少|有多少|有几个|多少|几个)?[，,；;]\s*(?:并|再|同时|然后|以及|并且)?(?:请)?(?:计算|测算|算出|算一下|算下|算算|求出|求|算)?(?:一下)?(?:出)?(?:其|它|它们|这些项目|这个数|该数)?(?:所)?(?=占)/gu;
/** ，其预算占… / ，它的执行数占…: the amount's owner said before the comma. */
const ITS_SHARE = /[，,]\s*(?:其(?!中|余|他|它)|它的|它)(?=[^，,。？?；;]{1,12}?占)/gu;
/** 单个项目 = 项目. */
const SINGLE = /单个(?=项目)/gu;
/** 当年 / 同年 / 该年(度) in the whole of a share. */
const SAME_YEAR = /(占(?:了)?(?:的)?)(?:当年|同年|该年|本年)(?:度)?(?:的)?/gu;
const YEARS = /(?<!\d)(20\d{2})\s*年/gu;
/** The formula of the pooled rate: 全年执行数合计÷全年预算数合计 (×100%). */
const POOLED_FORMULA =
  /(?:整体|总体|综合|加权)?(?:的)?(?:预算|资金)?执行率\s*[（(]\s*(?:全年)?(?:实际)?执行数?(?:合计|总和|之和|总额|总数)?\s*(?:÷|\/|／|除以)\s*(?:全年)?预算数?(?:合计|总和|之和|总额|总数)?\s*(?:[×*x]\s*100\s*[%％])?\s*[)）]/gu;
/** 填写为 / 填报为 / 录入为 before a value. */
const FILLED_AS = /(?:填写|填报|录入|登记|填列)(?:为|成)(?=\s*(?:[\d.\-−]|百分之|[“"「『]))/gu;
/** 打了0分 / 给了5分 / 打的是8分: the score given. */
const SCORE_GIVEN = /(?<![得扣])(?:打|给|评)(?:了|的是|的|成)(\d+(?:\.\d+)?)\s*分/gu;
/** 哪几条扣了分 / 哪些条没拿满分: 条 is the measure word of indicator rows, never of projects. */
const WHICH_ROWS =
  /(哪几条|哪些条|哪一条|哪条)(?!指标|行|记录|数据)(?=[^，,。？?；;]{0,4}?(?:扣|得|拿|满分|偏差|分值|没拿|未拿))/gu;
/** 满意度扣分最多 / 满意度扣得最多: the satisfaction rows' points lost, ranked. */
const SATISFACTION_LOST =
  /满意度(?!指标|调查|得分|分值)(?=(?:的)?(?:扣分|扣了分|扣的分|扣得|丢分|丢的分)(?:最多|最少|最大|最小|前))/gu;
/** 年中作过调整 / 年中进行了调整 said beside the budgets compared: the budget adjusted (the same condition, said again). */
const ADJUSTED_MIDYEAR =
  /(?:年中|年内|年度中间|中途)(?:预算)?(?:作|做|进行|有)(?:过|了)(?:预算)?调整(?:过)?/gu;
const DIFFER_THEN_ADJUSTED = new RegExp(
  `(不一致|不相同|不同|不相等|不等|有差异|有变化|有变动)[、，,]?\\s*(?:即|也就是|也就是说)?${ADJUSTED_MIDYEAR.source}`,
  'gu',
);
/** 全年预算较年初预算调增的金额合计 / 全年预算比年初增加的部分加起来: the increases of the budget added up — the
 * adjustment (预算调整数) of the projects whose budget went up, summed. */
const RAISES_SUMMED =
  /全年预算(?:数)?(?:较|比|相比|相较于?|比起)年初(?:预算)?(?:数)?(?:调增|增加|追加|调高|增长)(?:了)?(?:的)?(?:金额|数额|部分|资金|钱|额)?(?:的)?(合计|总额|总计|之和|总和|加起来|一共|共)/gu;
/** 可持续影响指标在全部项目中共出现多少条: rows of that name counted over every project (出现 = 有; 全部项目 says no scope). */
const ROWS_OCCUR =
  /(指标)(?:在)?(?:(?:全部|所有)(?:的)?(?:项目|表)(?:中|里|当中|里面))?(共|一共|总共)?出现(?:了|过)?(?=(?:多少|几)(?:条|次|个|处))/gu;
/** 年度指标值设定为“优良中差”: the cell's words as set (a quoted value: the words written in it). */
const CELL_SET_AS =
  /(年度指标值|目标值|指标值|实际完成值|完成值|偏差原因)(?:一栏|栏|那栏)?(?:设定|设置|设|定|确定|填写|填|写)(?:为|成)(?=[“"「『])/gu;
/**
 * 洒水车那条 实际完成多少: a row pointed at with 那条 / 这条, its 实际完成值 (without them 实际完成多少 stays the reader's,
 * who takes it only of a row stored under that very name). 实际多少 is 实际完成多少 where a row or project is pointed at
 * (那条 / 那个 / 指标) and no money is named.
 */
const ACTUAL_DONE = /实际完成(?!值|数|率)(?=(?:的|了|是|为)?(?:多少|几|啥|什么))/gu;
const ACTUAL_BARE = /实际(?!完成|执行|支出|花|用|值)(?=(?:是|为)?(?:多少|几|啥|什么))/gu;
const ROW_POINTED = /那条|这条|那个|这个|指标/u;
const ROW_NAMED = /[那这]一?条/u;
const MONEY_NAMED = /预算|执行|钱|经费|资金|花|支出|金额/u;
/** …的有没 at the end. */
const HAS_OR_NOT = /有没[？?。!！\s]*$/u;

export function plainReportSentences(message: string): string {
  let text = message
    .replace(POOLED_FORMULA, '整体执行率')
    .replace(RAISES_SUMMED, '预算调整数大于0的项目的预算调整数$1')
    .replace(SHARE_NEXT, '$1')
    .replace(ITS_SHARE, '的')
    .replace(SINGLE, '')
    .replace(FILLED_AS, '为')
    .replace(SCORE_GIVEN, '得了$1分')
    .replace(HAS_OR_NOT, '有没有')
    .replace(ROWS_OCCUR, '$1$2有')
    .replace(CELL_SET_AS, '$1是')

    .replace(WHICH_ROWS, '$1指标')
    .replace(SATISFACTION_LOST, '满意度指标')
    .replace(DIFFER_THEN_ADJUSTED, '$1')
    .replace(ADJUSTED_MIDYEAR, '预算调整过');
  if (ROW_POINTED.test(text) && !MONEY_NAMED.test(text)) text = text.replace(ACTUAL_BARE, '实际完成');
  if (ROW_NAMED.test(text)) text = text.replace(ACTUAL_DONE, '实际完成值');
  const years = new Set([...text.matchAll(YEARS)].map((m) => m[1]!));
  if (years.size === 1) text = text.replace(SAME_YEAR, `$1${[...years][0]}年`);
  return text;
}
