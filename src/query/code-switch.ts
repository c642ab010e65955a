/**
 * English words inside a Chinese question (an intern's 发改委 所有 projects 的 total budget 占全部的 percentage): said in
 * the Chinese the readers know, so that the question is read as the Chinese one would be. Only in a message that has
 * Chinese in it — a question wholly in English keeps the English words the lexicon reads itself. Nothing here adds a
 * condition: each word is put as its Chinese counterpart, in place.
 */

/** A Latin word's edges (\b counts a Han character as a non-word one, which is what is wanted). */
const W = (word: string) => `\\b(?:${word})\\b`;

const AMOUNT = '(?:全年|年初)?(?:预算数?|执行数|执行金额|结余)';

const SWITCHED: ReadonlyArray<[RegExp, string]> = [
  // Quick q： / btw, / pls: a preamble, nothing asked
  [new RegExp(`^\\s*${W('quick q|quick question|btw|pls|please|hi|hey')}\\s*[：:，,.!！～~]?\\s*`, 'iu'), ''],
  // 加起来 total / 合计 total: the same sum said twice
  [new RegExp(`(加起来|合计|一共|总共)\\s*${W('total|in total|altogether')}`, 'giu'), '$1'],
  // total budget / total 执行数: the amount added up
  [new RegExp(`${W('total')}\\s*${W('budget|budgets')}`, 'giu'), '全年预算合计'],
  [new RegExp(`${W('total')}\\s*(${AMOUNT})`, 'giu'), '$1合计'],
  [new RegExp(`${W('budget|budgets')}`, 'giu'), '全年预算'],
  [new RegExp(`${W('average')}\\s*${W('total score|score')}`, 'giu'), '平均总分'],
  [new RegExp(`${W('total scores?')}`, 'giu'), '总分'],
  [new RegExp(`${W('scores?')}`, 'giu'), '得分'],
  [new RegExp(`${W('percentage|percent|share|proportion|ratio')}`, 'giu'), '比例'],
  [new RegExp(`${W('gap|difference')}`, 'giu'), '差距'],
  [new RegExp(`${W('distribution')}`, 'giu'), '分布'],
  [new RegExp(`${W('only keep|just keep|keep only|only show|just show')}`, 'giu'), '只看'],
  // …出现在哪些项目里？list 一下: the list the question asks for, asked again
  [new RegExp(`(?<=[？?])\\s*${W('list')}\\s*(?:一下|下|出来)?[。.!！]*\\s*$`, 'iu'), ''],
  [new RegExp(`${W('list')}\\s*(?=一下|下|出来)`, 'giu'), '列'],
  // 满意度 survey: the survey of satisfaction, said once
  [new RegExp(`(?:满意度\\s*)?${W('surveys?|satisfaction survey')}`, 'giu'), '满意度调查'],
  [new RegExp(`${W('indicators?')}`, 'giu'), '指标'],
  [new RegExp(`${W('projects?')}`, 'giu'), '项目'],
  [new RegExp(`${W('forms?')}`, 'giu'), '表'],
];

export function codeSwitchedWords(text: string): string {
  if (!/\p{Script=Han}/u.test(text) || !/[A-Za-z]{3}/u.test(text)) return text;
  const switched = SWITCHED.reduce((t, [word, chinese]) => t.replace(word, chinese), text);
  // The spaces that set the English words apart now part Chinese words (占全部 项目 的 比例): taken out.
  return switched.replace(
    /(?<=[\p{Script=Han}\d%”」』])[ \t]+(?=[\p{Script=Han}“「『])|(?<=\p{Script=Han})[ \t]+(?=\d)/gu,
    '',
  );
}
