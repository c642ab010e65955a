/**
 * Which of the forms of the last upload a message picks, when a file held several: 第二张 / 第2个表 / 其他零余额那张 /
 * 切换到基本户那张 / 换成疫情防控那份表 / 看一下基本户的. Read against the projects' own names (a part of the name
 * that only one of them holds), never guessed: a part two names share picks nothing (the bot then lists them).
 *
 * A message picks only when it is shaped as a pick — an ordinal with a classifier of forms (第二张), a verb of
 * switching (切换到 / 换到 / 改看), or a pointer noun after the name (…那张 / …那份表 / …这个表) — or, right after the bot
 * asked which form was meant, a bare part of a name or a bare number. Anything else is not a pick (a portfolio
 * question naming a project stays one).
 */
import { CHINESE_DIGITS } from '../record/chinese-numerals.ts';

/** 2 / 二 / 十二: a small ordinal. */
function ordinal(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  if (/^[一二两三四五六七八九]$/.test(word)) return CHINESE_DIGITS[word] ?? null;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(word);
  if (m) return (m[1] ? (CHINESE_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[2] ? (CHINESE_DIGITS[m[2]] ?? 0) : 0);
  return null;
}

const LEAD =
  /^(?:那|那就|嗯|好的?|哦|我要|我说的是|我问的是|说的是|问的是|是|就|选|要|看一下|查一下|看看|看|打开)*/u;
const SWITCH =
  /^(?:(?:请|帮我|麻烦)?(?:切换到|切换成|切换|切到|换到|换成|换一张|转到|改看|改成|跳到|回到|去))/u;
/** A pointer at a form after the name: 那张 / 那份 / 这个表 / 那张表格. */
const POINTER = /(?:那|这)(?:张|份|个|一张|一份)(?:表|表格|自评表)?(?:吧|呢|啊|呀|的)?$/u;
/** A pointer that names a form (张 / 份 / 表), not only "that one" (那个). */
const FORM_POINTER = /[张份表]/u;
/** 基本户的表: a form named by its project, a pick only after a verb of switching or when the bot asked which. */
const WEAK_POINTER = /的?(?:表格|自评表|表)(?:吧|呢|啊|呀)?$/u;
const TAIL = /(?:吧|呢|啊|呀|的|了)+$/u;
const PUNCT = /[\s，,。.！!？?、~～：:；;“”"'「」《》（）()\-—_·]/gu;

export type PickShape = { ordinal: number } | { part: string; marked: boolean };

/**
 * The pick a message is shaped as, or null. `asked`: the bot has just asked which form was meant; `filling`: a
 * question of a form is open (then 第二个 may answer it: an ordinal picks only with 张 / 份 / 表 or a verb of switching);
 * `afterQuestion`: a portfolio question was answered since the upload (then 那电梯维护那个呢 follows up on it: "that
 * one" picks a form only when it says 张 / 份 / 表).
 */
export function pickShape(
  message: string,
  asked: boolean,
  filling = false,
  afterQuestion = false,
): PickShape | null {
  let text = message
    .normalize('NFKC')
    .trim()
    .replace(/[。！!？?~～]+$/u, '');
  text = text.replace(LEAD, '');
  const switched = SWITCH.exec(text);
  if (switched) text = text.slice(switched[0].length);
  const ord =
    /^第\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(张|份|个|项)?\s*(?:表|表格|自评表)?(?:吧|呢|的)?$/u.exec(
      text,
    );
  const formNoun = !!ord && (/[张份]/u.test(ord[2] ?? '') || /表/u.test(text));
  // 第二个呢 after a list is a follow-up about its second project: only 张 / 份 / 表 name a form (or the bot asked
  // which form, and no question is open that 第二个 could answer).
  if (ord && (formNoun || (asked && !filling))) {
    const n = ordinal(ord[1]!);
    return n ? { ordinal: n } : null;
  }
  if (asked && /^\d{1,2}$/.test(text)) return { ordinal: Number(text) };
  const pointed = POINTER.exec(text);
  const weak = pointed ? null : WEAK_POINTER.exec(text);
  let part = pointed ? text.slice(0, pointed.index) : weak ? text.slice(0, weak.index) : text;
  part = part.replace(TAIL, '').replace(PUNCT, '');
  if ([...part].length < 2) return null;
  // 换成永宁镇呢 is a follow-up question, not a pick: a verb of switching needs a pointer at a form too.
  const marked =
    (!!pointed && (!afterQuestion || FORM_POINTER.test(pointed[0]) || !!switched)) || (!!switched && !!weak);
  if (!marked && !asked) return null;
  // 潞源街道的项目 right after the bot asked which form: a request about projects, not a pick.
  if (!marked && /项目|project/iu.test(part)) return null;
  // A question is not a pick (其他零余额那张多少分: the pointer is not at the end then).
  if (/多少|几|哪|谁|什么|啥|吗|怎么|是否/u.test(part)) return null;
  return { part, marked };
}

const plain = (name: string) => name.normalize('NFKC').replace(PUNCT, '');

/** The one form (index into `names`) the shape picks, or null when none or several fit. */
export function pickForm(shape: PickShape, names: readonly (string | null)[]): number | null {
  if ('ordinal' in shape)
    return shape.ordinal >= 1 && shape.ordinal <= names.length ? shape.ordinal - 1 : null;
  const hits = names.flatMap((n, i) => (n && plain(n).includes(shape.part) ? [i] : []));
  return hits.length === 1 ? hits[0]! : null;
}
