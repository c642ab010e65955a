/**
 * The funds sub-rows of a form the portfolio store does not keep (issue 10). Under 年度资金总额 the paper form splits
 * the money by source; 当年财政拨款, 上年结转资金 and 其他资金 have their 年初预算数 / 全年预算数 / 全年执行数 kept since
 * migration 046 (funds-row-words.ts reads them), but not the rows some templates add (财政专户管理资金, 单位资金), nor
 * a sub-row's 执行率, 分值 or 得分 (the template prints "—" there; only the total row is scored). Read as anything else
 * such a question would be a wrong answer given confidently (单位资金 as the total, 财政拨款的执行率 as the project's
 * rate), so it is said back — which row, that it is not kept, what can be asked instead — and nothing is queried.
 *
 * A row is named by the words of the template's labels (the same ones the extractor reads: src/extract/columns.ts
 * `fundsRowKey`), never inside a stored project name (a project called …单位资金… is that project).
 */

/** The rows not kept at all. */
const ROW_NOT_KEPT = /(?:其中[：:]?)?(?:财政专户(?:管理)?资金|单位(?:自有)?资金)/u;
/** A kept row's cells that are not kept: its rate and points (其中：财政拨款那一行的执行率). */
const CELL_NOT_KEPT =
  /(?:其中[：:]?)?((?:当年|本年)?财政拨款|(?:上年|往年|以前年度)?结转(?:结余)?资金|上年结转|其他资金)[”"」』]?(?:(?:那|这)?(?:一)?(?:行|栏|项)(?:里面|里|中|上)?)?(?:的)?(?=预算执行率|执行率|执行进度|分值|得分)/u;

/** The sub-row a question names, as typed, when what it asks of it is not kept; else null. `projectNames`: the
 * stored names the viewer may see. */
export function fundsSubRow(question: string, projectNames: readonly string[]): string | null {
  const text = question.normalize('NFKC');
  const m = ROW_NOT_KEPT.exec(text) ?? CELL_NOT_KEPT.exec(text);
  if (!m) return null;
  const row = m[1] ?? m[0].replace(/^其中[：:]?/u, '');
  // Words inside a stored project's name typed in the question (社区单位资金补助的…) are that project, not the row.
  const inName = projectNames.some((name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (at <= m.index && m.index + m[0].length <= at + name.length) return true;
    return false;
  });
  return inName ? null : row;
}

/** The reply: what of the row is not kept in the portfolio store; what can be asked instead. Nothing is queried. */
export function fundsSubRowReply(row: string): string {
  return [
    `问题问的是资金来源分行「${row}」。项目查询库只存了年度资金总额一行的全部数，以及其中当年财政拨款、上年结转资金、其他资金三行的年初预算数、全年预算数和全年执行数；这一行（或这一格）没有存，所以这一问无法回答，未作查询（没有改用别的数作答，以免答非所问）。`,
    '可以查这些，例如「某某项目的全年执行数是多少」「某某项目财政拨款那一行的全年预算数」「上年结转资金那一行有数的项目」；别的分行请看原表。',
  ].join('\n');
}
