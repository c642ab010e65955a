/**
 * The fields of a form a portfolio question can name: how staff call them, the label the answer shows, and the
 * `form_facts` column that holds them (migrations 002 and 005). Money in 万元, rates in percent.
 */
import { DEFAULT_RULES } from '../score/rules.ts';
import { DERIVED_FIELDS } from './derived-fields.ts';
import { FUNDS_ROW_FIELDS } from './funds-row-fields.ts';

const BANDS = DEFAULT_RULES.gradeThresholds;
/** 参考等级 of the total the form states (SCORING.md §6 bands), as the form would be graded by what it claims. */
export const GRADE_SQL = `CASE WHEN stated_total >= ${BANDS.优} THEN '优' WHEN stated_total >= ${BANDS.良} THEN '良'
  WHEN stated_total >= ${BANDS.中} THEN '中' WHEN stated_total IS NOT NULL THEN '差' END`;
/** The lower bound of each grade on the stated total (差: none). */
export const GRADE_FLOOR: Record<'优' | '良' | '中' | '差', number | null> = {
  优: BANDS.优,
  良: BANDS.良,
  中: BANDS.中,
  差: null,
};

/** The place name before 街道 / 街办 in an office's name: two to six characters after its city, district or 政府. */
const STREET_PATTERN = '([^市区县府省]{2,6})(?:街道|街办)';

export type FieldKind = 'text' | 'money' | 'percent' | 'score' | 'count' | 'year' | 'grade';

export interface FieldDef {
  label: string;
  kind: FieldKind;
  column: string;
  /** What staff write for it, Chinese and English; the longest match in a question wins. */
  words: string[];
}

export const FIELDS = {
  projectName: {
    label: '项目名称',
    kind: 'text',
    column: 'project_name',
    words: ['项目名称', '项目名', 'project name'],
  },
  department: {
    label: '主管部门',
    kind: 'text',
    column: 'department',
    words: ['主管部门', '主管单位', '预算部门', 'department'],
  },
  implementingUnit: {
    label: '实施单位',
    kind: 'text',
    column: 'implementing_unit',
    words: ['项目实施单位', '实施单位', '执行单位', '承办单位', 'implementing unit'],
  },
  // The 街道 an office belongs to, read from the office names themselves (北京市丰台区人民政府大红门街道办事处 →
  // 大红门街道; a 实施单位 such as 河门口街办 when the 主管部门 names no street): what 各街道 / 按街道 groups by. Named
  // by no word of its own (街道 alone is a class word, scope.ts): parse.ts reads it only after 各 / 每个 / 按 / 哪个.
  street: {
    label: '街道',
    kind: 'text',
    column: `(COALESCE(substring(dept_key FROM '${STREET_PATTERN}'), substring(replace(implementing_unit, ' ', '') FROM '${STREET_PATTERN}')) || '街道')`,
    words: [],
  },
  owner: {
    label: '项目负责人',
    kind: 'text',
    column: 'owner_name',
    words: [
      '项目负责人',
      // 负责人的名字 / 负责人姓名: the person, not a field of its own
      '负责人的名字',
      '负责人的姓名',
      '负责人名字',
      '负责人姓名',
      '负责人',
      // a new clerk's words for the field: 负责的人 / 负责的那个人 are the 负责人, never the verb 负责的 + a noun
      '负责的人',
      '负责的那个人',
      '负责同志',
      // an older clerk's: 负责的同志 / 管事的同志 is the 负责人 too
      '负责的同志',
      '负责这个的同志',
      '管事的同志',
      '联系人',
      // 该打给谁 / 找谁 / 联系哪位: the one to contact about a project is the person the form names
      ...['', '该', '应该', '要'].flatMap((modal) =>
        ['找', '联系', '打给', '问'].flatMap((verb) => ['谁', '哪位'].map((who) => `${modal}${verb}${who}`)),
      ),
      'owner',
      'owners',
      'person in charge',
      'responsible person',
      'contact person',
      'project leader',
      'project lead',
      'leader',
      'manager',
    ],
  },
  phone: {
    label: '联系电话',
    kind: 'text',
    column: 'phone',
    words: [
      '联系电话',
      // The 负责人's phone is the form's 联系电话 (没写负责人电话的: the phone left empty, not the 负责人).
      ...['负责人', '联系人'].flatMap((who) =>
        ['电话', '的电话', '联系电话', '的联系电话', '手机', '的手机', '手机号', '的手机号'].map(
          (w) => `${who}${w}`,
        ),
      ),
      '电话号码',
      '联系方式',
      '手机号码',
      '手机号',
      '电话',
      '联系号码',
      'phone number',
      'contact phone number',
      'contact phone',
      'contact number',
      'contact',
      'mobile',
      'tel',
      'phone',
      'telephone',
    ],
  },
  year: { label: '年度', kind: 'year', column: 'year', words: ['年度', '年份', 'year'] },
  initialBudget: {
    label: '年初预算数',
    kind: 'money',
    column: 'initial_budget',
    words: [
      '年初预算数',
      '年初预算',
      '年初数',
      '初始预算',
      // What the unit reported or was given at the start of the year (年初报了多少, 年初批的).
      '年初报的',
      '年初报了',
      '年初申报',
      '年初批的',
      '年初批了',
      '年初下达',
      'initial budget',
      'original budget',
    ],
  },
  annualBudget: {
    label: '全年预算数',
    kind: 'money',
    column: 'budget',
    words: [
      '全年预算数',
      '全年预算',
      // 年初数 / 全年数 / 执行数: the funds row's three columns as finance staff say them.
      '全年数',
      '调整后预算数',
      '调整后预算',
      '调整后的预算数',
      '调整后的预算',
      '调整之后的预算',
      '预算金额',
      '预算数据',
      '预算资金',
      '预算数',
      '预算',
      '资金总额',
      // 资金量 / 资金规模 / 预算规模: how much money a project has, said as its size.
      '资金量',
      '资金规模',
      '预算规模',
      '项目资金',
      // Money handed down to the unit for the year (拨款, 下拨): what it was given, its 全年预算数.
      '拨款金额',
      '拨款数',
      '拨款',
      '下拨资金',
      '下拨',
      '拨了',
      'annual budget',
      'budgeted',
      'budget',
    ],
  },
  executed: {
    label: '全年执行数',
    kind: 'money',
    column: 'executed',
    words: [
      '全年执行数',
      '预算执行数',
      '执行数',
      '执行金额',
      '执行额',
      '实际支出',
      '支出金额',
      '支出',
      // 开支: the spending, as an older accountant says it
      '开支金额',
      '开支',
      '花费',
      'executed amount',
      'actual expenditure',
      'actual spending',
      'executed',
      'spending',
      'spend',
      'expenses',
      'spent',
      'expenditure',
    ],
  },
  executionRate: {
    label: '执行率',
    kind: 'percent',
    column: 'execution_rate',
    words: [
      '预算执行率',
      '资金执行率',
      '执行率',
      '执行进度',
      // 支出进度: how far the spending has got, the rate (资金支出进度 too)
      '资金支出进度',
      '支出进度',
      '执行比例',
      '预算执行情况',
      '预算执行',
      'budget execution rate',
      'budget execution',
      'execution rate',
      'execution',
    ],
  },
  statedRate: {
    label: '表上执行率',
    kind: 'percent',
    column: 'stated_rate',
    words: [
      '表上执行率',
      '表上的执行率',
      '填报执行率',
      '填报的执行率',
      '填写的执行率',
      '表中执行率',
      'stated rate',
    ],
  },
  budgetWeight: {
    label: '预算执行分值',
    kind: 'score',
    column: 'budget_weight',
    words: [
      '预算执行分值',
      '预算执行的分值',
      '预算分值',
      '执行率分值',
      'budget execution weight',
      'budget weight',
    ],
  },
  budgetScore: {
    label: '预算执行得分',
    kind: 'score',
    column: 'budget_score',
    words: [
      '预算执行情况得分',
      // 预算执行指标得分 / 预算执行率指标的得分: the budget row called an indicator, as some forms list it.
      '预算执行指标得分',
      '预算执行指标的得分',
      '预算执行率指标得分',
      '预算执行率指标的得分',
      '预算执行得分',
      '预算执行的得分',
      '预算执行分',
      '预算得分',
      '执行率得分',
      '执行得分',
      'budget execution score',
      'execution score',
      'budget score',
    ],
  },
  totalScore: {
    label: '总分',
    kind: 'score',
    column: 'stated_total',
    words: [
      '表上的总分',
      '表上总分',
      '自评总分',
      '自评得分',
      '自评分',
      '总得分',
      '总分',
      '得分',
      '分数',
      // 自评分数 whole, not 自评分 and a stray 数
      '自评分数',
      '评分',
      // 打分都在多少 / 打分最低的: the mark given, as 评分 (没打分 / 打分了 stay empty and filled: lexicon.ts)
      '打分',
      '打的分',
      '多少分',
      '几分',
      // 是多少分 is the score asked, not 是多少 and a stray 分 (总分平均是多少分).
      '是多少分',
      '是几分',
      '为多少分',
      '为几分',
      // the verb of marking with it: 打了几分 / 给了多少分 / 评了几分
      ...['打了', '打', '给了', '评了'].flatMap((v) => [`${v}多少分`, `${v}几分`]),
      // 总分打了多少: 打 is the verb of scoring, the unit left unsaid
      '打了多少',
      '打多少',
      'total score',
      'scored',
      'scoring',
      'score',
      'points',
    ],
  },
  computedTotal: {
    label: '核算总分',
    kind: 'score',
    column: 'total_score',
    words: [
      '核算总分',
      '核算得分',
      '核算的总分',
      '计算总分',
      '算出的总分',
      '重新计算的总分',
      '应得总分',
      'computed score',
    ],
  },
  satisfactionScore: {
    label: '满意度指标得分',
    kind: 'score',
    column: 'satisfaction_score',
    words: [
      '满意度指标得分',
      '满意度指标的得分',
      '满意度得分',
      '满意度的得分',
      '满意度分数',
      'satisfaction score',
    ],
  },
  // 满意度低于90%: the satisfaction the form states, its 满意度指标's 实际完成值 as a percentage (migration 023;
  // satisfaction-percent.ts reads 满意度 said with a percentage as this field).
  satisfactionRate: {
    label: '满意度(%)',
    kind: 'percent',
    column: 'satisfaction_rate',
    words: ['满意率', '满意度百分比', '满意度比例', 'satisfaction rate'],
  },
  satisfactionWeight: {
    label: '满意度指标分值',
    kind: 'score',
    column: 'satisfaction_weight',
    words: ['满意度指标分值', '满意度分值', '满意度的分值', '满意度权重', 'satisfaction weight'],
  },
  totalWeight: {
    label: '总分值',
    kind: 'score',
    column: 'total_weight',
    words: ['总分值', '满分值', 'total weight'],
  },
  // 分值加起来超过100 / 各项分值合计不到100分 (migration 040): the 分值 column added up, budget row and every indicator
  // row. 分值合计不等于100 stays the scorer's WEIGHT_SUM check (problem-words.ts), which says only that it is off.
  weightSum: {
    label: '分值合计',
    kind: 'score',
    column: 'weight_sum',
    words: [
      '各项分值合计',
      '各项分值加起来',
      '各项分值之和',
      '各项分值总和',
      '分值合计',
      '分值加起来',
      '分值加在一起',
      '分值相加',
      '分值之和',
      '分值总和',
      '分值总计',
      '分值加总',
      '权重合计',
      '权重加起来',
      '权重之和',
      '权重总和',
      '满分加起来',
      '满分合计',
      'weight sum',
      'weights add up to',
    ],
  },
  grade: {
    label: '参考等级',
    kind: 'grade',
    column: GRADE_SQL,
    words: [
      '参考等级',
      '评价等级',
      '自评等级',
      '绩效等级',
      '自评结果',
      '评价结果',
      '等级',
      '评级',
      '档次',
      'grade',
      'rating',
      'rated',
      'graded',
    ],
  },
  goalsExpected: {
    label: '年度目标',
    kind: 'text',
    column: 'goals_expected',
    words: ['年度总体目标', '年度目标', '预期目标', '绩效目标', '总体目标', 'goals', 'goal'],
  },
  goalsActual: {
    label: '目标实际完成情况',
    kind: 'text',
    column: 'goals_actual',
    words: ['实际完成情况', '目标完成情况', '完成情况'],
  },
  indicatorCount: {
    label: '绩效指标数',
    kind: 'count',
    column: 'indicator_count',
    words: ['绩效指标个数', '绩效指标数', '指标个数', '指标数', '指标数量', 'indicators'],
  },
  // 钱没花完 / 还剩多少没花 / 结余: what of the year's budget was not executed, computed from the two amounts.
  remaining: {
    label: '结余',
    kind: 'money',
    column: '(budget - executed)',
    words: [
      '结余资金',
      // 资金沉淀 / 沉淀资金: money given and not spent, as a 预算科 says it.
      '资金沉淀',
      '沉淀资金',
      // 资金结余 / 经费结余: the money noun before the word, never a project name containing 资金.
      '资金结余',
      '经费结余',
      '结余经费',
      '结余金额',
      '结余',
      '未执行数',
      '未执行金额',
      '未执行资金',
      '未执行的金额',
      '未执行的资金',
      '没执行的金额',
      '没有执行的金额',
      '剩余资金',
      '剩余金额',
      '剩余',
      '余额',
      '节余',
      '节约资金',
      '节约金额',
      '节约',
      '节省资金',
      '节省',
      '省下',
      '少花',
      '结存',
      '没花的钱',
      '没花完的钱',
      // 预算没花完的钱: the budget's money not spent, the budget named with it (not a second figure)
      '预算没花完的钱',
      '预算没用完的钱',
      '预算没花完的部分',
      '没花掉的钱',
      '还剩',
      // 剩了多少 (剩下 alone is the rest of a set: 剩下的项目).
      '剩了',
      '钱还剩',
      '钱剩',
      '剩的钱',
      '剩下的钱',
      '剩得',
      '没用完的钱',
      // 剩下没花的加一起有多少: the money left unspent, said with the verb of spending
      '剩下没花的钱',
      '剩下没花的',
      '没花完的钱',
      '没花的钱',
      '没用掉的钱',
      '没花出去的钱',
      '剩下',
      'remaining budget',
      'unspent budget',
      'left unspent',
      'unspent',
      'left over',
      'remaining',
    ],
  },
  errorCount: {
    label: '错误数',
    kind: 'count',
    column: 'error_count',
    words: ['错误数', '错误个数', '错误数量'],
  },
  missingCount: { label: '缺项数', kind: 'count', column: 'missing_count', words: ['缺项数', '缺项个数'] },
  // Indicator rows (migration 011): 扣分 = a row scored below its 分值.
  rowsBelowWeight: {
    label: '扣分的指标数',
    kind: 'count',
    column: 'rows_below_weight',
    words: ['扣分的指标数', '扣分指标数', '扣分的指标个数'],
  },
  rowsAboveWeight: {
    label: '得分超过分值的指标数',
    kind: 'count',
    column: 'rows_above_weight',
    words: ['得分超过分值的指标数', '超分指标数'],
  },
  rowsActualEmpty: {
    label: '实际完成值未填的指标数',
    kind: 'count',
    column: 'rows_actual_empty',
    words: ['实际完成值未填的指标数', '完成值未填指标数'],
  },
  // Computed from the fields above (结余, 预算调整数, 得分率): derived-fields.ts.
  ...DERIVED_FIELDS,
  // The funds sub-rows under 年度资金总额 (migration 046): funds-row-fields.ts.
  ...FUNDS_ROW_FIELDS,
} as const satisfies Record<string, FieldDef>;

export type FieldId = keyof typeof FIELDS;
export const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

/** Every Chinese word naming a field, and that field (年初数 → initialBudget, 全年数 → annualBudget). */
export const FIELD_OF_HAN_WORD: ReadonlyMap<string, FieldId> = new Map(
  FIELD_IDS.flatMap((id) =>
    FIELDS[id].words.filter((w) => /^\p{Script=Han}+$/u.test(w)).map((w): [string, FieldId] => [w, id]),
  ),
);

/** Fields compared with numbers, summed, averaged, ordered. */
export const NUMERIC_FIELDS = FIELD_IDS.filter((id) =>
  ['money', 'percent', 'score', 'count', 'year'].includes(FIELDS[id].kind),
) as NumericField[];
export type NumericField = {
  [K in FieldId]: (typeof FIELDS)[K]['kind'] extends 'text' | 'grade' ? never : K;
}[FieldId];

/** Fields that hold a name: matched against the store's own values. */
export const NAME_FIELDS = ['department', 'implementingUnit', 'owner', 'projectName'] as const;
/** The form's cells of text, which two of can be compared as written (实施单位和主管部门写得一样). */
export const TEXT_CELLS = [...NAME_FIELDS, 'phone', 'goalsExpected', 'goalsActual'] as const;
export type TextCell = (typeof TEXT_CELLS)[number];
export type NameField = (typeof NAME_FIELDS)[number];

/** Dimensions a question can group by. */
/** 按联系电话 / 哪个联系电话…最多: a phone number is a group too, separators aside (6727-0395 = 67270395). */
export const GROUP_FIELDS = ['department', 'implementingUnit', 'owner', 'year', 'street', 'phone'] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

export const isNumeric = (id: FieldId): id is NumericField => (NUMERIC_FIELDS as FieldId[]).includes(id);

/** A sum of money stays a sum; a sum of a rate or score makes no sense and is its average. A set's own rate
 * (pooled) is of 执行率 only: asked of money it is the sum, of another figure the average; a sum or an average of
 * 执行率 is the set's own rate, as the parser reads it. */
export function aggregateOf(
  field: NumericField,
  fn: 'sum' | 'avg' | 'min' | 'max' | 'pooled' | 'median',
): 'sum' | 'avg' | 'min' | 'max' | 'pooled' | 'median' {
  if (field === 'executionRate' && (fn === 'sum' || fn === 'avg' || fn === 'pooled')) return 'pooled';
  if (fn === 'pooled') return FIELDS[field].kind === 'money' ? 'sum' : 'avg';
  return fn === 'sum' && FIELDS[field].kind !== 'money' ? 'avg' : fn;
}

/** The Chinese words among these, longest first, as one regular-expression alternation (for the rewrites read before
 * a question is split into words: cell-shape-words.ts, field-lists.ts, score-phrases.ts). */
export function hanWordPattern(words: readonly string[]): string {
  return [...new Set(words)]
    .filter((w) => /^\p{Script=Han}+$/u.test(w))
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Every field's words. */
export const anyFieldPattern = (): string =>
  hanWordPattern(Object.values(FIELDS).flatMap((f) => f.words as readonly string[]));

/** The unit a value of this field is shown with. */
export function unitOf(id: FieldId): string {
  const kind = FIELDS[id].kind;
  return kind === 'money' ? '万元' : kind === 'percent' ? '%' : kind === 'score' ? '分' : '';
}
