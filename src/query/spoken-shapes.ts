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
 * - 那栏写着未做: 写的是;
 * - 电话填了、负责人却空着 / 总分倒没填: a word of contrast between a cell and what is said of it adds nothing;
 * - 负责人有、年初预算没填: a cell said to have something, then another said of (有 before 、 / ， / 的) is filled;
 * - 有没有那种没填负责人的: a kind pointed at in passing (那种 / 这类 after 有 / 是, before what describes it) adds
 *   nothing (这种 at the end, 有没有这种, points back: like-these.ts);
 * - 20年报的表: the forms handed in for a year are that year's (报 / 上报 / 报送 / 提交 right after the year);
 * - 名字里有“疫情”俩字: a quoted piece of a name with its length said after it (checked against the quote);
 * - （注意是主管部门，不是实施单位）: a field named before, stressed against another, adds nothing;
 * - 号码多少 / 帮我核下号码: the number asked is the phone (这个号码 points back at a number and stays).
 */
/** Cells staff say a project has or lacks (负责人有、…; 电话有，…). */
const STATED_CELL =
  '项目负责人|负责人|联系人|联系电话|电话|实施单位|主管部门|年初预算数|年初预算|全年预算数|全年预算|全年执行数|执行数|执行率|总分|偏差原因';

/** Fields a question stresses against another (注意是主管部门，不是实施单位). */
const STRESSED_FIELD =
  '主管部门|实施单位|项目负责人|负责人|联系电话|年初预算数|年初预算|全年预算数|全年预算|全年执行数|执行数|执行率|总分|得分|分值';

export function spokenShapes(text: string): string {
  return (
    text
      // 那栏写着未做: the cell reads, as 写的是 says it (a quoted value stays for the readers of a cell's words).
      // Only after where on the form (栏 / 格 / 行 / 表上): 还写着偏差原因 is a problem's own wording (problem-words.ts).
      .replace(/(?<=(?:栏|格|列|行|项|表上|表里|那儿|里)\s*)(写|填|标)着(?=\s*[^\s"“「『'‘])/gu, '$1的是')
      .replace(/整(?=\s*\d)/gu, '')
      .replace(/(?<=\d(?:\.\d+)?\s*(?:万元|万|元|分|%)?)整/gu, '')
      // What is in the cell is of the cell's own kind: a person's name in 负责人, a number in 电话 (负责人没填电话 is
      // the phone left empty, never the 负责人 — the number had been dropped).
      .replace(
        /(负责人|联系人)(?:栏|那栏|一栏|那一栏|那格|这格|那一格)?(?:里)?(?:没有|没)(?:写|填)?(?:名字|人名|姓名)/gu,
        '$1没填',
      )
      .replace(
        /(联系电话|电话)(?:栏|那栏|一栏|那一栏|那格|这格|那一格)?(?:里)?(?:没有|没)(?:写|填)?(?:号码|电话)/gu,
        '$1没填',
      )
      .replace(
        /(负责人|联系人)(?:栏|那栏|一栏|那一栏|那格|这格|那一格)?(?:里)?(?:有|写了|填了)(?:名字|人名|姓名)/gu,
        '$1已填',
      )
      .replace(
        /(联系电话|电话)(?:栏|那栏|一栏|那一栏|那格|这格|那一格)?(?:里)?(?:有|写了|填了)(?:号码)/gu,
        '$1已填',
      )
      .replace(/全(?:都|部)?(?=(?:调|拉|列|找|导|翻|查|弄)(?:出来|一下))/gu, '')
      // 主管部门全称 / 落款负责人 / 表上原样写的: the cell itself, as written.
      .replace(/(主管部门|实施单位|项目名称|单位名称)(?:的)?全称/gu, '$1')
      .replace(/落款(?=负责人|的负责人)/gu, '')
      .replace(/原样(?=写|填)/gu, '')
      .replace(
        new RegExp(
          `(?<=${STATED_CELL})(?:却|倒是|倒|反而|偏偏|反倒)(?=\\s*(?:还|也)?\\s*(?:没|未|空|漏|是空|填|写|有|是0|为0)(?![^，,。；;、]*?(?:${STATED_CELL})))`,
          'gu',
        ),
        '',
      )
      .replace(new RegExp(`(${STATED_CELL})有(?=\\s*(?:[、，,]|的|(?:但|可|却)))`, 'gu'), '$1已填')
      .replace(
        /(?<=有没有|有|是|找|查|列|看看)(?:那种|这种|那类|这类|那样的|这样的)(?=[^，,。；;？?！!\s]{2,}的)/gu,
        '',
      )
      .replace(/(?<=\d年)(?:上报|报送|提交|申报|报)(?:上来)?(?=的)/gu, '')
      // 号码多少 / 帮我核下号码: the number asked, on these forms the phone (这个号码 points back at a number named)
      .replace(
        /(?<!这个|那个|这|那|该)号码(?=\s*(?:是|为)?\s*(?:多少|几|啥|什么|呢|[？?]|$))|(?<=(?:核|对|查|问|确认|核实|核对)(?:一)?下)号码/gu,
        '联系电话',
      )
      // 名字里有“疫情”俩字: a quoted piece of the name, its length said after it (when it is that length) adds nothing
      .replace(/((?:名称|名字|题目)(?:里面|里|中|当中)?)有(?=[“"「『])/gu, '$1带')
      .replace(/[“"「『]([^”"」』]{1,12})[”"」』](?:这)?(俩|两个|\d+个)字/gu, (m, w: string, n: string) =>
        (n === '俩' || n === '两个' ? 2 : Number.parseInt(n, 10)) === [...w].length ? `“${w}”` : m,
      )
      // （注意是主管部门，不是实施单位）: the field named before, stressed against another — nothing new
      .replace(
        new RegExp(
          `[（(](?:注意|请注意|是)?(?:[:：])?是?(${STRESSED_FIELD})[，,]?(?:而)?不是(?:${STRESSED_FIELD})[)）]`,
          'gu',
        ),
        (m, f: string, at: number, whole: string) => (whole.slice(0, at).includes(f) ? '' : m),
      )
  );
}
