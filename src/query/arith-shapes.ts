/**
 * The grammar of arithmetic on two figures (arithmetic.ts reads each side with the ordinary parser): the ways staff
 * put two quantities together, each cut into its two sides. Built from small classes of words — the joining words
 * (和/与/跟/同), the comparing words (比/较/相比/比起), the verbs of exceeding (超出/超过/高出/多出) and of falling short
 * (低于/少于/不及/落后), the nouns of a difference (差额/差值/差距/相差), of a share (比例/比重/百分之几/几成) and of a
 * change (增长率/增幅/降幅) — rather than from whole sentences: X比Y多多少, X超出Y多少, X和Y相比差了多少, X占Y的几成,
 * X比Y增长了百分之几, X减Y, 折合成亿元…
 */

import { coverCut, scaleCut } from './arith-factor.ts';
import type { ARITH_OPS } from './query.ts';

/** `convert`: one figure said in another unit of money (折合成元); its right side is the number 1. */
export type ArithOp = (typeof ARITH_OPS)[number];

/** A question cut in two: `right` null means all projects (X占比); `swap`: the question said Y first (X比Y少多少). */
export interface Cut {
  op: ArithOp;
  left: string;
  right: string | null;
  swap?: boolean;
  /** A change said as a fall (下降了百分之几): (Y − X) ÷ Y. */
  fall?: boolean;
  /** A difference with no direction said (X和Y差多少, 多还是少): the gap is said besides the signed result. */
  gap?: boolean;
  /** The gap between the two projects of one set: the highest less the lowest, when there are two. */
  pair?: boolean;
  /** 砍掉一成 / 涨10% / 打八折: the factor's words, said back (arith-factor.ts); the right side is the factor. */
  scale?: string;
  /** 够付几年的: the quotient rounded down, said with the exact one, counted in this word (年 / 次) (arith-factor.ts). */
  floor?: string;
  /** X比Y多几倍: the multiple, and what the words say strictly (the multiple less one) said besides. */
  moreTimes?: boolean;
}

/** The units a result can be asked in (换算成元 / 折合亿元) and their size in 万元. */
export const MONEY_UNITS: Record<string, number> = {
  元: 1e-4,
  千元: 0.1,
  万元: 1,
  万: 1,
  十万元: 10,
  百万元: 100,
  千万元: 1000,
  亿元: 1e4,
  亿: 1e4,
};

/**
 * The words of a unit of money as said (块钱 / 块 are 元; 百万 / 百万元 the unit of a million 元; 万 / 亿 with 元
 * understood), in the form MONEY_UNITS keys them.
 */
const UNIT_WORD = '(?:块钱|块|十万元|百万元|千万元|十万|百万|千万|千元|万元|亿元|元|亿|万)';
const unitName = (said: string) => {
  if (said === '块钱' || said === '块') return '元';
  if (/^(?:十万|百万|千万|万|亿)$/u.test(said)) return `${said}元`;
  return said;
};

/** 换算成元 / 折合多少亿元 / 用元表示 / 以万元为单位 / 换算成千元是多少千元 / 要是用元来说 / 以亿元为单位列示。: the unit the figure is
 * wanted in. */
const IN_UNIT = new RegExp(
  `[，,]?\\s*(?:并且|并|同时|且)?(?:请|再)?(?:要是|如果|若是?)?(?:换算成|换算为|换算|折合成|折合为|折合|折算成|折算为|折算|折成|折为|换成|转换成|转换为|转成|化成|变成|改成|以|按|用|合)(?:人民币)?(?:是|为)?(?:多少)?(${UNIT_WORD})(?:人民币)?(?:为单位|作单位|做单位|当单位|单位)?(?:来)?(?:计算|来算|计|表示|显示|表述|列示|反映|呈现|给出|填列|列出|算|写|说|讲|来说|来讲|说一下|报)?(?:的话)?(?:大概|大约|约)?(?:是|为|等于|有|约)?(?:多少|几)?(?:个)?${UNIT_WORD}?(?:钱)?(?:来着|呢|啊|呀)?[。.！!]*$`,
  'u',
);

/**
 * 合计是多少亿 / 有几个亿 / 实际花了多少元: the figure asked straight in a unit of money that is not the forms' 万元,
 * with no word of converting (多少万元 is the forms' own unit: nothing to convert).
 */
const ASKED_IN =
  /(?:一共|总共|共|大约|约)?(?:是|为|有)?(?:(?:多少|几)个?(亿)元?|(?:多少|几)(千元|元|块钱|块))(?:钱|人民币)?(?:呢|啊)?[？?。!！]*$/u;

/** A verb of change closing what comes before the amount asked (…比年初预算调增了 / 多了 / 差). */
const CHANGE_BEFORE = /比[^，,。；;？?！!]{1,30}?(?:调增|调减|增加|减少|多|少|高|低|差)(?:出|了|出了)?$/u;

/** The unit a question asks its result in, and the question without those words. */
/** （换成元） / (用元表示) closing the question: the unit asked in brackets, read as a last clause. */
const BRACKETED_LAST = /[（(]\s*([^（）()]{1,16}?)\s*[)）]([\s。.！!？?]*)$/u;

/** 河门口的 total 执行数 in 元 是多少: the unit said in English anywhere in the question. */
const IN_UNIT_ENGLISH = /\s*(?<![A-Za-z])in\s*(千元|万元|亿元|元|yuan|RMB)(?![A-Za-z])\s*/iu;

export function unitAsked(said: string): { text: string; unit: string | null } {
  const english = IN_UNIT_ENGLISH.exec(said);
  if (english) {
    const unit = /^(?:yuan|rmb)$/iu.test(english[1]!) ? '元' : english[1]!;
    return {
      text: `${said.slice(0, english.index)}${said.slice(english.index + english[0].length)}`.trim(),
      unit,
    };
  }
  const bracketed = BRACKETED_LAST.exec(said);
  const unbracketed = bracketed ? `${said.slice(0, bracketed.index)}，${bracketed[1]}${bracketed[2]}` : said;
  const text = bracketed && IN_UNIT.test(unbracketed) ? unbracketed : said;
  const m = text.match(IN_UNIT) ?? text.match(ASKED_IN);
  if (!m) return { text, unit: null };
  const unit = unitName(m[1] ?? m[2]!);
  const before = text.slice(0, m.index).trim();
  // (全年预算比年初预算调增了多少元: the amount of the change is what is asked — left as 调增了 it read as a condition)
  const changeAsked = !IN_UNIT.test(text) && CHANGE_BEFORE.test(before);
  return { text: changeAsked ? `${before}多少` : before, unit };
}

/**
 * 年初预算比全年预算多出多少 / 执行数比预算少了多少 / 全年预算比年初预算调增了多少: the amount of a comparison asked. Read whole, 比…多 is a condition
 * and 多少 a count (how many projects have more); asked right after the comparing word, it is the difference.
 */
const AMOUNT_OF_COMPARISON =
  /比[^，,。；;？?！!]{1,30}?(?:调增|调减|增加|减少|多|少|高|低|超|差)(?:出|了|出了)?(?:多少|几)(?!个|项|家|条|人|位)/u;
export const asksAmountOfComparison = (text: string) =>
  AMOUNT_OF_COMPARISON.test(text) || GAP_OF_TWO.test(text);

/**
 * 双井两个项目的全年执行数差额: read whole, 执行数差额 is 结余 (derived-words.ts); said of two projects it is the gap
 * between them, which only the arithmetic reads.
 */
const GAP_OF_TWO =
  /(?:两|二|2)(?:个|项)(?:项目)?(?:之间)?(?:的)?[^，,。；;？?！!]{1,12}?(?:差额|差值|之差|差距|相差|差了)/u;

const JOIN = '(?:和|与|跟|同|及)';
/** How a question ends when it asks for the figure. */
const ASK = '(?:是|有|为|等于|大约是|约为|会是|能有)?(?:多少|几|多大)';
const UNIT_TAIL = '(?:个百分点|百分点|万元|亿元|元|万|钱|块钱|个项目|个|项|分|%|倍)?';
/** 预算超过100万的项目加起来多少: a figure with 的 after the verb is a bound describing projects, not what is exceeded. */
const NOT_A_BOUND = '(?!\\d[\\d.,]*\\s*(?:万元|万|亿元|亿|千元|元|w|k|%|分)?\\s*(?:以上|以下)?的)';
const MORE = '增加|增长|增多|上升|提高|多|高|大|超';
const LESS = '减少|下降|降低|缩减|少|低|小|差';
/** 调增 / 调减: a change of the budget, asked as an amount only with 多少 (调增了的项目 is a condition). */
const ADJUST_MORE = '调增|上调|调高';
const ADJUST_LESS = '调减|下调|调低|压减|核减|削减';
const SHARE_ASK =
  '(?:几分之几|百分之几|百分之多少|多少百分比|百分比|比例|比重|几成|多少成|几个点|多少个点|几个百分点|多少个百分点|多大(?:比例|比重|份额)?|多少(?:比例|比重|份额)|份额|占比|%|多少|几)';
/** 占 with the words that may go before it (能占 / 大概占 / 所占) and after it (占了 / 占到). */
const TAKES = '(?:能|可以|会|大概|大约|约|大致|所)?(?:占据|占到|占了|占)';
/** The part of a whole asked as a share with no 占 (全年预算里有百分之几没花出去 / 项目里有几成没填总分). */
const PART_ASK = '(?:几分之几|百分之几|百分之多少|多少百分比|几成|多少成|多大比例|多少比例)';
// (各街道…的比重分别是多少: each group's figure asked with 分别 / 各自)
const ASK_AFTER = '(?:分别|各自|各)?(?:是多少|为多少|有多少|是几|多少|是|有多大|多大)?';
/** A change said relative to its base: 增长了百分之几, 增幅, 降了几成. */
const RELATIVE =
  '(?:百分之几|百分之多少|多少百分比|百分比|几成|多少成|多少%|%|(?:的)?(?:比例|比率|幅度|百分比))';
const CHANGE_NOUN = '(?:增长率|增长幅度|增幅|涨幅|增速|变化率|变动率|降幅|下降率|减少率|下降幅度|降低率)';
const FALL = /降|减|低|少|跌/u;
/** 里 / 中 / 当中 after the whole a share is taken of (在大红门的执行数里). */
const IN_WHOLE = '(?:里面|里头|当中|之中|中间|中|里)';

const re = (s: string) => new RegExp(s, 'u');

/**
 * The part of an amount said by a verb (预算里有百分之几没花出去 / 有几成已经花掉了): what was not spent is 结余, what was
 * spent the 全年执行数. Said of projects (没填总分) the part is a set of projects and stays as said.
 */
const NOT_SPENT_PART =
  /^(?:还)?(?:没|没有|未)(?:花|用|执行|支出|拨付)(?:出去|掉|完)?(?:的)?(?:钱|部分|资金)?$/u;
const SPENT_PART = /^(?:已经|已)?(?:花|用|执行|支出|拨付)(?:出去|掉|完)?了?(?:的)?(?:钱|部分|资金)?$/u;
const partOfAmount = (part: string) =>
  NOT_SPENT_PART.test(part) ? '结余' : SPENT_PART.test(part) ? '全年执行数' : part;

/** 整体 / 总体 / 综合 / 加权 before a rate: the rate of the projects taken together (arithmetic.ts, arith-clauses.ts). */
const OVERALL = '(?:整体|总体|综合|加权|合计|汇总|总的|总)';
/** 潞源整体执行率: the words of that rate, for a clause that frames a computation of it. */
export const OVERALL_RATE = new RegExp(`(?:的)?${OVERALL}(?:的)?(?:预算|资金)?执行率$`, 'u');

/** The ways a question puts two figures together, each cut into its two sides. */
const SHAPES: Array<[RegExp, (r: RegExpMatchArray) => Cut]> = [
  // 2023年相比2020年项目数增长了多少倍: the later over the earlier, the growth (the multiple less one) said besides
  [
    /^(.+?)(?:相比|相较|比|较)(?:于)?(.+?)(?:，|,)?\s*(?:增长|增加|提高|上升|翻)(?:了)?(?:几|多少)倍(?:多)?(?:啊|呢)?$/u,
    (r) => ({ op: 'ratio', left: r[1]!, right: r[2]!, moreTimes: true }),
  ],
  // X比Y增长了百分之几 / X比Y少了几成 / X较Y的增幅: the change relative to Y.
  [
    re(
      `^(.+?)(?:比|较|比起|相比于?|相较于?|对比)(?![例重率值])(.+?)(?:的)?(?:还|要|再)?(增长|增加|上升|提高|提升|下降|减少|降低|调增|调减|上调|下调|调高|调低|多|高|大|少|低|小|涨|降)(?:了)?${RELATIVE}${ASK_AFTER}$`,
    ),
    (r) => ({ op: 'growth', left: r[1]!, right: r[2]!, fall: FALL.test(r[3]!) }),
  ],
  [
    re(`^(.+?)(?:比|较|比起|相比于?|相较于?|相对于?)(?![例重率值])(.+?)(?:的)?(${CHANGE_NOUN})${ASK_AFTER}$`),
    (r) => ({ op: 'growth', left: r[1]!, right: r[2]!, fall: FALL.test(r[3] ?? '') }),
  ],
  // The whole said first (在Y里，X占百分之几 / Y当中X占多大比例) or the part in it (X在Y里占多少比例): before the
  // plain 占 below, which would read 在Y里 as part of X and the share as one of all projects.
  [
    re(
      `^(?:在(.+?)${IN_WHOLE}[，,]?|(.+?)${IN_WHOLE}[，,])\\s*(.+?)${TAKES}(?:的)?${SHARE_ASK}${ASK_AFTER}$`,
    ),
    (r) => ({ op: 'share', left: r[3]!, right: (r[1] ?? r[2])! }),
  ],
  [
    re(`^(.+?)在(.+?)${IN_WHOLE}(?:的)?${TAKES}(?:的)?${SHARE_ASK}${ASK_AFTER}$`),
    (r) => ({ op: 'share', left: r[1]!, right: r[2]! }),
  ],
  // 2023年度的项目中，总分为100分的占比是多少 / 大红门的项目里总分100分的占多大比例: the projects named first are the
  // whole, the part is said after them (read as X占比, the whole had been every project)
  [
    re(
      `^(?:在)?(.+?的项目)${IN_WHOLE}[，,]?\\s*(.+?)(?:的)?(?:项目)?(?:(?:所)?占比|${TAKES}(?:的)?(?:多大|多少)?(?:的)?(?:比例|比重|份额)|所占(?:的)?(?:比例|比重))${ASK_AFTER}$`,
    ),
    (r) => ({ op: 'share', left: r[2]!, right: r[1]! }),
  ],
  // X占Y的百分之几 / X占Y多少 / X占Y的比例是多少.
  [
    re(`^(.+?)${TAKES}(.*?)(?:的)?${SHARE_ASK}${ASK_AFTER}$`),
    (r) => ({ op: 'share', left: r[1]!, right: r[2] || null }),
  ],
  // 全年预算里有百分之几没花出去 / 在2023年的项目中，有几成没填总分: the part said after the share asked.
  [
    re(`^(?:在)?(.+?)${IN_WHOLE}[，,]?\\s*(?:有|的)?${PART_ASK}(?:是|的)?(.+)$`),
    (r) => ({ op: 'share', left: partOfAmount(r[2]!), right: r[1]! }),
  ],
  [
    re(
      `^(.+?)在(.+?)(?:中|里|当中|里面|之中|里头)(?:的)?(?:所)?(?:占|占了)?(?:的)?(?:占比|比例|比重|百分之几|百分之多少|几成|份额|多少)${ASK_AFTER}$`,
    ),
    (r) => ({ op: 'share', left: r[1]!, right: r[2]! }),
  ],
  // 潞源整体执行率 / 2023年的总体执行率 / 加权执行率: the rate of the whole — the executed total over the budget
  // total — not the average of the projects' rates (which the plain 执行率 is).
  [
    re(`^(.*?)(?:的)?${OVERALL}(?:的)?(?:预算|资金)?执行率${ASK_AFTER}$`),
    (r) => ({ op: 'share', left: `${r[1]!}全年执行数合计`, right: `${r[1]!}全年预算数合计` }),
  ],
  // 潞源的项目钱花了百分之几 / 双井街道的钱用了百分之多少 / 经费执行了几成 / 河门口的项目执行了百分之几: how much of the
  // money was spent, asked as a share, is the rate of the whole (the executed total over the budget total), as 整体执行率
  // above; with no noun of money only 执行 / 花 said of 项目.
  [
    re(
      `^(.*?)(?:的)?(?:(?:钱|经费|资金|预算|款子|款项)(?:都|一共|总共|总体上|整体上|已经|已)*(?:花|用|执行|支出)|(?<=项目)(?:都|一共|总共|已经|已)*(?:花|执行))(?:掉|出去)?了?(?:的)?${PART_ASK}${ASK_AFTER}$`,
    ),
    (r) => ({ op: 'share', left: `${r[1]!}全年执行数合计`, right: `${r[1]!}全年预算数合计` }),
  ],
  // 2022年各街道的预算执行情况汇总一下 / 按部门统计一下资金执行情况: how the budget went, asked per group, is each group's
  // budget total, executed total and the rate of the whole (as 各街道的整体执行率: the table shows all three). Only per
  // group: one scope's 预算执行情况 stays the lexicon's (its projects' rates).
  [
    re(
      `^(?:(?:帮我|给我|请)?(?:汇总|统计|总结|梳理)(?:一下|下)?)?((?:[^，,]*?)(?:各|每个|每一个|按|分)[^，,]*?)(?:的)?(?:预算|资金|经费)执行(?:的)?情况(?:[，,]?\\s*(?:帮我|给我)?(?:汇总|统计|总结|梳理|列|说)(?:一下|下)?)?${ASK_AFTER}$`,
    ),
    (r) => ({ op: 'share', left: `${r[1]!}全年执行数合计`, right: `${r[1]!}全年预算数合计` }),
  ],
  // X占比是多少: the share of all projects.
  [
    re(`^(.+?)(?:的)?(?:占比|所占比例|所占比重)${ASK_AFTER}$`),
    (r) => ({ op: 'share', left: r[1]!, right: null }),
  ],
  // X是Y的百分之几 / 几成.
  [
    re(
      `^(.+?)(?:是|为|相当于|占到|达到)(.+?)的(?:几分之几|百分之几|百分之多少|多少百分比|百分比|几成|多少成)${ASK_AFTER}$`,
    ),
    (r) => ({ op: 'share', left: r[1]!, right: r[2]! }),
  ],
  // 百分之几的项目X: the share of all projects.
  [
    /^(?:有)?(?:百分之几|百分之多少|多大比例|多少比例|几成)(?:的)?(.+)$/u,
    (r) => ({ op: 'share', left: r[1]!, right: null }),
  ],
  // X是Y的几倍 / X比Y多几倍 (the multiple, as staff mean it).
  [
    /^(.+?)(?:是|为|相当于|等于)(.+?)的(?:几|多少)倍(?:多)?(?:啊|呢)?$/u,
    (r) => ({ op: 'ratio', left: r[1]!, right: r[2]! }),
  ],
  [
    /^(.+?)比(.+?)(?:多|高|大)(?:出|了|出了)?(?:几|多少)倍(?:多)?(?:啊|呢)?$/u,
    (r) => ({ op: 'ratio', left: r[1]!, right: r[2]!, moreTimes: true }),
  ],
  // X的1.1倍是多少 / 按X的一点五倍算是多少万: the figure times the number said.
  [
    re(
      `^(?:按照?|照)?(.+?)的(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)倍(?:来|去)?(?:给|算|计算|安排|核定)?(?:的话)?[，,]?\\s*(?:那么|则)?${ASK}${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'times', left: r[1]!, right: r[2]! }),
  ],
  // X和Y之比 / X与Y的比值.
  [
    re(`^(.+?)${JOIN}(.+?)(?:之比|的比值|的比率|的比例|的比|的倍数|之间的比例)${ASK_AFTER}$`),
    (r) => ({ op: 'divide', left: r[1]!, right: r[2]! }),
  ],
  // 和Y比，X多了多少 / 跟Y相比，X少几个: the base said first, in a clause of its own.
  [
    re(
      `^${JOIN}(.+?)(?:相比较|相比|比较|对比|比)(?:起来|而言|来看|一下)?[，,]\\s*(.+?)(?:还|要|再)?(${MORE}|${LESS})(?:了|出|出来|出了)?(?:多少|几)${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'minus', left: r[2]!, right: r[1]!, swap: re(`^(?:${LESS})$`).test(r[3]!) }),
  ],
  [
    re(
      `^${JOIN}(.+?)(?:相比较|相比|比较|对比|比)(?:起来|而言|来看|一下)?[，,]\\s*(.+?)(?:的)?(?:还|要|再)?(增长|增加|上升|提高|提升|下降|减少|降低|多|高|大|少|低|小|涨|降)(?:了)?${RELATIVE}${ASK_AFTER}$`,
    ),
    (r) => ({ op: 'growth', left: r[2]!, right: r[1]!, fall: FALL.test(r[3]!) }),
  ],
  // 从Y调整到X，增幅是多少 / 由Y变为X增长了百分之几: a change from one figure to another.
  [
    re(
      `^(.*?)(?:从|由)(.+?)(?:调整|调|变|变化|增长|增加|提高|下降|减少|降低)?(?:到|为|成|至)(.+?)[，,]?\\s*(?:的)?(?:(${CHANGE_NOUN})|(增长|增加|上升|提高|下降|减少|降低|涨|降)(?:了)?${RELATIVE})${ASK_AFTER}$`,
    ),
    (r) => ({
      op: 'growth',
      left: `${r[1]!}${r[3]!}`,
      right: `${r[1]!}${r[2]!}`,
      fall: FALL.test(r[4] ?? r[5] ?? ''),
    }),
  ],
  // X相比年初预算，全年预算涨幅是多少: what changes said after the base, the subject before it.
  [
    re(`^(.*?)(?:相比于?|相较于?|比起|较|对比)(.+?)[，,]\\s*(.+?)(?:的)?(${CHANGE_NOUN})${ASK_AFTER}$`),
    (r) => ({ op: 'growth', left: `${r[1]!}${r[3]!}`, right: `${r[1]!}${r[2]!}`, fall: FALL.test(r[4]!) }),
  ],
  // X，和Y比，差多少 / X，跟Y相比少了多少: the base in a clause of its own after the first figure.
  [
    re(
      `^(.+?)[，,]\\s*${JOIN}(.+?)(?:相比较|相比|比较|对比|比)(?:一下|起来)?[，,]?\\s*(?:还|要)?(差|相差|差了|差距|${MORE}|${LESS})(?:了|出)?(?:是)?(?:多少|几)${UNIT_TAIL}$`,
    ),
    (r) => ({
      op: 'minus',
      left: r[1]!,
      right: r[2]!,
      swap: re(`^(?:${LESS})$`).test(r[3]!) && r[3] !== '差',
      ...(/差/u.test(r[3]!) ? { gap: true } : {}),
    }),
  ],
  // X比Y多还是少，差几个: the difference answers which.
  [
    re(
      `^(.+?)(?:比|较|跟|和|与)(.+?)(?:的)?(?:是)?(?:更)?(?:${MORE}|${LESS})还是(?:${MORE}|${LESS})(?:[，,]?\\s*(?:差|相差|差了|多|少)(?:了)?(?:多少|几)${UNIT_TAIL})?$`,
    ),
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]!, gap: true }),
  ],
  // X和Y比，谁的F多，多多少 / X和Y哪个的F高，差多少: the difference asked, of F between them (谁多 alone or
  // 各是多少 asks for each figure, not for this).
  [
    re(
      `^(.+?)${JOIN}(.+?)(?:相比较|相比|比较|对比|比)?(?:一下)?[，,]?\\s*(?:谁|哪个|哪一个|哪家|哪边)(?:的)?(.+?)(?:更)?(?:${MORE}|${LESS})(?:一些|些)?[，,]?\\s*(?:${MORE}|${LESS}|差|相差)(?:了|出)?(?:多少|几)${UNIT_TAIL}$`,
    ),
    (r) => {
      const glue = /^(?:的|负责|管)/u.test(r[3]!) ? '' : '的';
      return { op: 'minus', left: `${r[1]!}${glue}${r[3]!}`, right: `${r[2]!}${glue}${r[3]!}`, gap: true };
    },
  ],
  // X比Y调减了多少 (= Y − X) / X比Y上调了多少. Y within one clause: 全年预算比年初预算少的项目，一共调减了多少 is a
  // condition and then the change of the projects it keeps, not 年初预算少的项目 taken for Y.
  [
    re(
      `^(.+?)(?:比|较|比起|相比于?|相较于?)(?![例重率值])([^，,；;。]+?)(${ADJUST_MORE}|${ADJUST_LESS})(?:了)?(?:多少|几)${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]!, swap: re(`^(?:${ADJUST_LESS})$`).test(r[3]!) }),
  ],
  // X比Y多多少 / X较Y少了多少 (= Y − X) / X比Y还高出几个百分点.
  [
    re(
      `^(.+?)(?:比|较|比起|相比于?|相较于?)(?![例重率值])(.+?)(?:还|要|再)?(${MORE}|${LESS})(?:了|出|出来|出了)?(?:多少|几)?${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]!, swap: re(`^(?:${LESS})$`).test(r[3]!) }),
  ],
  // X超出Y多少 / X高出Y的部分是多少 / X多于Y几个.
  [
    re(
      `^(.+?)(?:超出|超过|高出|多出|高于|多于|大于|超)(?:了)?${NOT_A_BOUND}(.+?)(?:了)?(?:的)?(?:部分|金额|数额)?${ASK}${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]! }),
  ],
  // X低于Y多少 / X不及Y几个 (= Y − X).
  [
    re(
      `^(.+?)(?:低于|少于|小于|不及|不如|不足|不到|落后于?|差于|比不上)(?:了)?${NOT_A_BOUND}(.+?)(?:了)?(?:的)?(?:部分|金额|数额)?${ASK}${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]!, swap: true }),
  ],
  // X和Y相比，多多少 / X与Y比较，执行数少了几 (the figure after 相比 is both sides').
  [
    re(
      `^(.+?)${JOIN}(.+?)(?:相比|比较|对比|比)[，,]?(?:前者|后者)?(.*?)(?:还|要)?(${MORE}|${LESS})(?:了|出)?(?:多少|几)${UNIT_TAIL}$`,
    ),
    (r) => ({
      op: 'minus',
      left: `${r[1]!}${r[3] ? `的${r[3]}` : ''}`,
      right: r[2]!,
      swap: re(`^(?:${LESS})$`).test(r[4]!),
    }),
  ],
  // 双井两个项目的全年执行数差额 / 这两个项目执行数相差多少: the gap between the two projects of a set — the higher
  // less the lower; that the set holds two is checked before anything is computed (count-said.ts).
  [
    re(
      `^(.*?)(?:这|那)?(?:两|二|2)(?:个|项)(?:项目)?(?:之间)?(?:的)?(.+?)(?:的)?(?:差额|差值|之差|差距|相差|差了|差)(?:了)?(?:是多少|为多少|有多少|多少|几|多大)?${UNIT_TAIL}$`,
    ),
    (r) => {
      // 双井街道两个疫情防控资金项目的预算: the words between 两个 and 项目 are the set's name, not the field's.
      const named = r[2]!.match(/^(.+?)项目(?:的)?(.+)$/u);
      const set = named ? `${r[1]!}${named[1]!}` : r[1]!;
      return {
        op: 'minus',
        left: `${set}项目${named?.[2] ?? r[2]!}最高的`,
        right: '最低的',
        gap: true,
        pair: true,
      };
    },
  ],
  // X与Y之间项目数相差几个: the figure after 之间 is both sides'.
  [
    re(
      `^(.+?)${JOIN}(.+?)(?:之间|两者|二者|两家|两边)(?:的)?(.+?)(?:的)?(?:差额|差值|之差|差距|差异|相差|差了|差)(?:了)?(?:是多少|为多少|有多少|多少|几|多大)?${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'minus', left: `${r[1]!}的${r[3]!}`, right: r[2]!, gap: true }),
  ],
  // X和Y的差额 / X与Y相差多少 / X跟Y之间差了几个.
  [
    re(
      `^(.+?)${JOIN}(.+?)(?:[，,]\\s*)?(?:两者|二者|两个)?(?:之间)?(?:的)?(?:差额|差值|之差|差距|差异|相差|差了|差|相比差|比较差|比差)(?:了)?(?:是多少|为多少|有多少|多少|几|多大)?${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]!, gap: true }),
  ],
  // X和Y之和 / X与Y加起来 / X跟Y合起来一共多少.
  [
    re(
      `^(.+?)${JOIN}(.+?)(?:的)?(?:之和|总和|加起来|加在一起|加到一起|加一起|合起来|合在一起|合一起|相加)(?:一共|总共|共)?${ASK_AFTER}${UNIT_TAIL}$`,
    ),
    (r) => ({ op: 'plus', left: r[1]!, right: r[2]! }),
  ],
  // X离Y还差多少 / X距离满分差几分 (= Y − X): last, 离 / 距 being common inside names (离退休, 差距).
  [
    re(`^(.+?)(?:离|距离)(.+?)(?:还)?(?:差|相差|差了)(?:了)?(?:多少|几)${UNIT_TAIL}$`),
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]!, swap: true }),
  ],
];

/**
 * X减去Y / X加上Y / X除以Y / X乘以Y, and the signs − + ÷ × between words (全年预算−执行数; never the hyphen, which
 * stored names hold: 美丽乡村运维-村庄保洁费): every place the word stands, the last first.
 */
const WORDS: Array<[RegExp, ArithOp]> = [
  [
    /(?:减去|减掉|扣除|扣掉|扣去|刨去|刨除|(?<!增|缩|削|消)减(?!少|半|免|分|值|轻|负|缓|去|掉)|(?<=[\p{Script=Han}）)]\s*)−(?=\s*[\p{Script=Han}（(]))/gu,
    'minus',
  ],
  [
    /(?:再加上|加上|再加|(?<!增|追|附|参|施|更)加(?!起来|在一起|分|强|快|大|工|班|上|油|入|盟)|(?<=[\p{Script=Han}）)]\s*)[+＋](?=\s*[\p{Script=Han}（(]))/gu,
    'plus',
  ],
  [/(?:除以|÷)/gu, 'divide'],
  [/(?:乘以|乘上|乘|×)/gu, 'times'],
];

export function cuts(text: string): Cut[] {
  const out: Cut[] = [];
  // 砍掉一成 / 打八折 / 够付几年的: read so or not at all (减两成 is no subtraction of a figure 两成).
  const factor = scaleCut(text) ?? coverCut(text);
  if (factor) return [factor];
  for (const [shape, cut] of SHAPES) {
    const r = text.match(shape);
    if (r) out.push(cut(r));
  }
  for (const [word, op] of WORDS) {
    const at = [...text.matchAll(word)].reverse();
    for (const hit of at) {
      const left = text.slice(0, hit.index);
      const right = text.slice(hit.index! + hit[0].length);
      if (left.trim() && right.trim()) out.push({ op, left, right });
    }
  }
  return out;
}
