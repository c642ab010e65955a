import { z } from 'zod';
import { FINDING_CODES } from '../score/types.ts';

/**
 * The small portfolio query language. Questions in Chinese or English parse into this, deterministically
 * or through an LLM tool call; it is executed by code against the store, never as free SQL.
 */
const comparison = z.enum(['<', '<=', '>', '>=', '=']);

export const filterSchema = z.discriminatedUnion('field', [
  /** No scored 满意度 indicator, or the survey was not done. */
  z.object({ field: z.literal('satisfactionGap') }),
  /** 执行率 in percent, computed from 全年执行数 / 全年预算数. */
  z.object({ field: z.literal('executionRate'), op: comparison, value: z.number() }),
  z.object({ field: z.literal('totalScore'), op: comparison, value: z.number() }),
  z.object({ field: z.literal('grade'), op: z.enum(['=', '<=']), value: z.enum(['优', '良', '中', '差']) }),
  /** Forms with an open finding of any of these codes. */
  z.object({
    field: z.literal('finding'),
    codes: z.array(z.enum(FINDING_CODES)).min(1),
    /** Narrows FIELD_MISSING and the like to these record paths (`owner`, `phone`). */
    paths: z.array(z.string()).optional(),
  }),
  /** Forms with any open finding of this severity. */
  z.object({ field: z.literal('severity'), value: z.enum(['error', 'warning']) }),
  z.object({ field: z.literal('year'), value: z.number().int() }),
  z.object({
    field: z.enum(['department', 'implementingUnit', 'owner', 'projectName']),
    contains: z.string().min(1),
  }),
  /** Workflow state: not uploaded for the year yet / uploaded but with open errors or missing fields. */
  z.object({ field: z.literal('status'), value: z.enum(['notSubmitted', 'incomplete']) }),
]);
export type Filter = z.infer<typeof filterSchema>;

export const querySchema = z.object({
  filters: z.array(filterSchema),
  /** Absent: list matching projects. Present: one row per group. */
  groupBy: z.enum(['department', 'implementingUnit', 'owner', 'year']).optional(),
  /** What to compute per group (or over all when no groupBy): count, sum of budget or executed, average score. */
  measures: z.array(z.enum(['count', 'budget', 'executed', 'avgScore'])).optional(),
});
export type PortfolioQuery = z.infer<typeof querySchema>;
