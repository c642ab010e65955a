/**
 * A field's name typed in pinyin (zhixinglv 执行率, fuzeren 负责人, zongfen 总分, dianhua 电话, yusuan 预算): a phone
 * keyboard's unconverted input, the field's own word. Built from the fields' Chinese words and their syllables, so every
 * field named in Chinese is named in pinyin too; only whole latin words of two syllables or more are read (fen, shu are
 * too short to tell from English), and ü is typed v or u. A word of three characters or more is also named by its
 * initials (xmfzr 项目负责人, lxdh 联系电话), as staff abbreviate in chat, unless two words share them.
 */
import { FIELDS } from './fields.ts';
import { syllables } from './similar.ts';

/** The indicator table's labels, read by the row questions rather than as fields. */
const ROW_LABELS = [
  '分值',
  '得分',
  '偏差原因',
  '实际完成值',
  '年度指标值',
  '指标值',
  '指标',
  '满意度',
  '三级指标',
];

let byPinyin: Map<string, string> | null = null;

function pinyinMap(): Map<string, string> {
  if (byPinyin) return byPinyin;
  byPinyin = new Map();
  // xmfzr 项目负责人 / lxdh 联系电话: the initials of a word of three characters or more, when no other word shares them
  const initials = new Map<string, string | null>();
  const words = [...Object.values(FIELDS).flatMap((f) => f.words as readonly string[]), ...ROW_LABELS];
  for (const word of words) {
    if (!/^\p{Script=Han}{2,6}$/u.test(word)) continue;
    const syl = syllables(word);
    if (syl.length !== word.length) continue;
    const key = syl.join('');
    // The first word of a sound wins (the fields list their usual word first).
    if (!byPinyin.has(key)) byPinyin.set(key, word);
    if (key.includes('lv')) byPinyin.set(key.replace(/lv/gu, 'lu'), word);
    if (word.length < 3) continue;
    const short = syl.map((x) => x[0]).join('');
    initials.set(short, initials.has(short) && initials.get(short) !== word ? null : word);
  }
  for (const [short, word] of initials) if (word && !byPinyin.has(short)) byPinyin.set(short, word);
  return byPinyin;
}

/** The text with each latin word that spells a field's word in pinyin written as that word. */
export function pinyinFieldWords(text: string): string {
  if (!/[a-z]{3,}/iu.test(text)) return text;
  const map = pinyinMap();
  return text.replace(
    /(?<![a-z])[a-z]{3,}(?![a-z])/giu,
    (w) => map.get(w.toLowerCase().replace(/ü/gu, 'v')) ?? w,
  );
}
