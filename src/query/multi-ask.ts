/**
 * Two asks in one message (一共多少个项目，总预算多少; 赵康负责几个项目？牛艳维呢？; 偏差原因没写的有几个，列出来;
 * …，另外它的主管部门是哪个). The message is cut by its structure — clause punctuation, and only where the clauses on
 * both sides ask something (a question word, 呢, a request to list or show) — and each ask is answered on its own,
 * with its own echo, the later ones read against the earlier ones of the same message (它 / 它们 / 呢 / 列出来, and
 * the scope: 潞源有几个项目？全年执行数合计是多少 is 潞源's sum). A clause that asks nothing (麻烦帮我查一下, 谢谢)
 * stays with its neighbour; a message with one ask is not cut at all (the ordinary parser reads it whole).
 */
import { unitAsked } from './arith-shapes.ts';
import { aggregateOf, anyFieldPattern, FIELDS, type FieldId, isNumeric } from './fields.ts';
import type { Filter, LeafFilter, Measure, PortfolioQuery } from './query.ts';
import { simplifiedCharacters } from './tokens.ts';

/**
 * Clause ends: Chinese and Latin punctuation, never the point or comma inside a number (1,000 / 2.5: a digit on both
 * sides). NFKC makes the full-width comma a Latin one, so 项目，2023年 is a clause end though a digit follows.
 */
const CLAUSE_END = /[，。？！；\n!?;]|[,.](?!\d)|(?<!\d)[,.]/u;

/** A verb of telling the asker (告诉我, 说下, 讲讲, 报一下): a request (说下周 / 讲下午 are times). */
export const TELLS = /告诉我|(?:请|烦请|敬请)告知|(?:说|讲|报)(?:一下|下(?![周午月个次回半]))|说说|讲讲/u;

/**
 * A clause that asks: a question word (几 not of 这几/那几/几十/几百…, nor after a numeral: 八十几, 十几个, 2百几 are
 * rough figures, no question), 呢 at its end, a
 * request for a list or a column (列出来, 分别是哪些, 把负责人也带上, 告诉我…), yes/no (吗, 有没有, 是否), and 是那个 ending
 * a clause (那个 typed for 哪个).
 */
const ASKS = new RegExp(
  `^(?:请|烦请|麻烦)(?:统计|计算|测算|核算)|^(?:统计|计算|测算|核算)(?:一下|下)|多少|(?<![这那哪前后第十百千万\\d])几(?![十百千万亿])|哪|谁|什么|啥|是否|是不是|有没有|吗|呢$|是那(?:个|家|位)$|列(?:出|一下|下|个|上|明)|带上|附上|标上|${TELLS.source}|(?:给|要)(?:我)?(?:个|一个|份)?(?:数|个数|数量|名单|清单|明细)|的项目(?:数量|个数|名称|名单|清单)$|^其中.{2,40}的(?:份数|张数|个数|项目数|数量)$|how (?:many|much)|which|what|who`,
  'iu',
);

/**
 * 发改委结余合计，资金使用率最低的是哪个 / 调减多少，调减比例: a figure named with no word of asking, as a budget office
 * writes it, is an ask of its own — unless what follows computes with it (…的全年预算合计，扣掉X以后还剩多少 / …合计，
 * 和河门口的比，差多少: one computation).
 */
const TERSE_FIGURE =
  /(?<=\p{Script=Han})(?:合计|合计数|合计金额|总额|总和|总计|比例|比重|占比|均值|平均值|平均数)$/u;
const COMPUTES_WITH_IT = /扣掉|扣除|减去|减掉|去掉|比|差|还剩|剩下|占|除以|乘以|加上|之和|两者|二者/u;

/** A clause naming the projects among which what follows is asked (…项目中 / …的表里): a scope, not an ask. */
const SCOPE_CLAUSE = /(?:项目|表|自评表|表格)(?:中|里|里面|当中|之中)$/u;

/** Words that open a second ask: 另外 / 还有 / 顺便 / 再 / 同时 / 以及 / 然后 / 并且 / 此外 / also. */
const OPENER = /^(?:另外|还有|顺便|顺带|再|同时|以及|然后|并且|此外|also|and)/iu;

/** 再给 / 再列 / 然后把 / 同时告诉我 inside a clause: where a second request may open; 谁的预算最高谁的最低: a second
 * which-word after a superlative asks the other end. */
// (有几个 列一下: a space typed where a comma would be, between a count and a request to list them — after a figure,
// 总分都是多少 列一下, the list is the figures' own)
const INNER_OPENER =
  /(?<=最(?:高|低|多|少|大|小)(?:的)?(?:是(?:哪个|谁))?)(?=(?:谁|哪个|哪一个|哪家)(?:的)?[^，,。？?；;]{0,8}?最(?:高|低|多|少|大|小))|(?:再|然后|并且|同时|顺便)(?=给|列|把|告诉|说|报|看|查|统计)|(?<=(?:几|多少)(?:个|项|张|家|条)(?:项目)?)\s+(?=(?:都|全|再)?(?:列一下|列出来|列下|列出|列个|给我列|分别是))/u;

const asks = (clause: string) => ASKS.test(clause.replace(/[\s？?。！!～~]+$/u, ''));

/** 各几个 / 分别多少: the figure of each group the ask before it lists, no ask of its own. */
const EACH_FIGURE = /^(?:各|分别|各自)(?:有|是)?(?:几个|几项|多少个|多少)(?:项目)?$/u;

/**
 * 谁负责的项目最多，几个 / 哪个部门项目最少？有多少个: the count of the group at the end the ask before it ranks by
 * its count — shown in that answer, no ask of its own (it had counted every project).
 */
const COUNT_OF_RANKED =
  /^(?:那|是|有|共|一共|负责了?|管了?)?(?:几个|几项|多少个|多少项|几个项目|多少个项目)$/u;
const RANKS_BY_COUNT = /项目[^，,。？?；;]{0,4}(?:最多|最少)|(?:最多|最少)的?项目/u;

/** A clause asking only another cell, no row or project of its own (满分是几分, 分值呢, 目标值是多少). */
const ANOTHER_CELL =
  /^(?:那|它的?|其)?(?:满分|分值|得分|年度指标值|指标值|目标值|实际完成值|完成值|实际值|偏差原因)(?:是|为|有)?(?:几分|多少分?|什么|啥|呢)$/u;
/** A clause asking a bare figure (多少条 / 几分 / 多少钱 / 是多少), no noun of its own. */
const BARE_FIGURE = /^(?:有|是|共|一共|总共)?(?:多少|几)(?:条|个|项|分|钱|万|万元|元)?(?:呢)?$|^是多少$/u;
/** By how much a figure changed, said with the verb of the change alone (减了多少 / 多了几万 / 追加了多少). */
const CHANGE_FIGURE =
  /^(?:那|是)?(?:多出|多|高出|增加|调增|上调|追加|少|低|减少|调减|压减|核减|削减|缩减|下调|砍|减|差|调)(?:了)?(?:多少|几)(?:万|万元|元|钱)?(?:呢)?$/u;
/**
 * The figure just asked, worked out by its definition (用执行数除以预算算出来又是多少): another reading of the same
 * cell, no scope of its own — the same ask (stated-rate-words.ts reads the pair).
 */
const WORKED_OUT_AGAIN =
  /^(?:那|那么)?(?:如果|假如|要是|若是|若)?(?:用|按|拿|以|根据)(?:全年)?执行数(?:去|来)?(?:除以|除)(?:全年)?预算(?:数)?[，,]?\s*(?:自己|重新)?(?:算出来|计算出来|算出|算|计算|核算)(?:的)?(?:执行率|结果|值)?(?:又|应该|实际|则)*(?:是|为)?(?:多少|几)$/u;
const ASKS_RATE = /执行率(?:是|为)?(?:多少|几)/u;
/** A ranking by the change of the budget over the year. */
const BUDGET_CHANGE = /调减|压减|核减|削减|下调|调增|追加|上调|调整|年初/u;
/** The change shown beside such a ranking: cut, raised, or either (差了多少: the ranking shows the gap already). */
function changeShown(said: string): string {
  const asked = said.replace(/多少|几/gu, '');
  if (/差/u.test(asked)) return '';
  return /少|低|减|砍|调/u.test(asked) && !/调增|追加|上调|多|高|增加/u.test(asked)
    ? '，附上预算调减额'
    : '，附上预算调增额';
}
/** 换成元是多少 / 折合多少亿元 / 那用元表示呢: only the unit a figure is wanted in, nothing of its own. */
export function convertsOnly(clause: string): boolean {
  const said = clause
    .replace(/[\s？?。.！!]+$/u, '')
    .replace(/^(?:那|那么|再)/u, '')
    .replace(/呢$/u, '');
  const asked = unitAsked(said);
  return asked.unit !== null && asked.text.trim() === '';
}

/**
 * 差额最大的项目是哪个，差额是多少: the figure the ask before ranks by, named again and asked — the ranked figure its
 * answer shows, no ask of its own (差额是多少 alone is a computation with no sides: not understood).
 */
function rankedFigureAgain(body: string, before: string): boolean {
  const m =
    /^(?:那|那么)?(?:它的?|其|这个|该项目的?)?([\p{Script=Han}]{2,6}?)(?:是|为|有)?(?:多少|几)(?:万元|万|元|分)?(?:呢)?$/u.exec(
      body,
    );
  // (a field's name asked again is read as a follow-up of its own, as before: 执行率最低的部门是哪个，执行率多少)
  if (!m || FIELD_ASKED.test(m[1]!)) return false;
  const at = before.indexOf(m[1]!);
  return at >= 0 && /^[^，,。？?；;]{0,3}?(?:最(?:多|少|高|低|大|小))/u.test(before.slice(at + m[1]!.length));
}

/** An ask ranking projects by a figure (哪个项目的指标最多 / 预算最大的是哪个). */
const RANKS = /最(?:多|少|高|低|大|小)|(?:第一|倒数第)/u;

/**
 * 扣分的指标都列出来，附上偏差原因 / …，带上负责人和电话: columns to show with the list the ask before it asks for — the
 * same ask (read alone, 附上偏差原因 had been taken for projects that have a 偏差原因).
 */
/** How a list is ordered, and nothing else: 按执行率从低到高列示 / 按全年预算数排一下 (the field in the first group). */
const ORDER_SAID =
  /^(?:按|依|按照|根据)([^，,。？?！!；;]{1,12}?)(?:从低到高|从高到低|由低到高|由高到低|从小到大|从大到小|升序|降序|倒序|顺序)?(?:排列|排序|排|列示|列出|列|展示|显示)(?:一下|下)?(?:出来)?(?:吧|就行|即可)?$/u;
/** How many of a list are shown, and nothing else: 列出前三个就行. */
const LIMIT_SAID =
  /^(?:只)?(?:列出|列|要|给|显示|看)?(?:前|头)(?:[一二三四五六七八九十两]|\d+)(?:个|名|项)(?:就行|就好|即可|就可以了|就够了)?(?:吧)?$/u;
/** That the whole list is wanted, and nothing else: 请全部列出 / 都列出来 / 逐一列示 / 完整列出即可. */
const ALL_SAID =
  /^(?:全部|全都|都|一一|逐一|逐个|逐项|完整|全)(?:地)?(?:列出|列示|列明|列出来|列一下|列下|列上|写出|写出来|给出|显示|展示)(?:来)?(?:即可|就行|就好|吧)?$/u;
/** An ask whose answer is a list of projects: ranked, or asked which. */
const PROJECTS_LISTED =
  /最(?:多|少|高|低|大|小)|前(?:[一二三四五六七八九十两]|\d+)|哪些|哪几|列出|列示|名单|清单/u;

/**
 * 执行率最低的5个项目是哪些？按执行率从低到高列示 / …钱最多，列出前三个就行: how the list just asked is to be shown —
 * how many, or ordered by the field it ranked by — the same ask (read alone it had listed every project in that order).
 */
/** The ask without the words opening a request (请 / 麻烦您帮我). */
const requestOpened = (body: string) =>
  body.replace(/^(?:麻烦|烦请|请|再)?(?:您|你)?(?:帮我|帮忙|给我)?/u, '');

function listedAgain(body: string, before: string): boolean {
  if (!PROJECTS_LISTED.test(before)) return false;
  const said = requestOpened(body);
  const order = ORDER_SAID.exec(said);
  return order ? before.includes(order[1]!.trim()) : LIMIT_SAID.test(said) || ALL_SAID.test(said);
}
const COLUMNS_ADDED = /^(?:并|并且|同时|再)?(?:附上|带上|加上|标上|列上|注明|写上)(?!\s*$)/u;

/** An ask pointing at one indicator row (经济效益那条, 群众满意度那一行, X这个指标). */
const ROW_POINTED = /(?:那|这)一?(?:条|行)(?!指标)|(?:这|那)(?:个|项|条)指标/u;

/**
 * The asks of a message, each with the clauses around it that ask nothing (context before, thanks after); one
 * element when the message asks one thing.
 */
/** 晨光路拆迁 执行率? 总分?: fields asked one after another, each with its question mark — one ask of them all. */
const FIELD_ASKED = new RegExp(`^(?:${anyFieldPattern()})$`, 'u');
const ENDS_IN_FIELD_ASKED = new RegExp(`(?:${anyFieldPattern()})[?？]\\s*$`, 'u');
/** 牛艳维的呢 / 那2020年的呢: the ask before, asked again of what it names — an ask of its own. */
const ASKED_AGAIN_OF = /^(?:那|那么)?\S{2,}?的?呢$/u;

/** A pair asked each (分别是多少 / 各是多少 / 各多少), then how far apart: the gap asked of the two figures. */
const PAIR_ASKED = /(?:分别|各自?)(?:是|为|有)?(?:多少|几)/u;
const GAP_AFTER_PAIR =
  /([？?，,。；;]\s*)(?:那)?(?:两边|两者|二者|双方|两家|这两个|这俩|它们俩?|它俩)?(?:之间)?(?:(?:哪边|哪个|谁|哪家|哪一个|哪一边)(?:更)?(?:多|高|大)(?:一些|一点|点)?[，,]?\s*)?(?:相差|差了|差距是|差距有|差额是|差|多出|高出|多了|多)(?:多少|几)/u;

/**
 * 分别是多少？两边差多少？ / 分别是多少？哪边多，多多少？: the gap of the two figures, said as 差多少 — the follow-up the
 * pair's answer takes (两边 had been a word unread; 哪边多 and 多多少 two asks, neither understood).
 */
export function gapOfThePair(text: string): string {
  const gap = GAP_AFTER_PAIR.exec(text);
  if (!gap || !PAIR_ASKED.test(text.slice(0, gap.index))) return text;
  return `${text.slice(0, gap.index)}${gap[1]}差多少${text.slice(gap.index + gap[0].length)}`;
}

/** A share asked (占…的比重 / 百分之几 / 比例), then another side's share: 双井又占多少？ */
const SHARE_ASKED = /占.{0,30}?(?:比重|比例|占比|百分比|百分之(?:几|多少)|几成|多少)/u;
const SHARE_AGAIN =
  /([？?。；;]\s*)(?:那)?([^，,。？?；;\s]{1,16}?)(?:又|呢[，,]?)?(?:占|是)(?:了)?(?:多少|百分之几|百分之多少|几成|多大比例|多少比例)(?:呢)?([？?。]?\s*)$/u;

/**
 * …占当年全部项目全年预算的百分之多少？双井又占多少？: the same share of another side — the follow-up 那双井呢, which
 * keeps the computation (read alone, 双井占多少 had been the share of its number of projects).
 */
export function shareOfAnotherSide(text: string): string {
  const again = SHARE_AGAIN.exec(text);
  if (!again || !SHARE_ASKED.test(text.slice(0, again.index))) return text;
  return `${text.slice(0, again.index)}${again[1]}那${again[2]}呢${again[3]}`;
}

/** 调增的和调减的各有几个 / 满分的和没填的各多少个: two kinds of project counted each. */
const TWO_COUNTED_EACH =
  /(?<=[，,]\s*)([^，,。？?；;和与跟及]{1,10})的(?:项目)?(?:和|与|跟|及)([^，,。？?；;]{1,10})的(?:项目)?(?:分别|各自?)(?:有|是)?(几个|多少个|几项|多少项)/u;

/**
 * …的项目里，调增的和调减的各有几个: a count of each kind after the scope's clause, two asks (the second keeps the
 * first's scope) — read as one, 调增的 / 调减的 had been summed as amounts and the projects counted together. Said
 * alone (调增的和调减的各有多少个) the reader of alternatives counts each already.
 */
export function eachOfTwoCounted(text: string): string {
  return text.replace(
    TWO_COUNTED_EACH,
    (_m, a: string, b: string, n: string) => `${a}的有${n}，${b}的有${n}`,
  );
}

/** 总分的分布：满分100的几个、不到100的几个、没填的几个: a figure, then the kinds of its values counted each. */
const DISTRIBUTION_OF = /^(.{1,12}?)(?:的)?(?:分布|分布情况|分段情况)[：:，,]\s*(.+?)[？?。]*$/u;
const KIND_COUNTED = /^(.{1,12}?)的(?:有)?(几个|多少个|几项|多少项)$/u;

/** Each kind of the figure's values counted on its own, the figure said with each (总分满分100的有几个…). */
export function distributionCounted(text: string): string {
  const m = DISTRIBUTION_OF.exec(text.trim());
  if (!m) return text;
  const kinds = m[2]!.split(/[、，,；;]\s*/u).map((k) => KIND_COUNTED.exec(k.trim()));
  if (kinds.length < 2 || kinds.some((k) => !k)) return text;
  const figure = m[1]!.trim();
  return kinds.map((k) => `${figure}${k![1]!.replace(/^满分\s*/u, '为')}的有${k![2]}`).join('；');
}

export function splitAsks(message: string): string[] {
  // (換算成億: traditional characters, as the readers of each ask read them)
  const text = simplifiedCharacters(message.normalize('NFKC')).trim();
  const clauses: string[] = [];
  let rest = text;
  for (let m = CLAUSE_END.exec(rest); m; m = CLAUSE_END.exec(rest)) {
    clauses.push(rest.slice(0, m.index + m[0].length));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest.trim()) clauses.push(rest);
  spokenPauses(clauses);
  // 给我个数再给个名单: two requests in one clause, cut where the second opens, when both sides ask.
  for (let i = 0; i < clauses.length; i++) {
    const m = INNER_OPENER.exec(clauses[i]!);
    if (!m || m.index === 0) continue;
    const [a, b] = [clauses[i]!.slice(0, m.index), clauses[i]!.slice(m.index)];
    if (asks(a) && asks(b.replace(/[，。？！；\n!?;,.]+$/u, ''))) clauses.splice(i, 1, a, b);
  }
  const groups: string[] = [];
  let pending = '';
  let rewritten = text !== message.normalize('NFKC').trim();
  for (const [at, clause] of clauses.entries()) {
    const body = clause.replace(/[，。？！；\n!?;,.]+$/u, '').trim();
    if (!body) {
      pending += clause;
      continue;
    }
    // 不算清河，还有几个项目: 还有 before a count asks what remains, no second ask (one with its own 几 is cut below).
    if (OPENER.test(body) && !/^还有(?:几|多少)/u.test(body) && (groups.length > 0 || pending.trim())) {
      // 查一下法律顾问的总分，另外它的主管部门是哪个: what came before the opener is an ask of its own.
      if (pending.trim()) groups.push(pending);
      groups.push(clause);
      pending = '';
    } else if (
      groups.length &&
      !pending.trim() &&
      ANOTHER_CELL.test(body) &&
      ROW_POINTED.test(groups[groups.length - 1]!)
    ) {
      // …经济效益那条得了几分，满分是几分: another cell of the row the ask before points at, the same ask
      groups[groups.length - 1] += clause;
    } else if (groups.length && !pending.trim() && rankedFigureAgain(body, groups[groups.length - 1]!)) {
      // 差额最大的项目是哪个，差额是多少: the figure the ranking's answer shows; read again it is a computation with no
      // sides (not understood), so it is left out.
      rewritten = true;
    } else if (
      groups.length &&
      !pending.trim() &&
      CHANGE_FIGURE.test(body) &&
      RANKS.test(groups[groups.length - 1]!) &&
      BUDGET_CHANGE.test(groups[groups.length - 1]!)
    ) {
      // 哪个项目调减最多，减了多少: by how much the first of a ranking by the budget's change changed — that change shown
      // with the ranking (read as arithmetic it had subtracted the sums of every project's budgets)
      groups[groups.length - 1] = groups[groups.length - 1]!.replace(/[，,\s]+$/u, '') + changeShown(body);
      rewritten = true;
    } else if (
      groups.length &&
      !pending.trim() &&
      ((COUNT_OF_RANKED.test(body) && RANKS_BY_COUNT.test(groups[groups.length - 1]!)) ||
        ((BARE_FIGURE.test(body) || CHANGE_FIGURE.test(body)) && RANKS.test(groups[groups.length - 1]!)))
    ) {
      // 谁负责的项目最多，几个 / 哪个项目的指标条数最多，多少条: the figure of the one ranked first, the same ask
      groups[groups.length - 1] += clause;
    } else if (groups.length && !pending.trim() && listedAgain(body, groups[groups.length - 1]!)) {
      // 执行率最低的5个项目是哪些？按执行率从低到高列示: how the list just asked is to be shown, the same ask
      groups[groups.length - 1] += clause;
    } else if (COLUMNS_ADDED.test(body) && groups.length && !pending.trim()) {
      groups[groups.length - 1] += clause;
    } else if (
      groups.length &&
      WORKED_OUT_AGAIN.test((pending + body).replace(/[，,\s]/gu, '')) &&
      ASKS_RATE.test(groups[groups.length - 1]!)
    ) {
      // 表上填的执行率是多少？用执行数除以预算算出来又是多少 (…？如果用执行数除以预算数计算，又是多少): the same rate
      // by its definition, the same ask
      groups[groups.length - 1] += (pending + clause)
        .replace(/^(?:如果|假如|要是|若是|若)/u, '')
        .replace(/[，,]\s*(?=又|则|应该|实际|是|为)/u, '');
      pending = '';
      rewritten = true;
    } else if (
      FIELD_ASKED.test(body) &&
      ENDS_IN_FIELD_ASKED.test(pending || (groups[groups.length - 1] ?? ''))
    ) {
      // 晨光路拆迁 执行率? 总分?: the fields listed, asked together
      if (pending) pending = `${pending.replace(/[?？]\s*$/u, '')}、${clause}`;
      else groups[groups.length - 1] = `${groups[groups.length - 1]!.replace(/[?？]\s*$/u, '')}、${clause}`;
      rewritten = true;
    } else if (groups.length && !pending.trim() && convertsOnly(body)) {
      // 习风园改造的预算多少w，换成元是多少: the figure just asked, in another unit — the same ask
      groups[groups.length - 1] += clause;
    } else if (EACH_FIGURE.test(body) && groups.length && !pending.trim()) {
      groups[groups.length - 1] += clause;
    } else if (ASKED_AGAIN_OF.test(body) && (groups.length || /[?？]\s*$/u.test(pending))) {
      // 赵康的项目预算总和? 牛艳维的呢?: the clause before, asked with its question mark, is an ask too
      if (pending.trim()) groups.push(pending);
      groups.push(clause);
      pending = '';
    } else if (SCOPE_CLAUSE.test(body)) {
      // 请列出2023年度所报项目中，…的项目清单: the projects among which the ask after looks, no ask of its own
      pending += clause;
    } else if (
      asks(body) ||
      (TERSE_FIGURE.test(body) && !COMPUTES_WITH_IT.test(clauses.slice(at + 1).join('')))
    ) {
      groups.push(pending + clause);
      pending = '';
    } else pending += clause;
  }
  if (pending) {
    if (groups.length) groups[groups.length - 1] += pending;
    else groups.push(pending);
  }
  return groups.length > 1 || rewritten
    ? groups.map((g) => withoutOpener(g.replace(/[，,、;；\s]+$/u, '').trim()))
    : [message];
}

/**
 * 潞源的钱一共批了多少 花了多少: asks typed or dictated one after another with a space for a pause, no punctuation. A
 * clause is cut at its spaces only when every piece that asks is a question of its own length (four characters or
 * more): 谁 负责 几个项目 is one question spoken word by word. A piece may start with a year (23年几个 20年几个).
 */
// (…一共多少啊平均一个项目多少: a particle of tone after the asking word ends a spoken ask as a pause does)
const PAUSE =
  /(?<=\p{Script=Han})\s+(?=\p{Script=Han}|\d{2,4}年)|(?<=(?:多少|几个|几项|哪些|哪个|是谁)(?:啊|呀|哈|吧))(?=\p{Script=Han})/u;
function spokenPauses(clauses: string[]) {
  for (let i = 0; i < clauses.length; i++) {
    const pieces = clauses[i]!.split(new RegExp(`(${PAUSE.source})`, 'u'));
    // the pieces with the pause after each (split keeps the separators at odd places)
    const parts = pieces.flatMap((p, k) => (k % 2 ? [] : [p + (pieces[k + 1] ?? '')]));
    const asking = parts.filter((p) => asks(p.trim()));
    if (asking.length < 2 || asking.some((p) => p.trim().length < 4)) continue;
    clauses.splice(i, 1, ...parts);
    i += parts.length - 1;
  }
}

/** The words that join an ask to the one before it (另外, 再告诉我, 顺便帮我看下): how it is said, not what is asked. */
const JOINING =
  /^(?:另外|还有|顺便|顺带|再|同时|以及|然后|并且|此外|also|and)[，,、\s]*(?:(?:帮我|给我|麻烦)?(?:告诉我|说一下|说下|说说|讲一下|讲下|讲讲|看一下|看下|看看|查一下|查下|查查|问一下|问下))?[，,、\s]*/iu;

/** 又 before the asking words: this ask set beside the one before it (另外…又有哪些). */
export const AGAIN_BESIDE = /又(?=(?:有|是)?(?:哪些|哪几个|几个|多少|哪个|几))/u;

function withoutOpener(ask: string): string {
  const stripped = ask.replace(JOINING, '');
  // (另外执行率算错的又有哪些: after 另外, 又 sets the ask beside the one before — another question, not a follow-up)
  const rest = JOINING.exec(ask)?.[0].trim() ? stripped.replace(AGAIN_BESIDE, '') : stripped;
  return rest.trim() ? rest : ask;
}

/** What a filter scopes: the office or place, the owner, the project, the year (never a condition). */
function scopeKind(f: Filter): string | null {
  if (f.type === 'any') {
    const kinds = new Set(f.filters.map(scopeKind));
    return kinds.size === 1 ? [...kinds][0]! : null;
  }
  if (f.type === 'name' && !f.negate)
    return f.field === 'department' || f.field === 'implementingUnit' ? 'org' : f.field;
  if (f.type === 'compare' && f.field === 'year') return 'year';
  return null;
}

/**
 * A later ask of the same message keeps the earlier ask's scope (offices, places, owners, projects, years) of every
 * kind it does not name itself — 潞源有几个项目？执行率低于90%的有几个 is about 潞源 — but none of its conditions
 * (年初预算没填的有几个，总分没填的有几个 are two separate counts).
 */
export function inheritScope(earlier: PortfolioQuery, later: PortfolioQuery): PortfolioQuery {
  const own = new Set(later.filters.map(scopeKind).filter(Boolean));
  const kept = earlier.filters.filter((f) => {
    const kind = scopeKind(f);
    return kind !== null && !own.has(kind);
  });
  return kept.length ? { ...later, filters: [...kept, ...later.filters] } : later;
}

/** Words that ask about every project, whatever an earlier ask was about. */
export const ALL_WORDS = /所有|全部|全体|整体|全区|总体|\ball\b|every/iu;

/**
 * The query of a later ask of the message: one that names no projects of its own (全年执行数合计是多少 after
 * 潞源有几个项目) is about the earlier ask's projects, conditions included; otherwise the earlier scope is kept as
 * above. Null when nothing is carried over.
 */
export function laterAsk(
  earlier: PortfolioQuery,
  later: PortfolioQuery,
  text: string,
): PortfolioQuery | null {
  if (ALL_WORDS.test(text)) return null;
  // 各街道分别报了多少个项目，预算各是多少: a figure asked of each after a grouping — the same groups, that figure of
  // each (it had listed every project's budget).
  const perGroup = earlier.groupBy ? figuresOfEachGroup(later, text) : null;
  if (perGroup) return { filters: earlier.filters, groupBy: earlier.groupBy, measures: perGroup };
  // 前三大的项目是哪几个，谁负责的: nothing but fields to show — the same projects, those fields with them.
  if (
    !later.filters.length &&
    !later.measures?.length &&
    !later.order &&
    !later.groupBy &&
    later.select?.length
  ) {
    const { measures: _m, groupBy: _g, select: _s, ...rest } = earlier;
    return { ...rest, select: later.select };
  }
  if (!earlier.filters.length) return null;
  // 年初预算没填的项目几个？大红门占几个: a part of the projects just counted — their conditions kept, its own scope added.
  if (PART_OF_THOSE.test(text) && later.filters.length) {
    const own = new Set(later.filters.map(scopeKind).filter(Boolean));
    const kept = earlier.filters.filter((f) => {
      const kind = scopeKind(f);
      return kind === null || !own.has(kind);
    });
    return { ...later, filters: [...kept, ...later.filters] };
  }
  // X的负责人是谁？这个人还负责哪些项目: projects asked for by a scope of their own are not the one project named before.
  const own = PROJECTS_ASKED.test(text) && later.filters.length ? withoutProjectNamed(earlier) : earlier;
  const carried = later.filters.length ? inheritScope(own, later) : { ...later, filters: own.filters };
  return carried.filters.length === later.filters.length ? null : carried;
}

/** 占几个 / 占了多少个: how many of those just counted. */
const PART_OF_THOSE = /占(?:了|其中)?(?:几|多少)(?:个|项)?/u;

/** Projects asked for as a list (哪些项目 / 别的什么项目). */
const PROJECTS_ASKED = /(?:哪些|哪几个|哪几项|什么|别的|其他|其它)项目/u;
const withoutProjectNamed = (q: PortfolioQuery): PortfolioQuery => ({
  ...q,
  filters: q.filters.filter((f) => scopeKind(f) !== 'projectName'),
});

/** 各 / 分别 / 各自: one figure per alternative, never one over their union. */
const EACH = /各|分别|各自|每个|respectively|each/iu;

/** A group's figure of an amount, a rate or a score: a set's own (fields.ts `aggregateOf`: amounts added up, the rate
 * pooled, Σ执行数 ÷ Σ预算数, scores and other rates averaged). */
function groupFigure(field: FieldId): Measure | null {
  const kind = FIELDS[field].kind;
  if (!isNumeric(field) || (kind !== 'money' && kind !== 'percent' && kind !== 'score')) return null;
  return { fn: aggregateOf(field, 'pooled'), field };
}

/** 预算各是多少 / 执行率分别多少: fields only, asked of each (各) — their figures per group; null otherwise. */
function figuresOfEachGroup(later: PortfolioQuery, text: string): Measure[] | null {
  if (later.groupBy || later.filters.length || !EACH.test(text)) return null;
  // 两个年度各有多少个项目？平均总分分别是多少？: a figure said as such (平均总分) asked of each group
  if (later.measures?.length) return later.select?.length ? null : later.measures;
  if (!later.select?.length) return null;
  const figures = later.select.map(groupFigure);
  return figures.every((m): m is Measure => m !== null) ? figures : null;
}

/**
 * 河门口和双井各有几个项目 / 2020年和2023年的项目各有几个 / 赵康和牛艳维分别负责几个: a figure asked of alternatives
 * of one kind (places, years, owners) with 各 / 分别 is one answer per alternative, each with the rest of the query.
 */
export function perAlternative(
  query: PortfolioQuery,
  text: string,
): Array<{ leaf: Filter; query: PortfolioQuery }> | null {
  // A figure, or a ranking of projects (赵康和李毅飞各自预算最大的项目: the top of each, not of their union).
  const ranking = !query.measures?.length && !!query.order && !!query.limit && !query.per;
  if (!EACH.test(text) || !(query.measures?.length || ranking) || query.groupBy) return null;
  const split = alternativesOf(query);
  if (!split) return perCondition(query, text);
  const { at, alternatives } = split;
  return alternatives.map((one) => ({
    leaf: one,
    query: { ...query, filters: query.filters.map((f, i) => (i === at ? one : f)) },
  }));
}

/**
 * The alternatives of one kind a query's scope names (河门口和双井, 2020年和2023年, 赵康和牛艳维), one filter per term
 * the asker said (河门口 is its 主管部门 or its 实施单位, one place all the same), with the index of the filter they
 * came from; null for fewer than two.
 */
export function alternativesOf(query: PortfolioQuery): { at: number; alternatives: Filter[] } | null {
  // 大红门街道的民生办、城乡办各有几个: the place is one either-or (主管部门 or 实施单位), the offices another.
  for (const [at, f] of query.filters.entries()) {
    const split = f.type === 'any' && scopeKind(f) !== null ? alternativesIn(f) : null;
    if (split) return { at, alternatives: split };
  }
  return null;
}

/** The terms of one either-or of the scope, one filter each; null for fewer than two. */
function alternativesIn(any: Extract<Filter, { type: 'any' }>): Filter[] | null {
  const byTerm = new Map<string, LeafFilter[]>();
  for (const leaf of any.filters) {
    const key =
      leaf.type === 'name'
        ? `${leaf.field === 'owner' ? 'owner' : 'org'}:${leaf.term}`
        : JSON.stringify(leaf);
    byTerm.set(key, [...(byTerm.get(key) ?? []), leaf]);
  }
  if (byTerm.size < 2) return null;
  return [...byTerm.values()].map((group) =>
    group.length === 1 ? group[0]! : { type: 'any', filters: group },
  );
}

/** A test on a field (empty, a bound, two fields compared): the kind of condition 分别 can go over. */
const conditionKind = (f: Filter) =>
  f.type === 'empty'
    ? `empty:${f.empty}`
    : f.type === 'compare' && f.field !== 'year'
      ? 'compare'
      : f.type === 'fields'
        ? 'fields'
        : null;
const conditionField = (f: Filter) =>
  f.type === 'empty' || f.type === 'compare' ? f.field : f.type === 'fields' ? `${f.left}|${f.right}` : null;

/**
 * 分别统计没填年初预算和没填总分的项目数: with 分别 / 各, tests of one kind on different fields joined by 和 are
 * alternatives, one figure each (their conjunction would be the projects failing both). The scope stays on each.
 */
function perCondition(
  query: PortfolioQuery,
  text: string,
): Array<{ leaf: Filter; query: PortfolioQuery }> | null {
  if (!/和|与|跟|及|以及|、|还有|and/u.test(text)) return null;
  // Two tests no project could pass both, asked 各, are the alternatives (全年比年初调增的和调减的各有多少个 had been
  // answered 0); the other conditions stay on each (年初预算与全年预算不一致的项目中…).
  const pair = disjointPair(query.filters);
  if (pair) {
    const rest = query.filters.filter((f) => !pair.includes(f));
    return pair.map((leaf) => ({ leaf, query: { ...query, filters: [...rest, leaf] } }));
  }
  const tests = query.filters.filter((f) => conditionKind(f) !== null);
  if (tests.length < 2 || new Set(tests.map(conditionKind)).size !== 1) return null;
  // Two tests of one field otherwise are a range (高于80%和低于95%).
  if (new Set(tests.map(conditionField)).size !== tests.length) return null;
  const scope = query.filters.filter((f) => !tests.includes(f));
  return tests.map((leaf) => ({ leaf, query: { ...query, filters: [...scope, leaf] } }));
}

/** The one pair of a query's tests that no project could pass both, if there is exactly one. */
function disjointPair(filters: Filter[]): [Filter, Filter] | null {
  const pairs: Array<[Filter, Filter]> = [];
  filters.forEach((a, i) => {
    for (const b of filters.slice(i + 1)) if (disjoint(a, b)) pairs.push([a, b]);
  });
  return pairs.length === 1 ? pairs[0]! : null;
}

/** Whether no value could pass both tests: opposite sides of one bound, or of two fields compared. */
function disjoint(a: Filter, b: Filter): boolean {
  const above = (op: string) => op === '>' || op === '>=';
  const below = (op: string) => op === '<' || op === '<=';
  if (a.type === 'compare' && b.type === 'compare' && a.field === b.field) {
    const [lo, hi] = above(a.op) && below(b.op) ? [a, b] : above(b.op) && below(a.op) ? [b, a] : [null, null];
    if (!lo || !hi) return false;
    return hi.value < lo.value || (hi.value === lo.value && (lo.op === '>' || hi.op === '<'));
  }
  if (
    a.type === 'fields' &&
    b.type === 'fields' &&
    a.by === undefined &&
    b.by === undefined &&
    !a.times &&
    !b.times
  ) {
    // b said the other way round (年初 < 全年 is 全年 > 年初)
    const flip: Record<string, string> = { '>': '<', '<': '>', '>=': '<=', '<=': '>=', '=': '=', '<>': '<>' };
    const bOp =
      a.left === b.left && a.right === b.right
        ? b.op
        : a.left === b.right && a.right === b.left
          ? flip[b.op]!
          : null;
    if (!bOp) return false;
    const strict = a.op === '>' || a.op === '<' || bOp === '>' || bOp === '<';
    return (
      (((above(a.op) && below(bOp)) || (below(a.op) && above(bOp))) && strict) ||
      (a.op === '=' && bOp === '<>') ||
      (a.op === '<>' && bOp === '=')
    );
  }
  return false;
}

/** Two queries over the same projects, both lists (no figure, no groups): a later one only shows more fields. */
export function sameProjects(a: PortfolioQuery, b: PortfolioQuery): boolean {
  const list = (q: PortfolioQuery) => !q.measures?.length && !q.groupBy;
  const set = (q: PortfolioQuery) => JSON.stringify([q.filters, q.order ?? null, q.limit ?? null, !!q.ties]);
  return list(a) && list(b) && set(a) === set(b);
}

/**
 * 只要潞源的，再按执行率排一下: a later list of the very projects of the earlier one, only put in an order — the
 * earlier list said again, sorted (no first N in either).
 */
export function reSorted(a: PortfolioQuery, b: PortfolioQuery): boolean {
  const list = (q: PortfolioQuery) => !q.measures?.length && !q.groupBy && q.limit === undefined;
  return list(a) && list(b) && !!b.order && JSON.stringify(a.filters) === JSON.stringify(b.filters);
}

/** Fields shown by both, the earlier ones first. */
export function bothSelected(a: PortfolioQuery, b: PortfolioQuery): PortfolioQuery {
  const select = [...new Set([...(a.select ?? []), ...(b.select ?? [])])];
  return select.length ? { ...b, select } : b;
}

/**
 * 列出来 / 麻烦列个清单 / 列一下名字 / 给个名单 / 把名字列出来 / 列个表 / 分别是啥: a request for the list and nothing else — how
 * to show the answer of the ask before it (its names, its table), never a question of its own.
 */
const POLITE = '(?:麻烦|请|帮我|帮忙|给我|能不能|能否|可以|可不可以|能|再|您|顺便)*';
// (列一下项目: the projects, after rows asked whether there are any — rowsListAsked)
const LISTED = '(?:项目名单|项目清单|项目|清单|名单|明细|单子|表格|列表|一览表|表|名字|名称|姓名|人名)';
const TONE = '(?:吗|呢|吧|啊|谢谢|出来)*';
const LIST_REQUEST = new RegExp(
  `^${POLITE}(?:把(?:这些)?${LISTED}?)?(?:列|拉|出)(?:出来|一下|下|个|出|一个)?${LISTED}?${TONE}$` +
    `|^${POLITE}(?:给|发)(?:我)?(?:个|一个|一份|份|一下)${LISTED}${TONE}$` +
    `|^${POLITE}${LISTED}(?:列|拉|给|发)(?:出来|一下|下|我)${TONE}$` +
    // …有几个项目，分别是啥 / 都是哪些 / 具体有哪几个: which ones, after a count of them
    `|^(?:分别|都|各|具体|具体都)?(?:是|有)(?:哪些|哪几个|哪几项|哪几|啥|什么|些啥|些什么)(?:项目)?${TONE}$`,
  'u',
);

/** A later ask that only asks for the list already being given (哪些项目…，能帮我列一下吗): not an ask of its own. */
export function onlyListRequest(ask: string): boolean {
  return LIST_REQUEST.test(ask.replace(/[\s，,。？?！!~～]/gu, ''));
}

/**
 * A later ask that names no projects of its own (都是谁负责的, 总预算多少) while every ask before it went
 * unanswered: it has nothing to be about, and is never answered over every project.
 */
export function orphanAsk(later: PortfolioQuery, text: string): boolean {
  return !later.filters.length && !ALL_WORDS.test(text);
}

/** 它们 / 这些项目 / 其中: a later ask about the very projects the earlier ask found, its conditions included. */
const REFERS_BACK = /它们|他们|这些|那些|其中|里面|当中|上述|以上/u;

/**
 * The forms a later ask about indicator rows is read over (大红门街道的项目有几个，扣分的指标有几条; 指标一共几条，
 * 扣了几条): the earlier ask's scope (offices, places, owners, projects, years) of every kind the later one does not
 * name itself; its conditions too when the later ask points back at those projects (它们扣分的指标有几条). Without
 * this the later ask counted the rows of every form.
 */
export function rowScopeOfLater(earlier: Filter[], later: Filter[], text: string): Filter[] {
  if (ALL_WORDS.test(text) || !earlier.length) return later;
  if (REFERS_BACK.test(text) && !later.length) return earlier;
  return inheritScope({ filters: earlier }, { filters: later }).filters;
}

/** 扣了分的满意度指标有几条 → 扣了分的满意度指标是哪些项目: the rows the count was of, asked as a list. */
export function rowsListAsked(counted: string, ask: string): string {
  // (有没有…的？列一下项目: the rows asked whether, their mark taken off before they are asked as a list)
  const rows = counted
    .replace(/[？?。！!\s]+$/u, '')
    .replace(/(?:一共|总共|共|合计)?(?:有)?(?:几|多少)(?:条|个|项)?$/u, '');
  return `${rows}${/项目|表/u.test(ask) ? '是哪些项目' : '是哪些'}`;
}

/**
 * 指标一共几条，扣了几条 / …，没拿满分的有几条: after an ask about indicator rows, a later ask that counts or points at
 * 条 / 行 without naming what they are is about the same rows — it is read with 指标 said (扣了几条指标). Was read
 * alone: 扣了几条 became a list of projects. The rows the earlier ask named (数量指标一共多少条，有几条没完成) are
 * the ones meant: their name is said too (was: 没完成 counted over every row).
 */
export function rowsOfEarlier(ask: string, term?: string | null): string {
  if (/指标/u.test(ask)) return ask;
  return ask.replace(/(几|多少|哪几|哪)(条|行)(?!指标)/u, `$1$2${term ?? ''}指标`);
}
