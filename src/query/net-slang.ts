/**
 * 哪些表木有填总分 / 有木有执行数比预算还多的 / 神马情况: the spellings of chat slang for common words (木有 没有, 神马
 * 什么, 肿么 怎么, 灰常 非常), 发改为 for 发改委 and a closing …的不 for 吗, said plainly before anything reads the question. Only spellings no project, office or
 * person of a form is written with — each is a pun on the sound of the word it stands for.
 */
const SLANG: ReadonlyArray<[RegExp, string]> = [
  [/有木有/gu, '有没有'],
  [/木有/gu, '没有'],
  [/神马/gu, '什么'],
  [/肿么/gu, '怎么'],
  [/灰常/gu, '非常'],
  // 发改为的项目: 发改委 typed with 为 (the same sound); 改为 with nothing to change before it is no edit.
  [/(?<![把将])发改为(?=的|项目|那|这|[\s，,])/gu, '发改委'],
  // 有哪个项目得分比分值还高的不 / 填了不: 不 ending the message after 的 or 了 asks yes or no, as 吗 does.
  [/(?<=[的了])不(?=[\s？?！!。~～\p{Extended_Pictographic}]*$)/gu, '吗'],
];

export function netSlangAsWords(message: string): string {
  return SLANG.reduce((text, [slang, word]) => text.replace(slang, word), message);
}
