import type { Logger } from 'pino';
import type { Reply } from '../bot/messages.ts';
import type { StructuredLlm } from '../llm/client.ts';
import { reportingYear } from '../remind/calendar.ts';
import type { FindingCode } from '../score/types.ts';
import type { SqlExecutor } from '../store/sql.ts';
import type { Store, User } from '../store/store.ts';
import { answerAllOf } from './all-of.ts';
import { readAmongTop } from './among-top.ts';
import { answerBands, bandsAsked } from './amount-bands.ts';
import { counterpartOf } from './arith-counterpart.ts';
import { followArithmetic } from './arith-follow.ts';
import { asksAmountOfComparison, unitAsked } from './arith-shapes.ts';
import { moneyLeftInSmallUnit } from './arith-words.ts';
import {
  type ArithParsed,
  answerArithmetic,
  derivedFormulaSentence,
  meanOfGroupsSaid,
  parseArithmetic,
} from './arithmetic.ts';
import { BIND_COMMAND, bindDepartment } from './bind.ts';
import { capitalNumerals } from './capital-numerals.ts';
import { pairSaidAgain } from './cell-compare-words.ts';
import { checksReadWhole } from './check-phrases.ts';
import { plainClassicalWords } from './classical-words.ts';
import { codeSwitchedWords } from './code-switch.ts';
import {
  allTheStreets,
  countedStreets,
  ownedAndLostSaid,
  plainIndicatorWord,
  shareTypedLoosely,
  thenAskedOfIt,
} from './colloquial-words.ts';
import { comparedWithEarlier } from './compare-follow.ts';
import { answerClaims, CLAIMS_COMMAND } from './confirm.ts';
import {
  type AskedQuestion,
  attachFollowUp,
  type FollowUpReading,
  personOf,
  pointsAtSet,
  projectOf,
  type QuestionChat,
  readFollowUp,
  recentQuestion,
  scopeFilter,
} from './context.ts';
import { countMismatchText, countSaid, countToCheck, scopeCount } from './count-said.ts';
import { withoutCourtesy } from './courtesy.ts';
import { definitionSaidAside } from './definition-said.ts';
import { describeQuery, filterText, listedBefore, severalNamedSentence } from './describe.ts';
import { readDistinctCount } from './distinct-count.ts';
import { domainTypos, withTyposSaid } from './domain-typos.ts';
import { enumeratedKinds } from './enumerated-kinds.ts';
import { withoutExceptionsAsked } from './exceptions-asked.ts';
import { exclusionSaidFirst } from './exclusion-after.ts';
import {
  type AnswerTable,
  type Cell,
  executeQuery,
  measureLabel,
  shownFields,
  type Viewer,
} from './execute.ts';
import { EXPECTED_COMMAND, setExpectedProjects } from './expected.ts';
import { fieldDefinition } from './field-definitions.ts';
import { FIELDS, type NumericField } from './fields.ts';
import { checkSentence, readFigureCheck } from './figure-check.ts';
import { readFigureRange } from './figure-range.ts';
import { editArithmetic, editPrevious } from './follow-edit.ts';
import { formulaWords } from './formula-words.ts';
import { fundsSubRow, fundsSubRowReply } from './funds-rows.ts';
import { placeSetApart } from './glued-place.ts';
import { answerGroupAllOf, groupAllOfAsked } from './group-all-of.ts';
import { readGroupBound } from './group-bound.ts';
import { withoutHesitation } from './hesitation.ts';
import { ARITH_WORDS } from './lexicon.ts';
import { endOfOrderedList, type ListPointer, readListPlaces, readListPointer } from './list-pointer.ts';
import { groundLlmReading } from './llm-ground.ts';
import { parseQuestionWithLlm } from './llm-parse.ts';
import { looseTyping, othersWordsAsForm } from './loose-typing.ts';
import {
  ALL_WORDS,
  bothSelected,
  convertsOnly,
  distributionCounted,
  eachOfTwoCounted,
  gapOfThePair,
  laterAsk,
  onlyListRequest,
  orphanAsk,
  perAlternative,
  reSorted,
  rowScopeOfLater,
  rowsListAsked,
  rowsOfEarlier,
  sameProjects,
  shareOfAnotherSide,
  splitAsks,
} from './multi-ask.ts';
import { projectHoldingOfficeWord, withoutNameWordAsOffice } from './name-word-as-office.ts';
import { placesTypedByInitials, someNameContains } from './names.ts';
import { otherProjectCompared } from './other-compared.ts';
import { speakerOf, withOwnUnit } from './own-unit.ts';
import { parseQuestion } from './parse.ts';
import { meanThenAboveIt, partShareAsked } from './part-share.ts';
import { perPersonSaid } from './people-counted.ts';
import { answerPlaceOfOne } from './place-of-one.ts';
import { projectByItsWords, withProjectNamed, withProjectsNamed } from './project-by-its-words.ts';
import { type ArithQuery, type Filter, leaves, type Operand, type PortfolioQuery } from './query.ts';
import {
  answerPosition,
  medianOf,
  middlePlaces,
  nthOf,
  placeOfRanking,
  rangeOf,
  readRanking,
  shareCount,
  spanTiesSentence,
} from './rank.ts';
import { bothEnds } from './rank-phrases.ts';
import { rankedGroupFigure } from './ranked-group-figure.ts';
import { rankedShare } from './ranked-share.ts';
import { readReference } from './reference.ts';
import { refusedWords } from './refusals.ts';
import { plainRegisterWords } from './register-words.ts';
import { setAsideRemarks } from './remarks.ts';
import { plainReportSentences } from './report-sentences.ts';
import { roleNote, standInRoles } from './role-stand-in.ts';
import { answerRows, rowsCondition, someRowNamed } from './row-answer.ts';
import { joinedAcrossCuts, rowByItsWords, rowOfNamePiece, rowQuestionOf } from './row-by-its-words.ts';
import { asksRowCellOnly } from './row-cell-follow.ts';
import { ROW_KIND, rowCellWords } from './row-cell-words.ts';
import { onlyOfRows } from './row-cells.ts';
import { type RowQuestion, readRowQuestion } from './row-question.ts';
import { namesFormCell, namesKeptWhole, rowInsidePlace } from './row-scope-names.ts';
import { swappedInPrevious } from './row-swap.ts';
import { AFTER_PROJECT_NAME, kindAfterProject, projectTailOf, ROW_PLACE_WORD } from './row-term-split.ts';
import { readSameCell } from './same-cell.ts';
import { sameValueSentence } from './same-value.ts';
import { answerScopeComparison, readScopeComparison, yearsHeldNote } from './scope-compare.ts';
import { searchBoxWords } from './search-box.ts';
import { withoutSelfCorrection } from './self-correction.ts';
import { withoutSelfIntro } from './self-intro.ts';
import { shareWithinPrevious, shareWithinSet } from './share-within.ts';
import { readSharedCell } from './shared-cells.ts';
import { plainAsking } from './spoken-shapes.ts';
import { statedRateAsked } from './stated-rate-asked.ts';
import { statedRateInstead } from './stated-rate-instead.ts';
import { tableXlsx } from './table-xlsx.ts';
import { tiesOf } from './ties.ts';
import { normalise } from './tokens.ts';
import { withUnitAsked } from './unit-asked.ts';
import { readUnitsSwapped } from './units-swapped.ts';
import { vagueThreshold } from './vague.ts';
import { type Vocabulary, VocabularyCache } from './vocabulary.ts';
import { warmNameIndexes } from './warm-up.ts';
import { whetherThenWhich } from './whether-then-which.ts';
import { readWhichMore, saidWhichMore } from './which-more.ts';
import { plainWrittenRequest } from './written-register.ts';
import { readYesNo, splitYesNo } from './yes-no.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An amount of money asked (多少钱 / 多少万 / 几个亿), not a count. */
// (二十几万 after a numeral is an amount said roughly, a band read as a condition: not asked)
const MONEY_ASKED = /多少(?:钱|万元?|元|块钱?|亿元?)|(?<![十百千\d])几(?:万块?|块钱|个亿)/u;

/** The question asks an amount and the query counts projects only, showing no amount. */
export function asksAmountOnly(asked: string, query: PortfolioQuery): boolean {
  if (!MONEY_ASKED.test(asked) || !query.measures?.length) return false;
  const money = (f: string) => f in FIELDS && FIELDS[f as keyof typeof FIELDS].kind === 'money';
  return (
    query.measures.every((m) => m.fn === 'count') &&
    !(query.select ?? []).some(money) &&
    !query.groupBy &&
    !query.order
  );
}

/** A question is remembered for follow-ups by its first 60 characters. */
const REMEMBERED_LENGTH = 60;
/** The whole message asks for an export of the answer just given (导出 / 帮我导出一下 / 导出来 / export it). */
const EXPORT_ONLY =
  /^(?:请|麻烦|帮我|帮忙|给我|把)*(?:这个|结果|上面的|刚才的|它们?)?(?:导出|下载)(?:一下|下|来|出来)?(?:成|为)?(?:excel|xlsx|表格|文件)?(?:吧|呗|啊)?[。！!]?$|^(?:export|download)(?: (?:it|this|that|them))?[.!]?$/iu;
/** Rows shown in chat; the rest go into the workbook. */
const CHAT_ROWS = 20;
const EXPORT_WORDS = /(导出|excel|xlsx|export|下载)/i;

export const QUESTION_HELP = [
  '可以这样提问（按您有权查看的项目统计）：',
  '· 哪些项目缺少满意度调查？',
  '· 2023年大红门街道执行率低于90%的项目',
  '· 执行率最低的5个项目 / 表上总分最低的项目',
  '· 某某项目的负责人是谁 / 某某项目得了多少分',
  '· 年初预算和全年预算不一致的项目 / 预算执行没拿满分的项目 / 总分没填的项目',
  '· 按部门统计项目数和预算合计',
  '· 哪些项目还没有提交',
  '在提问里加「导出」可得到 Excel 表格。',
].join('\n');

export interface QuestionDeps {
  store: Store;
  logger: Logger;
  llm?: StructuredLlm | null;
  /** User ids with admin rights from config, besides `users.is_admin`. */
  admins?: Set<string>;
  clock?: () => Date;
  /** Rows of a list shown in the reply (the rest go into the workbook); the terminal's --json shows them all. */
  rowLimit?: number;
  /** Read the names and build their indexes now, in the background (a server's start), not in the first question. */
  warmNames?: boolean;
}

export function viewerOf(user: User, admins: Set<string> = new Set()): Viewer {
  return { userId: user.id, department: user.department, isAdmin: user.isAdmin || admins.has(user.id) };
}

export interface Understood {
  query: PortfolioQuery | null;
  by: 'rules' | 'llm';
  unplaced: string[];
  corrected: Array<[string, string]>;
  exporting: boolean;
  /** Narrative frames set aside (局里要求, 处长来电话问): said back, never a condition. */
  setAside?: string[];
  /** A yes/no question: answered 是/否 or 有/没有 with the evidence (yes-no.ts). */
  yesNo?: boolean;
  /** A computation on two figures the model read (the rules' grammar refused it): `query` is then null. */
  arith?: ArithQuery;
  /** Why the model's reading was not used (llm-ground.ts): logged, the rules' reading stands. */
  llmRejected?: string;
  /** 是不是都… / 全都…了吗: asked of every project in scope (all-of.ts). */
  all?: boolean;
  /** The filters the words before 都 say (扣分的指标都写了原因吗): the projects asked about, not what is asked. */
  allScope?: Filter[];
  /** 一样吗 / 是否一致 said of one field of the projects named (same-value.ts). */
  sameAsked?: string;
}

/** Words the model's query did not account for: the question without its used words must ask nothing. */
function leftOver(question: string, used: string[], vocab: Vocabulary): string[] {
  let rest = question.toLowerCase();
  for (const w of [...used].sort((a, b) => b.length - a.length)) rest = rest.split(w.toLowerCase()).join(' ');
  const again = parseQuestion(rest, vocab);
  return again.query &&
    (again.query.filters.length || again.query.measures || again.query.groupBy || again.query.order)
    ? [...again.unplaced, rest.replace(/\s+/g, ' ').trim()]
    : again.unplaced;
}

/** How a question was understood: the rules, then the LLM (when configured) for what the rules left. */
export async function understand(
  text: string,
  vocab: Vocabulary,
  llm: StructuredLlm | null | undefined,
  clockYear?: number,
): Promise<Understood> {
  const byRules = parseQuestion(text, vocab, clockYear);
  const rules: Understood = { ...byRules, by: 'rules' };
  if ((byRules.query && byRules.unplaced.length === 0) || !llm) return rules;
  const byLlm = await parseQuestionWithLlm(text, llm, vocab);
  if (!byLlm) return rules;
  // Every term grounded in the asker's words and in its slot, nothing the rules understood dropped (llm-ground.ts).
  const grounded = groundLlmReading(text, byLlm, byRules, clockYear ?? new Date().getFullYear());
  if (!grounded.ok) return { ...rules, llmRejected: grounded.reason };
  const unplaced = [
    ...new Set([...byLlm.unresolved, ...grounded.unplaced, ...leftOver(text, byLlm.wordsUsed, vocab)]),
  ];
  return {
    query: byLlm.query,
    ...(byLlm.arith ? { arith: byLlm.arith } : {}),
    ...(byLlm.yesNo ? { yesNo: true } : {}),
    by: 'llm',
    unplaced,
    corrected: [],
    exporting: byRules.exporting,
  };
}

function tableReply(table: AnswerTable, caption: string, rowLimit: number): Reply {
  const shown = table.rows.slice(0, rowLimit).map((r) => r.map((c) => (c === null ? '' : String(c))));
  const more = table.atLeast
    ? `超过 ${table.total} 项，这里显示前 ${shown.length} 项；要精确数目请问「……有多少个」，加「导出」可得到完整表格。`
    : table.total > shown.length
      ? `共 ${table.total} 项，这里显示前 ${shown.length} 项；回复「导出」+ 同一问题可得到完整表格。`
      : `共 ${table.total} 项。`;
  const u = table.unranked;
  const unranked = u
    ? table.total === 0
      ? `符合条件的 ${u.count} 个项目${u.field}都未填，无从排序。`
      : `${more}另有 ${u.count} 个项目${u.field}未填，未参与排序。`
    : null;
  return {
    title: '查询结果',
    text: `${caption}\n${unranked ?? (table.total === 0 ? '没有符合条件的项目。' : more)}`,
    ...(table.total === 0 ? {} : { table: { columns: table.columns, rows: shown } }),
  };
}

/** Amounts read as 元 (an amount above 10 000 in a 万元 column with no unit), said plainly wherever used. */
export function guessedMoneySentence(table: AnswerTable): string | null {
  const g = table.guessedMoney;
  if (!g) return null;
  const more = g.count > g.names.length ? ` 等` : '';
  return `参与查询的项目中，有 ${g.count} 个项目的金额超过一万、按元换算为万元：${g.names.map((n) => `「${n}」`).join('、')}${more}（表上该栏单位为万元、未写单位，请核对原表）。`;
}

const cellText = (c: Cell) => (c === null || c === '' ? '（未填）' : String(c));

/**
 * 潞源街道2023年预算 / 大红门的项目执行数: amounts asked of several projects are listed, and their total is said too
 * (the same filters, summed in the database).
 */
async function moneyTotals(
  store: Store,
  query: PortfolioQuery,
  table: AnswerTable,
  viewer: Viewer,
): Promise<string | null> {
  const money = (query.select ?? []).filter((f) => FIELDS[f].kind === 'money') as NumericField[];
  if (!money.length || query.measures?.length || query.groupBy || query.limit || table.total < 2) return null;
  const sums = await executeQuery(
    store.sql,
    { filters: query.filters, measures: money.map((field) => ({ fn: 'sum' as const, field })) },
    viewer,
  );
  const row = sums.rows[0] ?? [];
  return `以上 ${table.atLeast ? `超过 ${table.total}` : table.total} 个项目${money
    .map((f, i) => `${FIELDS[f].label}合计 ${cellText(row[i] ?? null)} 万元`)
    .join('，')}。`;
}

/** A single figure (项目数、合计、平均) or one project's asked fields, said in the text as well. */
function valueSentence(query: PortfolioQuery, table: AnswerTable): string | null {
  if (query.measures?.length && !query.groupBy && table.rows.length === 1) {
    return table.columns.map((c, i) => `${c}：${cellText(table.rows[0]![i]!)}`).join('，');
  }
  if (query.select?.length && table.rows.length === 1 && table.total === 1) {
    const row = table.rows[0]!;
    // the fields asked: those after the name, office and year — and the office too when it was asked (X的主管部门)
    const labels = new Set(query.select.map((f) => FIELDS[f].label));
    const asked = table.columns
      .map((c, i) => [c, row[i]!] as const)
      .filter(([c], i) => i >= 3 || (i === 1 && labels.has(c)));
    return `「${row[0]}」（${row[2] ?? '年度未填'}年）：${asked.map(([c, v]) => `${c} ${cellText(v)}`).join('，')}`;
  }
  // 67270343这个号码是谁的 / 这几个项目的主管部门是哪个: one field asked of several projects that all hold the same value —
  // the value is the answer, said once (the list shows where it comes from).
  if (query.select?.length === 1 && !query.measures?.length && !table.atLeast && table.total > 1) {
    const at = table.columns.indexOf(FIELDS[query.select[0]!].label);
    const values = new Set(table.rows.map((r) => cellText(r[at] ?? null)));
    const [value] = values;
    if (at >= 0 && table.rows.length === table.total && values.size === 1 && value !== '（未填）')
      return `这 ${table.total} 个项目的${table.columns[at]}都是 ${value}。`;
  }
  return namedProjectsValues(query, table);
}

/**
 * 「基层党组织党建活动经费」在潞源和大红门均有申报，请分别说明两者的全年执行数: the fields asked of a few projects named in
 * the question, each project's said in the text (two of one name told apart by their office), as one project's are.
 */
function namedProjectsValues(query: PortfolioQuery, table: AnswerTable): string | null {
  const named = leaves(query.filters).some((f) => f.type === 'name' && f.field === 'projectName');
  if (!named || !query.select?.length || query.measures?.length || table.atLeast) return null;
  if (table.total < 2 || table.total > 5 || table.rows.length !== table.total) return null;
  const labels = new Set(query.select.map((f) => FIELDS[f].label));
  // (a money column is labelled with its unit: 全年执行数(万元))
  const asked = table.columns
    .map((c, i) => [c, i] as const)
    .filter(([c], i) => i >= 3 && labels.has(c.replace(/\(.*\)$/u, '')));
  if (!asked.length) return null;
  const sameName = new Set(table.rows.map((r) => String(r[0]))).size < table.rows.length;
  return `${table.rows
    .map((row) => {
      const who = sameName ? `「${row[0]}」（${row[1] ?? '主管部门未填'}）` : `「${row[0]}」`;
      return `${who}：${asked.map(([c, i]) => `${c} ${cellText(row[i] ?? null)}`).join('，')}`;
    })
    .join('；')}。`;
}

/**
 * A sum or an average over the projects asked about, when every figure came back empty: whether no project matched
 * (2026年的项目: none in the store) or the matched projects left the cell empty — never a table of "（未填）".
 */
async function nothingToAggregate(
  sql: Store['sql'],
  query: PortfolioQuery,
  table: AnswerTable,
  viewer: Viewer,
): Promise<string | null> {
  const measures = query.measures ?? [];
  if (!measures.length || query.groupBy || table.rows.length !== 1) return null;
  // 今年批了多少预算: a count beside the figures, 0, says the same as no figure at all.
  const row = table.rows[0]!;
  const counted = measures.findIndex((m) => m.fn === 'count');
  if (measures.every((m) => m.fn === 'count') || (counted >= 0 && Number(row[counted]) !== 0)) return null;
  if (row.some((c, i) => i !== counted && c !== null && c !== '')) return null;
  const found = await executeQuery(sql, { filters: query.filters, measures: [{ fn: 'count' }] }, viewer);
  const count = Number(found.rows[0]?.[0] ?? 0);
  return count === 0 ? '没有符合条件的项目，无从计算。' : `符合条件的 ${count} 个项目该栏都未填，无从计算。`;
}

/** Whether the message read alone orders by a figure it names, with every word placed. */
function standsAlone(text: string, vocab: Vocabulary, now: Date): boolean {
  const alone = parseQuestion(text, vocab, now.getFullYear());
  return !!alone.query?.order && alone.unplaced.length === 0 && alone.query.order.by !== undefined;
}

/** A project's identity in an answer table: its first columns are 项目名称, 主管部门, 年度. */
const rowKey = (row: Cell[]) => row.slice(0, 3).map(String).join('|');

/**
 * A yes/no question. About named projects (X的联系电话填了没有): each is looked up with the fields the condition
 * reads and said to meet it (是) or not (否) — the table shown is that lookup, so the evidence is there either way.
 * About the portfolio (有没有总分低于60的项目): 有 with how many, or 没有.
 */
async function answerYesNo(
  store: Store,
  query: PortfolioQuery,
  table: AnswerTable,
  viewer: Viewer,
  limit: number,
  year: number,
): Promise<{ sentence: string; table: AnswerTable } | null> {
  const split = splitYesNo(query, shownFields);
  if (!split) {
    if (query.measures?.length || query.groupBy) return null;
    const sentence =
      table.total === 0
        ? '没有。'
        : `有，${table.atLeast ? `超过 ${table.total}` : `共 ${table.total}`} 项。`;
    return { sentence, table };
  }
  const lookup = await executeQuery(store.sql, split.lookup, viewer, { limit, reportingYear: year });
  if (lookup.total === 0 || lookup.atLeast) return null;
  // Every project the lookup found is checked against the conditioned answer (a few projects: all in one page).
  const met = new Set(
    (await executeQuery(store.sql, query, viewer, { limit: lookup.total, reportingYear: year })).rows.map(
      rowKey,
    ),
  );
  const asked = split.conditions.map(filterText).join('，');
  const lines = lookup.rows.map((row) => {
    const evidence = lookup.columns
      .map((c, i) => [c, row[i]!] as const)
      .slice(3)
      .map(([c, v]) => `${c} ${cellText(v)}`)
      .join('，');
    return `「${row[0]}」（${row[2] ?? '年度未填'}年）${met.has(rowKey(row)) ? '是' : '否'}${evidence ? `：${evidence}` : ''}`;
  });
  return { sentence: `问「${asked}」：\n${lines.join('\n')}`, table: lookup };
}

/** A user without a department sees only their own uploads: every answer says so. */
function withUnboundNote(reply: Reply, viewer: Viewer, user: User): Reply {
  if (!viewer.isAdmin && !viewer.department) {
    reply.text = `${reply.text}\n（您尚未绑定部门，只统计您本人上传的项目。请管理员发送「绑定部门 您的用户号 部门名称」。您的用户号：${user.id}）`;
  }
  return reply;
}

/** Arithmetic on two figures (arithmetic.ts), tried only when the ordinary parser leaves words unplaced. */
/** A follow-up opening with a share or a ratio and no figure of its own on the left (占全部项目的几成, 相当于全部的几成). */
const SHARE_LEAD = /^(?:那|这|这些|它们|这个数|这个)?\s*(?=(?:占|相当于)\S)/u;
/** 占比多少 / 比例是多少 / 比重多大 alone: the share of the whole (占全部的比例), said without its whole. */
const BARE_SHARE =
  /^(?:那|这|那么)?(?:占比|所占比例|占的比例|比例|比重)(?:是|有)?(?:多少|几|多大|百分之几)(?:呢|啊|呀)?[\s？?。!！]*$/u;
/** The asking tail of a count or a total (有多少, 一共几个, 合计是多少). */
const FIGURE_ASKED =
  /(?:一共|总共|共)?(?:有|是)?(?:多少|几个|几项|几)(?:个|项|万元|元)?(?:呢|啊|呀)?[\s？?。!！]*$/u;

/**
 * 总分是100分的项目有多少 → 占全部项目的几成: the previous question, its asking tail taken off, is the left side of the
 * share (总分是100分的项目占全部项目的几成), read and computed as one question would be. Only after a plain count or total
 * (no grouping, ranking or computation of its own) asked whole — `read` parses its text to the query it was answered
 * with; null otherwise.
 */
function shareOfPrevious(
  text: string,
  previous: AskedQuestion,
  read: (text: string) => PortfolioQuery | null,
): string | null {
  const said = text.trim().replace(BARE_SHARE, '占全部的比例是多少');
  const lead = SHARE_LEAD.exec(said);
  if (!lead) return null;
  const left = figureAskedBefore(previous, read);
  return left === null ? null : `${left}${said.slice(lead[0].length)}`;
}

/**
 * The words of the previous question for its set and figure, its asking tail taken off (总分是100分的项目有多少 →
 * 总分是100分的项目), when it was a plain count or total asked whole; null otherwise.
 */
function figureAskedBefore(
  previous: AskedQuestion,
  read: (text: string) => PortfolioQuery | null,
): string | null {
  const q = previous.query;
  if (previous.arith || q.groupBy || q.limit || q.order || !q.measures?.length) return null;
  if (!q.measures.every((m) => m.fn === 'count' || m.fn === 'sum')) return null;
  const tail = FIGURE_ASKED.exec(previous.text);
  if (!tail) return null;
  const left = previous.text.slice(0, tail.index).trim();
  // A previous follow-up (那2020年的有几个) says only part of what it asked: its text alone is another question.
  if (!left || JSON.stringify(read(previous.text)) !== JSON.stringify(q)) return null;
  return left;
}

/** 其中大红门的占多少 after 总分低于100分的项目有几个: the part's share of the set just counted (share-within.ts). */
function shareWithinCounted(
  message: string,
  previous: AskedQuestion,
  read: (text: string) => PortfolioQuery | null,
): string | null {
  if (!previous.query.measures?.every((m) => m.fn === 'count')) return null;
  const set = figureAskedBefore(previous, read);
  return set === null ? null : shareWithinPrevious(message, set);
}

async function arithmeticReply(
  store: Store,
  text: string,
  vocab: Vocabulary,
  viewer: Viewer,
  now: Date,
  earlier: Filter[] | null = null,
  earlierAmount: NumericField | null = null,
): Promise<{ reply: Reply; arith: ArithQuery | null } | null> {
  const plain = parseQuestion(text, vocab, now.getFullYear());
  const whole = !!plain.query && plain.unplaced.length === 0;
  // Read whole, the ordinary parser may still have misread an arithmetic question: a unit the answer is wanted in
  // (以千元为单位) taken as an amount to filter by, or a word of the computation corrected into a field
  // (扣掉晨光路… → 扣掉分). Arithmetic is tried then too, and wins when it needs no correction itself.
  const unitWanted = unitAsked(text.replace(/[\s？?。.！!]+$/u, '')).unit !== null;
  // (平均每个负责人的全年预算: read whole as the projects' mean, it is the mean over the people of their totals)
  if (
    whole &&
    !unitWanted &&
    !plain.corrected.length &&
    !asksAmountOfComparison(text) &&
    !meanOfGroupsSaid(text)
  )
    return null;
  const read = parseArithmetic(text, vocab, now.getFullYear());
  // (an amount asked with no field, which the ordinary reading took as the same field — 「多少钱」按「全年预算数」 — is
  // no reason to prefer that reading; a typo both corrected is: 执形率不足100% stays a bound, never a computation)
  const ownCorrections = read?.corrected.filter(
    ([said, as]) => !/多少|几/u.test(said) || !plain.corrected.some(([s, a]) => s === said && a === as),
  );
  if (!read || (whole && ownCorrections!.length)) return null;
  // X调增了多少，调增幅度是百分之几: a later ask of the message naming no projects computes over the earlier's.
  const scoped = earlier ? withEarlierScope(read, earlier, text) : read;
  const parsed = earlierAmount ? withEarlierAmount(scoped, earlierAmount) : scoped;
  // 双井两个项目一共执行了多少元: the count said is checked against the projects of the figures, as in an ordinary
  // question, before anything is computed. It may be said of either side (潞源全年预算扣掉X和Y这两个以后): one
  // figure over that many projects is enough.
  const said = countSaid(text);
  const figures = [parsed.query.left, parsed.query.right].flatMap((o) => (o.kind === 'figure' ? [o] : []));
  if (said !== null && said > 1 && figures.length && !parsed.query.groupBy) {
    const found = await Promise.all(
      figures.map((f) => executeQuery(store.sql, { filters: f.filters }, viewer, { limit: 10 })),
    );
    // …那两个免费开放补助，市级的比区级的: the count may be of the two sides together, one project each.
    const together = found.length === 2 && found[0]!.total + found[1]!.total === said;
    if (!found.some((f) => f.total === said) && !together) {
      const names = found[0]!.rows.map((row) => String(row[0] ?? ''));
      const text = countMismatchText(said, { filters: figures[0]!.filters }, names, found[0]!.total);
      return { reply: { text }, arith: null };
    }
  }
  const reply = await answerArithmetic(store, parsed, viewer);
  const corrections = parsed.corrected.map(([a, b]) => `「${a}」按「${b}」理解`).join('，');
  if (corrections && reply.text) reply.text = reply.text.replace(/\n/, `（${corrections}）\n`);
  // An answer without a table computed nothing (no data, a divisor of 0): nothing to follow up on.
  return { reply, arith: reply.table ? parsed.query : null };
}

/**
 * 大红门的项目花了多少钱，合多少亿: a later ask that names no amount (合多少亿 / 折合多少元) is the amount the ask before it
 * added up — the field the arithmetic had taken for want of one (「多少亿」按「全年预算数」理解) is that amount instead.
 */
function withEarlierAmount(parsed: ArithParsed, amount: NumericField): ArithParsed {
  const defaulted = parsed.corrected.filter(([, as]) => as === FIELDS.annualBudget.label);
  if (!defaulted.length || amount === 'annualBudget') return parsed;
  const swap = (o: Operand): Operand =>
    o.kind === 'figure' && o.measure.field === 'annualBudget'
      ? { ...o, measure: { ...o.measure, field: amount } }
      : o;
  const { left, right } = parsed.query;
  return {
    query: { ...parsed.query, left: swap(left), right: swap(right) },
    corrected: parsed.corrected.filter((c) => !defaulted.includes(c)),
  };
}

/** 平均一个是多少 / 平均每个多少: the mean asked with nothing named. */
const BARE_MEAN =
  /^(?:那|那么|然后|再)?(?:平均|平均下来|平均算)(?:每个|一个|每项|每个项目|一个项目|下来)?(?:是|有|能有)?(?:多少|几)(?:万元|万|元)?(?:呢)?$/u;

/**
 * …全年执行数一共多少，然后平均一个是多少: the mean of the amount the ask before added up, over its projects — asked
 * with nothing named, 平均 had been read alone (not understood).
 */
function meanOfTheTotal(ask: string, previous: AskedQuestion | null): string | null {
  if (!previous || !BARE_MEAN.test(ask.replace(/[\s？?。.！!]+$/u, ''))) return null;
  const ms = previous.query.measures ?? [];
  const field = ms.length === 1 && ms[0]!.fn === 'sum' ? ms[0]!.field : undefined;
  return field ? `平均每个项目的${FIELDS[field].label}是多少` : null;
}

/** The one amount an earlier ask added up (花了多少钱: 全年执行数), or null. */
function earlierAmountOf(previous: AskedQuestion): NumericField | null {
  const ms = previous.arith ? [] : (previous.query.measures ?? []);
  const [m] = ms;
  return ms.length === 1 && m?.fn === 'sum' && m.field && FIELDS[m.field].kind === 'money' ? m.field : null;
}

/** The projects an earlier ask of the message was about: its filters, or those of its computation's first figure. */
function earlierScope(previous: AskedQuestion): Filter[] {
  const left = previous.arith?.left;
  return previous.arith ? (left?.kind === 'figure' ? left.filters : []) : previous.query.filters;
}

/**
 * The query a later ask of the message goes on from. After a computation over one set of projects (潞源的项目整体执行率
 * 是多少？还剩多少钱没花 — 执行数合计 ÷ 预算数合计 of 潞源), those projects; its stored query is empty and the later ask
 * had been answered over every form. A computation between two sets (潞源比大红门多多少) leaves none.
 */
function earlierQueryOf(previous: AskedQuestion): PortfolioQuery {
  const arith = previous.arith;
  if (!arith) return previous.query;
  const { left, right } = arith;
  const oneSet =
    left.kind === 'figure' &&
    (right.kind !== 'figure' || JSON.stringify(right.filters) === JSON.stringify(left.filters));
  return { filters: oneSet ? left.filters : [] };
}

/**
 * A computation whose figures name no projects, asked after another ask in one message (…调增了多少，调增幅度是百分之几):
 * over the earlier ask's projects, as an ordinary later ask is (multi-ask.ts laterAsk); not when it says 全部 / 所有.
 */
function withEarlierScope(parsed: ArithParsed, earlier: Filter[], text: string): ArithParsed {
  const { left, right } = parsed.query;
  const figures = [left, right].filter((o) => o.kind === 'figure');
  if (!earlier.length || !figures.length || figures.some((o) => o.filters.length) || ALL_WORDS.test(text))
    return parsed;
  const scoped = (o: Operand): Operand => (o.kind === 'figure' ? { ...o, filters: earlier } : o);
  return { ...parsed, query: { ...parsed.query, left: scoped(left), right: scoped(right) } };
}

/**
 * The ordinary reading uses a field of the project the question names in full (满意度指标分值是10分 →
 * satisfactionWeight; 满意度得分为0): that field is what is asked, not the rows it adds up. Short words (得分, 分值,
 * 总分) name a row's cells as well and do not count.
 */
function namesOwnField(query: PortfolioQuery, text: string): boolean {
  const said = normalise(text).replace(/\s+/g, '');
  const used = [
    ...leaves(query.filters).flatMap((f) => ('field' in f ? [f.field] : [])),
    ...(query.select ?? []),
    ...(query.measures ?? []).flatMap((m) => (m.field ? [m.field] : [])),
    ...(query.order && typeof query.order.by === 'string' ? [query.order.by] : []),
  ];
  return used.some((f) =>
    FIELDS[f as keyof typeof FIELDS]?.words.some((w) => w.length >= 4 && said.includes(w)),
  );
}

/**
 * The forms a question about indicator rows is over; null when the message is no such question.
 * - Not a follow-up: every form, or those the ask before it in the same message was read over (rows or projects).
 * - 它们扣分的指标有几条 / 这些项目里满意度指标有几条 after a question about projects: the rows of those projects. It used
 *   to be read as a follow-up of projects only, and answered with the number of projects. A previous question that
 *   took the first N of an order or grouped its projects has no set its filters alone give back: left as before.
 */
function rowScopeOf(
  followUp: FollowUpReading,
  previous: AskedQuestion | null,
  earlier: Filter[] | null,
): { scope: Filter[]; follows: boolean } | null {
  if (!followUp.how) return { scope: earlier ?? [], follows: false };
  if (followUp.how !== 'refer' && followUp.how !== 'narrow') return null;
  const q = previous?.query;
  if (!q || q.limit || q.groupBy || previous.arith) return null;
  return { scope: q.filters, follows: true };
}

/**
 * A question about indicator rows (row-question.ts): when it names rows plainly (几条指标, 三级指标, X这个指标, 年度指标值,
 * 时效指标) or the ordinary parser leaves words of a question about 指标 unplaced. The rest of the question is the
 * forms' scope, parsed as usual; a word it cannot place is reported and nothing is queried.
 */
/** Checks of a whole form that are said with the word 指标: answered by the forms, never by their rows. */
const ROWS_CHECKS: ReadonlySet<FindingCode> = new Set([
  // (满分了还写了偏差原因: a reason is words — 无 / 不适用 are none, as the check reads them; the rows' reading counts
  // any cell written)
  'DEVIATION_ON_FULL_SCORE',
  'WEIGHT_SUM',
  'LEVEL1_WEIGHTS_NONSTANDARD',
  'INDICATOR_SCORE_DIFFERS',
  'QUAL_SCORE_OUT_OF_BAND',
  'REVERSE_SCORED_AS_POSITIVE',
  'OVER_ACHIEVEMENT',
]);

/** A kind of indicator row said in a question (满意度得了几分). */
const ROW_KIND_SAID = new RegExp(ROW_KIND, 'u');

/** 其中 / 这些当中 / 里面 opening an ask: among what the ask before found. */
const AMONG_THEM = /^\s*(?:其中|这些(?:项目)?(?:当中|中间|里面|里)|里面|当中)[，,]?\s*/u;

/** 涉及的项目 / 对应的项目 / 这些项目: the projects of what was just answered. */
const PROJECTS_OF_THOSE = /(?:涉及|对应|相关|上述|以上|这些|那些)(?:到)?(?:的)?(?:项目|表)/u;

/** The most projects a row answer's list leaves to follow up on: a longer list is rather asked again. */
const LISTED_TO_FOLLOW = 50;

/**
 * 河门口哪些项目设了生态效益指标 → 这些里面满意度指标扣了分的是哪几个: a row answer listing projects (each with its rows
 * counted, all of them shown) leaves those projects to follow up on, by their names — any other row answer nothing.
 */
function listedProjectsAsked(reply: Reply, text: string, now: Date): AskedQuestion | null {
  const table = reply.table;
  if (table?.columns[0] === '项目名称' && table.columns.includes('三级指标'))
    return oneProjectsRows(table, text, now);
  if (table?.columns[0] !== '项目名称' || !table.columns.includes('符合的指标条数')) return null;
  const names = [...new Set(table.rows.map((row) => String(row[0] ?? '')).filter(Boolean))];
  const shownAll = new RegExp(`共 ${table.rows.length} 项`, 'u').test(reply.text ?? '');
  if (!names.length || names.length > LISTED_TO_FOLLOW || !shownAll) return null;
  return {
    query: {
      filters: [
        {
          type: 'name',
          field: 'projectName',
          term: names.length === 1 ? names[0]! : listedBefore(names.length),
          values: names.map((n) => n.replace(/\s+/gu, '')),
        },
      ],
    },
    text: text.trim().slice(0, REMEMBERED_LENGTH),
    at: now.toISOString(),
    pointedOnly: true,
  };
}

/**
 * 习风园改造项目 哪些指标扣分了 → 一共扣了几分: rows listed of one project only leave that project as what the next
 * question is about, as a lookup of it would (several projects' rows leave nothing: which one would be meant).
 */
function oneProjectsRows(
  table: Pick<AnswerTable, 'columns' | 'rows'>,
  text: string,
  now: Date,
): AskedQuestion | null {
  const names = new Set(table.rows.map((row) => String(row[0] ?? '')));
  const years = new Set(table.rows.map((row) => String(row[table.columns.indexOf('年度')] ?? '')));
  const [name] = names;
  if (names.size !== 1 || years.size !== 1 || !name) return null;
  return {
    query: {
      filters: [{ type: 'name', field: 'projectName', term: name, values: [name.replace(/\s+/gu, '')] }],
    },
    text: text.trim().slice(0, REMEMBERED_LENGTH),
    at: now.toISOString(),
    project: name,
    rowsOfOne: true,
  };
}

/**
 * 离休干部那个项目有几条指标 → 得分分别多少: rows counted over one project named leave it, as its rows listed do
 * (oneProjectsRows). Counted over anything wider, nothing.
 */
function oneProjectCounted(scope: Filter[], text: string, now: Date): AskedQuestion | null {
  const [only] = scope;
  if (scope.length !== 1 || only?.type !== 'name' || only.field !== 'projectName' || only.negate) return null;
  if (only.values?.length !== 1) return null;
  return {
    query: { filters: [only] },
    text: text.trim().slice(0, REMEMBERED_LENGTH),
    at: now.toISOString(),
    project: only.values[0]!,
    rowsOfOne: true,
  };
}

/** A filter of where the projects are (office, person, project, year), not of what is asked about them. */
const ofScope = (f: Filter): boolean =>
  (f.type === 'name' && !f.negate) ||
  (f.type === 'compare' && f.field === 'year' && f.op === '=') ||
  (f.type === 'any' && f.filters.every(ofScope));

/**
 * 发改委8张表，哪几张需退回修改: the count said is of the office's forms, the scope the condition then selects from —
 * the projects of the scope alone are that many.
 */
async function restatesScope(
  store: Store,
  query: PortfolioQuery,
  said: number,
  viewer: Viewer,
): Promise<boolean> {
  const scope = query.filters.filter(ofScope);
  if (!scope.length || scope.length === query.filters.length) return false;
  const inScope = await executeQuery(store.sql, { filters: scope }, viewer, { limit: 1 });
  return inScope.total === said;
}

/** A filter (or one of an either-or) selecting forms by one of those checks. */
function asksRowsCheck(filters: Filter[]): boolean {
  return leaves(filters).some((l) => l.type === 'finding' && l.codes.some((c) => ROWS_CHECKS.has(c)));
}

/**
 * The rows' reading of an ask, its remarks (我想跟别的街道比一比, 审计可能会问到) set aside first as the ordinary parser
 * sets them aside, and said back in the echo (left in, they had turned a count of rows into a count of projects).
 */
async function rowQuestionReply(store: Store, asked: string, ...rest: RowReplyArgs): Promise<Reply | null> {
  const remarks = setAsideRemarks(asked);
  if (!remarks.setAside.length) return rowQuestionReplyOf(store, asked, ...rest);
  const reply = await rowQuestionReplyOf(store, remarks.text.replace(/\s{2,}/gu, ' ').trim(), ...rest);
  const note = `（${remarks.setAside.map((w) => `「${w.trim()}」`).join('')}是交代背景，不作筛选）`;
  return reply?.text ? { ...reply, text: reply.text.replace(/\n|$/u, (end) => `${note}${end}`) } : reply;
}

type RowReplyArgs = [
  vocab: Vocabulary,
  viewer: Viewer,
  now: Date,
  rowLimit: number,
  earlier?: { scope: Filter[]; follows?: boolean; keep(scope: Filter[], term: string | null): void },
];

async function rowQuestionReplyOf(
  store: Store,
  text: string,
  vocab: Vocabulary,
  viewer: Viewer,
  now: Date,
  rowLimit: number,
  earlier?: { scope: Filter[]; follows?: boolean; keep(scope: Filter[], term: string | null): void },
): Promise<Reply | null> {
  // 四级指标 / 填报人: a level or a role the forms do not have is reported by the ordinary reading (refusals.ts), never
  // read around as rows.
  if (refusedWords(text).length) return null;
  const plain = parseQuestion(text, vocab, now.getFullYear());
  const plainClean = !!plain.query && plain.unplaced.length === 0;
  // 一级指标分值加起来不对的 / 超额完成太多的指标: a check of the form said with 指标 (the rows' weights added up, their
  // scores against the rules) is the form's own check, read whole by the ordinary parser — not every row of the forms
  // that have it (the row reading took 一级指标 / 指标 for the rows asked).
  if (plainClean && asksRowsCheck(plain.query!.filters)) return null;
  let q = readRowQuestion(text, plainClean, plainClean && namesOwnField(plain.query!, text));
  if (!q && plain.query && plain.unplaced.length === 0) {
    // 设了群众满意度指标的项目: the plain reading took 群众 as a piece of some project names; when the words before 指标
    // name a row the store has, the row is what is meant.
    const loose = readRowQuestion(text, false);
    const piece = plain.names.some(
      (n) =>
        n.match.field === 'projectName' &&
        n.match.how === 'contains' &&
        !!loose?.term &&
        loose.term !== n.term &&
        loose.term.includes(n.term),
    );
    if (loose?.term && piece && (await someRowNamed(store.sql, loose.term, viewer))) q = loose;
  }
  if (!q) return null;
  // “…管控项目”中生态效益指标: the row's name as read opens with where it is (中 / 里 / 的 after the project's name and its
  // closing quote) — the place's word, not the row's.
  if (q.term) q.term = q.term.replace(ROW_PLACE_WORD, '') || q.term;
  // 群防群治那个偏差原因写的啥: 那个 / 这个 after the words points at a project (a row is 那条 / 这条) when a project's name
  // holds them — that project's rows, never rows of that name in other projects.
  const pointed = q.term ? normalise(text).replace(`${q.term}那个`, `${q.term}那个项目`) : null;
  if (
    q.term &&
    pointed !== normalise(text) &&
    !normalise(text).includes(`${q.term}那个指标`) &&
    someNameContains(vocab.projectName, q.term)
  ) {
    const project = readRowQuestion(pointed!, false);
    if (project && !project.term) q = project;
  }
  // 河门口指标扣分合计: the words before 指标 are a place or an office the store has — its forms' rows, not rows whose
  // name happens to hold them (a clerk names a row by its own words; one row's name held 河门口).
  const office = q.term
    ? plain.names.some(
        (n) => n.term === q!.term && (n.match.field === 'department' || n.match.field === 'implementingUnit'),
      )
    : false;
  if (office && normalise(text).includes(`${q.term}指标`)) {
    const scoped = readRowQuestion(normalise(text).replace(`${q.term}指标`, `${q.term}的指标`), plainClean);
    if (scoped && !scoped.term) q = scoped;
  }
  // 项目完成率这个指标: a row named with 项目 in front (the reading stops at 项目, which usually ends a project's name)
  // (Not when that 项目 ends the project's name said right before: 通州区“经济大脑”服务项目成本指标 is its 成本指标.)
  const restTail = q.rest?.trim().split(/\s+/u).at(-1) ?? '';
  const endsName = (t: string) =>
    plain.names.some(
      (n) =>
        n.match.field === 'projectName' &&
        (normalise(text).includes(`${n.term}${n.term.endsWith('项目') ? '' : '项目'}${t}`) ||
          // (“经济大脑”服务项目成本指标: the one project named, whose name ends in 项目, said right before the row)
          (n.match.values.length === 1 &&
            n.match.values[0]!.endsWith('项目') &&
            normalise(text).includes(`${n.match.values[0]!.slice(-4)}${t}`))),
    ) ||
    (restTail.length >= 2 && someNameContains(vocab.projectName, `${restTail}项目`));
  if (
    q.term &&
    normalise(text).includes(`项目${q.term}`) &&
    !endsName(q.term) &&
    // (东门里那个项目成本指标: 项目 after a pointer is the project pointed at)
    !normalise(text).includes(`那个项目${q.term}`) &&
    !normalise(text).includes(`这个项目${q.term}`) &&
    (await someRowNamed(store.sql, `项目${q.term}`, viewer))
  )
    q.term = `项目${q.term}`;
  // 疏整促专班经费产出指标: a kind of row run into the project's name before it (read as one name by similarity) —
  // the project, found as said, and the kind.
  const kindAfter = q.term ? kindAfterProject(q.term, vocab) : null;
  if (kindAfter && !(await someRowNamed(store.sql, q.term!, viewer))) {
    q.term = kindAfter.kind;
    q.rest = `${kindAfter.project} ${q.rest}`;
  }
  // “2023年接诉即办奖励金”满意度指标: the end of a project's name (its year read apart) and the closing quote, run
  // together with the row's name — the project is the scope, the rest the row.
  const tail = q.term ? projectTailOf(q.term, plain.names) : null;
  if (tail && !(await someRowNamed(store.sql, q.term!, viewer))) {
    q.term = tail.row;
    q.rest = `${tail.project} ${q.rest}`;
  }
  // A project or place the ordinary parser named, run together with the row's name (政法委以奖代补奖励时效指标): the
  // scope, unless some row is named with it.
  for (const n of plain.names) {
    // 统计所经费的实际完成值都是多少: the whole run the row reading took for a row's name is a project's, found
    // exactly — the project's rows, unless some row is named so.
    if (
      q.term === n.term &&
      n.match.field === 'projectName' &&
      n.match.how !== 'similar' &&
      q.columns.length &&
      !(await someRowNamed(store.sql, q.term, viewer))
    ) {
      q.term = null;
      q.rest = `${n.term} ${q.rest}`;
      break;
    }
    if (!q.term?.includes(n.term) || q.term === n.term) continue;
    if (await someRowNamed(store.sql, q.term, viewer)) break;
    // 统计所经费里聘用统计调查员的实际完成值: where the row is (里 / 的) goes with the project
    // (请问“X项目”参与人数: the words before the project's name ask, and go with it.)
    const at = q.term.indexOf(n.term);
    const before = q.term.slice(0, at);
    q.term =
      q.term
        .slice(at + n.term.length)
        .replace(AFTER_PROJECT_NAME, '')
        .trim() || null;
    q.rest = `${before} ${n.term} ${q.rest}`;
  }
  // 2023年下沉协管员经费里协管员人数这个指标: where the row lies (…里 / …中), run together with its name — the row is
  // named by the words after it when no row holds the whole run and some row holds those.
  const inside = q.term ? rowInsidePlace(q.term) : null;
  if (
    inside &&
    !(await someRowNamed(store.sql, q.term!, viewer)) &&
    (await someRowNamed(store.sql, inside.row, viewer))
  ) {
    q.term = inside.row;
    q.rest = `${inside.place} ${q.rest}`;
  }
  // A word the ordinary parser could not place inside the row's name: part of the name when some row is named so
  // (群众满意度), else not (青龙湖镇满意度指标: an unknown place before the level) — it goes back to the scope, where
  // it is reported.
  for (const word of plain.unplaced) {
    if (!q.term?.includes(word) || (await someRowNamed(store.sql, q.term, viewer))) continue;
    q.term = q.term.replace(word, '').trim() || null;
    q.rest = `${word} ${q.rest}`;
  }
  // Named with no word of 指标 (社工办单奖励实际完成多少) or as the budget row is (资金总额那条指标): a row question only
  // when the store has a row of that whole name (not a piece of one: 年度目标实际完成了什么 is the goals' cell); else
  // the other readings are tried.
  // (Or, of a project named in the question, by four characters or more of the row's own words — 电动自行车防雨棚建了
  // 多少 — which no cell of the form is named by: 年度目标实际完成了什么 stays the goals' cell. Such a row must be one
  // of that project's own: the name may resolve to another project than the one meant.)
  if (q.rest) q.rest = namesKeptWhole(q.rest, plain.names);
  const rest = q.rest ? parseQuestion(q.rest, vocab, now.getFullYear()) : null;
  const projectScope = rest?.query && !rest.unplaced.length ? rest.query.filters : null;
  const ofNamedProject =
    !!q.term &&
    q.term.length >= 4 &&
    !namesFormCell(q.term) &&
    !!projectScope &&
    plain.names.some((n) => n.match.field === 'projectName' && n.match.how !== 'similar') &&
    (await someRowNamed(store.sql, q.term, viewer, false, projectScope));
  if (q.unmarked && !ofNamedProject && !(q.term && (await someRowNamed(store.sql, q.term, viewer, true))))
    return null;
  if (q.budgetWord && !(q.term && (await someRowNamed(store.sql, q.term, viewer, true)))) return null;
  if (rest?.unplaced.length) {
    // Not understood as a row question either: when the plain reading has words left too, the question may be of
    // another shape (百分之几的项目没有设置满意度指标 is arithmetic); those paths come next, and report what nobody placed.
    // A row question beyond doubt (a number or words in the row's cells, its place or its level said) reports its
    // own words left over; else the ordinary reading is tried: whole (效益指标 missing 的 projects), it is answered,
    // and when it has words left too, the paths after this one report what nobody placed.
    const surely = q.cells?.some(onlyOfRows) || q.position !== undefined || !!q.within?.length;
    if (!surely) return null;
    return unplacedReply({ ...rest, by: 'rules' });
  }
  // An order, a ranking or a grouping of the scope's reading (按街道数一数, 得分最低 of the forms) has no place in the
  // rows' answer: said, never dropped (was: answered as if not asked).
  const unused = rest?.query ? rankingOrGrouping(rest.query) : null;
  // …的项目里，哪个全年预算最大 / 按街道数一数各几个项目: the projects having such rows, ranked, grouped or added up as
  // any projects are — the rows asked of nothing but their being there (no column, no count of rows per form).
  const ofForms =
    !!unused &&
    !q.absent &&
    !q.perForm &&
    (q.output === 'projects' ||
      q.output === 'countProjects' ||
      (q.output === 'rows' && !q.columns.length && q.position === undefined));
  // 质量指标平均得分: 得分 right after 指标 is the rows' score, which the forms' reading took as 总分 (an average of the
  // rows' scores is not a figure the rows' answer gives): said, never answered as the forms' 总分.
  const rowsScore =
    ofForms &&
    !/总分/u.test(text) &&
    /指标[^，,。？?]{0,4}平均(?:的)?得分|指标(?:的)?得分(?:的)?平均/u.test(text) &&
    !!rest?.query?.measures?.some((m) => m.fn === 'avg' && m.field === 'totalScore');
  if ((unused && !ofForms) || rowsScore)
    return {
      text: `问题里的${unused}用不到指标行上（按指标行只能列出、计数、合计、找扣分最多或得分/分值最高最低的指标），未作查询。请换个说法，例如分开问。`,
    };
  // 被扣过分的三级指标有多少条: rows that lost points, which the scope's reading took as a condition of the form
  // (a form with some row that lost points) — every row of such forms was counted.
  const own = rowsLostOfForm(q, rest?.query?.filters ?? []);
  // A later ask of one message: the forms the ask before it was about (multi-ask.ts); a follow-up (它们…): the
  // previous question's projects, narrowed by what this one says of its own.
  const filters = earlier?.follows
    ? [...earlier.scope, ...own]
    : earlier
      ? rowScopeOfLater(earlier.scope, own, text)
      : own;
  earlier?.keep(filters, q.term);
  if (ofForms && rest?.query)
    return formsWithRows(store, q, { ...rest.query, filters }, viewer, now, rowLimit);
  // 双井两个疫情防控项目，…那条指标: the count restating the scope is checked against the projects found, as for a
  // question about the projects themselves.
  const n = scopeCount(text);
  if (n !== null && n > 1 && filters.length) {
    const found = await executeQuery(store.sql, { filters }, viewer, { limit: 10 });
    if (found.total !== n) {
      const names = found.rows.map((row) => String(row[0] ?? ''));
      return { text: countMismatchText(n, { filters }, names, found.total) };
    }
  }
  // 满意度指标的得分都是满分吗: asked of every such row, answered 是 or 否 with the rows that lost points — never the
  // rows that meet it, which answers another question (all-of.ts, for projects).
  if (
    q.score === 'full' &&
    (q.output === 'rows' || (q.every && q.output === 'projects')) &&
    !q.perForm &&
    readYesNo(normalise(text)).all
  ) {
    const { every: _every, ...rows } = q;
    const lost = await answerRows(
      store.sql,
      { ...rows, score: 'lost', output: 'rows' },
      filters,
      viewer,
      rowLimit,
    );
    if (lost.unplaced?.length) return lost;
    const head = lost.table?.rows.length
      ? '否，下面这些指标没有拿满分（得分低于分值）：'
      : '是，这些指标都拿了满分。';
    return { ...lost, text: `${head}\n${lost.text ?? ''}` };
  }
  return answerRows(store.sql, q, filters, viewer, rowLimit);
}

/** The projects having such rows, ranked, grouped or added up by the ordinary executor (row-answer.ts rowsCondition). */
async function formsWithRows(
  store: Store,
  q: RowQuestion,
  query: PortfolioQuery,
  viewer: Viewer,
  now: Date,
  rowLimit: number,
): Promise<Reply> {
  const condition = await rowsCondition(store.sql, q);
  if ('reply' in condition) return condition.reply;
  const table = await executeQuery(store.sql, query, viewer, {
    limit: rowLimit,
    reportingYear: reportingYear(now),
    rows: condition.where,
  });
  const scope = describeQuery(query).replace(/^查询：/u, '');
  const caption = scope.startsWith('全部项目；')
    ? `${condition.caption}的项目；${scope.slice('全部项目；'.length)}`
    : `${condition.caption}的项目中，${scope}`;
  const said = [
    caption,
    derivedFormulaSentence(query),
    valueSentence(query, table),
    guessedMoneySentence(table),
  ];
  return tableReply(table, said.filter(Boolean).join('\n'), rowLimit);
}

/** What the scope's reading asks beyond conditions, in plain words (null: only conditions and a count). */
function rankingOrGrouping(query: PortfolioQuery): string | null {
  if (query.groupBy || query.per) return '分组统计（按…分、各…）';
  if (query.order || query.limit || query.offset) return '排序（最高、最低、前几名）';
  if (query.measures?.some((m) => m.field)) return '对项目的合计或平均';
  return null;
}

/** A scope condition "the form has a row that lost points" said of the rows asked is the rows' own condition. */
function rowsLostOfForm(q: RowQuestion, filters: Filter[]): Filter[] {
  const lost = filters.findIndex(
    (f) => f.type === 'compare' && f.field === 'rowsBelowWeight' && f.op === '>' && f.value === 0,
  );
  if (lost < 0 || (q.score && q.score !== 'lost')) return filters;
  q.score = 'lost';
  return filters.filter((_, i) => i !== lost);
}

/**
 * 河门口和双井各有几个项目: the figure of each alternative on its own line and in one table (a row per alternative),
 * never one figure over their union.
 */
async function perAlternativeReply(
  store: Store,
  each: NonNullable<ReturnType<typeof perAlternative>>,
  viewer: Viewer,
  now: Date,
  asked = '',
  yearsHeld?: number[],
): Promise<Reply> {
  const lines: string[] = [];
  const rows: string[][] = [];
  const figures: Array<[string, number | null]> = [];
  let columns: string[] = [];
  for (const { leaf, query } of each) {
    const ranking = !query.measures?.length;
    const table = await executeQuery(store.sql, query, viewer, {
      limit: ranking ? CHAT_ROWS : 1,
      reportingYear: reportingYear(now),
    });
    columns = table.columns;
    // The asker's own word for the alternative (潞源, 韩梅); the lines above say how it was matched.
    const terms = new Set(leaves([leaf]).map((f) => (f.type === 'name' && !f.negate ? f.term : null)));
    const term = terms.size === 1 ? [...terms][0] : null;
    const label = term ?? filterText(leaf);
    if (ranking) {
      // 各自预算最大的项目: each alternative's own ranked projects, its projects listed under it.
      for (const r of table.rows) rows.push([label, ...r.map(cellText)]);
      const listed = table.rows.map((r) => `「${cellText(r[0] ?? null)}」`).join('、');
      lines.push(`${describeQuery(query)}\n→ ${listed || '没有符合条件的项目'}`);
      continue;
    }
    const row = (table.rows[0] ?? table.columns.map(() => null)).map(cellText);
    rows.push([label, ...row]);
    const first = table.rows[0]?.[0];
    figures.push([label, first === null || first === undefined || first === '' ? null : Number(first)]);
    const guessed = guessedMoneySentence(table);
    lines.push(
      `${describeQuery(query)}\n→ ${table.columns.map((c, i) => `${c}：${row[i]}`).join('，')}${guessed ? `\n${guessed}` : ''}`,
    );
  }
  // 哪个的执行数多？分别是多少: which is the larger (or smaller) said after the figures, from the first of them.
  const which = asked.match(WHICH_ASKED);
  const known = figures.filter((f): f is [string, number] => f[1] !== null && Number.isFinite(f[1]));
  if (which && known.length >= 2 && columns.length) {
    const low = /[少低小]/u.test(which[1]!);
    const best = Math.max(...known.map(([, v]) => (low ? -v : v))) * (low ? -1 : 1);
    const at = known.filter(([, v]) => v === best).map(([l]) => `「${l}」`);
    lines.push(
      at.length === known.length
        ? `${columns[0]}：各项相同。`
        : `${columns[0]}${low ? '较低' : '较高'}的是${at.join('、')}。`,
    );
  }
  // 去年和今年各有几个项目: a year the store holds no forms of is said, not left a bare 0.
  const held = yearsHeldNote(
    each.map((e) => e.leaf),
    yearsHeld,
  );
  if (held) lines.push(held);
  return {
    title: '查询结果',
    text: `分别统计，各算各的，不合并计算：\n${lines.join('\n')}`,
    table: { columns: ['范围', ...columns], rows },
  };
}

/** 哪个的执行数多 / 谁负责的预算合计少: which of the alternatives is asked, and in which direction. */
const WHICH_ASKED = /(?:谁|哪个|哪一个|哪家|哪边|哪方)[^，,。？?！!]{0,14}?(多|高|大|少|低|小)/u;

/** Arithmetic words, as the lexicon holds them: a question that needs such a sum is told what can be asked. */
const ARITHMETIC = new Set(Object.values(ARITH_WORDS).flat());

function unplacedReply(u: Understood): Reply {
  const got = u.query ? `\n已看懂的部分：${describeQuery(u.query).replace(/^查询：/, '')}。` : '';
  const arithmetic = u.unplaced.filter((w) => ARITHMETIC.has(w.toLowerCase()));
  const why = arithmetic.length
    ? `问题里的${arithmetic.map((w) => `「${w}」`).join('')}要做加减乘除，但没有看懂是哪两个数相算（能算的是两组项目的项目数、合计或平均之间的差额、和、倍数、占比，以及结余＝全年预算数−全年执行数、预算调整数＝全年预算数−年初预算数、得分率＝总分÷总分值）。`
    : '';
  const rest = u.unplaced.filter((w) => !arithmetic.includes(w));
  const notKnown = rest.length
    ? `问题里的${rest.map((w) => `「${w}」`).join('')}没有看懂（库里也没有这样的部门、单位、负责人或项目名称），`
    : '';
  return {
    text: `${why}${notKnown}为免答错范围，未作查询。${got}\n请换个说法再问${rest.length ? '，例如写全部门或项目名称' : ''}。\n${QUESTION_HELP}`,
    unplaced: u.unplaced,
  };
}

/**
 * The project at a place of the previous answer's list, with the fields the message asks of it: the previous query run
 * again as it was (its order and limit), the row at that place taken. Null when the previous answer was no list of
 * projects or the rest of the message asks more than fields (its words are then read as a question of its own).
 */
/** Whether the rest of a message names whose or when (an office, a person, a project, a year): a question of its own. */
function ownScope(rest: string, vocab: Vocabulary, now: Date): boolean {
  return !!parseQuestion(rest, vocab, now.getFullYear()).query?.filters.some(scopeFilter);
}

/** What is asked of the project at a place in a list: nothing, or fields only (负责人, 电话) — no condition of its own. */
function onlyFieldsAsked(rest: string, vocab: Vocabulary, year: number): boolean {
  if (!rest.trim()) return true;
  const parsed = parseQuestion(rest, vocab, year);
  const q = parsed.query;
  return (
    !parsed.unplaced.length &&
    !!q &&
    !q.filters.length &&
    !q.order &&
    !q.measures?.length &&
    !q.groupBy &&
    !q.limit
  );
}

/**
 * Two places or more of the list the previous answer showed, said in one message (第一个比第二个多花了多少): the message
 * with each place replaced by the name of the project there, and a line saying which is which; null when the previous
 * answer was no list of projects or a place lies beyond it (the one-place reader says so).
 */
async function listPlacesNamed(
  sql: SqlExecutor,
  message: string,
  previous: AskedQuestion,
  viewer: Viewer,
  now: Date,
  fewest = 2,
): Promise<{ text: string; note: string } | null> {
  const { text, places } = readListPlaces(message);
  if (places.length < fewest) return null;
  const before = previous.query;
  if (before.measures?.length || before.groupBy || before.countGroups || before.per) return null;
  const cap = 1000;
  const deepest = places.some((p) => p.fromEnd) ? cap : Math.max(...places.map((p) => p.place));
  const table = await executeQuery(sql, before, viewer, {
    limit: deepest,
    reportingYear: reportingYear(now),
  });
  const names = places.map((p) => {
    const at = p.fromEnd ? table.total - p.place : p.place - 1;
    const row = at >= 0 && at < table.rows.length ? table.rows[at] : undefined;
    return row?.[0] ? String(row[0]) : null;
  });
  if (names.some((n) => !n)) return null;
  let named = text;
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i]!;
    named = `${named.slice(0, p.at)}「${names[i]}」${named.slice(p.at + p.said.length)}`;
  }
  const note = places.map((p, i) => `${p.said.replace(/的$/u, '')}＝「${names[i]}」`).join('，');
  return { text: named, note: `（上一问列表中：${note}）` };
}

async function answerListPointer(
  sql: SqlExecutor,
  pointer: ListPointer,
  previous: AskedQuestion,
  vocab: Vocabulary,
  viewer: Viewer,
  now: Date,
): Promise<{ reply: Reply; remember: AskedQuestion | null } | null> {
  const before = previous.query;
  if (before.measures?.length || before.groupBy || before.countGroups || before.per) return null;
  const rest = pointer.rest.trim() ? parseQuestion(pointer.rest, vocab, now.getFullYear()) : null;
  if (rest?.unplaced.length) return null;
  const asked = rest?.query;
  if (
    asked &&
    (asked.filters.length || asked.order || asked.measures?.length || asked.groupBy || asked.limit)
  )
    return null;
  const select = [...new Set([...(before.select ?? []), ...(asked?.select ?? [])])];
  const query: PortfolioQuery = { ...before, ...(select.length ? { select } : {}) };
  const cap = 1000;
  const options = { limit: pointer.fromEnd ? cap : pointer.place, reportingYear: reportingYear(now) };
  let table = await executeQuery(sql, query, viewer, options);
  // The list shown was the stated-rate one (执行率低于90% with none by the amounts): the same list is pointed into.
  if (table.total === 0) table = (await statedRateInstead(sql, query, viewer, options))?.table ?? table;
  const caption = describeQuery(query).replace(/^查询：/, `查询（接上一问「${previous.text}」）：`);
  if (pointer.fromEnd && table.total > table.rows.length)
    return {
      reply: {
        text: `${caption}
上一问的列表有 ${table.total} 项，太长，数不到「${pointer.said}」。请换成按某一项排序后的名次来问。`,
      },
      remember: null,
    };
  const at = pointer.fromEnd ? table.total - pointer.place : pointer.place - 1;
  const row = at >= 0 ? table.rows[at] : undefined;
  // 倒数第二个呢 / 第二名呢 after 执行率最低的是哪个: a place the first few of a ranking do not reach is that ranking's.
  const ranked = row ? null : placeOfRanking(before, pointer.place, pointer.fromEnd);
  if (ranked) {
    const placed = await executeQuery(sql, ranked, viewer, { reportingYear: reportingYear(now) });
    return {
      reply: tableReply(
        placed,
        describeQuery(ranked).replace(/^查询：/, `查询（接上一问「${previous.text}」）：`),
        1000,
      ),
      remember: {
        query: ranked,
        text: `${previous.text}…${pointer.said}`.slice(0, REMEMBERED_LENGTH),
        at: now.toISOString(),
      },
    };
  }
  if (!row)
    return {
      reply: {
        text: `${caption}
上一问列出的项目共 ${table.total} 项，没有「${pointer.said}」。`,
      },
      remember: null,
    };
  const one = { ...table, rows: [row], total: 1, atLeast: false };
  const name = String(row[0] ?? '');
  const year = typeof row[2] === 'number' ? row[2] : null;
  const reply = tableReply(one, `${caption}；列表中的${pointer.said}（共 ${table.total} 项）`, 1);
  const person = personOf({ filters: [] }, one);
  return {
    reply,
    remember: {
      query: {
        filters: [
          { type: 'name', field: 'projectName', term: name, values: [name.replace(/\s+/gu, '')] },
          ...(year === null
            ? []
            : [{ type: 'compare' as const, field: 'year' as const, op: '=' as const, value: year }]),
        ],
        ...(select.length ? { select } : {}),
      },
      text: `${previous.text}…${pointer.said}`.slice(0, REMEMBERED_LENGTH),
      at: now.toISOString(),
      project: name,
      ...(person ? { person } : {}),
    },
  };
}

/** The bot's `answerQuestion` hook: admin binding, then the question → query → table. */
export function createAnswerQuestion(deps: QuestionDeps) {
  const { store, logger } = deps;
  const admins = deps.admins ?? new Set<string>();
  const clock = deps.clock ?? (() => new Date());

  const vocabulary = new VocabularyCache(store.sql);
  const rowLimit = deps.rowLimit ?? CHAT_ROWS;
  const warmed = deps.warmNames ? warmUp(vocabulary, logger) : Promise.resolve();

  /**
   * `chat`: the chat's previous question, for a follow-up (那2020年的呢, 只看潞源的, 它们的平均总分). `earlier`: set
   * when this text is a later ask of one message (multi-ask.ts) and `chat.previous` is the ask before it.
   */
  const answer = async (
    typed: string,
    user: User,
    chat?: QuestionChat,
    earlier?: boolean,
  ): Promise<Reply> => {
    const viewer = viewerOf(user, admins);
    if (BIND_COMMAND.test(typed.trim())) return bindDepartment(store, viewer, typed.trim());
    if (CLAIMS_COMMAND.test(typed.trim())) return answerClaims(store, viewer, typed.trim());
    if (EXPECTED_COMMAND.test(typed.trim())) return setExpectedProjects(store.sql, viewer, typed.trim());
    // 全年预算 300 万以上 / 她得项目 / 哪几项: quick typing undone before any reader sees the question (loose-typing.ts).
    // 我是潞源街道的会计，…: who asks, never a condition (self-intro.ts).
    const typedPlainly = withoutSelfIntro(looseTyping(typed));
    const now = clock();
    // The names as they are when the question arrives, read once for the whole answer: each read is a statement
    // (the names changed since the last), and an answer asked for them up to five times over.
    const viewerVocab = await vocabulary.forViewer(viewer);
    // dhm民生办: a place typed by its initials, written as the place (names.ts).
    const text = placesTypedByInitials(typedPlainly, viewerVocab);
    // 偏差原因该写什么 / 实际完成值怎么填 / 年度指标值是什么意思: the field's definition, not a portfolio query.
    const definition = fieldDefinition(
      text,
      () => parseQuestion(text, viewerVocab, now.getFullYear()).names.length > 0,
    );
    if (definition) return { title: '栏目说明', text: definition };
    // 法律顾问上年结转资金那一行执行了多少: a funds sub-row the store does not keep, said instead of another answer.
    const subRow = fundsSubRow(text, viewerVocab.projectName);
    if (subRow) return { text: fundsSubRowReply(subRow) };
    const stored = chat ? recentQuestion(chat.previous, now) : null;
    // A row answer's list is followed up on only when pointed at (这些里面…): any other message stands alone.
    const previous = stored?.pointedOnly && !pointsAtSet(text) ? null : stored;
    // 换成元是多少 after 习风园改造的预算多少w: the figure just asked, in another unit — that question again, unit and
    // all (a question kept cut short at its length limit is not asked again: it would lose its end).
    if (previous && previous.text.length < REMEMBERED_LENGTH && convertsOnly(text))
      // (its question mark taken off: …是多少？，换成元 read as two clauses had lost the unit)
      return answer(`${previous.text.replace(/[？?。.\s]+$/u, '')}，${text}`, user, chat, earlier);
    // 那经济效益指标呢 / 那分值呢 after a question about rows: that question with the kind or the cells named instead
    // (row-swap.ts).
    const swapped =
      previous && !previous.arith && previous.text.length < REMEMBERED_LENGTH
        ? swappedInPrevious(text, previous.text)
        : null;
    if (swapped) {
      const reply = await answer(swapped, user, chat, earlier);
      reply.text = reply.text?.replace(
        /^查询(（按指标行）)?：/u,
        `查询（接上一问「${previous!.text}」，换成「${text.trim()}」）$1：`,
      );
      return reply;
    }
    // 执行率最低的部门是哪个，执行率多少: the figure the ask before ranked its one group by.
    if (earlier && previous && !previous.arith) {
      const figure = await rankedGroupFigure(store, text, previous, viewerVocab, viewer, now.getFullYear());
      if (figure) return withUnboundNote(figure, viewer, user);
    }
    // 跟特困供养那个比差多少 after 城市低保那个全年预算多少: the earlier figure against the one named now (compare-follow.ts).
    const otherSide = previous && !previous.arith ? comparedWithEarlier(text, previous.text) : null;
    if (otherSide) return answer(otherSide, user, chat, earlier);
    // 第一个比第二个多花了多少: two places of the list just shown, each the project there — asked again by their names.
    const places =
      previous && !previous.arith ? await listPlacesNamed(store.sql, text, previous, viewer, now) : null;
    if (places) {
      const reply = await answer(places.text, user, chat, earlier);
      return { ...reply, text: `${places.note}\n${reply.text ?? ''}` };
    }
    // 第四个是啥 / 把第二个的负责人告诉我 / 最后一个呢: a place in the list the previous answer showed (list-pointer.ts).
    // 最低的那个扣了多少分 after a list ordered by 总分: the end of that list the superlative names (never a ranking of
    // every project by what is asked, nor a project whose name holds 最低).
    const atEnd =
      previous && !previous.arith && !previous.query.groupBy
        ? endOfOrderedList(text, previous.query.order)
        : null;
    const pointer = previous && !previous.arith ? readListPointer(atEnd ?? text) : null;
    if (pointer && previous) {
      const pointed = await answerListPointer(store.sql, pointer, previous, viewerVocab, viewer, now);
      if (pointed) {
        chat?.remember(pointed.remember);
        return withUnboundNote(pointed.reply, viewer, user);
      }
      // 第一个扣分扣在哪: more than its cells asked of the project there — the message asked again with its name; never
      // when the rest names a scope of its own (最后一个问题：河门口2020年…, 发改委的项目从第二到第四名).
      const named = ownScope(pointer.rest, viewerVocab, now)
        ? null
        : await listPlacesNamed(store.sql, atEnd ?? text, previous, viewer, now, 1);
      if (named) {
        const reply = await answer(named.text, user, chat, earlier);
        return { ...reply, text: `${named.note}\n${reply.text ?? ''}` };
      }
    }
    // 导出 / 帮我导出 right after a question (the bot sends it here when no form is in this chat): that answer, whole,
    // as a workbook — never every project.
    if (previous && !previous.arith && EXPORT_ONLY.test(text.normalize('NFKC').trim())) {
      const query = previous.query;
      const table = await executeQuery(store.sql, query, viewer, {
        limit: 100_000,
        reportingYear: reportingYear(now),
      });
      const caption = describeQuery(query).replace(/^查询：/, `查询（接上一问「${previous.text}」）：`);
      const reply = tableReply(table, caption, rowLimit);
      if (table.total > 0)
        reply.attachment = {
          name: '项目查询结果.xlsx',
          bytes: await tableXlsx(table, caption),
          mime: XLSX_MIME,
        };
      else reply.text = `${caption}\n没有可导出的项目。`;
      return withUnboundNote(reply, viewer, user);
    }
    // 第二个的电话 after a count, a total or groups, or with nothing before it: the place points into no list — said,
    // never read as a question about every project.
    const orphan = chat ? readListPointer(text) : null;
    if (orphan && onlyFieldsAsked(orphan.rest, viewerVocab, now.getFullYear()))
      return {
        text: previous
          ? `「${orphan.said}」指上一问列表里的一项，但上一问「${previous.text}」没有列出项目（给的是数目、合计或分组），未作查询。可以先说「列出来看看」，再问第几个。`
          : `「${orphan.said}」像是指上一问列表里的一项，但这个对话里没有可以接着的列表，未作查询。请写出项目名称再问。`,
      };
    // 把1000万改成300万 / 再加个条件… / 不限年份: one slot of the previous query edited (follow-edit.ts; after
    // arithmetic, arith-follow.ts changes its operands instead). The edited query is then followed up as it stands.
    // After arithmetic, the edit goes to the side that holds the value (把2023年改成2022年 after 2023年比2020年…).
    const arithEdit = previous?.arith
      ? editArithmetic(text, { ...previous, arith: previous.arith }, viewerVocab, now.getFullYear())
      : null;
    if (arithEdit && 'arith' in arithEdit) {
      const reply = await answerArithmetic(store, { query: arithEdit.arith, corrected: [] }, viewer);
      reply.text = reply.text?.replace(/^查询：/, `查询（接上一问「${previous!.text}」）：`);
      chat?.remember({
        query: { filters: [] },
        arith: arithEdit.arith,
        text: text.trim().slice(0, REMEMBERED_LENGTH),
        at: now.toISOString(),
      });
      return withUnboundNote(reply, viewer, user);
    }
    // 实际完成值填的多少 / 得分分别多少 right after one project's rows: that cell of those rows (read alone: of every
    // row; as an edit of the question before: the project's own 总分).
    // (目标值是多少 after 老旧小区改造那个满意度得了几分: the rows of the kind the one project's answer was about)
    const kindBefore =
      previous?.project && !previous.rowsOfOne ? ROW_KIND_SAID.exec(previous.text)?.[1] : undefined;
    const cellOfRows = !!(previous?.rowsOfOne || kindBefore) && asksRowCellOnly(text);
    const edit = previous?.arith
      ? arithEdit
      : cellOfRows
        ? null
        : editPrevious(text, previous, viewerVocab, now.getFullYear());
    if (edit && 'ask' in edit) return { text: edit.ask };
    if (edit && 'unplaced' in edit)
      return unplacedReply({
        query: null,
        by: 'rules',
        unplaced: edit.unplaced,
        corrected: [],
        exporting: false,
      });
    const edited = edit && previous ? { ...previous, query: edit.query } : null;
    let followUp: FollowUpReading = edited
      ? { message: text, text: '', how: 'refer', person: false }
      : readFollowUp(text, previous);
    // 哪个项目最大 / 哪个项目的指标最多: read alone it orders by a figure of its own (spoken words the re-order reading
    // does not rewrite), so it is a new question, not the previous one re-ordered.
    if (followUp.reorder && !followUp.reorder.limit && standsAlone(text, viewerVocab, now))
      followUp = { message: text, text, how: null, person: false };
    // 产出指标有几条？其中数量指标有几条: 其中 after rows answered by an ask before it in the same message points at
    // those rows' projects (a row answer leaves no question to go on from, only its rows).
    const amongRows = followUp.ask && earlier && chat?.rows ? text.replace(AMONG_THEM, '') : null;
    if (amongRows && amongRows !== text)
      followUp = { message: text, text: amongRows, how: null, person: false };
    else if (followUp.ask) return { text: followUp.ask };
    // 我们单位 / 本单位 / 咱们街道: the speaker's own unit, or a question back; never every project.
    const own = withOwnUnit(
      followUp.text,
      viewerVocab,
      { speaker: previous?.speaker, department: viewer.department },
      now.getFullYear(),
    );
    if ('ask' in own) return { text: own.ask };
    followUp.text = own.text;
    // 那全年预算呢 / 那2023年的呢 after arithmetic: the computation with that figure or scope changed.
    if (previous?.arith && followUp.how) {
      const vocab = viewerVocab;
      const own = parseQuestion(followUp.text, vocab, now.getFullYear());
      if (own.unplaced.length) return unplacedReply({ ...own, by: 'rules' });
      const changed = followArithmetic(previous.arith, followUp, own.query);
      if ('ask' in changed) return { text: changed.ask };
      const reply = await answerArithmetic(store, { query: changed.arith, corrected: own.corrected }, viewer);
      reply.text = reply.text?.replace(/^查询：/, `查询（接上一问「${previous.text}」）：`);
      chat?.remember({
        query: { filters: [] },
        arith: changed.arith,
        text: text.trim().slice(0, REMEMBERED_LENGTH),
        at: now.toISOString(),
      });
      return withUnboundNote(reply, viewer, user);
    }
    const rowScope =
      (cellOfRows && previous ? { scope: previous.query.filters, follows: true } : null) ??
      rowScopeOf(followUp, previous, earlier ? (chat?.rows?.scope ?? previous?.query.filters ?? []) : null);
    if (rowScope) {
      let rowsReadOver: Filter[] = [];
      // (得分 said alone is read as the form's 总分: the rows are said)
      const asked = cellOfRows
        ? /指标/u.test(text)
          ? text
          : `${kindBefore ?? '各条'}指标的${text}`
        : followUp.text;
      const rows = await rowQuestionReply(store, asked, viewerVocab, viewer, now, rowLimit, {
        ...rowScope,
        keep: (scope, term) => {
          rowsReadOver = scope;
          chat?.rememberRows?.(scope, term);
        },
      });
      if (rows && rowScope.follows)
        rows.text = rows.text?.replace(
          /^查询(?:（([^）]*)）)?：/,
          (_, how?: string) => `查询（接上一问「${previous!.text}」${how ? `，${how}` : ''}）：`,
        );
      if (rows) {
        chat?.remember(
          listedProjectsAsked(rows, followUp.text, now) ??
            oneProjectCounted(rowsReadOver, followUp.text, now),
        );
        return withUnboundNote(rows, viewer, user);
      }
    }
    // 人均负责几个项目: the mean over the owners, as the arithmetic reads it (people-counted.ts).
    followUp.text = perPersonSaid(followUp.text);
    // 总分低于2020年平均总分的有几个: the figure is computed first, then the question read with it as its bound.
    // 跟统计所经费是同一个负责人的: the cell of the one named is read first, then asked as a condition (same-cell.ts).
    const referenceArgs = [store.sql, followUp.text, viewerVocab, viewer, now.getFullYear()] as const;
    const reference = followUp.how
      ? null
      : ((await readSameCell(...referenceArgs)) ??
        // 每个电话对应几个不同的负责人: the different values of a cell counted per group (distinct-count.ts).
        readDistinctCount(followUp.text) ??
        // 全年预算前十名的项目里，大红门的占几个: a condition counted among the first N of a ranking (among-top.ts).
        (await readAmongTop(...referenceArgs)) ??
        // 哪些部门的项目超过10个: a bound on each group's count (group-bound.ts).
        readGroupBound(followUp.text) ??
        // 电话号码重复的项目 / 同名的项目: a cell shared with another project (shared-cells.ts).
        readSharedCell(followUp.text) ??
        // 主管部门和实施单位填反了: the two cells' kinds swapped (units-swapped.ts).
        readUnitsSwapped(followUp.text) ??
        // 总分都在什么范围 / 最低和最高分别是多少: the span of a figure (figure-range.ts).
        readFigureRange(followUp.text) ??
        (await readReference(...referenceArgs)));
    if (reference && 'ask' in reference) return withUnboundNote({ text: reference.ask }, viewer, user);
    // 按预算分段统计：10万以下、10到50万、50万以上: a count per band of one figure (amount-bands.ts).
    const bands =
      !followUp.how && !reference ? bandsAsked(followUp.text, viewerVocab, now.getFullYear()) : null;
    if (bands) {
      chat?.remember(null);
      return withUnboundNote(await answerBands(store, bands, viewer), viewer, user);
    }
    // 经济大脑的全年预算在发改委里排第几: one project's place in a ranking of a set (place-of-one.ts).
    const place =
      !followUp.how && !reference
        ? await answerPlaceOfOne(store.sql, followUp.text, viewerVocab, viewer, now.getFullYear())
        : null;
    if (place) {
      chat?.remember(null);
      return withUnboundNote({ title: '查询结果', ...place }, viewer, user);
    }
    // 潞源和大红门哪个执行率高 / 2020年和2023年哪年预算多: each scope's figure, then which is higher (scope-compare.ts).
    const compared =
      !followUp.how && !reference ? readScopeComparison(followUp.text, viewerVocab, now.getFullYear()) : null;
    if (compared) {
      chat?.remember(null);
      const done = await answerScopeComparison(store.sql, compared, viewer, reportingYear(now));
      return withUnboundNote({ title: '查询结果', ...done }, viewer, user);
    }
    // Arithmetic on two figures (差额, 占百分之几, 几倍…), only where the ordinary language leaves words unplaced;
    // a follow-up's arithmetic is not merged with the previous question (its words stay unplaced).
    const readQuery = (t: string) => parseQuestion(t, viewerVocab, now.getFullYear()).query;
    // A follow-up said whole as one question of two sides: 其中大红门的占多少 after a count (share-within.ts), 那个跟老旧
    // 小区改造那个比，差多少 after one project's figure (other-compared.ts).
    const saidWhole =
      previous && !reference
        ? (shareWithinCounted(followUp.message, previous, readQuery) ??
          otherProjectCompared(followUp.message, previous))
        : null;
    if ((!followUp.how || saidWhole) && !reference) {
      // 占全部项目的几成 right after a count or a total: the figure just answered is the share's left side.
      const share = saidWhole ?? (previous ? shareOfPrevious(followUp.text, previous, readQuery) : null);
      const arithmetic = await arithmeticReply(
        store,
        share ?? followUp.text,
        viewerVocab,
        viewer,
        now,
        earlier && previous ? earlierScope(previous) : null,
        earlier && previous ? earlierAmountOf(previous) : null,
      );
      if (arithmetic && share && arithmetic.reply.table)
        arithmetic.reply.text = arithmetic.reply.text?.replace(
          /^查询：/,
          `查询（接上一问「${previous!.text}」）：`,
        );
      if (arithmetic) {
        // Kept for a follow-up that changes one of its figures (that chat's query itself is empty, never merged).
        chat?.remember(
          arithmetic.arith
            ? {
                query: { filters: [] },
                arith: arithmetic.arith,
                text: text.trim().slice(0, REMEMBERED_LENGTH),
                at: now.toISOString(),
              }
            : null,
        );
        return withUnboundNote(arithmetic.reply, viewer, user);
      }
    }
    const asked = reference?.text ?? followUp.text;
    // 最少的呢 / 倒过来: only the follow-up's own words, nothing left to parse.
    let understood: Understood = {
      query: null,
      by: 'rules',
      unplaced: [],
      corrected: edit && 'query' in edit ? edit.corrected : [],
      exporting: false,
    };
    // 第三多 / 倒数第二 / 前百分之十 / 排第几: read as a superlative, the place applied to the query below.
    const ranking = readRanking(asked);
    const parsedText = ranking?.text ?? asked;
    if (asked.trim())
      try {
        understood = await understand(parsedText, viewerVocab, deps.llm, now.getFullYear());
      } catch (err) {
        logger.warn({ err }, 'question not understood by the llm');
        understood = {
          ...parseQuestion(parsedText, viewerVocab, now.getFullYear()),
          by: 'rules',
        };
      }
    if (reference && understood.query) {
      const patched = reference.patch(understood.query);
      if (!patched) return { text: `没有看懂这个问题，未作查询。\n${QUESTION_HELP}` };
      understood = { ...understood, query: patched };
    }
    if (understood.llmRejected) logger.warn({ reason: understood.llmRejected }, 'llm reading not grounded');
    // 哪些单位的项目都是满分: the groups whose every project meets the condition (group-all-of.ts).
    const groupsAll = groupAllOfAsked(understood);
    if (groupsAll) {
      const { caption, table } = await answerGroupAllOf(store.sql, groupsAll, viewer, rowLimit);
      return withUnboundNote(tableReply(table, caption, rowLimit), viewer, user);
    }
    if (understood.unplaced.length) {
      // 执行率特别低 / 总分比较高: where the line lies is the asker's to say; ask for it.
      const threshold = vagueThreshold(asked, viewerVocab, now.getFullYear());
      if (threshold) return { text: threshold };
      // 第五次经济普查 聘了几个临时人员: a row of the one project named, by words of its own name (row-by-its-words.ts).
      // (样本量定的多少, cut as 样 | 本 | 量定: the words rejoined when apart they find no row)
      const row = understood.query
        ? ((await rowByItsWords(store.sql, viewer, understood.query.filters, understood.unplaced)) ??
          (await rowByItsWords(
            store.sql,
            viewer,
            understood.query.filters,
            joinedAcrossCuts(asked, understood.unplaced),
          )))
        : null;
      const byRow = row
        ? await answerRows(store.sql, rowQuestionOf(row, asked), understood.query!.filters, viewer, rowLimit)
        : null;
      if (row && byRow && !byRow.unplaced?.length) {
        byRow.text = `按${row.by.map((w) => `「${w}」`).join('')}找到「${row.project}」的指标「${row.row}」。\n${byRow.text ?? ''}`;
        chat?.remember(null);
        return withUnboundNote(byRow, viewer, user);
      }
      // (a question not understood is nothing to follow up on: 它们的电话 after it asks back, never goes on from the
      // question before it)
      chat?.remember(null);
      return unplacedReply(understood);
    }
    // A computation the model read where the rules' grammar refused: answered and kept as the rules' one would be.
    if (understood.arith) {
      const reply = await answerArithmetic(store, { query: understood.arith, corrected: [] }, viewer);
      reply.text = reply.text?.replace(/\n|$/, '（由大模型理解，请核对）$&');
      chat?.remember(
        reply.table
          ? {
              query: { filters: [] },
              arith: understood.arith,
              text: text.trim().slice(0, REMEMBERED_LENGTH),
              at: now.toISOString(),
            }
          : null,
      );
      return withUnboundNote(reply, viewer, user);
    }
    // After arithmetic only the arithmetic path above follows up: its stored query is empty, never merged with.
    const attached = attachFollowUp(
      followUp,
      understood.query,
      previous?.arith ? null : (edited ?? previous),
    );
    if ('ask' in attached) return { text: attached.ask };
    if (!attached.query) return { text: `没有看懂这个问题，未作查询。\n${QUESTION_HELP}` };
    // 市级的呢 after 免费开放补助区级的执行了多少: the word in place of another in the project just asked about is that
    // project's counterpart, when one name has that shape (arith-counterpart.ts) — never every name holding the word.
    if (attached.carried && previous && !previous.arith) {
      const counterpart = counterpartOf(previous.query.filters, attached.query.filters);
      if (counterpart) attached.query = { ...attached.query, filters: counterpart };
    }
    // A later ask of the same message keeps the earlier ask's projects (潞源有几个项目？全年执行数合计是多少).
    // (…有几条指标然后是不是都拿了满分: after rows counted, the forms they were counted over)
    const before = previous
      ? earlierQueryOf(previous)
      : earlier && chat?.rows?.scope.length
        ? { filters: chat.rows.scope }
        : null;
    const inMessage = earlier && before && !attached.carried ? laterAsk(before, attached.query, asked) : null;
    if (earlier && !previous && !attached.carried && orphanAsk(attached.query, asked))
      return { text: `「${asked.trim()}」接着前一问，而前一问没有看懂，未作查询。请把这一问说完整再问。` };
    // 一个电话对应好几个不同负责人的，把涉及的项目都列出来: the projects of the groups just listed, which no query here
    // selects — said, never widened to every project (it had listed all 169).
    if (
      earlier &&
      previous?.query.groupBy &&
      !inMessage &&
      !attached.query.filters.length &&
      PROJECTS_OF_THOSE.test(asked)
    )
      return {
        text: `「${asked.trim()}」指的是上一问各组里的项目，这里无法一次列出，未作查询。请就其中一组再问，例如「${FIELDS[previous.query.groupBy].label}为……的项目有哪些」。`,
      };
    let query = inMessage ?? attached.query;
    // “经济大脑”那个服务项目: a word of the one project's name read as an office (name-word-as-office.ts).
    query =
      (await withoutNameWordAsOffice(store.sql, query, viewer)) ??
      (await projectHoldingOfficeWord(store.sql, query, viewer)) ??
      query;
    // 晨光路拆迁 那个群众满意度 得了几分: a piece of other projects' names that is the named project's row (群众满意度).
    const pieceRow = await rowOfNamePiece(store.sql, viewer, query.filters, asked);
    if (pieceRow) {
      const rows = await answerRows(
        store.sql,
        rowQuestionOf(pieceRow, asked),
        pieceRow.scope,
        viewer,
        rowLimit,
      );
      if (!rows.unplaced?.length) {
        rows.text = `「${pieceRow.project}」的指标「${pieceRow.row}」：\n${rows.text ?? ''}`;
        chat?.remember(null);
        return withUnboundNote(rows, viewer, user);
      }
    }
    // 习风园跟电梯维护的加一块多少钱: an amount asked is never answered with a count of projects (a word of the amount's
    // field misread leaves only the count) — said, and asked again.
    if (asksAmountOnly(asked, query))
      return {
        text: `您问的是金额（「${MONEY_ASKED.exec(asked)![0]}」），但按问题的字面只能数出项目个数，未作回答。请写明是哪一项金额，例如全年预算数、全年执行数或结余。`,
      };
    // 总分最低的项目是哪个，它的负责人是谁: the same projects, the fields of both asks shown together.
    if (earlier && previous && sameProjects(previous.query, query))
      query = bothSelected(previous.query, query);
    if (ranking?.position) {
      const position = await answerPosition(store.sql, query, viewer, 'desc', ranking.amongAll);
      if ('ask' in position) return { text: position.ask };
      chat?.remember({ query, text: text.trim().slice(0, REMEMBERED_LENGTH), at: now.toISOString() });
      return withUnboundNote(
        tableReply(position.table, `${describeQuery(query)}；看排名\n${position.text}`, rowLimit),
        viewer,
        user,
      );
    }
    if (ranking?.nth && ranking.through) {
      const span = rangeOf(query, ranking.nth, ranking.through);
      if (!span)
        return {
          text: `「第${ranking.nth}到第${ranking.through}名」是按哪一项排的？请写出要比的数，例如「全年预算第${ranking.nth}到第${ranking.through}名的项目」。`,
        };
      query = span;
    } else if (ranking?.nth) {
      const nth = nthOf(query, ranking.nth);
      if (!nth)
        return {
          text: `「第${ranking.nth}」是按哪一项排的？请写出要比的数，例如「全年预算第${ranking.nth}多的项目」。`,
        };
      query = nth;
    }
    let shareSaid = '';
    /** How many of the projects asked about have the field ranked by filled: what a place among them counts in. */
    const countFilled = async (asked: PortfolioQuery, by: NumericField) => {
      const counted = await executeQuery(
        store.sql,
        {
          filters: [...asked.filters, { type: 'empty', field: by, empty: false }],
          measures: [{ fn: 'count' }],
        },
        viewer,
      );
      return Number(counted.rows[0]?.[0] ?? 0);
    };
    if (ranking?.middle) {
      // 正中间 / 中位数: the middle place(s) among the projects with the field filled, counted first.
      const by = query.order && typeof query.order.by === 'string' ? query.order.by : null;
      if (!by || query.groupBy)
        return { text: '「中间」是按哪一项排的？请写出要比的数，例如「按全年预算排，排在正中间的项目」。' };
      const all = await countFilled(query, by);
      const places = middlePlaces(all);
      if (!places) return { text: `没有填了${FIELDS[by].label}的项目，排不出中间的。` };
      query = rangeOf(query, places.from, places.to)!;
      shareSaid =
        places.from === places.to
          ? `（${all} 个填了${FIELDS[by].label}的项目，正中间的是第 ${places.from} 名）`
          : `（${all} 个填了${FIELDS[by].label}的项目是双数，正中间的是第 ${places.from}、${places.to} 名两个，中位数取两者的平均）`;
    }
    if (ranking?.percent && query.order && typeof query.order.by === 'string') {
      const by = query.order.by;
      const all = await countFilled(query, by);
      const n = shareCount(all, ranking.percent);
      query = { ...query, limit: n, ties: false };
      shareSaid = `（${ranking.percent}%：${all} 个填了${FIELDS[by].label}的项目的 ${ranking.percent}%，四舍五入为 ${n} 个）`;
    }
    // 合计是不是超过了5000万: the bound is checked against the figure, not set on each project.
    const figureCheck = readFigureCheck(query, asked);
    if (figureCheck) query = figureCheck.query;
    const carried = attached.carried || inMessage !== null;
    const corrections = understood.corrected.map(([a, b]) => `「${a}」按「${b}」理解`).join('，');
    const each = perAlternative(query, asked);
    if (each) {
      chat?.remember({ query, text: text.trim().slice(0, REMEMBERED_LENGTH), at: now.toISOString() });
      const held = viewerVocab.years;
      return withUnboundNote(await perAlternativeReply(store, each, viewer, now, text, held), viewer, user);
    }
    const caption = [
      carried && previous
        ? describeQuery(query).replace(/^查询：/, `查询（接上一问「${previous.text}」）：`)
        : describeQuery(query),
      understood.by === 'llm' ? '（由大模型理解，请核对）' : '',
      shareSaid,
      corrections ? `（${corrections}）` : '',
      reference?.note ?? '',
      understood.setAside?.length
        ? `（${understood.setAside.map((w) => `「${w}」`).join('')}是交代背景，不作筛选）`
        : '',
    ].join('');
    // 这三个项目的平均总分: the count said is checked against the projects found before anything is computed.
    const countSaid = countToCheck(text, query);
    if (countSaid !== null) {
      const found = await executeQuery(store.sql, { filters: query.filters }, viewer, { limit: 10 });
      // (a yes-or-no of each of the projects counted asks about them all: the count is checked as said)
      const countsScope = !understood.yesNo && (await restatesScope(store, query, countSaid, viewer));
      if (found.total !== countSaid && !countsScope) {
        chat?.remember(null);
        const names = found.rows.map((row) => String(row[0] ?? ''));
        return withUnboundNote(
          { text: countMismatchText(countSaid, query, names, found.total) },
          viewer,
          user,
        );
      }
    }
    const exporting = understood.exporting || EXPORT_WORDS.test(text);
    const options = { limit: exporting ? 100_000 : rowLimit, reportingYear: reportingYear(now) };
    // 潞源的项目是不是都填了负责人: 是 (all N) or 否 with the exceptions; a named project is asked as itself below.
    // Asked before the list of the projects meeting the condition, which such an answer never shows.
    const allOf =
      !figureCheck && understood.yesNo && understood.all && !splitYesNo(query, shownFields)
        ? await answerAllOf(store.sql, query, viewer, {
            limit: exporting ? 100_000 : rowLimit,
            reportingYear: reportingYear(now),
            ...(understood.allScope ? { subject: understood.allScope } : {}),
          })
        : null;
    if (allOf) {
      logger.info(
        { by: understood.by, allOf: true, admin: viewer.isAdmin, followUp: carried },
        'portfolio question answered',
      );
      chat?.remember({ query, text: text.trim().slice(0, REMEMBERED_LENGTH), at: now.toISOString() });
      const said = [caption, derivedFormulaSentence(query), allOf.sentence].filter(Boolean).join('\n');
      return withUnboundNote(
        allOf.table ? tableReply(allOf.table, said, rowLimit) : { title: '查询结果', text: said },
        viewer,
        user,
      );
    }
    let table = await executeQuery(store.sql, query, viewer, options);
    // 执行率在100%以下的 with none by the amounts: the forms whose stated rate meets it, said as such.
    const stated =
      table.total === 0 && !figureCheck && !understood.yesNo
        ? await statedRateInstead(store.sql, query, viewer, options)
        : null;
    if (stated) table = stated.table;
    // 今年大红门花了多少 with no project of this year: no total to give, said as such (not a total of "（未填）").
    const nothing =
      !figureCheck && !understood.yesNo ? await nothingToAggregate(store.sql, query, table, viewer) : null;
    if (nothing) {
      chat?.remember({ query, text: text.trim().slice(0, REMEMBERED_LENGTH), at: now.toISOString() });
      return withUnboundNote({ title: '查询结果', text: `${caption}\n${nothing}` }, viewer, user);
    }
    logger.info(
      { by: understood.by, rows: table.total, admin: viewer.isAdmin, followUp: carried },
      'portfolio question answered',
    );
    const yesNo = figureCheck
      ? {
          sentence: checkSentence(
            query.measures![0]!,
            table.rows[0]?.[0] == null ? null : Number(table.rows[0][0]),
            figureCheck.check,
          ),
          table,
        }
      : understood.yesNo
        ? await answerYesNo(store, query, table, viewer, exporting ? 100_000 : rowLimit, reportingYear(now))
        : null;
    const person = personOf(query, table.atLeast || table.total !== table.rows.length ? null : table);
    const speaker = speakerOf(text, query) ?? previous?.speaker;
    const remembered: AskedQuestion = {
      query,
      text: text.trim().slice(0, REMEMBERED_LENGTH),
      at: now.toISOString(),
      ...(speaker ? { speaker } : {}),
    };
    const project = projectOf(query, table.atLeast || table.total !== table.rows.length ? null : table);
    chat?.remember({ ...remembered, ...(person ? { person } : {}), ...(project ? { project } : {}) });
    // 超支额最多 when nobody overspent / 执行率最高 when all are 100%: no first, said instead of listing them all.
    const ties = yesNo ? null : await tiesOf(store.sql, query, table, viewer);
    if (ties?.all) {
      const text = [caption, derivedFormulaSentence(query), ties.sentence].filter(Boolean).join('\n');
      const kept = { ...table, rows: table.rows.slice(0, ties.keep ?? 0), total: ties.keep ?? 0 };
      return withUnboundNote(
        kept.total ? tableReply(kept, text, rowLimit) : { title: '查询结果', text },
        viewer,
        user,
      );
    }
    const guessed = guessedMoneySentence(table);
    const total = await moneyTotals(store, query, table, viewer);
    // 第二到第四名 / 正中间: places cut from a ranking; a tie across the cut is said, and the middle's median.
    const span =
      ranking?.through || ranking?.middle
        ? [
            ranking.middle ? medianOf(query, table) : null,
            await spanTiesSentence(store.sql, query, table, viewer),
          ]
        : [];
    const said = [
      caption,
      stated?.sentence,
      derivedFormulaSentence(query),
      countGroupsSentence(query, table),
      understood.sameAsked
        ? sameValueSentence(table, understood.sameAsked)
        : (yesNo?.sentence ?? valueSentence(query, table)),
      ties?.sentence,
      ...span,
      query.select?.length && !query.measures?.length && !understood.sameAsked
        ? severalNamedSentence(query)
        : null,
      total,
      guessed,
    ].filter(Boolean);
    const reply = tableReply(yesNo?.table ?? table, said.join('\n'), rowLimit);
    if (exporting && table.total > 0) {
      reply.attachment = {
        name: '项目查询结果.xlsx',
        bytes: await tableXlsx(table, guessed ? `${caption}\n${guessed}` : caption),
        mime: XLSX_MIME,
      };
    }
    return withUnboundNote(reply, viewer, user);
  };
  /**
   * 放电影那个项目的负责人是谁 / 放电影那个扣了一分，偏差原因是咋写的: when the words not understood describe one project
   * by what was done in it (project-by-its-words.ts), the question is asked again by that project's name, whichever
   * reader had left them — a computation, a row, a lookup — and the reply says which project was taken for them.
   */
  const answerNamed = async (
    typed: string,
    user: User,
    chat?: QuestionChat,
    earlier?: boolean,
  ): Promise<Reply> => {
    const reply = await answer(typed, user, chat, earlier);
    // only a question left unanswered (an answer may still name a word it did not use)
    if (!reply.unplaced?.length || !reply.text?.includes('未作查询')) return reply;
    const text = looseTyping(typed);
    const vocab = await vocabulary.forViewer(viewerOf(user, admins));
    // 大洪门晨光路拆迁那个项目: a mistyped place run into a piece of a name, asked again with the two set apart.
    const apart = placeSetApart(text, reply.unplaced, vocab);
    if (apart) {
      const again = await answer(apart, user, chat, earlier);
      if (!again.text?.includes('未作查询')) return again;
    }
    const names = vocab.projectName;
    const described = projectByItsWords(text, reply.unplaced, names);
    if (!described) return reply;
    if ('names' in described)
      return {
        text: `「${described.word}」可能是指这些项目：${described.names.map((n) => `「${n}」`).join('、')}。请写出是哪一个，未作查询。`,
      };
    if ('all' in described) {
      const all = await answer(withProjectsNamed(text, described), user, chat, earlier);
      const list = described.all.map((n) => `「${n}」`).join('、');
      return { ...all, text: `「${described.word}」按项目${list}理解。\n${all.text ?? ''}` };
    }
    const again = await answer(withProjectNamed(text, described), user, chat, earlier);
    return { ...again, text: `「${described.word}」按项目「${described.name}」理解。\n${again.text ?? ''}` };
  };
  // `warmed`: settles when the names read at creation (warmNames) are indexed (the bench times it).
  return Object.assign(answerNamed, { warmed });
}

/**
 * 一共有几个主管部门 / 有几位不同的负责人: how many groups, said first; the table lists them with their projects. A
 * cell left empty is no department or person of its own: its projects are said apart.
 */
function countGroupsSentence(query: PortfolioQuery, table: AnswerTable): string | null {
  if (!query.countGroups || !query.groupBy) return null;
  const label = FIELDS[query.groupBy].label;
  const blank = table.rows.find((r) => r[0] === '（未填）');
  const counted = 1 + (query.measures ?? []).findIndex((m) => m.fn === 'count');
  const named = table.total - (blank ? 1 : 0);
  const more = table.atLeast ? '超过 ' : '';
  const apart = blank && counted ? `（另有 ${blank[counted]} 个项目的${label}未填）` : '';
  // what each group's figure is: its projects, or the different values of another cell (distinct-count.ts)
  const figure = query.measures?.length === 1 ? measureLabel(query.measures[0]!) : '项目数';
  // 有没有一个人负责超过5个项目: only the groups passing the bound are counted (describe.ts says the bound).
  if (query.having)
    return named ? `符合的${label}共有 ${more}${named} 个，各自的${figure}如下。` : `没有符合的${label}。`;
  return `共有 ${more}${named} 个不同的${label}${apart}，各自的${figure}如下。`;
}

/** Everyone's names (an admin's vocabulary, the largest) read and indexed ahead of the first question; a failure is
 * only logged, the first question then reads and builds them itself. */
async function warmUp(vocabulary: VocabularyCache, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    const vocab = await vocabulary.forViewer({ userId: '', department: null, isAdmin: true });
    await warmNameIndexes(vocab);
    const ms = Math.round(performance.now() - started);
    logger.info({ ms, projects: vocab.projectName.length }, 'name indexes built ahead of questions');
  } catch (err) {
    logger.warn({ err }, 'name indexes not built ahead: the first question builds them');
  }
}

/**
 * The question hook over a whole message: a message with two or more asks (multi-ask.ts) gets one reply per ask,
 * each read after the ones before it (它 / 它们 / 呢 / 列出来 / the same scope); a message with one ask, one reply.
 */
const ORDINAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function createAnswerMessage(deps: QuestionDeps) {
  const answerAll = answerEveryAsk(createAnswerQuestion(deps));
  return async (typed: string, user: User, chat?: QuestionChat): Promise<Reply | Reply[]> => {
    // 经办人是谁 / 填报人写的谁: the person the form names, and the answer says the form has no such line.
    // 那个那个…你给我看看，就是那个啥，…: the asker searching for words, no ask of its own (hesitation.ts).
    // 只标值多少 / 偏插原因: the form's own words typed with a homophone, read as printed and said (domain-typos.ts).
    const typos = domainTypos(typed);
    // …一共多少？其中Y占百分之几？: the total, then the part's share of the same projects; …的平均值，以及高于该平均值的:
    // the projects above their own mean (part-share.ts) — read before the report and written-register words take them.
    const { text: plain, roles } = standInRoles(
      withoutHesitation(meanThenAboveIt(partShareAsked(typos.text))),
    );
    // 存在计算性错误的有哪些（A、B、C）: the problems listed are any of them (enumerated-kinds.ts).
    const listed = enumeratedKinds(plain);
    const reply = withTyposSaid(await answerAll(listed.text, user, chat), typos.said);
    if (!roles.length && !listed.said) return reply;
    const first = [reply].flat()[0]!;
    if (listed.said) first.text = `${first.text ?? ''}\n${listed.said}`;
    if (roles.length) first.text = `${roleNote(roles)}\n${first.text ?? ''}`;
    return reply;
  };
}

function answerEveryAsk(answer: ReturnType<typeof createAnswerQuestion>) {
  return async (text: string, user: User, chat?: QuestionChat): Promise<Reply | Reply[]> => {
    // 统计X的项目数，并计算其占全部的比例 / 执行率填写为100%: a report's sentences said plainly (report-sentences.ts);
    // 经核查，… / 请予以列示 / 所填X: the written request's words said plainly (written-register.ts);
    // 麻烦帮我看一下，… / …？谢谢啦: the courtesy around the question (courtesy.ts); 是不是都…？没…的列出来: the all-of
    // question lists its exceptions itself (exceptions-asked.ts), and a rule asked of all, then its exceptions, is the
    // check's forms asked (check-phrases.ts checksReadWhole).
    // 有没有X？哪张表哪一条: whether, then which — the list asked once (whether-then-which.ts). A message in Cantonese is
    // said in Mandarin first (cantonese-words.ts), amounts in capital numerals in the ordinary ones (capital-numerals.ts),
    // a search box's operators and shorthand in words (search-box.ts), and the polite, exercise, relayed and slang words
    // around a question taken off (register-words.ts), so that every one of these reads it. A question corrected while
    // typed is read as corrected, and the asker's doubts and their own name said plainly (self-correction.ts). The
    // written Chinese of official letters (classical-words.ts), money left asked in 元 (arith-words.ts) and formulas
    // written with signs (formula-words.ts) are said plainly first of all; a row's cells and kinds as a reviewer writes
    // them (年度指标值填写为“优良中差”, row-cell-words.ts) before anything reads the quotes.
    const said = whetherThenWhich(
      // …调减了多少？年初预算未填写的项目不参与比较: the projects left out said first (exclusion-after.ts).
      exclusionSaidFirst(
        withoutExceptionsAsked(
          withoutCourtesy(
            plainWrittenRequest(
              plainReportSentences(
                plainRegisterWords(
                  withoutSelfCorrection(
                    searchBoxWords(
                      definitionSaidAside(
                        formulaWords(
                          pairSaidAgain(
                            capitalNumerals(
                              moneyLeftInSmallUnit(
                                plainClassicalWords(
                                  othersWordsAsForm(
                                    plainIndicatorWord(
                                      shareTypedLoosely(
                                        thenAskedOfIt(
                                          ownedAndLostSaid(
                                            allTheStreets(
                                              countedStreets(
                                                checksReadWhole(
                                                  rowCellWords(
                                                    codeSwitchedWords(statedRateAsked(shareWithinSet(text))),
                                                  ),
                                                ),
                                              ),
                                            ),
                                          ),
                                        ),
                                      ),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
    // 哪个项目的执行数占全街道的比重最高: the project ranked first and its share, two asks (ranked-share.ts);
    // 分别是多少？两边差多少？: the gap of the pair said as 差多少; …占全部的百分之多少？双井又占多少？: the same share of
    // another side, as 那双井呢 (multi-ask.ts).
    const message = distributionCounted(
      eachOfTwoCounted(shareOfAnotherSide(gapOfThePair(rankedShare(said)))),
    );
    // 潞源和发改委，谁花得多？多花了多少？: which has more, and by how much — the difference (which-more.ts).
    const whichMore = readWhichMore(message);
    if (whichMore) {
      const reply = await answer(whichMore.text, user, chat);
      if (!reply.unplaced?.length && !/未作查询/u.test(reply.text ?? ''))
        return saidWhichMore(reply, whichMore);
    }
    // 倒数第一和正数第一分别是哪个: two places of one ranking, two asks (rank-phrases.ts).
    // (Read after the spoken shortcuts: 总分的最高分和最低分 is 总分最高和最低.)
    const plain = bothEnds(plainAsking(message.normalize('NFKC'))) ?? message;
    const asks = splitAsks(plain);
    // (one ask, rewritten: a clause repeating the ranked figure left out — 差额最大的是哪个，差额是多少 —, a rate worked out
    // joined to the rate asked, traditional characters read)
    if (asks.length < 2)
      return withUnitAsked(message, await answer(asks[0] === plain ? message : asks[0]!, user, chat));
    const replies: Reply[] = [];
    let previous: AskedQuestion | null = null;
    let kept: AskedQuestion | null | undefined;
    let rows: { scope: Filter[]; term?: string | null } | null = null;
    for (const [i, ask] of asks.entries()) {
      // 哪些项目…，能帮我列一下吗: the list is being given already.
      // 一共有几个负责人，列一下名字: the groups counted are listed with the count already.
      const listed = previous && (!previous.query.measures?.length || previous.query.countGroups);
      // (Not after rows counted: 扣了分的满意度指标有几条，分别是哪些项目 — a count of rows lists nothing; it had been
      // dropped unanswered.)
      if (i > 0 && listed && !rows && onlyListRequest(ask)) continue;
      const box: { asked: AskedQuestion | null; rows: { scope: Filter[]; term?: string | null } | null } = {
        asked: null,
        rows: null,
      };
      const local: QuestionChat = {
        previous: i === 0 ? (chat?.previous ?? null) : previous,
        remember: (asked) => {
          box.asked = asked;
        },
        rows,
        rememberRows: (scope, term) => {
          box.rows = { scope, term };
        },
      };
      // 潞源有几个项目，列一下名字 / 给个名单: after a figure, the request for its list is the follow-up 列出来.
      // After rows counted, the rows counted are asked again as a list: their projects or the rows, as the ask says.
      const rowsListed = i > 0 && rows && onlyListRequest(ask) ? rowsListAsked(asks[i - 1]!, ask) : null;
      const said =
        i > 0 && previous && onlyListRequest(ask) ? '列出来' : (meanOfTheTotal(ask, previous) ?? ask);
      const reply = await answer(
        rowsListed ?? (rows ? rowsOfEarlier(said, rows.term) : said),
        user,
        local,
        i > 0,
      );
      // One project's rows listed leave it for the next message only: a later ask of this one goes on from the rows.
      const now = box.asked?.rowsOfOne ? null : box.asked;
      if (box.asked?.rowsOfOne) kept = box.asked;
      // the last ask answered decides what the next one goes on from: rows, or projects
      if (box.rows) rows = box.rows;
      else if (now) rows = null;
      // The same projects with more fields shown: this answer replaces the one before it.
      // (Not after a computation: its stored query is empty, and two computations are two answers.)
      // The same projects put in an order (…，再按执行率排一下): the sorted list replaces the earlier one.
      if (
        now &&
        previous &&
        !now.arith &&
        !previous.arith &&
        (sameProjects(previous.query, now.query) || reSorted(previous.query, now.query))
      )
        replies.pop();
      replies.push(withUnitAsked(ask, reply));
      // An ask that answered nothing (not understood) leaves the one before it for the next.
      if (now) previous = kept = now;
    }
    // An ask not understood while the message read whole is: the message answered whole (as said plainly above: the
    // typed text kept 壹佰 and the register's words, and was read as not understood).
    if (replies.some((r) => r.unplaced?.length || /未作查询/.test(r.text ?? ''))) {
      const whole = await answer(message, user, chat);
      if (!whole.unplaced?.length) return whole;
    }
    if (kept !== undefined) chat?.remember(kept);
    if (replies.length === 1) return replies[0]!;
    for (const [i, r] of replies.entries()) r.title = `第${ORDINAL[i] ?? i + 1}问`;
    return replies;
  };
}
