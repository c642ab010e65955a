import { FIELD_WORDS, FIELD_WORDS_LONGEST_FIRST } from './field-words.ts';
import { findPhone } from './values.ts';
import { looksLike } from './wrong-kind.ts';

/**
 * A value taken back within the same message (issue 10): 「80856942，不对，是80856943」, 「李昌隆，不好意思打错了，是
 * 李昌龙」, 「12万 哦不 12.5万」. Read by the message's structure, not by a list of phrases: a value, then words that
 * take something back — a negation (不对, 哦不, 不是 alone), an error (verb + 错: 打错, 写错字, 手误), an apology
 * (不好意思, sorry) or a restatement (是, 应该是, 改成, 我是说) — then a value of the same type. The last value wins; the
 * one taken back is returned too, so the echo can say it was not used.
 *
 * Two values that are not one taken back stay as they are: no such words between them (「王丽 李四」), different
 * types (「王丽，不好意思，电话是80856942」), different fields named (「负责人王丽，抱歉，联系电话80856942」), a value
 * added (「…，还有…」), or 「X，不是Y」 (X is meant). A correction of an earlier message (「刚才电话写错了，是…」,
 * 「写成赵敏了，应该是赵明」) is not this either: it names no value of this message before the words.
 */

/**
 * Clause breaks: punctuation, brackets and spaces, but not a point or a space inside a number ("11.4万",
 * "1 196 000") nor a comma that groups thousands ("1,196,000"). Captured, so the message can be put together again.
 */
const BREAKS =
  /([。！!～~、；;…\n()（）【】[\]]+|(?<!\d)[，,]|[，,](?!\d{3}(?:\D|$))|(?<!\d)[.\s]+|[.\s]+(?!\d))/;

/** Words that take back what came before, by class (the class decides how strong the taking back is). */
const TAKE_BACK: Record<Exclude<MarkKind, 'is'>, string> = {
  negation: '不对(?:不对)*|不不|(?<!\\p{L})(?:no|nope)\\b|(?:哦|噢|喔|啊|呃|唉|哎)不(?![是对])',
  error:
    '(?:我|刚才|刚刚)?(?:说|写|打|输|填|记|看|弄|搞|敲|报|录)错(?:字|了)*|错了|错字|有误|笔误|手误|口误|typo',
  apology: '不好意思|抱歉|对不起|sorry|sry|见谅',
  restate:
    '应该是|应该为|应是|应为|正确的?(?:应该)?(?:是|为)|改成|改为|换成|更正(?:为|成)?|纠正(?:为|成)?|订正|其实是|实际上?是|准确(?:地|的|来)?说(?:是)?|确切(?:地|的|来)?说(?:是)?|我是说|我的意思是|重说|重新说',
  not: '不是',
};
const INTERJECTION = '(?:哦|噢|喔|啊|呃|额|诶|欸|唉|哎|嗯)*';
const PARTICLE = '(?:了|啊|呀|啦|哈|哦|一下)*[:：]?';
const MARK = new RegExp(
  `${INTERJECTION}(?:${Object.entries(TAKE_BACK)
    .map(([kind, source]) => `(?<${kind}>${source})`)
    .join('|')})${PARTICLE}`,
  'giu',
);
/** 「…，是李昌龙」「…，就是12.5万」: a value said again with 是 at the start of its clause. */
const IS_LEAD = /^(?:就是|是|为)\s*/;

type MarkKind = 'negation' | 'error' | 'apology' | 'restate' | 'not' | 'is';

interface Token {
  /** `filler`: 呃, 嗯, 那个 alone: neither a value nor taking back. */
  type: 'break' | 'filler' | 'mark' | 'value';
  text: string;
  /** Which clause it is in (breaks count between clauses). */
  clause: number;
  kind?: MarkKind;
  /** A mark at the start of its clause, or right after another mark. */
  leads?: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field's label in front of a value, with the verb that joins them (负责人是, 电话：, 执行数写). */
const LABEL_PREFIX = new RegExp(
  `^(?:${FIELD_WORDS_LONGEST_FIRST.map(escapeRegExp).join('|')})\\s*(?:是|为|叫|写|填|写的是|填的是|is)?\\s*[:：]?\\s*`,
  'i',
);
/** A reference back to an earlier message: what follows is about that one, not a value of this message. */
const EARLIER = /^(?:刚才|刚刚|之前|前面|上面|上一个|上一项|刚填的|原来)|(?:写|填|打|输|记)成.{1,15}了/;
/** A clause that is no value: an aside, a question. */
const NOT_A_VALUE = /^(?:好的?|嗯+|哦+|那个|这个|谢谢|麻烦|请|帮我)$|[？?]|吗$|呢$/;
/** Words that add a second value rather than take the first back: 「还有一个」「另外」「和」. */
const ADDS = /^(?:还有|另外|另一个|再加|再|以及|也|还|和|跟|及)/;
const FILLER = /^(?:呃|嗯|哦|噢|啊|额|唉|哎|诶|欸|那个|这个|就是|emm+|um+)+$/i;
const TRAILING_PARTICLES = /[了啦的吧啊呀哈哦嘛]+$/;

/** The value shapes that may stand for one another (12万 / 12.5; 95% / 96; 40分 / 41). */
const SHAPE_FAMILY: Record<string, string> = {
  金额: 'amount',
  数字: 'number',
  分数: 'score',
  百分比: 'percent',
  年份: 'year',
  数量: 'count',
};

export interface SelfCorrection {
  /** The message with the value taken back replaced by the last one. */
  text: string;
  /** The value taken back, as typed. */
  replaced: string;
  /** The value that replaces it ('' when the message takes a value back without giving another). */
  value: string;
}

export function selfCorrection(message: string): SelfCorrection | null {
  const tokens = tokenize(message);
  // The last group of taking-back words with a value before it; groups at the start correct an earlier message.
  for (let end = tokens.length - 1; end >= 0; end--) {
    if (tokens[end]?.type !== 'mark') continue;
    let start = end;
    while (start > 0 && tokens[start - 1]?.type !== 'value') start--;
    const marks = tokens.slice(start, end + 1).filter((t) => t.type === 'mark');
    const before = start - 1;
    const next = tokens.findIndex((t, i) => i > end && t.type === 'value');
    const found = readGroup(tokens, marks, before, next);
    if (found !== undefined) return found;
    end = start;
  }
  return null;
}

/** The correction a group of marks makes, null when it makes none, undefined when an earlier group may. */
function readGroup(
  tokens: Token[],
  marks: Token[],
  before: number,
  next: number,
): SelfCorrection | null | undefined {
  const taken = tokens[before];
  if (!taken) return undefined;
  if (
    EARLIER.test(
      tokens
        .slice(0, before + 1)
        .map((t) => t.text)
        .join(''),
    )
  )
    return null;
  // 「不是赵敏，是赵明」: the wrong value named against the right one, about an earlier answer (src/bot/intent.ts).
  const lead = tokens[before - 1];
  if (lead?.type === 'mark' && lead.kind === 'not' && lead.clause === taken.clause) return null;
  const first = labelled(taken.text);
  if (first.value === '' || NOT_A_VALUE.test(first.value)) return null;
  const kinds = new Set(marks.map((m) => m.kind));
  const last = marks.at(-1);
  const given = next >= 0 ? tokens[next] : undefined;
  // 「80856942，不是80856943」: 不是 right before a value in its clause names the wrong one; the first is meant.
  if (last?.kind === 'not' && given && given.clause === last.clause) return null;
  const strong = ['negation', 'error', 'restate', 'not'].some((k) => kinds.has(k as MarkKind));
  const firstShape = shapeOf(first.value);
  if (!marks[0]?.leads && !firstShape) return null;
  if (!given) {
    if (!strong) return null;
    const text = joinTokens(tokens.slice(0, before)).replace(/[，,\s]+$/, '');
    return { text, replaced: first.value, value: '' };
  }
  const second = labelled(given.text);
  if (second.value === '' || ADDS.test(second.value)) return null;
  if (first.field && second.field && first.field !== second.field) return null;
  // Only an apology or 是 between them: the same type, no other field named.
  if (!strong && second.field && !first.field) return null;
  const secondShape = shapeOf(second.value);
  if (firstShape && secondShape && !sameType(firstShape, secondShape)) return null;
  // 「数字颠倒了，应该是34.06795」「号码少打了一位，应该是…」: words without a value's shape before a value that has
  // one say what was wrong with an earlier answer; they are no value of this message taken back.
  if (!firstShape && secondShape) return null;
  if (!strong && !(firstShape && secondShape)) return null;
  // Taking-back words inside a clause (no break before them) cut it only between two values with a shape:
  // 「李昌隆不好意思是李昌龙」, but 「计划改成线上」「原因是数据录入有误」 are text.
  if (!marks[0]?.leads && !(firstShape && secondShape)) return null;
  const value = joinTokens([given, ...tokens.slice(next + 1)]).trim();
  const relabelled = second.field ? given.text.trim() : `${first.label}${second.value}`;
  const text = `${joinTokens(tokens.slice(0, before))}${relabelled}${joinTokens(tokens.slice(next + 1))}`;
  // A bracket the value sat in (「李昌隆（打错了，李昌龙）」) closes after it: not part of the value.
  const unbracketed = (v: string) => v.trim().replace(/[\s）)】\]]+$/, '');
  return {
    text: unbracketed(text),
    replaced: first.value,
    value: unbracketed(value.replace(LABEL_PREFIX, '')),
  };
}

/** The message as breaks, taking-back words and the values between them. */
function tokenize(message: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const part of message.split(BREAKS)) {
    if (part === '') continue;
    if (BREAKS.test(part) && part.replace(BREAKS, '') === '') {
      tokens.push({ type: 'break', text: part, clause });
      clause++;
      continue;
    }
    let at = 0;
    let leads = true;
    const pushValue = (text: string) => {
      // 「…，是李昌龙」: 是 at the start of a clause, or right after taking-back words, restates the value.
      const is = leads ? IS_LEAD.exec(text) : null;
      if (is && is[0] !== text) {
        tokens.push({ type: 'mark', kind: 'is', text: is[0], clause, leads: true });
        text = text.slice(is[0].length);
      }
      if (text.trim() === '') return;
      if (FILLER.test(text.trim())) {
        tokens.push({ type: 'filler', text, clause });
        return;
      }
      tokens.push({ type: 'value', text, clause });
      leads = false;
    };
    for (const m of part.matchAll(MARK)) {
      const kind = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] as MarkKind;
      if (m.index > at) pushValue(part.slice(at, m.index));
      tokens.push({ type: 'mark', kind, text: m[0], clause, leads });
      leads = true;
      at = m.index + m[0].length;
    }
    if (at < part.length) pushValue(part.slice(at));
  }
  return tokens;
}

const joinTokens = (tokens: Token[]) => tokens.map((t) => t.text).join('');

/** A value with the label in front of it taken off: which field the label names, and the value. */
function labelled(text: string): { label: string; field: string | null; value: string } {
  const t = text.trim().replace(/^[:：\s]+/, '');
  const label = LABEL_PREFIX.exec(t)?.[0] ?? '';
  const word = FIELD_WORDS_LONGEST_FIRST.find((w) => label.startsWith(w));
  return { label, field: word ? (FIELD_WORDS[word] ?? null) : null, value: t.slice(label.length).trim() };
}

/**
 * What a value looks like (src/bot/wrong-kind.ts), or a count with its unit (3人, 12次); null for free text. A phone
 * number only when it is the whole value (「13800000000也可以打」 is a sentence about one).
 */
function shapeOf(value: string): string | null {
  const v = value.normalize('NFKC').replace(TRAILING_PARTICLES, '').trim();
  const shape = looksLike(v);
  if (shape === '电话号码') return /[\p{L}]/u.test(v.replace(findPhone(v) ?? '', '')) ? null : shape;
  return shape ?? (/^\d+(?:\.\d+)?\s*\p{Script=Han}{1,2}$/u.test(v) ? '数量' : null);
}

/** Two shapes that may be the same field's value: equal, or a bare number and a number with a unit. */
function sameType(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = SHAPE_FAMILY[a];
  const fb = SHAPE_FAMILY[b];
  return fa !== undefined && fb !== undefined && (fa === 'number' || fb === 'number');
}
