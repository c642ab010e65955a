/**
 * Ordinals and ends of a ranking said in the words of general Chinese rather than the ones rank.ts reads (issue 10,
 * wd-rank): rewritten into those before anything else reads them. By word class, not by sentence:
 * - a verb of counting after an order said in words (从小到大数, 从低往高数, 由高向低算): the order, the verb dropped
 *   (往 / 向 are 到);
 * - counting from an end (倒着数 / 倒过来数 / 反着数 / 从后往前数 + 第N: 倒数第N; 正着数 / 顺着数 / 从前往后数 / 正数
 *   + 第N: 排第N, from the top);
 * - a word of exactness before a place (刚好 / 正好 / 恰好 排第10名): the place, the adverb adding nothing;
 * - the places of a contest (冠军 / 状元 = 第1名, 亚军 / 榜眼 = 第2名, 季军 / 探花 = 第3名) and its last (吊车尾 / 倒数头名
 *   = 垫底);
 * - both ends asked at once (倒数第一和正数第一分别是哪个 / 最高的和最低的各是哪个): two asks, each with the words
 *   before the places (`bothEnds`, read before a message is cut into asks).
 * 第N of anything else, and these words inside a stored name, are not touched here (rank.ts leaves 第N次 / 第N批 alone).
 */

const DIR = '高|低|大|小|多|少';

/** 从小到大数 / 从低往高数 / 由高向低算起: the order, with 到 (a verb of counting dropped; 排 kept: it sorts). */
const COUNTED_ORDER = new RegExp(
  `([从由])(${DIR})(?:往|向|到)(${DIR})(?:(?:依次|挨个|一个个)?(?:数|算)(?![量据字目额值])(?:起|过去|下来)?)?`,
  'gu',
);

/** 倒着数 / 倒过来数 / 从后往前数 / 从末尾数起, then a place: from the end. */
const FROM_END =
  /(?:倒着|倒过来|反着|反过来|从后往前|从后向前|从后面|从后头|从末尾|从尾巴?|从最后(?:一个|一名)?(?:开始|往前)?)(?:数|算|排)(?:起|过来)?(?:的)?[，,\s]*(?:排)?(?=第)/gu;

/** 正着数 / 顺着数 / 从前往后数 / 正数, then a place: from the top (排第N: rank.ts reads it as the N-th highest). */
const FROM_TOP =
  /(?:正着|顺着|从前往后|从前向后|从前面|从头|从第一个?(?:开始)?)(?:数|算|排)(?:起|过来)?(?:的)?[，,\s]*(?:排)?(?=第)|正数(?=第)/gu;

/** 刚好排第10名 / 正好是第三 / 恰好排在倒数第二: the adverb of exactness before a place. */
const EXACTLY =
  /(?:刚刚好|刚好|正好|恰好|恰恰|不多不少)(?=(?:是|排名|排在|排|位列|位居|名列)?(?:在)?(?:倒数)?第)/gu;

/** The places of a contest: the n-th from the top. */
const CONTEST: Array<[RegExp, string]> = [
  [/冠军|状元/gu, '第1名'],
  [/亚军|榜眼/gu, '第2名'],
  [/季军|探花/gu, '第3名'],
  [/吊车尾|倒数头名|倒数第一名?|末名/gu, '垫底'],
];

/** The ordinals and ends of a question said as rank.ts reads them (digits already in place of numerals). */
export function plainRankWords(text: string): string {
  const counted = text
    .replace(COUNTED_ORDER, (_m, from: string, a: string, b: string) => `${from}${a}到${b}`)
    .replace(FROM_END, '倒数')
    .replace(FROM_TOP, '排')
    .replace(EXACTLY, '');
  return CONTEST.reduce((t, [word, place]) => t.replace(word, place), counted);
}

/** A place or an end of a ranking: 倒数第一, 正数第1, 第二名, 最高的, 最少. */
const END = `(?:倒数|正数|排名?)?第(?:\\d+|[一二三四五六七八九十])(?:名|位|个)?|最(?:${DIR}|差|好)`;

/**
 * 执行数倒数第一和正数第一分别是哪个 / 总分最高的和最低的各是哪个 / 民生保障办公室的项目里，全年执行数的最大值和最小值
 * 各是哪个项目: two places asked at once, each of the figure named
 * before them. Two asks, each with the words before the places: 「执行数倒数第一是哪个？执行数正数第一是哪个」. Null
 * when the message is no such pair (places next to each other are a span: rank.ts).
 */
const BOTH = new RegExp(
  `^([^。？?！!；;]*?)(${END})(?:值)?(?:的)?(?:和|与|跟|及|、)(${END})(?:值)?(?:的)?(?:项目|那个|那一个)?[，,\\s]*(?:分别|各自|各)(?:是|为)?([^，,。？?！!；;]*?)([？?。！!]*)$`,
  'u',
);

/** 全年预算数的平均数和中位数分别是多少: two figures of one field asked at once — two asks. */
const FIGURE = '(?:平均数|平均值|均值|中位数|中位值|合计|总和|最大值|最小值)';
const BOTH_FIGURES = new RegExp(
  `^([^。？?！!；;]*?)(?:的)?(${FIGURE})(?:和|与|跟|及|、)(${FIGURE})(?:分别|各自|各)?(?:是|为)?(?:多少|几)?([？?。！!]*)$`,
  'u',
);

export function bothEnds(message: string): string | null {
  const figures = BOTH_FIGURES.exec(message.normalize('NFKC').trim());
  if (figures) {
    const [, before, a, b, end] = figures as unknown as [string, string, string, string, string];
    if (before.trim() && a !== b) return `${before}的${a}是多少？${before}的${b}是多少${end || '？'}`;
  }
  const m = BOTH.exec(message.normalize('NFKC').trim());
  if (!m) return null;
  const [, before, a, b, ask, end] = m as unknown as [string, string, string, string, string, string];
  if (!before.trim() || a === b) return null;
  // 第二和第三 (places next to each other, from one end) are a span, read whole by rank.ts.
  const from = (w: string) => (/^倒数/u.test(w) ? 'end' : /^最/u.test(w) ? 'sup' : 'top');
  if (from(a) === from(b) && from(a) !== 'sup') return null;
  const asked = ask.trim() || '哪个';
  return `${before}${a}的是${asked}？${before}${b}的是${asked}${end || '？'}`;
}
