/**
 * The courtesy around a question (麻烦帮我看一下，…; 我想知道…; …？谢谢啦; …，急用; …吗呀): a clause made of nothing but
 * politeness, urgency or the asking frame, or a particle of tone, at the very start or end of the message, says how
 * the clerk asks, never what. It is taken off before anything reads the message, so that a question's own structure (a tail asking yes or no, a comparison
 * read whole, a refusal) is seen as it would be without it. A clause with anything else in it stays.
 */

/** Who may have sent the clerk to ask (领导 / 科长 / 主任 / 处长 / 上面), and the asking verbs. */
const SENDER = '(?:领导|科长|主任|处长|局长|书记|上面|上级|同事)';
const ASKING = '(?:问|查|看|核|确认)(?:一下|下|问|查|看)?';
/** A leading clause: 麻烦帮我看一下 / 请问 / 领导让我问下 / 我想问一下 / 打扰一下, ended by a comma or a colon. */
const LEADING = new RegExp(
  `^\\s*(?:(?:麻烦|劳驾|请)?(?:你|您)?(?:帮我|帮忙|给我)?${ASKING}|请问(?:一下|下)?|麻烦(?:你|您)?(?:了)?|打扰(?:一下|了)|` +
    `${SENDER}(?:让|叫|要)我${ASKING}|我想${ASKING}|想${ASKING})\\s*[，,:：]\\s*(?=\\S)`,
  'u',
);
/** A leading frame said with no comma: 我想知道… / 想了解一下… / 请问… / 麻烦再帮我换算成元 (the question follows at once; 请问 before a
 * follow-up — 请问其中…, 请问这几个的… — must leave the follow-up's own first word first). */
const LEADING_BARE =
  /^\s*(?:(?:我|我们)?想(?:知道|了解)(?:一下|下)?|请问(?:一下|下)?|(?:麻烦|劳驾)(?:你|您)?(?:再)?帮(?:我|忙)(?:再)?(?=换算|折算|换成|折合|转换|转成))(?=\S{2})/u;
/**
 * A greeting opening the message, before a pause (喂 / 你好 / 在吗 / 在不在 / 有人吗 / 小同志 / 师傅, said one after another
 * too): a call for attention — 不 in 在不在 is no negation of what follows (it had left the project named next out).
 */
const GREETING =
  /^\s*(?:(?:喂|哎|嗨|hi|hello|你好|您好|在吗|在么|在不在|在不|有人吗|有人在吗|有人没|小?同志|小?同学|小伙子|小姑娘|师傅|老师|小助手|助手)(?:呀|啊|哈|你好|您好)?[，,:：!！?？。～~\s]+)+(?=\S)/iu;
/**
 * Acknowledgements before a new question, said one after another (好的收到 再问下 …, 嗯嗯 明白了 对了 …, ok thanks,
 * thx! btw …, 另外 …): the end of the last exchange, then the question. Only before a pause (a space or punctuation), so that a
 * word starting the question itself (好几个项目, 对了吗) is never taken.
 */
const ACKNOWLEDGED =
  /^\s*(?:(?:好的|好嘞|好滴|好吧|好|收到|嗯+|哦+|噢|明白(?:了)?|知道(?:了)?|了解(?:了)?|懂了|ok|okay|行|可以|谢谢(?:你|您|啦)?|谢啦|感谢|辛苦(?:了|啦)?|thx|thanks|thank you|btw|by the way|对了|另外|还有|再问(?:一)?下|我再问(?:一)?下|还有个?问题|再请教(?:一)?下)(?:啊|呀|哈|哦|啦)?[，,。.!！~～:：\s]*)+?[，,。.!！~～:：\s]+(?=\S)/iu;

/** 嗯好的谢谢那个再问一下…: acknowledgements run together with no pause, ended by a request to ask again. */
const ASK_AGAIN_RUN =
  /^\s*(?:(?:嗯+|哦+|好的|谢谢|谢啦|收到|明白了|那个|那)\s*)*(?:我)?(?:再|还想|还要)(?:问|请教)(?:一下|下|一个|个)(?:问题)?[，,:：\s]*(?=\S)/u;

/** What may stand after the message's last words: a stop, a space or an emoji (谢谢🙏). */
const TAIL = String.raw`[。.！!~～\s]|\uFE0F|\u200D|\p{Extended_Pictographic}`;

/** A trailing clause of thanks or of urgency: 谢谢啦 / 谢啦 / 辛苦了 / 麻烦了 / thanks / thx; 急用 / 挺急的 / 在线等 / 尽快. */
const TRAILING = new RegExp(
  String.raw`([？?。.！!]?)\s*[，,]?\s*(?:谢谢(?:啦|了|你|您|哈)?|谢啦|谢了|多谢(?:了|啦)?|感谢(?:你|您)?|thx|3q|辛苦(?:了|啦|你了|您了)?|麻烦(?:了|啦|你了|您了)|thanks?(?: a lot)?|thank you|(?:比较|挺|很|有点)?(?:急用|急需|着急|急)(?:的|呢|啊)?|在线等|等着用|尽快|越快越好|拜托(?:了|啦)?)(?:${TAIL})*$`,
  'iu',
);
/** 电话多少 发我下 / 把名单发给我一下: where to put the answer (it comes back here) — before the thanks, or ending. */
const SEND_ME = new RegExp(
  String.raw`[，,\s]*(?:一起|一块|一并|都)?(?:发|传)(?:给)?我(?:一下|下)?(?=(?:[，,]|${TAIL})*$)`,
  'u',
);

/** …，我这边做账要用 / 我们汇报用: what the answer is for, closing the message — no condition of the question. */
const PURPOSE =
  /[，,]\s*(?:我|我们|我这边|这边|我这里)(?:这边)?(?:做账|报账|填表|汇报|写报告|写材料|核对|对账|报表|开会)?(?:要用|用|需要|急用)(?:的)?[。.！!~～\s]*$/u;

/** Particles of tone ending the message (呀 / 啊 / 哈 / 哦 / 啦 / 嘛), also after 吗 / 呢: how it is said. */
const TONE_AT_END = /(?<=(?![呀啊哈哦啦嘛哇])\p{Script=Han})[呀啊哈哦啦嘛哇]+(?=[？?。.！!~～\s]*$)/u;

/** The message without a leading asking frame or a trailing thanks; unchanged when it is nothing but courtesy. */
export function withoutCourtesy(message: string): string {
  const text = message.normalize('NFKC');
  const rest = text
    .replace(GREETING, '')
    .replace(ASK_AGAIN_RUN, '')
    .replace(ACKNOWLEDGED, '')
    .replace(LEADING, '')
    .replace(LEADING_BARE, '')
    .replace(PURPOSE, '')
    .replace(TRAILING, '$1')
    .replace(SEND_ME, '')
    .replace(TONE_AT_END, '');
  return rest.trim() && rest !== text ? rest : message;
}
