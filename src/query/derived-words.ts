/**
 * How staff say a computed quantity of derived-fields.ts in a sentence rather than in one word, read as that
 * field's name before the question is split into words: 全年预算减去年初预算 (the definition spelled out) = 预算调整数;
 * 平均每个项目 = 平均. Built from the fields' own words, not from phrasings of particular questions. (结余 said as
 * 预算减去执行数 / 钱没花完 is read by the lexicon and parse.ts.)
 */
import { DERIVED_FIELDS } from './derived-fields.ts';
import { FIELDS, type FieldId } from './fields.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Extra everyday words for the stored amounts a definition names (the lexicon's compound words included). */
const EXTRA: Partial<Record<FieldId, string[]>> = {
  annualBudget: ['全年预算', '预算总额', '总预算'],
};
const wordsOf = (id: FieldId) =>
  [...new Set([...FIELDS[id].words, ...(EXTRA[id] ?? [])])]
    .filter((w) => /\p{Script=Han}/u.test(w))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

const MINUS = '(?:减去|减掉|扣除|扣掉|减|-|−|－)';
/** A − B said per project: the derived field whose definition it is. */
const DIFFERENCES: Array<[RegExp, string]> = [
  [
    new RegExp(`(?:${wordsOf('annualBudget')})(?:的)?${MINUS}(?:${wordsOf('initialBudget')})`, 'gu'),
    DERIVED_FIELDS.budgetAdjustment.label,
  ],
];

/**
 * 平均每个项目 / 每个项目平均: the average over the projects (每个 would otherwise read as a grouping); 按项目个数平均
 * (一下) is the same average said as its computation, and so is a total shared out (合计，平摊到每个项目).
 */
const PER_PROJECT_AVERAGE =
  /(?:的)?(?:合计|总额|总数|总计)?[，,]?\s*(?:平摊|均摊|分摊|摊)(?:到|给)(?:每(?:一)?(?:个|项)|一个)(?:项目)?(?:上|头上)?|平均(?:下来)?每(?:一)?(?:个|项)(?:项目)?|每(?:一)?(?:个|项)(?:项目)?(?:平均|均)|(?:按|按照|以)(?:项目)?(?:个数|项目数|数量|数目)(?:来)?(?:平均|均摊|平摊)(?:一下|下来)?/gu;
/**
 * 取个平均 / 求个平均值 / 算一下平均数 / 平均一下: the mean asked with a verb of working it out; the verb says nothing
 * more than 平均 (the lexicon's word of the average). 算 only as a verb of its own (预算平均 is no 算平均).
 */
const AVERAGE_VERB =
  /(?:取|求|(?<![预结核计打折换清决概估推演运盘总])算|计算|做)(?:个|一个|一下|下)?(?:平均)(?:值|数)?(?:一下|下)?/gu;
/** 平均，每个多少 / 平均下来一个项目多少: the average asked again per project, no grouping. */
const EACH_AFTER_AVERAGE =
  /(平均(?:下来)?)[，,]?\s*(?:每个|每项|一个|每一个)(?:项目)?(?=(?:是|有|能有)?(?:多少|几))/gu;
/**
 * 还有多少钱没花 / 多少资金未执行 / 没花掉多少: the amount not spent asked (结余), in the one wording the lexicon
 * reads (还剩多少没花), whichever order the ask and the verb come in.
 */
const NOT_SPENT_ASK =
  /(?:(?:还有|还剩|剩下|剩余|剩)(?:了|下了)?)?多少(?:钱|资金|预算)?(?:还)?(?:没|没有|未)(?:花|用|执行|支出)(?:掉|完)?|(?:还)?(?:没|没有|未)(?:花|用)(?:掉|完)(?:的)?(?:钱)?(?:有|是)?多少/gu;
/**
 * 一年下来剩了多少没花 / 全年下来花了多少: the year the form covers, told as the span the money was spent over. Every
 * form is of one year, so the words restrict nothing; only before a word of spending or what is left in the same
 * clause (一年下来 alone, or before a count, stays).
 */
const OVER_THE_YEAR =
  /(?:一年|全年|这一年|一整年|一年到头)(?:下来|到头)[，,]?\s*(?=[^，,。；;？?！!]*?(?:剩|花|用|执行|支出|结余))/gu;
/** 花出去 / 用出去: the verb of spending with its direction, which says nothing more (没花出去 = 没花). */
const SPENT_OUT = /(花|用|支|拨|付)出去/gu;
/** 一共花出去多少 / 用出去了几万: the amount spent asked, as 花了多少 (花 alone before the ask is no word of spending). */
const SPENT_OUT_ASKED = /(花|用)出去(?:了)?(?=多少|几)/gu;

/**
 * 钱一分没剩 / 花得一分不剩 / 钱全花光了 / 全部执行完: the money of the year all spent, nothing left — 全年执行数 at least
 * 全年预算数 (结余 ≤ 0: an overrun leaves nothing either). Said of projects, it is that condition; several of these
 * said in a row (钱一分没剩、全部执行完) are one. Never after a negation (没花完, 没有全部执行完 stay as said: the
 * lexicon reads 没花完 as money left).
 */
const NOT_NEGATED = '(?<!没|未|不|没有|尚未|还没|并未)';
const ALL_SPENT_ONE = [
  // 钱一分没剩 / 一分钱都没剩下 / 资金一分不剩 (一 is written 1 by now).
  '(?:钱|资金|预算|经费)?(?:都|全|全部)?(?:花|用|执行)?(?:得|了个)?[1一]分(?:钱)?(?:都|也)?(?:没|没有|不)(?:剩|剩下|留|留下)(?:下|了)*',
  // 钱全花光了 / 预算都用完了 / 全部执行完.
  `${NOT_NEGATED}(?:钱|资金|预算|经费)?(?:都|全|全部|全额)(?:花|用|执行|支出)(?:光|完|干净)(?:了|毕)?`,
  // 钱花完了没有 / 经费用完了吗: the money named, then finished (钱花完 had been read as 钱没花完, a negation left out).
  `${NOT_NEGATED}(?:钱|资金|预算|经费)(?:花|用|执行)(?:光|完|干净)(?:了)?`,
].join('|');
const ALL_SPENT = new RegExp(
  `(?:${ALL_SPENT_ONE})(?:[、，,]?\\s*(?:而且|并且|也|都)?(?:${ALL_SPENT_ONE}))*`,
  'gu',
);

/**
 * 钱一分没花 / 一分钱都没用 / 一个子儿没花 / 钱一点没动 / 没花一分钱: nothing of the money spent — 全年执行数 is 0. 一分
 * followed by 钱 or by a negated verb of spending is a sum of money, never a score of 1 (一分 alone before 没扣 stays a
 * score). 一点 counts as money only after a word of money (预算一点没动; 满意度一点没做 is no spending).
 */
const MONEY_WORD = '(?:钱|资金|预算|经费|款子|款项|款)';
const SMALLEST_SUM = `(?:[1一](?:分|毛|角|块|个子儿|个子|个钢镚儿|个钢镚|分钱|毛钱)(?:钱)?)`;
const SPEND_VERB = '(?:花|用|动|执行|支出|支|使用|花销)';
const NOTHING_SPENT = new RegExp(
  [
    // (钱)一分(钱)(都)没花(掉) / 钱一点(儿)都没动
    `(?:${MONEY_WORD}(?:都|全)?)?${SMALLEST_SUM}(?:都|也)?(?:没有|没|未|不曾)${SPEND_VERB}(?:过)?(?:出去|掉|了)*`,
    `${MONEY_WORD}(?:都|全)?[1一]点(?:儿)?(?:都|也)?(?:没有|没|未)${SPEND_VERB}(?:过)?(?:出去|掉|了)*`,
    // 没花一分钱 / 一分钱也没用出去
    `(?:没有|没|未)${SPEND_VERB}(?:过|掉|出)?${SMALLEST_SUM}`,
  ].join('|'),
  'gu',
);

/**
 * 没执行的钱 / 未支出的资金 / 还没花完的经费: the money a verb of spending says was not spent, named as a noun, is the
 * money left (结余) — a noun of money after 的, so 没花完的项目 (a condition on projects) stays as it is. 预算没花完的钱:
 * the budget named as whose money it is, one figure (it had been read as the budget and the money left).
 */
const NOT_SPENT_MONEY =
  /(?:(?<![年初全])预算(?:里|中|当中)?(?:的)?)?(?:还)?(?:没有|没|未|尚未)(?:花|用|执行|支出|拨付)(?:完|掉|光)?(?:的)(?:结余|剩余)?(?:钱|资金|经费|预算|款项|款子|部分)/gu;
/**
 * 各项目剩了多少钱 / 剩下了多少 / 每个项目剩几万: 剩 said as a verb with its aspect, before the amount asked, is the
 * lexicon's 还剩 (the money left); 还剩几个 (a count of projects) is the lexicon's own.
 */
const LEFT_ASKED = /(?:还)?剩(?:了|下了|下来|下)?(?=(?:多少|几)(?:钱|万元|万|元)?(?![个项张份条]))/gu;

/** 全年(预算)比年初(预算)多: the budgets compared, raised over the year. */
const RAISED_OVER_YEAR =
  /全年(?:预算)?(?:数)?比年初(?:预算)?(?:数)?(?:多|高|增加|增)|全年预算数?(?:高于|大于|多于)年初预算数?/u;
/** 多出来的钱 / 多出的部分 / 增加的金额: the amount by which it was raised. */
const MONEY_ADDED = /(?:多出来|多出|增加|多)的(?:钱|部分|金额|那部分|那些钱)/gu;

/**
 * The budget's adjustment (预算调整数) said in words: asked by its verb (预算调整了多少 / 一共调增了多少钱), or as the money
 * added after the comparison that picks the projects (全年比年初多的那些，多出来的钱加一块多少). Read before 多少钱 is taken
 * for the budget (多出来的全年预算 was no figure).
 */
export function budgetAdjustmentSaid(text: string): string {
  const said = text
    // 预算调整了多少 / 一共调增了多少钱: the amount of the adjustment asked (调增了 alone after 调增预算的 had been the
    // rate of it)
    .replace(ADJUSTED_HOW_MUCH, `${DERIVED_FIELDS.budgetAdjustment.label}合计是多少`);
  return RAISED_OVER_YEAR.test(said)
    ? said.replace(MONEY_ADDED, DERIVED_FIELDS.budgetAdjustment.label)
    : said;
}
// (增加了多少 only after 预算: 2023年比2020年增加了多少 compares two years)
// (any verb of changing the budget: 预算后来调了多少 / 年初预算调增了多少 / 预算变动了多少 — 年初预算 named is the change
// from it; 全年预算调增了多少 is left to the arithmetic, which shows the two budgets)
const ADJUSTED_HOW_MUCH =
  /(?:(?:年初)?预算(?:后来|年中|中途)?(?:一共|总共|合计|共)?(?:调整|调增|调高|上调|追加|增加|变化|变动|调|变)|(?:一共|总共|合计|共)?(?:调整|调增|追加))了(?:多少|几)(?:钱|万元|万|元)?(?![的个项])|(?:一共|总共|合计|共)(?:调增|追加)(?:多少|几)(?:钱|万元|万|元)/gu;

/** 超支了多少 / 超预算多少: the amount overspent (asked with 多少), not the condition 超支的项目. */
const OVERSPENT_HOW_MUCH =
  /(?:超支|超预算|超出预算|超过预算|多花)(?:了)?(?=(?:的)?(?:钱)?(?:是|有|共|一共|总共)?(?:多少|几))/gu;

/**
 * 执行差额 / 支出差距 / 预算执行缺口: the difference named by the one amount it is taken from (the year's budget less
 * what was executed, 结余). Not when the other amount is named too (全年预算和执行数的差额: parse.ts reads that whole).
 */
const EXECUTION_GAP = /(?:全年|实际)?(?:预算)?(?:执行|支出)(?:数|金额|资金)?(?:的)?(?:差额|差值|差距|缺口)/gu;
const OTHER_NAMED = /预算|和|与|跟|同|及|减/u;

/**
 * 总分加起来，离满分一共还差多少分 / 距满分差几分 / 总分离满分差不到5分: the shortfall of 总分 from full marks, the field
 * 离满分差的分数 (derived-fields.ts). 满分 here is the scale, not the condition 拿满分: read as the condition it made the
 * question a difference between the full-marks projects and the others (a wrong figure). 一共 / 加起来 said with it
 * asks the sum over the projects. The field's own label (离满分差的分数最多的) is left to the lexicon: rewritten, its
 * 的分数 was left behind and read as 总分, ranking by the wrong field.
 */
const SHORT_OF_FULL =
  /(?:的)?(?:总分|总得分|得分|分数)?(加起来|加在一起|加总|合计|总和)?[，,]?\s*(?:离|距|距离)(?:满分|100分|一百分)(?:还)?(一共|总共|共|合计|加起来|总计)?(?:还)?(?:差|少|缺)(?!的分数|得分数)(?:了)?(?:(是|有)?(多少|几)(?:分)?)?/gu;

/**
 * 扣分最多的那个扣了几分 / 这个项目一共被扣了多少分: the points a form lost as a whole — its 离满分差的分数. Not of a row or
 * the budget row (预算执行扣了几分, 满意度那条扣了几分: their own cells), which name what lost them right before.
 */
// (总共扣了多少分: the total over the projects, said with it; 平均每个项目扣几分: 了 left out)
const FORM_POINTS_LOST = /(一共|总共|共|合计|加起来)?(?:被)?扣(?:了|掉|掉了)?(多少|几)分/gu;
/** Words before it that say a row or the budget row lost the points (指标上总共扣了多少分). */
const PART_NAMED = /预算执行|执行率|满意度|指标|[项条行栏格](?:上|里)?$|[那这]一?[项条行栏格]/u;

export function rewriteDerived(text: string): string {
  let out = text
    .replace(FORM_POINTS_LOST, (m, total: string | undefined, _n, at: number, whole: string) => {
      // (the part may be named as the topic of a clause before: 预算执行那一项，X一共被扣了多少分)
      if (PART_NAMED.test(whole.slice(0, at))) return m;
      return `的${DERIVED_FIELDS.pointsShort.label}${total ? '合计' : ''}是多少`;
    })
    .replace(
      SHORT_OF_FULL,
      (_m, sumBefore?: string, sumAfter?: string, _verb?: string, ask?: string) =>
        `的${DERIVED_FIELDS.pointsShort.label}${sumBefore || sumAfter ? '合计' : ''}${ask ? '是多少' : ''}`,
    )
    .replace(OVER_THE_YEAR, '')
    // 全都执行完了吗: 都 heading the words is the yes/no question's "all of them" (yes-no.ts), kept.
    .replace(ALL_SPENT, (m) => `${/^都/u.test(m) ? '都' : ''}全年执行数不低于全年预算数`)
    .replace(NOTHING_SPENT, '全年执行数为0')
    .replace(AVERAGE_VERB, '平均')
    .replace(PER_PROJECT_AVERAGE, '平均')
    .replace(SPENT_OUT_ASKED, '$1了')
    .replace(SPENT_OUT, '$1')
    .replace(EACH_AFTER_AVERAGE, '$1')
    .replace(NOT_SPENT_ASK, '还剩多少没花')
    .replace(NOT_SPENT_MONEY, FIELDS.remaining.label)
    .replace(LEFT_ASKED, '还剩');
  for (const [re, label] of DIFFERENCES) out = out.replace(re, label);
  out = out.replace(OVERSPENT_HOW_MUCH, DERIVED_FIELDS.overspend.label);
  out = out.replace(EXECUTION_GAP, (m: string, at: number, all: string) =>
    OTHER_NAMED.test(all.slice(Math.max(0, at - 8), at)) && !/^(?:全年|实际)?预算/u.test(m)
      ? m
      : FIELDS.remaining.label,
  );
  return out;
}
