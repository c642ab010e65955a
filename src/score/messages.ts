import { FUNDS_COLUMN_LABEL, FUNDS_ROW_LABEL } from '../record/labels.ts';
import type { FundsColumn, FundsRowKey, Indicator } from '../record/record.ts';
import { fmt, within } from './numeric.ts';

/** Chinese finding messages: what is wrong, what the rules give, and what to change on the form. */

export function cellLabel(row: FundsRowKey, column: FundsColumn): string {
  return `${FUNDS_ROW_LABEL[row]}「${FUNDS_COLUMN_LABEL[column]}」`;
}

/** `第3行指标「聘用统计调查员」`: numbered among the rows the user sees (1-based, placeholders included). */
export function rowLabel(row: Indicator, index: number): string {
  const name = row.name.replace(/\s+/g, '').slice(0, 24);
  return name ? `第${index + 1}行指标「${name}」` : `第${index + 1}行指标`;
}

const pct = (x: number) => `${fmt(x)}%`;

export const messages = {
  totalMismatch: (p: {
    stated: number;
    budget: number | null;
    indicators: number;
    parts: number;
    expected: number;
    sumOnly: boolean;
    rebased: boolean;
  }) => {
    const split = p.budget === null ? '各指标得分' : `预算执行 ${fmt(p.budget)} + 指标 ${fmt(p.indicators)}`;
    const how = p.rebased ? '，不适用指标不考核，已按适用指标分值折算为百分制' : '';
    const head = p.sumOnly ? `总分只计了各指标得分，未计入预算执行得分 ${fmt(p.budget ?? 0)}；` : '';
    const fixed = within(p.expected, p.parts, 1e-9) ? '' : '（按更正后的各项得分）';
    return `${head}得分合计 ${fmt(p.parts)}（${split}${how}）≠ 总分 ${fmt(p.stated)}；总分应为 ${fmt(p.expected)}${fixed}，请更正。`;
  },
  totalMissing: (proposed: number | null) =>
    proposed === null
      ? '总分未填写；还有预算金额、分值或得分未填，补全后才能算出总分。'
      : `总分未填写。各项得分合计为 ${fmt(proposed)}，请确认后填入。`,
  totalWeightNot100: (stated: number, target: number) =>
    `总分一栏的分值填写为 ${fmt(stated)}，应为 ${fmt(target)}，请更正。`,
  scoreAboveWeight: (label: string, score: number, weight: number) =>
    `${label}得分 ${fmt(score)} 超过分值 ${fmt(weight)}；得分不能高于分值，请更正。`,
  groupScoreAboveWeight: (level1: string, score: number, weight: number) =>
    `「${level1}」各指标得分合计 ${fmt(score)}，超过该一级指标注明的 ${fmt(weight)} 分；请核对各项得分。`,
  scoreNegative: (label: string, score: number) =>
    `${label}得分 ${fmt(score)} 为负数；得分最低为 0，请更正。`,
  rateMismatch: (
    label: string,
    statedRaw: string,
    expected: number,
    wrongBase: boolean,
    base = '全年预算数',
  ) =>
    wrongBase
      ? `${label}执行率填写为 ${statedRaw}，是用年初预算数计算的；执行率应为全年执行数 ÷ 全年预算数 = ${pct(expected)}，请更正。`
      : `${label}执行率填写为 ${statedRaw}，按全年执行数 ÷ ${base}计算为 ${pct(expected)}，请更正。`,
  budgetScoreAboveWeight: (
    statedRaw: string,
    expected: number,
    rate: number,
    weight: number,
    percent: boolean,
  ) =>
    percent
      ? `预算执行得分一栏填写了百分比（${statedRaw}），超过分值 ${fmt(weight)}；应填分数：执行率 ${pct(rate)} × 分值 ${fmt(weight)} = ${fmt(expected)}，请更正。`
      : `预算执行得分 ${statedRaw} 超过分值 ${fmt(weight)}；得分不能高于分值，按执行率 ${pct(rate)} × 分值 ${fmt(weight)} 为 ${fmt(expected)}，请更正。`,
  budgetScoreMismatch: (stated: number, expected: number, rate: number, weight: number) =>
    `预算执行得分填写为 ${fmt(stated)}；建议按执行率 ${pct(rate)} × 分值 ${fmt(weight)}（最高不超过分值）计为 ${fmt(expected)}（常用算法，各地可能不同），如另有评分标准请说明。`,
  weightSum: (p: {
    indicatorWeights: number;
    budgetWeight: number | null;
    total: number;
    holdsScore: boolean;
    fix: string;
    alternative: string | null;
  }) => {
    const budget = p.budgetWeight === null ? '预算执行未填分值' : `加上预算执行分值 ${fmt(p.budgetWeight)}`;
    const sum = p.indicatorWeights + (p.budgetWeight ?? 0);
    const head = p.holdsScore
      ? `预算执行「分值」填写为 ${fmt(p.budgetWeight ?? 0)}，与得分相同，像是把得分填进了分值栏；`
      : '';
    const over = sum > p.total ? '超过' : '不等于';
    return `${head}指标分值合计 ${fmt(p.indicatorWeights)}，${budget}${p.budgetWeight === null ? '' : ` 共 ${fmt(sum)}`}，${over}总分的分值 ${fmt(p.total)}。使表内一致的改法：${p.fix}${p.alternative ? `；或${p.alternative}` : ''}。`;
  },
  weightFixBudget: (weight: number, score: number | null) =>
    weight === 0
      ? '预算执行不计分（分值、得分改为“—”），总分为各指标得分之和'
      : `预算执行分值改为 ${fmt(weight)}${score === null ? '' : `（得分相应为 ${fmt(score)}）`}`,
  weightFixScale: (target: number) => `将三级指标分值按比例调整为合计 ${fmt(target)}（得分相应调整）`,
  weightAlternative: (target: number) => `将三级指标分值调整为合计 ${fmt(target)}`,
  schemeNotice: (
    scheme: 'budgetUnscored' | 'statedBudget',
    budgetWeight: number,
    indicatorWeights: number,
    total: number,
    /** The points are printed in the form's labels (预算执行情况(20分), 产出指标(60分)): its own scheme. */
    printed = false,
  ) =>
    printed
      ? `本表表头注明预算执行 ${fmt(budgetWeight)} 分、绩效指标 ${fmt(indicatorWeights)} 分，已按表中注明的分值核算。`
      : scheme === 'budgetUnscored'
        ? `本表预算执行不计分，绩效指标分值合计 ${fmt(indicatorWeights)}（通常为预算执行 10 分 + 绩效指标 90 分）；已按本表的分值核算，总分为各指标得分之和。如属特殊情况，请在说明中注明理由。`
        : `本表预算执行分值为 ${fmt(budgetWeight)}，绩效指标分值合计 ${fmt(indicatorWeights)}，加总为 ${fmt(total)}（通常为 10 + 90）；已按本表的分值核算。原则上预算执行 10 分，如有特殊情况可适当调整，请在说明中注明理由。`,
  totalFollows: (total: number, optional: boolean) =>
    optional ? `如采纳，总分相应改为 ${fmt(total)}。` : `总分相应改为 ${fmt(total)}。`,
  totalKept: (total: number) => `总分 ${fmt(total)} 不变。`,
  executedExceedsBudget: (label: string, executed: string, budget: string, base = '全年预算数') =>
    `${label}全年执行数 ${executed} 大于${base} ${budget}；请核对两项金额（执行数一般不应超过调整后的全年预算数）。`,
  fundsMissing: (column: string, zero: boolean) =>
    zero
      ? `年度资金总额的「${column}」为 0，无法计算执行率和预算执行得分；请填写调整后的全年预算数。`
      : `年度资金总额的「${column}」未填写，无法计算执行率和预算执行得分；请补充（单位：万元）。`,
  fundsUnreadable: (label: string, raw: string) =>
    `${label}填写为「${raw}」，不是数字；请填写数值（单位：万元）。`,
  qualOutOfBand: (
    label: string,
    actual: string,
    score: number,
    lo: number,
    hi: number,
    hiInclusive: boolean,
  ) => {
    const range =
      lo === hi ? `得分为 ${fmt(hi)}` : `得分区间为 ${fmt(lo)}–${fmt(hi)}${hiInclusive ? '' : '（不含）'}`;
    return `${label}实际完成值为「${actual}」，按完成情况对应的${range}，填写的得分为 ${fmt(score)}；建议调整得分或完成情况描述。`;
  },
  rateRoundedUpToFull: (label: string, expected: number) =>
    `${label}执行率填写为 100%，但全年执行数小于全年预算数，实际为 ${pct(expected)}；请按实际执行率填写，不要进位成 100%。`,
  level1WeightsNonstandard: (actual: string, standard: string) =>
    `一级指标分值为 ${actual}，原则上应为 ${standard}；如有特殊情况请说明理由，并保证加总后等于 100。`,
  satisfactionMissing: (noRow: boolean) =>
    noRow
      ? '表中没有满意度指标（或只有空白模板行）；请补充服务对象满意度指标（原则上 10 分），未开展调查的请注明“未做”。'
      : '满意度指标的分值为 0 或未填写；请填写满意度指标分值（原则上 10 分）。',
  satisfactionNotSurveyed: (label: string) =>
    `${label}未开展满意度调查，按 0 分计；如已调查，请填写满意度结果（满意人数 ÷ 有效调查人数）。`,
  benefitMissing: () => '表中没有效益指标；请补充经济、社会、生态效益或可持续影响指标（原则上 30 分）。',
  benefitLevel1Missing: (level2: string) =>
    `二级指标「${level2.trim() || '效益类指标'}」等效益类指标没有写在一级指标「效益指标」下（一级指标栏为空或写成了其他名称）；请在这些行的一级指标栏填写“效益指标”。`,
  deviationMissing: (label: string, score: number, weight: number) =>
    `${label}得分 ${fmt(score)} 低于分值 ${fmt(weight)}，但“偏差原因分析及改进措施”为空；请说明未达标原因和改进措施。`,
  deviationMissingGrade: (label: string, grade: string) =>
    `${label}评为「${grade}」，低于“优”，但“偏差原因分析及改进措施”为空；请说明原因和改进措施。`,
  indicatorScoreDiffers: (label: string, stated: number, expected: number, how: string) =>
    `${label}得分填写为 ${fmt(stated)}；建议：按${how}计为 ${fmt(expected)}，如另有扣分依据请在偏差原因中说明。`,
  reverseScoredAsPositive: (label: string, stated: number, weight: number) =>
    `${label}得分填写为 ${fmt(stated)}，像是按正向比例计算的；建议：作为反向指标（越低越好），实际值未超过目标值，可得满分 ${fmt(weight)}。`,
  overAchievement: (label: string, ratio: number) =>
    `${label}实际完成值是年度指标值的 ${fmt(ratio)} 倍；请确认年度指标值是否设置过低（得分不变，供下年设定目标参考）。`,
  actualEmpty: (label: string) => `${label}有分值，但“实际完成值”为空；请填写实际完成情况。`,
  fundsUnitSuspect: (label: string, raw: string, why: 'yuan' | 'unitWritten' | 'tooLarge') =>
    why === 'yuan'
      ? `${label}填写为「${raw}」，单位是元；本栏单位为万元，请换算后填写数字。`
      : why === 'unitWritten'
        ? `${label}填写为「${raw}」，带了单位；本栏单位为万元，请只填数字。`
        : `${label}填写为「${raw}」，按万元计超过 1 亿元，可能是按元填写的；本栏单位为万元，请核对后换算。`,
  phoneFormat: (raw: string, two: boolean) =>
    two
      ? `联系电话「${raw}」填了多个号码；请只填写一个联系电话。`
      : `联系电话「${raw}」格式不对；请填写 11 位手机号或带区号的固定电话（如 010-12345678）。`,
  lowExecutionNoReason: (rate: number) => `预算执行率为 ${pct(rate)}，低于 90%；请说明执行率偏低的原因。`,
  budgetAdjustedNoReason: (initial: string, annual: string) =>
    `年初预算数 ${initial} 与全年预算数 ${annual} 不同（预算有调整）；请说明预算调整的原因。`,
  satisfactionNoEvidence: (label: string) =>
    `${label}未写明调查样本量或有效问卷数；建议注明调查方式和有效调查人数（满意度 = 满意人数 ÷ 有效调查人数）。`,
  deviationOnFullScore: (label: string) =>
    `${label}已得满分，却填写了偏差原因；请确认是否有偏差，无偏差可删除该说明。`,
  placeholderRows: (n: number) => `表中有 ${n} 行未填写的模板行（如“指标2：”“……”），已忽略；可删除这些空行。`,
  fieldMissing: (label: string) => `${label}未填写；请补充。`,
  sectionUnread: (label: string) =>
    `${label}没能可靠读取（各栏内容与表头对不上），为免读错，这部分没有采用；请逐项补充或核对${label}。`,
} as const;
