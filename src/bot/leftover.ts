import { isChitchat } from './intent.ts';
import { findPhone } from './values.ts';
import { looksLike } from './wrong-kind.ts';

/**
 * Values a message holds that the answer did not use (issue 10): 「张三 13800000000」 while only 负责人 is asked
 * leaves the phone number, 「80856942 13800000000」 while 联系电话 is asked leaves the second number. The bot then
 * writes it where it alone fits, or says it was not used and asks — it is never dropped without a word.
 */

export interface Unused {
  /** As typed. */
  typed: string;
  /** What it looks like (src/bot/wrong-kind.ts): 电话号码, 人名, 金额, 百分比, 年份, 日期, 分数, 数字, 单位名称. */
  shape: string;
}

/**
 * Labels and the verbs joining them to a value: not values themselves — also where the value was taken out before
 * them (执行数应该是87万5千: 「应该是」 was once reported as an unused person's name).
 */
const LABEL_WORDS =
  /(?:项目)?负责人|联系人|(?:联系)?(?:电话|手机|座机)(?:号码?)?|主管部门|实施单位|年度|年初预算数?|全年预算数?|全年执行数|执行数|执行率|总分|分值|得分|(?:写的是|填的是|写成|填成|应该是|应当是|应为|改成|改为|是|为|叫|写|填)(?=\s*[\d\p{Script=Han}｜]|\s*$)/gu;
const BREAKS = /[\s，,、/／;；|｜。！!～~…]+/;

/**
 * What is left of `message` once the `used` quotes are taken out, as values with a shape. [] when a used quote is
 * not found as typed (the answer was read in a way this cannot retrace: nothing is claimed to be unused then).
 */
export function unusedValues(message: string, used: readonly string[]): Unused[] {
  let rest = message.normalize('NFKC');
  for (const quote of used) {
    const q = quote.normalize('NFKC').trim();
    const at = q === '' ? -1 : rest.indexOf(q);
    if (at < 0) return [];
    rest = `${rest.slice(0, at)}｜${rest.slice(at + q.length)}`;
  }
  rest = rest.replace(LABEL_WORDS, '｜');
  const out: Unused[] = [];
  // Phone numbers first: they may hold spaces and dashes the breaks below would cut.
  for (let phone = findPhone(rest); phone; phone = findPhone(rest)) {
    out.push({ typed: phone, shape: '电话号码' });
    rest = rest.replace(phone, '｜');
  }
  for (const token of rest.split(BREAKS)) {
    const t = token.trim();
    if (t === '' || isChitchat(t)) continue;
    const shape = looksLike(t);
    if (shape) out.push({ typed: t, shape });
  }
  return out;
}
