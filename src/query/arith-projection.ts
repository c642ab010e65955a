/**
 * A figure for a coming year worked out from this year's (法律顾问明年预算要是按今年全年预算的一点一倍给，是多少万; 下一年
 * 如果照今年的执行数再加两成安排): a hypothetical, not a question about next year's forms. The projects and the rule
 * are what is computed — 按X的N倍 is X times N (arith-shapes.ts) — and the year words only set the scene: 明年 names no
 * year to filter on, and 今年 after 按 is the base the rule starts from, the figure as the forms state it (said back,
 * no year filter; the answer shows the projects and the figure it used).
 */

/** The coming year, what is given, the conditional, then 按 / 照 and the base. */
const PROJECTION =
  /^(.*?)(?:明年|下一年|下年度?|来年)(?:的)?(?:预算|经费|资金|拨款)?(?:要是|如果|假如|若是|若|假设|打算)?(?:都|也)?(按照|按|照)(今年|本年度?|当年)?(?:的)?(.+)$/u;

export interface Projection {
  /** The computation alone: 按<projects><base figure and rule>. */
  text: string;
  /** What was set aside, said back. */
  said: [string, string];
}

export function projectionOf(text: string): Projection | null {
  const m = PROJECTION.exec(text);
  if (!m) return null;
  const [, scope, by, base, rest] = m;
  const frame = text.slice(scope!.length, text.length - rest!.length);
  return {
    text: `${by}${scope}${rest}`,
    said: [frame, `假设，用表上现有的数推算${base ? '（不按年份筛选）' : ''}`],
  };
}
