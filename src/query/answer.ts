import type { Logger } from 'pino';
import type { Reply } from '../bot/messages.ts';
import type { StructuredLlm } from '../llm/client.ts';
import { reportingYear } from '../remind/calendar.ts';
import type { Store, User } from '../store/store.ts';
import { BIND_COMMAND, bindDepartment } from './bind.ts';
import { answerClaims, CLAIMS_COMMAND } from './confirm.ts';
import { describeQuery } from './describe.ts';
import { type AnswerTable, executeQuery, type Viewer } from './execute.ts';
import { EXPECTED_COMMAND, setExpectedProjects } from './expected.ts';
import { parseQuestionWithLlm } from './llm-parse.ts';
import { parseQuestion } from './parse.ts';
import type { PortfolioQuery } from './query.ts';
import { tableXlsx } from './table-xlsx.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows shown in chat; the rest go into the workbook. */
const CHAT_ROWS = 20;
const EXPORT_WORDS = /(导出|excel|xlsx|export|下载)/i;

export const QUESTION_HELP = [
  '可以这样提问（按您有权查看的项目统计）：',
  '· 哪些项目缺少满意度调查？',
  '· 2023年执行率低于90%的项目',
  '· 总分低于80分的项目 / 等级为中的项目',
  '· 哪些项目缺少偏差原因 / 有算术错误 / 没填项目负责人',
  '· 按部门统计项目数和预算合计',
  '· 哪些项目还没有提交',
  '在提问里加「导出」可得到 Excel 表格。',
].join('\n');

/**
 * Conditions the rules did not turn into a filter: a query with only a year/department scope and one of these
 * words would answer a different question, so it goes to the LLM or gets the help text instead.
 */
const CONDITION_CUES =
  /(缺|没有|没|未|低于|高于|不足|超过|错|问题|异常|为空|不清|不够|少于|多于|below|above|missing|without|error|wrong|less than|more than)/i;
const SCOPE_ONLY = new Set(['year', 'department', 'implementingUnit', 'owner', 'projectName']);

function understoodByRules(text: string): PortfolioQuery | null {
  const q = parseQuestion(text);
  if (!q) return null;
  const scopeOnly = q.filters.every((f) => SCOPE_ONLY.has(f.field)) && !q.groupBy && !q.measures?.length;
  const stripped = text.replace(/(项目负责人|负责人|主管部门|实施单位)/g, '');
  return scopeOnly && CONDITION_CUES.test(stripped) ? null : q;
}

export interface QuestionDeps {
  store: Store;
  logger: Logger;
  llm?: StructuredLlm | null;
  /** User ids with admin rights from config, besides `users.is_admin`. */
  admins?: Set<string>;
  clock?: () => Date;
}

export function viewerOf(user: User, admins: Set<string> = new Set()): Viewer {
  return { userId: user.id, department: user.department, isAdmin: user.isAdmin || admins.has(user.id) };
}

/** How a question was understood, for tests and the echo. */
export async function understand(
  text: string,
  llm: StructuredLlm | null | undefined,
): Promise<{ query: PortfolioQuery; by: 'rules' | 'llm' } | null> {
  const byRules = understoodByRules(text);
  if (byRules) return { query: byRules, by: 'rules' };
  if (!llm) return null;
  const byLlm = await parseQuestionWithLlm(text, llm);
  return byLlm ? { query: byLlm, by: 'llm' } : null;
}

function tableReply(table: AnswerTable, caption: string): Reply {
  const shown = table.rows.slice(0, CHAT_ROWS).map((r) => r.map((c) => (c === null ? '' : String(c))));
  const more = table.atLeast
    ? `超过 ${table.total} 项，这里显示前 ${shown.length} 项；要精确数目请问「……有多少个」，加「导出」可得到完整表格。`
    : table.total > shown.length
      ? `共 ${table.total} 项，这里显示前 ${shown.length} 项；回复「导出」+ 同一问题可得到完整表格。`
      : `共 ${table.total} 项。`;
  return {
    title: '查询结果',
    text: `${caption}\n${table.total === 0 ? '没有符合条件的项目。' : more}`,
    ...(table.total === 0 ? {} : { table: { columns: table.columns, rows: shown } }),
  };
}

/** The bot's `answerQuestion` hook: admin binding, then the question → query → table. */
export function createAnswerQuestion(deps: QuestionDeps) {
  const { store, logger } = deps;
  const admins = deps.admins ?? new Set<string>();
  const clock = deps.clock ?? (() => new Date());

  return async (text: string, user: User): Promise<Reply> => {
    const viewer = viewerOf(user, admins);
    if (BIND_COMMAND.test(text.trim())) return bindDepartment(store, viewer, text.trim());
    if (CLAIMS_COMMAND.test(text.trim())) return answerClaims(store, viewer, text.trim());
    if (EXPECTED_COMMAND.test(text.trim())) return setExpectedProjects(store.sql, viewer, text.trim());
    let understood: Awaited<ReturnType<typeof understand>>;
    try {
      understood = await understand(text, deps.llm);
    } catch (err) {
      logger.warn({ err }, 'question not understood by the llm');
      understood = null;
    }
    if (!understood) return { text: `没有看懂这个问题，未作查询。\n${QUESTION_HELP}` };
    const caption = `${describeQuery(understood.query)}${understood.by === 'llm' ? '（由大模型理解，请核对）' : ''}`;
    const exporting = EXPORT_WORDS.test(text);
    const table = await executeQuery(store.sql, understood.query, viewer, {
      limit: exporting ? 100_000 : CHAT_ROWS,
      reportingYear: reportingYear(clock()),
    });
    logger.info(
      { by: understood.by, rows: table.total, admin: viewer.isAdmin },
      'portfolio question answered',
    );
    const reply = tableReply(table, caption);
    if (exporting && table.total > 0) {
      reply.attachment = {
        name: '项目查询结果.xlsx',
        bytes: await tableXlsx(table, caption),
        mime: XLSX_MIME,
      };
    }
    if (!viewer.isAdmin && !viewer.department) {
      reply.text = `${reply.text}\n（您尚未绑定部门，只统计您本人上传的项目。请管理员发送「绑定部门 您的用户号 部门名称」。您的用户号：${user.id}）`;
    }
    return reply;
  };
}
