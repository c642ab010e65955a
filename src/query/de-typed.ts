/**
 * 得 typed for 的 (loose-typing.ts, on the message as typed): the two sound alike and are mixed up in quick typing
 * (负责人填了得项目, 她得项目, 执行数最多得三个项目). 得 is read as 的 only where 得 cannot stand: before a noun —
 * 项目 / 表 / a kind of 指标 / a field of the lexicon (统计所经费得产出指标, X得全年预算) —, before a count of things
 * (最低得5个), ending a clause after 了 / a figure / a quote / 这样, or a clause holding 是 (总分填了得, 没写0得,
 * 是哪个单位实施得), and between 写 / 填 and the value written (执行率写得100%, 写得几万). 得 as the verb (得了几分,
 * 得0分, 得分) or marking a complement (执行得最差, 填得一样) stays.
 */
import { LEXICON } from './lexicon.ts';

/** Field words of the lexicon in Chinese (not 分…: 得分 is the verb and its object). */
const FIELD_WORDS = [
  ...new Set(
    LEXICON.filter(
      (e) =>
        e.tokens.some((t) => t.k === 'field') &&
        /^\p{Script=Han}{2,}$/u.test(e.word) &&
        !e.word.startsWith('分'),
    ).map((e) => e.word),
  ),
];
/** A noun after 得: 项目, 表, a field, or a kind of row ending in 指标 a few characters on (得产出指标). */
const BEFORE_NOUN = new RegExp(
  `得(?!分)(?=项目|表(?![示明达])|[^，,。？?！!；;的得没未不]{0,4}指标|${FIELD_WORDS.join('|')})`,
  'gu',
);
const BEFORE_COUNT = /得(?=(?:\d+|[一两二三四五六七八九十几]+)\s*(?:个|项|张|条|份|笔|位|家))/gu;
const CLAUSE_END =
  /(?<=了|\d|这样|那样|[”"」』]|是[^，,。？?！!；;]{1,12})(?<![觉记值晓懂获取使显])得(?=$|[，,。？?！!；;\s呢吗])/gu;
const BEFORE_VALUE = /(?<=[写填])得(?=\d|几|[“"「『])/gu;

export function deTypedAsDe(text: string): string {
  if (!text.includes('得')) return text;
  return text
    .replace(BEFORE_NOUN, '的')
    .replace(BEFORE_COUNT, '的')
    .replace(CLAUSE_END, '的')
    .replace(BEFORE_VALUE, '的');
}
