/**
 * English words inside a Chinese question (an intern's 发改委 所有 projects 的 total budget 占全部的 percentage): said in
 * the Chinese the readers know, so that the question is read as the Chinese one would be. Only in a message that has
 * Chinese in it — a question wholly in English keeps the English words the lexicon reads itself. Nothing here adds a
 * condition: each word is put as its Chinese counterpart, in place.
 */

/** A Latin word's edges (\b counts a Han character as a non-word one), the spaces that set it apart taken with it. */
const W = (word: string) => `[ \\t]*\\b(?:${word})\\b[ \\t]*`;

const AMOUNT = '(?:全年|年初)?(?:预算数?|执行数|执行金额|结余)';

const SWITCHED: ReadonlyArray<[RegExp, string]> = [
  // Quick q： / btw, / pls: a preamble, nothing asked
  [new RegExp(`^${W('quick q|quick question|btw|pls|please|hi|hey')}[：:，,.!！～~]?\\s*`, 'iu'), ''],
  // 加起来 total / 合计 total: the same sum said twice
  [new RegExp(`(加起来|合计|一共|总共)${W('total|in total|altogether')}`, 'giu'), '$1'],
  // total budget / total 执行数: the amount added up
  [new RegExp(`${W('total')}${W('budget|budgets')}`, 'giu'), '全年预算合计'],
  [new RegExp(`${W('total')}(${AMOUNT})`, 'giu'), '$1合计'],
  [new RegExp(`${W('average')}${W('total score|score')}`, 'giu'), '平均总分'],
  [new RegExp(`${W('total scores?')}`, 'giu'), '总分'],
  [new RegExp(`${W('scores?')}`, 'giu'), '得分'],
  [new RegExp(`${W('percentage|percent|share|proportion|ratio')}`, 'giu'), '比例'],
  [new RegExp(`${W('gap|difference')}`, 'giu'), '差距'],
  [new RegExp(`${W('actual (?:expenditures?|spending)|actual(?:ly)? spent')}`, 'giu'), '全年执行数'],
  [new RegExp(`${W('(?:is |are )?left (?:blank|empty)')}`, 'giu'), '未填'],
  // actual 支出 total 多少: the money spent (a row's actual and target: ROW_CELLS_SWITCHED)
  [new RegExp(`${W('actual')}(?:支出|花费|花了|执行数?)`, 'giu'), '全年执行数'],
  [new RegExp(`${W('total')}(?=多少|是多少|呢|[？?]|$)`, 'giu'), '合计'],
  [new RegExp(`${W('avg|average')}`, 'giu'), '平均'],
  [new RegExp(`${W('per project|each project')}`, 'giu'), '每个项目'],
  [new RegExp(`${W('not full score|not full marks|not full')}`, 'giu'), '没拿满分'],
  [new RegExp(`${W('full score|full marks')}`, 'giu'), '满分'],
  [new RegExp(`${W('rows?')}`, 'giu'), '指标'],
  [new RegExp(`${W('distribution')}`, 'giu'), '分布'],
  [new RegExp(`${W('only keep|just keep|keep only|only show|just show')}`, 'giu'), '只看'],
  // …出现在哪些项目里？list 一下: the list the question asks for, asked again
  [new RegExp(`(?<=[？?])${W('list')}(?:一下|下|出来)?[。.!！]*\\s*$`, 'iu'), ''],
  [new RegExp(`${W('list')}(?=一下|下|出来)`, 'giu'), '列'],
  // 帮忙check下 / sort一下 / count一下: an English verb of the request with the Chinese 一下 after it
  [new RegExp(`${W('check|look|review')}(?=一下|下)`, 'giu'), '查'],
  [new RegExp(`${W('sort|rank')}(?=一下|下)`, 'giu'), '排'],
  [new RegExp(`${W('count')}(?=一下|下)`, 'giu'), '数'],
  // 满意度 survey: the survey of satisfaction, said once
  [new RegExp(`(?:满意度)?${W('surveys?|satisfaction survey')}`, 'giu'), '满意度调查'],
  [new RegExp(`${W('indicators?')}`, 'giu'), '指标'],
  [new RegExp(`${W('projects?')}`, 'giu'), '项目'],
  [new RegExp(`${W('forms?')}`, 'giu'), '表'],
];

/** The little words of an English sentence: a question with one is English with Chinese names in it (2023 projects of
 * 发改委, What is the annual budget of 法律顾问), read by the lexicon's English words. */
const ENGLISH_SENTENCE =
  /\b(?:of|the|is|are|was|what|which|who|how|does|do|did|has|have|with|for|in|and|me|their|its|whose|every|each)\b/iu;

/** Chinese with English words in it: no English sentence, and at least as many Han characters as English words. */
function mostlyChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const english = text.match(/[A-Za-z]{3,}/gu)?.length ?? 0;
  return english > 0 && han >= english && !ENGLISH_SENTENCE.test(text);
}

/**
 * carry-over funds (上年结转资金) / 执行率填写为100%（rounded up to 100%）: one term said in both languages, the second in
 * brackets — the same thing said twice, so the term is read once, in Chinese (an English gloss after Chinese adds no
 * condition: the Chinese before it says it). A unit in brackets is the unit asked (sum (元)).
 */
// (nor a negation: have no satisfaction KPI (满意度指标) keeps its no — taken with the term, it asked the opposite)
const LITTLE =
  '(?:of|the|a|an|in|on|for|and|or|to|with|is|are|was|what|which|how|many|much|have|has|do|does|no|not|non|without|never|except|excluding)\\b';
const TERM_WORD = `(?!${LITTLE})[A-Za-z][A-Za-z'-]*`;
/** The English term right before the gloss: up to three words, none of them a little word of a sentence (avg(全年预算)
 * is a function asked, no gloss). */
const GLOSSED = new RegExp(
  `\\b(?!(?:avg|sum|count|max|min|mean|total)\\s*[(（])${TERM_WORD}(?:[ -]${TERM_WORD}){0,2}\\s*[（(](?!(?:元|万元|千元|亿元|个|项|分)[)）]|[一二三][级級]指)(\\p{Script=Han}{2}[^()（）]{0,20})[)）]`,
  'giu',
);
/** (two words at least: a word alone in brackets may be the ask itself — 全年预算 (sum)) */
const ENGLISH_GLOSS =
  /(?<=[\p{Script=Han}”」』%\d])\s*[（(]\s*[A-Za-z][A-Za-z0-9%,.'-]*\s+[A-Za-z0-9 %,.'-]{1,60}[)）]/gu;

/** 数量指标 target ≥600，actual 才 521: a row's cells, in a question about indicator rows (budget vs actual is money —
 * SWITCHED's words and the lexicon read that). */
const ROW_CELLS_SWITCHED: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(`${W('actual(?: value)?')}`, 'giu'), '实际完成值'],
  [new RegExp(`${W('target(?: value)?')}`, 'giu'), '年度指标值'],
];
const ABOUT_ROWS = /指标|指標|\bKPIs?\b|\brows?\b/iu;

/**
 * Shorthand of a quick English message (潞源 projects w/o owner, exec amt > budget, # of projects, FY2023 vs FY2020,
 * total score low → high): the whole words and signs the readers know, said before either language is read.
 */
const SHORTHAND: ReadonlyArray<[RegExp, string]> = [
  [/\bw\/o\b/giu, ' without '],
  [/\bw\/(?=\s|\p{Script=Han})/giu, ' with '],
  [/(?:^|(?<=\s))#\s*(?:of\s+)?(?=[A-Za-z\p{Script=Han}])/giu, 'number of '],
  [/\bexec(?:\.|ution)?\s+(?:amt|amount)s?\b/giu, 'executed amount'],
  [/\bexec\.?\s+rate\b/giu, 'execution rate'],
  [/\bexec\b\.?/giu, 'executed amount'],
  [/\bamt\b/giu, 'amount'],
  [/\bFY\s*(\d{4})\b/giu, '$1'],
  [/\bdiff\b/giu, 'difference'],
  [/\bKPI\s+rows?\b/giu, 'indicators'],
  [/\binconsistent with\b|\binconsistent\b/giu, 'mismatch'],
  [/\bbottom\s+(\d+)\b/giu, 'lowest $1'],
  // (between English words only: 曹阳 预算 →元 and 填报≠计算 are read by the Chinese readers)
  [/(?<=[A-Za-z])\s*(?:→|->|=>)\s*(?=[A-Za-z])/gu, ' to '],
  [/(?<=[A-Za-z])\s*≠\s*(?=[A-Za-z])/gu, ' not equal to '],
];

export function codeSwitchedWords(message: string): string {
  const short = /[A-Za-z#→≠]/u.test(message)
    ? SHORTHAND.reduce((t, [word, whole]) => t.replace(word, whole), message)
    : message;
  const text = short.replace(GLOSSED, '$1').replace(ENGLISH_GLOSS, '');
  if (!mostlyChinese(text)) return text;
  const words = ABOUT_ROWS.test(text) ? [...SWITCHED, ...ROW_CELLS_SWITCHED] : SWITCHED;
  const switched = words.reduce((t, [word, chinese]) => t.replace(word, chinese), text);
  if (switched === text) return text;
  // The spaces that set English words apart part Chinese words once they are said in Chinese (占全部 项目 的 比例,
  // 分值 加起来 不等于 100): taken out — only where English was said so (节能专项 KPI 产出指标几个 效益指标几个 is two asks).
  return switched.replace(
    /(?<=[\p{Script=Han}\d%”」』])[ \t]+(?=[\p{Script=Han}“「『])|(?<=\p{Script=Han})[ \t]+(?=\d)/gu,
    '',
  );
}
