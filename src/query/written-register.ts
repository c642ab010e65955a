/**
 * The register of a written request or a chief's note (issue 10, the brief part): the official words around a question
 * said as the plain ones the readers know. Applied to the whole message, before it is split into asks, so that every
 * reader (the rows, the money, the follow-ups) sees the plain wording; nothing here adds a condition or a figure.
 *
 * - A leading clause of checking (经核查，/ 经查，/ 据核查，/ 经审核，/ 经核对，) frames the request, as 请问 does.
 * - 请将X列出 (请将X予以列示): the object put first with 将, as 把 puts it, is what is listed; 请将 is taken off.
 * - 列示 is 列出 (请予以列示 / 分别列示 / 逐一列示 / 列示如下); 按项目列示 (or 按项目列出) after rows or a finding asks
 *   for the projects it holds — what a list of projects is — so 按项目 is taken off; only with no count asked (X有几条，
 *   按项目列示 would be a count per project, left for the reader to report).
 * - A trailing 一并报来 / 一并报送 / 请一并提供 (send it all together) adds nothing to the asks before it; nor does
 *   一并 before a verb of listing (并请一并列示X).
 * - 所填(的) / 所填写的 / 所报(的) before a field is that field as written (法律顾问所填联系电话 = 法律顾问的联系电话);
 *   所报项目 / 所申报的项目 are the projects handed in (大红门街道办事处所报项目: that office's); 所载 / 所列 / 所设 is as
 *   written; a count's 合计 (三级指标条数的合计) is the count;
 *   (报的多少 is left as it is: read as 是多少 it answers a 低保 question with the one name holding 低保 literally.)
 * - 负责人、电话两项均未填写: 两项 after fields listed with 、 counts the fields, not projects; it is taken off.
 * - 及其 / 以及其 (最低的3个项目及其负责人): 其 is the projects just named; 及 alone says it.
 * - 均 before a negation or a verb of being (均未填写, 均为0) is 都 (平均 stays); so is the spoken 全 before a verb
 *   (全拿满分, 全没做).
 * - 原文 / 原话 / 全文 after a text cell asked (预期目标原文是什么) is the cell as written, which is how it is shown.
 * - 按X口径 is 按X (按主管部门口径统计); 按万元口径 (the amounts in 万元, the unit they are shown in) says nothing more.
 * - 款项合计多少（按全年预算） / 资金合计，按执行数计算: the one word of money in the message is the field named after it
 *   (with two words of money, or none, the clause stays, for the reader to report).
 * - 款项 is 资金 (the written word for a project's money).
 * - A和B哪个经费多 / 谁的资金少 / 哪个预算大: the bare 多 / 少 / 大 / 高 after "which one" and what it has is its end
 *   (经费最多), which the readers of spoken money read as the 全年预算数 and say so; 那两个项目哪个… restates the
 *   scope's count and is taken off.
 * - indicators worth 5 points (with / weighted at / carrying): the rows of that 分值 (分值为5分的指标) — with 5 read
 *   beside "indicators" it was the number of a form's rows.
 * - A 决算 brief's or an audit's framing (stop 37): a purpose said before or after the request (为编制…材料，请… /
 *   …，供常务会汇报时对比使用), a finding before it (审计发现的问题：), 以X为口径 / 为单位 (按X), 依次, 存在…情形 (the case is the
 *   condition), 、即… (a restatement, both kept), 二者 / 两者, 其 opening a clause (它们的), 保留两位小数 (how figures are
 *   shown already; three places stays, reported), 请比较A与B…，相差多少 (the gap), 合计金额 (the total), X的总体情况，包括…
 *   (the figures listed), 涉及多少资金 (their 全年预算数), 按元计算 (（换成元）), 整体执行率 followed by its own definition
 *   (…除以…那种 too),
 *   and 未填写X的项目按零计算 after a total (how a sum is made; never after an average); 按项目个数计算 before an average
 *   (what an average is), 合计调减金额 / 共计追加额 (the field 预算调减额 / 预算调增额 summed).
 * - 课题 after a demonstrative or a question word (这个课题 / 该课题 / 哪些课题) is a 项目 (a research project is one of
 *   the forms' projects), and so is 课题 before 负责人 / 名称 (课题负责人); 课题 inside a typed name is left alone.
 */
import { withoutGuesses } from './guesses.ts';

/** A leading clause of checking, ended by a comma or a colon. */
const CHECKED_LEAD =
  /^\s*(?:(?:经|据|通过)(?:核查|核对|复核|比对|审查|查|审核|核实|检查|排查|梳理|核|统计|汇总|测算|计算)|(?:请)?(?:复核|核实|核查|核对|审核|排查))(?:发现)?\s*[，,:：]\s*(?=\S)/u;
/** X较Y调减的金额及调减比例: the change asked twice, as an amount and relative to Y — two asks of one comparison. */
const AMOUNT_AND_RATE =
  /^(.+?)(比|较)(.+?)(调减|调增|增加|减少|增长|下降|上调|下调)的?(?:金额|数额|额度|数)(?:及|和|以及|、|与)(?:其)?(?:调减|调增|增加|减少|增长|下降|上调|下调)?的?(比例|幅度|百分比|比率)([。？?]?)$/u;
/**
 * X调减了多少，占年初预算的比例是多少: the change just asked, as a share of the budget it was made to — the field
 * 预算调减比例 (a cut) or 预算调整幅度 (any other change), asked of the same projects.
 */
const CHANGE_THEN_SHARE =
  /(调减|压减|削减|核减|减少|下调|调增|追加|增加|上调|调整)(了)?(多少|几)(万元|万|元)?(钱)?\s*[，,]\s*(?:其|这|这个数)?占(?:年初)?(?:预算)?(?:数)?(?:的)?(?:比例|比重|百分比|百分之几|比率|多少)(?:是|为)?(?:多少)?/u;
const COMPARED_WITH = /较(?:之|于)?(?=上年|去年|前一?年|上一年|年初|全年|调整|预算|执行|\d{4}年|同期)/gu;
const RESTATED_CUT =
  /(?<=(?:全年预算|年初预算)数?(?:低于|少于|小于|高于|多于|大于)(?:年初预算|全年预算)数?)\s*[（(]\s*(?:即|也就是|亦即)?(?:年中|年内|中途|年度中)?(?:调减|调增|下调|上调|追加|压减)(?:了)?(?:的)?\s*[)）]/gu;
const WORK_OUT_LEAD =
  /(^|[，,；;]\s*)(?:请|烦请|麻烦)(?:帮忙)?(?:计算|测算|核算)(?:一下)?(?!机|器)(?=\p{Script=Han})/gu;
const WHETHER_FILLED =
  /(?:各个?项目(?:的)?(\p{Script=Han}{2,6}?)|(实际完成值|年度指标值|指标值|完成值|偏差原因))(?:均|都)?是否(?:已经|已)?(?:未|没有|没)?(?:填写|填报|填列|填)(?:了)?(?=\s*[。？?，,]?\s*(?:请(?:予以)?(?:核实|核查|确认)[。.]?)?\s*$)/u;
const WHAT_IS = /(?<=[位人称话码数值额率分因])为何(?=\s*[？?。]*\s*$)/u;
/** 复核满意度指标存在扣分情况的项目: a verb of checking opening the request, its object right after it. */
const CHECK_VERB_LEAD =
  /^\s*(?:请)?(?:(?:经|经过)?(?:复核|核实|核查|排查|审核|抽查|抽检)[，,]?\s*)(?=\p{Script=Han}{4})(?!是否|有无|一下)/u;

/** 审计发现的问题：哪些项目… / 抽查中发现: what a check found, said before the question; it frames it. */
const FOUND_LEAD =
  /^\s*(?:审计|检查|核查|巡查|督查|自查|抽查|复核|(?:逻辑)?校验|比对)(?:中|时)?发现(?:的)?(?:问题|情况|表内不平衡|数据不一致|不平衡)?\s*[：:，,]\s*(?=\S)/u;
/**
 * 复核中发现部分自评表总分与明细对不上。请列出…: what a check found, said as a sentence of its own before the request
 * that names exactly what to list; the finding frames it (read with it, its wider condition was added too).
 */
const FOUND_SENTENCE =
  /^\s*(?:在)?(?:审计|检查|核查|巡查|督查|自查|抽查|复核|审核|校验)(?:中|时|过程中|工作中)?(?:我们)?发现[^。？?！!]{2,40}[。！!]\s*(?=请|麻烦|烦请|现请|需)/u;
/**
 * 剔除模板占位行后 / （剔除模板占位行后）: the template's empty rows left out — every count of rows and every check
 * already leaves them out (the placeholders are never stored as rows), so it restricts nothing.
 */
const PLACEHOLDERS_LEFT_OUT =
  /[（(]?\s*(?:在)?(?:剔除|去掉|去除|排除|扣除|不算|不计)(?:掉)?(?:了)?(?:模板)?(?:占位行|占位的行|空白模板行|模板空行|空行)(?:之后|以后|后)?(?:的)?\s*[)）]?[，,]?\s*/gu;
/** 全区项目总数 / 全区全年执行数最多的: the whole district is every project the asker may see. */
const WHOLE_DISTRICT =
  /(?<!\p{Script=Han})全区(?:的)?(?=所有|全部|各|项目|全年|年初|执行|总分|平均|一共|共|自评表|\p{Script=Han}{2})/gu;
/** 是否填写？如有请给出号码: the value asked if there is one — a cell asked shows it, filled or not. */
const IF_ANY_GIVE =
  /[。？?，,]\s*如(?:有|已填|填了)(?:的话)?[，,]?\s*(?:请)?(?:给出|列出|提供|写出|告知|报)(?:其|该)?(?:号码|具体内容|内容|数值|数字|金额)?[。.]?\s*$/u;
/** 未填写项目负责人 / 没填联系电话的: not filled said before the cell — the cell, then not filled (未填写X的项目按零计算
 * is read whole below, EMPTY_AS_ZERO). */
const NOT_FILLED_BEFORE =
  /(?:未|没有|没)(?:填写|填报|填)(?:的)?(项目负责人|负责人|联系电话|电话|实施单位|主管部门|总分|年初预算数?|全年预算数?|全年执行数|执行数|执行率)(?=的|[，,。？?]|$)(?!的(?:项目|表)?[，,]?\s*(?:按|当|算作|计为)?(?:零|0|不算|不计))/gu;
/** 年初预算数栏未填写（空白或“-”）: the ways of leaving it empty said again in brackets. */
const EMPTY_WAYS =
  /(?<=(?:未填写?|未填报|没填|为空|空白|空着))\s*[（(](?:即|指|包括)?(?:空白|空着|空)(?:或|、|和|或者)[“"「]?[-—－–/无]+[”"」]?[)）]/gu;
/** …的自评表，其全年预算数合计: 其 pointing back at the forms just named is them. */
const ITS_AFTER_CLAUSE =
  /(?<=(?:自评表|项目|表)[，,])\s*其(?:自评表|表上|表内|表中)?(?:所载|所列|所填)?(?:的)?(?=全年|年初|执行|总分|预算|平均|合计)/gu;

/** 潞源街道项目的总体情况，包括项目数、预算总额…: the figures listed after 包括 are what is asked. */
const OVERVIEW_OF = /(?:的)?(?:总体|整体|基本|大致|大概)(?:情况|概况)\s*[，,：:]?\s*(?:包括|包含|含|即)\s*/gu;
/** 为编制年度决算汇总材料，请…: the purpose of the request, said before it; it asks nothing. */
const PURPOSE_LEAD =
  /^\s*为(?:了)?(?:编制|准备|做好|完成|配合|落实|撰写|形成|起草|迎接|开展|做|写|整理)[^，,。？?！!]{1,24}[，,]\s*(?=请|麻烦|烦请|需要|帮|劳驾|现|需|想)/u;
/** …，供常务会汇报时对比使用 / ，以便核对: what the answer will be used for, said after the request. */
const PURPOSE_TAIL =
  /[，,]\s*(?:以)?(?:供|便于|用于|以便|方便|作为)[^，,。？?！!]{1,20}?(?:使用|参考|之用|汇报|研究|决策|对比|核对|备查|材料)(?:使用|之用)?[。.！!]?\s*$/u;
/** 以主管部门为口径 / 以实施单位为单位: the grouping named as the basis of the figures. */
const BASIS_OF =
  /以(?:表中|表上)?(?:所?填写?的)?([^，,。？?\s以]{2,8}?)为(?:统计)?(?:口径|单位|维度)(?:[，,]\s*)?/gu;
/** 依次是哪些 / 依次列出: the order is the one the list is shown in. */
const IN_TURN = /依次(?=是|为|列|排|说)/gu;
/** 存在指标扣分但…未填写情形的项目: the case named is the condition (情形 adds nothing). */
const CASE_OF = /存在([^，,。？?！!]{2,30}?)(?:的)?(?:情形|情况)/gu;
const CASE_WORD = /(?:的)?情形(?=的|[，,。？?]|$)/gu;
/** 全年执行数低于全年预算数、即存在资金结余的: 即 restates the condition before it (both are kept). */
const THAT_IS = /[、，,]\s*(?:即|也即|亦即)(?:为|是)?/gu;
/** 二者相差多少 / 两者的全年执行数: the two just named. */
const THE_TWO = /(?:二者|两者)(?:之间)?(?:的)?/gu;
/** 请比较A与B的平均总分，相差多少分: the comparison asked, then its gap — the gap of the two is the question. */
const COMPARE_THEN_GAP =
  /^\s*(?:请|麻烦)?(?:比较|对比)(?:一下)?\s*([^，,。？?]+?)\s*[，,]\s*(?=(?:相差|差了?|差距|差额)(?:是|为|有)?(?:多少|几))/u;
/** 合计金额最大的 / 合计数最多的: the total itself. */
const TOTAL_AMOUNT = /(?<=合计|总计)(?:金额|数额)/gu;
/** 整体执行率…，请按全年执行数合计除以全年预算数合计计算: the definition of a set's own rate, which the answer states. */
const POOLED_DEFINED =
  /[，,。？?]\s*(?:请)?(?:按|用|以|按照)?(?:全年)?执行数(?:合计)?除以(?:全年)?预算数?(?:合计)?(?:计算|来算|算)?(?:的)?(?:那种|这种|那个)?[。.]?\s*$/u;
const POOLED_ASKED = /(?:整体|总体|综合|总)(?:的)?执行率|执行率合计/u;
/** 总分与满分100分之间差距: the full marks said with their number (100 on the template); the words of the gap stay. */
const FULL_MARKS_NUMBERED = /(?<=与)满分(?:100|一百)分(?=之间|的差)/gu;
/**
 * 请汇总…年初预算数合计，未填写年初预算数的项目按零计算: a sum adds nothing for a cell left empty, which is counting it
 * as zero — the clause is how the total is made already. Only for a sum (an average would change).
 */
const EMPTY_AS_ZERO =
  /[，,]\s*(?:对于|其中)?(?:未填写?|没填|没有填|空着?的?|空白)(?:的)?[^，,。？?]{0,10}?(?:的项目)?(?:一律|均|都)?(?:按|视为|视作|当作?|算作?)(?:零|0)(?:计算|计|算|处理)?[。.]?/u;
const SUM_ASKED = /合计|总计|加起来|一共|总额|汇总/u;
/** 执行率不到90%的项目涉及多少资金: the money of those projects, their budget (as 多少钱 is read). */
const MONEY_INVOLVED =
  /涉及(?:的)?(?:资金|金额|经费|钱)(?:总额|合计)?(?:是|为|有)?(多少|几)?|涉及(多少|几)(?:资金|金额|经费|钱)/gu;
/** 全年执行数按元计算一共多少 / 按元统计: the amount in 元, asked as the readers know it (（换成元）). */
const IN_YUAN = /按(?:照)?元(?:为单位)?(?:计算|计|算|口径|统计)/u;
/** 保留两位小数: the figures are shown with two decimals already. */
const TWO_DECIMALS = /[，,]?\s*(?:结果)?(?:请)?(?:保留|取)(?:两|二|2)位小数[。.]?/gu;

/** （保留一位小数）closing the question: the rounding asked, said as a last clause (arith-round.ts reads it there). */
const ROUNDING_IN_BRACKETS =
  /\s*[（(]\s*((?:请|结果)?(?:保留|精确到|精确至|四舍五入到|四舍五入至|取)[^（()）]{1,10}?)\s*[)）]\s*[。.！!？?]?\s*$/u;
/** 请仅列示其中… / 只列出其中…: the list verb before 其中 — what follows is the set within the one just given. */
const LIST_BEFORE_AMONG =
  /^(?:请|烦请|麻烦)?(?:仅|只)?(?:列示|列出|给出|显示|筛选出?|挑出)(?=其中|这里面|这些里面|这当中)/u;
/** 仅列出前五个 / 只列示: 仅 / 只 before the list verb adds nothing to the list asked. */
const ONLY_LIST = /(?:仅|只)(?=列示|列出)/gu;

/** 请予以列示 / 分别列示 / 列示如下. */
const LIST_OUT = /(?:请|烦请)?(?:予以|逐一|逐项|一一)?列示(?:如下|出来)?/gu;

/** 按项目列出 after rows or a finding: the projects are the list. */
const BY_PROJECT_LISTED = /[，,]?\s*(?:请)?按(?:照)?(?:各)?项目(?:逐一|逐个|分别)?(?=列出)/u;
const COUNT_ASKED = /几|多少|数量|个数|条数|合计|总计|平均/u;

/** A trailing "send it all together". */
const ALL_TOGETHER =
  /[，,。\s]*(?:请)?一并(?:报来|报送|报上来|报给我|提供|告知|列出|说明|报)(?:一下)?[。.！!\s]*$/u;

/** 并请一并列示X: "together" before the verb of listing what follows, nothing more. */
const TOGETHER_BEFORE_VERB = /一并(?=列出|列明|附上|提供|告知|说明)/gu;

/** 按项目个数计算…的平均全年预算数: how an average over projects is taken — what an average is already. */
// (除以项目个数 divides: its 以 is no 按)
const BY_NUMBER_OF_PROJECTS = /(?:按|(?<!除)以)(?:照)?项目(?:的)?(?:个数|数量|数)(?:来)?(?:计算|算|平均)?/gu;

/** The field as written on the form. */
/** The offices named 所 (派出所, 财政所…): their 所 is no 所 of 所填 / 所报 / 所载. */
const OFFICE_SUO =
  '(?<!派出|研究|事务|统计|招待|托儿|卫生|测试|服务|管理|检测|监测|交易|会计|律师|设计|司法|财政|税务|看守)';
const AS_FILLED = new RegExp(`${OFFICE_SUO}(?<![场厕住诊会处])所(?:填写|填报|填|写)(?:的)?(?=\\S)`, 'gu');
/** 大红门街道办事处所报项目 / 2023年度所报项目 / 所申报的项目: the projects handed in (by the office before, if any). */
const PROJECTS_REPORTED = new RegExp(
  `${OFFICE_SUO}所(?:报送|申报|上报|填报|报)(?:的)?(?=(?:全部|所有|各|各个)?(?:项目|自评表|表)|[、，,])`,
  'gu',
);
/** 自评表所载总分 / 表内所载: what the form holds, as written. */
const AS_RECORDED = new RegExp(`${OFFICE_SUO}所(?:载|列|记载|记录|设|设置|设立)(?:的)?(?=\\S)`, 'gu');
/** 三级指标条数的合计 / 项目个数的总和: a count over all the projects is one count already. */
const COUNT_SUMMED = /(条数|个数|项目数)(?:的)?(?:合计|总计|总和|总数)/gu;
/** 负责人、电话两项均未填写: the number of the fields just listed says nothing more (两项 is no count of projects). */
const FIELDS_COUNTED =
  /((?:、|和|跟|与|及|以及)[^，,。？?、\s]{1,8}?)(?:这)?(?:两|二|2|三|3|四|4)(?:项|栏|样|个字段|个栏目)(?=都|均|全|皆)/gu;
/** 联系电话既不是8位座机号码、也不是11位手机号码 / 位数不对的，不是8位也不是11位的那种: its digits neither. */
const PHONE_NEITHER_LENGTH =
  /(?:(?:联系)?电话(?:号码)?(?:的)?(?:位数)?(?:明显)?(?:不对|有误|错误|不正确)?的?[\s，,、]*(?:列下|列一下|列出来|列出)?[\s，,]*)?(?:既)?不是(\d{1,2})位(?:的)?(?:座机|固话|固定电话)?(?:号码?)?[，、,]?\s*(?:也|又)不是(\d{1,2})位(?:的)?(?:手机)?(?:号码?)?(?:的)?(?:那种|那些|这种|情况)?/gu;
/** 分值填写不为100: a score cell's figure said with the verb of filling it — the figure (执行率填的 stays: the rate as
 * written, not the one computed). */
const FIGURE_FILLED_AS = /(?<=分值|得分|总分)(?:栏|一栏)?(?:填写|填报|填的|填)(?=(?:不)?(?:为|是|等于)\d)/gu;
/** 两个数对不上 / 这两个数不一样: the two figures just named differ. */
const TWO_FIGURES_DIFFER =
  /(?:但|但是|而)?(?:这)?两个数(?:字)?(?:却)?(?:对不上|不一样|不一致|不相等|不同|有出入)/gu;
/** Two amounts named together (年初预算数和全年预算数). */
const AMOUNT_PAIR =
  /(?:年初预算数?|全年预算数?|全年执行数|执行数)(?:和|与|跟|同)(?:年初预算数?|全年预算数?|全年执行数|执行数)/gu;
/** 指标已设分值、但得分栏未填写: rows with points to give and no score written. */
const WEIGHT_SET_SCORE_EMPTY =
  /(?:绩效)?指标(?:已设|设了|已有|有)分值[、，,]?\s*(?:但|却|但是)?(?:得分)(?:栏)?(?:未填写|未填|没填|空着|为空)/gu;
/** 年度指标值以“优良中差”等级表述 / 用“达标”表述: the cell holds it. */
const CELL_WORDED_AS =
  /以[“"「『]([^”"」』]{1,12})[”"」』](?:等级|的形式|形式|方式)?(?:表述|表示|描述|填写)/gu;
/** …的绩效指标所涉及的项目 / 所属的项目: the projects holding the rows. */
const ROWS_PROJECTS = /(?<=指标)所(?:涉及|对应|属)的(?=项目)/gu;
/** （以表内填写的名称为准）: the basis of a grouping said aside — the cell as written, which grouping reads anyway. */
const AS_WRITTEN_ASIDE =
  /[（(](?:以|按)(?:表内|表上|表中|表格)?(?:所)?(?:填写|填报|填)的(?:名称|内容)?为准[）)]/gu;
/** 按主管部门分组，统计…: grouped is counted per group. */
const GROUPED_BY =
  /按(?:照)?(主管部门|实施单位|负责人|项目负责人|年度|街道)(?:进行)?分组(?:后)?[，,]?\s*(?:统计|计算|汇总)?/gu;
/** …的项目有哪些？请将其负责人及联系电话一并列示: the fields asked beside the projects just asked for. */
const ITS_FIELDS_TOO = /[，,。？?]\s*(?:请)?将其(.{2,24}?)一并(?:列示|列出|列明|附上|提供)[。.]?\s*$/u;
/** 10条以上（含10条） / 100万元以下（含）: the bound itself included, said in brackets after it. */
const BOUND_INCLUDED = /(以上|以下)[（(]含(?:本数|\d+(?:\.\d+)?(?:条|个|项|万元|万|元|分|%)?)?[)）]/gu;
/** 通州区发展和改革委员会主管的“X”项目: the office in charge named before the project — its 主管部门. */
const IN_CHARGE_OF = /(?<=委员会|委|局|办事处|街道|政府|中心)主管的(?=[“"「『\p{Script=Han}])/gu;
/** 晨光路拆迁资金加上老旧小区改造项目，两个全年预算合计…: the two named, then their figure together. */
const TWO_ADDED_THEN =
  /^(.{2,40}?)(?:加上|加)(.{2,40}?)[，,]\s*(?:这)?(?:两个|俩|二者|两项|两者)(?:项目)?(?:的)?(?=全年|年初|执行|预算|结余|总分)/u;
/** …对不上的表，占全部表的比例: forms counted in a share are the projects (one form each). */
const FORMS_IN_SHARE =
  /的(?:表|自评表|表格|报表)(?=[，,]?\s*占)|(?<=占)(全部|所有|全体)(?:的)?(?:表|自评表|表格|报表)/gu;
/** 钱没花完，可预算执行…: 可 opening a clause is 但 (可以 / 可能 / 可否 and the words 可持续, 可行, 可研… stay). */
const BUT_SPOKEN = /(?<=[，,])\s*可(?![以能否不是见持行研用控比靠视信测量供])(?=\p{Script=Han})/gu;
/** 预算执行那一项还是给了满分10分: the budget row's score, full marks said with their figure. */
const BUDGET_ROW_FULL =
  /预算执行(?:那一?项|这一?项|那一?行|这一?行|那栏|这栏)(?:还是|仍然|仍|也|却|都)?(?:给了|得了|拿了|打了|给)满分(\d+(?:\.\d+)?)分/gu;
/** 有没有过一个亿: 过 before an amount is 超过. */
const PASSED_AMOUNT = /(?<=有没有|是否|是不是|有无|能不能|会不会)过(?=[\d一二两三四五六七八九十百千万亿])/gu;
/** 全年预算调到了多少 / 调成多少: the figure it was set to, asked. */
const ADJUSTED_TO = /调(?:整)?(?:到|成|为)了?(?=多少|几)/gu;
/** 至少负责两个项目 / 至少有3个项目: N or more, as 两个以上 says it. */
const AT_LEAST_COUNT = /至少(负责|有|管|牵头|经手)?(\d+|[两二三四五六七八九十]+)(个|项|张)/gu;
/** 号码67069133登记在哪个项目名下: whose number it is — 登记 a verb here, never a piece of a project's name. */
const REGISTERED_UNDER =
  /登记(?:在|于)(哪个|哪些|哪几个|谁|哪位)(项目|单位|部门|负责人)?(?:的)?(?:名下|下面|底下)?/gu;

/**
 * 自评总分未填报 / 年初预算数未填列 / 联系电话没有录入: a cell not filled in, said with the form's verb of reporting — the
 * cell left empty (没填). Not after the form or its unit (项目未填报 / 单位未报送 may say the form was never handed in).
 */
const NOT_REPORTED =
  /(?<!项目|表|表格|报表|单位|部门|街道|科室)(未|尚未|没有|没)(?:予以|予)?(?:填报|填列|录入|报送|填写)/gu;
/** 扣分指标的表格数 / 不合规的表数: the number of forms, said as the forms' count noun. */
const FORMS_COUNTED =
  /(?<=的)(?:表格|报表|表|自评表)(?:数|数量|份数|张数)(?=[。？?，,]|是多少|有多少|多少|$)/gu;
/** …，注意口径不一的单位换算: a caution about units the answer heeds anyway (amounts are read in one unit). */
const MIND_THE_UNITS =
  /[，,；;]\s*(?:请)?注意[^，,。？?；;]{0,12}?(?:单位|口径)[^，,。？?；;]{0,6}?(?:换算|统一|一致)[。.]?\s*$/u;
/** …排名前三的项目负责人及其金额: the figure ranked, asked again beside what is listed (it is shown). */
const AND_ITS_FIGURE = /(?:及其|以及其?|和|及)(?:对应的?)?(?:金额|数额|数值)(?=[。？?，,]|$)/gu;
/** 偏差原因栏仅填写“无”: only those words written (只写了). */
const ONLY_WRITTEN = /(?:仅|只|仅仅)(?:填写|填报|填了|填|写)(?:了)?(?=[“"「『])/gu;
/** …？属于填报不规范: the asker's judgement of the case after the question, which restricts nothing. */
const JUDGED_IRREGULAR =
  /(?<=[？?。，,])\s*(?:这|这些|均|都)?(?:属于|算是|算|是)(?:填报|填写)?不(?:规范|合规)(?:的)?(?:情况|问题|情形)?[。.！!]?\s*$/u;
/** …有哪些，并说明各项目的主管部门: a column asked beside the list (列出 adds it). */
const AND_STATE_ITS =
  /(?<=[，,]\s*)(?:并|同时)(?:请)?(?:说明|注明|标明|列明|列出|给出|附上)(?:各个?|每个)?(?:项目|表格)?(?:的|其)?(?!(?:金额|计量|统计)?口径)(?=\p{Script=Han}{2,6}[。.]?\s*$)/gu;
/** 有没有留联系电话 / 没留电话: leaving a number is filling its cell. */
const LEFT_NUMBER = /(?<=有没有|没有|没|是否|有无|未)(?:留下|留|登记)(?=(?:联系)?电话|手机|号码)/gu;
/** 均 as all (均未填写 / 均为0 / 均已填写), never 平均 / 均值. */
const ALL_ADVERB = /(?<![平人户])均(?=未|没|无|不|为|是|已|有|在|超|低|高)/gu;
/** 最低的3个项目及其负责人 / 项目名称以及其主管部门 / 总分最高的三个项目和它们的负责人: 其 / 它们的 after 及 is
 * the projects just named — 及 alone says it. */
const AND_ITS = /(及|以及|和|并|连同)(?:其|它们的?|他们的|它的|各自的)(?=\p{Script=Han})/gu;
/** 全拿满分 / 全是100% / 全都没填 / 全没做: 全 as the adverb 都 before a verb (全年, 全部, 完全, 安全 are words of their
 * own and stay). */
const ALL_SPOKEN = /(?<![完安健齐周健])全(?:都)?(?=拿|得|是|没|未|不|被|做|填|写|花|用|执行|达|超|在|有)/gu;

/** The text of a cell as written. */
const VERBATIM = /(?:的)?(?:原文|原话|全文|原始内容)(?=(?:是|为|写的是|写的|怎么写|如何)|[？?。]?$)/gu;

/** 按X口径 / 按万元口径. */
const MEASURE_BASIS = /按(?:照)?(?:万元|万)口径(?:计算|统计|算)?[，,]?\s*/gu;
const GROUP_BASIS = /按(?:照)?([^，,。？?\s]{2,8}?)口径/gu;

/**
 * 按实施单位口径，城乡管理办公室的项目… : which column the office named is read in, said before it (the office's own name
 * finds it in that column; read as 按实施单位 it had been a grouping of its own beside the question's).
 */
const OFFICE_BASIS = /按(?:照)?(?:实施单位|主管部门)(?:的)?口径[，,]\s*/gu;
/** 偏差原因就填个“无”来凑数的: the reason written as a bare 无 to fill the cell — the rows whose reason is just that. */
const FILLER_REASON =
  /(?<=偏差原因|原因)(?:就|只|光)?(?:填|写)(?:了)?(?:个|一个)?[“"「]?(无|没有)[”"」]?(?:来|去)?(?:凑数|敷衍|应付|糊弄|充数)(?:的)?/gu;
/** 那河门口街道同一年的呢: the year of the question before, kept as a follow-up keeps what it does not name. */
const SAME_YEAR_AGAIN = /(?<=\p{Script=Han})(?:在)?(?:同一|同|当|那一|这一)(?:个)?(?:年|年度)(?:的)?(?=呢)/u;
/** 按年初预算口径呢: the last question again, with that figure — a follow-up as 那年初预算呢 is. */
const BASIS_FOLLOW_UP =
  /^\s*(?:那|那么)?(?:如果)?按(?:照)?([^，,。？?\s]{2,8}?)(?:的)?口径(?:来算|算|计算|统计)?(?:的话)?呢[？?]?\s*$/u;
/** 钱呢 / 那经费呢: the last question's projects, their money — the 全年预算 added up, as 一共多少钱 is read. */
const MONEY_FOLLOW_UP = /^\s*(?:那|那么)?(?:钱|资金|经费|金额)(?:呢|多少呢|是多少呢)[？?]?\s*$/u;
/** A sum of money measured by a field, said after it: 项目款项合计多少（按全年预算） / 资金合计，按执行数计算. */
const MEASURED_BY =
  /[（(，,]\s*按(?:照)?(全年预算|年初预算|全年执行数|执行数|预算)(?:数)?(?:口径)?(?:计算|统计|计|算)?\s*[)）]?(?=[。？?]?$)/u;
const MONEY_WORD = /款项|资金|经费|金额|钱/gu;
/** 潞源的钱加起来一共多少 就是全年预算那个: the money named, glossed after the question as the field it is. */
const GLOSSED_AS =
  /[，,\s]+(?:就是|是指|指的是|我说的是|说的是|我是说)(全年预算|年初预算|全年执行数|执行数|预算)(?:数)?(?:那个|那一栏|那栏|那项|那一项|那一列)?(?:的)?[。？?！!]?\s*$/u;
/** …共有几个，其全年执行数合计为多少: 其 opening a clause is the projects of the clause before. */
const ITS_OPENING = /(?<=(?:^|[，,；;])\s*)其(?=\p{Script=Han})(?!中|余|他|它|实|次|后|间|一)/gu;
/** …的份数，并计算其全年预算数合计 / 并注明其主管部门: 其 after a verb of working out or writing down is the same. */
const VERB_ITS =
  /(?<=[，,；;]\s*)(?:并|同时|再|并且)?(?:请)?(?:计算|测算|核算|注明|标明|写明|说明|列出|列明|列示|统计|给出|算出|附上|附)(?:出|一下)?其(?=\p{Script=Han})(?!中|余|他|它|实|次)/gu;

/**
 * A和B哪个经费多 / 双井的项目哪个预算大 / 哪个部门项目多: which one has more, said with the bare 多 / 少 / 大 / 高 of a
 * spoken question — the one at the top (最). Only at the end of a clause (哪个执行率低于90% is a bound), never with a
 * comparison or a negation of its own between (比, 于, 不, 没), never across 、 or a 多少 of another ask (该打给谁、号码多少),
 * and never 哪些 (which ones are big is vague).
 */
const WHICH_MORE =
  /(哪个|哪一个|哪项|哪家|谁)([^，,、。？?！!；;\s最更比于过不没多少几]{0,10}?)(?:更|要|比较)?(多|少|大|小|高|低)(?=[一些点]*(?:呢|啊|吧)?(?:[？?。！!，,；;\s]|$))/gu;
/**
 * 双井那两个项目哪个预算大 / 这三个项目里谁的执行率最低: the number of the projects said before asking which of them
 * restates how many the scope holds; it is no condition (the answer lists the scope's projects, the count with them).
 */
const COUNT_RESTATED =
  /(?:的|那|这)?(?:两|三|四|五|六|七|八|九|十|几|\d{1,2})个项目(?:里面|里头|里|中间|当中|之中|中)?(?=(?:哪个|哪一个|谁))/gu;

/**
 * 四个街道各自预算最大的项目 / 3个主管部门分别有几个项目: the number of the groups, said opening the question before
 * 各 / 分别, restates how many groups there are — each group is asked (各街道…); the answer lists them all.
 */
const GROUPS_COUNTED =
  /^((?:\d{4}年(?:度)?)?)(?:两|三|四|五|六|七|八|九|十|\d{1,2})个(街道|部门|主管部门|实施单位|单位|乡镇|镇|社区)(?:各自|分别|各)/u;

/** indicators worth 5 points / indicator rows with 10 points each: rows of that 分值, never a count of rows (指标数 = 5). */
const ROWS_WORTH =
  /\bindicators?(?:\s+rows?)?\s+(?:that are\s+|which are\s+)?(?:worth|with|weighted(?:\s+at)?|carrying|of)\s+(\d+(?:\.\d+)?)\s*(?:points?|pts?|marks?)(?:\s+each)?\b/giu;

/** 这个课题 / 该课题 / 哪些课题. */
const RESEARCH_PROJECT = /(这个|那个|该|此|本|这一|哪个|哪些|哪几个|几个|各)课题/gu;
const RESEARCH_FIELD = /课题(?=负责人|名称)/gu;

/**
 * A reviewer's heading before the request (总分勾稽关系校验： / 预算执行得分校验：/ 请就…开展逻辑校验：/ 依据评分规则，): the
 * kind of check the request belongs to; the request after it says what is checked.
 */
const CHECK_HEADING =
  /^\s*(?:(?:请就)?[^，,。：:；;？?]{0,24}?(?:逻辑校验|勾稽关系校验|勾稽校验|校验|合规性审查|逻辑核查)\s*[：:]|(?:依据|根据|按照)(?:评分规则|评分标准|打分规则|规则)\s*[，,])\s*(?=\S)/u;
/** 请河门口街道自查： / 请各单位核实：: the office asked to check its own forms is the scope of the request. */
const SELF_CHECK = /^\s*请([^，,。：:；;？?]{2,14}?)(?:自查|自行核查|自行核实)\s*[：:，,]\s*/u;
/** （即存在年中预算调整） / (即执行率被向上取整为100%): a parenthesis restating the condition before it. */
const RESTATED_IN_BRACKETS = /[（(]\s*(?:即|也就是|亦即)[^（）()]{1,30}[)）]/gu;
/**
 * 三级指标得分高于… : the rows of the form are its 三级指标, when a cell of theirs follows (按三级指标 / 一级、二级、三级 name
 * levels, 三级指标条数 counts a form's rows: they stay).
 */
const THIRD_LEVEL_ROWS =
  /(?<![按各、和与及一二])三级指标(?=(?:的)?(?:得分|分值|权重|实际完成值|年度指标值|指标值|偏差原因|合计扣分|分布))/gu;
/** 分值权重 / 指标权重: the weight of a row is its 分值. */
const WEIGHT_WORD = /(?:分值)?权重/gu;
/** 高于该指标分值 / 该表总分栏: 该 points at the row or form the sentence is about; the field alone says it. */
const THIS_ONE =
  /该(?:指标|表|自评表|项目|项|栏|行)?(?:的)?(?=分值|得分|总分|实际完成值|年度指标值|偏差原因|负责人|联系电话|执行率|全年|年初|满意度)/gu;
/** 表内填列的实施单位 / 表中填写的执行率: the field as written on the form, said as 表上填的 (the stated figure). */
const FILLED_IN_FORM = /(?:表内|表中|表上)(?:所)?填列(?:的)?|(?:表内|表中)(?:所)?(?:填写|填报)(?:的)?/gu;
/** 设有分值但… : a row that has a weight. */
const SET_WITH = /设有(?=分值|得分|年度指标值|指标值)/gu;
/** 全年预算较年初预算作过调整: the two budgets differ. */
const ADJUSTED_ONCE =
  /(?:全年预算数?(?:较|比|与|和)年初预算数?|年初预算数?(?:与|和)全年预算数?|预算)(?:在年中|年中|年内)?(?:作|做|进行)(?:过|了)(?:调整|变动|变更)/gu;
/** 全年预算是多少万就是调整完的那个数: the 全年预算 glossed as the budget after its adjustment — what it is. */
const ADJUSTED_GLOSS =
  /(?<=全年预算[^，,。？?！!]{0,12}?)[，,\s]*(?:就是|也就是|即|是)(?:调整|调)(?:完|后|以后|之后|过)(?:的)?(?:那个|那)?(?:数|预算|金额)?(?=[。？?！!]*$)/gu;
/** 年初预算和全年预算对不上、中途调整过的: the budget changed in the year, said a second time after the first. */
const ADJUSTED_AGAIN =
  /(?<=(?:不一致|不一样|对不上|不同|不相等))[、，,]\s*(?:中途|年中|中间|期间)?(?:有|被)?(?:调整|调)(?:过|了)(?=的)/gu;
/** 全年预算数较年初预算数的预算调整幅度（调增比例）: the field names the two budgets itself; the bracket restates it. */
const FIELD_OF_BUDGETS =
  /(?:全年预算数?)?(?:较|比)年初预算数?(?:的)?(?=预算调整幅度|调整幅度|预算调减比例|调减比例|调增比例|预算调整数|调整金额|调整额|调整数)|(?<=幅度|比例)[（(]\s*(?:调增|调减|调整)(?:比例|幅度|率)\s*[)）]/gu;
/**
 * 年初预算数经调整后有所调减，: a statement of the cut before the request about it (a clause of its own); 经调整后 before
 * the verb of a ranking (经调整后调减金额最大的) says only when the cut was made.
 */
const CUT_STATED =
  /(?:的)?(?:年初预算数?)?经(?:过)?调整后(?:有所)?(?:调减|压减|减少|调增|增加)(?:了)?(?=[，,。；;]|$)|(?:年初预算数?)?经(?:过)?调整后(?=调减|压减|调增|追加)/gu;
/** 调减金额占年初预算数的比例: the cut relative to the budget it was made to — 预算调减比例 (调增: 预算调整幅度). */
const CUT_SHARE =
  /(调减|压减|削减|核减|调增|追加)(?:的)?(?:金额|额|数)?占年初预算数?(?:的)?(?:比例|比重|百分比|比率)/gu;
/** 按全年执行数合计除以全年预算数合计的口径，…整体预算执行进度: the pooled rate, said by its formula. */
const POOLED_RATE_BASIS =
  /(?:按|以)(?:全年)?执行数(?:合计)?(?:除以|÷|\/)(?:全年)?预算数?(?:合计)?(?:的|为)?(?:口径|方法|算法)(?:计算)?[，,]?\s*/gu;

/**
 * “成本指标” / “实际完成值” / 「得分」栏: a row's or a cell's name quoted, as a form's label is in writing (not a value
 * said of a level: 二级指标为“可持续影响指标” keeps its quotes, which part the value from the words after it).
 */
const QUOTED_LABEL =
  /(?<![为是叫])[“"「『]((?:[^”"」』，,。？?]{0,16}指标)|实际完成值|年度指标值|指标值|得分|分值|偏差原因|总分|执行率|预算执行率|全年预算数|年初预算数|全年执行数)[”"」』]/gu;

/**
 * 协管员人数 目标多少 实际多少 / 装修面积目标和实际是多少: a row's two cells asked by their short names — one ask, read
 * on the whole message (a pause between the two had cut it into two asks, each without its row).
 */
const TARGET_AND_ACTUAL =
  /(?<=\p{Script=Han})(?:的)?\s*目标(?:值)?(?:写的|填的)?(?:是|为)?(?:多少|几)?[\s，,]*(?:和|与|跟|同|、)?[\s，,]*(?:实际(?:完成)?|完成)(?:值|数)?(?:达到了|完成了|做到了|达到)?(?:分别|各)?(?:是|为|写的)?(?:多少|几|啥|什么)/gu;
/** 装修面积 目标 实际 (a search box's words, no asking word): the row's target and actual asked. */
const TARGET_AND_ACTUAL_BARE =
  /(?<=\p{Script=Han})\s+目标(?:值)?\s+实际(?:完成)?(?:值)?(?:\s*(?:各|分别)?(?:多少|是多少))?\s*$/u;

/** …的有哪几个项目，请各单位核实: a request to the offices after the question, no grouping (各单位 is who checks). */
const OFFICES_TO_CHECK =
  /[，,]\s*请各(?:单位|部门|街道|科室)(?:认真)?(?:核实|核查|自查|整改|确认|说明)(?:一下)?[。.！!]?\s*$/u;
/** 电话位数不对（不是8位）: the bracket restates what is wrong. */
const RESTATED_DIGITS = /(?<=位数(?:不对|异常|有误|不正确|错误))\s*[（(]\s*不是\s*\d+\s*位数?\s*[)）]/gu;
/** 潞源街道整体预算执行进度 / 总体执行率: the pooled rate of the projects named (总执行率: Σ执行数 ÷ Σ预算数). */
const LEFT_RATE = /结余(?:率|比例|比率)(?=(?:是|为|有)?(?:多少|几|呢|[？?。]|$))/gu;
// (加权平均执行率 / 执行率加权平均: Σ执行数 ÷ Σ预算数 too — a mean weighted by the budgets is that quotient)
const AS_A_WHOLE =
  /(?:整体|总体)(?:的)?(?:预算)?执行(?:率|进度|情况)|(?:预算)?执行率(?:的)?加权平均(?:值|数)?|加权(?:平均)?(?:的)?(?:预算)?执行率/gu;
/** …最多的三个项目，拖后腿的是哪几个: the same projects named again by the meeting's word for the worst. */
const LAGGING_RESTATED =
  /[，,]\s*(?:拖后腿|垫底|排名靠后|落后)的?(?:是|有)?哪(?:几|些)(?:个)?(?:项目)?[？?。]?\s*$/u;
/** X的项目，其调减金额合计: 其 in the same sentence is the projects just described. */
const ITS_SAME_SENTENCE = /(?<=的项目)[，,]\s*其(?=\p{Script=Han})/gu;
/** 调减金额合计 / 压减额总计: what the cuts add up to — the field 预算调减额 summed. */
/** 调减金额合计 / 追加额总计: a change's amount, then its total (预算调减额 / 预算调增额 are the fields' own names). */
const changeTotal = (verbs: string) =>
  new RegExp(`(?<!预算)(?:${verbs})(?:的)?(?:金额|数额|额度|额)?(?=合计|总额|总计|一共|共计)`, 'gu');
const CUT_TOTAL = changeTotal('调减|压减');
/** 满意度好像扣了2分，我想知道偏差原因写的是什么: the row's loss told, then its cell asked — the row's cell. */
const ROW_LOSS_TOLD =
  /(满意度(?:指标)?|\p{Script=Han}{2,6}指标)(?:好像|似乎|听说|据说|大概)?(?:被)?扣了(?:\d+(?:\.\d+)?|[一二两三四五六七八九十])分[，,]\s*(?:我)?(?:想|要)?(?:知道|问问|问|了解)?(?:一下)?(?=偏差原因|原因|扣分原因)/gu;
/** 满意度指标是怎么设的，目标值是多少，实际完成了多少: how the row was set, as its target and what it reached. */
const ROW_SET_HOW =
  /(指标)(?:是)?怎么(?:设|定|设置)的[，,]\s*(?:目标值|指标值|年度指标值)(?:是|定的是|设的是)?多少[，,]\s*实际(?:完成|达到)(?:了|的)?(?:是)?多少/gu;
/** 大红门调减的项目 / 其中调减的，…: the projects whose budget was cut (or raised) over the year, as a condition. */
const CHANGED_ONES =
  /(?<=\p{Script=Han})(?<!比[^，,。？?]{0,12})(?:预算)?(?:(调减|压减|核减|下调)|(调增|追加|上调))(?:了)?(?:预算)?的(?=项目|[，,])/gu;
/** …，合计调减了多少 / 一共追加了多少: what the cuts (raises) add up to (not after 比: A合计比B合计调减了多少 is their gap). */
const CHANGED_HOW_MUCH =
  /(?<!比[^，,。？?]{0,20})(?:合计|一共|总共|共计|共)(?:(调减|压减|核减|下调)|(调增|追加|上调))了?(?:多少|几)(?:万元|万|元|钱)?/gu;
/** 调增金额合计 / 追加额总计: what the raises add up to — the field 预算调增额 summed (only the raised projects). */
const RAISE_TOTAL = changeTotal('调增|追加');
/** 合计调减金额 / 共计追加额: the total said before the change's amount. */
const TOTAL_OF_CHANGE =
  /(?<!预算)(?:合计|总计|一共|总共|共计)(?:(调减|压减|核减)|调增|追加)(?:的)?(?:金额|数额|额度|额)/gu;

/** 抽查取证： / 疑点核实： / 本次抽查范围内，: an audit's heading or frame before the request; it asks nothing. */
const AUDIT_LEAD =
  /^\s*(?:(?:抽查取证|审计取证|抽查|取证|疑点核实|疑点|底稿)\s*[：:]|(?:本次)?(?:抽查|审计|检查)范围内\s*[，,]?|底稿(?:中)?(?:需|须|应)(?:载明|记录|写明|注明|列明))\s*/u;
/** …，作为取证依据 / ，请列为疑点 / ，请录入底稿: what the auditor will do with the answer; the list is the answer. */
const AUDIT_TAIL =
  /[，,。]\s*(?:请)?(?:逐一|逐项)?(?:列为疑点|作为取证依据|以便取证|录入底稿|记入底稿|查阅该表|以备核查)[。.]?\s*$/u;
/** 分别为何 / 各为何 / 分别如何填列: what each cell holds. */
const EACH_WHAT = /(?:分别|各)(?:为何|如何填列|如何填写|如何填报|怎么填的)/gu;
/** 联系电话69553081登记的项目负责人: the number the form registers, i.e. the form with that number. */
const REGISTERED = /(?<=\d)\s*登记的/gu;
/** “法律顾问”一表的主管部门: the project's form. */
const ONE_FORM = /(?<=[”"」』])一表/gu;
/** 满意度指标填列“未做”: written in the cell. */
const FILLED_AS = /填列(?=[“"「『]?(?:未做|没做|未开展))/gu;
/** 负责实施的 / 承担项目: the office that carries the project out, the person in charge. */
const CARRIES_OUT = /负责实施/gu;
const UNDERTAKES = /承担(?=(?:的)?项目)/gu;
/** 账表不符: the form's own figures do not agree. */
const BOOKS_DIFFER = /账表不符/gu;
/** 得分已为满分 / 已达满分: full marks got. */
const FULL_ALREADY = /(?:得分)?已(?:为|是|达到?|拿了?|得了?)满分/gu;
/** 表列执行率 / 表列金额: the figure as the form lists it. */
const AS_LISTED = /表列(?=执行率|金额|总分|得分)/gu;
/**
 * 按表列执行率口径， / 按计算口径（…）， before a question stating its own figure: the basis said first — the rate as
 * the forms state it (表列 / 表上 / 填报) is then the 执行率 the question names; a computed one is the store's own.
 */
const BASIS_FIRST =
  /^\s*按(表列|表上|填报|计算|核算)(?:执行率|金额|数据)?口径(?:[（(][^）)]{0,40}[)）])?\s*[，,]\s*/u;
const statedBasis = (text: string) => {
  const m = BASIS_FIRST.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return /计算|核算/u.test(m[1]!) ? rest : rest.replace(/(?<!表上)执行率/u, '表上执行率');
};
/** 调减金额（年初预算数减全年预算数）: the change's definition in brackets, restating it. */
const DEFINED_CHANGE =
  /(?<=调减金额|调增金额|调整金额|调减额|调增额)\s*[（(]\s*(?:年初预算数?|全年预算数?)(?:减去?|－|-)(?:年初预算数?|全年预算数?)\s*[)）]/gu;

/** 请将X列出 / 烦请将X予以列示: the object of a written command put before its verb, as 把 does. */
const OBJECT_LEAD = /^(?:请|烦请|麻烦)?将(?=.{2,}(?:列出|排列|排序|列示|汇总|统计))/u;

/** The kinds of a row said around its quoted name (数量指标“合同审核” / “购买慰问品”这一数量指标). */
const ROW_KIND =
  '(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|产出|效益)';
/**
 * X项目“购买慰问品米、面、油”这一数量指标 / X项目数量指标“合同审核”: a row named in quotes right after a project, its kind
 * said after or before the name — the row of the project, its kind restating it (the name's 、 had cut it in three
 * words). A quoted name with nothing before it is the project's (“X经费”数量指标): left as it is.
 */
const QUOTED_ROW_KIND_AFTER = new RegExp(
  `(?<=项目|经费|资金)([“「"])([^”」"]{2,40})([”」"])(?:这一?|该)?(?:条|项)?${ROW_KIND}?指标`,
  'gu',
);
const CELL_WRITTEN_WHAT =
  /(年度指标值|指标值|目标值|实际完成值|完成值)(?:栏|一栏|那栏)?(?:里|中)?(?:填写|填报|填|写)(?:的|得)(?:是)?(?:什么|啥|多少)/gu;
const QUOTED_ROW_KIND_BEFORE = new RegExp(
  `(?<=项目|经费|资金)(?:的)?${ROW_KIND}指标([“「"])([^”」"]{2,40})([”」"])`,
  'gu',
);
/** 表上执行率高于按实际执行数计算所得执行率: the computed rate, held against the stated one, is the 执行率 the store works out. */
const COMPUTED_RATE_AGAINST =
  /(?<=高于|低于|大于|小于|超过|不到|比)(?:按(?:照)?(?:实际|全年)?执行数(?:计算|核算|算)(?:所得|出来|得出)?的?|核算(?:出)?的?|计算(?:出)?的?)执行率/gu;
/** 执行率虚报 / 执行率虚高 / 执行率报高了: the rate the form states above the one its amounts give. */
const RATE_OVERSTATED = /(?:表上|填报的?)?执行率(?:存在)?(?:虚报|虚高|报高了?|多报了?|填高了?)/gu;
/** 叫同一个名字 / 用一样的名称: a name another has too. */
const CALLED_ALIKE = '(?:叫|用|起了?|取了?)(?:同一个|一样的|相同的|同样的)名(?:字|称)?';
/** …项目名称重复的 就是两个表叫同一个名字的: the same asked again in other words after 就是. */
const SAME_NAME_RESTATED = new RegExp(
  `(?<=重复(?:的)?(?:项目|表)?)[，,\\s]+(?:就是|也就是|即)(?:说)?(?:有)?(?:两个|2个|几个|两张|几张)?(?:表|项目)?${CALLED_ALIKE}(?:的)?`,
  'gu',
);
/** 两个表叫同一个名字的 / 名字一样的项目: projects whose name another project has too. */
const SAME_NAME = new RegExp(`(?:两个|2个|几个|两张|几张)(?:表|项目)${CALLED_ALIKE}的?(?:项目|表)?`, 'gu');
/** 合计设置了多少条三级指标 / 共设了几条指标: the rows counted, the verb of setting them up adds nothing. */
const ROWS_SET = /(?:设置了|设置|设立了|设了)(?=(?:多少|几)条(?:三级|绩效)?指标)/gu;
const ROWS_COUNTED_THIRD = /(?<=(?:多少|几)条)三级(?=指标)/gu;
/** 以“可持续影响指标”为二级指标的三级指标: the rows of that kind. */
const KIND_AS_LEVEL = /以[“「"]?([^”」"，,。]{2,12}?)(?:指标)?[”」"]?为(?:一级|二级)指标的(?:三级)?指标/gu;
/** 执行进度明显滞后的项目请予说明，以预算执行率低于97%为准: a vague judgement the asker defines — the definition asked. */
const LAGGING_DEFINED =
  /^\s*(?:执行进度|预算执行进度|执行|进度)(?:明显|严重|较为|比较)?(?:滞后|缓慢|偏慢|较慢|不理想)的项目(?:请予说明|请说明|请列出|有哪些)?[，,]\s*以([^，,。]{4,30}?)为准[。.]?\s*$/u;
/** The words of money left (结余, 余额, 剩余…), ending a condition. */
const LEFT_WORD = '(?:结余资金|剩余资金|结余|余额|剩余|节余|结存)(?=的|[，,。？?、\\s]|$)';
/**
 * 有结余的项目 / 还有余额的表: money left, an amount above 0 — every form with both amounts has a 结余 (computed), so
 * read as a cell filled it had counted all of them (169 instead of 10).
 */
const MONEY_LEFT = new RegExp(`(?<![没未])(?:还|仍|仍然|都)?有${LEFT_WORD}`, 'gu');
/** 核减 / 核增 of a budget (a reviewer's words): 调减 / 调增; said in brackets after them, the same again. */
const REVIEWED_CHANGE = /(?<=预算[^。？?]{0,16}?)[（(]?核(减|增)[)）]?/gu;
/** …请列出作为佐证 / 请列表佐证 / 以表内所填数据为准 / 请注意计量口径 / 并注明金额口径: the reviewer's frame around the question. */
const REVIEW_TAIL =
  /[，,。？?]?\s*(?:请(?:列出|列表|列明)?(?:作为)?佐证|以表(?:内|上)(?:所?填(?:的)?)?(?:数据|数字|数)?为准|请注意(?:计量)?口径|(?:并)?注明(?:金额)?口径)[。.]?(?=\s*$)/u;
/** 89538675这个电话一共在几张表上出现过: the forms holding that number counted. */
const TIMES_SEEN = /(?:一共|总共)?在几(?:张|份|个)(?:表|项目)(?:上|里|中)?出现(?:过)?/gu;
/** 有没有结余 / 是否有余额: whether any money is left (every form has a 结余: 169 had been answered yes). */
const WHETHER_MONEY_LEFT = new RegExp(`(有没有|是否有|是不是有|有无)${LEFT_WORD}`, 'gu');
/** 没有结余的项目: none left — 0, or overspent (a 结余 not above 0; it had been read as the cell left empty). */
const NO_MONEY_LEFT = new RegExp(`(?<!有|是否|是不是)(?:没有|没|无)${LEFT_WORD}`, 'gu');
/**
 * 我这边记账按元记 / 要精确到分 / 几毛几分也给我 / 按元说 / 我要填大写金额, after the question: the amount wanted in 元 —
 * said as the bracket the unit readers take (arith-shapes.ts), not set aside as background (万元 had been answered).
 */
const IN_YUAN_REMARK =
  /[，,。？?！!\s]*(?:(?:我这边|我们这边|我们|我)?(?:记账|记帐|做账)?(?:都)?按元(?:记|算|说|来|报)?(?:的)?|(?:要|请)?(?:精确|具体)到(?:分|角|毛|块|元)(?:钱)?|几毛几分(?:也|都)?(?:要|给我|告诉我)?|(?:我)?要填大写金额)[。！!？?]*\s*$/u;
/** …，多出来的钱 / 少了的部分 after a comparison of two amounts: the gap, said as the field it is. */
const GAP_OF_COMPARED = /[，,]\s*(?:多出来|多出|少了|少掉|差出来)的(?:钱|部分|金额|数)/gu;
const COMPARED_BEFORE =
  /(年初预算数?|全年预算数?|预算数?|全年执行数|执行数)比(年初预算数?|全年预算数?|预算数?|全年执行数|执行数)(多|高|大|少|低|小)/u;
/** Which amount a word of the comparison names. */
const amountOf = (said: string) => (/年初/u.test(said) ? '年初' : /执行/u.test(said) ? '执行' : '全年');
/** The gap of two amounts as its field (the larger first, as said). */
const GAP_FIELD: Record<string, string> = {
  '年初>全年': '预算调减额',
  '全年>年初': '预算调整数',
  '全年>执行': '结余',
};
/** 合计多少 / 合计多少钱 right after the projects described (…的项目合计多少): an amount added up, no field said. */
const SUM_OF_NAMED =
  /(?<=的项目|的表|[，,]\s*)(?:一共)?合计(?:是)?多少(?![个项张条家份分])(?:钱|万元|万|元)?/gu;
/** An amount named in a condition before it. */
const AMOUNT_NAMED = /全年预算数?|年初预算数?|全年执行数|执行数|预算数?(?!执行)|结余/gu;
/** 总分一栏的分值 / 总分那一行的分值: the weight of the total row (总分值), not the 总分. */
const TOTAL_ROW_WEIGHT =
  /[“「"]?总分[”」"]?(?:一栏|那一栏|栏|那栏|一行|那一行|那行|行)(?:的)?[“「"]?(?:分值|满分)[”」"]?(?:[（(]满分[)）])?(?:栏|一栏)?/gu;
/** 填列异常值（不是100） / 该栏未按100分填报: the figure it should have, said as what it is not. */
const NOT_AS_STATED =
  /(?<=总分值)(?:的(?:填报|填列)?口径[，,]\s*(?:列出)?)?(?:该栏)?(?:(?:填列|填报|填写)?(?:异常值?|有误)?[（(](?:不是|不为|不等于)(\d+)分?[)）]|(?:未|没|不)按(\d+)分?填(?:报|写|列)?)/gu;
/** X潞源排第几 按预算: the field ranked by said after the rank asked. */
const RANK_THEN_BASIS =
  /(排第几|排名第几|排多少名|排在第几|排几)[\s，,]*按(全年预算数?|年初预算数?|预算|执行数|全年执行数|执行率|总分|得分|结余)[。？?]?\s*$/u;
/** 各项指标一分都没扣 / 各项指标都没扣分: every row at full marks. */
const EVERY_ROW_KEPT = /各(?:项|个|条)?指标(?:都|全|均)?(?:一分)?(?:都|也)?(?:没|没有|未)扣(?:分)?/gu;
/** 总分不是100 (a figure after it): the field unequal to it, said as the comparison the readers know. */
const NOT_EQUAL_SAID = /(?<=总分|得分|分值|执行率)(?:不是|不为)(?=\d|[一二三四五六七八九十百])/gu;
/** 预算比执行多多少: what of the budget was not executed, the 结余. */
const BUDGET_OVER_SPENT = /(?:全年)?预算(?:数)?比(?:全年)?执行(?:数)?多(?:了)?(?:多少|几)(?:钱|万元|万)?/gu;
/** 全年预算数与全年执行数之间的差额: the gap of the two, said with 之间. */
const BETWEEN_GAP = /(?<=数|额|分)之间的?(?=差额|差值|差)/gu;
/** 请以元为单位说明X的全年预算数: the unit asked before the question, read as it is read after it. */
const UNIT_FIRST =
  /^\s*(?:请)?(?:以|用|按)(元|千元|万元|亿元)(?:为单位|作单位|做单位|计)[，,]?\s*(?:说明|列出|给出|告诉我|统计|计算|报|写出)?(.{4,}?)[。.]?\s*$/u;
/** X由哪个单位具体实施: the 实施单位 asked. */
const WHICH_UNIT_CARRIES = /由哪(?:个|家)(?:单位|部门)(?:具体|负责)?(?:实施|执行|承担)/gu;

export function plainWrittenRequest(message: string): string {
  let text = message.normalize('NFKC');
  const before = text;
  // (…是不是两千多万: a guess said with the figure asked, guesses.ts)
  text = statedBasis(withoutGuesses(text))
    .replace(ITS_FIELDS_TOO, '，附上$1')
    .replace(FOUND_SENTENCE, '')
    .replace(ROUNDING_IN_BRACKETS, '，$1')
    .replace(LIST_BEFORE_AMONG, '')
    .replace(ONLY_LIST, '')
    .replace(REVIEWED_CHANGE, (_m, way: string) => (way === '减' ? '调减' : '调增'))
    .replace(CHECK_HEADING, '')
    .replace(AUDIT_LEAD, '')
    .replace(AUDIT_TAIL, '')
    .replace(EACH_WHAT, '分别是什么')
    .replace(REGISTERED, '的')
    .replace(ONE_FORM, '')
    .replace(FILLED_AS, '写着')
    .replace(CARRIES_OUT, '实施')
    .replace(UNDERTAKES, '负责')
    .replace(BOOKS_DIFFER, '不符')
    .replace(FULL_ALREADY, '拿了满分')
    .replace(AS_LISTED, '表上')
    .replace(DEFINED_CHANGE, '')
    .replace(QUOTED_LABEL, '$1')
    .replace(TARGET_AND_ACTUAL, '的年度指标值和实际完成值是多少')
    .replace(TARGET_AND_ACTUAL_BARE, '的年度指标值和实际完成值是多少')
    .replace(SELF_CHECK, '$1')
    .replace(CHECKED_LEAD, '')
    .replace(CHECK_VERB_LEAD, '')
    // 请计算双井街道…的全年预算数合计: the verb of working a figure out, the figure named after it (计算机… is a name).
    .replace(WORK_OUT_LEAD, '$1请统计')
    // 各项目负责人是否填写 / 实际完成值是否填写: whether a cell of every project or of the rows is filled, checked — the
    // ones left empty are what is asked (是否填写 of a row's cell was read as words written: 「否填写」). Of one project's
    // cell (X项目执行率是否填写) it stays the yes/no it is, with the value.
    .replace(WHETHER_FILLED, (_m, each?: string, cell?: string) => `${each ?? cell}没填吗`)
    // 填报的实施单位为何？: 为何 ending the question asks what the cell holds (为何没填 asks why, and stays).
    .replace(WHAT_IS, '是什么')
    // 全年预算数较年初预算数增加 / 较上年增长: 较 before what is compared is 比 (较高 / 较多 are degree, and stay).
    .replace(COMPARED_WITH, '比')
    // 合计调减金额是多少: the total said before the change's amount — the field summed.
    .replace(TOTAL_OF_CHANGE, (_m, cut?: string) => (cut ? '预算调减额合计' : '预算调增额合计'))
    // 较年初预算数调增金额最大: the amount of a change is the change itself.
    // (预算调减额 is the field's own name, and stays)
    .replace(
      /(调增|调减|增加|减少)(?:的)?(?:金额|数额|额度)(?=最|是|为|多少|合计)|(?<!预算)(调增|调减|增加|减少)额(?=最|是|为|多少|合计)/gu,
      (_m, a?: string, b?: string) => a ?? b ?? '',
    )
    // 全年预算数低于年初预算数（即年中调减）: the parenthesis names what the comparison is, no more.
    .replace(RESTATED_CUT, '')
    .replace(
      CHANGE_THEN_SHARE,
      (_m, verb: string, done = '', much: string, unit = '', money = '') =>
        `${verb}${done}${much}${unit}${money}，${/减|下调/u.test(verb) ? '调减比例' : '调整幅度'}是多少`,
    )
    .replace(RESTATED_IN_BRACKETS, '')
    .replace(OFFICES_TO_CHECK, '')
    .replace(RESTATED_DIGITS, '')
    .replace(AS_A_WHOLE, '总执行率')
    // 结余率 / 结余比例: what was left as a share of the budget, said as the share it is
    .replace(LEFT_RATE, '结余占预算的比例')
    .replace(LAGGING_RESTATED, '')
    .replace(ITS_SAME_SENTENCE, '')
    .replace(CUT_TOTAL, '预算调减额')
    .replace(RAISE_TOTAL, '预算调增额')
    .replace(ROW_LOSS_TOLD, (_m, row: string) => `${row.endsWith('指标') ? row : `${row}指标`}的`)
    .replace(ROW_SET_HOW, '$1的年度指标值和实际完成值各是多少')
    .replace(CHANGED_ONES, (_m, cut?: string) => `全年预算数${cut ? '低于' : '高于'}年初预算数的`)
    .replace(CHANGED_HOW_MUCH, (_m, cut?: string) => `预算${cut ? '调减' : '调增'}额合计是多少`)
    .replace(THIRD_LEVEL_ROWS, '指标')
    .replace(WEIGHT_WORD, '分值')
    .replace(THIS_ONE, '')
    // (after 按 the grouping is by the field as written anyway: 按表内填列的主管部门口径)
    .replace(FILLED_IN_FORM, (_m, at: number, whole: string) =>
      /按(?:照)?$/u.test(whole.slice(0, at)) ? '' : '表上填的',
    )
    .replace(SET_WITH, '有')
    .replace(ADJUSTED_ONCE, '年初预算和全年预算不一致')
    .replace(ADJUSTED_GLOSS, '')
    .replace(ADJUSTED_AGAIN, '')
    .replace(FIELD_OF_BUDGETS, '')
    .replace(CUT_STATED, '')
    .replace(CUT_SHARE, (_m, verb: string) => (/减/u.test(verb) ? '调减比例' : '调整幅度'))
    .replace(POOLED_RATE_BASIS, '')
    .replace(AMOUNT_AND_RATE, '$1比$3$4了多少？$1比$3$4的$5是多少$6')
    .replace(PURPOSE_LEAD, '')
    .replace(FOUND_LEAD, '')
    .replace(PLACEHOLDERS_LEFT_OUT, '')
    .replace(WHOLE_DISTRICT, '全部')
    .replace(IF_ANY_GIVE, '')
    .replace(NOT_FILLED_BEFORE, '$1未填')
    .replace(EMPTY_WAYS, '')
    .replace(ITS_AFTER_CLAUSE, '')
    .replace(OVERVIEW_OF, '的')
    .replace(PURPOSE_TAIL, '')
    .replace(BASIS_OF, (m, basis: string) => (/^(?:万元|元|亿元|万)$/u.test(basis) ? m : `按${basis}`))
    .replace(IN_TURN, '')
    .replace(CASE_OF, '$1')
    .replace(CASE_WORD, '')
    .replace(THAT_IS, '，')
    .replace(THE_TWO, '')
    .replace(VERB_ITS, '及')
    .replace(ITS_OPENING, '它们的')
    .replace(TWO_DECIMALS, '')
    .replace(MONEY_INVOLVED, (_m, a?: string, b?: string) => `全年预算数合计${a || b ? '多少' : ''}`)
    .replace(COMPARE_THEN_GAP, '$1')
    .replace(FULL_MARKS_NUMBERED, '满分')
    .replace(TOTAL_AMOUNT, '')
    .replace(LIST_OUT, '列出')
    .replace(OBJECT_LEAD, '')
    .replace(ALL_TOGETHER, '')
    .replace(TOGETHER_BEFORE_VERB, '')
    .replace(BY_NUMBER_OF_PROJECTS, (said, at: number, whole: string) =>
      /平均|均值/u.test(whole.slice(at)) ? '' : said,
    )
    .replace(AS_FILLED, '')
    .replace(PROJECTS_REPORTED, '')
    .replace(AS_RECORDED, '')
    .replace(COUNT_SUMMED, '$1')
    .replace(FIELDS_COUNTED, '$1')
    .replace(PHONE_NEITHER_LENGTH, (_m, a: string, b: string, at: number, whole: string) => {
      const rest = whole.slice(at + _m.length);
      return `联系电话位数不等于${a}且不等于${b}的${/^\s*(?:[，,。？?！!]|$)/u.test(rest) ? '项目' : ''}`;
    })
    .replace(PASSED_AMOUNT, '超过')
    .replace(BUT_SPOKEN, '但')
    .replace(FORMS_IN_SHARE, (_m, all?: string) => (all ? `${all}项目` : '的项目'))
    .replace(TWO_ADDED_THEN, '$1和$2的')
    .replace(BUDGET_ROW_FULL, '预算执行得分为$1分')
    .replace(IN_CHARGE_OF, '的')
    .replace(BOUND_INCLUDED, (_m, side: string) => `及${side}`)
    .replace(TWO_FIGURES_DIFFER, (said, at: number, whole: string) => {
      // 年初预算数和全年预算数都填了、但两个数对不上: the two just named, said again beside the words of differing
      const pair = [...whole.slice(0, at).matchAll(AMOUNT_PAIR)].at(-1);
      return pair
        ? `，${pair[0]}不一致`
        : said.replace(/^(?:但|但是|而)?(?:这)?两个数(?:字)?(?:却)?/u, '') || '不一致';
    })
    .replace(WEIGHT_SET_SCORE_EMPTY, '指标得分未填的指标')
    .replace(CELL_WORDED_AS, '是“$1”')
    .replace(ROWS_PROJECTS, '的')
    .replace(AS_WRITTEN_ASIDE, '')
    .replace(GROUPED_BY, '按$1统计')

    .replace(FIGURE_FILLED_AS, '')
    .replace(ADJUSTED_TO, '是')
    .replace(AT_LEAST_COUNT, '$1$2$3以上')
    .replace(REGISTERED_UNDER, (_m, who: string, what?: string) => `是${who}${what ?? ''}的`)
    .replace(ALL_ADVERB, '都')
    .replace(NOT_REPORTED, '$1填')
    .replace(LEFT_NUMBER, '填')
    .replace(AND_STATE_ITS, '列出')
    .replace(ONLY_WRITTEN, '只写了')
    .replace(JUDGED_IRREGULAR, '')
    .replace(FORMS_COUNTED, '项目数')
    .replace(MIND_THE_UNITS, '')
    .replace(AND_ITS_FIGURE, '')
    .replace(ALL_SPOKEN, '都')
    .replace(AND_ITS, '$1')
    .replace(VERBATIM, '')
    .replace(MEASURE_BASIS, '')
    .replace(OFFICE_BASIS, '')
    .replace(BASIS_FOLLOW_UP, '那$1呢')
    .replace(SAME_YEAR_AGAIN, '的')
    .replace(FILLER_REASON, '只写了$1的')
    .replace(MONEY_FOLLOW_UP, '那全年预算合计呢')
    .replace(GROUP_BASIS, '按$1')
    .replace(RESEARCH_PROJECT, '$1项目')
    .replace(RESEARCH_FIELD, '项目')
    .replace(/款项/gu, '资金')
    .replace(TOTAL_ROW_WEIGHT, '总分值')
    // another province's words for the same cells: 资金总额 (the year's budget asked as a figure), 支出数, 绩效分 / 自评分
    .replace(/(?<!年度)资金总额(?!行|那行|一行|栏|那条|这条|一条|指标)/gu, '全年预算数')
    .replace(/(?<!实际)支出数/gu, '全年执行数')
    .replace(/(?:绩效|自评)(?:得)?分(?!值|数)/gu, '总分')
    .replace(GAP_OF_COMPARED, (m, at: number, whole: string) => {
      // 年初预算比全年预算多的项目，多出来的钱加起来: the gap of the two amounts compared before, added up
      const compared = COMPARED_BEFORE.exec(whole.slice(0, at));
      if (!compared) return m;
      const [larger, smaller] = /[少低小]/u.test(compared[3]!)
        ? [compared[2]!, compared[1]!]
        : [compared[1]!, compared[2]!];
      const pair = `${amountOf(larger)}>${amountOf(smaller)}`;
      const field = GAP_FIELD[pair];
      return field ? `，${field}` : m;
    })
    .replace(SUM_OF_NAMED, (m, at: number, whole: string) => {
      // 全年预算数超过500万的项目合计多少: the one amount named before, added up (a count had been answered)
      const named = [...whole.slice(0, at).matchAll(AMOUNT_NAMED)].map((x) => x[0]);
      return named.length ? `${named.at(-1)}${m}` : m;
    })
    // 执行率最后填的是多少 / 最终写的: what the cell holds, the time word adds nothing
    .replace(/(?:最后|最终)(?=(?:填|写)(?:的|了))/gu, '')
    // 双井和河门口这两个街道的项目: the kind of the names just listed, restated
    .replace(/(?<=\p{Script=Han})(?:这|那)(?:两|2|三|3|几)个(?:街道|单位|部门|办事处|科室)(?=的)/gu, '')
    .replace(WHETHER_MONEY_LEFT, '$1结余大于0')
    .replace(MONEY_LEFT, '结余大于0')
    .replace(REVIEW_TAIL, '')
    .replace(TIMES_SEEN, '的表有几张')
    .replace(NO_MONEY_LEFT, '结余不高于0')
    .replace(IN_YUAN_REMARK, '（换成元）')
    .replace(NOT_AS_STATED, (_m, a?: string, b?: string) => `不等于${a ?? b}`)
    .replace(COMPUTED_RATE_AGAINST, '执行率')
    // 需退回单位修改: who it is sent back to adds nothing
    .replace(/(?<=退回)(?:给)?(?:单位|各单位|对方|原单位|填报单位)(?=修改|重填|重报|整改|补正|重做)/gu, '')
    .replace(RATE_OVERSTATED, '表上执行率高于执行率')
    .replace(SAME_NAME_RESTATED, '')
    .replace(SAME_NAME, '项目名称重复的项目')
    .replace(ROWS_SET, '有')
    .replace(ROWS_COUNTED_THIRD, '')
    .replace(KIND_AS_LEVEL, '$1指标')
    .replace(LAGGING_DEFINED, '$1的项目')
    // 实际完成值填写的是什么: what the cell holds, asked (its words had been read as the text 写 in the cell)
    .replace(CELL_WRITTEN_WHAT, '$1是多少')
    .replace(QUOTED_ROW_KIND_BEFORE, '的$1$2$3指标')
    .replace(QUOTED_ROW_KIND_AFTER, '的$1$2$3指标')
    .replace(RANK_THEN_BASIS, '按$2$1')
    .replace(EVERY_ROW_KEPT, '指标全部拿满分')
    .replace(NOT_EQUAL_SAID, '不等于')
    .replace(BUDGET_OVER_SPENT, '结余是多少')
    // 总分值填报异常、不等于100分: being wrong said, then how — the how is the condition
    .replace(
      /(总分值)(?:填报|填写|填的|写的)?(?:异常|有误|错误|不对)[、，,]\s*(?=不等于|不是|不为|≠)/gu,
      '$1',
    )
    .replace(BETWEEN_GAP, '的')
    .replace(UNIT_FIRST, '$2（换成$1）')
    .replace(WHICH_UNIT_CARRIES, '的实施单位是哪个')
    .replace(COUNT_RESTATED, '的项目里')
    .replace(GROUPS_COUNTED, '$1各$2')
    // (not after A跟B比 / A和B相比: the two compared, which the readers of comparisons take whole)
    .replace(WHICH_MORE, (m, which: string, what: string, end: string, at: number, whole: string) =>
      /比/u.test(whole.slice(0, at)) ? m : `${which}${what}最${end}`,
    )
    .replace(ROWS_WORTH, ' 分值为$1分的指标 ');
  text = measuredBy(text);
  if (IN_YUAN.test(text)) {
    text = text.replace(IN_YUAN, '');
    if (!/多少元|几元/u.test(text)) text = `${text.replace(/[？?。]\s*$/u, '')}（换成元）`;
  }
  if (POOLED_ASKED.test(text)) text = text.replace(POOLED_DEFINED, '');
  if (SUM_ASKED.test(text) && !/平均|均值/u.test(text)) text = text.replace(EMPTY_AS_ZERO, '');
  if (!COUNT_ASKED.test(text)) text = text.replace(BY_PROJECT_LISTED, ',');
  return text !== before && text.trim() ? text : message;
}

/** The one word of money in the message said as the field named after it; left as it is when there are two or none. */
function measuredBy(text: string): string {
  const m = MEASURED_BY.exec(text) ?? GLOSSED_AS.exec(text);
  if (!m) return text;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  const money = rest.match(MONEY_WORD) ?? [];
  if (money.length !== 1) return text;
  return rest.replace(MONEY_WORD, m[1]!);
}
