/**
 * The funds sub-rows of a form (issue 10): under 年度资金总额 the paper form splits the money by source — 当年财政拨款
 * (本年财政拨款), 上年结转资金, 其他资金, on some templates 财政专户管理资金 and 单位资金. The portfolio store keeps only the
 * 年度资金总额 row (form_facts), so a question about one of these rows cannot be answered from it. Read as anything
 * else it would be a wrong answer given confidently: 上年结转资金 became the year before this one and 结余资金, 其他资金
 * a name not found. Such a question is said back — which row, that it is not kept, what can be asked instead —
 * and nothing is queried.
 *
 * A row is named by the words of the template's labels (the same ones the extractor reads: src/extract/columns.ts
 * `fundsRowKey`), never inside a stored project name (a project called …其他资金… is that project).
 */

/** The template's labels of the sub-rows, as staff say them (结转资金 / 上年结转 for 上年结转资金). */
const SUB_ROW =
  /(?:其中[：:]?)?(?:(?:当年|本年|今年)?财政拨款(?:资金)?|(?:上年|往年|以前年度)?结转(?:结余)?资金|上年结转|其他资金|财政专户(?:管理)?资金|单位(?:自有)?资金)/u;

/** The sub-row a question names, as typed, or null. `projectNames`: the stored names the viewer may see. */
export function fundsSubRow(question: string, projectNames: readonly string[]): string | null {
  const text = question.normalize('NFKC');
  const m = SUB_ROW.exec(text);
  if (!m) return null;
  const row = m[0].replace(/^其中[：:]?/u, '');
  // Words inside a stored project's name typed in the question (社区其他资金补助的…) are that project, not the row.
  const inName = projectNames.some((name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (at <= m.index && m.index + m[0].length <= at + name.length) return true;
    return false;
  });
  return inName ? null : row;
}

/** The reply: the row is not kept in the portfolio store; what can be asked instead. Nothing is queried. */
export function fundsSubRowReply(row: string): string {
  return [
    `问题问的是资金来源分行「${row}」。表上年度资金总额下面的分行（当年财政拨款、上年结转资金、其他资金等）没有存进项目查询库，只存了「年度资金总额」那一行，所以这一问无法回答，未作查询（没有改用年度资金总额作答，以免答非所问）。`,
    '可以查年度资金总额那一行的数，例如「某某项目的全年执行数是多少」「某某项目的年初预算、全年预算和执行率」；分行的数请看原表。',
  ].join('\n');
}
