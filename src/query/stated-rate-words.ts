/**
 * The 执行率 said of its cell on the form (预算执行率那一栏空着没填, 执行率这栏填的不是100%, 执行率填的低于90%的): the
 * rate as the form states it (表上执行率, `stated_rate`), not the one computed from the amounts. A clerk pointing at
 * the cell — by its place (那一栏, 这格, 栏里) or by the verb of filling it in (填的, 写的) — asks what is written there;
 * the two differ where a form's arithmetic is off (a form stating 80.5 % of a budget spent in full), and the empty
 * cell is empty only as written (the amounts may still give a rate). Read before the question is split into words, as
 * the field word 表上执行率. Left alone: the budget row's 得分 / 分值 said through the rate (执行率那一栏的得分: the
 * budget-row readers), a value right after the verb (执行率填了100% / 写的100%其实没花完: cell-shape-words.ts and
 * problem-words.ts), and 执行率 said plainly, which stays the computed rate. Both readings asked after the rate
 * (执行率，表上写的和重算出来的各是多少; 表上填报的执行率和按金额计算的执行率分别是多少) are the two fields, side by side.
 */

/** The rate's own words (预算执行 alone is also the budget row: not here). */
const RATE = '(?<!表上|表上的|表中|表里|填报|填报的|填写的|填的|写的)(?:预算执行率|资金执行率|执行率)';
/** Where on the form: 那一栏, 这格, 那一列, 栏里 (a place word is needed: 执行率里 alone says nothing of a cell). */
const PLACE = '(?:[这那]?一?(?:栏|格|列)(?:子)?(?:里面|里|中|上)?|栏里|格里)';
/** Not the budget row's score or weight said through the rate's cell. */
const NOT_POINTS = '(?!(?:的)?(?:得分|分值|分数|打分|评分|扣分|满分|得了|扣了|拿了|分))';
/** The verb of filling it in, then what is said of the value (not a value right after: other readers take those). */
const FILLED_AS =
  '(?:填的|写的|填写的|填报的|报的)(?=不|没|未|低|高|小|大|超|少|多|在|是|为|有|不到|不足|多少|几)';

/** Worked out from the amounts: 重算出来的, 自己算的, 实际算出来的, 按金额算的. */
const WORKED_OUT = '(?:重新|自己|实际|按金额|拿金额)?(?:重算|核算|计算|算)(?:一遍|一下)?(?:出来)?的';
/** As written on the form: 表上写的, 填的, 报的. */
const AS_WRITTEN = '(?:表上|表里)?(?:写的|填的|报的|填报的)';

/** The computation spelled out: 用执行数除以预算算出来, 按全年执行数除全年预算数计算的. */
const BY_DIVISION =
  '(?:用|按|拿|以|根据)(?:全年)?执行数(?:去|来)?(?:除以|除)(?:全年)?预算(?:数)?[，,]?\\s*(?:自己|重新)?(?:算出来|计算出来|算出|算|计算|核算)(?:的)?(?:执行率|结果|值)?';

const RULES: Array<[RegExp, string]> = [
  // 表上填的执行率是多少？用执行数除以预算算出来又是多少: the stated rate asked, then the one computed by its definition
  // (multi-ask.ts keeps the two clauses one ask) — the two fields side by side.
  [
    new RegExp(
      `(?:${AS_WRITTEN}|表上的?|表里的?)(?:预算|资金)?执行率(?:是|为)?(?:多少|几)[？?，,。；;\\s]*(?:那|那么)?${BY_DIVISION}(?:又|应该|实际|则)*(?:是|为)?(?:多少|几)`,
      'gu',
    ),
    '表上执行率和执行率各是多少',
  ],
  // 执行率，表上写的和重算出来的各是多少 / 执行率填的跟算出来的: both readings of the rate, each asked
  [
    new RegExp(
      `${RATE}[，,\\s]*(?:${AS_WRITTEN}(?:和|跟|与|、)${WORKED_OUT}|${WORKED_OUT}(?:和|跟|与|、)${AS_WRITTEN})`,
      'gu',
    ),
    '表上执行率和执行率',
  ],
  // 表上填报的执行率和按金额计算的执行率 / 写的执行率跟重算的执行率: each reading named with its own rate word
  [
    new RegExp(
      `(?:${AS_WRITTEN}|表上的?|表里的?)(?:预算|资金)?执行率(?:和|跟|与|、|以及)${WORKED_OUT}(?:预算|资金)?执行率`,
      'gu',
    ),
    '表上执行率和执行率',
  ],
  // 预算执行率那一栏空着没填 / 执行率这栏填的不是100% / 执行率那格里是多少
  [new RegExp(`${RATE}${PLACE}${NOT_POINTS}(?:的)?(?:${FILLED_AS})?`, 'gu'), '表上执行率'],
  // 执行率填的不是100% / 执行率填的低于90% / 预算执行率填的多少
  [new RegExp(`${RATE}${FILLED_AS}`, 'gu'), '表上执行率'],
];

/**
 * 执行率写的80.5% / 执行率填的是95%: a value read off the rate's cell is the stated rate (the computed one may differ:
 * that is why a clerk says 写的). 100% stays for problem-words.ts (写的100%其实没花完 is the rounded-up check).
 */
const WRITTEN_VALUE = new RegExp(
  `${RATE}(?:写的|填的|填写的|填报的|写着|填着)(?:是|为)?(?=(?!100(?:\\.0+)?%)\\d+(?:\\.\\d+)?%)`,
  'gu',
);
/**
 * …，按它的预算和执行数实际应该是多少: after the rate is named, the amounts it is worked out from and a should-be or
 * an actual value asked — the computed 执行率.
 */
const FROM_AMOUNTS =
  /(?<=执行率[^？?。！!]*?)[，,]\s*(?:那)?(?:按|用|拿|根据|照)(?:它|其|这张表|该表|表上)?(?:的)?(?:(?:全年)?预算(?:数)?(?:和|跟|与)(?:全年)?执行数|(?:全年)?执行数(?:和|跟|与)(?:全年)?预算(?:数)?|金额)(?:来)?(?:算|计算|核算)?(?:出来)?(?:的话)?(?:的)?(?:实际|实际上)?(?:应该|应当|应)?(?:是|为)?(?=多少|几)/gu;

export function rewriteStatedRate(text: string): string {
  let out = text;
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out.replace(WRITTEN_VALUE, '表上执行率为').replace(FROM_AMOUNTS, '，执行率是');
}
