/**
 * 那个那个…你给我看看，就是那个啥，集中供暖补助，大红门的，执行率是多少: the asker searching for words before the
 * question — hesitation (那个那个…, 嗯, 呃), a request to be shown (你给我看看), a name not yet found (就是那个啥). Said
 * first, each before a pause (…, a comma; a space is left: 那个 有没有… reads as it is), they ask nothing; read as an ask of their own they had been a follow-up of the question
 * before (its 128 projects listed). 就是说 opening the message needs no pause (就是说偏差原因…: 说 was left unplaced).
 * Taken off the start of the message only, and only with words after them.
 */
const OPENING =
  /^\s*(?:(?:(?:那个|这个|嗯|呃|额|啊|哎|唉)+\s*(?:…+|\.{2,}|，|,)\s*)|(?:你)?(?:给我|帮我)(?:看看|看一下|查查|查一下)\s*[，,…]+\s*|(?:就是)?那个(?:啥|什么)(?:来着)?\s*[，,…]+\s*|(?:(?:嗯|呃|额|那个)\s*)*(?:也)?就是说[，,…\s]*)+/u;

export function withoutHesitation(message: string): string {
  const m = OPENING.exec(message);
  if (!m) return message;
  const rest = message.slice(m[0].length);
  return /\p{Script=Han}{2}/u.test(rest) ? rest : message;
}
