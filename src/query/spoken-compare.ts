/**
 * Comparisons and ends of a ranking said in speech, rewritten into the words the lexicon reads (run among parse.ts's
 * text rewrites, on the normalised question: 一 is written 1 by now).
 * - 一分不差 / 一分钱都不差 / 分毫不差 between two things joined by 跟 / 和 / 与 / 同: they are equal (一样); said of
 *   nothing joined it stays as it was, to be reported; after a word of equality (等于全年预算、一分不差) it restates it;
 * - 排最后 / 排在最后 / 排名最后 / 最后一名: the bottom of the ranking (垫底); 最后 alone is left alone (最后总分 is the
 *   final score, 最后5% a share of the ranking: rank.ts);
 * - 最小的一笔 / 最大的一笔: 一笔 counts one project's money after a superlative, which picks one already;
 * - 万元以下 / 万以上 with no number before it: one 万元 (a clerk says 万元以下 for "under ten thousand");
 * - 全年比年初 / 年初比全年: the two budgets of the form said by their heads (年初 heads only 年初预算, so 全年 there is
 *   全年预算, not 全年执行数);
 * - 往下调 / 调下来 / 往上调 / 调上去: the verbs of adjusting 下调 / 上调, which change-words.ts reads;
 * - 年初预算和全年预算差得最多 / 全年跟年初相差最大: the two budgets furthest apart, raised or cut alike — the field
 *   预算调整绝对额 (derived-fields.ts) at that end; 年初预算和执行数差得最多 likewise (年初预算与执行数相差额); 差
 *   between other fields stays as said, to be reported;
 * - 全年预算带零头 / 执行数不是整万元 / 预算是整万的: an amount in the store's own unit (万元) with or without a
 *   fraction — the `fraction` filter (带小数 / 是整数) of number-shape-words.ts; said of the 万元 the store keeps, never
 *   of the figure as written (预算写了小数 stays unplaced there);
 * - 连1万块都不到 / 连90分也没有: the bound said for emphasis is the plain bound (EVEN_BOUND);
 * - 预算执行得分不等于执行率乘以10: the score as computed from the rate (× 分值 10) is the check that compares them
 *   (BUDGET_SCORE_MISMATCH); 乘以10 there names how, not a second figure.
 */

const CLAUSE_CHAR = '[^，,。；;？?！!]';

/** 跟全年预算一分不差 / 和年初数分毫不差. */
const NOT_A_CENT_APART = new RegExp(
  `(?<=(?:跟|和|与|同)${CLAUSE_CHAR}{1,16}?)(?:的)?(?:数)?(?:是|都是)?(?:[1一]分(?:钱)?(?:都|也)?不差|分毫不差|丝毫不差|一丝不差|1丝不差)`,
  'gu',
);

/** The same words restating an equality already said (执行数正好等于全年预算、一分不差的): they add nothing. */
const CENT_RESTATED = new RegExp(
  `(?<=(?:等于|一样|一致|相等|相同|持平)${CLAUSE_CHAR}{0,16}?)[、,，\\s]*(?:都|也|完全)?(?:[1一]分(?:钱)?(?:都|也)?不差|分毫不差|丝毫不差|一丝不差|1丝不差)`,
  'gu',
);

/** 排最后 / 排在最后 / 排名最后一位 / 最后一名 — never 最后5% (a share) nor 最后总分. */
const LAST_PLACE =
  /(?:(?:排名|排行|排在|排到|排)(?:在|到)?(?:了)?最后(?:1名|1位|1个|面|头)?|最后(?:1名|1位))(?![\d.%])/gu;

/** 最小的一笔 / 最大的1笔. */
const ONE_SUM = /(?<=最(?:大|小|高|低|多|少)(?:的)?)[1一]笔(?:钱)?/gu;

/** 万元以下 with no number before 万 (数万 is several of them, but 执行数 / 预算数 end a field's name). */
const BARE_TEN_THOUSAND =
  /(?<![\d.〇零一二两三四五六七八九十百千几多上好成])(?<!(?<!执行|预算|年初|全年)数)(万元|万块钱|万块|万)(?=以下|以内|之内|以上|及以上|之上)/gu;

/** 往下调 / 调下来 / 往上调 / 调上去. */
const DOWN = /往下调|向下调|调下来/gu;
const UP = /往上调|向上调|调上去/gu;

/** The two budgets and the amount spent, by their names or their heads (全年 alone is 全年预算). */
const INITIAL = '年初(?:预算数?|的预算|数)?';
const ANNUAL = '全年(?!执行)(?:预算数?|的预算)?';
const EXECUTED = '(?:全年)?执行(?:数|金额|额)|实际(?:支出|花的钱|花掉的钱)';
/** 差得最多 / 相差最大 / 差距最大 / 差额最多 / 差别最大. */
const FURTHEST = '(?:之间)?(?:的)?(?:相差|差距|差额|差别|差值|差)(?:得|的)?(?:是)?(最多|最大|最小|最少)';
const apart = (a: string, b: string) =>
  new RegExp(`(?:(?:${a})(?:跟|和|与|同)(?:${b})|(?:${b})(?:跟|和|与|同)(?:${a}))${FURTHEST}`, 'gu');
const BUDGETS_APART = apart(INITIAL, ANNUAL);
const INITIAL_FROM_SPENT = apart(INITIAL, EXECUTED);
/** The field of how far two amounts lie apart, at the end said. */
const furthest = (field: string) => (_m: string, end: string) =>
  `${field}${/多|大/u.test(end) ? '最高' : '最低'}`;

/** 执行率乘以10 beside 预算执行得分 in one clause. */
const RATE_TIMES_TEN = new RegExp(
  `(?<=预算执行得分${CLAUSE_CHAR}{0,12}?执行率)(?:乘以|乘上|乘|×|\\*)(?:10|十)(?:分)?|(?<=执行率)(?:乘以|乘上|乘|×|\\*)(?:10|十)(?:分)?(?=${CLAUSE_CHAR}{0,12}?预算执行得分)`,
  'gu',
);

/** An amount of the form, by its names. */
const AMOUNT = '(全年预算数?|年初预算数?|全年执行数?|执行数|预算数?|结余)';
/** 带零头 / 有零头 / 不是整万元 / 不是整数万元. */
const ODD = '(?:(?:带|有)(?:着)?零头|不是整(?:数)?万(?:元)?|不够整万(?:元)?)';
const ODD_AMOUNT = new RegExp(`${AMOUNT}(?:的)?(?:数)?(?:都)?${ODD}(?:[、，,]\\s*${ODD})?`, 'gu');
const WHOLE_AMOUNT = new RegExp(
  `${AMOUNT}(?:的)?(?:数)?(?:都)?(?:是|为)?整(?:数)?万(?!元?[\\d以之及左上下])(?:元)?`,
  'gu',
);

/**
 * 连1万块都不到 / 连100万也没有 / 连90分都不够: a bound said with 连…都 for emphasis is the plain bound (不到1万块); 都
 * between the figure and its comparison would otherwise part them. Only a figure right after 连.
 */
const EVEN_BOUND =
  /连\s*(\d[\d.]*\s*(?:万元|万块钱|万块|万|亿元|亿|千元|元|块钱|块|分|%)?)\s*(?:都|也)(?:还)?(不到|不足|没有|没到|不够|超过|超出|高于|低于)(?:了)?/gu;
const EVEN_VERB: Record<string, string> = { 没有: '不到', 没到: '不到', 不够: '不到' };

export function rewriteSpokenCompare(text: string): string {
  return text
    .replace(EVEN_BOUND, (_m, figure: string, verb: string) => `${EVEN_VERB[verb] ?? verb}${figure}`)
    .replace(ODD_AMOUNT, '$1带小数')
    .replace(WHOLE_AMOUNT, '$1是整数')
    .replace(BUDGETS_APART, furthest('预算调整绝对额'))
    .replace(INITIAL_FROM_SPENT, furthest('年初预算与执行数相差额'))
    .replace(RATE_TIMES_TEN, '')
    .replace(CENT_RESTATED, '')
    .replace(NOT_A_CENT_APART, '一样')
    .replace(LAST_PLACE, '垫底')
    .replace(ONE_SUM, '')
    .replace(BARE_TEN_THOUSAND, '1$1')
    .replace(/全年(?:的)?比年初(?!预算|数)/gu, '全年预算比年初预算')
    .replace(/年初(?:的)?比全年(?!预算|执行|数)/gu, '年初预算比全年预算')
    .replace(DOWN, '下调')
    .replace(UP, '上调');
}
