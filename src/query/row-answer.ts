/**
 * Answers a row question (row-question.ts) from indicator_rows (migration 034) joined to the viewer's forms that meet
 * the question's form-level filters: the rows themselves (项目名称 + 指标 + the asked columns), the projects having
 * such rows, a count of rows or of projects, or the row(s) that lost most points. Every value is a parameter.
 */

import type { Reply } from '../bot/messages.ts';
import type { SqlExecutor } from '../store/sql.ts';
import { boundPattern } from './bound-spellings.ts';
import { filterText } from './describe.ts';
import { type Cell, formsSubquery, GROUP_COLUMN, type Viewer } from './execute.ts';
import { FIELDS } from './fields.ts';
import type { Filter } from './query.ts';
import type { RowCell } from './row-cells.ts';
import type { RowColumn, RowQuestion } from './row-question.ts';
import { isKindTerm, KIND_WORDS, namesSaidInFull } from './row-terms.ts';

const COLUMN: Record<RowColumn, [sql: string, label: string]> = {
  target: ['r.target', '年度指标值'],
  actual: ['r.actual', '实际完成值'],
  weight: ['r.weight', '分值'],
  score: ['r.score', '得分'],
  lost: ['round((r.weight - r.score)::numeric, 2)::double precision', '扣分'],
  deviation: ['r.deviation', '偏差原因'],
};
/** Shown when a question names no column. */
const DEFAULT_COLUMNS: RowColumn[] = ['target', 'actual', 'weight', 'score'];
/** Rows listed at most (a list of every row of 100 000 forms helps nobody; counts stay exact). */
const ROW_CAP = 1000;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** A value added to the statement's parameters, as its placeholder. */
const param = (params: unknown[], value: unknown) => `$${params.push(value)}`;

/** The row names containing a question's term: their texts (rows match them) and ids (indicator_forms holds those);
 * `kinds`: the 二级指标 names of the kinds a 一级指标 named by the term holds. */
interface Named {
  names: string[];
  ids: number[];
  kinds: string[];
  /** Matched on the 一级 and 二级指标 only: a kind named under its 一级指标 (产出指标里的数量指标) is that level, not a
   * 三级指标 that happens to hold the word (项目数量 under 质量指标). */
  levelsOnly?: boolean;
  /** The term is a row's whole name (聘用统计调查员): only rows so named. */
  inFull?: boolean;
}

/**
 * The kinds of 二级指标 under each 一级指标 of the templates (SCORING.md §1): a row of such a kind lies under that
 * 一级指标 even where the form left the merged 一级 cell empty (产出指标里的数量指标, 产出指标有几条).
 */
const KINDS: Record<string, string[]> = {
  产出: ['数量', '质量', '时效', '成本'],
  效益: ['经济效益', '社会效益', '生态效益', '可持续影响'],
  满意度: ['满意度'],
};

/** 产出指标里的数量指标: the term is a kind of 二级指标 under the 一级指标 it is said to lie in. */
const kindUnder = (q: RowQuestion) =>
  !!q.term &&
  !!q.within?.some((w) =>
    Object.entries(KINDS).some(([l1, kinds]) => w.includes(l1) && kinds.includes(q.term!)),
  );

/** The kinds of 二级指标 a term names rows under, when it names a 一级指标 of the templates (产出 → 数量, 质量…). */
export function kindsUnder(term: string): string[] {
  const level1 = Object.keys(KINDS).find((k) => `${k}指标`.includes(term) || term === `${k}类`);
  return level1 ? KINDS[level1]! : [];
}

/**
 * The kind of the templates the question's rows are, when that is all it says of them (哪个项目的产出指标最多,
 * 满意度指标的目标值一般设多少): migration 053 keeps per form how many rows of each kind it has, and how many rows of
 * each kind hold each value, by the condition namedWhere writes for such a term (its 一级 or 二级指标 contains the
 * word, or its 二级指标 a kind under it with the 一级 cell empty). Null for any other term or condition.
 */
function storedKind(q: RowQuestion, named: Named | null): string | null {
  const plain =
    !q.score &&
    !q.within?.length &&
    !q.also?.length &&
    !q.cells?.length &&
    q.position === undefined &&
    !q.perForm;
  return plain && named?.levelsOnly && !named.inFull && q.term && KIND_WORDS.has(q.term) ? q.term : null;
}

/**
 * The distinct row names (一级, 二级 or 三级指标) that contain the term: the containment is done on indicator_names, each
 * name once (migration 035), and the rows or forms are then matched by those exact names, which indexes serve.
 */
async function namesContaining(sql: SqlExecutor, term: string, saidInFull = true): Promise<Named> {
  const patterns = [term, ...kindsUnder(term)].map((t) => `%${escapeLike(t)}%`);
  // A kind of the templates (质量指标) is a level of the form: only the names some row carries as its 一级 or 二级指标
  // (the few kept combinations of migration 038), never a 三级指标 holding the word.
  const kind = isKindTerm(term);
  const levels = kind
    ? ` AND name IN (SELECT level1 FROM indicator_row_counts WHERE row_count > 0
                     UNION SELECT level2 FROM indicator_row_counts WHERE row_count > 0)`
    : '';
  const { rows } = await sql.query<{ id: unknown; name: string; own: boolean }>(
    `SELECT id, name, name LIKE $1 AS own FROM indicator_names WHERE name LIKE ANY ($2::text[])${levels}`,
    [patterns[0], patterns],
  );
  const own = rows.filter((r) => r.own);
  // A name said in full is that row (聘用统计调查员), not every row whose name holds it.
  const full =
    kind || !saidInFull
      ? []
      : namesSaidInFull(
          term,
          own.map((r) => r.name),
        );
  const kept = full.length ? own.filter((r) => full.includes(r.name)) : rows;
  return {
    names: (full.length ? kept : own).map((r) => r.name),
    ids: kept.map((r) => Number(r.id)),
    kinds: rows.filter((r) => !r.own).map((r) => r.name),
    ...(kind ? { levelsOnly: true } : {}),
    ...(full.length ? { inFull: true } : {}),
  };
}

/** Some form of the scope has a row of one of these names. */
async function inScope(sql: SqlExecutor, ids: number[], scope: { viewer: Viewer; filters: Filter[] }) {
  const forms = formsSubquery(scope.viewer, scope.filters, 'form_id');
  const params = [...forms.params, ids];
  const { rows } = await sql.query(
    `SELECT 1 FROM ${forms.sql} f JOIN indicator_forms i ON i.form_id = f.form_id
      WHERE i.names && $${params.length}::integer[] LIMIT 1`,
    params,
  );
  return rows.length > 0;
}

/** Above this many forms having a name, they are listed by walking the scope in the listing's order instead. */
const WALK_FROM = 5 * ROW_CAP;

/** The form f has a row with one of the names: looked up by its key (OFFSET 0 keeps it one lookup per form). */
const hasNames = (ids: string) =>
  `EXISTS (SELECT 1 FROM indicator_forms i WHERE i.form_id = f.form_id AND i.names && ${ids} OFFSET 0)`;

/**
 * How many forms in scope have a row with one of the names. Over every form, the GIN index gives them (tens of
 * thousands for 满意度); over some forms (a department's 2 000), each is looked up by its key, which reads far less
 * than the forms of the whole portfolio that have the name.
 */
async function countFormsNamed(
  sql: SqlExecutor,
  forms: { sql: string; params: unknown[] },
  everyForm: boolean,
  ids: number[],
  upTo?: number,
): Promise<number> {
  // upTo: only whether there are more than that many (the listing's choice), without counting them all.
  if (everyForm) {
    // Through the index whatever the planner guesses (migration 069).
    const { rows } = await sql.query<{ n: unknown }>(
      'SELECT jixiao_forms_with_row_names($1::integer[], $2::bigint) AS n',
      [ids, upTo ?? null],
    );
    return Number(rows[0]?.n ?? 0);
  }
  const params = [...forms.params, ids];
  const { rows } = await sql.query<{ n: unknown }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM ${forms.sql} f WHERE ${hasNames(`$${params.length}::integer[]`)}${upTo ? ` LIMIT ${upTo}` : ''}) c`,
    params,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * How many rows of every form are named so (null: every row), from the row count of each (一级, 二级, 三级指标)
 * kept by migration 038: a few thousand combinations summed instead of ~100 000 matching rows counted. A row is
 * counted once when a name matches at any of its levels, as rowWhere counts it.
 */
async function countRowsEverywhere(sql: SqlExecutor, named: Named | null): Promise<number> {
  const params: unknown[] = [];
  let where = '';
  // the same test as rowWhere's, on the kept combinations (their columns are named as the rows')
  if (named) where = `WHERE ${namedWhere(named, params, 'c')}`;
  const { rows } = await sql.query<{ n: unknown }>(
    `SELECT coalesce(sum(row_count), 0) AS n FROM indicator_row_counts c ${where}`,
    params,
  );
  return Number(rows[0]?.n ?? 0);
}

/** The rows named by a term: a name at any of the three levels is one of the names containing it. */
function namedWhere(named: Named, params: unknown[], alias = 'r'): string {
  params.push(named.names);
  const p = `$${params.length}::text[]`;
  const own = `${named.levelsOnly ? '' : `${alias}.name = ANY (${p}) OR `}${alias}.level2 = ANY (${p}) OR ${alias}.level1 = ANY (${p})`;
  if (!named.kinds.length) return `(${own})`;
  params.push(named.kinds);
  // a kind of 二级指标 lies under its 一级指标 only where the form left that cell empty (merged): a form that wrote
  // another 一级指标 for it (成本指标 as a 一级指标 of its own) put it there
  return `(${own} OR (${alias}.level2 = ANY ($${params.length}::text[]) AND coalesce(${alias}.level1, '') ~ '^\\s*$'))`;
}

/** A score condition a score of 0 meets (得分为0, 得分低于5): rows of 分值 0 meet it without having lost anything. */
const scoreOfNothing = (c: RowCell) =>
  'op' in c &&
  c.column === 'score' &&
  !c.written &&
  ((c.op === '=' && c.value === 0) || (c.op === '<' && c.value > 0) || (c.op === '<=' && c.value >= 0));

/** The row's own cells (row-cells.ts): a number, words written in it, empty or filled. */
function cellWhere(c: RowCell, params: unknown[]): string {
  if ('op' in c) {
    params.push(c.value);
    const p = `$${params.length}::double precision`;
    if (c.column === 'lost')
      return `(r.weight - r.score > 0 AND round((r.weight - r.score)::numeric, 2)::double precision ${c.op} ${p})`;
    // a row worth 0 points (不适用) had nothing to get: 一分没得 / 得分为0 is said of rows that carry points
    return scoreOfNothing(c) ? `(r.score ${c.op} ${p} AND r.weight > 0)` : `r.${c.column} ${c.op} ${p}`;
  }
  if ('fraction' in c)
    return `(r.${c.column} IS NOT NULL AND r.${c.column} ${c.fraction ? '<>' : '='} floor(r.${c.column}))`;
  if ('other' in c) {
    // compared as typed, line breaks and spaces aside; an empty pair is no match (nothing was set to reach)
    const cellOf = (col: string) => `regexp_replace(coalesce(r.${col}, ''), '\\s+', '', 'g')`;
    return c.same
      ? `(${cellOf(c.column)} <> '' AND ${cellOf(c.column)} = ${cellOf(c.other)})`
      : `(${cellOf(c.column)} <> ${cellOf(c.other)})`;
  }
  // a row with no 分值, or a 分值 of 0, is a heading or 不适用 (经济效益指标 / 不适用 / 0 / 0): its empty cells were never
  // to be filled (as the validator's ACTUAL_EMPTY reads it)
  // a label cell (一级指标) is empty whatever the row is worth
  if ('blank' in c && (c.column === 'level1' || c.column === 'level2' || c.column === 'name'))
    return `r.${c.column} IS NULL`;
  if ('blank' in c)
    return c.blank && c.column !== 'weight' && c.column !== 'score'
      ? `(r.${c.column} IS NULL AND r.weight > 0)`
      : `r.${c.column} IS ${c.blank ? '' : 'NOT '}NULL`;
  const cellText =
    c.column === 'any'
      ? "concat_ws('', r.name, r.target, r.actual, r.deviation)"
      : c.column === 'labels'
        ? "concat_ws('', r.level1, r.level2, r.name)"
        : `r.${c.column}`;
  // the cells were typed with line breaks and spaces inside words (完成 2022 年下达指标)
  const column = `regexp_replace(${cellText}, '\\s+', '', 'g')`;
  const text = c.text.replace(/\s+/gu, '');
  // The question is read in lower case (PM2.5 typed as pm2.5 or as written): latin letters match either case.
  const latin = /[a-z]/iu.test(text);
  if (c.not) {
    // 写个无的不算: an empty cell holds nothing to leave out
    params.push(c.exact ? text : `%${escapeLike(text)}%`);
    return `coalesce(${column}, '') ${c.exact ? '<>' : 'NOT LIKE'} $${params.length}`;
  }
  if (c.exact) {
    params.push(text);
    return latin ? `lower(${column}) = lower($${params.length})` : `${column} = $${params.length}`;
  }
  // 目标写的≥90%: the bound in whichever spelling the cell has it (bound-spellings.ts)
  const bound = boundPattern(text);
  if (bound) {
    params.push(bound);
    return `${column} ~ $${params.length}`;
  }
  params.push(`%${escapeLike(text)}%`);
  return `${column} ${latin ? 'ILIKE' : 'LIKE'} $${params.length}`;
}

/** The row conditions; `named`: the names containing the question's term (null: no term), `within`: those of the
 * rows of a higher level it lies in. */
function rowWhere(
  q: RowQuestion,
  named: Named | null,
  within: Named[],
  also: Named[],
  params: unknown[],
): string {
  const parts: string[] = [];
  if (named) parts.push(namedWhere(named, params));
  for (const w of within) parts.push(namedWhere(w, params));
  // The row's own conditions, which a row joined to it (质量指标和数量指标都…) must meet as well.
  const own = (params: unknown[]) => {
    const conds: string[] = [];
    // Written as the loss, as the partial indexes and the statistics of migration 014 have it: a comparison of two
    // columns is guessed at a third of the rows (272 000 for ~30 000), which chose parallel plans.
    if (q.score === 'lost') conds.push('r.weight - r.score > 0');
    if (q.score === 'above') conds.push('r.weight - r.score < 0');
    // 拿了满分: a row worth 0 points (不适用) had nothing to get
    if (q.score === 'full' && !q.every) conds.push('(r.weight > 0 AND r.score >= r.weight)');
    // 实际值比目标值低: as the partial index of migration 054 has it
    if (q.belowTarget) conds.push('jixiao_row_below(r.target, r.actual)');
    for (const c of q.cells ?? []) conds.push(cellWhere(c, params));
    return conds;
  };
  if (q.score === 'full' && q.every) {
    // 指标全部拿满分: the form's scored rows (of that name), none of which lost points
    const lost = named ? ` AND ${namedWhere(named, params)}` : '';
    parts.push(
      'r.weight IS NOT NULL AND r.score IS NOT NULL',
      `r.form_id NOT IN (SELECT r.form_id FROM indicator_rows r WHERE r.weight - r.score > 0${lost})`,
    );
  }
  parts.push(...own(params));
  // the inner r is the joined row's own (uncorrelated: the forms that have one)
  for (const a of also)
    parts.push(
      `r.form_id IN (SELECT r.form_id FROM indicator_rows r WHERE ${[namedWhere(a, params), ...own(params)].join(' AND ')})`,
    );
  if (q.position !== undefined) {
    // 第二行: the row at that place among the form's rows of that name (all of them when none is named)
    const among = [
      named ? namedWhere(named, params, 'x') : '',
      ...within.map((w) => namedWhere(w, params, 'x')),
    ]
      .filter(Boolean)
      .map((w) => ` AND ${w}`)
      .join('');
    const back = q.position < 0;
    parts.push(
      `r.n = (SELECT x.n FROM indicator_rows x WHERE x.form_id = r.form_id${among}
               ORDER BY x.n${back ? ' DESC' : ''} OFFSET ${Math.abs(q.position) - 1} LIMIT 1)`,
    );
  }
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

/** Whether any row of the viewer's forms is named so (by containment, at any level; `inFull`: its whole name). */
export async function someRowNamed(
  sql: SqlExecutor,
  term: string,
  viewer: Viewer,
  inFull = false,
  scope: Filter[] = [],
): Promise<boolean> {
  const named = await namesContaining(sql, term);
  if (inFull && !named.inFull) return false;
  const { ids } = named;
  if (!ids.length) return false;
  // scope: only the forms the question names (a row named by its own words must be one of theirs)
  return inScope(sql, ids, { viewer, filters: scope });
}

const CELL_LABEL: Record<RowCell['column'], string> = {
  ...Object.fromEntries(Object.entries(COLUMN).map(([k, [, label]]) => [k, label])),
  name: '三级指标名称',
  level1: '一级指标',
  level2: '二级指标',
  any: '指标名称或各栏',
  labels: '一、二、三级指标名称',
} as Record<RowCell['column'], string>;
const OP_TEXT: Record<string, string> = {
  '=': '为',
  '<': '低于',
  '<=': '不超过',
  '>': '高于',
  '>=': '不低于',
  '<>': '不是',
};

/** One condition on the row's cells in plain words. */
function cellText(c: RowCell): string {
  const label = CELL_LABEL[c.column];
  if ('op' in c)
    return `${label}${OP_TEXT[c.op]}${c.value}分${scoreOfNothing(c) ? '（只算分值不为0的指标）' : ''}`;
  if ('fraction' in c) return `${label}${c.fraction ? '带小数' : '是整数'}`;
  if ('other' in c) return `${label}与${CELL_LABEL[c.other]}${c.same ? '完全相同（不计空格）' : '不同'}`;
  if ('blank' in c && (c.column === 'level1' || c.column === 'level2' || c.column === 'name'))
    return `${label}未填`;
  if ('blank' in c)
    return c.blank && c.column !== 'weight' && c.column !== 'score'
      ? `${label}未填（只算有分值的指标）`
      : `${label}${c.blank ? '未填' : '已填'}`;
  if (c.not && c.column === 'labels') return `「${c.text}」一类的指标不算`;
  if (c.not) return `${label}${c.exact ? '只写' : '里写有'}「${c.text}」的不算`;
  return c.exact ? `${label}就是「${c.text}」` : `${label}里写有「${c.text}」`;
}

/** 第2行 / 最后一行 / 倒数第2行 in plain words. */
const positionText = (n: number) =>
  n === -1 ? '各表最后一行' : n < 0 ? `各表倒数第${-n}行` : `各表第${n}行`;

const levelName = (q: RowQuestion) => (q.groupBy?.level === 2 ? '二级指标' : '一级指标');

/**
 * 按一级指标分，产出、效益、满意度各有几条: the rows of the forms in scope counted per level. Kinds listed are counted
 * by containment in the level's cell and named as the forms name the level (产出指标); none listed, each label as written (spaces and line breaks
 * of the cell left out), an empty one as （未填）.
 */
async function countPerLevel(
  sql: SqlExecutor,
  q: RowQuestion,
  rowsIn: (params: unknown[]) => string,
  params: unknown[],
  caption: string,
): Promise<Reply> {
  const cellOf = (c: string) => `regexp_replace(coalesce(r.${c}, ''), '\\s+', '', 'g')`;
  // a 一级指标 cell left empty (merged on the form): the row's 二级指标 kind says which it lies under (KINDS)
  const level =
    q.groupBy?.level === 2
      ? cellOf('level2')
      : `CASE WHEN ${cellOf('level1')} <> '' THEN ${cellOf('level1')} ${Object.entries(KINDS)
          .map(([l1, kinds]) => `WHEN ${cellOf('level2')} ~ '${kinds.join('|')}' THEN '${l1}指标'`)
          .join(' ')} ELSE '' END`;
  const kinds = q.groupBy?.kinds ?? [];
  // 按一级指标汇总分值: the column added up per level instead of the rows counted (rows with that cell empty add nothing)
  const summed = q.groupBy?.sum ? COLUMN[q.groupBy.sum] : null;
  const aggregate = summed ? `sum(${summed[0]})` : 'count(*)';
  let rows: Array<[string, number]>;
  if (kinds.length) {
    const counts = kinds.map((k) => {
      params.push(`%${escapeLike(k)}%`);
      return `coalesce(${aggregate} FILTER (WHERE ${level} LIKE $${params.length}), 0) AS k${params.length}`;
    });
    const { rows: got } = await sql.query<Record<string, unknown>>(
      `SELECT ${counts.join(', ')} FROM ${rowsIn(params)}`,
      params,
    );
    const one = got[0] ?? {};
    // named as the forms name the level (产出指标), as when none is listed: one group, one label
    rows = kinds.map((k, i) => [`${k}指标`, Number(Object.values(one)[i] ?? 0)]);
  } else {
    const { rows: got } = await sql.query<{ g: string; n: unknown }>(
      `SELECT ${level} AS g, coalesce(${aggregate}, 0) AS n FROM ${rowsIn(params)} GROUP BY 1 ORDER BY 2 DESC, 1`,
      params,
    );
    rows = got.map((r) => [r.g || '（未填）', Number(r.n)]);
  }
  if (!rows.length) return { title: '查询结果', text: `${caption}\n没有符合条件的指标。` };
  const total = rows.reduce((t, [, n]) => t + n, 0);
  const unit = summed ? '分' : '条';
  const shown = (n: number) => String(Math.round(n * 100) / 100);
  return {
    title: '查询结果',
    text: `${caption}\n${rows.map(([g, n]) => `${g}：${shown(n)} ${unit}`).join('\n')}${kinds.length ? '' : `\n合计 ${shown(total)} ${unit}。`}`,
    table: {
      columns: [levelName(q), summed ? `${summed[1]}合计` : '指标条数'],
      rows: rows.map(([g, n]) => [g, shown(n)]),
    },
  };
}

/**
 * What countPerGroup groups: `from` ends in a WHERE clause over rows that carry the form columns GROUP_COLUMN names
 * (unqualified), `rows` and `forms` are each group's rows and forms having them.
 */
interface GroupCounts {
  /** The statement's parameters before those `from` adds (the forms' own when it reads them). */
  params: unknown[];
  from: (params: unknown[]) => string;
  rows: string;
  forms: string;
}

const COMPARE_OPS = new Set(['=', '<', '<=', '>', '>=', '<>']);

/**
 * The rows of a kind of the templates per group (各部门的效益指标有多少条) from the counts migration 053 keeps per form
 * and kind, never the rows themselves. Over every form, or every form of some years (年度 compared, the only
 * condition), from the counts kept per kind and group columns (migration 061): a few hundred rows grouped. Over some
 * forms (a department's, or other conditions), each form in scope looks up its count of the kind by key (OFFSET 0
 * keeps it one lookup per form instead of a hash of the kind's counts of every form).
 */
function kindGroupCounts(
  kind: string,
  forms: { sql: string; params: unknown[] },
  filters: Filter[],
  admin: boolean,
): GroupCounts {
  const years = filters.every((f) => f.type === 'compare' && f.field === 'year' && COMPARE_OPS.has(f.op));
  if (admin && years)
    return {
      params: [],
      from: (params) =>
        `indicator_kind_groups WHERE kind = ${param(params, kind)} AND forms > 0${filters
          .map((f) => (f.type === 'compare' ? ` AND year ${f.op} ${param(params, f.value)}` : ''))
          .join('')}`,
      rows: 'sum(row_count)::bigint',
      forms: 'sum(forms)::bigint',
    };
  return {
    params: [...forms.params],
    from: (params) =>
      `${forms.sql} f CROSS JOIN LATERAL (SELECT c.row_count FROM indicator_form_kinds c
                                          WHERE c.form_id = f.form_id AND c.kind = ${param(params, kind)} OFFSET 0) c
        WHERE true`,
    rows: 'sum(c.row_count)::bigint',
    forms: 'count(*)',
  };
}

/**
 * 各部门的效益指标有多少条 / 数量指标最多的部门: the rows meeting the conditions counted per group of their forms (主管部门,
 * 实施单位, 街道, 年度), most first; with an end asked, only the groups at it (ties all). A form of no street is in no
 * street group. Groups with no such row are not listed (said).
 */
async function countPerGroup(
  sql: SqlExecutor,
  group: NonNullable<RowQuestion['perGroup']>,
  counted: GroupCounts,
  caption: string,
  rowLimit: number,
): Promise<Reply> {
  const [key, shown] = GROUP_COLUMN[group.field];
  const params = [...counted.params];
  const top = group.top;
  const dir = top?.dir === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await sql.query<{ g: unknown; n: unknown }>(
    `SELECT * FROM (SELECT ${shown} AS g, ${counted.rows} AS n, ${counted.forms} AS p FROM ${counted.from(params)}
        ${group.field === 'street' ? `AND ${key} IS NOT NULL` : ''}
        GROUP BY ${key} ORDER BY ${counted.rows} ${dir}${top ? ` FETCH FIRST ${top.limit} ROWS WITH TIES` : ''}) t
      ORDER BY t.n ${dir}, t.g LIMIT ${ROW_CAP + 1}`,
    params,
  );
  const label = FIELDS[group.field].label;
  const table = rows.map((r) => [
    cell(r.g) === '' ? '（未填）' : cell(r.g),
    cell(r.n),
    cell((r as { p?: unknown }).p),
  ]);
  const reply = tableReply(caption, [label, '指标条数', '项目数'], table, rowLimit, '组');
  if (!rows.length) reply.text = `${caption}\n没有符合条件的指标。`;
  else if (top) {
    const end = table[Math.min(top.limit, table.length) - 1]![1];
    const tied = table.filter((r) => r[1] === end).length;
    reply.text = `${reply.text}\n${top.dir === 'desc' ? '最多' : '最少'}的有 ${end} 条${tied > 1 ? `（${tied} 个${label}并列）` : ''}${top.dir === 'asc' ? '（一条也没有的不列）' : ''}。`;
  }
  return reply;
}

/** The question said back in plain words. */
export function describeRows(q: RowQuestion, filters: Filter[], named?: Named | null): string {
  const scope = filters.map(filterText).join('，');
  const row = [
    !q.term
      ? '指标'
      : kindUnder(q)
        ? `二级指标「${q.term}」`
        : named?.levelsOnly
          ? `「${q.term}」一类的指标（按一级、二级指标）`
          : named?.inFull
            ? `名称为「${q.term}」的指标`
            : `名称含「${q.term}」的指标（一级、二级或三级指标）`,
    ...(q.within ?? []).map((w) => `属于「${w}」一类`),
    q.position === undefined ? '' : positionText(q.position),
    q.absent ? `没有这样的指标${q.present ? `，但有「${q.present}」一类的指标` : ''}` : '',
    q.score === 'lost'
      ? `得分低于分值（扣了分${q.shortfall ? `；「${q.shortfall}」按扣了分理解` : ''}）`
      : q.score === 'above'
        ? '得分高于分值'
        : q.score === 'full'
          ? q.every
            ? '每条有分值的指标都拿了满分（得分达到分值）'
            : '得分达到分值（拿了满分，只算分值不为0的指标）'
          : '',
    ...(q.cells ?? []).map(cellText),
    q.belowTarget ? '实际完成值低于年度指标值（两格都能读成同一单位的数字才比，例如≥95%对93%）' : '',
  ]
    .filter(Boolean)
    .join('，');
  const joined = [
    ...(q.also ?? []).map((a) => `，且同一张表上「${a}」的指标也是如此`),
    q.perForm
      ? `，同一张表上这样的指标${OP_TEXT[q.perForm.op]}${q.perForm.value}条${['<', '<='].includes(q.perForm.op) || q.perForm.value < 1 ? '（一条也没有的表也算）' : ''}`
      : '',
  ].join('');
  const what = {
    rows: q.typical
      ? `${q.columns.map((c) => COLUMN[c][1]).join('')}一般写什么：各种写法各有几条（不计空格）`
      : '逐条列出',
    projects: q.absent
      ? '列出项目'
      : q.perFormTop
        ? `每个项目这样的指标条数${q.perFormTop.dir === 'desc' ? '最多' : '最少'}的${q.perFormTop.limit > 1 ? `${q.perFormTop.limit}个` : ''}项目（并列的一起列出${q.perFormTop.dir === 'asc' ? '；一条也没有的项目算 0 条' : ''}）`
        : q.perProject
          ? '每个项目这样的指标各有几条（没有这样指标的项目不列）'
          : '有这样指标的项目',
    countRows: q.perProjectMean ? '指标条数，平均每个项目几条' : '指标条数',
    countProjects: q.absent ? '项目数' : '有这样指标的项目数',
    topLost: '扣分（分值−得分）最多的指标',
    sumLost: '每个项目指标扣分（分值−得分）合计',
    sumColumn: q.bound
      ? `${COLUMN[q.sum ?? 'score'][1]}合计${OP_TEXT[q.bound.op]}${q.bound.value}分的项目`
      : `${COLUMN[q.sum ?? 'score'][1]}${q.mean ? '平均（合计÷指标条数）' : '合计'}`,
    topColumn: `${COLUMN[q.top?.column ?? 'score'][1]}${q.top?.dir === 'asc' ? '最低' : '最高'}的指标`,
    groupCount: `按${FIELDS[q.perGroup?.field ?? 'department'].label}分，各有几条${q.perGroup?.top ? `，只列条数${q.perGroup.top.dir === 'desc' ? '最多' : '最少'}的${q.perGroup.top.limit > 1 ? `${q.perGroup.top.limit}个` : ''}${FIELDS[q.perGroup.field].label}（并列的一起列出）` : ''}（「${q.perGroup?.word.replace(/^[的\s]+|[的\s]+$/gu, '')}」按${FIELDS[q.perGroup?.field ?? 'department'].label}分组）`,
    groupLevel: `按${levelName(q)}分，${q.groupBy?.kinds.length ? q.groupBy.kinds.map((k) => `「${k}」`).join('') : ''}${q.groupBy?.sum ? `各自${COLUMN[q.groupBy.sum][1]}合计` : '各有几条'}（${q.groupBy?.kinds.length ? `${levelName(q)}含这几个字的算一类` : `按表上写的${levelName(q)}`}${q.groupBy?.level === 2 ? '' : '；一级指标没填的按二级指标归类'}）`,
  }[q.output];
  return `查询（按指标行）：${scope ? `${scope}的项目中，` : ''}${row}${joined}；${what}`;
}

type RowNames = Awaited<ReturnType<typeof namesContaining>>;

/**
 * The rows the question's names stand for (its row name, the names it is within, the names also asked), or the reply
 * when a name no row carries at any level was said (a piece of a project's name, a word of the question taken for the
 * row's name): never answered as "0 rows", which would be a confident wrong figure.
 */
async function rowNamesOf(
  sql: SqlExecutor,
  q: RowQuestion,
  scope?: { viewer: Viewer; filters: Filter[] },
): Promise<{ within: RowNames[]; also: RowNames[]; named: RowNames | null } | { reply: Reply }> {
  const within = await Promise.all((q.within ?? []).map((w) => namesContaining(sql, w)));
  const also = await Promise.all((q.also ?? []).map((a) => namesContaining(sql, a)));
  let named = q.term ? await namesContaining(sql, q.term) : null;
  // 政法委群防群治补助经费 慰问品那条: a name some other project's row carries in full (慰问品) is, in the projects asked
  // about, the rows holding it (购买慰问品米、面、油) when none of theirs is named so exactly.
  if (named?.inFull && scope?.filters.length && !(await inScope(sql, named.ids, scope)))
    named = await namesContaining(sql, q.term!, false);
  if (named && kindUnder(q)) named.levelsOnly = true;
  const unknown = [
    ...(named && !named.ids.length ? [q.term!] : []),
    ...within.flatMap((w, i) => (w.ids.length ? [] : [q.within![i]!])),
    ...also.flatMap((a, i) => (a.ids.length ? [] : [q.also![i]!])),
  ];
  if (!unknown.length) return { within, also, named };
  return {
    reply: {
      text: `问题里的${unknown.map((t) => `「${t}」`).join('')}没有对上任何指标的名称（一级、二级、三级指标都没有），未作查询。请写出表上指标的名称，例如「满意度指标」「项目完成率这个指标」。`,
      unplaced: unknown,
    },
  };
}

/**
 * The row conditions as a condition of the form (the forms having such a row), for a question that ranks, groups or
 * adds up those forms (满意度那一行写着“未做”的项目里，哪个全年预算最大; 经济效益指标扣分的，按街道数一数各几个项目): the
 * ordinary executor answers it with this added (execute.ts `rows`). A reply instead when a name no row carries was
 * said, or the rows are asked of several names or counted per form (not a plain "has such a row").
 */
export async function rowsCondition(
  sql: SqlExecutor,
  q: RowQuestion,
): Promise<{ where: (params: unknown[]) => string; caption: string } | { reply: Reply }> {
  const names = await rowNamesOf(sql, q);
  if ('reply' in names) return names;
  const { within, also, named } = names;
  const where = (params: unknown[]) => {
    const rows = rowWhere(q, named, within, also, params);
    return `EXISTS (SELECT 1 FROM indicator_rows r ${rows ? `${rows} AND` : 'WHERE'} r.form_id = form_facts.form_id)`;
  };
  const caption = describeRows({ ...q, output: 'projects' }, [], named).replace(/；[^；]*$/u, '');
  return { where, caption };
}

export async function answerRows(
  sql: SqlExecutor,
  q: RowQuestion,
  filters: Filter[],
  viewer: Viewer,
  rowLimit: number,
): Promise<Reply> {
  const reply = await rowsReply(sql, q, filters, viewer, rowLimit);
  if (!q.belowTarget || reply.unplaced?.length) return reply;
  return { ...reply, text: `${reply.text ?? ''}${await notComparableNote(sql, q, filters, viewer)}` };
}

/**
 * 实际值比目标值低: the rows of the same question whose two cells cannot be compared as numbers of one unit (完成 against
 * ≥95%, 次 against 人, a cell left empty) — counted and said, never dropped silently nor taken as below. Counted as all
 * the question's rows less the comparable ones (few, a partial index of migration 054): over every form the first is
 * the kept counts of indicator_row_counts, never a walk over most of the rows.
 */
async function notComparableNote(sql: SqlExecutor, q: RowQuestion, filters: Filter[], viewer: Viewer) {
  const names = await rowNamesOf(sql, q);
  if ('reply' in names) return '';
  const { named, within, also } = names;
  const { belowTarget: _, ...rest } = q;
  const forms = formsSubquery(viewer, filters, 'form_id');
  const everyForm = viewer.isAdmin && filters.length === 0;
  const count = async (extra: string) => {
    const params = [...forms.params];
    const where = rowWhere(rest, named, within, also, params);
    const cond = `${where ? `${where}${extra ? ' AND' : ''}` : extra ? 'WHERE' : ''} ${extra}`;
    const { rows } = await sql.query<{ n: unknown }>(
      everyForm
        ? `SELECT count(*) AS n FROM indicator_rows r ${cond}`
        : `SELECT count(*) AS n FROM ${forms.sql} f JOIN indicator_rows r ON r.form_id = f.form_id ${cond}`,
      params,
    );
    return Number(rows[0]?.n ?? 0);
  };
  const onlyNamed = !rest.score && !rest.within?.length && !rest.also?.length && !rest.cells?.length;
  const all =
    everyForm && onlyNamed && rest.position === undefined && !rest.perForm
      ? await countRowsEverywhere(sql, named)
      : rowWhere(rest, named, within, also, []) === ''
        ? await countRowsOfForms(sql, viewer, filters)
        : await count('');
  const n = all - (await count('jixiao_row_below(r.target, r.actual) IS NOT NULL'));
  return n > 0
    ? `\n另有 ${n} 条指标的年度指标值和实际完成值不能按同一单位的数字比较（例如写的是「完成」「较好」，或单位不同、一格空着），没有算在内，也没有算作偏低。`
    : '';
}

/**
 * Every row of the forms in scope, counted as the facts count them (indicator_count: the form's real rows, as
 * indicator_rows holds them, migrations 005 and 034) — each form's own figure added up instead of its rows read.
 */
/** 效益指标平均每个项目几条: the rows counted, shared out over every project in scope (one with none counts 0). */
async function meanPerProjectReply(
  sql: SqlExecutor,
  forms: { sql: string; params: unknown[] },
  caption: string,
  rows: number,
): Promise<Reply> {
  const { rows: counted } = await sql.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${forms.sql} f`, [
    ...forms.params,
  ]);
  const projects = Number(counted[0]?.n ?? 0);
  if (!projects) return { title: '查询结果', text: `${caption}\n没有符合条件的项目，无从计算。` };
  const mean = Math.round((rows / projects) * 100) / 100;
  return {
    title: '查询结果',
    text: `${caption}\n指标条数：${rows}，项目数：${projects}（没有这样指标的项目算 0 条）\n平均每个项目：${rows} ÷ ${projects} ＝ ${mean} 条`,
    table: {
      columns: ['指标条数', '项目数', '平均每个项目条数'],
      rows: [[String(rows), String(projects), String(mean)]],
    },
  };
}

async function countRowsOfForms(sql: SqlExecutor, viewer: Viewer, filters: Filter[]): Promise<number> {
  const forms = formsSubquery(viewer, filters, 'indicator_count');
  const { rows } = await sql.query<{ n: unknown }>(
    `SELECT coalesce(sum(f.indicator_count), 0) AS n FROM ${forms.sql} f`,
    forms.params,
  );
  return Number(rows[0]?.n ?? 0);
}

async function rowsReply(
  sql: SqlExecutor,
  q: RowQuestion,
  filters: Filter[],
  viewer: Viewer,
  rowLimit: number,
): Promise<Reply> {
  const names = await rowNamesOf(sql, q, { viewer, filters });
  if ('reply' in names) return names.reply;
  const { within, also, named } = names;
  const forms = formsSubquery(
    viewer,
    filters,
    `form_id, project_name, project_key, department, year${q.perGroup ? ', dept_key, implementing_unit' : ''}`,
  );
  const caption = describeRows(q, filters, named);
  if (q.absent && named) {
    const present = q.present ? await namesContaining(sql, q.present) : null;
    if (present && !present.ids.length)
      return { text: `问题里的「${q.present}」没有对上任何指标的名称，未作查询。`, unplaced: [q.present!] };
    return answerAbsent(sql, q, named, forms, caption, rowLimit, present);
  }
  // The rows of the forms in scope that meet the row conditions; each statement gets its own parameters.
  const rowsIn = (params: unknown[]) => {
    const where = rowWhere(q, named, within, also, params);
    return `${forms.sql} f JOIN indicator_rows r ON r.form_id = f.form_id ${where}`;
  };
  // Named rows with no score condition: the forms having one are found by the names of each form (indicator_forms),
  // without reading their rows. A score condition (扣了分) reads the few rows that lost points instead.
  const onlyNamed =
    !q.score &&
    !q.within?.length &&
    !q.also?.length &&
    !q.cells?.length &&
    q.position === undefined &&
    !q.perForm &&
    !q.belowTarget;
  // Rows of two names on one form, or every row of a form, say which forms: the rows themselves are not listed.
  if ((q.also?.length || q.every) && !['projects', 'countProjects'].includes(q.output))
    return {
      text: `${caption}\n这样的问法说的是哪些项目（同一张表上几条指标一起看），不能逐条列出或合计指标，未作查询。请问「……的项目有哪些」或「……的项目有几个」。`,
    };
  const byNames = named && onlyNamed ? named.ids : null;
  const everyForm = viewer.isAdmin && filters.length === 0;
  if (q.output === 'groupLevel') return countPerLevel(sql, q, rowsIn, [...forms.params], caption);
  const kind = storedKind(q, named);
  if (q.output === 'groupCount' && q.perGroup) {
    const counted = kind
      ? kindGroupCounts(kind, forms, filters, viewer.isAdmin)
      : { params: [...forms.params], from: rowsIn, rows: 'count(*)', forms: 'count(DISTINCT f.form_id)' };
    return countPerGroup(sql, q.perGroup, counted, caption, rowLimit);
  }
  if (q.perFormTop)
    return answerPerFormTop(sql, q.perFormTop, rowsIn, forms, { named, kind, everyForm }, caption, rowLimit);
  if (q.typical && q.columns.length === 1) {
    const values = kind && everyForm ? kindValuesSql(kind, q.columns[0]!) : null;
    // A scope of some forms (a department's): each form's rows looked up by its key (OFFSET 0 keeps it so), not the
    // whole table read and hashed against them, as the planner chose (0.2–0.4 s at 100 000 forms).
    const rowsOf = (params: unknown[]) =>
      `${forms.sql} f CROSS JOIN LATERAL (SELECT r.* FROM indicator_rows r ${rowWhere(q, named, within, also, params) || 'WHERE true'} AND r.form_id = f.form_id OFFSET 0) r`;
    return answerTypical(
      sql,
      q.columns[0]!,
      values ?? valuesOverRows(q.columns[0]!, everyForm ? rowsIn : rowsOf),
      [...forms.params],
      caption,
      rowLimit,
    );
  }
  if (q.perForm)
    return answerPerForm(sql, q, q.perForm, rowsIn, { forms, named, within, also }, caption, rowLimit);
  if (q.output === 'countRows' || q.output === 'countProjects') {
    const params = [...forms.params];
    const n =
      q.output === 'countProjects' && byNames
        ? await countFormsNamed(sql, forms, everyForm, byNames)
        : q.output === 'countRows' && everyForm && onlyNamed
          ? await countRowsEverywhere(sql, named)
          : Number(
              (
                await sql.query<{ n: unknown }>(
                  everyForm
                    ? // Every form in scope: the rows alone (each stored form has its facts row), without joining
                      // 100 000 facts rows to the few thousand rows that lost points.
                      `SELECT ${q.output === 'countRows' ? 'count(*)' : 'count(DISTINCT r.form_id)'} AS n
                         FROM indicator_rows r ${rowWhere(q, named, within, also, params)}`
                    : `SELECT ${q.output === 'countRows' ? 'count(*)' : 'count(DISTINCT f.form_id)'} AS n FROM ${rowsIn(params)}`,
                  params,
                )
              ).rows[0]?.n ?? 0,
            );
    const label = q.output === 'countRows' ? '指标条数' : '项目数';
    if (q.perProjectMean) return meanPerProjectReply(sql, forms, caption, n);
    return {
      title: '查询结果',
      text: `${caption}\n${label}：${n}`,
      table: { columns: [label], rows: [[String(n)]] },
    };
  }
  if (q.output === 'sumLost') {
    // 一共扣了几分: the points each form lost on its rows, added up (a form that lost none is not listed)
    const params = [...forms.params];
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT min(f.project_name) AS p, min(f.department) AS d, min(f.year) AS y,
              round(sum(r.weight - r.score)::numeric, 2)::double precision AS n, count(*) AS k
         FROM ${rowsIn(params)} GROUP BY f.form_id ORDER BY min(f.project_key), f.form_id LIMIT ${ROW_CAP + 1}`,
      params,
    );
    const reply = tableReply(
      caption,
      ['项目名称', '主管部门', '年度', '指标扣分合计', '扣分的指标条数'],
      rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), cell(r.n), cell(r.k)]),
      rowLimit,
      '项',
    );
    if (rows.length === 0) reply.text = `${caption}\n没有扣分的指标（扣分合计 0 分）。`;
    else if (rows.length === 1)
      reply.text = `${reply.text}\n「${cell(rows[0]!.p)}」的指标一共扣了 ${cell(rows[0]!.n)} 分。`;
    else {
      // 河门口的指标一共扣了多少分: the points of every project added up too, not only each one's
      const all = [...forms.params];
      const { rows: total } = await sql.query<Record<string, unknown>>(
        `SELECT round(sum(r.weight - r.score)::numeric, 2)::double precision AS n, count(DISTINCT f.form_id) AS k
           FROM ${rowsIn(all)}`,
        all,
      );
      reply.text = `${reply.text}\n这 ${cell(total[0]?.k)} 个项目的指标一共扣了 ${cell(total[0]?.n)} 分。`;
    }
    return reply;
  }
  if (q.output === 'sumColumn') {
    // 效益指标得分一共多少 / 统计所经费的指标分值加起来: the column added up over the rows, with each project's part
    const params = [...forms.params];
    const column = COLUMN[q.sum ?? 'score'];
    // 分值加起来不到50分的项目: the forms whose sum meets the bound, listed with it
    let having = '';
    if (q.bound) {
      params.push(q.bound.value);
      having = ` HAVING round(sum(${column[0]})::numeric, 2)::double precision ${q.bound.op} $${params.length}::double precision`;
    }
    if (kind && !q.bound)
      return sumOfKind(sql, q.sum ?? 'score', kind, forms, everyForm, caption, rowLimit, q.mean);
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT min(f.project_name) AS p, min(f.department) AS d, min(f.year) AS y,
              round(sum(${column[0]})::numeric, 2)::double precision AS n, count(*) AS k
         FROM ${rowsIn(params)} GROUP BY f.form_id${having} ORDER BY min(f.project_key), f.form_id`,
      params,
    );
    if (q.bound)
      return tableReply(
        caption,
        ['项目名称', '主管部门', '年度', `${column[1]}合计`, '指标条数'],
        rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), cell(r.n), cell(r.k)]),
        rowLimit,
        '项',
      );
    if (rows.length === 0) return { title: '查询结果', text: `${caption}\n没有符合条件的指标。` };
    const total = Math.round(rows.reduce((s, r) => s + Number(r.n ?? 0), 0) * 100) / 100;
    const count = rows.reduce((s, r) => s + Number(r.k ?? 0), 0);
    const reply = tableReply(
      caption,
      ['项目名称', '主管部门', '年度', `${column[1]}合计`, '指标条数'],
      rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), cell(r.n), cell(r.k)]),
      rowLimit,
      '项',
    );
    reply.text = `${caption}\n${rows.length === 1 ? `「${cell(rows[0]!.p)}」` : `${rows.length} 个项目`}的 ${count} 条指标${column[1]}合计 ${total} 分${meanSaid(q.mean, total, count)}。`;
    return reply;
  }
  if (q.output === 'projects') {
    const params = [...forms.params];
    let sqlText: string;
    let known = false;
    if (byNames) {
      const matched = `(SELECT count(*) FROM indicator_rows r ${rowWhere(q, named, within, also, params)} AND r.form_id = f.form_id)`;
      params.push(byNames);
      const ids = `$${params.length}::integer[]`;
      // A name on few forms: those forms, from the index. Else the forms in scope in the listing's order, each
      // looked up, until enough are found.
      const n = everyForm ? await countFormsNamed(sql, forms, true, byNames, WALK_FROM + 1) : null;
      const few = n !== null && n <= WALK_FROM;
      // More than ROW_CAP forms: the answer says 超过 1000 项 and shows the first rowLimit, the only ones read (each
      // with its rows counted) — the walk in the listing's order stops 50 times sooner. A department's forms are
      // read and sorted whole anyway (2 000 at 100 000 forms): counting them first cost more than it saved.
      known = n !== null && n > ROW_CAP;
      sqlText = everyForm
        ? `SELECT f.project_name AS p, f.department AS d, f.year AS y, ${matched} AS n
           FROM ${few ? `indicator_forms i JOIN form_facts f ON f.form_id = i.form_id WHERE i.names && ${ids}` : `${forms.sql} f WHERE ${hasNames(ids)}`}
          ORDER BY f.project_key, f.form_id`
        : // Some forms (a department's, most having the name): each project's rows are counted only for the projects
          // the reply shows, not for the up to ROW_CAP listed only to be counted (half the statement on PGlite).
          `SELECT f.p, f.d, f.y, CASE WHEN f.pos <= ${param(params, rowLimit)} THEN ${matched} END AS n
             FROM (SELECT f.form_id, f.project_name AS p, f.department AS d, f.year AS y,
                          row_number() OVER (ORDER BY f.project_key, f.form_id) AS pos
                     FROM ${forms.sql} f WHERE ${hasNames(ids)}) f
            ORDER BY f.pos`;
    } else if (everyForm) {
      // Every form in scope: the rows counted per form first, then each form looked up by its key (OFFSET 0 keeps
      // the lookup apart). Joined as one, the planner guessed tens of thousands of rows for a few thousand and read
      // all 100 000 facts rows into a hash (350–900 ms on PostgreSQL).
      sqlText = `SELECT f.project_name AS p, f.department AS d, f.year AS y, m.n
           FROM (SELECT r.form_id, count(*) AS n FROM indicator_rows r ${rowWhere(q, named, within, also, params)}
                  GROUP BY r.form_id) m
           CROSS JOIN LATERAL (SELECT * FROM ${forms.sql} f WHERE f.form_id = m.form_id OFFSET 0) f
          ORDER BY f.project_key, f.form_id`;
    } else {
      sqlText = `SELECT min(f.project_name) AS p, min(f.department) AS d, min(f.year) AS y, count(*) AS n
           FROM ${rowsIn(params)} GROUP BY f.form_id ORDER BY min(f.project_key), f.form_id`;
    }
    params.push(known ? Math.max(1, Math.min(rowLimit, ROW_CAP)) : ROW_CAP + 1);
    const { rows } = await sql.query<Record<string, unknown>>(`${sqlText} LIMIT $${params.length}`, params);
    return tableReply(
      caption,
      ['项目名称', '主管部门', '年度', '符合的指标条数'],
      rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), cell(r.n)]),
      rowLimit,
      '项',
      known,
    );
  }
  const columns = q.columns.length ? q.columns : DEFAULT_COLUMNS;
  const shown =
    q.output === 'topLost' && !columns.includes('lost')
      ? [...columns, 'lost' as const]
      : q.top && !columns.includes(q.top.column)
        ? [...columns, q.top.column]
        : columns;
  const select = `SELECT f.project_name AS p, f.department AS d, f.year AS y, r.level1 AS l1, r.level2 AS l2, r.name AS l3,
            ${shown.map((c, i) => `${COLUMN[c][0]} AS c${i}`).join(', ')}`;
  const params = [...forms.params];
  // 哪条得分最低: the rows at the top of the column among those in scope, ties kept (at most ROW_CAP + 1)
  const topColumn = q.top
    ? `SELECT * FROM (${select}, f.project_key AS k, r.form_id AS fid, r.n AS rn FROM ${rowsIn(params)}
         ${/WHERE/.test(rowWhere(q, named, within, also, [])) ? 'AND' : 'WHERE'} r.${q.top.column} IS NOT NULL
         ORDER BY r.${q.top.column} ${q.top.dir.toUpperCase()} FETCH FIRST 1 ROWS WITH TIES) t
       ORDER BY t.k, t.fid, t.rn LIMIT ${ROW_CAP + 1}`
    : null;
  const counted =
    everyForm && !topColumn && q.output !== 'topLost'
      ? await scoredRowsCount(sql, q, named, within, also)
      : null;
  const few = counted !== null && counted <= FEW_SCORED;
  // More than ROW_CAP rows: the answer shows the first rowLimit of them and says 超过 1000 条 — only those are read
  // (the walk in the listing's order stops 50 times sooner).
  const known = counted !== null && counted > ROW_CAP;
  const take = known ? Math.max(1, Math.min(rowLimit, ROW_CAP)) : ROW_CAP + 1;
  const { rows } = await sql.query<Record<string, unknown>>(
    topColumn ??
      (q.output === 'topLost'
        ? topLostSql(select, forms.sql, rowWhere(q, named, within, also, params), everyForm)
        : few && q.belowTarget
          ? // 实际值比目标值低: the planner cannot estimate jixiao_row_below (it guessed 270 000 rows for 4 736 at
            // 100 000 forms) and walked the forms in the listing's order until enough; the few rows are read from
            // their partial index (migration 054) and each one's form looked up by key (OFFSET 0 keeps both so)
            `${select} FROM (SELECT r.* FROM indicator_rows r ${rowWhere(q, named, within, also, params)} OFFSET 0) r
               CROSS JOIN LATERAL (SELECT * FROM ${forms.sql} f WHERE f.form_id = r.form_id OFFSET 0) f
              ORDER BY f.project_key, f.form_id, r.n LIMIT ${take}`
          : few
            ? // the rows in order from their keys and their forms' names, and only the first `take` read whole (the
              // others were looked up a second time for columns no one was shown); few ⇒ every form, no parameter
              `${select} FROM (SELECT hit.form_id, hit.n FROM (SELECT r.form_id, r.n FROM indicator_rows r ${rowWhere(q, named, within, also, params)} OFFSET 0) hit
                 JOIN ${forms.sql} f ON f.form_id = hit.form_id
                ORDER BY f.project_key, f.form_id, hit.n LIMIT ${take}) top
               JOIN indicator_rows r ON r.form_id = top.form_id AND r.n = top.n
               JOIN ${forms.sql} f ON f.form_id = r.form_id
              ORDER BY f.project_key, f.form_id, r.n`
            : `${select} FROM ${rowsIn(params)} ORDER BY f.project_key, f.form_id, r.n LIMIT ${take}`),
    params,
  );
  const table = rows.map((r) => [
    cell(r.p),
    cell(r.d),
    cell(r.y),
    cell(r.l1),
    cell(r.l2),
    cell(r.l3),
    ...shown.map((_, i) => cell(r[`c${i}`])),
  ]);
  const labels = [
    '项目名称',
    '主管部门',
    '年度',
    '一级指标',
    '二级指标',
    '三级指标',
    ...shown.map((c) => COLUMN[c][1]),
  ];
  const reply = tableReply(caption, labels, table, rowLimit, '条', known);
  // 一条最多给到几分: the value at the end said in the text, not only as a column of the rows tied there
  if (q.top && table.length > 0) {
    const at = shown.indexOf(q.top.column);
    const value = table[0]![6 + at];
    if (value !== null && value !== undefined)
      reply.text = `${reply.text}\n${COLUMN[q.top.column][1]}${q.top.dir === 'asc' ? '最低' : '最高'}为 ${value}${table.length > 1 ? `（${table.length} 条并列）` : ''}。`;
  }
  // 扣分最多的一条扣了几分: the most lost said in the text, not only as a column of the rows tied there
  if (q.output === 'topLost' && table.length > 0) {
    const value = table[0]![6 + shown.indexOf('lost')];
    if (value !== null && value !== undefined)
      reply.text = `${reply.text}\n单条指标扣分最多为 ${value} 分${table.length > 1 ? `（${table.length} 条并列）` : ''}。`;
  }
  // One row or a few of one project: said in the text too (X的年度指标值是多少).
  if (!known && table.length > 0 && table.length <= 3 && new Set(table.map((r) => r[0])).size === 1) {
    const lines = table.map(
      (r) =>
        `「${r[0]}」的指标「${r[5] ?? ''}」：${shown.map((c, i) => `${COLUMN[c][1]} ${r[6 + i] ?? '（未填）'}`).join('，')}`,
    );
    reply.text = `${reply.text}\n${lines.join('\n')}`;
  }
  return reply;
}

/** Above this many rows that lost points (or scored above) in the whole store, a listing walks the forms instead. */
const FEW_SCORED = 5 * ROW_CAP;

/**
 * How many rows are listed over every form (up to FEW_SCORED + 1; null: not counted), rows of a score condition (扣了分 / 没达标, 得分高于分值) read from
 * the partial indexes of migration 014 with the columns tested on them, counted no further than FEW_SCORED. Then they
 * are read first and joined to their forms: walking every form in the listing's order and looking up each one's rows,
 * as the planner otherwise does, read all 100 000 forms when none or few of them match (时效指标没达标的: 0 rows,
 * 0.5–1 s on PostgreSQL). Many such rows (扣了分的指标) are found soon by that walk, which is kept for them, and for a
 * department's few thousand forms, which it walks in less time than the count takes. Beyond ROW_CAP the answer says
 * 超过 1000 条 and shows the first rows: only those are read then.
 */
async function scoredRowsCount(
  sql: SqlExecutor,
  q: RowQuestion,
  named: Named | null,
  within: Named[],
  also: Named[],
): Promise<number | null> {
  if (q.score !== 'lost' && q.score !== 'above' && !q.belowTarget) return null;
  const params: unknown[] = [];
  const { rows } = await sql.query<{ n: unknown }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM indicator_rows r ${rowWhere(q, named, within, also, params)}
       LIMIT ${FEW_SCORED + 1}) c`,
    params,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * The row(s) that lost most among the forms in scope, ties in the form's order, at most ROW_CAP + 1 of them (the
 * answer then says 超过 1000 条). Over every form: the largest loss is the first entry of indicator_rows_top_lost read
 * backwards, and its ties are read from the same index in (form_id, n) order until enough (migration 036; fetching
 * all 14 000 ties of the corpus's largest loss at 100 000 forms took 0.7 s). Over some forms (a department, a year)
 * the portfolio's top may lie far from theirs, and walking the losses in order until one of their forms came up read
 * most of the index (3.7 s for a department): the rows that lost points are few (a few in a hundred) and held with
 * the columns tested on them by indicator_rows_lost_by_form (migration 035), so they are read from it (OFFSET 0 keeps
 * the planner from walking instead) and joined to the forms in scope. Only the rows listed are then read whole.
 */
function topLostSql(select: string, forms: string, where: string, everyForm: boolean): string {
  const top = everyForm
    ? `SELECT r.form_id, r.n FROM indicator_rows r ${where}
          AND r.weight - r.score = (SELECT max(r.weight - r.score) FROM indicator_rows r ${where})
        ORDER BY r.form_id, r.n LIMIT ${ROW_CAP + 1}`
    : `SELECT t.form_id, t.n FROM (
         SELECT r.form_id, r.n FROM (SELECT form_id, n, weight, score FROM indicator_rows r ${where} OFFSET 0) r
           JOIN ${forms} f ON f.form_id = r.form_id
          ORDER BY r.weight - r.score DESC FETCH FIRST 1 ROWS WITH TIES) t
        ORDER BY t.form_id, t.n LIMIT ${ROW_CAP + 1}`;
  return `WITH top AS (${top})
    ${select}
      FROM top JOIN indicator_rows r ON r.form_id = top.form_id AND r.n = top.n
      JOIN form_facts f ON f.form_id = r.form_id
     ORDER BY f.project_key, r.form_id, r.n`;
}

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' || typeof v === 'string' ? v : String(v);
}

function tableReply(
  caption: string,
  columns: string[],
  rows: Cell[][],
  rowLimit: number,
  unit: '条' | '项' | '组',
  /** More than ROW_CAP are known to be there (counted before), and only the rows shown were read. */
  known = false,
): Reply {
  const capped = known || rows.length > ROW_CAP;
  const all = capped ? rows.slice(0, ROW_CAP) : rows;
  const shown = all.slice(0, rowLimit).map((r) => r.map((c) => (c === null ? '' : String(c))));
  const more = capped
    ? `超过 ${ROW_CAP} ${unit}，这里显示前 ${shown.length} ${unit}；要精确数目请问「……有几${unit === '条' ? '条' : '个'}」。`
    : all.length > shown.length
      ? `共 ${all.length} ${unit}，这里显示前 ${shown.length} ${unit}。`
      : `共 ${all.length} ${unit}。`;
  return {
    title: '查询结果',
    text: `${caption}\n${all.length === 0 ? (unit === '条' ? '没有符合条件的指标。' : '没有符合条件的项目。') : more}`,
    ...(all.length === 0 ? {} : { table: { columns, rows: shown } }),
  };
}

/**
 * 质量指标一共占多少分值: a column of a kind's rows added up, with each project's part — from the sums kept per form and
 * kind and their totals per kind (migration 060) instead of every row of the kind grouped by form (~116 000 rows and
 * 99 000 per-form sums sent back, 4–5 s at 100 000 forms). Over every form the totals are one row and the first
 * projects listed are found walking the forms in the listing's order (each form's sums looked up by key; a kind on
 * few forms is read from its own index instead); over some forms (a department's) each form's sums are looked up.
 */
async function sumOfKind(
  sql: SqlExecutor,
  sum: 'weight' | 'score' | 'lost',
  kind: string,
  forms: { sql: string; params: unknown[] },
  everyForm: boolean,
  caption: string,
  rowLimit: number,
  mean?: true,
): Promise<Reply> {
  const label = COLUMN[sum][1];
  const kept = `${sum}_sum`;
  const cols = `f.project_name AS p, f.department AS d, f.year AS y,
                round(c.${kept}::numeric, 2)::double precision AS n, c.row_count AS k`;
  const shown = Math.min(rowLimit, ROW_CAP);
  let total: { forms: number; rows: number; sum: number };
  let rows: Record<string, unknown>[];
  if (everyForm) {
    const { rows: kinds } = await sql.query<Record<string, unknown>>(
      `SELECT forms, row_count, ${sum} AS s FROM indicator_kind_totals WHERE kind = $1`,
      [kind],
    );
    total = {
      forms: Number(kinds[0]?.forms ?? 0),
      rows: Number(kinds[0]?.row_count ?? 0),
      sum: Number(kinds[0]?.s ?? 0),
    };
    if (total.forms === 0) return { title: '查询结果', text: `${caption}\n没有符合条件的指标。` };
    const params = [...forms.params];
    const k = param(params, kind);
    ({ rows } = await sql.query<Record<string, unknown>>(
      total.forms <= WALK_FROM
        ? `SELECT ${cols} FROM indicator_form_kinds c JOIN ${forms.sql} f ON f.form_id = c.form_id
            WHERE c.kind = ${k} ORDER BY f.project_key, f.form_id LIMIT ${shown}`
        : `SELECT ${cols} FROM ${forms.sql} f
             CROSS JOIN LATERAL (SELECT c.row_count, c.${kept} FROM indicator_form_kinds c
                                  WHERE c.form_id = f.form_id AND c.kind = ${k} OFFSET 0) c
            ORDER BY f.project_key, f.form_id LIMIT ${shown}`,
      params,
    ));
  } else {
    // Some forms (a department's): the totals and the first projects in one pass over them, each form's kept sums
    // looked up by its key once (two statements read the department's forms and their lookups twice). The key is
    // (form_id, kind): one row at most, said so (LIMIT 1) — without statistics on the table (PGlite never gathers
    // them after it is first filled) the planner took each lookup for 18 rows and PostgreSQL compiled the statement
    // (JIT, 10–16 ms).
    const params = [...forms.params];
    ({ rows } = await sql.query<Record<string, unknown>>(
      `SELECT ${cols}, count(*) OVER () AS all_forms, coalesce(sum(c.row_count) OVER (), 0) AS all_rows,
              coalesce(sum(round(c.${kept}::numeric, 2)) OVER (), 0) AS all_sum
         FROM ${forms.sql} f CROSS JOIN LATERAL (SELECT c.row_count, c.${kept} FROM indicator_form_kinds c
                                                  WHERE c.form_id = f.form_id AND c.kind = ${param(params, kind)} LIMIT 1) c
        ORDER BY f.project_key, f.form_id LIMIT ${Math.max(shown, 1)}`,
      params,
    ));
    total = {
      forms: Number(rows[0]?.all_forms ?? 0),
      rows: Number(rows[0]?.all_rows ?? 0),
      sum: Number(rows[0]?.all_sum ?? 0),
    };
    rows = rows.slice(0, shown);
    if (total.forms === 0) return { title: '查询结果', text: `${caption}\n没有符合条件的指标。` };
  }
  const reply = tableReply(
    caption,
    ['项目名称', '主管部门', '年度', `${label}合计`, '指标条数'],
    rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), cell(r.n), cell(r.k)]),
    rowLimit,
    '项',
  );
  const sumText = Math.round(total.sum * 100) / 100;
  reply.text = `${caption}\n${total.forms === 1 ? `「${cell(rows[0]!.p)}」` : `${total.forms} 个项目`}的 ${total.rows} 条指标${label}合计 ${sumText} 分${meanSaid(mean, total.sum, total.rows)}。`;
  return reply;
}

/** 效益指标平均得分: the mean per row, said after the sum it comes from. */
const meanSaid = (mean: true | undefined, sum: number, rows: number) =>
  mean && rows > 0 ? `，平均每条 ${Math.round((sum / rows) * 100) / 100} 分` : '';

/** 满意度指标写了两条或者更多的项目: the forms in scope whose rows meeting the conditions number so many. */
async function answerPerForm(
  sql: SqlExecutor,
  q: RowQuestion,
  perForm: { op: string; value: number },
  rowsIn: (params: unknown[]) => string,
  at: { forms: { sql: string; params: unknown[] }; named: Named | null; within: Named[]; also: Named[] },
  caption: string,
  rowLimit: number,
): Promise<Reply> {
  const { forms, named, within, also } = at;
  const params = [...forms.params];
  const admitsNone = ['<', '<=', '='].includes(perForm.op) && perForm.value < 1;
  const takesNone = admitsNone || perForm.op === '<' || perForm.op === '<=';
  let per: string;
  if (takesNone) {
    // 少于2条: a form with none of those rows has fewer too — each form in scope counted, its rows looked up by key
    const where = rowWhere(q, named, within, also, params);
    params.push(perForm.value);
    per = `SELECT f.project_name AS p, f.department AS d, f.year AS y, f.project_key AS k, f.form_id AS fid, c.n
             FROM ${forms.sql} f CROSS JOIN LATERAL (SELECT count(*) AS n FROM indicator_rows r
                  ${where ? `${where} AND` : 'WHERE'} r.form_id = f.form_id) c
            WHERE c.n ${perForm.op} $${params.length}::integer`;
  } else {
    const rowsSql = rowsIn(params);
    params.push(perForm.value);
    per = `SELECT min(f.project_name) AS p, min(f.department) AS d, min(f.year) AS y, min(f.project_key) AS k,
                  f.form_id AS fid, count(*) AS n
             FROM ${rowsSql} GROUP BY f.form_id HAVING count(*) ${perForm.op} $${params.length}::integer`;
  }
  if (q.output === 'countProjects') {
    const { rows } = await sql.query<{ n: unknown }>(`SELECT count(*) AS n FROM (${per}) c`, params);
    return projectCountReply(caption, Number(rows[0]?.n ?? 0));
  }
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT * FROM (${per}) c ORDER BY c.k, c.fid LIMIT ${ROW_CAP + 1}`,
    params,
  );
  return tableReply(
    caption,
    ['项目名称', '主管部门', '年度', '符合的指标条数'],
    rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), cell(r.n)]),
    rowLimit,
    '项',
  );
}

/**
 * 偏差原因里一般都写的啥 / 满意度指标的目标值一般设多少: the values of the one column asked over the rows in scope, the
 * most frequent first (spaces aside), with how many rows say each — counted in SQL over every such row, not over the
 * first rows listed.
 */
async function answerTypical(
  sql: SqlExecutor,
  column: RowColumn,
  valuesSql: (params: unknown[]) => string,
  params: unknown[],
  caption: string,
  rowLimit: number,
): Promise<Reply> {
  const { rows } = await sql.query<{ v: string | null; n: unknown }>(valuesSql(params), params);
  const label = COLUMN[column][1];
  if (!rows.length) return { title: '查询结果', text: `${caption}\n没有符合条件的指标。` };
  const sorted: Cell[][] = rows.map((r) => [r.v === null || r.v === '' ? '（未填）' : r.v, Number(r.n)]);
  const total = sorted.reduce((t, r) => t + Number(r[1]), 0);
  const top = sorted.slice(0, 5);
  return {
    ...tableReply(caption, [label, '条数'], sorted, rowLimit, '条'),
    text: `${caption}\n共 ${total} 条指标，${label}写的是：${top.map(([v, n]) => `「${v}」${n} 条`).join('，')}${sorted.length > top.length ? `，另有 ${sorted.length - top.length} 种` : ''}。`,
  };
}

/** The values of a column over these rows as answerTypical lists them (v, n): most rows first, then by value. */
const valuesOverRows =
  (column: RowColumn, rowsIn: (params: unknown[]) => string) =>
  (params: unknown[]): string =>
    `SELECT regexp_replace((${COLUMN[column][0]})::text, '\\s+', '', 'g') AS v, count(*) AS n FROM ${rowsIn(params)}
      GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${ROW_CAP + 1}`;

/** The same over every form's rows of a kind, from the counts kept per value (migration 053): an empty cell is the
 * NULL the grouping gives, listed after the values with as many rows. */
const kindValuesSql =
  (kind: string, column: RowColumn) =>
  (params: unknown[]): string => {
    params.push(kind, column);
    return `SELECT CASE WHEN filled THEN value END AS v, row_count AS n FROM indicator_kind_values
             WHERE kind = $${params.length - 1} AND col = $${params.length} AND row_count > 0
             ORDER BY row_count DESC, NOT filled, value LIMIT ${ROW_CAP + 1}`;
  };

/**
 * 哪个项目的产出指标最多 / 效益指标最少的三个项目: the forms in scope ranked by how many such rows each has, ties at the
 * last place all listed. The fewest is 0 where some form in scope has none: those come first (found as answerAbsent
 * finds them), then the forms having the rows, fewest first, for the places left.
 */
async function answerPerFormTop(
  sql: SqlExecutor,
  top: { dir: 'desc' | 'asc'; limit: number },
  rowsIn: (params: unknown[]) => string,
  forms: { sql: string; params: unknown[] },
  rows: { named: Named | null; kind: string | null; everyForm: boolean },
  caption: string,
  rowLimit: number,
): Promise<Reply> {
  const { named, kind, everyForm } = rows;
  const columns = ['项目名称', '主管部门', '年度', '符合的指标条数'];
  const found: Cell[][] = [];
  if (top.dir === 'asc' && named) {
    const params = [...forms.params];
    // a kind's forms are those with a count kept for it (migration 053), found by key (each form of a department
    // looked up: OFFSET 0 keeps the planner from hashing every form's count of the kind)
    const having = kind
      ? `SELECT 1 FROM indicator_form_kinds c WHERE c.kind = ${param(params, kind)} AND c.form_id = f.form_id${everyForm ? '' : ' OFFSET 0'}`
      : `SELECT 1 FROM indicator_rows r WHERE r.form_id = f.form_id AND ${namedWhere(named, params)}`;
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT f.project_name AS p, f.department AS d, f.year AS y FROM ${forms.sql} f
        WHERE NOT EXISTS (${having})
        ORDER BY f.project_key, f.form_id LIMIT ${ROW_CAP + 1}`,
      params,
    );
    found.push(...rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), 0]));
  }
  if (found.length < top.limit) {
    const params = [...forms.params];
    const dir = top.dir === 'desc' ? 'DESC' : 'ASC';
    // A kind: the counts kept per form (migration 053), read in rank order from their index; counting every row of
    // the kind per form took 0.7 s over 100 000 forms. Else the rows counted per form.
    // Over some forms (a department's), each form's count is looked up by its key (OFFSET 0 keeps it so): walking
    // the kind's counts in rank order until enough of them were the department's tested each against all its forms.
    const counts = (k: string) =>
      everyForm
        ? `indicator_form_kinds c JOIN ${forms.sql} f ON f.form_id = c.form_id WHERE c.kind = ${k}`
        : `${forms.sql} f CROSS JOIN LATERAL (SELECT c.row_count FROM indicator_form_kinds c
                                               WHERE c.form_id = f.form_id AND c.kind = ${k} OFFSET 0) c`;
    const perForm = kind
      ? `SELECT f.project_name AS p, f.department AS d, f.year AS y, f.project_key AS k, f.form_id AS fid,
                c.row_count::bigint AS n
           FROM ${counts(param(params, kind))}
          ORDER BY c.row_count ${dir}`
      : `SELECT min(f.project_name) AS p, min(f.department) AS d, min(f.year) AS y,
                min(f.project_key) AS k, f.form_id AS fid, count(*) AS n
           FROM ${rowsIn(params)} GROUP BY f.form_id
          ORDER BY count(*) ${dir}`;
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT * FROM (${perForm} FETCH FIRST ${top.limit - found.length} ROWS WITH TIES) t
        ORDER BY t.n ${dir}, t.k, t.fid LIMIT ${ROW_CAP + 1}`,
      params,
    );
    found.push(...rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), cell(r.n)]));
  }
  const reply = tableReply(caption, columns, found, rowLimit, '项');
  if (found.length) {
    const end = found[Math.min(top.limit, found.length) - 1]![3];
    const tied = found.filter((r) => r[3] === end).length;
    reply.text = `${reply.text}\n${top.limit > 1 ? `第 ${Math.min(top.limit, found.length)} 名` : top.dir === 'desc' ? '最多的' : '最少的'}有 ${end} 条${tied > 1 ? `（${tied} 个项目并列）` : ''}。`;
  }
  return reply;
}

/** A number of projects as the reply: the caption, then the count, also as a one-cell table. */
function projectCountReply(caption: string, n: number): Reply {
  return {
    title: '查询结果',
    text: `${caption}\n项目数：${n}`,
    table: { columns: ['项目数'], rows: [[String(n)]] },
  };
}

/** 没有社会效益指标的表: the forms in scope with no row named so (a form with no rows at all lacks it too). */
async function answerAbsent(
  sql: SqlExecutor,
  q: RowQuestion,
  named: Named,
  forms: { sql: string; params: unknown[] },
  caption: string,
  rowLimit: number,
  present: Named | null = null,
): Promise<Reply> {
  const params = [...forms.params];
  // 有数量指标、却没有质量指标: the forms having the one kind, among those lacking the other
  const having = present
    ? ` AND EXISTS (SELECT 1 FROM indicator_rows h WHERE h.form_id = f.form_id AND ${namedWhere(present, params, 'h')})`
    : '';
  const lacking = `${forms.sql} f WHERE NOT EXISTS (SELECT 1 FROM indicator_rows r WHERE r.form_id = f.form_id AND ${namedWhere(named, params)})${having}`;
  if (q.output === 'countProjects') {
    const { rows } = await sql.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${lacking}`, params);
    return projectCountReply(caption, Number(rows[0]?.n ?? 0));
  }
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT f.project_name AS p, f.department AS d, f.year AS y FROM ${lacking}
      ORDER BY f.project_key, f.form_id LIMIT ${ROW_CAP + 1}`,
    params,
  );
  return tableReply(
    caption,
    ['项目名称', '主管部门', '年度'],
    rows.map((r) => [cell(r.p), cell(r.d), cell(r.y)]),
    rowLimit,
    '项',
  );
}
