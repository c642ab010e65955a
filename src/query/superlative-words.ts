/**
 * Superlatives and sorts said in the words of general Chinese (issue 10, wd-rank), rewritten into the lexicon's
 * before the question is split into words. Each word names an end of a field of one kind, so it is read only where
 * that kind is there:
 * - a verb whose measure is a rate with a word of quality (执行得最差 / 执行情况最好 / 执行得最慢), or its progress said
 *   slow or fast (支出进度最慢): 执行率 at that end;
 * - a word of price (最便宜 / 最省钱 / 最贵): the low or high end of an amount — the amount named in the clause, else
 *   全年预算 (what a project costs), said in the echo as 全年预算数;
 * - a verb of adjusting the budget with a word of degree (调减得最狠 / 砍得最多 / 追加最多 / 调增幅度最大 / 追加金额
 *   最大): 预算调整数 (全年预算数 − 年初预算数) at its low or high end; the path it runs along (年初到全年) and the
 *   comparison spelled out (全年预算比年初多出最多的) say the same field;
 * - a sort said as a queue (按X排排队 / 排个队 / 排一排 / 排个顺序): 按X排, only after 按 or an order said;
 * - a parenthesis that says again what the words before it say (追加金额最大的项目（预算调整数最高的）) adds nothing.
 * 最差 / 最好 of anything else are the lexicon's (最低 / 最高), as before.
 */

import type { PortfolioQuery } from './query.ts';

/** A rate's verb with a word of quality: 执行得最差 → 执行率最低. Never 执行得分 (the score). */
const RATE_QUALITY =
  /(?<!预算)执行(?:得|的情况|情况|的)?(最差|最好|最不好|最糟糕?|最烂|最不理想|最理想|最慢|最快)(?!分)/gu;
const LOW_QUALITY = /差|不好|糟|烂|不理想|慢/u;
/** 支出进度最慢 / 执行进度最快: the rate said as progress, its slow or fast end. */
const PROGRESS = /(?:预算|资金)?(?:支出|执行|使用)进度(?:最慢|最落后|最滞后|最靠后|(最快|最靠前|最领先))/gu;

/** Words that name an amount: a word of price then says its end. */
const AMOUNT_NAMED = /预算|执行数|执行金额|支出|结余|资金|金额|拨款|调整数|超支|花(?:了|费|掉)|经费数/u;
/** 最便宜 / 最省钱 / 最贵 / 最烧钱 / 花钱最多 is read elsewhere (花钱 is 全年执行数). */
const PRICE = /最(便宜|省钱|实惠|贵|烧钱)/gu;

/** 调减得最狠 / 往下调得最多 / 砍得最多 / 压减最大 / 追加最多 / 调增幅度最大 / 追加金额最大. */
const ADJUSTED =
  /(?:(?:从|由)?年初(?:预算数?)?(?:到|至)全年(?:预算数?)?[，,\s]*)?(?:全年)?(?:预算)?(?:(调减|下调|调低|压减|核减|砍|往下调|缩减)|(调增|上调|调高|追加|往上调|增补))(?:了)?(?:的)?(?:得)?(?:金额|幅度|额度|数额|额)?(?:得)?(最狠|最多|最大|最厉害|最凶|最猛)/gu;

/**
 * 全年预算比年初(预算)多出最多的 / 比年初少得最多 / 比年初压减得最多: the change of the two budgets at its end, the
 * verbs of raising and cutting (调增 / 追加, 调减 / 压减 / 核减…) as 多 and 少. A clause right after it asking by how
 * much, with such a verb and nothing else (，减了多少 / ，多了几万), asks the figure ranked, which the answer shows.
 */
const COMPARED =
  /全年预算(?:数)?比年初(?:预算)?(?:数)?(?:(多出|多|高出|增加|调增|上调|追加|增补)|(少|低|减少|调减|压减|核减|削减|缩减|下调|砍|减))(?:了)?(?:得)?(?:的)?最(?:多|大|狠)((?:[，,]\s*)(?:那|是)?(?:多出|多|高出|增加|调增|上调|追加|少|低|减少|调减|压减|核减|削减|缩减|下调|砍|减|差|调)(?:了)?(?:多少|几)(?:万元|万|元|钱)?(?:呢)?(?=[？?。！!]|$))?/gu;

/** 按X排排队 / 按X排个队 / 从高到低排一排: the verb of sorting alone. */
const QUEUE =
  /(?<=(?:按|从[高低大小多少]到[高低大小多少])[^，,。；;？?！!]{0,16}?)排(?:排队|个队|一下队|好队|队|一排|个顺序|顺序|个次序|次序)/gu;

/** 谁名下的…加起来最多 / 谁负责的项目最多 (the count of projects): a ranking of the projects' owners. */
const WHO_OWNS =
  /(?<![\p{Script=Han}])谁(名下|负责|手上|手里|管)((?:的|着的)?(?:项目)?(?:[^，,。？?！!谁最]{0,10}?))(?:(加起来|加在一起|合起来|合计|总共|一共|总和)|(?<=项目))(最多|最少|最高|最低|最大|最小)/gu;

/**
 * 最差的项目 / 最烂的那个项目 / 哪个项目最好: a project judged with no field named — by its self-evaluation's 总分,
 * which the echo says (总分最低的). Only where the word stands for the project itself (right before 的项目 / 的那个 /
 * 的是, or ending the clause: 哪个项目最好), and never with another field in the clause (执行得最差 is the rate's, above).
 */
const PROJECT_QUALITY =
  /(最差|最烂|最糟糕?|最不行|最拉胯|最好|最棒|最优秀|最出色)(?=的(?:那个|那一个|一个)?(?:项目|表|是)|的?[？?。]?$)/gu;
const FIELD_IN_CLAUSE = /预算|执行|满意|分|率|金额|钱|电话|负责|指标|偏差|年度/u;

/**
 * 项目数量最少的街道是哪个 / 预算最多的街道: the street at that end of a figure of its projects, said with the group
 * noun last — as 哪个街道的项目数量最少 (read first, 街道 alone was a piece of nine project names).
 */
const STREET_AT_END =
  /^([^，,。？?！!]{1,16}?)(最(?:多|少|高|低|大|小))的街道(?:是哪个|是哪一个|是哪里|是哪儿|是谁)?(?=[？?。！!]?$)/u;

/**
 * 同一个负责人名下执行率最低的项目 / 同一部门里预算最大的: the top within each group, said as "within one and the same"
 * — as 每个负责人…最低的 (read alone, 同一个 had been dropped and the one lowest project of all answered).
 */
const WITHIN_SAME =
  /同一(?:个|位|家)?(负责人|项目负责人|主管部门|部门|实施单位|单位|街道)(?=(?:名下|下面|里面|里|中|内)?(?:的)?[^，,。？?]{0,12}最(?:高|低|多|少|大|小))/gu;

/** 最高的有几个项目并列 / 最高分有多少个并列的: how many share that end. */
const TIED_COUNT =
  /最([高低多少大小好差])(?:的)?(?:有|是)?(几|多少)(?:个|项)(?:项目)?(?:并列|是并列的|并列的|打平|一样)(?:的)?/gu;

/** 按由小到大顺序排列: the order said, then the noun 顺序 — the order is said already. */
const ORDER_NOUN = /(?<=(?:从|由)[高低大小多少]到[高低大小多少])(?:的)?(?:顺序|次序)/gu;
/** 从高到低排出来 / 由大到小排一下: the verb of sorting with its complement, which says nothing more. */
const SORTED_OUT = /(?<=(?:从|由)[高低大小多少]到[高低大小多少])(?:地)?排(?:出来|一下|个序|好|下)/gu;
/** 哪个项目指标最多: the rows a project has, counted (its 绩效指标数), at that end. */
const MOST_ROWS = /(?<=项目(?:的)?)(?:三级|绩效)?指标(?:条数|个数|数量)?(?=最多|最少)/gu;
/** 全年预算数的最大值是多少: the largest value of a figure, its top end (最大值和最小值 together: rank-phrases.ts). */
const END_VALUE = /(?:的)?(最大值|最高值|最小值|最低值)(?!和|与|及|、)/gu;
/** 全年预算数规模倒数第二: 规模 after a named amount is that amount. */
// (资金规模 / 预算规模 are the budget's own words, fields.ts)
const SIZE_OF_AMOUNT = /(?<=预算数|执行数|执行金额)(?:的)?规模/gu;
/** 执行率最低的三个项目，执行进度拖后腿的: the ranking said again by what it means, after it. */
const RANK_SAID_AGAIN =
  /(?<=(?:执行率|进度)最低[^，,。？?]{0,8})[，,]\s*(?:执行|支出)?(?:进度)?(?:拖后腿|落后|垫底|最慢|最差)(?:的)?(?=[。？?！!]*$)/gu;
/** 给我排三个出来 / 排五个出来: how many of the ranking. */
const HOW_MANY_RANKED = /(?:给我)?排(?:出)?([1-9]|[一二三四五六七八九十两])个(?:出来)?(?=[。？?！!]*$)/gu;
/** 按全年预算数列出金额最高的5个项目: 金额 of a ranking, after the one amount it is by, is that amount. */
const AMOUNT_OF_RANKING =
  /(?<=(?:按|以|按照)(?:全年|年初)?(?:预算数|预算|执行数|支出数)(?:来)?(?:列出|列|排出|排列|排)(?:一下)?)(?:的)?金额(?=最高|最低|最大|最小|最多|最少|前|排名前|由|从)/gu;

export function rewriteSuperlativeWords(text: string): string {
  return dropRestatedParenthesis(
    text
      .replace(ORDER_NOUN, '')
      .replace(SORTED_OUT, '排')
      .replace(MOST_ROWS, '绩效指标数')
      .replace(END_VALUE, (_m, end: string) => (/大|高/u.test(end) ? '最高的' : '最低的'))
      .replace(SIZE_OF_AMOUNT, '')
      .replace(AMOUNT_OF_RANKING, '')
      .replace(RANK_SAID_AGAIN, '')
      .replace(HOW_MANY_RANKED, '前$1个')

      .replace(RATE_QUALITY, (_m, word: string) => `执行率${LOW_QUALITY.test(word) ? '最低' : '最高'}`)
      .replace(PROGRESS, (_m, fast?: string) => `执行率${fast ? '最高' : '最低'}`)
      // (…压减得最多，减了多少: the cut shown as the amount it took off, 预算调减额 — 预算调整数 is negative there)
      .replace(COMPARED, (_m, more: string | undefined, _less: string | undefined, howMuch?: string) =>
        more ? '预算调整数最高' : `预算调整数最低${howMuch ? '，预算调减额是多少' : ''}`,
      )
      .replace(ADJUSTED, (_m, less?: string) => `预算调整数${less ? '最低' : '最高'}`)
      .replace(PRICE, (_m, word: string, at: number, whole: string) => {
        const end = /便宜|省钱|实惠/u.test(word) ? '最低' : '最高';
        // The amount named in the same clause, else what a project costs: its 全年预算.
        const clause =
          whole
            .slice(0, at)
            .split(/[，,。；;？?！!]/u)
            .at(-1) ?? '';
        return AMOUNT_NAMED.test(clause) ? end : `全年预算${end}`;
      })
      .replace(PROJECT_QUALITY, (m, word: string, at: number, whole: string) => {
        const clause =
          whole
            .slice(0, at)
            .split(/[，,。；;？?！!]/u)
            .at(-1) ?? '';
        const after = whole.slice(at + m.length).split(/[，,。；;？?！!]/u)[0] ?? '';
        if (FIELD_IN_CLAUSE.test(clause + after)) return m;
        return `总分${LOW_QUALITY.test(word) || /拉胯|不行/u.test(word) ? '最低' : '最高'}`;
      })
      .replace(STREET_AT_END, '哪个街道的$1$2')
      .replace(WITHIN_SAME, '每个$1')
      .replace(QUEUE, '排')
      // 谁名下的项目全年预算加起来最多 / 谁负责的项目最多: the person whose projects' figure is highest — a ranking of
      // the owners (哪个人…), only with a figure of a group (a sum, or the count of projects).
      .replace(
        WHO_OWNS,
        (_m, own: string, between: string, sum: string | undefined, end: string) =>
          `哪个人${own}${between}${sum ? '合计' : ''}${end}`,
      )
      // 总分最高分 / 得分最低分: the score said again after its end.
      .replace(/(?<=分)最([高低])分(?![值数率])/gu, '最$1')
      // 总分最高的有几个项目并列: the projects at that end counted, ties all (as 最高的项目有几个).
      .replace(TIED_COUNT, '最$1的项目有$2个'),
  );
}

/** （X的）right after words that hold X already: said again, nothing more. */
function dropRestatedParenthesis(text: string): string {
  return text.replace(/[（(]([^（）()]{2,24}?)(?:的|的项目|那个)?[)）]/gu, (m, inner: string, at: number) =>
    text.slice(0, at).includes(inner) ? '' : m,
  );
}

/** A closing clause 按X / 按照X来 / 按X算 after a superlative or an order. */
const CLOSING_BY =
  /[，,、\s]+(?:都)?按(?:照)?([^，,。；;？?！!按]{1,12}?)(?:来|去)?(?:算|排|比|看|定)?(?:的话)?([？?。！!]*)$/u;

/**
 * 大红门分数最低的两个项目，按总分: a closing 按X that names the very field the question already ranks by says it
 * again. Read without it only when the rest is understood whole with an order, and 按X排 alone orders by that same
 * field; a 按X of another field (分数最低的…，按执行率) stays reported.
 */
export function withoutRestatedOrder<P extends { unplaced: string[]; query: PortfolioQuery | null }>(
  question: string,
  whole: P,
  parse: (text: string) => P,
): P | null {
  const m = CLOSING_BY.exec(question);
  if (!m || !whole.unplaced.length) return null;
  const rest = parse(question.slice(0, m.index) + m[2]);
  const by = parse(`按${m[1]}排`);
  const field = rest.query?.order?.by;
  if (rest.unplaced.length || !field || by.unplaced.length || by.query?.order?.by !== field) return null;
  return rest;
}
