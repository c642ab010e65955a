/**
 * A question typed in Sichuanese (拢共花了好多钱嘛, 满意度莫得做的, 勒个电话是哪个的哦, 按到总分从低到高排起 — a clerk in
 * 四川 or 重庆 writing as they speak), said as the Mandarin the readers know. 好多 is Sichuanese for 多少 where it asks
 * (at the end of a clause: 联系电话是好多？, 拢共好多个项目上来？); elsewhere it is the Mandarin "a lot" and stays. The
 * words below no Mandarin question uses (拢共, 莫得, 一哈, 勒个, 啥子, a closing 喃) are read anywhere; 哪个 for 谁 only
 * in a message holding one of them.
 */

/** Words of Sichuanese only: one of them marks the message (哪个负责 is then 谁负责). */
const SICHUANESE_ONLY =
  /拢共|拢起|莫得|有没得|一哈|勒个|啥子|喃(?=[？?。！!，,\s]|$)|空起|对不上头|不对头|晓得/u;

/** 好多 asking: before the end of its clause, with a measure word or a noun of money or projects in between. */
const HOW_MUCH =
  /好多(?=(?:个亿|个|张|条|场|项|家|位|万元|万|亿|元|块钱|块|钱|分)?(?:项目|钱|条)?(?:上来|下来)?(?:嘛|哦|喃|呢|啊|哟|噻)?\s*(?:[？?。！!，,；;]|$))/gu;

const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/拢共|拢总/gu, '一共'],
  [/拢起/gu, '加起来'],
  [/有没得/gu, '有没有'],
  [/莫得|莫有/gu, '没有'],
  [/一哈/gu, '一下'],
  [/勒个/gu, '这个'],
  [/啥子/gu, '什么'],
  [/喃(?=[？?。！!，,\s]|$)/gu, '呢'],
  [/空起/gu, '空着'],
  [/对不上头/gu, '对不上'],
  [/不对头/gu, '不对'],
  [/晓得/gu, '知道'],
  // 按到总分从低到高排起: by (按照), and 排起 closing the request is 排 (an order asked).
  [/按到(?=\p{Script=Han})/gu, '按照'],
  [/排起(?=[？?。！!，,\s]|$)/gu, '排'],
  // 建了好大: how big, asked.
  [/好大(?=(?:嘛|哦|喃|呢|啊)?\s*(?:[？?。！!，,]|$))/gu, '多大'],
];

/** 有好多个表…？ asked with no 吗: how many (a Mandarin "are there many" asks with 吗). */
const HOW_MANY_ASKED = /有好多(?=个|张|家|条|项|位)/gu;

export function sichuaneseAsMandarin(message: string): string {
  const marked = SICHUANESE_ONLY.test(message);
  let text = message.replace(HOW_MUCH, '多少');
  if (/[？?]\s*$/u.test(text) && !/[吗么]/u.test(text)) text = text.replace(HOW_MANY_ASKED, '有多少');
  for (const [pattern, plain] of WORDS) text = text.replace(pattern, plain);
  // 是哪个负责的喃: who, in Sichuanese (in Mandarin 哪个 before 负责 may be which project).
  // (勒个电话是哪个的: whose)
  return marked
    ? text
        .replace(/哪个(?=负责|管|在管|经手)/gu, '谁')
        .replace(/哪个的(?=\s*(?:哦|嘛|喃|呢|啊)?\s*(?:[？?。！!，,]|$))/gu, '谁的')
    : text;
}
