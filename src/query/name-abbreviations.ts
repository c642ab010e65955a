/**
 * Short forms of general administrative Chinese said for the words of a project's name (issue 10, voice input): 低保 is
 * 最低生活保障, 五经普 第五次经济普查, 医保 医疗保险. A word class of the language, not names of the store: a term is
 * expanded only when it does not resolve as said, and the expansion must then be found in a stored name (names.ts).
 */
const SHORT_FORMS: Array<[RegExp, string]> = [
  [/低保/gu, '最低生活保障'],
  // 五经普 / 四经普 / 七人普 / 三农普: the census of that round.
  [/([一二三四五六七八九十])经普/gu, '第$1次经济普查'],
  [/经普/gu, '经济普查'],
  [/([一二三四五六七八九十])人普/gu, '第$1次人口普查'],
  [/人普/gu, '人口普查'],
  [/([一二三四五六七八九十])农普/gu, '第$1次农业普查'],
  [/农普/gu, '农业普查'],
  [/医保/gu, '医疗保险'],
  [/社保/gu, '社会保险'],
  [/特困(?!人员)/gu, '特困人员'],
  [/公租房/gu, '公共租赁住房'],
];

/** The term with its short forms written out; null when it holds none. */
export function expandedShortForms(term: string): string | null {
  let out = term;
  for (const [re, full] of SHORT_FORMS) out = out.replace(re, full);
  return out === term ? null : out;
}
