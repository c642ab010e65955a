/**
 * A figure's definition said beside it, as a 预算科 or a reviewer states the basis of what they ask: 执行率…（口径：全年
 * 执行数÷全年预算数）, 结转结余合计多少？按全年预算数减全年执行数算, 平均每个项目的预算…就是总数除以个数的意思. The
 * formula (by now in words, formula-words.ts) is the definition the store already uses for the figure named elsewhere in
 * the question, so the clause adds nothing and is taken out; left in, the arithmetic reader had taken it for a
 * computation of its own and understood nothing. Only when that figure is named: a formula alone stays as typed.
 */

const EXECUTED = '(?:全年)?(?:实际)?(?:执行数|支出数|执行金额)';
const BUDGET = '(?:全年)?预算(?:数|金额)?';
/** The basis said around the formula: 口径：/ 按…算 / 以…计算 / 的口径. */
const LEAD =
  '(?:(?:计算|统计)?口径(?:是|为)?[：:]?\\s*|算法(?:是|为)?[：:]?\\s*|公式(?:是|为)?[：:]?\\s*)?(?:按照?|以|用|即|就是)?';
// (…计算的执行率（不采用表上填报的执行率）为准: the figure named, an aside in brackets and 为准 close the basis too)
const TAIL =
  '(?:的)?(?:口径|算法|方法|公式|意思)?(?:来)?(?:重新)?(?:计算|统计|核算|算)?(?:的)?(?:意思)?(?:(?:执行率|结余|平均数?)(?:\\s*[（(][^（）()]{0,24}[)）])?为准)?';

/** Each definition: the formula in words, and the words of the figure it defines, one of which must be named. */
const DEFINITIONS: Array<{ formula: string; named: RegExp }> = [
  // 执行数除以预算数: the rate of each project (合计除以合计, the pooled rate, is a computation of its own: left)
  {
    formula: `${EXECUTED}除以${BUDGET}(?!合计|之和|总和|总额)`,
    named: /执行率|执行进度|支出进度|资金使用率/u,
  },
  // 执行数合计除以预算数合计: the pooled rate — the rate the store gives a group or a whole set, so said beside a rate
  // of groups or of all (分年度的预算执行率, 整体执行率), never beside a list of projects
  {
    formula: `${EXECUTED}(?:合计|之和|总和|总额)除以${BUDGET}(?:合计|之和|总和|总额)`,
    named:
      /(?=.*(?:执行率|执行进度|支出进度|资金使用率))(?=.*(?:分|按|各|每)(?:个)?(?:年度|年份|年|部门|单位|街道|负责人)|.*(?:整体|总体|总的|全部|合起来|汇总|一共))/u,
  },
  // 预算减执行数: what was left unspent
  { formula: `${BUDGET}(?:减去|减)${EXECUTED}`, named: /结余|结转|剩余|还剩|没花完|未执行/u },
  // 全年减年初 (formula-words.ts reads it as 预算调整数): the adjustment
  { formula: '预算调整数', named: /调整|调增|调减|追加/u },
  // 总数除以个数: a mean
  { formula: '(?:总数|总额|合计|总和)除以(?:个数|项目数|项目个数|数量)', named: /平均|均值|人均/u },
];

export function definitionSaidAside(text: string): string {
  let out = text;
  for (const { formula, named } of DEFINITIONS) {
    const clause = new RegExp(
      `(?:[（(]\\s*${LEAD}${formula}${TAIL}\\s*[)）]|(?<=^|[，,；;。？?！!])\\s*${LEAD}${formula}${TAIL}(?=\\s*(?:[。？?！!]|$|[，,；;])))`,
      'u',
    );
    const m = clause.exec(out);
    if (!m) continue;
    const rest = `${out.slice(0, m.index)}${out.slice(m.index + m[0].length)}`;
    // the figure is named outside the clause, and the clause is not the whole question
    if (!named.test(rest) || !/\p{Script=Han}/u.test(rest.replace(/[，,；;。？?！!\s]/gu, ''))) continue;
    out = rest;
  }
  return out;
}
