/**
 * A score asked as the rules would give it (预算执行得分按规则应该得几分, 按评分规则，预算执行那项应该拿多少分, 总分照规定应
 * 该是多少): the scorer's value of that cell, not the one written — 核算预算执行得分 (budget_score_computed, worked out by
 * src/score from the form's amounts and 分值) or 核算总分. Read before the question is split into words, as the field
 * word of the computed value and a plain 是多少, so that 几分 is not read as 总分 once more. A modal alone with a verb
 * of scoring says the same (预算执行得分应得几分); without the modal (按规则打的分) nothing is rewritten.
 */

/** Should be: 应该得, 应当是, 理应拿, 应得 (得 before a count is read as 的 by then: de-typed.ts, 最多得三个). */
const SHOULD = '(?:应该|应当|本该|理应|本应|应)(?:得|的|是|拿|打|给|为)';
/** Should get, said with a verb of scoring only (预算执行应该得几分; 预算执行应该是多少 may ask the rate). */
const SHOULD_SCORE = '(?:应该|应当|本该|理应|本应|应)(?:得|的|拿|打|给)';

/** The cell asked, how its should-be is said, and the word of its computed counterpart (fields.ts / derived-fields.ts). */
const SCORES: Array<[string, string, string]> = [
  [
    '预算执行(?:情况)?(?:的)?得分|预算执行(?:这|那)一?(?:项|行)(?:的)?(?:得分)?|执行率得分|预算得分',
    SHOULD,
    '核算预算执行得分',
  ],
  ['预算执行', SHOULD_SCORE, '核算预算执行得分'],
  ['自评总分|总得分|总分', SHOULD, '核算总分'],
];
/** By the rules: 按规则, 照规定, 依照评分规则, 根据公式 (算 / 计算 / 来算 after it, 的话). */
const BY_RULES =
  '(?:按|照|按照|依|依照|根据)(?:评分|打分|计分)?(?:规则|规定|公式|细则|标准|办法)(?:来)?(?:算|计算|核算)?(?:的话)?';
const ASKED = '(?:几分|多少分|多少)';

const RULES: Array<[RegExp, string]> = SCORES.flatMap(
  ([score, should, computed]): Array<[RegExp, string]> => [
    // 按规则，预算执行那项应该拿多少分 / 按评分规则，X预算执行那项应该拿多少分 (the project between kept); first, so that
    // the rules said ahead are taken with the score
    [
      new RegExp(
        `${BY_RULES}[，,]?\\s*([^，,。；;？?！!]{0,30}?)(?:${score})[，,]?\\s*${should}${ASKED}`,
        'gu',
      ),
      computed,
    ],
    // 预算执行得分按规则应该得几分 / 总分应该是多少
    [new RegExp(`()(?:${score})[，,]?\\s*(?:${BY_RULES})?[，,]?\\s*${should}${ASKED}`, 'gu'), computed],
  ],
);

export function rewriteComputedScores(text: string): string {
  let out = text;
  for (const [re, computed] of RULES)
    out = out.replace(re, (_m, before: string) => `${before}${computed}是多少`);
  return out;
}
