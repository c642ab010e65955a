/**
 * Field labels typed with a homophone (负则人 for 负责人, 联系电画 for 联系电话, 执行律 for 执行率): the input method
 * offers the wrong character of the same sound. Such a label is put right before the answer is read, so
 * 「负则人是高博群」 fills 项目负责人 as 「负责人是高博群」 would.
 */
import { syllables } from '../query/similar.ts';

/**
 * Labels of three characters or more only: a two-character word has too many everyday homophones (手机 / 收集), and
 * a longer one differing in one character of the same sound is still plainly that label. A text differing in more
 * than one character is left alone (付泽仁 is a name, not 负责人).
 */
const LABELS = [
  '负责人',
  '联系人',
  '联系电话',
  '执行数',
  '执行率',
  '年初预算',
  '全年预算',
  '主管部门',
  '实施单位',
];

export function withLabelTypos(text: string): string {
  let out = text;
  for (const label of LABELS) {
    if (out.includes(label)) continue;
    const want = syllables(label);
    const chars = [...out];
    for (let i = 0; i + label.length <= chars.length; i++) {
      const window = chars.slice(i, i + label.length);
      let differing = 0;
      for (let j = 0; j < window.length && differing <= 1; j++) if (window[j] !== label[j]) differing++;
      if (differing !== 1) continue;
      const heard = syllables(window.join(''));
      if (heard.every((s, j) => s === want[j])) {
        chars.splice(i, label.length, ...label);
        out = chars.join('');
        break;
      }
    }
  }
  return out;
}
