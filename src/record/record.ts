import { z } from 'zod';

/** One cell of the funds block, kept as written (`raw`) plus the number read from it. */
export const fundsCellSchema = z.object({
  raw: z.string(),
  value: z.number().nullable(),
  /** Set only when the amount was written with a unit; never converted here. */
  unit: z.enum(['元', '万元']).optional(),
  /** Money cells whose unit (the cell's, else the block's) is 元: the amount in 万元 (docs/RECORD.md). */
  valueWan: z.number().nullable().optional(),
});
export type FundsCell = z.infer<typeof fundsCellSchema>;

export const FUNDS_COLUMNS = [
  'initialBudget',
  'annualBudget',
  'executed',
  'weight',
  'rate',
  'score',
] as const;
export type FundsColumn = (typeof FUNDS_COLUMNS)[number];

export const fundsRowSchema = z.object({
  initialBudget: fundsCellSchema, // 年初预算数
  annualBudget: fundsCellSchema, // 全年预算数
  executed: fundsCellSchema, // 全年执行数
  weight: fundsCellSchema, // 分值
  rate: fundsCellSchema, // 执行率 (value is the percentage number)
  score: fundsCellSchema, // 得分
});
export type FundsRow = z.infer<typeof fundsRowSchema>;

export const FUNDS_ROWS = ['total', 'fiscal', 'carryOver', 'other'] as const;
export type FundsRowKey = (typeof FUNDS_ROWS)[number];

export const indicatorSchema = z.object({
  level1: z.string(), // 一级指标, as written (typos kept)
  level2: z.string(), // 二级指标
  name: z.string(), // 三级指标
  target: z.string(), // 年度指标值
  actual: z.string(), // 实际完成值
  weight: z.number().nullable(), // 分值
  score: z.number().nullable(), // 得分
  deviation: z.string(), // 偏差原因分析及改进措施
  weightRaw: z.string(),
  scoreRaw: z.string(),
  /** 指标性质 (=, ≥, ≤) where the form has the column (Sichuan layout); the operator then comes from it. */
  nature: z.string().optional(),
  /** 度量单位 where the form has the column. */
  unit: z.string().optional(),
  /** 指标值 as written where the target is split into 指标性质 | 指标值 | 度量单位 (`target` holds the three joined). */
  targetValue: z.string().optional(),
  /** Only on template rows left empty (`指标2：`, `……`); ignored by every check. */
  placeholder: z.literal(true).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/**
 * The interchange record (`../shared/corpus/README.md`): what `jixiao check --json` emits.
 * `null` = the row or cell is absent from the form; `""` = present but blank.
 */
export const formRecordSchema = z.object({
  id: z.string().optional(),
  source: z.string().optional(),
  format: z.string().optional(),
  year: z.number().int().nullable(),
  projectName: z.string().nullable(),
  department: z.string().nullable(), // 主管部门
  implementingUnit: z.string().nullable(), // 实施单位
  owner: z.string().nullable(), // 项目负责人
  phone: z.string().nullable(), // 联系电话
  funds: z.object({
    total: fundsRowSchema, // 年度资金总额
    fiscal: fundsRowSchema, // 其中：当年财政拨款
    carryOver: fundsRowSchema, // 上年结转资金
    other: fundsRowSchema, // 其他资金
    /** The unit the block states for its amounts (项目资金（万元）, （元）); absent when it states none. */
    unit: z.enum(['元', '万元']).optional(),
    specialAccount: fundsRowSchema.optional(), // 财政专户管理资金
    unitFunds: fundsRowSchema.optional(), // 单位资金
    /**
     * The column a printed rate formula `执行率(B/A)` names A (`年初预算数(A)`, `预算数(A)`): the base of the
     * execution rate. Absent when the block prints no such formula (the rate is then E / 全年预算数).
     */
    rateBase: z.enum(['initialBudget', 'annualBudget']).optional(),
    /** Any other named funds row, kept by its label in form order. */
    extraRows: z.array(z.object({ label: z.string(), row: fundsRowSchema })).optional(),
  }),
  goals: z.object({ expected: z.string().nullable(), actual: z.string().nullable() }),
  indicators: z.array(indicatorSchema),
  totalWeight: z.number().nullable(),
  totalScore: z.number().nullable(),
  /**
   * Sections the reader found but could not read with confidence (an indicator table with no rows, or whose
   * number columns hold text; a funds block or indicator table whose columns hold their neighbours' cells): their values are left out rather than guessed, and the section is asked for.
   */
  unreadSections: z.array(z.enum(['indicators', 'funds'])).optional(),
  /** 预算执行/调整原因 where the form has such a cell (Sichuan layout); absent elsewhere. */
  budgetReason: z.string().nullable().optional(),
  // Fields other provinces' templates have (docs/RECORD.md "Optional fields"): absent where the template has no slot.
  /** Id of the template the reader recognised (`mof-2020`, `sichuan-2023` …, `unknown`). */
  template: z.string().optional(),
  /** Points printed in block headers: 预算执行情况(10分), 绩效指标(90分). */
  blockWeights: z.object({ budget: z.number().optional(), indicators: z.number().optional() }).optional(),
  /** 一级指标 labels that carry points: 产出指标(60分). */
  level1Weights: z.array(z.object({ level1: z.string(), weight: z.number() })).optional(),
  projectCategory: z.string().optional(), // 项目类别 (the ticked option)
  projectAttribute: z.string().optional(), // 项目属性
  implementationSummary: z.string().optional(), // 项目实施内容及过程概述
  selfGrade: z.string().optional(), // 自评等级
  conclusion: z.string().optional(), // 评价结论
  problems: z.string().optional(), // 存在问题
  improvements: z.string().optional(), // 改进措施
  deviationSummary: z.string().optional(), // 偏差大或目标未完成原因分析 (one per form)
  otherNotes: z.string().optional(), // 其他需要说明事项
  financeOwner: z.string().optional(), // 财务负责人
  reportingUnit: z.string().optional(), // 单位名称 / 填报单位 above the table
  fillDate: z.string().optional(), // 填报日期
});
export type FormRecord = z.infer<typeof formRecordSchema>;

/** Where a field was read: a cell (`R5C2`, `C7`, `p2 R4C3`) or a line span (`L120-L121`). */
export interface FieldSource {
  ref: string;
  method: 'rule' | 'llm' | 'user' | 'survey';
  /** The LLM or the user quoted this text; kept for grounding and audit. */
  quote?: string;
  /** A value written by a satisfaction survey (src/survey/): which survey, its sample and how it was run. */
  survey?: { id: string; responses: number; valid: number; satisfied: number; method: string };
}

/** Field path (`owner`, `funds.total.executed`, `indicators[3].score`) → where it was read. */
export type Provenance = Record<string, FieldSource>;

export function emptyFundsCell(): FundsCell {
  return { raw: '', value: null };
}

export function emptyFundsRow(): FundsRow {
  return {
    initialBudget: emptyFundsCell(),
    annualBudget: emptyFundsCell(),
    executed: emptyFundsCell(),
    weight: emptyFundsCell(),
    rate: emptyFundsCell(),
    score: emptyFundsCell(),
  };
}

/** A record with nothing read yet: the start of a conversational entry or a cut-off form. */
export function emptyRecord(): FormRecord {
  return {
    year: null,
    projectName: null,
    department: null,
    implementingUnit: null,
    owner: null,
    phone: null,
    funds: {
      total: emptyFundsRow(),
      fiscal: emptyFundsRow(),
      carryOver: emptyFundsRow(),
      other: emptyFundsRow(),
    },
    goals: { expected: null, actual: null },
    indicators: [],
    totalWeight: null,
    totalScore: null,
  };
}

/**
 * The four core funds rows (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金) in order. `funds` also holds the
 * block's `unit` and other templates' rows, so code that walks "every row" walks these, not `Object.values`.
 */
export function coreFundsRows(record: Pick<FormRecord, 'funds'>): FundsRow[] {
  return FUNDS_ROWS.map((key) => record.funds[key]);
}
