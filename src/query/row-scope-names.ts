/**
 * Where a row question's words meet the forms' scope (answer.ts rowQuestionReply): a project name cut by the row
 * reading, a row named inside its project, and words that name a cell of the form rather than a row.
 */
import type { Parsed } from './parse.ts';

/**
 * A project name the ordinary parser found whole, cut by the row reading's taking out 项目 / 表 (2022年第五批小微项目的
 * 质量指标: 「2022年第5批小微」 would be a year and a piece of a name): put back whole in the rows' scope.
 */
export function namesKeptWhole(rest: string, names: Parsed['names']): string {
  let out = rest;
  for (const n of names) {
    if (n.match.field !== 'projectName' || n.match.how === 'similar' || out.includes(n.term)) continue;
    const cut = n.term.replace(/项目|表/gu, ' ').trimEnd();
    if (cut !== n.term && cut.trim() && out.includes(cut)) out = out.replace(cut, n.term);
  }
  return out;
}

/**
 * 2023年下沉协管员经费里协管员人数: where the row lies (…里 / …中 / …当中), run together with its name — the place and
 * the row's own words (the caller keeps the split only when no row holds the whole run and some row holds the words).
 */
export function rowInsidePlace(term: string): { place: string; row: string } | null {
  const m = /^(.{2,}?)(?:里面|里头|当中|里|中)(.{2,})$/u.exec(term);
  return m ? { place: m[1]!, row: m[2]! } : null;
}

/** Words naming a cell of the form itself (年度目标, 预算, 负责人…), never a row's own words. */
export function namesFormCell(term: string): boolean {
  return /目标|预算|资金|执行|总分|得分|分值|负责人|电话|单位|部门/u.test(term);
}
