/**
 * How the row's name a question says is matched against the names the store's rows carry (row-answer.ts), the way
 * project names are: a kind of the templates (质量指标, 效益指标, 满意度指标) is a level of the form, never a 三级指标
 * that happens to hold the word (统计所经费的质量指标 is not 夯实统计数据质量 under 社会效益指标); a name said in full
 * (聘用统计调查员) is that row, not every row whose name contains it (2023年6月前完成聘用统计调查员工作).
 */

/** The 一级 and 二级指标 kinds of the templates (SCORING.md §1), as said before 指标. Migration 053 keeps per form and
 * per kind how many rows are of it (indicator_row_kinds lists these words). */
export const KIND_WORDS: ReadonlySet<string> = new Set([
  '产出',
  '效益',
  '满意度',
  '数量',
  '质量',
  '时效',
  '成本',
  '经济效益',
  '社会效益',
  '生态效益',
  '可持续影响',
  '可持续',
  '服务对象满意度',
  '社会公众满意度',
]);

/** 质量 / 质量类 / 产出指标: a kind of row, matched on the 一级 and 二级指标 only. */
export function isKindTerm(term: string): boolean {
  return KIND_WORDS.has(term.replace(/(?:类|指标)$/u, ''));
}

/** A row name as compared whole: without spaces and line breaks, and without the template's 指标1： numbering. */
export function bareRowName(name: string): string {
  return name.replace(/\s+/gu, '').replace(/^指标\d+[:：]/u, '');
}

/** Of the names containing the term, those that are the term said in full (none: the term is a piece of names). */
export function namesSaidInFull(term: string, names: string[]): string[] {
  const said = bareRowName(term);
  return names.filter((n) => bareRowName(n) === said);
}
