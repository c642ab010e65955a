import { z } from 'zod';

/** One cell of the funds block, kept as written (`raw`) plus the number read from it. */
export const fundsCellSchema = z.object({
  raw: z.string(),
  value: z.number().nullable(),
  /** Set only when the amount was written with a unit; never converted here. */
  unit: z.enum(['元', '万元']).optional(),
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
  }),
  goals: z.object({ expected: z.string().nullable(), actual: z.string().nullable() }),
  indicators: z.array(indicatorSchema),
  totalWeight: z.number().nullable(),
  totalScore: z.number().nullable(),
  /** 预算执行/调整原因 where the form has such a cell (Sichuan layout); absent elsewhere. */
  budgetReason: z.string().nullable().optional(),
});
export type FormRecord = z.infer<typeof formRecordSchema>;

/** Where a field was read: a cell (`R5C2`, `C7`, `p2 R4C3`) or a line span (`L120-L121`). */
export interface FieldSource {
  ref: string;
  method: 'rule' | 'llm' | 'user';
  /** The LLM or the user quoted this text; kept for grounding and audit. */
  quote?: string;
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
