/**
 * A question typed in Cantonese (幾多 / 嘅 / 咗 / 冇 / 邊個 / 佢 / 嗰啲 — a clerk in 广东 or 香港 writing as they speak),
 * or with a few words of Minnan (啥物人 / 彼个), said as the Mandarin the readers know: 潞源全年執行數加埋係幾多錢 is
 * 潞源全年执行数加起来是多少钱. Applied to the whole message before anything reads it, and only to a message that
 * holds a word no Mandarin question uses (嘅 咗 冇 佢 啲 嗰 喺 嚟 攞 乜 㗎 哋 嘢, 幾多, 邊個 / 邊啲): the words mapped
 * below that are also Mandarin (系, 边, 呢, 同, 晒, 埋) are left alone in any other message. The message comes back in
 * simplified characters then (the table of tokens.ts), so that the words are matched in one script.
 */
import { simplifiedCharacters } from './tokens.ts';

/** Words of Cantonese only: one of them marks the message as Cantonese. */
const CANTONESE_ONLY = /[嘅咗冇佢啲嗰喺嚟攞乜㗎哋嘢]|几多|边(?:个|啲|张|间|位|度)|唔(?=\p{Script=Han})|啥物/u;

/** Whole phrases first (their words would be mapped apart otherwise), then single words; in this order. */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  // 幾多錢 / 幾多個 / 幾多%: how much / how many.
  [/几多%/gu, '百分之几'],
  [/几多蚊/gu, '多少元'],
  [/几多/gu, '多少'],
  // 有冇 / 係咪 / 係唔係: yes-or-no.
  [/有冇啲?/gu, '有没有'],
  [/系咪|系唔系/gu, '是不是'],
  [/乜嘢|乜|咩(?=[？?。！!\s]|$)/gu, '什么'],
  [/点解/gu, '为什么'],
  [/啥物人/gu, '谁'],
  [/啥物/gu, '什么'],
  [/彼个/gu, '那个'],
  // 邊個 before an ask's end or a verb of being in charge is a person (負責人係邊個, 邊個負責); before a noun it is which.
  [/边个(?=[？?，,。！!\s]|$|负责|管|填|嘅电话|的电话|电话|㗎)/gu, '谁'],
  [/边啲/gu, '哪些'],
  [/边度/gu, '哪里'],
  [/边(?=个|张|间|位|几|三|两|二|五|十|项|条|年|种|一)/gu, '哪'],
  // 嗰啲 / 呢啲 / 有啲: those, these, some; 潞源啲表 / 啲錢: the (a possessive after a noun, nothing at the start).
  [/嗰啲/gu, '那些'],
  [/呢啲/gu, '这些'],
  [/有啲/gu, '有些'],
  [/(?<=[是但就都而，,。？?！!\s]|^)啲/gu, ''],
  [/啲/gu, '的'],
  [/嗰/gu, '那'],
  [/呢(?=个|张|条|项|格|栏|行|度|次|笔|份|几)/gu, '这'],
  // 佢個分值: its (a row's own weight); 佢電話 / 佢負責: a person's.
  [/佢哋/gu, '他们'],
  [/佢(?=电话|负责|管|手上|手机|嘅电话|的电话)/gu, '他'],
  [/佢个/gu, '它的'],
  [/佢/gu, '它'],
  // 高過 / 低過 / 多過 X: above X (細 is small).
  [/(高|低|多|少|大)过(?=\p{Script=Han}|\d)/gu, '$1于'],
  [/细过(?=\p{Script=Han}|\d)/gu, '小于'],
  [/加埋/gu, '加起来'],
  // 計出嚟: worked out (算出来).
  [/计出(?=嚟|来)/gu, '算出'],
  [/计埋/gu, '算上'],
  [/(用|花|使|执行)晒/gu, '$1完'],
  [/退返/gu, '退回'],
  [/仲(?=剩|有|未|差|要)/gu, '还'],
  [/成个/gu, '整个'],
  // 偏差原因嗰格寫咗嘢: something written in the cell — it is filled.
  [/写咗嘢/gu, '填了'],
  [/嘢/gu, '内容'],
  [/(\d|[一二两三四五六七八九十百千万])蚊/gu, '$1元'],
  [/蚊/gu, '元'],
];

/** 目標同實際 / 計出嚟同填嘅: 同 is and (同比 / 同一 / 相同 / 不同 / 同时 / 同期 keep it). */
const AND = /(?<![相不共如])同(?![比一样时期类等意])/gu;

/** 係 (系 once simplified) is 是 in a Cantonese message, but not inside 关系 / 系统 / 联系 / 体系 / 系列. */
const IS = /(?<![关联体派直世水])系(?![统列数])/gu;

const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/嘅/gu, '的'],
  [/咗/gu, '了'],
  [/冇/gu, '没有'],
  [/喺/gu, '在'],
  [/唔/gu, '不'],
  [/嚟/gu, '来'],
  [/攞/gu, '拿'],
  [/[㗎喎噃]/gu, ''],
  [/睇/gu, '看'],
  [/[俾畀](?=我|佢|他|你)/gu, '给'],
];

export function cantoneseAsMandarin(message: string): string {
  const plain = simplifiedCharacters(message);
  if (!CANTONESE_ONLY.test(plain)) return message;
  let text = plain;
  for (const [from, to] of PHRASES) text = text.replace(from, to);
  text = text.replace(IS, '是').replace(AND, '和');
  for (const [from, to] of WORDS) text = text.replace(from, to);
  return text;
}
