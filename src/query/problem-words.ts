/**
 * How staff name one problem the checks find (SCORING.md §8) in a sentence: a part of the form (执行率, 预算执行那一行的
 * 得分, 总分和明细, 分值加起来) followed by a word saying it is wrong (算错, 不对, 对不上, 不等于100). Read before the
 * question is split into words and replaced by the one word of that check's condition (PROBLEM_WORDS), so that
 * 执行率算错的项目 asks for RATE_MISMATCH only, not for every arithmetic finding. Built from classes of words (the part,
 * the verb of being wrong), not from phrasings of particular questions.
 */
import type { FindingCode } from '../score/types.ts';
import { DERIVED_FIELDS } from './derived-fields.ts';

/** The lexicon word each check is rewritten to, and the codes it selects. */
export const PROBLEM_WORDS = {
  rateMismatch: { word: '执行率算错', codes: ['RATE_MISMATCH'] },
  budgetScoreMismatch: { word: '预算执行得分算错', codes: ['BUDGET_SCORE_MISMATCH'] },
  // The scorer does not raise TOTAL_MISMATCH when the total matches once the weights are scaled to 100 (the
  // WEIGHT_SUM finding carries the total, validate-totals.ts): 总分 = Σ 指标得分 while the budget row's 10 points come on
  // top is such a form, and a clerk reading 总分 against the rows sees a total that does not match.
  totalMismatch: { word: '总分与明细不符', codes: ['TOTAL_MISMATCH', 'WEIGHT_SUM'] },
  weightSum: { word: '分值合计不等于100', codes: ['WEIGHT_SUM'] },
  roundedUp: { word: '执行率凑成100%', codes: ['RATE_ROUNDED_UP_TO_FULL'] },
  deviationOnFull: { word: '满分行写了偏差原因', codes: ['DEVIATION_ON_FULL_SCORE'] },
  placeholderRows: { word: '留有空白模板行', codes: ['PLACEHOLDER_ROWS'] },
  adjustedNoReason: { word: '预算调整未说明原因', codes: ['BUDGET_ADJUSTED_NO_REASON'] },
  // The checks below had no words at all (check-phrases.ts says them as staff do).
  scoreNegative: { word: '有负分', codes: ['SCORE_NEGATIVE'] },
  weightHoldsScore: { word: '分值栏误填成得分', codes: ['BUDGET_WEIGHT_HOLDS_SCORE'] },
  fundsMissing: { word: '资金未填', codes: ['FUNDS_MISSING', 'FUNDS_UNREADABLE'] },
  qualOutOfBand: { word: '定性指标得分不在档次内', codes: ['QUAL_SCORE_OUT_OF_BAND'] },
  level1Nonstandard: { word: '一级指标分值不合规定', codes: ['LEVEL1_WEIGHTS_NONSTANDARD'] },
  budgetWeightNonstandard: { word: '预算执行分值不合规定', codes: ['BUDGET_WEIGHT_NONSTANDARD'] },
  indicatorScoreDiffers: { word: '指标得分与规则不符', codes: ['INDICATOR_SCORE_DIFFERS'] },
  reverseScored: { word: '反向指标按正向打分', codes: ['REVERSE_SCORED_AS_POSITIVE'] },
  overAchievement: { word: '指标超额完成过多', codes: ['OVER_ACHIEVEMENT'] },
  noEvidence: { word: '满意度没有调查依据', codes: ['SATISFACTION_NO_EVIDENCE'] },
  formIncomplete: { word: '表没有读全', codes: ['FORM_INCOMPLETE'] },
  lowRateNoReason: { word: '执行率偏低未说明原因', codes: ['LOW_EXECUTION_NO_REASON'] },
} as const satisfies Record<string, { word: string; codes: FindingCode[] }>;
export type ProblemConcept = keyof typeof PROBLEM_WORDS;

/** A cell or row said as a place on the form: 那一栏, 这一行, 那格. */
const PLACE = '(?:[那这]?一?[栏行列格项]|那里|那儿)?';
/** The stated rate: 执行率, 表上(的)执行率, 填的执行率, 表上填的执行率, 预算执行率. */
const RATE = `(?<![和跟与同])(?:(?:表上|表里)(?:自己)?(?:填|写)?的?|(?:填|写)的|(?:填报|上报)的?)?(?:预算)?执行率${PLACE}(?:的)?(?:(?:填|写|填报|上报|所填)的(?:数|数字|值)?)?`;
/** What a stated figure is held against: 跟实际(的), 和核算的执行率, 与算出来的. */
const AGAINST =
  '(?:(?:和|跟|与|同)(?:表上|表里)?(?:写的|填的)?(?:实际|核算|算出来|计算出来|(?:按|用|拿|根据)(?:金额|执行数和预算数|预算和执行数)(?:重新)?(?:计算|核算|算)(?:出来|出)?|重新计算|重算)?(?:的)?(?:执行率|值|数|结果)?)?';
/** 预算执行那一栏的得分，哪些跟执行率对不上: the part named first, then which of them — the question word kept. */
const WHICH = '[，,]\\s*(哪些|哪几个|哪几项|哪个|有哪些|有没有)';
/**
 * The budget row's score: 预算执行(那一行)(的)得分, 执行率(的)得分; 那一栏的分 / 这项打的分 / 给的分 — 分 alone after the
 * row and a place or 的 is its score (分值 is the weight, not read here).
 */
const BUDGET_SCORE = `(?:预算执行|执行率|预算执行率)(?:${PLACE}(?:的)?(?:得分|分数|打分|评分|(?:打|给|评|算)的分)|(?:[那这]?一?[栏行列格项]|那里|那儿)?的分(?!值|数))`;
/** What adds the parts up: 加起来, 合计, 相加, 之和. */
const SUMMED = '(?:加起来|加在一起|加总|合计|相加|之和|总和|汇总)';
/** The row scores as a whole: 明细, 各项得分, 分项得分(加起来), 预算执行得分加各指标得分之和. */
const DETAIL = `(?:(?:预算执行(?:的)?(?:得分|分数|分)?(?:加上|加|\\+|和|与|及|以及|、))?各(?:项|个)?(?:三级)?指标(?:的)?(?:得分|分数)|明细得分|明细分|明细|各项得分|分项得分|各项|分项|各行得分|各项分数|得分合计)(?:的?${SUMMED})?`;
/** 总分 against the detail, or the scores added up on their own. */
const TOTAL = `(?:总分(?:(?:和|跟|与|同)[“"「]?${DETAIL}[”"」]?(?:的?${SUMMED})?)?|(?:${DETAIL}|(?:各项|分项)?(?:分数|得分)${SUMMED})(?:和|跟|与|同)总分|(?:各项|分项)?(?:分数|得分)${SUMMED})`;
/** The weights added up (分值加起来, 权重合计). */
const WEIGHTS = `(?:(?:三级)?指标(?:的)?(?:分值|权重)(?:与|和|加上|加|及|以及)预算执行(?:的)?(?:分值|权重)${SUMMED}|(?:预算执行(?:的)?(?:分值|权重)(?:与|和|加上|加|及|以及))?(?:各项|各个|所有|全部)?(?:(?:一级|二级|三级|各级)?指标)?(?:的)?(?:分值|权重|满分)${SUMMED})(?:后|以后|之后)?`;
/** Being wrong: 算错(了), 算得不对, 计算有误, 不对, 对不上, 不一致, 有出入, 自相矛盾. */
const WRONG =
  '(?:是|都|又|就|却|也|还|倒)?(?:(?:被)?(?:算|计算|加|填写|填报|写|填)(?:错了|错|得不对|的不对|有误|错误|得有问题|得不正确|的不正确)|计算错误|有误|错了|不对|不正确|不准确|对不上|不一致|不相等|不相符|不符合?|不相匹配|不匹配|有出入|有问题|(?:自相|互相|相互)?矛盾|打架)';
/** Weights not adding up to 100 — not which way: below or above 100 (不到100, 超过100) is the field 分值合计 compared
 * with the number (fields.ts weightSum), never the check, which would answer both ways. */
const NOT_HUNDRED = '(?:不等于|不是|不为|≠)100(?:分)?';
/** The computed rate said as its computation: 执行数除以预算数算出来的 (the quotient is read as 执行率 by then, parse.ts),
 * 按金额算的. */
const COMPUTATION =
  '(?:(?:用|拿|按)?(?:执行率|金额)(?:算出来|计算出来|算出|得出|算)|执行率(?:的)?(?:计算|核算)?结果|(?:全年)?执行数[、和与及/](?:全年)?预算数?(?:的)?(?:计算|核算)(?:出来)?(?:的)?结果|(?:按照|按|用|拿|以|根据)?(?:全年)?(?:实际)?执行数(?:除以|÷|/|／)(?:全年)?预算(?:数)?(?:算出来|计算出来|计算|算出|得出|算)?)(?:的)?(?:执行率|值|数|结果)?';
/** The stated rate held against the computed one said as its computation (表上填的执行率，和执行数除以预算数算出来的). */
const AGAINST_COMPUTED = `[，,]?\\s*(?:和|跟|与|同)${COMPUTATION}`;
/** Stated as 100 %: 执行率写的100%, 填了100%, 是100%. */
const FULL = `(?:(?:填写|填报|写|填|算|报)(?:的|了|成|作|为)?|是|为|成了)?100%`;
/** …while money is left: 其实钱没花完, 但是没用完, 却还有结余. */
const NOT_SPENT =
  '(?:[,，、]?\\s*(?:其实|实际上|实际|但是|但|可是|可|却|然而|而|结果|只是|不过|账上|账面上|账面|账里)*(?:钱|资金|预算)?(?:并|还|也|根本)?(?:(?:没有|没|未|并未)(?:花完|用完|执行完|花光|用光)|(?:还)?有结余|(?:还)?有剩余|(?:还)?剩了?钱))';

/** The money not all spent said as a comparison: 全年执行数小于全年预算, 执行数没达到预算. */
const BELOW_BUDGET =
  '(?:[,，、]?\\s*(?:其实|实际上|实际|但是|但|可是|可|却|然而|而|结果|只是|不过)*(?:全年)?(?:实际)?执行数(?:其实|实际上|实际|却|还)*(?:(?:小于|低于|少于|不到|不足|没达到|没到)(?:全年)?预算(?:数)?|比(?:全年)?预算(?:数)?(?:要|还)*(?:少|低|小)))';
/** Money left said first (钱没花完、执行率却写成100%). */
const SPENT_FIRST = `${NOT_SPENT.replace('[,，、]?', '')}[,，、]?\\s*(?:但是|但|可是|可|却|然而|而)*`;

/** Said not to be wrong: 没算错, 没错, 没问题, 是对的 (the check negated: 没有 before its word). */
const RIGHT =
  '(?:本身|倒是|倒|都|也|还)?(?:没(?:有)?(?:被)?(?:算错|错|问题|毛病)|(?:是)?对的|算对了|(?:算得|算的)?没错|(?:是)?(?:正确|准确|无误)(?:的(?=[吗么嘛呢，,。？?]|$))?|对得上|能对上|对上了|(?:是)?(?:一致|相符|相等|吻合)(?:的(?=[吗么嘛呢，,。？?]|$))?|(?:算|计算|填写|填报|写|填)(?:得|的)(?:对|正确|准确)(?:的(?=[吗么嘛呢，,。？?]|$))?)';
/** A row at full marks: 满分的指标, 拿了满分的行, 没扣分的那条, 指标已得满分. */
const FULL_ROW =
  '(?:(?:三级)?指标(?:中|里)?(?:已经|已|都|均)?(?:拿了满分|得了满分|(?:获得|取得|得|拿)(?:了)?满分)|(?:指标)?得分(?:等于|=|与分值相等|和分值相等|与分值一致|和分值一致)(?:分值)?(?:的)?(?:三级)?(?:指标|行)?|(?:拿了满分|拿满分|得了满分|(?:已经|已)(?:获得|取得|得|拿)(?:了)?满分|满分|没扣分|没有扣分|一分没扣)(?:了)?(?:的)?(?:三级)?(?:指标|行|那行|那条|那几条|那几行)?)';
/** …still has a reason written: 还写了偏差原因, 也填了原因, 却仍填写了偏差原因, 还写扣分理由. */
const REASON_WRITTEN =
  '(?:还|也|却|仍然|仍|依然|照样|居然|竟然)*(?:填写了|填报了|写明了|注明了|写了|填了|写着|填着|写有|有|填写|写|填)(?:扣分|失分)?(?:偏差原因(?:分析|说明)?|偏差说明|原因|理由)';
/** …the reason's cell said first, then written in (偏差原因栏还写了东西, 原因那一栏也填了内容). */
const REASON_CELL_WRITTEN =
  '(?:的)?(?:还|也|却|仍然|依然|照样|居然|竟然|反而|倒)*(?:在)?(?:偏差原因(?:分析|说明)?|偏差说明|原因)(?:栏|那栏|一栏|那一栏|那格)?(?:里|里面|上)?(?:还|也|却|仍然|仍|依然|照样|居然|竟然|反而|倒)*(?:填写了|写了|填了|写着|填着|写有|有)(?:东西|内容|字|文字|(?=的|[，,。？?；;]|$))';
/** The rows the template leaves (指标2：, ……) not cleared: 模板里的空行没删干净, 空白模板行没删. */
const PLACEHOLDER =
  '(?:(?:模板|模版)(?:里|中|里面)?(?:的|留下的|自带的)?)?(?:空行|空白行|空白模板行|模板行|模板空行)(?:[（(][^）)]{0,24}(?:那种|之类|这种|等)[)）])?(?:都|也|还)?(?:没|未)(?:有)?(?:删|删除|删掉|清理|清除|去掉)(?:干净|掉|完)?';

/** No reason given: 没说明原因, 也没写理由, 未作说明. */
const NO_REASON =
  '(?:[，,]?\\s*(?:但是|但|却|而|可是|可|也|又)?)(?:没|没有|未|不)(?:有)?(?:说明|写|填|注明|解释|交代|作说明|做说明)(?:一下)?(?:调整|偏低|低)?(?:的)?(?:原因|理由|情况|说明)?';
/** The budget adjusted: 预算调整了, 预算有调整, 调过预算. */
const ADJUSTED =
  '(?:预算(?:数)?(?:有|被)?(?:调整|调过|调整过|调增|调减|追加|压减|变动)(?:了|过)?|(?:调整|调过|调整过|调增|调减|追加|压减)(?:了|过)?预算)';
/** The rate low, with no figure (the check's own threshold, SCORING.md): 执行率低, 执行率偏低, 执行得不好. */
const RATE_LOW = '(?:预算)?执行(?:率|得)(?:比较|较|偏|很|太)?(?:低|不高|不好|不理想|不到位)(?:了)?';

const RULES: Array<[RegExp, ProblemConcept]> = [
  [new RegExp(`${ADJUSTED}${NO_REASON}`, 'gu'), 'adjustedNoReason'],
  [new RegExp(`${RATE_LOW}${NO_REASON}`, 'gu'), 'lowRateNoReason'],
  // 明明拿了满分，还在偏差原因里写了东西: the full marks and the reason written may be two clauses
  [
    new RegExp(
      `(?:明明|分明)?${FULL_ROW}[，,、]?\\s*(?:但是|但|可是|却)?(?:${REASON_WRITTEN}|${REASON_CELL_WRITTEN})`,
      'gu',
    ),
    'deviationOnFull',
  ],
  [new RegExp(PLACEHOLDER, 'gu'), 'placeholderRows'],
  [new RegExp(`${RATE}(?:却|都|也|还)?${FULL}(?:${NOT_SPENT}|${BELOW_BUDGET})`, 'gu'), 'roundedUp'],
  [new RegExp(`${SPENT_FIRST}${RATE}(?:却|都|也|还)?${FULL}`, 'gu'), 'roundedUp'],
  [new RegExp(`${WEIGHTS}${PLACE}(?:${NOT_HUNDRED}|${WRONG})`, 'gu'), 'weightSum'],
  [new RegExp(`${BUDGET_SCORE}${AGAINST}${WRONG}`, 'gu'), 'budgetScoreMismatch'],
  [new RegExp(`${BUDGET_SCORE}${WHICH}${AGAINST}${WRONG}`, 'gu'), 'budgetScoreMismatch'],
  [new RegExp(`${TOTAL}${WRONG}`, 'gu'), 'totalMismatch'],
  // 总分不等于预算执行得分加各项指标得分之和: the inequality said before the detail.
  [new RegExp(`总分(?:不等于|≠|不同于)[“"「]?${DETAIL}[”"」]?(?:的?${SUMMED})?`, 'gu'), 'totalMismatch'],
  // 执行率填写有误、与全年执行数除以全年预算数的结果不符: wrong said first, then what it is held against.
  [new RegExp(`${RATE}${WRONG}[、，,]?\\s*${AGAINST_COMPUTED}${WRONG}`, 'gu'), 'rateMismatch'],
  // 比对各表填报执行率与全年执行数/全年预算数计算结果，列出不一致的: the two held against each other, then the ones apart.
  [
    new RegExp(
      `(?:比对|核对|对比|比较|核验)(?:各表|各项目|各个项目|表上)?${RATE}${AGAINST_COMPUTED}[，,]?\\s*(?:并)?(?:列出|找出|筛出|挑出)?(?:其中)?(?:两者)?${WRONG}`,
      'gu',
    ),
    'rateMismatch',
  ],
  // (held against its computation, 不一样 says it is wrong too; alone, 执行率不一样 compares two projects)
  [new RegExp(`${RATE}(?:填写|填报|所填)?${AGAINST_COMPUTED}(?:${WRONG}|不一样)`, 'gu'), 'rateMismatch'],
  [new RegExp(`${RATE}${AGAINST}${WRONG}`, 'gu'), 'rateMismatch'],
];

/** A check said not to apply (执行率本身没算错, 预算执行得分是对的): 没有 + the check's word, negated by the parser. */
const NEGATED: Array<[RegExp, ProblemConcept]> = [
  [new RegExp(`${BUDGET_SCORE}${RIGHT}`, 'gu'), 'budgetScoreMismatch'],
  [new RegExp(`${TOTAL}${RIGHT}`, 'gu'), 'totalMismatch'],
  [new RegExp(`${RATE}${RIGHT}`, 'gu'), 'rateMismatch'],
];

/**
 * How the check is computed, said beside it (拿执行率乘10分去核，预算执行得分写错了 / 用执行数除以全年预算重算一遍，执行率算错的):
 * the check's own rule restated, so it adds nothing — only when the operands are the check's own (a rate from 年初预算
 * is another computation and stays, reported).
 */
const HOW = '(?:拿|用|按|以|把)';
const REDO = '(?:去|来|再)?(?:重新|从头)?(?:核对|核算|核|验算|复核|重算|重新算|算)(?:了)?(?:一遍|一下|一次)?';
const METHODS: Array<[RegExp, ProblemConcept]> = [
  [
    new RegExp(
      `${HOW}(?:表上的?)?(?:预算)?执行率(?:去|来)?(?:乘以|乘|×|\\*)(?:上)?(?:\\d+分|分值|权重|满分)${REDO}[，,、]?`,
      'gu',
    ),
    'budgetScoreMismatch',
  ],
  [
    new RegExp(
      `${HOW}(?:全年)?(?:实际)?执行数(?:去|来)?(?:除以|除|÷|/)(?:全年)?预算(?:数)?(?!调整)${REDO}[，,、]?`,
      'gu',
    ),
    'rateMismatch',
  ],
];

/** (系统报警告那种) / （会提示错误的那类）: the check named above, as the bot flags it — restates, adds nothing. */
const FLAGGED =
  /[（(](?:就是)?(?:系统|程序|机器人|你们?|软件)?(?:会)?(?:报|提示|标出|标|给出|给)(?:了)?(?:警告|错误|错|提示|问题)(?:的)?(?:那种|那类|那些|那个)[)）]/gu;
/** (写“无”的不算): the check leaves a reason that says nothing (无, /) out already (score/indicator.ts hasDeviationText). */
const NOTHING_SAID =
  /[（(]?(?:写|填)(?:的)?(?:是)?[“"「]?(?:无|无偏差|没有|\/|—)[”"」]?的?(?:不算|除外|不计|不要)[)）]?/gu;
/** 这种 / 这类 right after a check named: the same check. */
const THIS_KIND = /(?<=[，,])\s*(?:这种|这类|这样的)(?:情况|问题)?(?:的)?/gu;

const UNIT = '(?:元|万元|千元|亿元|块钱|块)';
const PHONE_DIGIT_OFF =
  /(?:联系)?(?:电话号码|电话|号码|手机号)(?:号码)?(?:的)?(?:位数)?(是不是|是否)?(?:少|多|缺|差|漏)(?:写|打|填|输)?(?:了|出|出了)?(?:1|一)位(?:数)?/gu;
/**
 * Checks named by what went wrong rather than by their name (general: a class of words each):
 * - a unit taken for another (资金栏里把元当成万元填的, 元填成了万元): FUNDS_UNIT_SUSPECT's word;
 * - the phone number's length said wrong (电话号码长度不对, 号码位数有误): PHONE_FORMAT's word;
 * - a kind of row missing as a whole (效益指标整块没填, 满意度那部分整个没有): the kind's word, the whole said once;
 * - not one row of a kind (一条满意度指标都没设): 没有 that kind.
 */
const PHRASES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  [
    new RegExp(
      `(?:(?:资金|金额|预算)(?:栏|那栏|一栏|那一栏|那几栏)(?:里|中|上)?)?(?:把)?(${UNIT})(?:错)?(?:当成|当作|当做|当|填成|写成|误填成|错填成|误写成)(?:了)?(${UNIT})(?:来|去)?(?:填|写|报)?(?:了)?`,
      'gu',
    ),
    (m: string, a: string, b: string) =>
      a.replace(/^块钱?$/u, '元') === b.replace(/^块钱?$/u, '元') ? m : '单位填错',
  ],
  // 万元栏里填了元 / 万元那一列写的是元: the unit of the column, another unit written in it
  [
    new RegExp(
      `(${UNIT})(?:栏|那栏|一栏|那一栏|列|那列|那一列)(?:里|中|上)?(?:却|都|也)?(?:填了|填的是|写了|写的是|填成了?|写成了?|填的|写的|按)(${UNIT})(?:的)?(?:金额|数)?(?:填|写)?(?:的)?`,
      'gu',
    ),
    (m: string, a: string, b: string) =>
      a.replace(/^块钱?$/u, '元') === b.replace(/^块钱?$/u, '元') ? m : '单位填错',
  ],
  // 在“万元”栏目中填写的金额实为“元”: the column's unit, then what the amount written in it really is
  [
    new RegExp(
      `(?:在)?[“"「]?(${UNIT})[”"」]?(?:栏目?|一栏|那栏|那一栏|列|那列|一列)(?:中|里|上)?(?:所)?(?:填写|填报|填|写)(?:的|了)(?:金额|数字?|数额|数值)?(?:实为|实际为|实际是|实际上是|其实是|却是|是|为)[“"「]?(${UNIT})[”"」]?(?:的)?`,
      'gu',
    ),
    (m: string, a: string, b: string) =>
      a.replace(/^块钱?$/u, '元') === b.replace(/^块钱?$/u, '元') ? m : '单位填错',
  ],
  [
    /(?:联系)?(?:电话号码|电话|号码|手机号)(?:号码)?(?:的)?(?:长度|位数)(?:明显|好像|似乎)?(是不是|是否)?(?:不对|有误|错了|不正确|有问题|不符|异常)/gu,
    '$1电话格式',
  ],
  // 联系电话格式不对 / 电话写法不规范: the number's format said wrong is the same check (the label 联系电话 had taken
  // the words before 格式, and 式 was left over).
  [
    /(?:联系)?(?:电话号码|电话|号码|手机号码|手机号)(?:的)?(?:格式|写法|填法)(?:明显|好像|似乎)?(?:不对|有误|错了|错误|不正确|有问题|不规范|不符合?(?:要求|规范)?)/gu,
    '电话格式',
  ],
  // 电话号码填错了 / 联系电话填得不对 / 手机号写错的: the number said wrong as a whole is the check on its format (the
  // one check a phone number has) — it had been every form with an error, the number shown beside.
  [
    /(?:联系)?(?:电话号码|电话|手机号码|手机号)(?:一栏|那栏|栏)?(?:都|也|是不是|是否|有没有)?(?:(?:被)?(?:填|写)(?:错了|错|得不对|的不对|有误|错误)|有误|错了|不对|不正确)/gu,
    '电话格式',
  ],
  // 电话是不是少了一位 / 号码多了一位数: a digit too few or too many, against the lengths a number has — the length
  // said wrong (the check; the cell shown with it, execute.ts shownFields).
  [PHONE_DIGIT_OFF, '$1电话格式'],
  [/(指标)(?:这|那)?(?:一)?(?:整块|整个|一整块|整体|整个儿)(?:都)?(?=没|未|缺|空)/gu, '$1'],
  [
    /(?:一|1)(?:条|个|项)([^，,。？?\s]{0,8}?指标)(?:都|也)(?:没|未)(?:有)?(?:设|设置|设立|填|写|列)?(?:过)?/gu,
    '没有$1',
  ],
  // 分值写成1000 / 总分填成了95: the value written in the cell is its value
  [/(?:写成|填成|写作|填作)(?:了)?(?=\d)/gu, '为'],
  // 分值加起来是110而不是100: the figure said, and what it should have been (no condition of its own)
  [
    /(\d+(?:\.\d+)?)(分)?[，,]?(?:而)?(?:不是|并非)(\d+(?:\.\d+)?)(?:分)?/gu,
    (m: string, a: string, unit: string | undefined, b: string) => (a === b ? m : `${a}${unit ?? ''}`),
  ],
];

/** The phone's length said wrong (电话号码位数不对, 号码长度明显不对). */
const PHONE_LENGTH_WRONG =
  /(?:联系)?(?:电话号码|电话|号码|手机号)(?:号码)?(?:的)?(?:长度|位数)(?:明显|好像|似乎)?(?:是不是|是否)?(?:不对|有误|错了|不正确|有问题|不符|异常)/u;
const DIGITS_OF = (n: number) => `${DERIVED_FIELDS.phoneDigits.label}为${n}`;
/** What the length should not be, or is, said in brackets after it: the asker's own definition of 不对. */
const LENGTH_SAID: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  // 不是8位也不是11位 / 既不是8位又不是11位 / 不是8位或11位
  [
    /^(?:就是|即|指)?(?:既)?不是(\d+)位(?:数)?(?:的)?(?:也不是|又不是|、|和|或|或者)(\d+)位(?:数)?(?:的)?(?:那种|那些|之类)?$/u,
    (m) => `${DERIVED_FIELDS.phoneDigits.label}不为${m[1]}，${DERIVED_FIELDS.phoneDigits.label}不为${m[2]}`,
  ],
  // 9位的那种
  [/^(?:就是|即|指)?(\d+)位(?:数)?(?:的)?(?:那种|那些|之类)?$/u, (m) => DIGITS_OF(Number(m[1]))],
  // 九位数十位数那种 / 9位或者10位的: the lengths it has, any of them
  [
    /^(?:就是|即|指|像)?(\d+)位(?:数)?(?:的)?(?:或者|或|、|和|跟|还有)?(\d+)位(?:数)?(?:的)?(?:那种|那些|之类|这种)?$/u,
    (m) => `${DIGITS_OF(Number(m[1]))}或${DIGITS_OF(Number(m[2]))}`,
  ],
];

/** A kind of number said after its length (8位座机, 11位手机号): the length is what counts. */
const NUMBER_KIND = '(?:座机号码|座机|固话|手机号码|手机号|手机|电话号码|电话|号码)?';
/** 联系电话既不是8位座机也不是11位手机号的: the lengths it should not have, said of the label with no brackets. */
const NEITHER_LENGTH = new RegExp(
  `(?:联系)?(?:电话号码|电话|号码|手机号)(?:号码)?(?:的)?(?:位数|长度)?(?:既)?不是(\\d+)位(?:数)?(?:的)?${NUMBER_KIND}(?:也不是|又不是|、|或|或者)(\\d+)位(?:数)?(?:的)?${NUMBER_KIND}`,
  'gu',
);

/**
 * 电话号码位数不对的项目（不是8位也不是11位） / 号码长度明显不对的表（比8位座机还多一位的那种）: the length said wrong
 * and, in brackets, what the asker means by it — the length itself (联系电话位数), not the PHONE_FORMAT check (which
 * also flags two numbers in one cell and lets a 7-digit landline pass). A length said from another (比8位多一位) is
 * worked out first. A bracket read no way leaves the text as it was (the check's word, and the bracket reported).
 */
export function phoneLengthDefined(text: string): string {
  text = text.replace(NEITHER_LENGTH, (_m, a: string, b: string) =>
    [a, b].map((n) => `${DERIVED_FIELDS.phoneDigits.label}不为${n}`).join('，'),
  );
  const wrong = PHONE_LENGTH_WRONG.exec(text);
  if (!wrong) return text;
  const after = text.slice(wrong.index + wrong[0].length);
  // in brackets (…（不是8位也不是11位）) or as the clause right after (…的，既不是座机8位也不是手机11位)
  // (or after a pause, as dictated: …位数不对的 九位数十位数那种 哪几个)
  const bracket =
    /[（(]([^（）()]{1,30})[)）]/u.exec(after) ??
    /^(?:的)?[，,、]\s*([^，,、。？?（）()]{1,30}?)(?=(?:的(?:项目|表))?(?:[，,、。？?]|$))/u.exec(after) ??
    /^(?:的)?\s+([^，,。？?（）()\s]{1,30})(?=[\s，,。？?]|$)/u.exec(after);
  // 位数不对 with no length said: the number's shape is wrong (PHONE_FORMAT) in a cell holding one number — two numbers
  // in one cell are a fault of their own, whatever their lengths (two writers expected so, blind, on parts of stop 44)
  if (!bracket || /[，,。？?]/u.test(after.slice(0, bracket.index)))
    return `${text.slice(0, wrong.index + wrong[0].length)}，${DERIVED_FIELDS.phoneCount.label}为1${after}`;
  const said = bracket[1]!
    .replace(/\s+/gu, '')
    // 座机8位 / 手机11位 / 8位的座机: the kind of number beside a length says which length, nothing more
    .replace(/(?:座机|固话|固定电话|手机号码|手机号|手机)(?:号码|号)?(?=\d+位)/gu, '')
    .replace(/(\d+位)(?:的)?(?:座机|固话|手机)(?:号码|号)?/gu, '$1')
    // 既不是8位座机号，也不是11位手机号: the pause before the second length says nothing
    .replace(/[，,]\s*(?=也不是|又不是|或)/gu, '')
    .replace(
      /比(\d+)位(?:数)?(?:的)?(?:座机号码|座机|手机号码|手机号|手机|电话号码|电话|固话|号码)?(?:还|要)?(多|少)(\d+|一|两|二)位(?:数)?/u,
      (_m, n: string, more: string, k: string) => {
        const by = k === '一' ? 1 : k === '两' || k === '二' ? 2 : Number(k);
        return `${more === '多' ? Number(n) + by : Number(n) - by}位`;
      },
    );
  for (const [re, to] of LENGTH_SAID) {
    const m = re.exec(said);
    if (!m) continue;
    const before = text.slice(0, wrong.index);
    const between = after.slice(0, bracket.index);
    return `${before}${to(m)}${between}${after.slice(bracket.index + bracket[0].length)}`;
  }
  return text;
}

/**
 * 执行率是否正确 / 总分算得对不对 / 预算执行得分是不是有误: whether a checked part is right, asked — said as the part being
 * right (or wrong) with 吗, which the parser asks yes or no of (NEGATED and RULES then read it). 对 alone only with
 * its asking word (对不对, 对吗): 执行率对比 compares.
 */
const WHETHER_RIGHT = new RegExp(
  `(${RATE}|${BUDGET_SCORE}|${TOTAL})(?:是否|是不是)?((?:算|计算|填写|填报|写|填)(?:得|的))?(?:(正确|准确|无误)(?:不正确|不准确|吗|么|嘛|呢)?|对(?:不对|吗|么|嘛|不)|(有误|错误)(?:吗|么|嘛|呢)?)(?=$|[，,。？?；;！!\\s])`,
  'gu',
);

function whetherRight(text: string): string {
  return text.replace(
    WHETHER_RIGHT,
    (m, part: string, verb: string | undefined, right: string | undefined, wrong: string | undefined) => {
      // no asking word at all (执行率正确的项目): a condition, which RIGHT reads as it stands
      if (!/是否|是不是|不对|不正确|不准确|[吗么嘛呢不]$/u.test(m)) return m;
      if (wrong) return `${part}${wrong}吗`;
      return `${part}${verb ?? '是'}${right && verb ? right : verb ? '对' : '对的'}吗`;
    },
  );
}

/** The question with every named problem replaced by its check's word (the first rule that matches a span wins). */
export function rewriteProblems(text: string): string {
  let out = whetherRight(text);
  for (const [re, to] of PHRASES) out = out.replace(re, to as string);
  for (const [re, concept] of NEGATED) out = out.replace(re, `没有${PROBLEM_WORDS[concept].word}`);
  // a question word caught inside the span (…，哪些跟…对不上) stays before the check's word
  for (const [re, concept] of RULES)
    out = out.replace(re, (_m, which?: string) =>
      typeof which === 'string' ? `${which}${PROBLEM_WORDS[concept].word}` : PROBLEM_WORDS[concept].word,
    );
  // a computation restated beside its own check only
  for (const [re, concept] of METHODS)
    if (out.includes(PROBLEM_WORDS[concept].word)) out = out.replace(re, '');
  out = out.replace(FLAGGED, '');
  if (Object.values(PROBLEM_WORDS).some((p) => out.includes(p.word))) {
    out = out.replace(THIS_KIND, '');
    if (out.includes(PROBLEM_WORDS.deviationOnFull.word)) out = out.replace(NOTHING_SAID, '');
  }
  return out;
}
