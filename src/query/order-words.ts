/**
 * How staff say an order in a sentence rather than with 从高到低 / 升序: which end comes first (预算大的排前面,
 * 执行率低的放在前头, 小的排后面) or where the list starts (从执行率最低的开始往上排, 从最高的开始排). Read as the
 * lexicon's words of direction before the question is split into words; the field stays where it was said, so the
 * parser finds it next to the order as usual. Nothing else of the sentence is touched.
 */

/** 好 / 差 of a figure are its high and low end, as the lexicon reads 最好 / 最差 (最差的放前面). */
const HIGH = '大|高|多|好';
const LOW = '小|低|少|差';

/** 预算大的排前面 / 执行率低的放在最前头 / 大的排后面: the end named first, or last. */
const END_FIRST = new RegExp(
  `最?(${HIGH}|${LOW})(?:的|一些的|点的)(?:项目)?(?:要|得)?(?:排|放|列)(?:在)?(?:最)?(前面|前头|前边|上面|后面|后头|后边|下面|[前后](?![\\d一二三四五六七八九十几]))`,
  'gu',
);

/** 从执行率最低的开始往上排 / 从最高的开始排 / 从低的往高排: the list starts at that end. */
const START_AT = new RegExp(
  `从([^从到往向，,。？?！!]*?)最?(${HIGH}|${LOW})(?:的|那个|那一个|那些)?(?:项目)?(?:开始)?(?:往上|往下|往后|往高|往低|依次|挨个|一个个)?(?:排|列)`,
  'gu',
);

/** 预算大的排前五 / 执行率低的前3个: the first N from that end. */
const TOP_FROM = new RegExp(
  `(?<!最)(${HIGH}|${LOW})的(?:项目)?(?:排|列)?(?:在)?(?=前[\\d一二三四五六七八九十几])`,
  'gu',
);

const isHigh = (w: string) => new RegExp(`^(?:${HIGH})$`, 'u').test(w);

/**
 * 按从多到少排好 / 最好按从高到低排 / 从大到小排一下: an order asked with a result complement (好, 一下), as a wish
 * (最好按…) or with 按 right before it (the field is named elsewhere) is the order itself; 最好 only right before
 * 按 (最好的项目 is the best one).
 */
const ORDER_TAIL =
  /(?:按(?:照)?)?((?:从|由)(?:高|多|大|低|少|小)(?:到|往|向)(?:低|少|小|高|多|大)(?:排列|排序|排))(?:好|一下|下)?/gu;
const WISH = /最好(?=按)/gu;

/** …排，取前3个 / 只取前五 / 选前十: the first N taken of the order, said as 只看. */
const TAKE_FIRST = /(?<=^|[，,\s])(?:只)?(?:取|选|留)(?=[前后][\d一二两三四五六七八九十])/gu;

/** 按多到少排 / 按高到低: the direction said after 按 without its 从, which the lexicon's words carry. */
const BARE_DIRECTION = /(?<=按(?:照)?)(?=(?:高|多|大|低|少|小)(?:到|往|向)(?:低|少|小|高|多|大))/gu;

/** The text with sentence-shaped orders rewritten as 从高到低排 / 从低到高排. */
/**
 * 全年预算数排名前五的项目，按金额由高到低排列: the money a ranking by an amount is made by, said again as 金额 (or a
 * figure's 大小) in the order — the ranked field itself, nothing new.
 */
const BY_THE_AMOUNT =
  /(?<=按(?:照)?)(?:金额|数额|资金|金额大小|大小|数值)(?=(?:从|由)?(?:高|多|大|低|少|小)(?:到|往|向))/gu;
const NAMES_AN_AMOUNT = /预算|执行数|支出|结余|调整数/u;

/** 由低至高 / 从高至低 / 由大往小: the written 至 for 到. */
const WRITTEN_TO = /(?:从|由)(高|多|大|低|少|小)(?:至|往|向)(低|少|小|高|多|大)/gu;

export function rewriteOrderWords(text: string): string {
  return (
    text
      .replace(WRITTEN_TO, '从$1到$2')
      .replace(BY_THE_AMOUNT, (m) => (m === '大小' || m === '数值' || NAMES_AN_AMOUNT.test(text) ? '' : m))
      .replace(WISH, '')
      .replace(BARE_DIRECTION, '从')
      // 按从高到低列出: 按 before a direction said whole adds nothing.
      .replace(/按(?:照)?(?=从(?:高|多|大|低|少|小)(?:到|往|向))/gu, '')
      .replace(TAKE_FIRST, '只看')
      .replace(ORDER_TAIL, '$1')
      .replace(TOP_FROM, (_m, end: string) => (isHigh(end) ? '从高到低排' : '从低到高排'))
      .replace(END_FIRST, (_m, end: string, where: string) => {
        const first = /前|上/u.test(where) ? isHigh(end) : !isHigh(end);
        return first ? '从高到低排' : '从低到高排';
      })
      .replace(
        START_AT,
        (_m, field: string, end: string) => `${field}${isHigh(end) ? '从高到低排' : '从低到高排'}`,
      )
  );
}
