import { z } from 'zod';
import type { StructuredLlm } from '../llm/client.ts';
import { FINDING_CODES } from '../score/types.ts';
import { type PortfolioQuery, querySchema } from './query.ts';

const comparison = z.enum(['<', '<=', '>', '>=', '=']);

/**
 * The tool call: the model fills the query language or says the question is outside it. Never SQL. The same
 * language as `querySchema`, spelled for strict structured output (every key required, absent = null).
 */
export const llmQuerySchema = z.object({
  supported: z.boolean(),
  query: z
    .object({
      filters: z.array(
        z.discriminatedUnion('field', [
          z.object({ field: z.literal('satisfactionGap') }),
          z.object({ field: z.literal('executionRate'), op: comparison, value: z.number() }),
          z.object({ field: z.literal('totalScore'), op: comparison, value: z.number() }),
          z.object({
            field: z.literal('grade'),
            op: z.enum(['=', '<=']),
            value: z.enum(['优', '良', '中', '差']),
          }),
          z.object({
            field: z.literal('finding'),
            codes: z.array(z.enum(FINDING_CODES)),
            paths: z.array(z.string()).nullable(),
          }),
          z.object({ field: z.literal('severity'), value: z.enum(['error', 'warning']) }),
          z.object({ field: z.literal('year'), value: z.number().int() }),
          z.object({
            field: z.enum(['department', 'implementingUnit', 'owner', 'projectName']),
            contains: z.string(),
          }),
          z.object({ field: z.literal('status'), value: z.enum(['notSubmitted', 'incomplete']) }),
        ]),
      ),
      groupBy: z.enum(['department', 'implementingUnit', 'owner', 'year']).nullable(),
      measures: z.array(z.enum(['count', 'budget', 'executed', 'avgScore'])).nullable(),
    })
    .nullable(),
});
type WireQuery = NonNullable<z.infer<typeof llmQuerySchema>['query']>;

/** Drops the nulls of the wire form; null when the result is not a valid query (e.g. an empty code list). */
function toQuery(wire: WireQuery): PortfolioQuery | null {
  const candidate = {
    filters: wire.filters.map((f) =>
      f.field === 'finding'
        ? { field: f.field, codes: f.codes, ...(f.paths?.length ? { paths: f.paths } : {}) }
        : f,
    ),
    ...(wire.groupBy ? { groupBy: wire.groupBy } : {}),
    ...(wire.measures?.length ? { measures: wire.measures } : {}),
  };
  const parsed = querySchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

const SYSTEM = `你把关于《项目支出绩效自评表》项目库的提问翻译成一个查询对象。只能使用给定的 JSON 结构，不要写 SQL。
字段说明：
- filters：条件列表，全部同时满足。
  - {"field":"satisfactionGap"}：缺少满意度指标或未开展满意度调查。
  - {"field":"executionRate","op":"<|<=|>|>=|=","value":数字}：预算执行率（百分数，如 90 表示 90%）。
  - {"field":"totalScore","op":…,"value":数字}：自评总分。
  - {"field":"grade","op":"=|<=","value":"优|良|中|差"}：参考等级；"<=" 表示该等级或更差。
  - {"field":"finding","codes":[代码…],"paths":[可选，如 "owner","phone"]}：存在某类检查问题。代码：${FINDING_CODES.join(', ')}。
    缺项目负责人用 FIELD_MISSING + paths ["owner"]，缺联系电话用 FIELD_MISSING + paths ["phone"]。
  - {"field":"severity","value":"error|warning"}：有错误/警告。
  - {"field":"year","value":年份}。
  - {"field":"department|implementingUnit|owner|projectName","contains":"文字"}：主管部门、实施单位、项目负责人、项目名称包含。
  - {"field":"status","value":"notSubmitted|incomplete"}：尚未提交 / 已提交但有问题或缺项。
- groupBy（可选）：department | implementingUnit | owner | year。
- measures（可选）：count（项目数）、budget（全年预算合计）、executed（全年执行合计）、avgScore（平均总分）。
如果提问不是在查询项目库，或无法用上述结构准确表达，返回 {"supported":false,"query":null}。不要猜测。`;

/** The long tail: questions the rules did not parse. Null when the model says the question is outside the language. */
export async function parseQuestionWithLlm(
  question: string,
  llm: StructuredLlm,
): Promise<PortfolioQuery | null> {
  const answer = await llm.complete({
    name: 'portfolio_query',
    schema: llmQuerySchema,
    system: SYSTEM,
    user: `提问：${question}`,
    label: 'portfolio-query',
  });
  return answer.value.supported && answer.value.query ? toQuery(answer.value.query) : null;
}
