/**
 * Which of a set is more (双井的两个项目，谁的全年预算更多; 比一下这两个项目的预算，哪个大; 哪个执行率比较低): asking
 * "which" with a comparative is asking for the top of the set by that measure, as 最 does. Rewritten to the
 * superlative before the question is split into words; 比一下 / 比较一下 / 对比一下 that only asks for the comparison
 * is then the request, not a comparison of two named things (X比Y多 keeps its 比).
 */

/** A "which" asked of projects or people. */
const WHICH_WORDS = '谁|哪个|哪一个|哪家|哪项|哪张';
const WHICH = new RegExp(WHICH_WORDS, 'u');
/** A comparative: 更 / 比较 / 要 / 还 before an adjective of size, or the adjective alone right after the "which". */
const COMPARATIVE =
  /(?:更|比较|要|还要|稍微)(多|高|大|少|低|小|贵|便宜)(?=一些|一点|些|点|$|[？?呢啊吧，,。\s])/gu;
const BARE_AFTER_WHICH = new RegExp(
  `(${WHICH_WORDS})(的)?(多|高|大|少|低|小)(?=一些|一点|些|点|$|[？?呢啊吧，,。\\s])`,
  'gu',
);
/** 比一下 / 比较一下 / 对比下 / 比比: a request to compare, with no second thing after it. */
const COMPARE_REQUEST = /(?:对比|比较|比)(?:一下|下)|比比/gu;

/** The size of the set compared (这两个项目, 俩项目, 3个项目), never a place in a ranking (前两个). */
const SET_SIZE = /(?<![前后第倒])(?:这|那)?(?:两|俩|二|三|2|3)个?(?=项目|笔|张表)/gu;

export function setComparatives(text: string): string {
  if (!WHICH.test(text)) return text;
  const rewritten = text
    .replace(COMPARATIVE, '最$1')
    .replace(
      BARE_AFTER_WHICH,
      (_, which: string, of: string | undefined, adj: string) => `${which}${of ?? ''}最${adj}`,
    );
  if (rewritten === text) return text;
  // 双井的两个项目谁更多: the count says how big the set compared is, not how many to list.
  return rewritten.replace(COMPARE_REQUEST, '看一下').replace(SET_SIZE, '');
}

/**
 * 大红门和潞源比一下：平均每个项目的全年预算各是多少 / A跟B对比下，执行率分别多少: a request to compare answered by each
 * one's figure (各 / 分别 / 各自 after it) — the figures side by side are the comparison, so the request adds nothing.
 */
const COMPARE_THEN_EACH =
  /(?<=\p{Script=Han})(?:对比|比较|比)(?:一下|下)[：:，,]?\s*(?=[^。？?！!]*?(?:各|分别|各自)(?:是|为|有)?(?:多少|几))/gu;

export function compareThenEach(text: string): string {
  return text.replace(COMPARE_THEN_EACH, '');
}
