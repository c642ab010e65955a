import { z } from 'zod';
import { FINDING_CODES } from '../score/types.ts';
import {
  FIELD_IDS,
  type FieldId,
  GROUP_FIELDS,
  NAME_FIELDS,
  NUMERIC_FIELDS,
  type NumericField,
  TEXT_CELLS,
} from './fields.ts';

/**
 * The small portfolio query language. Questions in Chinese or English parse into this, deterministically
 * or through an LLM tool call; it is executed by code against the store, never as free SQL.
 */
export const comparison = z.enum(['<', '<=', '>', '>=', '=', '<>']);
export type Op = z.infer<typeof comparison>;

const fieldId = z.enum(FIELD_IDS as [FieldId, ...FieldId[]]);
const numericField = z.enum(NUMERIC_FIELDS as [NumericField, ...NumericField[]]);

const leafFilters = [
  /** A number field against a number: 执行率 < 90, 年度 = 2023. */
  z.object({ type: z.literal('compare'), field: numericField, op: comparison, value: z.number() }),
  /**
   * Two fields of the same form: 年初预算数 <> 全年预算数, 预算执行得分 < 预算执行分值. With `by`, the difference is
   * bounded instead: left − right op by (执行数比年初预算高出20万以上: 全年执行数 − 年初预算数 >= 20). With `times`, the
   * right side is that part of itself: left op times × right (执行数不到预算的一半: 全年执行数 < 0.5 × 全年预算数).
   */
  z.object({
    type: z.literal('fields'),
    left: numericField,
    op: comparison,
    right: numericField,
    by: z.number().optional(),
    times: z.number().positive().optional(),
  }),
  /** Empty (null, blank) or filled. */
  z.object({ type: z.literal('empty'), field: fieldId, empty: z.boolean() }),
  /**
   * A name: `values` are the stored names the user's `term` was resolved to (exact, whitespace removed);
   * without them the stored name must contain the term.
   */
  z.object({
    type: z.literal('name'),
    field: z.enum(NAME_FIELDS),
    term: z.string().min(1),
    values: z.array(z.string()).optional(),
    /** 除了大红门之外 / 负责人不是X: every project but these (one whose name is empty included). */
    negate: z.boolean().optional(),
    /** 姓李 / 名字以2023开头 (name-starts.ts): the stored name begins with the term (no `values`). */
    starts: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('grade'),
    op: z.enum(['=', '<=', '>=']),
    value: z.enum(['优', '良', '中', '差']),
  }),
  /** Forms with an open finding of any of these codes. */
  z.object({
    type: z.literal('finding'),
    codes: z.array(z.enum(FINDING_CODES)).min(1),
    /** Narrows FIELD_MISSING and the like to these record paths (`owner`, `phone`). */
    paths: z.array(z.string()).optional(),
    negate: z.boolean().optional(),
  }),
  /** No scored 满意度 indicator, or the survey was not done. */
  z.object({ type: z.literal('satisfactionGap'), negate: z.boolean().optional() }),
  /** Forms with any open finding of this severity (or none, negated). */
  z.object({
    type: z.literal('severity'),
    value: z.enum(['error', 'warning']),
    negate: z.boolean().optional(),
  }),
  /** Words written in one of the form's goal cells (目标里写了培训): the cell contains them, whitespace aside. */
  z.object({
    type: z.literal('text'),
    field: z.enum(['goalsExpected', 'goalsActual']),
    text: z.string().min(1),
    /** 只写了X: the cell holds these words and nothing more (whitespace and a closing full stop aside). */
    exact: z.boolean().optional(),
  }),
  /** 联系电话 said as a condition (phone-filter.ts): the stored number, separators aside, contains the digits, or ends with them. */
  z.object({
    type: z.literal('phone'),
    digits: z.string().regex(/^\d{3,12}$/),
    tail: z.boolean().optional(),
    /** 6727开头 (name-starts.ts): the number begins with the digits. */
    head: z.boolean().optional(),
  }),
  /** 联系电话是座机的 / 留的手机号: what kind of number the 联系电话 is (a mobile: 11 digits starting with 1). */
  z.object({ type: z.literal('phoneKind'), kind: z.enum(['mobile', 'landline']) }),
  /**
   * 一个电话对应好几个不同负责人的，把涉及的项目都列出来 (distinct-count.ts): the projects of the groups (each phone) that
   * hold at least `atLeast` different values of `of` (owners) among the forms the viewer may see.
   */
  z.object({
    type: z.literal('inGroups'),
    group: z.enum(GROUP_FIELDS),
    of: z.enum(GROUP_FIELDS),
    atLeast: z.number().int().min(1),
  }),
  /** 主管部门和实施单位填反了 (units-swapped.ts): the 实施单位 a superior body, the 主管部门 an internal office of one. */
  z.object({ type: z.literal('unitsSwapped') }),
  /**
   * Two text cells of one form written alike (实施单位跟主管部门写得一字不差) or not, whitespace aside: both cells filled
   * (an empty cell is neither the same as another nor written differently).
   */
  z.object({
    type: z.literal('sameText'),
    left: z.enum(TEXT_CELLS),
    right: z.enum(TEXT_CELLS),
    equal: z.boolean(),
  }),
  /**
   * A number written with a fraction (总分写了小数) or whole (执行率填的是整数), as the cell holds it: `fraction` true
   * for a value with digits after the point; an empty cell is neither.
   */
  z.object({ type: z.literal('fraction'), field: numericField, fraction: z.boolean() }),
  /**
   * 电话号码重复的项目 / 同名的项目 (shared-cells.ts): the cell (a phone's digits, a name as keyed) is the same as that of
   * another project the viewer may see; an empty cell is shared with none.
   */
  z.object({ type: z.literal('shared'), field: z.enum(['phone', 'projectName']) }),
  /** Workflow state: not uploaded for the year yet / uploaded but with open errors or missing fields. */
  z.object({ type: z.literal('status'), value: z.enum(['notSubmitted', 'incomplete', 'complete']) }),
] as const;

const leafSchema = z.discriminatedUnion('type', leafFilters);
export type LeafFilter = z.infer<typeof leafSchema>;

/** Any of these: 通州区或丰台区的项目. */
export const filterSchema = z.union([
  leafSchema,
  z.object({ type: z.literal('any'), filters: z.array(leafSchema).min(2) }),
]);
export type Filter = z.infer<typeof filterSchema>;

export const measureSchema = z.object({
  /**
   * `pooled` (执行率 only): the rate of a set of projects as a finance office means it — its 全年执行数合计 over its
   * 全年预算数合计 — not the mean of the projects' rates (`avg`, what 平均执行率 asks).
   */
  fn: z.enum(['count', 'sum', 'avg', 'min', 'max', 'pooled', 'median', 'distinct']),
  /** Absent for count and distinct. */
  field: numericField.optional(),
  /** `distinct`: the cell whose different values are counted in each group (每个电话对应几个不同的负责人). */
  of: z.enum(GROUP_FIELDS).optional(),
});
export type Measure = z.infer<typeof measureSchema>;

export const querySchema = z.object({
  filters: z.array(filterSchema),
  /** Absent: list matching projects. Present: one row per group. */
  groupBy: z.enum(GROUP_FIELDS).optional(),
  /** Per group (or over all when no groupBy). */
  measures: z.array(measureSchema).optional(),
  /** Fields shown for each project (lookups: X的负责人是谁). */
  select: z.array(fieldId).optional(),
  /** Ordering: a field of the project, or (grouped) the measure at this index. */
  order: z
    .object({
      by: z.union([numericField, z.object({ measure: z.number().int().min(0) })]),
      dir: z.enum(['asc', 'desc']),
      /** 总分相同的按执行率排: the key for projects equal on `by` (a list of projects only). */
      tieBreak: z.object({ by: numericField, dir: z.enum(['asc', 'desc']) }).optional(),
    })
    .optional(),
  /** The first N after ordering; `ties` keeps rows equal to the N-th (最低的 may be several). */
  limit: z.number().int().min(1).optional(),
  ties: z.boolean().optional(),
  /** Rows skipped before the first N (第三多 / 倒数第二: the n-th of the ranking, `offset` n − 1). */
  offset: z.number().int().min(1).optional(),
  /**
   * 各街道执行率最低的项目 / 每个部门预算最多的两个项目: `order` (by a field) and `limit` rank the projects within each
   * group of this field, not over all of them; the rows are projects, the group shown with each.
   */
  per: z.enum(GROUP_FIELDS).optional(),
  /**
   * 哪些部门的项目超过10个 / 有没有人负责5个以上项目: only the groups whose figure (the measure at this index) meets
   * the bound (a HAVING; a group of no value — 负责人未填 — is no group then).
   */
  having: z.object({ measure: z.number().int().min(0), op: comparison, value: z.number() }).optional(),
  /** 一共有几个主管部门 / 有几位不同的负责人: the groups themselves are counted (the answer says how many, then lists them). */
  countGroups: z.literal(true).optional(),
});
export type PortfolioQuery = z.infer<typeof querySchema>;

export const leaves = (filters: Filter[]): LeafFilter[] =>
  filters.flatMap((f) => (f.type === 'any' ? f.filters : [f]));

/** Arithmetic on two figures (arithmetic.ts): kept with a chat so that a follow-up can change one operand. */
export const ARITH_OPS = ['minus', 'plus', 'divide', 'times', 'share', 'ratio', 'growth', 'convert'] as const;
export const operandSchema = z.union([
  z.object({ kind: z.literal('value'), value: z.number() }),
  z.object({
    kind: z.literal('figure'),
    filters: z.array(filterSchema),
    measure: measureSchema,
    /** With max / min: the value that many places below the top (第二大的: 1), not the top itself. */
    offset: z.number().int().min(1).optional(),
  }),
]);
export type Operand = z.infer<typeof operandSchema>;
export const arithSchema = z.object({
  op: z.enum(ARITH_OPS),
  left: operandSchema,
  right: operandSchema,
  /** 换算成元 / 折合亿元: a result in 万元 said in another unit of money. */
  unit: z.string().optional(),
  /** A change said as a fall (下降了百分之几): the result is (right − left) ÷ right. */
  fall: z.boolean().optional(),
  /** 各部门的…: computed per group; `rightTotal`: the right figure is one over its whole set (各部门占全部的比例). */
  groupBy: z.enum(GROUP_FIELDS).optional(),
  rightTotal: z.boolean().optional(),
  /**
   * 平均每个街道有多少个项目 / 平均每个部门的预算合计: the left figure taken per group of `groupBy`, then the mean over
   * the groups (the right operand is unused: the number 1).
   */
  meanOfGroups: z.boolean().optional(),
  /** 四舍五入到万位 / 保留两位小数 (arith-round.ts): the result said rounded too. */
  round: z.object({ said: z.string(), place: z.number().nullable(), decimals: z.number().int() }).optional(),
  /** The gap between the two projects of one set (双井两个项目的差额): computed only when the set holds two. */
  pair: z.boolean().optional(),
  /** A difference asked with no direction (X和Y差多少 / 相差几分): the gap is said as well as the signed result. */
  gap: z.boolean().optional(),
  /** 砍掉一成 / 涨10% / 打八折: the words that gave the factor (the right operand), said back (arith-factor.ts). */
  scale: z.string().optional(),
  /** 够付几年的: a quotient asked as a whole number of times (年 / 次: the word), rounded down, the exact one said too. */
  floor: z.string().optional(),
  /** X比Y多几倍: the multiple less one (what the words say strictly) is said besides the multiple. */
  moreTimes: z.boolean().optional(),
  /** 去掉最大的那一个以后，平均每个多少: the mean of the set with its highest / lowest values left out. */
  trim: z.object({ top: z.number().int().min(0), bottom: z.number().int().min(0) }).optional(),
  /** Further steps on the result, left to right (…，再除以项目个数 / 结果再乘以10000): arith-chain.ts. */
  steps: z
    .array(z.object({ op: z.enum(['minus', 'plus', 'divide', 'times']), right: operandSchema }))
    .optional(),
});
export type ArithQuery = z.infer<typeof arithSchema>;
