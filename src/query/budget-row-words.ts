/**
 * The budget row said as the paper form names it (年度资金总额那一行, 资金总额这栏): its 得分 and 分值 are the 预算执行
 * score and weight of the project (fields.ts budgetScore / budgetWeight), its amounts and rate the project's own
 * (全年预算数, 全年执行数, 执行率). Read before the question is split into words; was: 年度资金总额 read as 全年预算数
 * and the row's 得分 as the form's 总分. The sub-rows (上年结转资金…) are not kept (funds-rows.ts says so).
 */

/** The row as named on the form, and where in it: 年度资金总额那一行的 / 资金总额这栏里. */
const ROW =
  '(?:年度资金总额|资金总额)(?:那|这)?(?:一)?(?:行|栏|项|格)?(?:里面|里|中|上)?(?:的)?(?:(?:那|这)?(?:一)?(?:栏|格|列)(?:里面|里)?(?:的)?)?';

/**
 * 预算执行那一项，潞源一共被扣了多少分 / 预算执行扣了几分: the points the budget row lost asked (derived-fields.ts
 * 预算执行扣的分), the scope said between the row and the ask kept before it. 预算执行扣分的项目 (no amount asked) stays
 * the condition.
 */
const BUDGET_LOST_ASKED =
  /(?:预算执行(?:情况)?|年度资金总额|资金总额)(?:(?:那|这)?(?:一|个)?(?:项|行|栏|条)?(?:指标)?)?(?:上|里)?(?:的)?([，,]\s*)?((?:(?!指标)[^，,。？?\s]){0,12}?)(一共|总共|合计|共计|累计|共|总计|加起来)?(?:被)?扣(?:了|掉|去)?(?:多少|几)分/gu;

/**
 * 执行率那一栏的分 / 预算执行这项打的分 / 预算执行率那格给的分: 分 said of the budget row pointed at as a cell of the
 * form is its 得分 (分值 and 分数 say themselves).
 */
const BUDGET_ROW_POINTS =
  /(?:预算执行率|预算执行|执行率)(?:那|这)(?:一)?(?:栏|行|项|格)(?:里|上)?(?:的|打的|给的|评的|得的)分(?![值数])/gu;

export function rewriteBudgetRow(text: string): string {
  return (
    text
      .replace(BUDGET_ROW_POINTS, '预算执行得分')
      .replace(
        BUDGET_LOST_ASKED,
        (_, _comma, scope: string, sum?: string) =>
          // any word of adding up is the lexicon's 一共 (累计 / 加起来 are no aggregate words of their own there)
          `${scope}预算执行扣的分${sum ? '一共多少' : '是多少'}`,
      )
      // 年度资金总额那一行得分 / 资金总额这栏的分值: the budget row's score and weight
      .replace(new RegExp(`${ROW}(?=得分|分值)`, 'gu'), '预算执行')
      // 年度资金总额那行，得分跟分值一样: the row said first as the topic of the clause after it
      .replace(new RegExp(`${ROW}[，,]\\s*(?=得分|分值)`, 'gu'), '预算执行')
      // 年度资金总额那行的全年执行数 / 执行率: the project's own amounts and rate (the words of the row say nothing more)
      .replace(
        new RegExp(
          `${ROW.replace('(?:行|栏|项|格)?', '(?:行|栏|项)')}(?=年初预算|全年预算|全年执行|执行数|执行率|预算数)`,
          'gu',
        ),
        '',
      )
  );
}
