/**
 * A new clerk's words for the form's cells (the review part: someone who does not know the form's terms yet), each
 * the field a clerk who knows the form would name, rewritten before the question is split into words:
 *
 * - 年初的钱 / 全年的经费 / 年初定的钱: the budget of that point of the year (年初预算 / 全年预算) — not when a verb of
 *   spending or granting follows (全年的钱花了多少 is the money spent, read by spoken-money.ts); 后来调整完的钱 the
 *   全年预算; 最后实际花掉的钱 the 全年执行数; 打的分 of a project (no row named) its 总分;
 * - 那张表的分 / 表上的分 / 表里的分数: the form's 总分 (the score a form carries), never 分值 or a row's 得分;
 * - 比它的分值还高 / 比其满分高: the pronoun points back at the row or project the clause is about, so the comparison is
 *   between two cells of it (得分比分值还高);
 * - 牛艳维作为项目负责人: serving as the role, as 担任 (harmless.ts reads 担任 / 当 before the role);
 * - 分别收到多少张自评表 (the reviewer's side): the forms received are the forms stored, a count of them;
 * - 当初的目标是怎么写的 with no row named: the project's 年度目标;
 * - 上回报的那个X: the asker's memory of when the form came in, no condition (the name says which);
 * - 全年预算数减全年执行数 (a formula written by the reviewer): 减 between two amounts is 减去;
 * - X的钱 ending the question: how much money (the 全年预算, money-ask.ts says so).
 *
 * 负责的人 / 负责的那个人 are words of the 负责人 field itself (fields.ts).
 */

/** The money of a point of the year (年初 / 全年, 年初定的钱), no verb of spending or granting after it. */
const YEAR_POINT_MONEY =
  /(年初|全年)(?:的)?(?:(?:定|批|给|下达|安排|核定|报)(?:了)?的)?(?:钱|资金|经费|款项|款)(?!\s*(?:都|已经|一共|总共|实际)?(?:花|用|拨|执行|支出|剩|结余|到位))/gu;
/** The money as adjusted during the year (后来调整完的钱, 调整后的全年的钱): the 全年预算. */
const ADJUSTED_MONEY =
  /(?:后来|最后|年中)?(?:全年)?调整(?:完|好|过|以?后)(?:了)?(?:的)?(?:全年(?:的)?)?(?:钱|资金|经费|预算(?:数)?)/gu;
/** The money spent by the end (最后实际花掉的钱, 实际花的钱): the 全年执行数. */
const SPENT_MONEY =
  /(?:最后|最终|年底|到最后)?(?:实际|真正)?(?:花掉|花出去|花了|花|用掉|用出去|支出)(?:了)?的(?:钱|资金|经费|款)/gu;
/** 年中调整以后，…: when the budgets were compared, said first — the 全年预算 is the one after the adjustment already. */
const AFTER_ADJUSTING_LEAD = /^(?:在)?(?:年中|年内|中途)?(?:预算)?调整(?:以|之)?后[，,]\s*/u;
/** 钱一共批了多少万: the money granted, asked with a unit — the 全年预算 (批了多少钱 is read by spoken-money.ts). */
const GRANTED_WITH_UNIT =
  /(?:钱|资金|经费)(一共|总共|合计|共)?(?:都)?(?:批|审批|核批|批复)(?:了|下来了?|下)(?=多少(?:万元|万|元|亿))/gu;
/** A row or cell of the form named (执行率那格给的分: the budget row's score). */
const CELL_NAMED = /执行率|预算执行|那格|这格|那栏|这栏|那一?行|这一?行|那项|这项/u;
/** The score given (打的分, 给的分) of a project, no row or cell named: its 总分 (a row's 打的分 is its 得分,
 * row-question.ts). */
const SCORE_GIVEN = /(?:打|给|评)(?:的|了的)分(?:数)?(?![值配项析别])/gu;

/** The form's score said as the form's 分: 那张表的分, 表上的分, 表里的分数 (not 分值, 分配, 分项, 分析, 分别). */
const FORM_SCORE = /((?:这|那)?(?:张|份|个)?表(?:格)?(?:上|里|中)?的)分(?:数)?(?![值配项析别类组档])/gu;

/** A pronoun after 比 pointing back at what the clause is about: 比它的分值, 比其满分, 比它自己的分值. */
const THAN_ITSELF = /比(?:它|其|它们|其自身)(?:自己|自身)?(?:的)?(?=\p{Script=Han})/gu;

/** The reviewer's verb of receiving the forms before their count (收到多少张自评表, 一共报上来几份): the forms stored are
 * the ones received, so the verb restricts nothing. */
const FORMS_RECEIVED =
  /(?:收到|收了|收上来|报上来|报来|交上来|上报|报送)(?:了)?(?=(?:多少|几)(?:张|份)(?:自评表|绩效自评表|表|表格)?)/gu;

/** The project's own 目标 asked, said when it was set (当初的目标是怎么写的, 原来定的目标是什么): its 年度目标. Only when
 * no row is named anywhere in the question — a row's 目标 (满意度的目标写的多少) is its 年度指标值 (row-question.ts). */
const PROJECT_GOAL =
  /(?:当初|原来|最初|一开始|起初|本来)?(?:定|设|写|填)?(?:的)?(?<!年度|绩效|总体|预期)目标(?=(?:是|写的是?|定的是?|填的是?)?(?:怎么写的|怎么定的|怎么说的|什么|啥))/gu;
const ROW_NAMED = /指标|满意度|产出|效益|数量|质量|时效|成本|那条|那一条|那行|那一行/u;

/** The asker's memory of when a form came in (上回报的那个, 上次交上来的那张): which one, no condition — the forms are
 * stored as they came in, and the name after the pointing word says which. */
const LAST_TIME_SENT =
  /(?:上回|上次|之前|以前|前阵子|前几天)(?:报|交|填|提交|上报|报送|报上来|交上来|发来)(?:过)?的(?=那个|那张|那份)/gu;

/** 全年预算数减全年执行数: a bare 减 between two amounts of the form is 减去 (减少 / 调减 / 削减 stay words of their own). */
const BARE_MINUS = /(?<=(?:预算|执行)数?)减(?![少去掉除免])(?=(?:全年|年初)?(?:预算|执行))/gu;

/** X的钱 ending the question (or the figure a computation reads: 节能专项的钱，用元来说): how much money, as 的钱是多少 is
 * read (money-ask.ts: the 全年预算, said so). */
const MONEY_OF_ENDING = /(?<=\p{Script=Han})的钱\s*$/u;

/** Serving as the role the field names: 作为 / 作 before 负责人 / 联系人. */
const SERVING_AS = /(?<=\p{Script=Han})作为?(?=(?:项目)?(?:负责人|联系人))/gu;

/** The form by its full title (项目支出绩效自评表 / 绩效自评表): the 自评表 — its 支出 names no amount. */
const FORM_TITLE = /(?:项目)?支出绩效自评表|(?:项目)?绩效自评表/gu;
/** 自评表的份数 / 表的张数: the number of forms, a count of the projects. */
const FORMS_COUNTED = /(自评表|表格?)(?:的)?(?:份数|张数|数量)/gu;

/** 大红门街道的自评表占全部自评表的比重: forms counted in a share are the projects (one form each). */
const FORMS_IN_SHARE =
  /(?<=全部|所有|全区)自评表|(?<=\p{Script=Han})(?:的)?自评表(?=(?:数|份数)?(?:占|的占比|的比重))/gu;

export function rewriteLayWords(text: string): string {
  const goal = ROW_NAMED.test(text) ? text : text.replace(PROJECT_GOAL, '年度目标');
  // 表的分数加起来跟总分对不上: the scores added up, held against the 总分, are the rows' — the form's 分 is the 总分 only
  // where no 总分 is named and nothing adds it up
  const formScore = /总分|加起来|加一起|合计|相加|之和|总和/u.test(text)
    ? goal
    : goal.replace(FORM_SCORE, '$1总分');
  const given =
    ROW_NAMED.test(formScore) || CELL_NAMED.test(formScore)
      ? formScore
      : formScore.replace(SCORE_GIVEN, '总分');
  return given
    .replace(AFTER_ADJUSTING_LEAD, '')
    .replace(ADJUSTED_MONEY, '全年预算')
    .replace(GRANTED_WITH_UNIT, '全年预算$1')
    .replace(SPENT_MONEY, '全年执行数')
    .replace(YEAR_POINT_MONEY, '$1预算')
    .replace(THAN_ITSELF, '比')
    .replace(SERVING_AS, '担任')
    .replace(LAST_TIME_SENT, '')
    .replace(BARE_MINUS, '减去')
    .replace(MONEY_OF_ENDING, '的钱是多少')
    .replace(FORMS_RECEIVED, '有')
    .replace(FORM_TITLE, '自评表')
    .replace(FORMS_IN_SHARE, '的项目')
    .replace(FORMS_COUNTED, '项目数');
}
