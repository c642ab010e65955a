import { z } from 'zod';
import type { StructuredLlm } from '../llm/client.ts';
import { FINDING_CODES } from '../score/types.ts';
import { FIELD_IDS, FIELDS, GROUP_FIELDS, NAME_FIELDS, NUMERIC_FIELDS } from './fields.ts';
import { resolveTerm } from './names.ts';
import {
  ARITH_OPS,
  type ArithQuery,
  arithSchema,
  type Filter,
  type Measure,
  type Operand,
  type PortfolioQuery,
  querySchema,
} from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

const op = z.enum(['<', '<=', '>', '>=', '=', '<>']);
const fieldId = z.enum(FIELD_IDS as [string, ...string[]]);
const numericField = z.enum(NUMERIC_FIELDS as [string, ...string[]]);

/**
 * The tool call: the model fills the query language or says the question is outside it. Never SQL. The same
 * language as `querySchema`, spelled for strict structured output (every key required, absent = null), plus the
 * words of the question it used: the rest must be filler, or the answer says what was not understood.
 */
const wireFilter = z.discriminatedUnion('type', [
  z.object({ type: z.literal('compare'), field: numericField, op, value: z.number() }),
  z.object({ type: z.literal('fields'), left: numericField, op, right: numericField }),
  z.object({ type: z.literal('empty'), field: fieldId, empty: z.boolean() }),
  /** negate: 除了X以外 / 不是X负责的 (every project but these). */
  z.object({ type: z.literal('name'), field: z.enum(NAME_FIELDS), term: z.string(), negate: z.boolean() }),
  z.object({
    type: z.literal('grade'),
    op: z.enum(['=', '<=', '>=']),
    value: z.enum(['优', '良', '中', '差']),
  }),
  z.object({
    type: z.literal('finding'),
    codes: z.array(z.enum(FINDING_CODES)),
    negate: z.boolean(),
  }),
  z.object({ type: z.literal('satisfactionGap'), negate: z.boolean() }),
  z.object({ type: z.literal('severity'), value: z.enum(['error', 'warning']), negate: z.boolean() }),
  z.object({ type: z.literal('status'), value: z.enum(['notSubmitted', 'incomplete', 'complete']) }),
]);
const wireMeasure = z.object({
  fn: z.enum(['count', 'sum', 'avg', 'min', 'max']),
  field: numericField.nullable(),
});
/** One side of a computation: a plain number (value) or a figure (measure) over projects (filters). */
const wireOperand = z.object({
  value: z.number().nullable(),
  filters: z.array(wireFilter).nullable(),
  measure: wireMeasure.nullable(),
});

export const llmQuerySchema = z.object({
  supported: z.boolean(),
  query: z
    .object({
      filters: z.array(wireFilter),
      groupBy: z.enum(GROUP_FIELDS).nullable(),
      measures: z.array(wireMeasure).nullable(),
      select: z.array(fieldId).nullable(),
      order: z
        .object({
          field: numericField.nullable(),
          measure: z.number().int().nullable(),
          dir: z.enum(['asc', 'desc']),
        })
        .nullable(),
      limit: z.number().int().nullable(),
    })
    .nullable(),
  /** Arithmetic on two figures (差额, 占比, 倍数, 增长): instead of `query`. */
  arith: z
    .object({
      op: z.enum(ARITH_OPS),
      left: wireOperand,
      right: wireOperand,
      unit: z.enum(['元', '千元', '万元', '亿元']).nullable(),
      groupBy: z.enum(GROUP_FIELDS).nullable(),
      rightTotal: z.boolean(),
    })
    .nullable(),
  /** A yes/no question (是不是, 有没有, 是否, …吗): answered 是/否 or 有/没有 with the evidence. */
  yesNo: z.boolean(),
  /** Words of the question the query was built from, copied exactly. */
  wordsUsed: z.array(z.string()),
});
type Wire = z.infer<typeof llmQuerySchema>;
type WireFilter = z.infer<typeof wireFilter>;

export interface LlmParsed {
  /** The query (null when the model computed on two figures instead: `arith`). */
  query: PortfolioQuery | null;
  arith?: ArithQuery;
  yesNo: boolean;
  wordsUsed: string[];
  /** Names the model wrote that match nothing stored. */
  unresolved: string[];
}

/** The wire form's filters as the language's, names resolved against the store (unresolved ones collected). */
function toFilters(wire: WireFilter[], vocab: Vocabulary, unresolved: string[]): Filter[] {
  const filters: Filter[] = [];
  for (const f of wire) {
    if (f.type === 'name') {
      const match = resolveTerm(f.term, vocab, f.field);
      if (!match) unresolved.push(f.term);
      else
        filters.push({
          type: 'name',
          field: match.field,
          term: f.term,
          values: match.values,
          ...(f.negate ? { negate: true } : {}),
        });
    } else if (f.type === 'finding') {
      if (f.codes.length)
        filters.push({ type: 'finding', codes: f.codes, ...(f.negate ? { negate: true } : {}) });
    } else if (f.type === 'satisfactionGap' || f.type === 'severity') {
      const { negate, ...rest } = f;
      filters.push({ ...rest, ...(negate ? { negate: true } : {}) } as Filter);
    } else filters.push(f as Filter);
  }
  return filters;
}

/** A measure as the language holds it (the field is checked by the query's own schema after). */
const toMeasure = (m: z.infer<typeof wireMeasure>): Measure =>
  (m.field && m.fn !== 'count' ? { fn: m.fn, field: m.field } : { fn: 'count' }) as Measure;

/** Drops the nulls of the wire form and resolves names against the store; null when not a valid query. */
function toQuery(
  wire: NonNullable<Wire['query']>,
  vocab: Vocabulary,
): { query: PortfolioQuery; unresolved: string[] } | null {
  const unresolved: string[] = [];
  const filters = toFilters(wire.filters, vocab, unresolved);
  const candidate = {
    filters,
    ...(wire.groupBy ? { groupBy: wire.groupBy } : {}),
    ...(wire.measures?.length ? { measures: wire.measures.map(toMeasure) } : {}),
    ...(wire.select?.length ? { select: wire.select } : {}),
    ...(wire.order
      ? { order: { by: wire.order.field ?? { measure: wire.order.measure ?? 0 }, dir: wire.order.dir } }
      : {}),
    ...(wire.order && wire.limit ? { limit: wire.limit } : {}),
  };
  const parsed = querySchema.safeParse(candidate);
  return parsed.success ? { query: parsed.data, unresolved } : null;
}

/** A computation on two figures; null when a side is neither a number nor a figure over projects. */
function toArith(
  wire: NonNullable<Wire['arith']>,
  vocab: Vocabulary,
): { arith: ArithQuery; unresolved: string[] } | null {
  const unresolved: string[] = [];
  const operand = (o: z.infer<typeof wireOperand>): Operand | null => {
    if (o.measure)
      return {
        kind: 'figure',
        filters: toFilters(o.filters ?? [], vocab, unresolved),
        measure: toMeasure(o.measure),
      };
    return o.value === null ? null : { kind: 'value', value: o.value };
  };
  const left = operand(wire.left);
  const right = operand(wire.right);
  if (!left || !right) return null;
  const candidate = {
    op: wire.op,
    left,
    right,
    ...(wire.unit ? { unit: wire.unit } : {}),
    ...(wire.groupBy ? { groupBy: wire.groupBy } : {}),
    ...(wire.groupBy && wire.rightTotal ? { rightTotal: true } : {}),
  };
  const parsed = arithSchema.safeParse(candidate);
  return parsed.success ? { arith: parsed.data, unresolved } : null;
}

const FIELD_LIST = FIELD_IDS.map((id) => `${id}（${FIELDS[id].label}）`).join('、');

const SYSTEM = `你把关于《项目支出绩效自评表》项目库的提问翻译成一个查询对象。只能使用给定的 JSON 结构，不要写 SQL。
字段：${FIELD_LIST}。金额单位万元，执行率为百分数（90 表示 90%），totalScore 是表上的总分。
- filters：条件列表，全部同时满足。
  - compare：数值字段与数字比较；年度用 {"type":"compare","field":"year","op":"=","value":2023}。范围（介于A和B之间、A到B）写成两个 compare。
  - fields：同一项目两个数值字段比较（如 initialBudget <> annualBudget）。
  - empty：字段为空（empty=true）或已填（false）。
  - name：主管部门/实施单位/负责人/项目名称，term 照抄提问中的原词；negate=true 表示排除（除了X以外、不是X负责的、去掉X），否则 false。
  - grade：参考等级；"<=" 表示该等级或更差，">=" 表示该等级或更好。
  - finding：存在某类检查问题（代码：${FINDING_CODES.join(', ')}）。
  - satisfactionGap：缺少满意度指标或未做满意度调查。severity：有错误/警告。status：notSubmitted（未提交）、incomplete（有错误或缺项）、complete。
- groupBy：department | implementingUnit | owner | year（按部门、各年度…分组，每组一行）。measures：count，或 sum/avg/min/max 加数值字段。
- select：要显示的字段。order：按字段（或分组时按第几个 measure）排序，limit：取前几个。
- yesNo：提问是"是不是/有没有/是否/…吗"这类是非问题时为 true，否则 false。
- arith：两个数相算时（差额、相差、比…多多少、加起来、占…百分之几、是…的几倍、增长了百分之几、换算成元）填它，query 为 null：
  op 为 minus（左减右）、plus、divide、times、share（左占右的百分比）、ratio（左是右的几倍）、growth（左比右增长的百分比）、convert（左换算单位）；
  left/right 各是一个数：提问里的数字写 value（filters、measure 为 null），或一组项目的统计写 filters + measure（value 为 null）；
  只有一个数要换算单位时 right 写 value 1。unit：结果要换算的金额单位，否则 null。groupBy：各组分别计算时填；rightTotal：各组与全体比时为 true。
- wordsUsed：你用到的提问原词（逐字照抄）。
规则：条件里的名称和数字必须是提问里出现的原词和数；提问中有你无法表达的条件时，返回 {"supported":false}，不要省略条件，不要猜测，不要放宽范围。`;

/** The long tail: questions the rules left words of. Null when the model says the question is outside the language. */
export async function parseQuestionWithLlm(
  question: string,
  llm: StructuredLlm,
  vocab: Vocabulary,
): Promise<LlmParsed | null> {
  const answer = await llm.complete({
    name: 'portfolio_query',
    schema: llmQuerySchema,
    system: SYSTEM,
    user: `提问：${question}`,
    label: 'portfolio-query',
  });
  const value = answer.value;
  if (!value.supported) return null;
  // Only words really in the question count as used.
  const wordsUsed = value.wordsUsed.filter(
    (w) => w.trim() && question.toLowerCase().includes(w.toLowerCase()),
  );
  if (value.arith) {
    const built = toArith(value.arith, vocab);
    return built
      ? { query: null, arith: built.arith, yesNo: false, wordsUsed, unresolved: built.unresolved }
      : null;
  }
  if (!value.query) return null;
  const built = toQuery(value.query, vocab);
  if (!built) return null;
  return { ...built, yesNo: value.yesNo, wordsUsed };
}
