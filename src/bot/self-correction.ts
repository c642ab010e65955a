import { LABEL_ALIASES } from './fields.ts';

/**
 * A value taken back within the same message (issue 10): 「80856942，不对，是80856943」, 「王丽，写错了，应该是王力」,
 * 「12万 哦不 12.5万」. The last value said wins; the one taken back is returned too, so the echo can say it was not
 * used. Only the clause right before the taking-back words is replaced (a label in front of it stays: 「负责人王丽，
 * 不对，是王力」 → 「负责人王力」); a correction of an earlier message (「刚才电话写错了，是…」) is not this.
 */

/**
 * Clause breaks: punctuation and spaces, but not a point or a space inside a number ("11.4万", "1 196 000") nor a
 * comma that groups thousands ("1,196,000"). The same breaks as the intent classifier's.
 */
const CLAUSES = /[。！!～~、；;…\n]+|[，,](?!\d{3}(?:\D|$))|(?<!\d)[.\s]+|[.\s]+(?!\d)/;

/**
 * Words at the start of a clause that take back what came before: 不对, 错了, 说错了 / 写错了 / 打错了, 哦不, 更正,
 * and 不是 standing alone (「X，不是Y」 keeps X: there 不是 names the wrong value, see `WRONG_AFTER`).
 */
const RETRACT =
  /^(?:哦|噢|啊|呃|额|哎|唉)?(?:不对(?:不对)?|错了|(?:我)?(?:说|写|打|输|填|记|看|弄|搞)错了?|哦不|噢不|不不|更正(?:一下)?|纠正(?:一下)?)(?:了|啊|呀)?/;
/** 不是 alone in its clause: 「80856942，不是，80856943」. */
const LONE_NOT = /^(?:不是)+$/;
/** The value said again with a lead: 「X，应该是Y」「X，改成Y」. */
const RIGHT_LEAD = /^(?:应该是|应该为|应是|应为|正确的?是|正确的?应该是|改成|改为|换成)\s*[:：]?\s*/;
/** What is left of a lead after the taking-back words: 「不对，是…」「写错了，应该是…」. */
const VALUE_LEAD = /^[，,\s]*(?:应该是|应该为|应是|应为|正确的?是|改成|改为|换成|就是|是|为)?\s*[:：]?\s*/;
/** A clause that is no value: an aside, a reference back, a question. */
const NOT_A_VALUE =
  /^(?:好的?|嗯+|哦+|那个|刚才|刚刚|之前|前面|上面|上一个|这个|那个|谢谢|麻烦|请|帮我)$|^(?:刚才|刚刚|之前|前面|上面|上一个|上一项)|[？?]|吗$|呢$/;

/** A clause saying an earlier value was wrong (it names no value of this message). */
const EARLIER_WRONG =
  /(?:写|填|打|输|弄|搞|记|看|报|说|讲)(?:错|反)|(?:写|填|打|输|记)成.{1,15}了|不对|错了|有误/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field's label in front of a value, with the verb that joins them (负责人是, 电话：, 执行数写). */
const LABEL_PREFIX = new RegExp(
  `^(?:${Object.keys(LABEL_ALIASES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')}|联系人|手机号码?|电话号码)\\s*(?:是|为|叫|写|填|写的是|填的是)?\\s*[:：]?\\s*`,
);

export interface SelfCorrection {
  /** The message with the value taken back replaced by the last one. */
  text: string;
  /** The value taken back, as typed. */
  replaced: string;
  /** The value that replaces it ('' when the message takes a value back without giving another). */
  value: string;
}

export function selfCorrection(message: string): SelfCorrection | null {
  const clauses = message
    .split(CLAUSES)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  for (let i = clauses.length - 1; i >= 1; i--) {
    const clause = clauses[i] ?? '';
    const lead = RETRACT.exec(clause) ?? (LONE_NOT.test(clause) ? [clause] : null) ?? RIGHT_LEAD.exec(clause);
    if (!lead) continue;
    // The clause taken back: the nearest one before that is a value (「王丽，写错了，应该是王力」: 王丽).
    let j = i - 1;
    while (j >= 0 && isMarker(clauses[j] ?? '')) j--;
    const taken = clauses[j];
    // 「手机号打错了，应该是…」「写成赵敏了，应该是…」: an earlier message corrected, not a value of this one.
    if (j < 0 || taken === undefined || NOT_A_VALUE.test(taken) || EARLIER_WRONG.test(taken)) return null;
    const label = LABEL_PREFIX.exec(taken)?.[0] ?? '';
    const replaced = taken.slice(label.length).trim();
    if (replaced === '') return null;
    const value = [clause.slice(lead[0].length), ...clauses.slice(i + 1)]
      .join('，')
      .replace(VALUE_LEAD, '')
      .replace(/^[了啦的吧啊呀]+[，,\s]*/, '')
      .trim();
    const kept = clauses.slice(0, j);
    // 「电话80856942，不对，电话是80856943」: the new value brings its own label.
    const relabelled = LABEL_PREFIX.test(value) ? value : `${label}${value}`;
    const text = [...kept, value === '' ? '' : relabelled].filter((c) => c !== '').join('，');
    return { text, replaced, value };
  }
  return null;
}

/** Taking-back words with nothing else: 「写错了」「不对不对」「不是」. */
function isMarker(clause: string): boolean {
  const m = RETRACT.exec(clause) ?? (LONE_NOT.test(clause) ? [clause] : null);
  return m !== null && clause.slice(m[0].length).replace(/[了啦的吧啊呀，,\s]/g, '') === '';
}
