/**
 * How staff say a figure, a cell or an ask in speech, rewritten into the words the lexicon reads. Two stages:
 * `plainAsking` runs inside `normalise` (tokens.ts) and on follow-ups (context.ts), `spokenShapes` among the
 * parser's text rewrites (parse.ts).
 */

/**
 * Shortcuts of spoken asking, read before anything else (by normalise and by the follow-up reader, context.ts):
 * - 其中双井占几个 / 满意度没做的占其中几个: 占 before a count asks how many there are (其中双井有几个), not a share (占百分之几
 *   / 占比 / 占多少 stay shares); 其中 is moved to the front, where it points back at the set answered before;
 * - 哪个分最低 / 谁的分数最高: a project's 分 ranked is its 总分; 总分最高分 / 总分的最高分 say 分 twice; 最高分 alone
 *   (河门口项目的最高分) is the highest 总分.
 */
export function plainAsking(text: string): string {
  return (
    text
      .replace(
        /(^|[，,。；;？?！!]\s*)([^，,。；;？?！!]+?)占其中(?=\s*(?:几|多少)\s*(?:个|项|张|家|条|份))/gu,
        '$1其中$2有',
      )
      .replace(/占(?=\s*(?:几|多少)\s*(?:个|项|张|家|条|份))/gu, '有')
      .replace(/(总分|得分|分数)的?(最高|最低)分/gu, '$1$2')
      // 总分最高和最低分: the second 分 repeats the score already named.
      .replace(/(最高|最低)(和|与|及|、|跟)(最高|最低)分/gu, '$1$2$3')
      // 河门口项目的最高分 / 最低分是多少: the highest 总分, no other score named before it.
      .replace(/(?<!总分|得分|分数|[\p{Script=Han}]分)(最高|最低)分(?![值数率])/gu, '总分$1')
      .replace(
        /(哪个项目|哪些项目|哪一个|哪个|哪些|哪几个|谁|哪家|哪张表?)(的)?分数?(?=(?:最|更|比较)?(?:高|低|多|少))/gu,
        '$1$2总分',
      )
  );
}

/**
 * - 整100 / 十万元整 / 100分整: 整 says the figure is exact, which a figure is;
 * - 负责人栏有名字 / 电话那格写了号码 / 负责人没有名字: a cell filled or empty, said by what is in it;
 * - 全调出来 / 全都拉出来: all of them, said of the request (the list is all of them already);
 * - 主管部门全称 / 落款负责人 / 表上原样写的: the cell itself, as written;
 * - 那栏写着未做: 写的是.
 */
export function spokenShapes(text: string): string {
  return (
    text
      // 那栏写着未做: the cell reads, as 写的是 says it (a quoted value stays for the readers of a cell's words).
      .replace(/(写|填|标)着(?=\s*[^\s"“「『'‘])/gu, '$1的是')
      .replace(/整(?=\s*\d)/gu, '')
      .replace(/(?<=\d(?:\.\d+)?\s*(?:万元|万|元|分|%)?)整/gu, '')
      .replace(
        /(负责人|联系人|联系电话|电话)(?:栏|那栏|一栏|那一栏|那格|这格|那一格)?(?:里)?(?:没有|没)(?:写|填)?(?:名字|人名|姓名|号码|电话)/gu,
        '$1没填',
      )
      .replace(
        /(负责人|联系人|联系电话|电话)(?:栏|那栏|一栏|那一栏|那格|这格|那一格)?(?:里)?(?:有|写了|填了)(?:名字|人名|姓名|号码)/gu,
        '$1已填',
      )
      .replace(/全(?:都|部)?(?=(?:调|拉|列|找|导|翻|查|弄)(?:出来|一下))/gu, '')
      // 主管部门全称 / 落款负责人 / 表上原样写的: the cell itself, as written.
      .replace(/(主管部门|实施单位|项目名称|单位名称)(?:的)?全称/gu, '$1')
      .replace(/落款(?=负责人|的负责人)/gu, '')
      .replace(/原样(?=写|填)/gu, '')
  );
}
