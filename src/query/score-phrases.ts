/**
 * How staff say a score against its full mark, and a condition framed as a situation, read before the question is
 * split into words (issue 10): 一分没扣 / 一分都没扣 = 没扣分, 每一项都没扣分 = 都没扣分 (every row), 不满100 = 低于100,
 * 丢了分 = 扣了分, 存在…的情况 / 出现…的现象 = the condition itself, an adverb between a field and a comparison
 * (总分却低于100) moved before the field. Built from classes of words (quantifiers over rows, the verbs of
 * losing points, the nouns of a situation), not from phrasings of particular questions.
 */
import { anyFieldPattern } from './fields.ts';

const FIELD = anyFieldPattern();

/** A comparison said of a field right after it (not an empty test: 填了年初预算却没填负责人 pairs 没填 with what
 * follows). */
const SAID_OF = '(?=低于|高于|超过|不到|不足|少于|多于|大于|小于|不满|等于|不等于)';

const RULES: Array<[RegExp, string]> = [
  // 没拿满10分 / 拿满了5分: the number after 拿满 is the full mark itself (the row's or the form's), not a figure
  // of another field (was read as 总分 = 10).
  [/((?:没|未)(?:有)?|都)?(拿|得)满(?:了)?\d+(?:\.\d+)?分/gu, '$1$2满分'],
  // 拿了满分10分 / 得到满分5分: the same full mark said after 满分.
  [/((?:拿|得)(?:了|到)?满分)(?:是|为)?\d+(?:\.\d+)?分/gu, '$1'],
  // 满意度那条满分10分 / 满分是10分的指标: 满分 before a number of points names the full mark itself, the weight (was
  // read as 拿满分 plus a 总分 of 10); after 拿 / 得 / 比 / 离 it is the score reached or compared (rules above, arith-words.ts).
  // (总分为满分100分 / 是满分100分: the score is the full mark, the number says it — 满分 names the number only)
  [/(?<=(?:为|是|等于|达到|达|到))满分(?=\d+(?:\.\d+)?分)/gu, ''],
  [/(?<![拿得比较离距到为是于达])(?<!(?:拿|得|到)了)满分(?:是|为|有)?(?=\d+(?:\.\d+)?分)/gu, '分值'],
  // 满意度打了0分的 / 打满分100的项目: a score given is the score the row or the form got, describing projects (打分,
  // 打虚高 stay; 打满分了吗 asks of a project named before, which a condition would not keep)
  [/(?:被)?打(?:了|成|到)?(?=(?:满分|0分|零分|\d+(?:\.\d+)?分)(?:\d+(?:\.\d+)?分?)?的)/gu, '得'],
  // 一分没扣 / 一分都没扣 / 一分也没被扣: no points lost.
  [/1分(?:都|也)?没(?:有)?(?:被)?扣(?:过)?/gu, '没扣分'],
  // 一分没得 / 一分都没得到: a score of 0.
  [/1分(?:都|也)?没(?:有)?(?:拿|得)(?:到)?(?!满)/gu, '得了0分'],
  // 被扣成0分 / 扣到了3分: what is left is the score (得了N分), not N points lost.
  [/(?:被)?扣(?:成|到|至)(?:了)?(?=\d+(?:\.\d+)?分)/gu, '得了'],
  // 丢了分 / 丢了几分: lost points.
  [/丢了(?=分|\d+分|几分)/gu, '扣了'],
  // 每一项都 / 各项指标都 / 所有指标都: every indicator row — said as 指标都 (都没扣分, 都拿了满分).
  [/(?:每一项|每项|每一条|每条|各项|所有|全部)(?:指标)?(?=都|也)/gu, '指标'],
  // 不满100 / 不满100分: below it.
  [/不满(?=\d)/gu, '低于'],
  // 得分比分值低 / 比分值还高: a score held against its weight (低 alone is no word of the lexicon: 低保).
  // (还要高 / 都要低: the adverbs of degree before it)
  [/比(分值|权重|满分)(?:还|更|都)?(?:要)?(?:低|小)/gu, '低于$1'],
  [/比(分值|权重|满分)(?:还|更|都)?(?:要)?(?:高|大)/gu, '高于$1'],
  // 存在指标得分比分值低的情况 / 出现扣分的现象: the condition itself.
  [/(?:存在|出现)(.{2,30}?)(?:的)?(?:情况|现象|问题)/gu, '$1'],
];
/** 总分却低于100: the adverb before the field, so the field and its comparison stay together. */
const ADVERB_INSIDE = new RegExp(`(${FIELD})(却|也|还|竟然|居然|倒|都)${SAID_OF}`, 'gu');

export function rewriteScorePhrases(text: string): string {
  let out = text;
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out.replace(ADVERB_INSIDE, '$2$1');
}
