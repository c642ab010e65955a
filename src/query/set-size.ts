/**
 * The size of a set of things named one by one, said again before its total (统计所经费和统计站，两项一共多少钱 /
 * A加上B，这两个合计多少): the count restates how many were named, it asks for no count of its own. Taken off only
 * when it equals the number of things joined before it (和 / 与 / 跟 / 及 / 、 / 加上 / 以及, one more than the
 * joining words); any other number stays, to be read or reported.
 */

const SIZE: Record<string, number> = { 两: 2, 俩: 2, 二: 2, 三: 3, 四: 4, 2: 2, 3: 3, 4: 4 };

/** ，两项 / ，这两个 / ，俩项目 right before a word of a total. */
const RESTATED =
  /[，,]\s*(?:这|那)?(两|俩|二|三|四|[234])(?:个项目|个|项|笔|份)?(?:项目)?(?:的)?(?=(?:钱|经费|预算|资金|执行数)?(?:一共|总共|合计|加起来|加在一起|共计|总计|加一起))/u;
const JOINERS = /和|与|跟|及|、|加上/gu;

export function withoutRestatedSetSize(text: string): string {
  const m = RESTATED.exec(text);
  if (!m) return text;
  const before = text.slice(0, m.index);
  // the things joined in the clause the count follows
  const clause = before.slice(
    Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('。')) + 1,
  );
  const named = (clause.match(JOINERS)?.length ?? 0) + 1;
  return named === SIZE[m[1]!] ? `${before}${text.slice(m.index + m[0].length)}` : text;
}
