/**
 * Where a row question's words meet the forms' scope (answer.ts rowQuestionReply): a project name cut by the row
 * reading, a row named inside its project, and words that name a cell of the form rather than a row.
 */
import type { Parsed } from './parse.ts';

/** Words of a project's name that the row reading takes out of the rest (TAILS of row-question.ts). */
const CUT_WORDS = /(项目|表|以及|和|与|跟|及)/u;

/**
 * A project name the ordinary parser found whole, cut by the row reading's taking out 项目 / 表 or a joining word
 * (2022年第五批小微项目的质量指标: 「2022年第5批小微」 would be a year and a piece of a name; 仁和镇垃圾分类 had become
 * 仁 镇垃圾分类): put back whole in the rows' scope.
 */
export function namesKeptWhole(rest: string, names: Parsed['names']): string {
  let out = rest;
  for (const n of names) {
    if (n.match.field !== 'projectName' || n.match.how === 'similar' || out.includes(n.term)) continue;
    // the words the row reading takes out (项目, 表, a joining word: 仁和镇垃圾分类 had become 仁 镇垃圾分类), each
    // left as a space or nothing
    const pieces = n.term.split(CUT_WORDS);
    if (pieces.length < 2) continue;
    // a cut word ending the name (…保温项目) is matched up to where it stood, the spaces after it left as they are
    if (pieces.at(-1) === '') pieces.splice(-2, 2);
    const loose = new RegExp(
      pieces.map((p, i) => (i % 2 ? '\\s*' : p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))).join(''),
      'u',
    );
    const m = loose.exec(out);
    if (m?.[0].trim()) out = `${out.slice(0, m.index)}${n.term}${out.slice(m.index + m[0].length)}`;
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
