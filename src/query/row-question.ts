/**
 * Questions about indicator rows (绩效指标 rows, migration 034), read by the structure of the sentence: a row named by
 * what it is called on the form (X指标 / X这个指标 / X的年度指标值, X matched by containment against 一级, 二级 and 三级
 * 指标 alike: 满意度, 时效, 群众满意度), a row condition (扣分 = 得分 below 分值; 得分超过分值), the row columns asked
 * (年度指标值, 实际完成值, 分值, 得分, 扣分, 偏差原因, the row's name), and what is wanted: the rows, the projects having such
 * rows, a count of rows (几条) or of projects (几个项目), the row that lost most (扣分最多). What is left of the question
 * is read by the ordinary parser as the forms' scope (a project, a place, a year); a word it cannot place is reported,
 * never dropped.
 */

import type { Op } from './query.ts';
import { rowCellWords } from './row-cell-words.ts';
import { onlyOfRows, type RowCell, readRowCells } from './row-cells.ts';
import { rewriteRowCounts } from './row-count-words.ts';
import { absentRow, fullMarks, joinedRow, rowsPerForm, sumBound } from './row-quantifiers.ts';
import { normalise } from './tokens.ts';

export type RowColumn = 'target' | 'actual' | 'weight' | 'score' | 'lost' | 'deviation';
export type RowOutput =
  | 'rows'
  | 'projects'
  | 'countRows'
  | 'countProjects'
  | 'topLost'
  | 'sumLost'
  | 'sumColumn'
  | 'topColumn'
  | 'groupLevel'
  | 'groupCount';

export interface RowQuestion {
  /** Contained in the row's 一级, 二级 or 三级指标 (absent: every row). */
  term: string | null;
  /** 扣分 / 没拿满分: 得分 below 分值; 'above': 得分 above 分值; 'full': 得分 reaching 分值 (拿了满分). */
  score?: 'lost' | 'above' | 'full';
  /** 指标全部拿满分: every scored row of the form meets the score condition (projects only). */
  every?: boolean;
  /** 质量指标和数量指标都…: the form has a row named so as well, meeting the same conditions (row-quantifiers.ts). */
  also?: string[];
  /** 没有社会效益指标: the forms with no row named `term` (projects only; row-quantifiers.ts). */
  absent?: boolean;
  /** 有数量指标、却没有质量指标: beside the row lacked, a kind of row the forms do have (row-quantifiers.ts). */
  present?: string;
  /** 满意度指标写了两条或者更多: the forms whose rows meeting the conditions number so many (projects only). */
  perForm?: { op: Op; value: number };
  /** output 'sumColumn' with a bound (分值加起来不到50分的项目): the forms whose sum meets it. */
  bound?: { op: Op; value: number };
  /** 产出指标里的数量指标: each of these is contained in the row's 一级, 二级 or 三级指标 as well. */
  within?: string[];
  /** What the row's own cells hold (分值是5分, 年度指标值空着, 偏差原因里提到疫情): row-cells.ts. */
  cells?: RowCell[];
  /** 第二行 / 最后一条: the row at that place among the form's rows (negative: from the end). */
  position?: number;
  columns: RowColumn[];
  output: RowOutput;
  /** output 'sumColumn': the column added up over the rows (效益指标得分一共多少). */
  sum?: 'weight' | 'score' | 'lost';
  /** output 'topColumn': the rows with the highest or lowest 分值 / 得分 (哪条得分最低). */
  top?: { column: 'weight' | 'score'; dir: 'asc' | 'desc' };
  /** output 'groupLevel': the rows counted per 一级 / 二级指标 (or `sum`: a column of theirs added up, 按一级指标汇总分值);
   * `kinds`: the ones the asker listed (产出、效益、满意度), each counted by containment and named as the forms name the
   * level (产出指标); none listed: each label the forms carry. */
  groupBy?: { level: 1 | 2; kinds: string[]; sum?: RowQuestion['sum'] };
  /** The row named without 指标 (社工办单奖励实际完成多少, “项目数量”定的多少): a row question only when some stored row
   * is named so (answer.ts), else the question is left to the other readings. */
  unmarked?: true;
  /** The row named as the budget row is (资金总额, 预算执行): that row of the form, which the project's own fields
   * answer, unless some stored row is named so in full (answer.ts). */
  budgetWord?: true;
  /** 偏差原因里一般都写的啥 / 满意度指标的目标值一般设多少: what is usually written in the one column asked — its values
   * tallied with how many rows say each, not the rows. */
  typical?: true;
  /** 哪个项目的产出指标最多 / 效益指标最少的项目: the projects at that end of the number of such rows each form has
   * (ties all; `limit` the places asked, 1 when none). Output 'projects'. */
  perFormTop?: { dir: 'desc' | 'asc'; limit: number };
  /** 每个项目有几条满意度指标: the number of such rows asked per project (the projects having them, each with its count). */
  perProject?: true;
  /** 效益指标平均每个项目几条: such rows counted, over the projects in scope (those with none count 0). Output 'countRows'. */
  perProjectMean?: true;
  /** output 'sumColumn': the mean per row asked (效益指标平均得分), said with the sum. */
  mean?: true;
  /** 实际值比目标值低: the row's 实际完成值 below its 年度指标值, both one number in one unit (migration 054); rows that
   * cannot be compared so are counted and said beside the answer (row-answer.ts). Not 没达标 (read as 扣分 above). */
  belowTarget?: true;
  /** 没达标 / 未完成 said of rows: the word, read as 扣分 (得分 below 分值) and said so in the echo. */
  shortfall?: string;
  /** output 'groupCount': the rows counted per group of forms (各部门的效益指标有多少条); `top`: only the groups at that
   * end (数量指标最多的部门, ties all). */
  perGroup?: { field: RowGroupField; word: string; top?: { dir: 'desc' | 'asc'; limit: number } };
  /** The question without its row words: the forms' scope, parsed by the ordinary parser. */
  rest: string;
}

/** Usually (一般 / 通常 / 大多 / 多半) before a verb of writing or setting, or 是 + a question word: what is typically
 * written (偏差原因一般写啥, 目标值一般设多少, 目标值通常是多少). */
const TYPICAL_WORD = '(?:一般|通常|大多|大都|多半|普遍)(?:都|会)?';
const TYPICAL_VERB = '(?:写|填|设|定|是(?:什么|啥|多少|几)|为(?:多少|几))';
const TYPICAL = new RegExp(`${TYPICAL_WORD}(?=${TYPICAL_VERB})`, 'u');
/** The adverb right after the cell it is said of (分值一般是几分, 目标值通常为多少): taken out before the cell is read. */
const USUALLY_AFTER_CELL = new RegExp(
  `(?<=(?:年度指标值|指标值|目标值|实际完成值|完成值|分值|得分|偏差原因)(?:的)?)${TYPICAL_WORD}(?=是|为|设|定|写|填|在)`,
  'gu',
);
/** 效益指标平均每个项目几条 / 每个项目平均有几条满意度指标: the rows counted, then shared out over the projects. */
const MEAN_PER_PROJECT =
  /平均(?:每个|每一个|每张|每份|一个)(?:项目|表)?|(?:每个|每一个|每张|每份)(?:项目|表)(?:平均|平均下来)|平均下来每个(?:项目|表)?/u;

/** 目标值写的都是多少: what a value cell holds, over all the rows — the typical ask (一般). (偏差原因都写的什么 asks
 * for the reasons themselves, read out.) */
const ALL_WRITTEN_ASKED =
  /(?<=(?:年度指标值|指标值|目标值|实际完成值|完成值|实际值)(?:的)?)(?:写的|填的|设的)?都(?=是(?:什么|啥|多少)|写的?(?:什么|啥)|填的?(?:什么|啥))/gu;
/** The typical ask said whole (一般设多少, 通常定在多少, 大多是几), once TYPICAL is read. */
const TYPICAL_ASK = new RegExp(
  `${TYPICAL_WORD}(?:设|定|写|填)?(?:的|成|为|了|在|到)?(?:是|为)?(?:多少|几分?|什么|啥)?`,
  'gu',
);

/** The row-level categories of the templates (SCORING.md §1): a row named by one of them is a row question. */
const LEVEL_WORDS =
  '产出|效益|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|社会公众满意度';
/** A row counted or pointed at (几条指标, 哪条指标, 三级指标, 这个指标) or a row's own column (年度指标值). */
const ROW_MARKER = new RegExp(
  // 有几个指标 counts rows as 几条 does (read plainly it had counted the projects, 指标 passed over)
  `(?:几|多少|哪|那|这|每|一)条|(?<![那这哪])(?:几|多少)(?:个|项)(?:绩效)?指标(?!值)(?![^，,。？?]*的(?:项目|表))|的(?:三级)?指标[，,]\\s*(?:有没有|是否|都)(?:写|填)|[一二三]级指标|(?:这个|这项|这条|那个|那项)指标|年度指标值|指标值|目标值|(?:${LEVEL_WORDS})指标|(?:哪些|哪几个|哪个)指标|的指标(?:都|全)?(?:列|有哪些)|的(?:三级)?指标(?:是哪(?:条|个|些))?[？?。！!]*$`,
  'u',
);
/** Absence of a kind of row is a check of the form (缺少满意度指标, 没有效益指标), not a row question. (指标值 is a
 * cell of the rows — 没有填写年度指标值 — not a row lacked.) */
/**
 * 没有满意度指标的 / 缺产出指标: forms lacking rows (没有拿满分的指标 / 没有得分的指标 are rows that lost points: a verb;
 * 有没有指标… asks yes or no).
 */
const ABSENCE = /(?:缺少|缺|(?<!有)没有(?![拿得扣达完填写])|无|未设|没设)[^，,。？?]{0,4}指标(?!值)/u;

const DONE_VERB =
  '(?:搞|干|做|办|建|开展|发放|发|修|种|投入|招|聘|培训|举办|改造|安装|铺设|粉刷|服务|放映|播放|组织|慰问|走访|巡查|检查|维修|清理)';
/** What was reached asked by the verb of doing it: 实际达到多少 / 实际搞了几次 / 防雨棚建了多少 (never 花了 / 用了: money). */
// 协管员人数实际是多少人: 实际 and a verb of being before the figure asked is the row's 实际完成值 too.
const ACHIEVED = `(?:实际)?(?:完成|达到|做到)(?:了)?|实际(?:上)?${DONE_VERB}(?:了)?|${DONE_VERB}了|实际(?:上)?(?:是|有|为)`;
const COLUMN_WORDS: Array<[RegExp, RowColumn]> = [
  [
    /年度指标值|指标值|目标值|目标是|定(?:的|了)(?:是)?(?=多少|什么|啥|几)|目标(?:写的|定的|填的|写了|定了)(?:是)?(?=多少|什么|啥|几|百分之)/gu,
    'target',
  ],
  // 实际达到多少 / 实际搞了几次 / 建了多少: what was reached, asked by the verb of doing it
  // (指标值写的啥 实际多少: 实际 alone before the asking word is the 实际完成值)
  [
    new RegExp(`实际完成值|完成值|实际值|实际完成情况|(?:${ACHIEVED}|实际)(?=多少|什么|啥|几)`, 'gu'),
    'actual',
  ],
  [/偏差原因(?:分析)?|偏差说明/gu, 'deviation'],
  [/扣了(?:几|多少)分|扣(?:几|多少)分/gu, 'lost'],
  // 满意度指标是几分的分值 / 满意度指标占几分: what a row is worth, asked of the row (a number said so is its 分值 too:
  // row-cells.ts)
  [
    /分值(?:是|为|有)?(?:几|多少)分?|(?:是|为|占)?(?:几|多少)分的分值|(?<=指标)(?:是|为|占)(?:几|多少)分(?!的)/gu,
    'weight',
  ],
  [/得分(?:是|为|有)?(?:几|多少)分?|得了(?:几|多少)分/gu, 'score'],
];
/** 一共扣了几分 said of a project's rows: the points lost added up per form. */
const SUM_LOST = /(?:一共|总共|共|合计|总计|加起来|累计|各|分别)(?:被)?扣(?:了|掉|过)?(?:几|多少)分/gu;
/** A row column added up (得分一共多少, 分值加起来, 合计扣分): a figure over the rows, not a list of them. */
const SUM_COLUMN =
  /(分值|得分|扣分|扣的分)(?:的)?[，,\s]*(?:全|都|全部)?(?:一共|总共|合计|加起来|加一起|加在一起|总和|之和|共计|累计|总计|加总)(?:是|有|为)?(?:一共|总共)?(?:是|有|为)?(?:多少|几)?分?|(?:一共|总共|合计|总计|累计)(?:的)?(分值|得分|扣分)(?:是|有|为)?(?:多少|几)?分?/u;
/** A row column's mean (效益指标平均得分, 指标的分值平均是几分): the sum over the rows, divided by their number. */
const MEAN_COLUMN =
  /(分值|得分|扣分)(?:的)?(?:平均(?:值|数|分)?|均值|均分)(?:是|有|为)?(?:多少|几)?分?|平均(?:每条|每一条|每个指标|每项指标|一条)?(?:的)?(分值|得分|扣分)(?:是|有|为)?(?:多少|几)?分?/u;
const SUM_OF: Record<string, 'weight' | 'score' | 'lost'> = {
  分值: 'weight',
  得分: 'score',
  扣分: 'lost',
  扣的分: 'lost',
};

/** 扣分 / 没拿满分 said of rows; 得分超过分值 likewise. 扣了 / 被扣的 without 分 (扣了几条, 哪几条指标被扣了): the rows
 * lost points all the same — 扣了几分 (the column) is read before, 没扣 is left to be reported. */
const LOST =
  /(?:实际完成值|完成值)?(?:没|未)(?:有)?达到(?:目标|年度指标值|指标值|目标值)?|扣的那?几分|扣在|(?:被|有)?扣(?:了|过|掉)?(?:的)?分(?:了)?|扣的分|没(?:有)?(?:拿|得)(?:到)?满分|不是满分|没满分|得分(?:低于|小于|不到|比)分值(?:低|少)?|丢(?:了)?分(?:了)?|(?<![没未不])(?:被)?扣(?:了|过|掉)?(?:的)?(?![分\d了过掉的]|几分|多少分)/gu;
const ABOVE = /得分(?:超过|高于|大于)分值|得分比分值(?:还)?(?:高|多|大)|超过分值/gu;
const TOP_LOST = /扣(?:分|的分|了分)?(?:最多|最大)|扣得最多|丢分最多/gu;
/** 得分最低 / 分值最高的那条: the rows at the top or the bottom of a column. */
const TOP_COLUMN = /(分值|得分|占分|权重)(?:是)?(最高|最多|最大|最重|最低|最少|最小|最轻)/u;
/** The budget row (预算执行这个指标, 年度资金总额那一行) is no indicator row: the project's own fields answer it. */
const BUDGET_ROW = /^(?:预算执行(?:率|情况)?|年度资金总额|资金总额|预算)$/u;

/** (不算预算执行那行) / (只算指标那几行): the budget row is no indicator row, so the row reading already leaves it out;
 * said back by the caption's 按指标行. */
const ROWS_ONLY =
  /[（(]?(?:不算|不含|不包括|除了|除去|去掉)(?:预算执行(?:率)?|年度资金总额|资金)(?:那|这)?(?:一)?(?:行|项|栏)?(?:的)?[)）]?|[（(]?(?:预算执行(?:率)?|年度资金总额|资金总额)(?:那|这)?(?:一)?(?:行|项|栏)?(?:的|那)?(?:\d+(?:\.\d+)?分)?(?:不算|不计|不含|除外|不包括在内|不包括)[)）]?|[（(]?只(?:算|看|统计)(?:三级)?指标(?:那|这)?(?:几|一)?(?:行|条|项|部分)?(?:的)?[)）]?/gu;

/** Asking tails and row nouns that carry no condition once the row part is read. */
const TAILS =
  /(?:里面|里|中)?(?:一般|通常|大多|大都)(?:都|会)?(?=写|填|是(?:什么|啥))|(?:完成|达到|做|搞)(?:得|的)(?:怎么样|如何|咋样)|(?:的)?情况(?:如何|怎么样|咋样)|(?<=^|\s)(?:是|为)?(?:怎么样|如何|咋样|啥情况)|(?:条|行)(?:一共|总共|共|合计)(?:有)?(?:几|多少)(?:条|行)?|(?:写的|填的|写了|填了|定的|定了|是|为)?百分之(?:多少|几)|(?:那|这|哪)(?:一|几)?(?:格|栏|列|行|条|块)|一栏|哪些(?=\s*(?:指标|$))|有没有|(?:都|各)(?=\s|设)|这张表|那张表|表上|底下|下面|直接|加起来|加一起|加在一起|(?<=\s)(?:但|却|而|且|并且|可|可是)(?=\s)|(?:某一?|单|每一?|有一|各)条(?:指标)?|、|各(?=是|为|写|\s|$)|里面|(?<=^|\s)[里上在](?=\s|$)|(?:一共|总共|共|合计)?有?(?:几|多少)(?:条|行|个|张|份|项)(?:指标)?|(?:那些|这些|这个|那个)(?=\s|$)|全库|整个库|库里|(?<=^|\s)(?:是|为)?(?:几|多少)?分(?=\s|$)|(?<=^|\s)(?:次|人次|人|户|场|平方米|平米|㎡|米|公里|吨|件|台|套|间|处|名|批|期|天|家|辆|棵|株|亩|平方)(?=\s|$)|(?:\d+|[两二三四五六七八九十]+)条(?=\s|$)|分别|[一二三]级指标|(?:分别)?(?:是|为|写的是|填的是|写的|填的|写了|填了)?(?:都是|全是|都|全|分别是)?(?:些)?(?:什么|多少|啥|哪个|哪条|几)(?:名字)?|叫(?:什么|啥)(?:名字)?|(?:是)?(?:怎么|如何)(?:写|填|说)(?:的)?|名字|名称|是哪个项目的|(?:哪|那|这)(?:条|个|项)指标|(?:绩效)?指标|的|是|和|(?<![参给赋授])与|跟|以及|(?<![涉普危顾提波])及|，|,|。|？|\?|\s/gu;

/** The row naming phrase before 指标 / 这个指标 / 的<column>: the run after the last word boundary (a particle, a
 * joining word, or a verb of having or setting up a row: 设了群众满意度指标), or after the request opening the
 * question (统计一下产出指标没完成的 / 帮我查一下…: a verb with its 一下 / 出, never one character alone, which may
 * begin a row's name — 数量, 查处). */
const BOUNDARY =
  /.*(?:[的有是和跟了，,。、\s]|(?<![参给赋授])与|\d{2,4}年(?:度)?|项目|张表|份表|哪些|哪个|那些|这些|那个|这个|那边|这边|设置|设立|设定|设|(?:\d+|[一两二三四五六七八九十]|几|多少)条|(?:几|多少)(?:个|项)|^(?:请|麻烦|帮我|帮忙|给我)*(?:统计一下|统计下|查询一下|查一下|查下|查查|看一下|看下|看看|列出来|列出|列一下|数一数|找一下|找出来|找出)|^)/u;
/** (A joining word left between two cells' conditions, 有分值但…是空的指标, names no row either.) */
const NOT_A_TERM =
  /^(?:[一二三]级|绩效|各项?|所有|全部|每条|这些|那些|哪些|哪条|那条|这条|这个|那个|该|其|得分|分值|但|但是|却|且|而|而且|并且|或|或者|和|与|及|也|都)?$/u;

/** A row's cell asked with no word of 指标 (实际完成多少, 定的多少): said of a row named right before it. */
const CELL_ASKED = `(?:${ACHIEVED}|定(?:的|了)(?:是)?)(?=多少|几|什么|啥)`;

/** The row's name right before `at`, and where what names it starts (quotes and all). */
function termBefore(text: string, at: number, cellAsked = false): { term: string; from: number } | null {
  // 社工办单奖励 实际完成多少: the space typed before a cell asked with no 指标 is no part of the name (elsewhere a space
  // is where words read before were taken out: 绿化养护第一条指标 — the project, then the row's place)
  // (“开展公益性群众文化活动”，实际搞了几次: the row quoted, then a comma before what is asked of it)
  const before = cellAsked
    ? text
        .slice(0, at)
        .replace(/(?<=[”"」』])[，,]/u, '')
        .trimEnd()
    : text.slice(0, at);
  // “项目数量”定的多少: the name as quoted, whatever words it holds (项目 would otherwise end the run)
  const quotedName = /[“"「『]([^”"」』]{2,})[”"」』]$/u.exec(before);
  if (quotedName?.[1] && !NOT_A_TERM.test(quotedName[1]))
    return { term: quotedName[1], from: quotedName.index };
  // 在经济效益指标上 / 表上满意度那行: the preposition or the place on the form is no part of the name
  // 2023年的项目里质量指标: 里 after 项目 is where the rows are, no part of the name
  const said = before.replace(BOUNDARY, '').replace(/^(?:在|表上|表里|表中|里面|里头|当中|里)/u, '');
  // 设了“发放完成率”这条指标: the name as quoted
  const run = said.replace(/^[“"「『](.+)[”"」』]$/u, '$1');
  return NOT_A_TERM.test(run) || /扣|最|分|条|级|几|多少/u.test(run)
    ? null
    : { term: run, from: before.length - said.length };
}

/** 三级指标里有“群众满意度” / 指标名称叫X / 指标中含有X: the row's name said after the level. */
const NAMED_AFTER =
  /(?:[一二三]级)?指标(?:名称)?(?:里面|里|中|当中)?(?:有|含有|含|包含|叫|名为|名称是|名称为|写的是)[“"「『]?([^”"」』，,。？?\s的]{2,}?)[”"」』]?(?=的|$|[，,。？?\s])/u;

/** A row of a higher level the named row lies in: 产出指标里的 / 效益指标底下. */
const OUTER = /指标(?:里面|里头|里|中|当中|底下|下面|下属|之下|下)(?:的)?/u;

/** The scope, a pause, the row's name, a pause: what is before a column word said as dictated. */
const PAUSED_ROW = /\S\s+\p{Script=Han}{2,12}\s+$/u;

function rowTerm(text: string): { term: string; start: number; end: number } | null {
  const named = NAMED_AFTER.exec(text);
  if (
    named?.[1] &&
    !NOT_A_TERM.test(named[1]) &&
    !/几|多少|哪|什么|啥|扣|满分|分值|得分|条|项目/u.test(named[1])
  ) {
    const start = named.index;
    return { term: named[1], start, end: start + named[0].length };
  }
  // X这个指标 / X指标 (not 年度指标值 / 三级指标) / X的年度指标值.
  // …满意度年度指标值 (the column right after the row's name) as …满意度的年度指标值.
  // 满意度那条指标 / 表上满意度那行的年度指标值: the row pointed at after its name.
  const re = new RegExp(
    `(?:(?:这|那)(?:个|项|条|一)(?:[一二三]级)?)?指标(?!值)|(?:那|这)一?(?:行|块|条)(?!指标)(?:的)?|的?(?:年度指标值|指标值|目标值|实际完成值|完成值)|的?${CELL_ASKED}`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    // the row pointed at (满意度那一行写着…) is named right before the pointing words, spaces aside, as a cell asked;
    // so is a row said between a pause after the scope and a pause before its column, as dictated (重点区域精细化管控
    // 洒水车 指标值是多少: the project, the row, its 指标值) — one run alone before the column stays the scope
    const paused =
      /^(?:年度指标值|指标值|目标值|实际完成值|完成值)$/u.test(m[0]) &&
      PAUSED_ROW.test(text.slice(0, m.index));
    const before = termBefore(
      text,
      m.index,
      paused || new RegExp(`^的?(?:${ACHIEVED}|定[的了])|^(?:那|这)一?[行块条]`, 'u').test(m[0]),
    );
    if (before) return { term: before.term, start: before.from, end: m.index };
  }
  return null;
}

function outputOf(text: string): RowOutput {
  if (text.search(TOP_LOST) >= 0) return 'topLost';
  if (TOP_COLUMN.test(text)) return 'topColumn';
  if (text.search(SUM_LOST) >= 0) return 'sumLost';
  if (SUM_COLUMN.test(text) || MEAN_COLUMN.test(text)) return 'sumColumn';
  // 几条 counts; 哪几条 / 那几条 point at rows
  // 有几个成本指标: rows counted with 个 / 项 when the row's kind follows the count (几个项目的… counts projects)
  if (
    /(?<![那这哪])(?:几|多少)(?:条|行)|(?:条|行)(?:一共|总共|共|合计)(?:有)?(?:几|多少)(?!分)|(?<![那这哪])(?:几|多少)(?:个|项)(?!项目|表)(?=[^，,。？?\s的几]{0,10}?指标(?!值))/u.test(
      text,
    )
  )
    return 'countRows';
  if (
    /(?:项目|表)(?:一共|总共|共)?(?:有)?(?<!哪)(?:几个|多少个|几张|多少张|几项|几份)|(?<!哪)(?:几个|多少个)项目|(?<!哪)(?:几|多少)(?:张|份)表|项目(?:的)?(?:数量|个数)(?!(?:那|这)?(?:个|条|一条)?指标)/u.test(
      text,
    )
  )
    return 'countProjects';
  // 大红门街道的项目里，哪些指标…: the rows are asked for, the projects are where they are
  if (/(?:哪些|哪几条|哪几个|哪条|哪一条|哪个)(?:三级|二级)?指标(?!的项目|的表)/u.test(text)) return 'rows';
  // 2023年的项目里…指标的实际完成值: the projects are where the rows are, not what is asked (有个X的项目: the one project
  // introduced, whose rows are asked after it)
  if (
    /哪些项目|哪几个项目|哪个项目|哪些表|哪(?:几)?张表|哪个表|(?<!有(?:一)?个[^，,。？?]{0,24})的项目(?!里|中|当中|内)|的表(?!里|上|中)|(?<=\s)表(?=[？?。\s]*$)|(?:那|这)个项目(?:叫|是)(?:啥|什么|哪个)/u.test(
      text,
    )
  )
    return 'projects';
  return 'rows';
}

/** 按一级指标分 / 各二级指标 / 每个一级指标下: the rows counted per level (with a count of rows asked). */
const GROUP_LEVEL =
  /(?:按(?:照)?|分)([一二])级指标(?:来)?(?:分别|分开|分组|分类|统计|汇总|归类|区分|分)?(?:一下)?(?:统计|计数|数一数|数数)?|(?:各|每)(?:个|一个|一)?([一二])级指标(?:下面|下|里面|里|底下|之下)?/u;
/** The kinds of each level (SCORING.md §1), as staff list them: 产出、效益和满意度各几条. */
const LEVEL_KINDS: Record<1 | 2, string> = {
  1: '产出|效益|满意度',
  2: '数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|社会公众满意度',
};
const kindList = (level: 1 | 2) =>
  new RegExp(
    `((?:${LEVEL_KINDS[level]})(?:指标|类)?)((?:[、，,和与及跟]|以及)(?:${LEVEL_KINDS[level]})(?:指标|类)?)+`,
    'u',
  );

/** 按一级指标汇总分值 / 各一级指标的得分合计: a column of the rows added up per level, instead of the rows counted. */
const LEVEL_SUM =
  /(?:的)?(分值|得分|扣分)(?:分别)?(?:合计|汇总|加起来|总和|之和|一共|共)?(?:是|为|有)?(?:多少|几)?(?:分)?/u;
const SUMMED_PER_LEVEL = /合计|汇总|加起来|总和|之和|一共|共|各(?:是|为|有)?多少|分别/u;

/** The rows counted (or a column of theirs added up) per level, and the kinds listed (null: not asked so). */
function groupLevel(text: string): { groupBy: NonNullable<RowQuestion['groupBy']>; text: string } | null {
  const m = GROUP_LEVEL.exec(text);
  const summed = m ? LEVEL_SUM.exec(text) : null;
  const sum =
    summed && SUMMED_PER_LEVEL.test(text)
      ? ({ 分值: 'weight', 得分: 'score', 扣分: 'lost' } as const)[summed[1] as '分值' | '得分' | '扣分']
      : undefined;
  // 指标条数 is 绩效指标数 by now (row-count-words.ts)
  if (!m || (!sum && !/(?:几|多少)(?:条|行)|条数|指标数/u.test(text))) return null;
  if (sum) text = text.replace(LEVEL_SUM, ' ').replace(/汇总|合计/gu, ' ');
  const level = (m[1] ?? m[2]) === '一' ? 1 : 2;
  // 按一级指标分：产出… — the colon after the grouping introduces what is counted
  let rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length).replace(/^[:：，,\s]+/u, '')}`;
  const list = kindList(level).exec(rest);
  const kinds = list ? list[0].split(/[、，,和与及跟]|以及/u).map((k) => k.replace(/(?:指标|类)$/u, '')) : [];
  if (list) rest = `${rest.slice(0, list.index)} ${rest.slice(list.index + list[0].length)}`;
  // the count asked per group (指标条数 / 绩效指标数) is what the grouping answers
  rest = rest.replace(/(?:绩效)?指标(?:条)?数|条数/gu, ' ');
  return { groupBy: { level, kinds: [...new Set(kinds)], ...(sum ? { sum } : {}) }, text: rest };
}

/** A column of the rows added up, said of 指标 (绩效指标的分值全加起来): the rows' sum, which leaves out the budget row
 * that the form's 分值合计 holds — never a sum said to be wrong (分值加起来不等于100 is the WEIGHT_SUM check). */
const ROWS_SUM =
  /指标(?:的)?(?:分值|得分|扣分)(?:的)?(?:全|都|全部)?(?:加起来|加一起|加在一起|合计|总和|之和|相加|一共|总共)(?!\s*(?:(?:不等于|不是|不为)100(?!\d)|不对|有问题|有误|错))/u;

/** Rows counted or pointed at in so many words (几条, 哪条, 三级指标): a row question whatever else is said. */
const ROWS_ASKED = /(?:几|多少|哪|那|这|每|一)条|[一二三]级指标/u;

/**
 * 它的偏差原因是啥 / X的偏差原因呢: a project's deviation reasons asked for, with no row named — they are written on its
 * indicator rows, so the rows are asked (指标偏差原因). Only with the asking words after it: 偏差原因没写 / 缺偏差原因 /
 * 没写偏差原因 / 有偏差原因的 are findings of the form the ordinary parser reads.
 */
const DEVIATION_ASKED =
  /(?<![没未缺空不有写填录])偏差原因(?:分析|说明)?(?=\s*(?:(?:都|分别)?(?:是|写的是?|填的是?|写了|填了)?\s*(?:什么|啥|哪些|怎么写的)|呢))/u;

function projectDeviationAsked(text: string): string {
  if (/指标/u.test(text)) return text;
  return text.replace(DEVIATION_ASKED, (m) => `指标${m}`);
}

const ACTUAL_CELL = '(?:实际完成值|实际完成数|实际完成|实际值|完成值|实际数)';
const TARGET_CELL = '(?:年度指标值|年度目标值|指标值|目标值|计划值|目标)';
/**
 * 实际值比目标值低 / 实际完成值低于年度指标值 / 目标值比实际值高: the two cells of a row compared as numbers — a
 * comparison said between them, not a word of falling short (没达到目标 stays 扣分, as the eval README defines 没达标).
 */
const BELOW_TARGET = new RegExp(
  [
    `${ACTUAL_CELL}(?:的)?(?:都|却|还)?(?:比|较)${TARGET_CELL}(?:的)?(?:还|要|更)?(?:低|少|小)(?:一些|一点|些)?`,
    `${ACTUAL_CELL}(?:的)?(?:都|却|还)?(?:低于|小于|少于|不到|不足|不及)${TARGET_CELL}`,
    `${TARGET_CELL}(?:的)?(?:比|较)${ACTUAL_CELL}(?:的)?(?:还|要|更)?(?:高|多|大)(?:一些|一点|些)?`,
    `${TARGET_CELL}(?:的)?(?:高于|大于|多于|超过)${ACTUAL_CELL}`,
  ].join('|'),
  'gu',
);

/** The groups of forms rows can be counted by (fields.ts GROUP_FIELDS, a person or a phone aside). */
export type RowGroupField = 'department' | 'implementingUnit' | 'street' | 'year';
const GROUP_NOUNS: Record<string, RowGroupField> = {
  主管部门: 'department',
  部门: 'department',
  单位: 'department',
  实施单位: 'implementingUnit',
  科室: 'implementingUnit',
  街道: 'street',
  年度: 'year',
  年份: 'year',
};
const GROUP_NOUN = '(主管部门|实施单位|部门|单位|科室|街道|年度|年份)';
/**
 * A group of forms asked of rows: 哪个部门的… / 各单位… / 每个街道… / 按年度(统计)… / …最多的部门 — the group is what is
 * asked, never one project (数量指标最多的部门 had answered the project with the most such rows). The words are taken
 * off; 最多 / 最少 before the noun stay for the end asked.
 */
const GROUP_ASKED = new RegExp(
  `(?:哪个|哪一个|哪些|哪几个|哪家|各个|各|每个|每一个|每)${GROUP_NOUN}(?:的|里|里面)?|(?:按照|按|分)${GROUP_NOUN}(?:来)?(?:分别|分开|分组)?(?:统计|汇总|数一数|数数|分)?(?:一下)?(?:的)?|(?<=最多|最少)的${GROUP_NOUN}(?:是哪个|是哪些|有哪些)?`,
  'u',
);

function groupAsked(text: string): { field: RowGroupField; word: string; text: string } | null {
  const m = GROUP_ASKED.exec(text);
  if (!m) return null;
  const noun = (m[1] ?? m[2] ?? m[3])!;
  return {
    field: GROUP_NOUNS[noun]!,
    word: m[0],
    text: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`,
  };
}

/** The row question in a message, or null when it asks nothing of rows. `plainClean`: the ordinary parser placed
 * every word (then only a clear row marker makes it a row question); `plainField`: and it uses a field of the project
 * the question names in full (满意度指标分值是10分), which only rows counted or pointed at in so many words override. */
/** Two years set against each other: 跟今年比 / 比上年 / 较去年 / 同比 / 环比. */
const ACROSS_YEARS =
  /(?:跟|和|与|同|比|较|相比)(?:今年|去年|上年|前年|明年|本年|上一年|\d{4}年)(?:度)?(?:相)?(?:比|对比|比较)?(?:[^，,。？?！!]{0,6}?)(?:提高|增长|增加|下降|降低|减少|多|少|高|低|变化)|同比|环比/u;

/** A level of indicator beyond the form's third (四级指标, 第5级指标). */
const BEYOND_THIRD_LEVEL = /(?:[四五六七八九十]|[4-9]|第[四五六七八九十4-9])级(?:的)?(?:绩效)?指标/u;

export function readRowQuestion(
  question: string,
  plainClean: boolean,
  plainField = false,
): RowQuestion | null {
  // 四级指标 / 第五级指标: the form's rows have three levels; a deeper one is no row we hold — left to the ordinary
  // parser, which reports the level (read here it was 指标, every row, the level dropped).
  if (BEYOND_THIRD_LEVEL.test(normalise(question))) return null;
  // 上年的指标完成值跟今年比提高了多少: rows compared across years — a form holds one year's rows, and the row reader's
  // fillers took 跟今年比 / 提高了多少 away unsaid (answered: last year's rows); left to the ordinary parser, which reports.
  if (ACROSS_YEARS.test(normalise(question))) return null;
  // 三级指标超过10条: a count of each form's rows, a figure of the project (row-count-words.ts), not a row question.
  // 预算执行(那一项)扣了分: the budget row is no indicator row — what is said of it is the forms' scope, never the rows'
  const plain = normalise(question);
  const meanPerProject = MEAN_PER_PROJECT.test(plain);
  const clauses = budgetClauses(
    rewriteRowCounts(rowPhrases(plain.replace(ALL_WRITTEN_ASKED, '一般').replace(MEAN_PER_PROJECT, ' '))),
  );
  const { budget } = clauses;
  // X的偏差原因是啥: a project's 偏差原因 asked is its rows' (h-talk)
  const said0 = projectDeviationAsked(clauses.said);
  // 实际值比目标值低: the comparison of the row's two cells, taken off (the cells are shown)
  const belowTarget = said0.search(BELOW_TARGET) >= 0;
  const said = belowTarget ? said0.replace(BELOW_TARGET, ' ') : said0;
  // 没有社会效益指标的表: forms lacking a kind of row that no check of the form covers
  const lacking = absentRow(said);
  if (lacking) {
    const absent = absentQuestion(lacking.term, lacking.text);
    return {
      ...absent,
      ...(lacking.present ? { present: lacking.present } : {}),
      rest: `${budget.join(' ')} ${absent.rest}`.trim(),
    };
  }
  if (ABSENCE.test(said)) return null;
  // 满意度指标写了两条或者更多: a number of the named rows per form, before a cell reads 写了 as words written
  const counted = rowsPerForm(said);
  // the cells' conditions and the row's place first: what is left names the row and asks
  const { cells, position, text: left } = readRowCells(counted?.text ?? said);
  // 偏差原因里写着“未做”: words written in a cell only a row has make it a row question even without 指标
  // (满意度那一行写着“未做”: the row pointed at, words in it)
  // (偏差原因写了东西的项目: a reason written is in a row too — a reason left empty stays the form's check, 缺偏差原因)
  const rowText = cells.some(
    (c) =>
      ('text' in c && (c.column !== 'any' || /(?:那|这)一?行/u.test(left))) ||
      ('blank' in c && c.column === 'deviation' && !c.blank),
  );
  // 社工办单奖励实际完成多少: a row's cell asked of a name with no 指标 (answer.ts keeps it only when a row is so named)
  const unmarked = !belowTarget && !/指标|指标值|目标值|完成值/u.test(said) && !rowText;
  if (unmarked && (plainClean || !new RegExp(CELL_ASKED, 'u').test(said))) return null;
  // An empty 实际完成值 / 偏差原因 is also a finding of the form the ordinary parser reads (实际完成值没填的项目): only a
  // number or words in a cell, or the row's place, make a row question of a question the parser read whole.
  // (偏差原因写了东西的项目: a reason written somewhere — the rows holding one; the parser's reading, the forms without
  // the check's finding, counts every form that lost no point and wrote nothing. With points lost or full marks said,
  // the check's reading stands.)
  const reasonWritten =
    cells.some((c) => 'blank' in c && c.column === 'deviation' && !c.blank) &&
    !/扣|满分|丢分|失分/u.test(said);
  const surely = cells.some(onlyOfRows) || position !== undefined || belowTarget || reasonWritten;
  // Several rows at once (质量指标和数量指标都…, 指标全部拿满分, 指标的分值加起来): the plain reading of such a
  // question is about the form (总分 ≥ 100, 分值合计), and answers another one.
  const quantified = !!joinedRow(said) || !!fullMarks(said) || ROWS_SUM.test(said) || !!counted;
  // 满意度指标的分值一般是几分: what a column usually holds is asked of the rows, whatever the plain reading made of
  // 一般 (the grade 中)
  const usually = USUALLY_AFTER_CELL.test(left) && /指标/u.test(said);
  if (plainClean && !ROW_MARKER.test(said) && !surely && !quantified && !usually) return null;
  if (plainClean && plainField && !ROWS_ASKED.test(said) && !quantified && !usually && !belowTarget)
    return null;
  // 效益类的指标 is 效益指标
  const said1 = left
    .replace(/类(?:的)?指标/gu, '指标')
    .replace(ROWS_ONLY, ' ')
    .replace(USUALLY_AFTER_CELL, '');
  const joined = joinedRow(said1);
  const said2 = joined?.text ?? said1;
  // 按一级指标分，产出、效益、满意度各有几条: the rows counted per level; the level words are no row's name
  const grouped = groupLevel(said2);
  // 哪个单位的满意度指标最多 / 各部门的效益指标有多少条: a group of forms asked (kept aside, put back when the rows'
  // answer cannot count per group, so that it is reported)
  const group = grouped ? null : groupAsked(said2);
  const text = group?.text ?? grouped?.text ?? said2;
  // a quoted name is no ask (“项目数量”定的多少 counts no projects)
  let output: RowOutput = grouped
    ? 'groupLevel'
    : outputOf(text.replace(/[“"「『][^”"」』]*[”"」』]/gu, '“”'));
  const columns = new Set<RowColumn>();
  let rest = text;
  let within: string[] = [];
  let found = rowTerm(text);
  // 产出指标里的数量指标: the row named inside a row of a higher level; both names hold.
  const outer = OUTER.exec(text);
  const outerName = outer ? termBefore(text, outer.index) : null;
  const outerTerm = outerName?.term;
  if (outer && outerName && outerTerm) {
    const start = outerName.from;
    const after = text.slice(outer.index + outer[0].length);
    const inner = rowTerm(after);
    if (inner) {
      within = [outerTerm];
      found = { term: inner.term, start: 0, end: 0 };
      rest = `${text.slice(0, start)} ${after.slice(0, inner.start)} ${after.slice(inner.end)}`;
    } else {
      found = { term: outerTerm, start: 0, end: 0 };
      rest = `${text.slice(0, start)} ${after}`;
    }
  } else if (found) rest = `${rest.slice(0, found.start)} ${rest.slice(found.end)}`;
  // 资金总额那条指标 where a form has a row of that very name (双井's 指标2：资金总额): answer.ts keeps it only then
  const budgetWord = !!found && BUDGET_ROW.test(found.term);
  if (unmarked && !found) return null;
  // 每个项目一共扣了几分: the sum is each project's anyway
  if (output === 'sumLost')
    rest = rest.replace(SUM_LOST, ' ').replace(/(?:每个|每一个|各个|各)(?=项目|表)/gu, ' ');
  let top: RowQuestion['top'];
  if (output === 'topColumn') {
    const m = TOP_COLUMN.exec(rest)!;
    top = {
      column: m[1] === '得分' ? 'score' : 'weight',
      dir: /最高|最多|最大|最重/u.test(m[2]!) ? 'desc' : 'asc',
    };
    rest = rest.replace(TOP_COLUMN, ' ');
  }
  let sum: RowQuestion['sum'];
  let bound: RowQuestion['bound'];
  let mean = false;
  if (output === 'sumColumn') {
    const summed = SUM_COLUMN.exec(rest);
    const m = (summed ?? MEAN_COLUMN.exec(rest))!;
    if (!summed) mean = true;
    sum = SUM_OF[(m[1] ?? m[2])!];
    // 分值加起来不到50分的项目: the bound is on the sum, never the form's 总分
    const after = rest.slice(m.index + m[0].length);
    const b = sumBound(after);
    if (b) bound = { op: b.op, value: b.value };
    rest = `${rest.slice(0, m.index)} ${b ? after.slice(b.length) : after}`;
  }
  for (const [re, col] of COLUMN_WORDS) {
    if (rest.search(re) >= 0) columns.add(col);
    rest = rest.replace(re, ' ');
  }
  const typical = output === 'rows' && (usually || TYPICAL.test(rest)) && columns.size === 1;
  if (typical)
    rest = rest
      .replace(TYPICAL_ASK, ' ')
      .replace(/(?:设|定|写|填)(?:的|成|为|了|在|到)?(?:是|为)?(?=\s*(?:多少|几|什么|啥))/gu, ' ');
  let score: RowQuestion['score'] = output === 'sumLost' || sum === 'lost' ? 'lost' : undefined;
  if (output === 'topLost') {
    score = 'lost';
    columns.add('lost');
    rest = rest.replace(TOP_LOST, ' ');
  }

  let shortfall: string | undefined;
  if (rest.search(ABOVE) >= 0) {
    score = 'above';
    rest = rest.replace(ABOVE, ' ');
  } else if (rest.search(LOST) >= 0 || SHORTFALL_ASKED.test(rest)) {
    score = 'lost';
    // 没达标 / 未完成 / 没达到目标 of a row: read as the row lost points, said back as such
    shortfall = [...rest.matchAll(LOST), ...rest.matchAll(SHORTFALL_WORDS)]
      .map((m) => m[0])
      .find((w) => SHORTFALL.test(w));
    rest = rest.replace(LOST, ' ').replace(SHORTFALL_WORDS, ' ');
  }
  // 哪个项目的产出指标最多 / 效益指标最少的项目: the projects at an end of how many such rows each has
  let perFormTop: RowQuestion['perFormTop'];
  const most = found && columns.size === 0 && !typical ? perFormEnd(rest, output) : null;
  if (most) {
    perFormTop = { dir: most.dir, limit: most.limit };
    rest = most.rest;
    output = 'projects';
  }
  // 实际值比目标值低的指标: the two cells compared are shown
  if (belowTarget && output === 'rows' && columns.size === 0) {
    columns.add('target');
    columns.add('actual');
  }
  // 数量指标最多的部门 / 各部门的效益指标有几条: the rows counted per group, the groups at an end when asked
  let perGroup: RowQuestion['perGroup'];
  if (group) {
    const countable = columns.size === 0 && !typical && ['rows', 'countRows', 'projects'].includes(output);
    if (countable && (perFormTop || output === 'countRows' || output === 'rows')) {
      perGroup = { field: group.field, word: group.word, ...(perFormTop ? { top: perFormTop } : {}) };
      perFormTop = undefined;
      output = 'groupCount';
    } else rest = `${group.word} ${rest}`;
  }
  // 每个项目有几条满意度指标: the count asked per project is the projects' list with each one's count
  let perProject = false;
  // (各项目中…共有多少条: the rows of all of them added up, said with 共 / 合计 — one count.)
  if (output === 'countRows' && EACH_PROJECT.test(text) && !ALL_ADDED.test(text) && !counted) {
    perProject = true;
    output = 'projects';
    rest = rest.replace(EACH_PROJECT_WORDS, ' ');
  }
  // 指标拿了满分 / 指标全部拿满分: full marks on a row, or on every scored row of the form
  let every = false;
  const full = score ? null : fullMarks(rest);
  if (full) {
    score = 'full';
    every = full.every;
    rest = full.text;
    // every row of a form is said of the form: its projects are what is asked
    if (every && output === 'rows') output = 'projects';
    if (every && output === 'countRows') output = 'countProjects';
  }
  // a number of rows per form says which forms: their projects are what is asked
  if (counted && (output === 'rows' || output === 'countRows'))
    output = output === 'rows' ? 'projects' : 'countProjects';
  // 是哪条指标扣的分: the row's name is the answer; the rows shown carry it.
  // 有 / 设了 / 设置了 next to the row: the form has it, no condition of its own
  const having = /(?:设置了|设立了|设定了|设了|设有|设置|有)(?=\s|$)/gu;
  rest = rest
    .replace(/有没有/gu, ' ')
    .replace(
      /(?:所有|全部)(?:的)?(?:项目|表)|哪些项目|哪几个项目|哪个项目|哪些表|哪(?:几)?(?:张|份|个)表|项目|表/gu,
      ' ',
    )
    .replace(having, ' ')
    .replace(TAILS, ' ')
    // twice: a word freed by the first pass (指标里 → 里)
    .replace(TAILS, ' ')
    .replace(having, ' ');
  // (a mean per project is of a count of rows; asked of anything else it is left to the other readings, reported)
  if (meanPerProject && output !== 'countRows') return null;
  return {
    term: found?.term ?? null,
    ...(within.length ? { within } : {}),
    ...(cells.length ? { cells } : {}),
    ...(position !== undefined ? { position } : {}),
    ...(score ? { score } : {}),
    ...(every ? { every } : {}),
    ...(joined ? { also: [joined.also] } : {}),
    ...(bound ? { bound } : {}),
    ...(counted ? { perForm: { op: counted.op, value: counted.value } } : {}),
    columns: [...columns],
    output,
    ...(sum ? { sum } : {}),
    ...(top ? { top } : {}),
    ...(grouped ? { groupBy: grouped.groupBy } : {}),
    ...(unmarked ? { unmarked: true as const } : {}),
    ...(budgetWord ? { budgetWord: true as const } : {}),
    ...(typical ? { typical: true as const } : {}),
    ...(perFormTop ? { perFormTop } : {}),
    ...(perProject ? { perProject: true as const } : {}),
    ...(meanPerProject ? { perProjectMean: true as const } : {}),
    ...(mean ? { mean: true as const } : {}),
    ...(shortfall ? { shortfall } : {}),
    ...(perGroup ? { perGroup } : {}),
    ...(belowTarget ? { belowTarget: true as const } : {}),
    rest: `${budget.join(' ')} ${rest.trim()}`.trim(),
  };
}

/** The words of falling short (没达标 / 未完成): read as 扣分 like 没达到, said back. */
const SHORTFALL = /达标|完成|达到/u;
const SHORTFALL_WORDS =
  /(?:没有|没|未能|未|不)达标|(?:没有|没|未能|未)(?:全部)?完成(?:目标|任务)?(?![值情])/gu;
/** …only as the condition asked: in a clause of its own before a cell asked (米面油那条数量指标没达标，偏差原因咋写的) it
 * tells about the row named, and stays to be reported. */
const SHORTFALL_ASKED = new RegExp(
  `(?:${SHORTFALL_WORDS.source})(?![^，,]*[，,].*(?:偏差|指标值|目标|完成值|完成情况|分值|得分|写|填))`,
  'u',
);

/** 每个项目 / 各项目 / 每张表 … 几条: a count asked of each project (分别 / 各 after the project says it again). */
const EACH_PROJECT =
  /(?:每个|每一个|各个|每张|每份|各)(?:项目|表)|(?:项目|表)(?:都)?(?:分别|各自|各)(?:有|设了|写了)?(?:几|多少)/u;
const ALL_ADDED =
  /(?:各个?|每个)(?:项目|表)(?:中|里|当中|之中)[^。？?]*?(?:共|合计|一共|总共|总计)(?:有)?(?:多少|几)/u;
const EACH_PROJECT_WORDS = /(?:每个|每一个|各个|每张|每份|各)(?=项目|表|\s|$)|(?:都)?(?:分别|各自)/gu;

/** The most or fewest (最多 / 最少) said of the rows' number, with the places asked (前三个, 3个): projects ranked. */
const PER_FORM_END =
  /(?:的)?(?:条数|数量|个数|数目|总数)?(?:是)?(最多|最少)(?:的)?(?:\s*(?:前)?(\d+)(?:个|项|张|份))?/u;
const PLACES_BEFORE = /前(\d+)(?:个|项|张|份)?/u;

/** 产出指标最多 (the rest once the row's name is taken out): the end and the places asked, or null. A superlative of a
 * cell (得分最高, 扣分最多) is read before; only a bare 最多 / 最少 is the number of rows. */
function perFormEnd(
  rest: string,
  output: RowOutput,
): { dir: 'desc' | 'asc'; limit: number; rest: string } | null {
  if (!['rows', 'projects', 'countRows'].includes(output)) return null;
  const m = PER_FORM_END.exec(rest);
  if (!m) return null;
  let left = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
  let limit = m[2] ? Number(m[2]) : 1;
  const before = m[2] ? null : PLACES_BEFORE.exec(left);
  if (before) {
    limit = Number(before[1]);
    left = left.replace(PLACES_BEFORE, ' ');
  }
  return { dir: m[1] === '最少' ? 'asc' : 'desc', limit, rest: left };
}

/** 满意度 asked bare (是多少 / 怎么样 / 完成得如何 after it), not a kind of it (服务对象满意度 is a row's own name). */
const SATISFACTION_ASKED =
  /(?<![对象公众群众])满意度(?!指标|调查|得分|分值|率)(?=\s*(?:(?:是|为|有)?(?:多少|怎么样|如何|咋样|啥情况)|(?:的)?情况(?:如何|怎么样|咋样)|(?:完成|达到|做|搞)(?:得|的)(?:怎么样|如何|咋样)))/gu;

/** A row's cell, as staff name it in passing. */
const CELL_NOUN = '(?:年度指标值|指标值|目标值|实际完成值|完成值|偏差原因)';
/** The row's cells said bare at the end, as a list (目标和实际, 实际和目标): the two columns asked. */
const BARE_PAIR =
  /(?:目标|指标值)(?:值)?(?:和|与|跟|、|及)(?:实际|完成)(?:值|情况)?(?=[？?。!！\s]*$)|(?:实际|完成)(?:值|情况)?(?:和|与|跟|、|及)(?:目标|指标值)(?:值)?(?=[？?。!！\s]*$)/gu;

/**
 * Row words said the way staff say them, read before the rest (general, by word class):
 * - 指标行 / 指标那几行 is 指标 (the rows are what 指标 names anyway);
 * - 拿“X”当指标值 / 用“X”作为目标值 / 把“X”当成实际完成值: the cell holds X (年度指标值写着“X”), a verb of using (拿/用/把/以)
 *   and one of taking as (当/当作/当成/作为) around a quoted value and a cell;
 * - 目标和实际 at the end: both cells asked.
 */
/** A template label's family word with its 指标 misspelt (标指, 指表, 旨标; 指标 itself is no mistake). */
const MISSPELT_LABEL =
  '(?:产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)(?:标指|指表|旨标|指票)';
/** Said of it: a mistake in the writing. */
const MISTAKE = '写错字|写错了字|写错了|写错|打错字|打错了|错别字|是错字|有错字|写反了|颠倒了';

export function rowPhrases(text: string): string {
  return (
    rowCellWords(text)
      .replace(/指标行/gu, '指标')
      // 指标值和实际完成值: 指标值 alone after a pause or 的 is the row's 年度指标值 (the target)
      .replace(/(?<=^|[，,、和跟与及的\s])指标值/gu, '年度指标值')
      // 年度指标值和实际完成值各是多少？对得上吗: whether the two agree is read off the two values shown
      .replace(
        /(?<=(?:多少|几|什么|啥)[？?]?)[，,？?\s]*(?:两个|两者|二者)?(?:能)?(?:对得上|对上了|一致|相符|吻合)(?:吗|么|不|没有)?[？?。]*$/gu,
        '',
      )
      // 年度指标值与实际完成值是否一致？请列示: whether the two agree is read off the two values listed
      .replace(
        /(年度指标值|目标值)(?:与|和|跟|同)(实际完成值|完成值)(?:是否|是不是|有没有)(?:一致|相符|对得上|吻合|匹配)(?:[？?，,。]\s*(?:请)?(?:列示|列出|列一下|列出来)?)?/gu,
        '$1和$2',
      )

      // Rows said as a clerk talks (the clerk part): 打的分 / 给的分 is the row's 得分, 它自己的分值 its 分值 (the row is
      // the one spoken of); 被扣掉的分数 / 扣掉的分 is its 扣分; 不满 after 得分 is not full marks (不满意 untouched);
      // 扣分最狠 / 扣得最重 the most lost;
      // 那些行 / 这些行 point at the rows already named; 有…的没 asks whether there are any, 有的话 goes on if so;
      // 出在哪个项目(上) is which project holds the row; 标注了 / 标记为 before what is written is 写着 (not the 标 of
      // 指标: 指标的是哪些); the kinds of a
      // level asked (用到了哪几类一级指标) are the rows counted per kind
      .replace(/(?:打|给|评)的分(?:数)?/gu, '得分')
      // (the review part) 那一条打了几分: the score given the row is its 得分; 满分是几分 said of a row is its 分值 (the
      // most it can get), and 质量指标一共占多少分值 the rows' 分值 added up
      .replace(/(?:打|给|评)了(?=(?:几|多少)分)/gu, '得了')
      .replace(/(?<![拿得到没不是])满分(?:是|为|有)?(?=(?:几|多少)分?)/gu, '分值是')
      // (占几分 alone is the 分值 of the row named: COLUMN_WORDS)
      .replace(
        /(?:一共|总共|合计|加起来)占(?:了)?(?:多少|几)(?:个)?(?:分值|分)(?![之数])|占(?:了)?(?:多少|几)(?:个)?分值/gu,
        '分值一共多少',
      )
      .replace(/(?:它|其)?自己的分值|它的分值/gu, '分值')
      // 分值和得分各多少 / 目标值、实际完成值分别是多少: two cells of the row with one ask after them — each asked
      .replace(
        /(分值|得分|年度指标值|目标值|实际完成值|完成值|偏差原因)(?:和|跟|与|、|以及|及)(分值|得分|年度指标值|目标值|实际完成值|完成值|偏差原因)(?:各|分别|各自)(?:是|为)?(多少|几|什么|啥)(分)?/gu,
        (_m, a: string, b: string, ask: string, unit?: string) =>
          `${a}是${ask}${unit ?? ''} ${b}是${ask}${unit ?? ''}`,
      )
      // 各项指标得分加起来: every row of the form, 各项 says all of them
      .replace(/各项(?=(?:绩效)?指标(?:的)?(?:分值|得分|扣分))/gu, '')
      .replace(/(?:被)?扣掉(?:了)?的分(?:数)?|扣的分数/gu, '扣分')
      .replace(/得分(?:不满|没满|没有满|未满)(?!意)(?:分)?/gu, '没拿满分')
      // 得分未达满分 / 没有达到满分: below full marks (达满分 alone had been read as full marks got)
      .replace(/(?:得分)?(?:未|没有?|尚未)(?:达|达到)满分/gu, '没拿满分')
      // 单条指标最多扣了几分 / 一条最多扣多少分: the most a row lost
      .replace(
        /(?:一条|单条|每条|一行)(指标)?(?:最多|最大)(?:扣了|扣掉了|扣掉|扣)(?:几|多少)分/gu,
        '扣分最多的指标扣了几分',
      )
      .replace(/扣(?:分|得)?(?:最狠|最重|最厉害)/gu, '扣分最多')
      // 扣分最多的一条 / 得分最低的那一行: the row at that end, one said of it (ties are all listed)
      .replace(/(?<=(?:最多|最少|最高|最低|最狠|最重))的(?:那)?(?:一|1)(?:条|行)(?!指标)/gu, '的指标')
      .replace(/(?:那些|这些)(?:行|条)(?!指标)/gu, ' ')
      .replace(/(?<=的)没(?:有)?(?=\s*[？?。！!]|\s*$)/gu, ' ')
      .replace(/(?:如果|要是)?有的话[，,]?/gu, ' ')
      .replace(/出在(?=哪)/gu, '是')
      .replace(/的项目数(?![量据额])/gu, '的项目有几个')
      // 用到了哪几类一级指标 / 二级指标有哪几种: the kinds of that level the rows carry, each counted
      .replace(
        /(?:用到了|用到|用了|涉及到?了?|有|包含|包括)(?:哪几类|哪些类|哪几种|哪些种|几类|几种)的?([一二])级指标|([一二])级指标(?:都)?(?:有|分|用了|用到了)(?:哪几类|哪些类|哪几种|几类|几种)/gu,
        (_m, a?: string, b?: string) => `按${a ?? b}级指标统计几条`,
      )
      // 成本指标写的多少钱: the money a row's cell says is its value asked (多少 of the cell, not a sum of money)
      .replace(/(?<=(?:写|填|定|设)(?:的|了)(?:是)?)多少(?:钱|块钱|块)(?=\s*[？?。！!]*\s*$)/gu, '多少')
      // 产出标指写错字的 / 满意度指表是错别字: a label as misspelt on the forms, named with the mistake said — the rows named
      // so, as a quoted name (a label written right, 产出指标, is no mistake to find)
      .replace(
        new RegExp(`(${MISSPELT_LABEL})(?:的)?\\s*(?:这种|这样)?(?:是|有|属于)?(?:${MISTAKE})(?:的)?`, 'gu'),
        '有“$1”这个指标的',
      )
      .replace(/(?<=项目)(?:清单|名单)/gu, '')
      .replace(/(?<=项目)上(?=\s*[？?。！!]*\s*$)/gu, '')
      .replace(/(?:标注|标记|(?<![指目坐商锦])标)(?:了|为|成|的是)(?=\s*[“"「]?\p{Script=Han})/gu, '写着')
      // 满意度指标最后得了零分 / 最终打了几分: in the end, said of the verb of scoring (harmless.ts reads it so in the
      // ordinary parser; a row's cell is read here, before it)
      .replace(
        /(?:到最后|最后|最终)(?=(?:得|拿|打|评)(?:了|到|的)?\s*(?:\d|[零一二三四五六七八九十几多]|满分))/gu,
        '',
      )
      // 满意度这一块 / 效益那部分: the kind of row pointed at as a block of the form is that kind's rows
      .replace(
        new RegExp(
          `(${LEVEL_WORDS}|满意度)(?:指标)?(?:这|那)(?:一)?(?:块|部分|大块|行|条|栏|项)(?!指标)`,
          'gu',
        ),
        '$1指标',
      )
      // 满意度指标的分 (满意度那一栏的分 by now): 分 alone of a kind of row is the rows' 得分
      .replace(new RegExp(`((?:${LEVEL_WORDS}|满意度)指标)(?:里|上)?的分(?![值数])`, 'gu'), '$1得分')
      .replace(
        new RegExp(
          `(?:拿|用|把|以)([“"「『][^”"」』]{1,20}[”"」』])(?:来)?(?:当作|当成|当做|作为|当|作)(?:了)?(?:其)?(${CELL_NOUN})`,
          'gu',
        ),
        '$2写着$1',
      )
      .replace(BARE_PAIR, ' 年度指标值 实际完成值')
      // 一条最多给到几分 / 单条最少占几分: a row's 分值 at its end (the points a row is given)
      .replace(
        /(?:一条|单条|每条|一行)?(?:能)?(最多|最高|最少|最低)(?:能)?(?:给到|给了|给|占到|占|设到|设了|设)(?:了)?(?:几|多少)分/gu,
        '分值$1',
      )
      // 满意度目标是多少 / 质量指标的目标写的百分之多少 / 满意度调查的目标一般设多少: a kind of row's 目标 is its 年度指标值
      // (年度目标 is the form's)
      .replace(
        new RegExp(
          `(${LEVEL_WORDS}|满意度)(?:调查)?(?:指标)?(?:的)?目标(?:值)?(?=\\s*(?:${TYPICAL_WORD})?(?:是|为|定的|写的|填的|定了|写了|设|定|多少|几|什么|啥|百分之))`,
          'gu',
        ),
        '$1指标的年度指标值',
      )
      // 临时救助资金的满意度是多少 / X的满意度怎么样 / 满意度完成得如何: the satisfaction asked of a project with no word
      // of 指标 is its satisfaction rows (target, actual, score); 满意度得分 / 满意度调查 / 满意度指标 stay as they are
      .replace(SATISFACTION_ASKED, '满意度指标')
      // 指标值是百分比的 / 完成值写成百分数的 / 目标值带百分号: the cell holds a percent sign (no cell says 百分比 itself;
      // 百分 is read as the numeral 100 by then)
      .replace(
        /(指标值|目标值|完成值|完成情况)(?:是|为|写的是|写成|写的|填的|用|用的是|带|带有|有)?(?:百分|100分)(?:比|数|号|率)(?:形式)?/gu,
        '$1写着“%”',
      )
  );
}

/** What is said of the budget row's points (预算执行那一项扣了分, 资金总额没拿满分): never a row's own condition. */
const BUDGET_CLAUSE =
  /(?:预算执行(?:率|情况)?|年度资金总额|资金总额)(?:(?:那|这)(?:一|个)?(?:项|行|栏|条)?(?:指标)?)?(?:的)?(?:得分)?(?:被)?(?:扣了分|扣分(?!数)|扣了(?![几多\d分])|没(?:有)?(?:拿|得)(?:到)?满分|没满分|丢(?:了)?分|不是满分)/gu;
/** 只有预算执行扣了分、其他指标都满分: 只有 and 其他 say that the rows are the rest of the form; the budget row and the
 * rows are told apart already, so they add nothing (without the rows' clause, 只有 stays to be reported). */
const ONLY = /(?:就只有|只有|只是|仅有|仅仅|仅)(?=\s*(?:预算执行|年度资金总额|资金总额))/gu;
const OTHERS = /(?:其他|其余|其它|别的|剩下的?)(?:的)?(?=(?:三级|绩效)?指标(?:都|全|全部|均|也))/gu;

function budgetClauses(text: string): { said: string; budget: string[] } {
  const budget = [...text.matchAll(BUDGET_CLAUSE)].map((m) => m[0]);
  if (!budget.length) return { said: text, budget };
  let said = text;
  if (OTHERS.test(said)) said = said.replace(ONLY, ' ').replace(OTHERS, ' ');
  return { said: said.replace(BUDGET_CLAUSE, ' '), budget };
}

/** The forms lacking a row named `term`; what is left of the text is their scope. */
function absentQuestion(term: string, text: string): RowQuestion {
  const output: RowOutput = /(?<!哪)(?:几|多少)(?:个|张|份|项)|(?:数量|个数)/u.test(text)
    ? 'countProjects'
    : 'projects';
  const rest = text
    .replace(
      /(?:所有|全部)(?:的)?(?:项目|表)|哪些项目|哪几个项目|哪个项目|哪些表|哪(?:几)?(?:张|份|个)表|项目|表/gu,
      ' ',
    )
    .replace(TAILS, ' ')
    .replace(TAILS, ' ')
    .trim();
  return { term, absent: true, columns: [], output, rest };
}
