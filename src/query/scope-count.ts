/**
 * 河门口9个项目的… / 双井两个项目一共…: a count said right after the scope, restating how many projects it holds. It
 * is no limit and no condition, so the words are taken out before the question is split (tokens.ts), and the count is
 * checked against the projects found, like 这三个项目 (count-said.ts): a sum over a set the asker counted otherwise
 * would be a wrong figure. Only right after a word that can end a name, and only when the projects are then asked
 * about (的, 一共, 平均…, or a figure of theirs: 全部169个项目全年预算): after 前 / 最低 / 超过 / 有 the count is a limit
 * or a condition, and is left alone. A word of kind may stand between the count and 项目 (李哲负责的两个小微项目: the kind
 * word stays, a condition like any other), and after a verb of owning or carrying out with 的 (负责的 / 实施的 /
 * 名下的) the count restates the person's or office's projects too. Batches (潞源三批小微项目) count projects, one a batch.
 * Words typed apart as in a group chat (潞源 接诉即办 两个项目 执行数) keep one space between the scope and the count.
 */
/** What may not stand before the count for it to restate a scope: a word of ranking, bounding, having or pointing. */
const NOT_BEFORE = '前后第最高低多少大小有过于到近约共计是为这那哪些几的和与及、，,。？?！!\\s来剩余个';
/** What a word of kind between the count and 项目 may not hold: a ranking, a bound, a negation (3个最低的项目 is a limit). */
const NOT_KIND = '的最前后第几不没未超低高多少于过';
/** After 负责的 / 实施的 / 名下的 the count is the owner's or office's projects (李哲负责的两个小微项目). */
const OWNING = '(?<=(?:负责|实施|主管|名下|手上|手里|管)的)';
/**
 * The count, with 的 before it (双井街道的两个项目, 2020年的两个项目: the scope's, never 最低的两个 — 低 may not stand
 * before) or after a word of owning, and words of the scope between it and 项目 (两个疫情防控项目, 两个小微项目: kept,
 * and the count checked against them).
 */
const SOURCE = `(?:(?<=(?![${NOT_BEFORE}])\\p{Script=Han} ?)|${OWNING})(的?)(\\d{1,3}|十[一二三四五六七八九]?|[两二三四五六七八九])(?:个|张|份|笔|批)((?:(?![${NOT_KIND}])[\\p{Script=Han}“”「」"]){0,12}?)(?:项目|表格|表)(?=的|表|(?:中|里|当中)[，,]|里面|里头|当中|之中|一共|总共|合计|加起来|加在一起|加一块|加一起|加到一起|平均|共|总|全年|年初|预算|执行|结余|负责人|联系|电话|得分|满意度|分别|各|都|按|[，,\\s])`;

/** 双井两个疫情防控项目，… / 双井两个疫情防控的钱: the count before a piece of the projects' name, the name then ending
 * in 项目 or followed by their money (的钱 / 的资金 / 的经费). The piece
 * holds no word of ranking, bounding, having or negation (潞源三个总分最高的项目 keeps its limit). */
const BEFORE_NAME = `(?<=\\p{Script=Han})(?<![${NOT_BEFORE}])(\\d{1,2}|十[一二三四五六七八九]?|[两二三四五六七八九])(?:个|批)(?=[^\\P{Script=Han}的最前后高低多少大小超过于是有没未不非和与及或]{2,12}?(?:项目(?:的|，|,|一共|总共|合计|加起来|平均|全年|年初|预算|执行|结余)|的(?:钱|资金|经费|款子|预算)))`;

/**
 * 双井两项的执行数 / 河门口3项一共 / 「A」与「B」两项的: the count with 项, its own measure word for projects, and no 项目 after it. Not after
 * a word of rows or points (满意度指标2项, 扣分3项: rows, not projects).
 */
const ITEMS = `(?<=[\\p{Script=Han}」”"])(?<![${NOT_BEFORE}标分条行])(\\d{1,3}|十[一二三四五六七八九]?|[两二三四五六七八九])项(?!目)(?=的|一共|总共|合计|加起来|加在一起|平均|共|全年|年初|预算|执行|结余|[，,])`;

/** The count said after the scope (its digits or numeral), or null. */
export function scopeCountSaid(question: string): string | null {
  return (
    new RegExp(SOURCE, 'u').exec(question)?.[2] ??
    new RegExp(BEFORE_NAME, 'u').exec(question)?.[1] ??
    new RegExp(ITEMS, 'u').exec(question)?.[1] ??
    null
  );
}

/** The question with a count restating its scope taken out: 河门口9个项目的 → 河门口 项目的, 双井两个疫情防控项目 →
 * 双井 疫情防控项目, 两个小微项目 → 小微项目 (a space where the count was: the scope and the name piece stay apart). */
export function withoutScopeCount(text: string): string {
  return text
    .replace(
      new RegExp(SOURCE, 'gu'),
      (_m, of: string, _n: string, words: string) => `${of || ' '}${words}项目`,
    )
    .replace(new RegExp(BEFORE_NAME, 'gu'), ' ')
    .replace(new RegExp(ITEMS, 'gu'), '项目');
}
