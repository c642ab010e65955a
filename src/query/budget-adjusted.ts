/**
 * The budget said to have been adjusted, as a condition on the project (预算调整过的项目 / 中途调过预算的 / 调增了预算的 /
 * 预算没调整过的): the form's two budgets compared — 年初预算数 against 全年预算数, unequal when adjusted, the annual one
 * higher when raised (调增, 追加) and lower when cut (调减, 压减). Read word by word, 调整过 asked for two fields and the
 * question was refused.
 *
 * Only a condition: an amount asked (调增了多少, 调减了几万) is arithmetic, and a clause with 比 compares what it names
 * (change-words.ts); the check 预算调整没说明原因 (调整 followed by 原因 / 说明) is left to the problem words.
 */
const BUDGET = '(?:预算|预算数|预算资金|预算金额)';
const WHEN = '(?:被|有|曾|曾经|中途|年中|中间|后来|年内|都)?';
const CHANGED =
  '(?:调整过|调整了|有调整|有过调整|进行过调整|做过调整|调过|调整|变动过|变动了|有变动|变过|改过)';
const RAISED = '(?:调增|上调|调高|追加|增加)';
const CUT = '(?:调减|下调|调低|压减|核减|削减|缩减|减少)';
/** What must not follow: an amount asked, the field 预算调整数 / 调整额, or the reason check. */
const NOT_AFTER = '(?!了?(?:多少|几|百分之)|数|额|金额|幅度|情况|[^，,。？?]{0,6}(?:原因|说明|理由))';
/**
 * Said of the projects (…的, the clause ending, 吗, 的项目, 有哪些), not the adjustment as a figure that is ranked or
 * sorted (预算调整最大的, 按预算调整从大到小排: the field 预算调整数).
 */
const PREDICATE = '(?=的|[，,。？?！!；;]|\\s|$|吗|么|没|项目|有|是|哪|了)';

const UNEQUAL = '年初预算和全年预算不一致';
const EQUAL = '年初预算和全年预算一致';
const HIGHER = '全年预算比年初预算多';
const LOWER = '全年预算比年初预算少';

const RULES: Array<[RegExp, string]> = [
  // 做过预算调整的 / 进行了预算调整: the adjustment as the noun of a verb of doing
  [new RegExp(`(?:做|进行|有|作)(?:过|了)${BUDGET}(?:的)?调整${NOT_AFTER}${PREDICATE}`, 'gu'), UNEQUAL],
  [new RegExp(`${BUDGET}${WHEN}(?:没|没有|未|从没|从来没)${CHANGED}${NOT_AFTER}${PREDICATE}`, 'gu'), EQUAL],
  [new RegExp(`${BUDGET}${WHEN}${CHANGED}${NOT_AFTER}${PREDICATE}`, 'gu'), UNEQUAL],
  [new RegExp(`${WHEN}${CHANGED}(?:了)?${BUDGET}${NOT_AFTER}${PREDICATE}`, 'gu'), UNEQUAL],
  [new RegExp(`${BUDGET}${WHEN}${RAISED}(?:了|过)?${NOT_AFTER}${PREDICATE}`, 'gu'), HIGHER],
  [new RegExp(`${RAISED}(?:了|过)?${BUDGET}${NOT_AFTER}${PREDICATE}`, 'gu'), HIGHER],
  [new RegExp(`${BUDGET}${WHEN}${CUT}(?:了|过)?${NOT_AFTER}${PREDICATE}`, 'gu'), LOWER],
  [new RegExp(`${CUT}(?:了|过)?${BUDGET}${NOT_AFTER}${PREDICATE}`, 'gu'), LOWER],
];

/** The question with a budget said adjusted (not with 比, not as an amount) as the comparison of its two budgets. */
export function rewriteBudgetAdjusted(text: string): string {
  return (
    text
      // (、 parts clauses too: 年初预算和全年预算对不上、做过预算调整的 — the second clause names neither budget)
      .split(/(?<=[，,。；;？?！!、])/u)
      .map((clause) => {
        // 全年预算比年初预算调增了的: 比 names both sides already (change-words.ts); 年初 / 全年 said: the fields are named.
        if (/比|较|年初|全年/u.test(clause)) return clause;
        return RULES.reduce((c, [re, to]) => c.replace(re, to), clause);
      })
      .join('')
  );
}
