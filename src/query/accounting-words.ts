/**
 * The words of enterprise accounting and management reporting a new clerk brings from a company (实际发生额, 期初预算,
 * 调整后预算额度, 预算达成率, 考核得分, KPI, 达成值, 差异说明, 归口管理部门, 执行部门, 对接电话, 项目owner, 台账), said as
 * the form's own words (全年执行数, 年初预算数, 全年预算数, 执行率, 总分, 指标, 实际完成值, 偏差原因, 主管部门, 实施单位,
 * 联系电话, 负责人, 全部项目) before anything reads the question; the answer's 查询 line then names the form's field
 * that was read. Longest words first; a word is replaced whole only.
 */
const WORDS: ReadonlyArray<[RegExp, string]> = [
  // (决算数 is not this: the final accounts are no figure of the self-evaluation form, and it is said so)
  // (本年累计发生额: the year is the form's own, no year of the clock)
  [/(?:本年)?(?:累计)?实际发生(?:额|数|金额)|(?:本年)?(?:累计)?发生额/gu, '全年执行数'],
  // 预算减实际发生: the amount spent, said without its noun
  [/实际发生(?!了|过)/gu, '全年执行数'],
  [/期初预算(?:额|数)?|期初数/gu, '年初预算数'],
  [/调整后(?:的)?预算(?:额度|额)|预算额度|预算额(?!度)/gu, '全年预算数'],
  [/预算达成率|(?<!KPI|kpi|指标)达成率|资金使用率|资金支出率|资金执行率/gu, '执行率'],
  [/预算余额/gu, '结余'],
  // 结转结余: what was left of the year's budget, carried over — the form's 结余
  [/结转结余|结余结转|结转和结余/gu, '结余'],
  [/绩效考核总得分|绩效考核得分|考核总得分|考核得分|考核总分/gu, '总分'],
  [/归口管理部门|归口部门/gu, '主管部门'],
  [/具体执行部门|执行部门/gu, '实施单位'],
  [/对接电话/gu, '联系电话'],
  [/项目\s*owner/giu, '项目负责人'],
  [/(?<![A-Za-z])KPI(?![A-Za-z])/giu, '指标'],
  [/达成值/gu, '实际完成值'],
  [/差异说明|差异原因/gu, '偏差原因'],
  // budget vs actual差异最大的: the difference of the two amounts
  [/差异(?=最大|最小|最多|最少|是多少|多少|有多大)/gu, '差额'],
  [/会计年度/gu, '年度'],
  // 整个台账里: every form kept
  [/(?:整个|全部)?台账(?:里面|里|中|上)/gu, '全部项目中'],
  // 全部项目加总，…: the total (加总后除以 stays the arithmetic's)
  [/加总(?=[，,])/gu, '合计'],
  [/budget\s*vs\.?\s*actual/giu, '全年预算数与全年执行数'],
];

export function accountingAsFormWords(message: string): string {
  let text = message;
  for (const [pattern, plain] of WORDS) text = text.replace(pattern, plain);
  return text;
}
