/**
 * A row's cells and kinds said the way a reviewer writes them, put as the readers read them — by the form-level parser
 * (parse.ts) and by the row reader (row-question.ts) alike, since either may take the question:
 * - 年度指标值填写为“优良中差” / 实际完成值填写“未做”: a cell, a verb of writing and a quoted value is the cell holding
 *   it, the quotes taken off (年度指标值是优良中差);
 * - 偏差原因分析及改进措施一栏为空: the column's whole name in some templates (TEMPLATES.md) is the deviation's column;
 * - 二级指标为可持续影响指标: the level said before a kind of the templates is the kind itself (a kind is read on either
 *   level);
 * - 实际得的分比它的满分还高: what a row got is its 得分, and its 满分 its 分值; 最后做到了多少 its 实际完成值
 *   (定的目标 is left to the row reader, which finds the row by its name);
 * - “偏差原因分析”栏 / “复议胜率”这一三级指标: a column's name quoted is the column, and a row's name quoted before
 *   这一(三级)指标 is that row (这个指标);
 * - 习风园扣分那几条 偏差原因写了没: whether a cell of rows just named is written is what is written there — the rows
 *   listed with it (read as a check of the form, it answered 否 to "has no missing reason", a double negative);
 * - …这个指标出现在哪些项目里: the projects that have the row (在哪些项目里有);
 * - 满意度扣了几分 / 咋扣的分 / 为啥扣分 / 扣掉的2分扣在哪几条指标上: the points lost on rows of a kind, and which rows
 *   lost them with their 偏差原因;
 * - 考核指标 (an older clerk's word for the indicators) is 指标: the rows as a whole, not the rows whose name holds 考核
 *   (a quoted “考核指标” stays a name).
 */
const CELL = '(年度指标值|指标值|目标值|实际完成值|完成值|实际值)';
const WRITTEN =
  '(?:填写为|填写成|填写的是|填写|填报为|填报|填为|填成|填的是|填了|填着|写为|写成|写的是|写了|写着)';
const CELL_WRITTEN_QUOTED = new RegExp(
  `${CELL}(?:那?一?栏)?(?:里|中)?${WRITTEN}[“"「『]([^“”"「」『』]{1,16})[”"」』]`,
  'gu',
);

const DEVIATION_WITH_MEASURES = /偏差原因分析(?:及|和|与|以及)改进措施/gu;

const KINDS =
  '(?:产出|效益|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|社会公众满意度)';
/** The kinds of row a clerk names alone (满意度扣了几分, 满意度那两条): the rows of that kind. */
export const ROW_KIND = '(满意度|产出|效益|数量|质量|时效|成本)';
const LEVEL_IS_KIND = new RegExp(`(?:一级|二级)指标(?:为|是|属于)(?=${KINDS}(?:指标|类))`, 'gu');

/** Rows pointed at (扣分那几条, 这几行, 那些指标) before a cell asked whether written. */
const ROWS_NAMED =
  '(?:那几条|这几条|那几行|这几行|那些指标|这些指标|那几个指标|这几个指标|那条|这条|那一条|这一条)';
const CELL_WRITTEN_ASKED = new RegExp(
  `(?<=${ROWS_NAMED}(?:指标)?[，,\\s]?[^，,。？?；;]{0,12}?)(?:的)?(?:都)?(?:写(?:了)?|填(?:了)?)?(偏差原因(?:分析)?|偏差说明|原因)(?:都)?(?:写了没有|写了没|写了吗|写没写|有没有写|填了没有|填了没|填了吗|填没填|有没有填)`,
  'gu',
);
const WRITTEN_CELL_ASKED = new RegExp(
  `(?<=${ROWS_NAMED}(?:指标)?[，,\\s]?[^，,。？?；;]{0,6}?)(?:都)?(?:写了|填了|有)(偏差原因(?:分析)?|偏差说明)(?:吗|没有|没)`,
  'gu',
);

/** 考核指标 / 绩效考核指标, not quoted: an older word for the form's indicator rows as a whole, not rows named 考核. */
const ASSESSMENT_ROWS =
  /(?<![“"「『\p{Script=Han}])(?:绩效)?考核指标(?![”"」』])|(?<=[的那这几些条项个张])(?:绩效)?考核指标(?![”"」』])/gu;

/** “居民满意度”这个指标出现在哪些项目里 / 在哪几张表里出现过: the projects that have the row. */
const APPEARS_IN =
  /出现在(哪些|哪几个|哪个|哪几张|哪张)(项目|表)(?:里|中|上|当中)?(?:过)?|在(哪些|哪几个|哪个|哪几张|哪张)(项目|表)(?:里|中|上|当中)?出现(?:过)?/gu;

/** 所有成本指标 / 全部的质量指标: every row of the kind is the kind (所有 had let 质量 be read as a piece of a name). */
const ALL_OF_KIND = new RegExp(`(?:所有|全部|全体)(?:的)?(?=${KINDS}(?:类)?指标(?!里|中|当中|之中))`, 'gu');

/** 哪一项指标没拿满分 / 哪个指标: which rows (the rows that answer are listed). */
const WHICH_ROW = /哪(?:一)?(?:项|个|条)(?=指标)/gu;
/** 满意度那一条定的指标值 / 定的目标值: the row's 年度指标值 (the target it set). */
const TARGET_SET = /定的(?:指标值|目标值)/gu;
/** 被扣分指标的名称及其得分: the deducted rows, each with its name and score, as the rows are listed. */
const ROWS_NAMED_WITH = /(?:被)?扣(?:了)?分(?:的)?指标的名称(?:及其|以及|和|与|及)(得分|分值|扣分)/gu;

/** 有得分未填的指标的项目: the rows' 得分 (the form's 得分 is its 总分 — read so it had listed the forms with no 总分). */
const ROW_SCORE_EMPTY =
  /(?<![总自评指标])得分(?=(?:栏|一栏)?(?:未填写|未填|没填|为空|空着|是空的)的(?:绩效|三级)?指标)/gu;

/** 扣分的指标有几个: rows counted are counted in 条 (几个 after 指标 had counted the projects that have them). */
const ROWS_COUNTED_IN_GE =
  /(?<=指标)(有|共有|一共有|总共有|一共|总共|共)?(?:几个|多少个)(?!项目|表|单位|部门)/gu;

/** What a row got (实际得的分): its 得分. */
const GOT = /实际(?:得|拿|获得)(?:到)?的分(?:数)?/gu;
/** 得分比它的满分还高: a row's 满分 is its 分值 (the form's 满分 is its 总分值, never compared with a row's 得分). */
const ROW_FULL_MARK = /(?<=得分)比(?:它的|它|其|自己的|自身的)?满分/gu;

// (实际完成了多少 is read by the row reader as it stands)
const REACHED = /(?:最后|最终)?(?:做到了|做到|达到了|实现了)(?=多少|几)/gu;
/** (“偏差原因分析及改进措施”栏填写内容: what the column holds is the column asked) */
const QUOTED_COLUMN =
  /[“"「『](偏差原因分析(?:及改进措施)?|年度指标值|实际完成值|分值|得分)[”"」』](?:(?:栏|一栏|那栏|这栏)(?:的)?(?:填写内容|所填内容|填写的内容|填的内容|内容))?/gu;
const QUOTED_ROW_THIS = new RegExp(`(?<=[”"」』])这一?(?:条|项|个)?(?:三级|${KINDS})?指标`, 'gu');
/** 满意度那两条 实际完成值填的是啥: the rows of a kind pointed at, then their cell — that kind's rows. */
const KIND_ROWS_POINTED = new RegExp(
  `(?<=^|[\\s，,的])${ROW_KIND}(?:指标)?(?:那|这)(?:两|几|三)条(?:指标)?[\\s，,]*`,
  'gu',
);
/** 成本指标目标值四百三十七万多 实际完成值是多少: a row's target said roughly, to say which row — then another cell asked. */
const TARGET_SAID_ROUGHLY =
  /(年度指标值|目标值|指标值)(?:是|为)?(?:大概|约)?[\d一二三四五六七八九十百千万两点.]+(?:万元|万|元)?(?:多|左右|出头)[\s，,]*(?=实际完成值|实际值|完成值|偏差原因|得分|分值)/gu;

/** 满意度扣了几分 / 满意度扣分合计: the points lost on rows of a kind, the kind said without 指标. */
const KIND_POINTS_LOST = new RegExp(
  `${ROW_KIND}(?!指标)(?=扣(?:了|掉)?(?:几|多少)分|扣分(?:一共|总共|合计|加起来|之和)?(?:是|有)?(?:多少|几)?)`,
  'gu',
);
/** 公益电影那个咋扣的分 / 满意度为啥扣分: why points were lost — the rows that lost them, with their 偏差原因. */
const WHY_POINTS_LOST = new RegExp(
  `(?:${ROW_KIND}(?:指标)?)?(?:是)?(?:为啥|为什么|为何|因为什么|咋|怎么)(?:会)?(?:被)?扣(?:了|掉)?(?:的)?分(?:的|了)?(?:呢|啊|呀)?`,
  'gu',
);
/** 扣掉的2分分别扣在哪几条指标上: which rows lost the points — the points counted restate the 总分 said before them. */
const WHERE_POINTS_LOST =
  /扣(?:掉|除)?(?:的)?[\d一二三四五六七八九十两.]*分?(?:分别|都)?扣在(?:了)?(?:哪几条|哪些|哪条|哪个|哪几个|哪)(?:指标)?(?:上)?/gu;

/** 三级指标扣分（分值−得分）合计: the rows' points lost, their formula said aside (every row is a 三级指标). */
// (扣分合计（分值减得分）: the formula after the total, its minus said in words)
const LOST_FORMULA = /扣分(合计|总和|之和)?\s*[（(]\s*分值\s*(?:[−\-－–]|减去|减掉|减)\s*得分\s*[)）]/gu;
const THIRD_LEVEL_LOST = /(?:所有|全部)?三级指标(?=扣分|的扣分)/gu;

/** 得分低于分值的三级指标条数: the rows counted (read as a number of each form, it had listed the forms). */
const ROWS_NUMBER = /(?:三级)?指标(?:的)?条数(?=[。.？?！!]*$)/gu;
/** 数量指标有几条分别是啥: the rows listed — the list gives their number too (the count alone had been the answer). */
const COUNT_THEN_WHICH = /有几条[，,\s]*(?:分别|都|各)(?:是|叫)(?:啥|什么|哪些|哪几条)/gu;

/** 满意度实际填的100%的: the satisfaction rows' 实际完成值, 实际 said alone after the kind. */
const KIND_ACTUAL = new RegExp(`${ROW_KIND}(?:指标)?(?:的)?实际(?=填|写|是|为)`, 'gu');
/** 效益指标 at all（一级指标）: the level a kind is read at, said aside — a kind is read at every level. */
const LEVEL_ASIDE = /[（(]\s*[一二三][级級]指[标標]\s*[)）]/gu;

/** 满意度写了未做 但得分是空的: the 得分 of the satisfaction row the clause before is about (traditional characters too). */
const SURVEY_SCORE_AFTER = /([满滿]意度(?!指标|指標)[^，,。？?]{0,12}?(?:但|但是|可是|可|却|卻|而)\s*)得分/gu;
/** 得分是空的 / 偏差原因空着: the cell left empty. */
const CELL_EMPTY = /(得分|分值|偏差原因|实际完成值|年度指标值)\s*(?:是空的|是空白的?|空着的?|为空|為空)/gu;
/** （没写0）: what the empty cell is not, said aside. */
const NOT_ZERO_ASIDE = /[（(]\s*[没沒未](?:写|寫|填)\s*0\s*[)）]/gu;

/** 目标是多少人次，实际是多少 / 目标多少 实际多少: the row's two cells asked as a pair (the second, read alone, had lost
 * the row). */
const TARGET_THEN_ACTUAL =
  /目标(?:值)?(?:是|为)?多少\p{Script=Han}{0,2}?[，,\s]+(?:那)?实际(?:完成值?|值)?(?:是|为)?多少\p{Script=Han}{0,2}?(?=[？?。！!\s]*$)/gu;
/** 协管员实际多少人: what the row reached, counted — its 实际完成值. */
const ACTUAL_COUNTED =
  /(?<=\p{Script=Han})实际(?=(?:是)?多少(?:人|个|次|户|场|件|台|人次)|(?:是)?几(?:人|个|次|户|场|件|台))/gu;

export const rowCellWords = (text: string): string =>
  text
    .replace(TARGET_THEN_ACTUAL, '年度指标值和实际完成值分别是多少')
    .replace(ACTUAL_COUNTED, '实际完成值')
    .replace(NOT_ZERO_ASIDE, '')
    .replace(SURVEY_SCORE_AFTER, '$1满意度指标得分')
    .replace(CELL_EMPTY, '$1未填')
    .replace(KIND_ACTUAL, '$1指标实际完成值')
    .replace(LEVEL_ASIDE, '')
    .replace(ROWS_NUMBER, '指标有几条')
    .replace(COUNT_THEN_WHICH, '有哪些')
    .replace(LOST_FORMULA, '扣分$1')
    .replace(THIRD_LEVEL_LOST, '指标')
    .replace(WHERE_POINTS_LOST, '扣分的指标有哪些')
    .replace(WHY_POINTS_LOST, (_m, kind?: string) => `扣分的${kind ?? ''}指标偏差原因是什么`)
    .replace(KIND_POINTS_LOST, '$1指标')
    .replace(ASSESSMENT_ROWS, '指标')
    .replace(WHICH_ROW, '哪些')
    .replace(TARGET_SET, '年度指标值')
    .replace(ROWS_NAMED_WITH, '扣分的指标有哪些')
    .replace(ROW_SCORE_EMPTY, '指标得分')
    .replace(ALL_OF_KIND, '')
    .replace(ROWS_COUNTED_IN_GE, '$1几条')
    .replace(
      APPEARS_IN,
      (_m, w1?: string, n1?: string, w2?: string, n2?: string) => `在${w1 ?? w2}${n1 ?? n2}里有`,
    )
    .replace(QUOTED_COLUMN, '$1')
    .replace(QUOTED_ROW_THIS, '这个指标')
    .replace(KIND_ROWS_POINTED, '$1指标的')
    .replace(TARGET_SAID_ROUGHLY, '')
    .replace(REACHED, '实际完成值是')
    .replace(GOT, '得分')
    .replace(ROW_FULL_MARK, '比分值')
    .replace(CELL_WRITTEN_QUOTED, '$1是$2')
    .replace(DEVIATION_WITH_MEASURES, '偏差原因分析')
    .replace(LEVEL_IS_KIND, '')
    .replace(CELL_WRITTEN_ASKED, '$1是怎么写的')
    .replace(WRITTEN_CELL_ASKED, '$1是怎么写的');
