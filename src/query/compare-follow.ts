/**
 * 跟特困供养那个比差多少 / 比大红门多多少, right after a figure was asked (城市低保那个全年预算多少, 潞源的预算合计是多少): the
 * other side of a comparison whose first side is the question before — the earlier figure of the earlier projects
 * against the same figure of the ones named now. Read as the two said in one question (城市低保那个全年预算比特困供养那个
 * 差多少), which the computation reads; only when the earlier question ended asking a figure and this one says nothing
 * but the other side and the word of the difference.
 */

const DIFFERENCE = '((?:还|要)?(?:差|多|少|高|低|大|小)(?:了|出)?(?:多少|几)[^，,。？?！!]{0,4})';
/** 跟特困供养那个比差多少 / 和大红门相比多多少. */
const WITH_OTHER = new RegExp(
  `^(?:那|那么)?(?:跟|和|与|同)(.{1,30}?)(?:的)?(?:相)?比(?:一下|起来|较)?[，,]?\\s*${DIFFERENCE}[？?。！!呢吗啊]*$`,
  'u',
);
/** 比大红门多多少. */
const THAN_OTHER = new RegExp(`^(?:那|那么)?比(.{1,30}?)${DIFFERENCE}[？?。！!呢吗啊]*$`, 'u');
/** How the earlier question asked its figure, at its end (是多少, 多少钱, 几分). */
const ASKED_AT_END =
  /(?:的)?(?:是|有|为)?(?:多少钱|多少万元|多少万|多少元|多少分|多少|几分|几个|几)[？?。！!呢吗啊\s]*$/u;

/** The comparison said whole, or null when the message is no such other side or the earlier asked no figure. */
export function comparedWithEarlier(message: string, earlier: string): string | null {
  const text = message.trim();
  const m = WITH_OTHER.exec(text) ?? THAN_OTHER.exec(text);
  if (!m) return null;
  const first = earlier.trim().replace(ASKED_AT_END, '');
  if (!first || first === earlier.trim()) return null;
  return `${first}比${m[1]}${m[2]}`;
}
