import { z } from 'zod';
import type { StructuredLlm } from '../llm/client.ts';
import { FINDING_CODES } from '../score/types.ts';
import { FIELD_IDS, FIELDS, GROUP_FIELDS, NAME_FIELDS, NUMERIC_FIELDS } from './fields.ts';
import { resolveTerm } from './names.ts';
import { type Filter, type PortfolioQuery, querySchema } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

const op = z.enum(['<', '<=', '>', '>=', '=', '<>']);
const fieldId = z.enum(FIELD_IDS as [string, ...string[]]);
const numericField = z.enum(NUMERIC_FIELDS as [string, ...string[]]);

/**
 * The tool call: the model fills the query language or says the question is outside it. Never SQL. The same
 * language as `querySchema`, spelled for strict structured output (every key required, absent = null), plus the
 * words of the question it used: the rest must be filler, or the answer says what was not understood.
 */
export const llmQuerySchema = z.object({
  supported: z.boolean(),
  query: z
    .object({
      filters: z.array(
        z.discriminatedUnion('type', [
          z.object({ type: z.literal('compare'), field: numericField, op, value: z.number() }),
          z.object({ type: z.literal('fields'), left: numericField, op, right: numericField }),
          z.object({ type: z.literal('empty'), field: fieldId, empty: z.boolean() }),
          z.object({ type: z.literal('name'), field: z.enum(NAME_FIELDS), term: z.string() }),
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
        ]),
      ),
      groupBy: z.enum(GROUP_FIELDS).nullable(),
      measures: z
        .array(
          z.object({ fn: z.enum(['count', 'sum', 'avg', 'min', 'max']), field: numericField.nullable() }),
        )
        .nullable(),
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
  /** Words of the question the query was built from, copied exactly. */
  wordsUsed: z.array(z.string()),
});
type Wire = z.infer<typeof llmQuerySchema>;

export interface LlmParsed {
  query: PortfolioQuery;
  wordsUsed: string[];
  /** Names the model wrote that match nothing stored. */
  unresolved: string[];
}

/** Drops the nulls of the wire form and resolves names against the store; null when not a valid query. */
function toQuery(
  wire: NonNullable<Wire['query']>,
  vocab: Vocabulary,
): { query: PortfolioQuery; unresolved: string[] } | null {
  const unresolved: string[] = [];
  const filters: Filter[] = [];
  for (const f of wire.filters) {
    if (f.type === 'name') {
      const match = resolveTerm(f.term, vocab, f.field);
      if (!match) unresolved.push(f.term);
      else filters.push({ type: 'name', field: match.field, term: f.term, values: match.values });
    } else if (f.type === 'finding') {
      if (f.codes.length)
        filters.push({ type: 'finding', codes: f.codes, ...(f.negate ? { negate: true } : {}) });
    } else if (f.type === 'satisfactionGap' || f.type === 'severity') {
      const { negate, ...rest } = f;
      filters.push({ ...rest, ...(negate ? { negate: true } : {}) } as Filter);
    } else filters.push(f as Filter);
  }
  const candidate = {
    filters,
    ...(wire.groupBy ? { groupBy: wire.groupBy } : {}),
    ...(wire.measures?.length
      ? {
          measures: wire.measures.map((m) =>
            m.field && m.fn !== 'count' ? { fn: m.fn, field: m.field } : { fn: 'count' },
          ),
        }
      : {}),
    ...(wire.select?.length ? { select: wire.select } : {}),
    ...(wire.order
      ? { order: { by: wire.order.field ?? { measure: wire.order.measure ?? 0 }, dir: wire.order.dir } }
      : {}),
    ...(wire.order && wire.limit ? { limit: wire.limit } : {}),
  };
  const parsed = querySchema.safeParse(candidate);
  return parsed.success ? { query: parsed.data, unresolved } : null;
}

const FIELD_LIST = FIELD_IDS.map((id) => `${id}（${FIELDS[id].label}）`).join('、');

const SYSTEM = `你把关于《项目支出绩效自评表》项目库的提问翻译成一个查询对象。只能使用给定的 JSON 结构，不要写 SQL。
字段：${FIELD_LIST}。金额单位万元，执行率为百分数（90 表示 90%），totalScore 是表上的总分。
- filters：条件列表，全部同时满足。
  - compare：数值字段与数字比较；年度用 {"type":"compare","field":"year","op":"=","value":2023}。
  - fields：同一项目两个数值字段比较（如 initialBudget <> annualBudget）。
  - empty：字段为空（empty=true）或已填（false）。
  - name：主管部门/实施单位/负责人/项目名称，term 照抄提问中的原词。
  - grade：参考等级；"<=" 表示该等级或更差，">=" 表示该等级或更好。
  - finding：存在某类检查问题（代码：${FINDING_CODES.join(', ')}）。
  - satisfactionGap：缺少满意度指标或未做满意度调查。severity：有错误/警告。status：notSubmitted（未提交）、incomplete（有错误或缺项）、complete。
- groupBy：department | implementingUnit | owner | year。measures：count，或 sum/avg/min/max 加数值字段。
- select：要显示的字段。order：按字段（或分组时按第几个 measure）排序，limit：取前几个。
- wordsUsed：你用到的提问原词（逐字照抄）。提问中有你无法表达的条件时，返回 {"supported":false}，不要省略条件，不要猜测。`;

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
  if (!answer.value.supported || !answer.value.query) return null;
  const built = toQuery(answer.value.query, vocab);
  if (!built) return null;
  // Only words really in the question count as used.
  const wordsUsed = answer.value.wordsUsed.filter(
    (w) => w.trim() && question.toLowerCase().includes(w.toLowerCase()),
  );
  return { ...built, wordsUsed };
}
