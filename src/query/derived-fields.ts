/**
 * Per-project quantities computed from a form's own fields (issue 10: the query language grows what staff ask):
 * 预算调整数 = 全年预算数 − 年初预算数, 得分率 = 得分 ÷ 分值 (结余 = 全年预算数 − 全年执行数 is in fields.ts). Each is a
 * field like the stored ones (its `column` is an SQL expression over `form_facts` columns), so it can be filtered
 * on, ranked, summed, averaged and looked up; `formula` says in a clerk's words what was computed. An amount read as
 * 元 in a column it reads is reported like any other (execute.ts reads the columns of the expression).
 *
 * Only type imports from fields.ts: fields.ts spreads these into FIELDS.
 */
import type { FieldDef } from './fields.ts';

export interface DerivedDef extends FieldDef {
  /** What was computed, in the form's words: shown with every answer that uses the field. */
  formula: string;
}

/** Where staff separate two entries written in one cell (「67270330、67270347」, 「赵路广、孟卓聪」). */
const CELL_SEPARATORS = '[、,，;；/／]+';

/** A rate in percent of two columns; NULL when the divisor is empty or 0. */
const percentOf = (part: string, whole: string) => `(${part} / NULLIF(${whole}, 0) * 100)`;

export const DERIVED_FIELDS = {
  budgetAdjustment: {
    label: '预算调整数',
    kind: 'money',
    column: '(budget - initial_budget)',
    formula: '预算调整数＝全年预算数−年初预算数',
    words: ['预算调整数', '预算调整额', '预算调整金额', '调整金额', '调整额', 'budget adjustment'],
  },
  // 总分只加了各指标得分、漏算预算执行得分 (SCORING.md §8): how far the stated total is from the indicators' scores added
  // up (the form's real rows, kept on the facts row by migration 070 and its gap indexed) — 0 where the budget row's
  // points were left out of the total.
  indicatorScoreGap: {
    label: '总分偏离指标得分合计',
    kind: 'score',
    column: '(abs(stated_total - indicator_score_sum))',
    formula:
      '总分偏离指标得分合计＝|表上总分−各条绩效指标得分之和|（指标得分不含预算执行得分；为0即总分只加了指标得分）',
    words: ['总分偏离指标得分合计', '总分偏离各指标得分合计'],
  },
  // 执行率是按年初预算数算的 (corpus README; the scorer's `wrongBase` detail of RATE_MISMATCH): how far the stated rate
  // is from 全年执行数 ÷ 年初预算数 — near 0, with the rate found wrong, where the form divided by the wrong budget.
  rateOnInitialBudgetGap: {
    label: '执行率偏离年初预算口径',
    kind: 'percent',
    column: `(abs(stated_rate - ${percentOf('executed', 'initial_budget')}))`,
    formula: '执行率偏离年初预算口径＝|表上执行率−全年执行数÷年初预算数×100%|',
    words: ['执行率偏离年初预算口径'],
  },
  // 总分既不等于预算执行得分加指标得分之和、也不等于指标得分之和 (corpus README): the stated total against every score
  // on the form added up, the budget row's with the rows' (an empty budget score adds nothing) — read beside the gap
  // above, a total that is neither sum.
  totalScoreGap: {
    label: '总分偏离各项得分合计',
    kind: 'score',
    column: '(abs(stated_total - coalesce(budget_score, 0) - indicator_score_sum))',
    formula:
      '总分偏离各项得分合计＝|表上总分−（预算执行得分＋各条绩效指标得分之和）|（为0即总分等于各项得分之和）',
    words: ['总分偏离各项得分合计', '总分偏离预算与指标得分合计'],
  },
  // 调增金额合计 / 追加额: the amount a budget was raised by — the same difference as 预算调整数 (its index serves a
  // ranking), but a total of it adds only the raises (execute.ts ONE_SIDED: a cut is no raise of a negative amount)
  budgetRaise: {
    label: '预算调增额',
    kind: 'money',
    column: '(budget - initial_budget)',
    formula: '预算调增额＝全年预算数−年初预算数（比年初增加的金额；合计只计调增的项目）',
    words: ['预算调增额', '调增额', '追加额'],
  },
  // 比年初压减得最多，减了多少: the amount a budget was cut by, shown beside a ranking by 预算调整数; indexed too
  // (migration 066), as 预算调减额最大的 ranks by it.
  budgetCut: {
    label: '预算调减额',
    kind: 'money',
    column: '(initial_budget - budget)',
    formula: '预算调减额＝年初预算数−全年预算数（比年初减少的金额；合计只计调减的项目）',
    words: ['预算调减额', '预算压减额', '调减金额', '调减的金额', '调减额', '压减金额', '核减金额'],
  },
  // 预算调整幅度 / 调减比例 / 占年初预算的比例: the change of the budget as a share of the budget set at the start of
  // the year — a 第三方评价 measures 预算调整幅度 so; negative for a cut. Its own field (migration 068 indexes it), so a
  // bound (调整幅度超过20%), a ranking and an average read it like any other rate.
  budgetAdjustmentRate: {
    label: '预算调整幅度',
    kind: 'percent',
    column: percentOf('(budget - initial_budget)', 'initial_budget'),
    formula: '预算调整幅度＝（全年预算数−年初预算数）÷年初预算数×100%（调减为负数）',
    words: [
      '预算调整幅度',
      '预算调整比例',
      '预算调整率',
      '调整幅度',
      '调整比例',
      '预算变动幅度',
      '预算变动率',
      '调增比例',
      '调增幅度',
      '调增率',
    ],
  },
  budgetCutRate: {
    label: '预算调减比例',
    kind: 'percent',
    column: percentOf('(initial_budget - budget)', 'initial_budget'),
    formula: '预算调减比例＝（年初预算数−全年预算数）÷年初预算数×100%（调增为负数）',
    words: [
      '预算调减比例',
      '预算调减幅度',
      '预算调减率',
      '调减比例',
      '调减幅度',
      '调减率',
      '压减比例',
      '压减幅度',
      '压减率',
    ],
  },
  // 年初预算和全年预算差得最多: how far the two budgets lie apart, whichever is larger — a ranking of the change's size,
  // raised or cut alike (预算调整数 keeps the sign: its lowest is the deepest cut, not the smallest change).
  budgetAdjustmentSize: {
    label: '预算调整绝对额',
    kind: 'money',
    column: 'abs(budget - initial_budget)',
    formula: '预算调整绝对额＝|全年预算数−年初预算数|（调增、调减都按相差多少计）',
    words: [
      '预算调整绝对额',
      '预算调整额的绝对值',
      '预算调整数的绝对值',
      '预算调整额绝对值',
      '预算调整数绝对值',
    ],
  },
  // 年初预算和全年执行数差得最多: how far what was spent lies from the budget set at the start of the year, either way
  // (spoken-compare.ts names it when those two amounts are said apart).
  initialExecutedGapSize: {
    label: '年初预算与执行数相差额',
    kind: 'money',
    column: 'abs(initial_budget - executed)',
    formula: '年初预算与执行数相差额＝|年初预算数−全年执行数|（多花、少花都按相差多少计）',
    words: ['年初预算与执行数相差额', '年初预算与执行数的相差额'],
  },
  // 超支了多少 / 超支金额: what was spent beyond the year's budget, per project (0 when within it), so a sum over
  // projects adds up only the overruns and is not netted against the savings of others (that is 结余).
  overspend: {
    label: '超支额',
    kind: 'money',
    column: '((executed - budget + abs(executed - budget)) / 2)',
    formula: '超支额＝全年执行数−全年预算数（执行数未超过预算的项目记为0）',
    words: ['超支额', '超支金额', '超支数额', '超支部分', '超支的金额', '超支的钱', '超预算金额', '超支资金'],
  },
  // 离满分还差多少分 / 总分离满分差几分: the points a form's 总分 falls short of its 总分值 (the scale it is marked on,
  // 100 on the template), per project, so that a sum over projects adds each one's shortfall.
  pointsShort: {
    label: '离满分差的分数',
    kind: 'score',
    column: '(total_weight - stated_total)',
    formula: '离满分差的分数＝总分值−总分',
    words: [
      '离满分差的分数',
      '距满分差的分数',
      // 总分与满分之间的差距 / 较满分失分: the written register's words for the same shortfall.
      '与满分之间的差距',
      '与满分之间差距',
      '与满分的差距',
      '与满分之间的差额',
      '较满分失分',
      '比满分少的分数',
      '失分',
    ],
  },
  // 预算执行那一项扣了多少分: the points the budget row lost (分值 − 得分, 0 when it got its 分值 or more), per project,
  // so that a sum over projects adds each one's loss and never nets a score above the 分值 against it.
  budgetPointsLost: {
    label: '预算执行扣分',
    kind: 'score',
    column: 'greatest(budget_weight - budget_score, 0)',
    formula: '预算执行扣分＝预算执行分值−预算执行得分（得分达到分值的记为0）',
    words: ['预算执行扣的分', '预算执行扣的分数', '预算执行被扣的分', '预算执行失分', '预算执行丢的分'],
  },
  // 预算执行得分按规则应该得几分 / 核算的预算执行得分: what the scorer gives the budget row (src/score/budget.ts, SCORING
  // §2), kept on the facts row as budget_score_computed — never worked out again here.
  computedBudgetScore: {
    label: '核算预算执行得分',
    kind: 'score',
    column: 'budget_score_computed',
    formula: '核算预算执行得分＝min(全年执行数÷全年预算数, 1)×预算执行分值（评分规则）',
    words: [
      '核算预算执行得分',
      '核算的预算执行得分',
      '预算执行应得分',
      '预算执行应得分数',
      '应得预算执行得分',
      '按规则的预算执行得分',
      // 预算执行得分与按规则核算的得分不一致: the scorer's figure said after the stated one.
      '按规则核算的得分',
      '按规则核算得分',
      '按规则应得的分',
    ],
  },
  scoreRate: {
    label: '得分率',
    kind: 'percent',
    column: percentOf('stated_total', 'total_weight'),
    formula: '得分率＝总分÷总分值×100%',
    words: ['总分得分率', '总得分率', '得分率', 'score rate'],
  },
  budgetScoreRate: {
    label: '预算执行得分率',
    kind: 'percent',
    column: percentOf('budget_score', 'budget_weight'),
    formula: '预算执行得分率＝预算执行得分÷预算执行分值×100%',
    words: ['预算执行得分率', '预算执行的得分率', '预算得分率', '执行得分率'],
  },
  satisfactionScoreRate: {
    label: '满意度得分率',
    kind: 'percent',
    column: percentOf('satisfaction_score', 'satisfaction_weight'),
    formula: '满意度得分率＝满意度指标得分÷满意度指标分值×100%',
    words: ['满意度指标得分率', '满意度得分率', '满意度的得分率'],
  },
  // The shape of a text cell (cell-shape-words.ts): how many numbers or people one cell holds (联系电话填了两个号码,
  // 负责人写了两个人) and how many digits a number has (电话是9位数). A cell is split where staff separate entries.
  phoneCount: {
    label: '联系电话号码个数',
    kind: 'count',
    column: `cardinality(array_remove(regexp_split_to_array(phone, '${CELL_SEPARATORS}'), ''))`,
    formula: '号码个数＝联系电话一栏写的号码数（按顿号、逗号、分号或斜杠分开）',
    words: ['联系电话号码个数', '电话号码个数', '号码个数'],
  },
  ownerCount: {
    label: '项目负责人人数',
    kind: 'count',
    column: `cardinality(array_remove(regexp_split_to_array(owner_name, '${CELL_SEPARATORS}'), ''))`,
    formula: '负责人人数＝项目负责人一栏写的人名数（按顿号、逗号、分号或斜杠分开）',
    words: ['项目负责人人数', '负责人人数', '负责人个数'],
  },
  phoneDigits: {
    label: '联系电话位数',
    kind: 'count',
    // an IMMUTABLE function of the cell (migration 037), so that the column has an index like every computed field
    column: 'jixiao_phone_digits(phone)',
    formula: '位数＝联系电话号码的数字个数（一栏写了几个号码的，按最长的一个算）',
    words: ['联系电话位数', '电话号码位数', '电话位数', '号码位数'],
  },
} as const satisfies Record<string, DerivedDef>;

export type DerivedId = keyof typeof DERIVED_FIELDS;

/**
 * Fields not of money whose sum over projects still means something: each project's shortfall from full marks adds
 * up to the points the set lost (离满分一共差多少分), and so do the points each budget row lost (预算执行一共扣了多少分).
 * Scores and rates themselves are averaged, never summed.
 */
export const ADDITIVE_FIELDS: ReadonlySet<string> = new Set<DerivedId>(['pointsShort', 'budgetPointsLost']);

/** What every computed field is, in the form's words, to be said with any answer that uses it. */
const FORMULAS: Record<string, string> = {
  remaining: '结余＝全年预算数−全年执行数',
  satisfactionRate: '满意度按满意度指标「实际完成值」写明的百分比；未写百分比（含未做调查）的项目不计',
  ...Object.fromEntries(Object.entries(DERIVED_FIELDS).map(([id, def]) => [id, def.formula])),
};

/** The formulas of the computed fields a question uses, for the answer to state. */
export function formulasOf(ids: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const id of ids) if (Object.hasOwn(FORMULAS, id)) out.add(FORMULAS[id]!);
  return [...out];
}
