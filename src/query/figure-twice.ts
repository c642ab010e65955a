/**
 * 发改委全年预算合计和潞源全年预算合计 / 大红门的平均总分与潞源的平均总分: one figure named on both sides of 和, each with
 * its own scope — two figures asked, each of its set (as 分别 says). Read as a list of scopes it had been one figure of
 * both sets together, a sum nobody asked for. Only when the figure is said twice, word for word, and no sum or
 * comparison of the two is asked (…加起来 / …比…: the readers of arithmetic take those); 年初预算合计和全年预算合计 are
 * two figures of one set, not one figure of two.
 */

/** Figures of a set: a total, an average or a count, as staff name them. */
const FIGURE =
  '(?:全年|年初)?(?:预算数?|执行数|执行金额|支出|结余)(?:的)?(?:合计|总额|总和|总数)|总(?:预算|执行数|支出)|平均(?:总分|执行率|得分|预算|全年预算数?|执行数)|项目(?:个)?数|执行率|总分';

const TWICE = new RegExp(
  `^([^，,。？?；;和与跟]{2,24}?)(?<!年初|全年)(?:的)?(${FIGURE})(和|与|跟|同|以及)([^，,。？?；;和与跟]{2,24}?)(?<!年初|全年)(?:的)?\\2(?![^，,。？?；;]*(?:分别|各自|各是|比|差|哪个|谁|加|合计|一共|总共|之和|共))`,
  'u',
);

export function figureSaidTwice(text: string): string {
  const m = TWICE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length).replace(/^(?:是|为|各)?(?:多少|几)?/u, '');
  return `${m[1]}的${m[2]}${m[3]}${m[4]}的${m[2]}分别是多少${rest}`;
}
