/**
 * Two asks of one set, the second said without naming the set again: each said whole, so that both are of it.
 *
 * 李毅飞负责的项目全年预算一共多少？其中城乡基层党组织服务群众经费占百分之几？ / 大红门的项目预算一共多少，其中2023年的
 * 占多少: a total, then the share of a part of the same projects in it — two asks, the second said whole («X中Y的预算占X
 * 预算的百分之几»). Read as one, the part's share had been taken of every project (a wrong figure) and the total lost.
 */

/** The amounts a total is asked of (the longer word first); 钱 / 经费 alone is the budget. */
const AMOUNT = '全年预算数|全年预算|年初预算数|年初预算|预算数|预算|全年执行数|执行数|执行金额|支出|结余';
const TOTAL_ASKED = `(?:的)?(${AMOUNT})?(?:的)?(?:一共|总共|合计|共计|总计|加起来)?(?:是|有)?多少(?:钱|万元|万)?`;
/** 其中Y占百分之几 / 其中Y的预算占多少: the part, then its share asked. */
const PART_SHARE = `其中([^，,。？?；;]{1,30}?)(?:的)?(?:${AMOUNT})?(?:的)?占(?:了)?(?:其中的)?(?:多少|百分之几|百分之多少|几成|多大比例|多少比例|比重|比例|比重是多少|比例是多少)(?:呢)?`;
const TOTAL_THEN_PART = new RegExp(
  `^((.+?)${TOTAL_ASKED})([？?，,。；;]\\s*)(?:那)?${PART_SHARE}([？?。]?)\\s*$`,
  'u',
);

export function partShareAsked(text: string): string {
  const m = TOTAL_THEN_PART.exec(text.trim());
  if (!m) return text;
  const [, totalAsk, scopeSaid, amountSaid, , part, end] = m as unknown as string[];
  const scope = scopeSaid!.replace(/的$/u, '');
  const amount = amountSaid ?? '全年预算';
  // (two asks, so a question mark between them)
  return `${totalAsk}？${scope}中${part}的${amount}占${scope}${amount}的百分之几${end || '？'}`;
}

/**
 * 民生保障办公室实施项目的全年预算数平均值，以及全年预算数高于该平均值的项目数量: a mean, then the projects above it — of
 * the same projects, against their own mean (the second ask had taken the mean of every project, a wrong count).
 */
const MEAN_THEN_ABOVE = new RegExp(
  `^((.+?)(?:的)?(?:${AMOUNT}|总分|执行率)(?:的)?(?:平均值|平均数|均值|平均)(?:是|为)?(?:多少)?)[，,；;？?]\\s*(?:以及|和|并且?|还有|另外|同时)?(?:请)?(?:统计|计算)?(?:一下)?(.*?(?:高于|低于|超过|不到|大于|小于|不低于|不高于)(?:该|这个|此|上述|前面的?|上面的?)?(?:平均值|平均数|平均水平|均值).*)$`,
  'u',
);

export function meanThenAboveIt(text: string): string {
  const m = MEAN_THEN_ABOVE.exec(text.trim());
  if (!m) return text;
  const [, meanAsk, scopeSaid, rest] = m as unknown as string[];
  // (请统计 before the first ask is the request of both: said once, it would join them again)
  const lead = /^(?:请|麻烦)?(?:统计|计算|算一下|算算)?/u;
  const scope = scopeSaid!.replace(lead, '').replace(/的$/u, '');
  const second = rest!
    .replace(/(?:该|这个|此|上述|前面的?|上面的?)(?=平均值|平均数|平均水平|均值)/u, '')
    // (…的项目数量: a count asked, said as an ask of its own)
    .replace(/的?项目(?:的)?(?:数量|个数)[。.]?$/u, '的项目有几个？');
  return `${meanAsk!.replace(lead, '')}是多少？${scope}中${second}`;
}
