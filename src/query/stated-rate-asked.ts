/**
 * One project's rate as the form states it against the rate its amounts give, asked the way a reviewer writes it:
 * “X”表上执行率为99.9%，按全年执行数除以全年预算数计算应为多少？与表上数相差多少个百分点 / 「X」执行率表上填99%，按
 * 34.7081万元÷34.8万元计算应为多少 / “X”全年执行数占全年预算数的比例为多少？与表上填报的“99.9%”相差几个百分点. The
 * stated figure and the formula are the form's own (执行率 = 全年执行数 ÷ 全年预算数, SCORING.md), so the message is
 * said as the asks the readers know: both rates of the project, then how far apart they are (the pair's gap). Each piece
 * (the stated rate, the computation, the gap) had been read as a condition or left unplaced.
 */

/** The project, quoted at the start (“…” may hold quotes of its own: it ends before what is said of it). */
const NAMED =
  /^\s*(?:经核(?:查|实)?[，,]\s*|请(?:问|核算|计算|核实)?[，,]?\s*)?(?:([“"「『])(.+?)[”"」』](?=的|表上|执行率|全年|按|经|[，,\s])|()([^\s，,“”"「」『』]{4,30}?)(?:的)?\s+(?=表上|执行率|全年执行数))/u;

/** The rate as the form states it: 表上执行率为99.9% / 执行率表上填99% / 表上填报的“99.9%”. */
const STATED =
  /表上(?:填报|填写|填)?(?:的)?(?:执行率)?(?:为|是|填|填的|写的)?\s*[“"「]?\d+(?:\.\d+)?\s*[%％]|执行率(?:在)?表上(?:填报|填写|填|写)(?:的)?(?:为|是)?\s*\d|表上(?:填报|填写)?的?执行率|表上(?:填|写)(?:的)?(?:是)?多少/u;

/** The rate asked as computed from the amounts. */
const COMPUTED =
  /(?:计算|核算|测算|算出来?|折算)(?:结果)?(?:应|应该|实际)?(?:为|是)?(?:多少|几)|(?:全年)?执行数占(?:全年)?预算数?的(?:比例|比重|百分比)|除以|÷/u;

/** The gap between them asked. */
const GAP = /(?:相差|差了|差距|差|高出|低了|高了|少了|多了)(?:是)?(?:多少|几)(?:个)?(?:百分点)?/u;

export function statedRateAsked(message: string): string {
  const named = NAMED.exec(message);
  if (!named) return message;
  const rest = message.slice(named[0].length);
  if (!STATED.test(rest) || !COMPUTED.test(rest)) return message;
  // (a name typed without quotes ends at the space before what is said of it: 乡村医生基本待遇经费 执行率按…)
  const project = `「${(named[2] ?? named[4])!.trim()}」`;
  const both = `${project}的执行率和表上执行率分别是多少`;
  return GAP.test(rest) ? `${both}？两者相差多少？` : `${both}？`;
}
