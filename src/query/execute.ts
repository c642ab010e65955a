import { reportingYear } from '../remind/calendar.ts';
import type { SqlExecutor } from '../store/sql.ts';
import { fieldsSql, partOfFieldSql } from './field-pairs.ts';
import {
  FIELDS,
  type FieldId,
  GRADE_FLOOR,
  type GroupField,
  type NameField,
  type TextCell,
  unitOf,
} from './fields.ts';
import { PROBLEM_WORDS } from './problem-words.ts';
import { type Filter, type LeafFilter, leaves, type Measure, type PortfolioQuery } from './query.ts';
import { INTERNAL_OFFICE, SUPERIOR_BODY } from './units-swapped.ts';

/** Who asks: a user sees the forms of their own department (and the ones they uploaded); an admin sees all. */
export interface Viewer {
  userId: string;
  department: string | null;
  isAdmin: boolean;
}

export type Cell = string | number | null;

export interface AnswerTable {
  columns: string[];
  rows: Cell[][];
  /** Rows matching before the display limit. */
  total: number;
  /** Lists count only up to a cap (COUNT_CAP): `total` is then the cap and the true number is higher. */
  atLeast?: boolean;
  /** Projects among those the answer used whose amount was read as 元 (migration 010): the reply must say so. */
  guessedMoney?: GuessedMoney;
  /** A whole list sorted by a field leaves out the matching projects with that field empty: how many, to say so. */
  unranked?: { count: number; field: string };
}

export interface GuessedMoney {
  count: number;
  /** Project names, the first few. */
  names: string[];
}

/** A list answer counts its matches only this far: a chat list of 50 000 forms helps nobody, and counting them all
 * costs a full scan; "how many" questions (measures) still count exactly. */
export const COUNT_CAP = 1000;

async function cappedCount(sql: SqlExecutor, fromWhere: string, params: unknown[], cap: number) {
  const { rows } = await sql.query<{ n: unknown }>(
    `SELECT count(*) AS n FROM (SELECT 1 ${fromWhere} LIMIT ${cap + 1}) c`,
    params,
  );
  const n = Number(rows[0]?.n ?? 0);
  return n > cap ? { total: cap, atLeast: true } : { total: n };
}

/** cappedCount of the forms with `column` filled, and how many of the matching ones have it empty (when under the cap). */
async function cappedFilledCount(
  sql: SqlExecutor,
  column: string,
  fromWhere: string,
  params: unknown[],
  cap: number,
) {
  const { rows } = await sql.query<{ n: unknown; filled: unknown }>(
    `SELECT count(*) AS n, count(c) AS filled FROM (SELECT ${column} AS c ${fromWhere} LIMIT ${cap + 1}) c`,
    params,
  );
  const n = Number(rows[0]?.n ?? 0);
  const filled = Number(rows[0]?.filled ?? 0);
  if (n > cap) return { counted: { total: Math.min(filled, cap), atLeast: filled >= cap }, empty: 0 };
  return { counted: { total: filled }, empty: n - filled };
}

export const compactKey = (s: string) => s.replace(/\s+/g, '');

const SATISFACTION_CODES = ['SATISFACTION_MISSING', 'SATISFACTION_NOT_SURVEYED'];
/**
 * Code sets of the common questions, written literally so the planner matches them to the partial indexes of
 * migrations 003 and 042 (a parameter would hide the value from it): the problems named in words (PROBLEM_WORDS) each
 * have one. Only these fixed strings are ever inlined.
 */
const COMMON_CODE_SETS = new Set([
  SATISFACTION_CODES.join(','),
  'DEVIATION_MISSING',
  'FIELD_MISSING:owner,MISSING:owner',
  'FIELD_MISSING:phone,MISSING:phone',
  'TOTAL_MISMATCH,RATE_MISMATCH,BUDGET_SCORE_MISMATCH,WEIGHT_SUM,INDICATOR_SCORE_DIFFERS',
  ...Object.values(PROBLEM_WORDS).map((p) => p.codes.join(',')),
]);
const GRADE_ORDER = ['优', '良', '中', '差'] as const;
/** Only these reach SQL; the operator comes from the schema's enum and is checked again here. */
const OPS = new Set(['<', '<=', '>', '>=', '=', '<>']);
const checkedOp = <T extends string>(op: T): T => {
  if (!OPS.has(op)) throw new Error(`operator ${op}`);
  return op;
};
/** Name filters compare on these (whitespace removed where a key column exists). */
const NAME_COLUMN: Record<NameField, { column: string; compact: boolean }> = {
  department: { column: 'dept_key', compact: true },
  implementingUnit: { column: 'implementing_unit', compact: false },
  owner: { column: 'owner_name', compact: false },
  projectName: { column: 'project_key', compact: true },
};
export const GROUP_COLUMN: Record<GroupField, [key: string, shown: string]> = {
  department: ['dept_key', 'min(department)'],
  implementingUnit: ['implementing_unit', 'implementing_unit'],
  owner: ['owner_name', 'owner_name'],
  year: ['year', 'year'],
  street: [FIELDS.street.column, FIELDS.street.column],
  // The digits only: one number written with or without separators is one group; a cell of no digits is in none.
  phone: ["NULLIF(regexp_replace(phone, '[^0-9]', '', 'g'), '')", 'min(phone)'],
};
/** The key a shared cell is compared on: a phone's digits (separators aside), a project's name as keyed. */
const SHARED_KEY = {
  phone: GROUP_COLUMN.phone[0],
  projectName: "NULLIF(project_key, '')",
} as const;
/** Groups that only some forms belong to: a form of no street (a 区委 office) is in no group, not in a blank one. */
const PARTIAL_GROUPS = new Set<GroupField>(['street', 'phone']);
const MEASURE_LABEL = {
  count: '项目数',
  sum: '合计',
  avg: '平均',
  min: '最低',
  max: '最高',
  pooled: '',
  median: '中位数',
  distinct: '不同',
} as const;
/** The rate of a set of projects: what it spent over what it was given (scope-compare.ts compares two sets so). */
export const POOLED_RATE_LABEL = '执行率（全年执行数合计÷全年预算数合计）';

export function measureLabel(m: Measure): string {
  if (m.fn === 'distinct' && m.of) return `不同${FIELDS[m.of].label}个数`;
  if (m.fn === 'count' || !m.field) return '项目数';
  if (m.fn === 'pooled') return `${POOLED_RATE_LABEL}(%)`;
  const unit = unitOf(m.field);
  const name =
    m.fn === 'sum' || m.fn === 'median'
      ? `${FIELDS[m.field].label}${MEASURE_LABEL[m.fn]}`
      : `${MEASURE_LABEL[m.fn]}${FIELDS[m.field].label}`;
  return unit && unit !== '分' ? `${name}(${unit})` : name;
}

/** A raise or a cut of the budget: a total of it adds the projects changed that way only (a cut is no negative raise). */
const ONE_SIDED = new Set<string>(['budgetRaise', 'budgetCut']);

function measureSql(m: Measure, digits = 2): string {
  // (a phone by its digits, as it is grouped: one number written two ways is one)
  if (m.fn === 'distinct' && m.of) return `count(DISTINCT ${GROUP_COLUMN[m.of][0]})`;
  if (m.fn === 'count' || !m.field) return 'count(*)';
  if (m.fn === 'pooled') {
    const [spent, given] = [FIELDS.executed.column, FIELDS.annualBudget.column];
    return `round((100 * sum(${spent}) / NULLIF(sum(${given}), 0))::numeric, ${digits})`;
  }
  // 各部门预算的中位数: the middle value of each group's filled cells (the mean of the two middle ones when even).
  if (m.fn === 'median')
    return `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${FIELDS[m.field].column}))::numeric, ${digits})`;
  if (m.fn === 'sum' && ONE_SIDED.has(m.field))
    return `round(sum(GREATEST(${FIELDS[m.field].column}, 0))::numeric, ${digits})`;
  return `round(${m.fn}(${FIELDS[m.field].column})::numeric, ${digits})`;
}

/** Parameterised WHERE parts; `$n` numbering continues from `params`. */
class Where {
  readonly parts: string[] = [];
  /** Whose forms the question reads (set by scope()): a condition comparing with other forms reads only those. */
  viewer?: Viewer;
  /** The keys a `shared` cell is held twice by among those forms, found once for the statements of one answer. */
  shared?: Partial<Record<'phone' | 'projectName', string[]>>;
  constructor(readonly params: unknown[]) {}
  param(v: unknown): string {
    return `$${this.params.push(v)}`;
  }
  add(sql: string | undefined) {
    if (sql) this.parts.push(sql);
  }
  sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/**
 * The forms a non-admin may see that meet the question's conditions, fenced (`OFFSET 0`) so that a listing's order
 * or LIMIT never makes the planner walk an all-department index and filter. The conditions are inside the fence with
 * the department: the planner then combines the department's index with the condition's own (a computed field's,
 * a check's partial index) instead of reading each of the department's few thousand forms and computing the
 * condition on every one (电话号码位数不对: 0.3 s on PGlite). `rows`: a condition on the form's indicator rows.
 */
function scope(w: Where, viewer: Viewer, filters: Filter[], rows?: QueryOptions['rows']): string {
  w.viewer = viewer;
  const inner = viewer.isAdmin ? w : new Where(w.params);
  inner.viewer = viewer;
  access(inner, viewer);
  for (const f of filters) filterSql(inner, f);
  if (rows) inner.add(rows(inner.params));
  return viewer.isAdmin ? 'form_facts' : `(SELECT * FROM form_facts ${inner.sql()} OFFSET 0) form_facts`;
}

function access(w: Where, viewer: Viewer, alias = '') {
  if (viewer.isAdmin) return;
  const dept = viewer.department ? compactKey(viewer.department) : null;
  w.add(
    dept
      ? `(${alias}dept_key = ${w.param(dept)} OR ${alias}owner_id = ${w.param(viewer.userId)})`
      : `${alias}owner_id = ${w.param(viewer.userId)}`,
  );
}

function codeTokens(f: Extract<LeafFilter, { type: 'finding' }>): string[] {
  if (!f.paths?.length) return f.codes;
  return f.codes.flatMap((c) =>
    f.paths!.flatMap((p) => (c === 'FIELD_MISSING' ? [`${c}:${p}`, `MISSING:${p}`] : [`${c}:${p}`])),
  );
}

const not = (negate: boolean | undefined, sql: string) => (negate ? `NOT (${sql})` : sql);

/** A shared name over every form is read from the counts kept per key (migration 064). */
const sharedKept = (field: 'phone' | 'projectName', viewer: Viewer | undefined) =>
  field === 'projectName' && (!viewer || viewer.isAdmin);

/**
 * The keys each `shared` cell of the filters is held by twice or more among the viewer's forms, grouped once: an
 * answer's count and page each grouped them again (~95 000 phone keys over their index, 052), the same keys.
 */
async function sharedKeysOf(sql: SqlExecutor, filters: Filter[], viewer: Viewer): Promise<Where['shared']> {
  const fields = new Set(
    leaves(filters).flatMap((f) => (f.type === 'shared' && !sharedKept(f.field, viewer) ? [f.field] : [])),
  );
  if (!fields.size) return undefined;
  const out: NonNullable<Where['shared']> = {};
  for (const field of fields) {
    const key = SHARED_KEY[field];
    const w = new Where([]);
    access(w, viewer);
    w.add(`${key} IS NOT NULL`);
    const { rows } = await sql.query<{ k: string }>(
      `SELECT ${key} AS k FROM form_facts ${w.sql()} GROUP BY ${key} HAVING count(*) > 1`,
      w.params,
    );
    out[field] = rows.map((r) => r.k);
  }
  return out;
}

function leafSql(w: Where, f: LeafFilter): string | undefined {
  switch (f.type) {
    case 'satisfactionGap':
      return not(f.negate, codesOverlap(w, SATISFACTION_CODES));
    case 'compare': {
      // 执行率只有96%: a rate said as a whole percent below full is that percent as printed without its decimals
      // (96.4% is "96%"); 100% — fully spent — stays exact.
      const field = FIELDS[f.field];
      if (f.op === '=' && field.kind === 'percent' && Number.isInteger(f.value) && f.value < 100)
        return `((${field.column}) >= ${w.param(f.value)} AND (${field.column}) < ${w.param(f.value + 1)})`;
      return `${field.column} ${checkedOp(f.op)} ${w.param(f.value)}`;
    }
    case 'fields':
      // 高出20万以上: the difference of the two columns against the bound (a form missing either has none).
      if (f.by !== undefined)
        return `(${FIELDS[f.left].column}) - (${FIELDS[f.right].column}) ${checkedOp(f.op)} ${w.param(f.by)}`;
      if (f.times !== undefined)
        return partOfFieldSql(f.left, checkedOp(f.op), f.times, f.right, (v) => w.param(v));
      return fieldsSql(f.left, checkedOp(f.op), f.right);
    case 'empty':
      return `${FIELDS[f.field].column} IS ${f.empty ? '' : 'NOT '}NULL`;
    case 'grade': {
      // Bands on the stated total: 良 = [80, 90); 良及以下 = below 90; 良及以上 = 80 and above.
      const floor = GRADE_FLOOR[f.value];
      const better = GRADE_ORDER[GRADE_ORDER.indexOf(f.value) - 1];
      const ceiling = better ? GRADE_FLOOR[better] : null;
      const parts = ['stated_total IS NOT NULL'];
      if (f.op !== '<=' && floor !== null) parts.push(`stated_total >= ${w.param(floor)}`);
      if (f.op !== '>=' && ceiling !== null) parts.push(`stated_total < ${w.param(ceiling)}`);
      return `(${parts.join(' AND ')})`;
    }
    case 'finding':
      return not(f.negate, codesOverlap(w, codeTokens(f)));
    case 'severity':
      return `${f.value === 'error' ? 'error_count' : 'warning_count'} ${f.negate ? '= 0' : '> 0'}`;
    case 'status':
      // notSubmitted is answered from the expected list (notSubmitted below); incomplete = open errors or gaps.
      return f.value === 'incomplete'
        ? '(error_count > 0 OR missing_count > 0)'
        : f.value === 'complete'
          ? '(error_count = 0 AND missing_count = 0)'
          : undefined;
    case 'text':
      // the cells were typed with line breaks and spaces inside words (完成 2022 年下达指标)
      if (f.exact)
        return `regexp_replace(regexp_replace(${FIELDS[f.field].column}, '\\s+', '', 'g'), '[。.！!]+$', '') = ${w.param(f.text.replace(/\s+/gu, '').replace(/[。.！!]+$/u, ''))}`;
      return `regexp_replace(${FIELDS[f.field].column}, '\\s+', '', 'g') LIKE ${w.param(`%${escapeLike(f.text.replace(/\s+/gu, ''))}%`)}`;
    case 'sameText': {
      // as typed, whitespace aside (主管部门 has line breaks inside long names); both cells filled
      const bare = (id: TextCell) => `regexp_replace(${FIELDS[id].column}, '\\s+', '', 'g')`;
      return `(${bare(f.left)} <> '' AND ${bare(f.right)} <> '' AND ${bare(f.left)} ${f.equal ? '=' : '<>'} ${bare(f.right)})`;
    }
    case 'fraction': {
      const column = FIELDS[f.field].column;
      return `(${column} IS NOT NULL AND ${column} ${f.fraction ? '<>' : '='} trunc(${column}))`;
    }
    case 'phone': {
      // stored as typed: 010-89538675, 8953 8675
      const digits = `regexp_replace(${FIELDS.phone.column}, '[^0-9]', '', 'g')`;
      return `${digits} LIKE ${w.param(`${f.head ? '' : '%'}${f.digits}${f.tail ? '' : '%'}`)}`;
    }
    case 'phoneKind': {
      // a mobile: 11 digits starting with 1 (the longest number of a cell, as 位数 reads it); a landline: any other
      const mobile = `(jixiao_phone_digits(${FIELDS.phone.column}) = 11 AND regexp_replace(${FIELDS.phone.column}, '[^0-9]', '', 'g') LIKE '1%')`;
      return f.kind === 'mobile' ? mobile : `(${FIELDS.phone.column} ~ '[0-9]' AND NOT ${mobile})`;
    }
    case 'inGroups': {
      // the groups counted over the viewer's own forms, as the grouped answer that named them counted them
      const key = GROUP_COLUMN[f.group][0];
      const inner = new Where(w.params);
      if (w.viewer) access(inner, w.viewer);
      inner.add(`${key} IS NOT NULL`);
      return `${key} IN (SELECT ${key} FROM form_facts ${inner.sql()} GROUP BY ${key} HAVING count(DISTINCT ${GROUP_COLUMN[f.of][0]}) >= ${w.param(f.atLeast)})`;
    }
    case 'unitsSwapped': {
      // by how the two names end, whitespace aside (long names are typed over two lines)
      const bare = (id: TextCell) => `regexp_replace(${FIELDS[id].column}, '\\s+', '', 'g')`;
      return `(${bare('implementingUnit')} ~ '${SUPERIOR_BODY}' AND ${bare('department')} ~ '${INTERNAL_OFFICE}' AND ${bare('department')} !~ '${SUPERIOR_BODY}')`;
    }
    case 'shared': {
      // 电话号码重复: the key held by two forms or more among the viewer's own (never a form they may not see).
      const key = SHARED_KEY[f.field];
      // A name over every form: the keys two forms or more hold, counted as the facts are written (migration 064) —
      // the few entries of a partial index, not 100 000 keys grouped; their forms found by the project_key index (the
      // counts hold no empty key, so project_key itself is compared). A phone's digits are few keys, grouped cheaply
      // over their index (052).
      if (sharedKept(f.field, w.viewer))
        return 'project_key IN (SELECT c.key FROM project_key_counts c WHERE c.forms > 1)';
      const found = w.shared?.[f.field];
      if (found) return `${key} = ANY(${w.param(found)}::text[])`;
      const inner = new Where(w.params);
      if (w.viewer) access(inner, w.viewer);
      inner.add(`${key} IS NOT NULL`);
      return `${key} IN (SELECT ${key} FROM form_facts ${inner.sql()} GROUP BY ${key} HAVING count(*) > 1)`;
    }
    case 'name': {
      const { column, compact } = NAME_COLUMN[f.field];
      const sql = f.values?.length
        ? `${column} = ANY(${w.param(f.values.map((v) => (compact ? compactKey(v) : v.trim())))}::text[])`
        : `${column} LIKE ${w.param(`${f.starts ? '' : '%'}${escapeLike(compact ? compactKey(f.term) : f.term)}%`)}`;
      // 除了大红门: a project whose name is empty is not 大红门's either.
      return f.negate ? `NOT COALESCE(${sql}, false)` : sql;
    }
  }
}

function filterSql(w: Where, f: Filter) {
  if (f.type !== 'any') return w.add(leafSql(w, f));
  const parts = f.filters.map((x) => leafSql(w, x)).filter(Boolean);
  if (parts.length) w.add(`(${parts.join(' OR ')})`);
}

function codesOverlap(w: Where, tokens: string[]): string {
  const key = tokens.join(',');
  return COMMON_CODE_SETS.has(key) ? `codes && '{${key}}'::text[]` : `codes && ${w.param(tokens)}::text[]`;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const round = (v: unknown, digits = 2): number | null => {
  const n = num(v);
  return n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits;
};

/** Fields a list shows beyond name, department and year: the ones the question is about. */
/**
 * The viewer's forms meeting these filters as a subquery of form_facts columns (`cols`), with its parameters: rows.ts
 * joins indicator rows to it, so access and every form-level condition are the ones of an ordinary question.
 */
export function formsSubquery(viewer: Viewer, filters: Filter[], cols: string) {
  const w = new Where([]);
  const from = scope(w, viewer, filters);
  return { sql: `(SELECT ${cols} FROM ${from} ${w.sql()})`, params: w.params };
}

/**
 * How many of the viewer's forms meet `scope`, and how many of those also meet `conditions`, in one pass over the scope
 * (an all-of question's two counts, all-of.ts): a condition that is NULL for a form is not met, as in a WHERE clause.
 */
export async function countMeeting(
  sql: SqlExecutor,
  viewer: Viewer,
  scopeFilters: Filter[],
  conditions: Filter[],
): Promise<{ inScope: number; met: number }> {
  const w = new Where([]);
  const from = scope(w, viewer, scopeFilters);
  const met = filtersCondition(viewer, conditions)(w.params);
  const { rows } = await sql.query<{ n: unknown; m: unknown }>(
    `SELECT count(*) AS n, count(*) FILTER (WHERE ${met}) AS m FROM ${from} ${w.sql()}`,
    w.params,
  );
  return { inScope: Number(rows[0]?.n ?? 0), met: Number(rows[0]?.m ?? 0) };
}

/**
 * The filters as one condition on a form_facts row (parameters numbered on from `params`), for a statement that needs
 * them as an expression rather than its WHERE clause: counted beside another count, or negated (an all-of
 * question's exceptions).
 */
export function filtersCondition(viewer: Viewer, filters: Filter[]): (params: unknown[]) => string {
  return (params) => {
    const w = new Where(params);
    w.viewer = viewer;
    for (const f of filters) filterSql(w, f);
    return w.parts.length ? `(${w.parts.join(' AND ')})` : 'true';
  };
}

/**
 * The cells a check reads, shown as its evidence: 电话格式有误 the number as written; a rate or budget score found wrong
 * the figure the form states beside the one its amounts give (朗清园那个执行率表上写的对不: 99.9 written, 98.86 computed).
 */
const FINDING_CELL: Record<string, FieldId[]> = {
  PHONE_FORMAT: ['phone'],
  RATE_MISMATCH: ['statedRate', 'executionRate'],
  RATE_ROUNDED_UP_TO_FULL: ['statedRate', 'executionRate'],
  BUDGET_SCORE_MISMATCH: ['budgetScore', 'computedBudgetScore'],
  FUNDS_UNIT_SUSPECT: ['annualBudget', 'executed'],
};

export function shownFields(query: PortfolioQuery): FieldId[] {
  const out: FieldId[] = [];
  const add = (id: FieldId) => {
    if (!['projectName', 'department', 'year'].includes(id) && !out.includes(id)) out.push(id);
  };
  // 各街道…最低的: the group each project is first of.
  if (query.per) add(query.per);
  for (const id of query.select ?? []) add(id);
  for (const f of leaves(query.filters)) {
    if (f.type === 'compare' || f.type === 'empty') add(f.field);
    if (f.type === 'fields') {
      add(f.left);
      add(f.right);
    }
    if (f.type === 'grade') add('grade');
    if (f.type === 'name' && f.field !== 'projectName' && f.field !== 'department') add(f.field);
    if (f.type === 'sameText') {
      add(f.left);
      add(f.right);
    }
    if (f.type === 'fraction') add(f.field);
    if (f.type === 'shared' && f.field === 'phone') add('phone');
    if (f.type === 'unitsSwapped') add('implementingUnit');
    if (f.type === 'inGroups') {
      add(f.group);
      add(f.of);
    }
    // a check of one cell shows that cell, its evidence (电话格式有误: the number as written)
    if (f.type === 'finding') for (const code of f.codes) for (const id of FINDING_CELL[code] ?? []) add(id);
  }
  if (query.order && typeof query.order.by === 'string') add(query.order.by);
  if (query.order?.tieBreak) add(query.order.tieBreak.by);
  if (out.length === 0) out.push('executionRate', 'totalScore', 'grade');
  return out;
}

export const columnLabel = (id: FieldId) => {
  const unit = unitOf(id);
  return unit && unit !== '分' ? `${FIELDS[id].label}(${unit})` : FIELDS[id].label;
};

/** Money columns the answer's figures, ordering, list or conditions read. */
export function moneyColumnsUsed(query: PortfolioQuery): string[] {
  const ids = new Set<FieldId>();
  for (const m of query.measures ?? []) if (m.field) ids.add(m.field);
  if (query.order && typeof query.order.by === 'string') ids.add(query.order.by);
  if (!query.groupBy && !query.measures?.length) for (const id of shownFields(query)) ids.add(id);
  for (const f of leaves(query.filters)) {
    if (f.type === 'compare') ids.add(f.field);
    if (f.type === 'fields') {
      ids.add(f.left);
      ids.add(f.right);
    }
  }
  // A computed amount (结余 = budget - executed) reads the columns it is computed from.
  const columns = [...ids].filter((id) => FIELDS[id].kind === 'money').map((id) => FIELDS[id].column);
  return [...new Set(columns.flatMap((c) => c.match(/[a-z_]+/g) ?? []))];
}

/** Names shown in the statement about guessed amounts. */
const GUESSED_NAMES = 5;

/**
 * The projects among the matching ones (the same filters, before any ranking limit) with an amount this answer uses
 * that was read as 元: an amount above 10 000 in a 万元 column with no unit (migration 006/010).
 */
async function guessedMoney(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  rowCondition?: QueryOptions['rows'],
  shared?: Where['shared'],
): Promise<GuessedMoney | undefined> {
  const columns = moneyColumnsUsed(query);
  if (columns.length === 0) return undefined;
  const w = new Where([]);
  w.shared = shared;
  const from = scope(w, viewer, query.filters, rowCondition);
  w.add(`money_guessed && ${w.param(columns)}::text[]`);
  // Fenced (OFFSET 0): the count needs every matching form anyway, so they are found first (by the partial index of
  // 010) and then sorted. Unfenced, PostgreSQL 15 costs the window as if LIMIT 5 stopped it early and walks the whole
  // project_key index (029) in order instead, ~250 ms at 100 000 forms.
  const { rows } = await sql.query<{ project_name: string | null; n: unknown }>(
    `SELECT project_name, n FROM (
       SELECT project_name, project_key, form_id, count(*) OVER () AS n FROM ${from} ${w.sql()} OFFSET 0
     ) g ORDER BY project_key NULLS LAST, form_id LIMIT ${GUESSED_NAMES}`,
    w.params,
  );
  if (rows.length === 0) return undefined;
  return { count: Number(rows[0]!.n), names: rows.map((r) => r.project_name ?? '（未填名称）') };
}

/** 第三多 / 倒数第二: the rows of the ranking before the n-th are skipped. */
const skip = (w: Where, query: PortfolioQuery) =>
  query.offset ? `OFFSET ${w.param(query.offset)} ROWS ` : '';

/**
 * Runs a query over the latest version of every form the viewer may see. SQL is built from the AST only:
 * columns and operators come from fixed tables, every value is a parameter.
 */
export async function executeQuery(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  /** `digits`: decimals of a figure (2, as shown); arithmetic on figures (arithmetic.ts) reads them unrounded.
   * `rows`: a condition on the form's indicator rows (row-answer.ts rowsCondition), its parameters numbered on. */
  options: QueryOptions = {},
): Promise<AnswerTable> {
  const shared = await sharedKeysOf(sql, query.filters, viewer);
  const table = await runQuery(sql, query, viewer, options, shared);
  if (
    table.total === 0 ||
    leaves(query.filters).some((f) => f.type === 'status' && f.value === 'notSubmitted')
  )
    return table;
  const guessed = await guessedMoney(sql, query, viewer, options.rows, shared);
  return guessed ? { ...table, guessedMoney: guessed } : table;
}

export interface QueryOptions {
  limit?: number;
  reportingYear?: number;
  digits?: number;
  rows?: (params: unknown[]) => string;
}

async function runQuery(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  options: QueryOptions,
  shared?: Where['shared'],
): Promise<AnswerTable> {
  const limit = options.limit ?? 200;
  const digits = options.digits ?? 2;
  if (leaves(query.filters).some((f) => f.type === 'status' && f.value === 'notSubmitted')) {
    return notSubmitted(sql, query, viewer, limit, options.reportingYear ?? reportingYear(new Date()));
  }
  const w = new Where([]);
  w.shared = shared;
  const from = scope(w, viewer, query.filters, options.rows);
  const measures = query.measures ?? [];
  const order = query.order;
  const cap = Math.max(COUNT_CAP, limit);

  if (query.groupBy) {
    const [key] = GROUP_COLUMN[query.groupBy];
    const ms: Measure[] = measures.length ? measures : [{ fn: 'count' }];
    const grouped = keptDepartmentSums(query, ms, viewer, options) ?? {
      w,
      from,
      shown: GROUP_COLUMN[query.groupBy][1],
      measure: (m: Measure) => measureSql(m),
      having: [],
    };
    const gw = grouped.w;
    const by = order && typeof order.by !== 'string' ? Math.min(order.by.measure, ms.length - 1) : null;
    const orderSql =
      by !== null
        ? `m${by} ${order!.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, ${key}`
        : `${key} NULLS LAST`;
    // 项目超过10个的部门: a bound on each group's figure (its value a parameter, the operator checked).
    const bound = query.having && ms[query.having.measure] ? query.having : null;
    const havings = [...grouped.having];
    if (bound)
      havings.push(`${grouped.measure(ms[bound.measure]!)} ${checkedOp(bound.op)} ${gw.param(bound.value)}`);
    const having = havings.length ? `HAVING ${havings.join(' AND ')}` : '';
    const fetch =
      by !== null && query.limit
        ? `${skip(gw, query)}FETCH FIRST ${gw.param(query.limit)} ROWS ${query.ties ? 'WITH TIES' : 'ONLY'}`
        : `LIMIT ${gw.param(cap + 1)}`;
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT ${grouped.shown} AS g, ${ms.map((m, i) => `${grouped.measure(m)} AS m${i}`).join(', ')}
       FROM ${grouped.from} ${gw.sql()} ${by !== null || bound || PARTIAL_GROUPS.has(query.groupBy) ? `${gw.parts.length ? 'AND' : 'WHERE'} ${key} IS NOT NULL` : ''}
       GROUP BY ${key} ${having} ORDER BY ${orderSql} ${fetch}`,
      gw.params,
    );
    return {
      columns: [FIELDS[query.groupBy].label, ...ms.map(measureLabel)],
      rows: rows
        .slice(0, limit)
        .map((r) => [r.g === null ? '（未填）' : (r.g as Cell), ...ms.map((_, i) => round(r[`m${i}`]))]),
      ...(rows.length > cap ? { total: cap, atLeast: true } : { total: rows.length }),
    };
  }
  if (measures.length) {
    // 执行数最多的三个项目加在一起: the figure of the first N of the ranking, not of every matching project.
    const ranked = order && typeof order.by === 'string' && query.limit ? order : null;
    let source = `${from} ${w.sql()}`;
    if (ranked) {
      const column = FIELDS[ranked.by as FieldId].column;
      w.add(`${column} IS NOT NULL`);
      // WITH TIES compares every ORDER BY key: the tie-breaking keys (a fixed pick for ONLY) would leave no ties, and
      // 总分最高的项目有多少个 would count one project of the 118 sharing the top.
      const tieBreak = query.ties ? '' : ', project_key, form_id';
      source = `(SELECT * FROM ${from} ${w.sql()}
        ORDER BY ${column} ${ranked.dir === 'asc' ? 'ASC' : 'DESC'}${tieBreak}
        ${skip(w, query)}FETCH FIRST ${w.param(query.limit)} ROWS ${query.ties ? 'WITH TIES' : 'ONLY'}) form_facts`;
    }
    // An administrator's count or money totals over every form or one year, as shown (2 decimals): from the sums
    // kept per department and year (migration 065), ~50 rows added up instead of 25 000 forms read. Arithmetic reads
    // figures to 6 decimals, where a sum of doubles and the kept exact sum may part: it reads the forms.
    const kept = ranked || digits !== 2 ? null : keptDepartmentSums(query, measures, viewer, options);
    const { rows } = kept
      ? await sql.query<Record<string, unknown>>(
          `SELECT ${measures.map((m, i) => `${kept.measure(m)} AS m${i}`).join(', ')} FROM ${kept.from} ${kept.w.sql()}`,
          kept.w.params,
        )
      : await sql.query<Record<string, unknown>>(
          `SELECT ${measures.map((m, i) => `${measureSql(m, digits)} AS m${i}`).join(', ')} FROM ${source}`,
          w.params,
        );
    const r = rows[0] ?? {};
    return {
      columns: measures.map(measureLabel),
      rows: [measures.map((m, i) => round(r[`m${i}`], digits) ?? (m.fn === 'count' ? 0 : null))],
      total: 1,
    };
  }
  if (query.per && order && typeof order.by === 'string' && query.limit)
    return perGroup(sql, query, { from, w, limit, cap });
  const fields = shownFields(query);
  const ordered =
    order && typeof order.by === 'string' ? { column: FIELDS[order.by].column, dir: order.dir } : null;
  // 按总分从低往高排 lists the projects with a 总分; the ones with it empty are counted in the same read, and said.
  const sorted =
    ordered && !query.limit
      ? await cappedFilledCount(sql, ordered.column, `FROM ${from} ${w.sql()}`, [...w.params], cap)
      : null;
  if (ordered) w.add(`${ordered.column} IS NOT NULL`);
  const counted = sorted
    ? sorted.counted
    : ordered && query.limit
      ? null
      : await cappedCount(sql, `FROM ${from} ${w.sql()}`, [...w.params], cap);
  const unranked =
    sorted?.empty && typeof order?.by === 'string'
      ? { unranked: { count: sorted.empty, field: FIELDS[order.by].label.replace(/\(.*\)$/, '') } }
      : {};
  const columns = ['项目名称', '主管部门', '年度', ...fields.map(columnLabel)];
  // None found: there is no page to read. Walking the list index in its order for the first `limit` matches (the
  // plan a LIMIT invites) reads every form when there are none, 0.4 s at 100 000 forms on PostgreSQL (有没有哪个项目
  // 钱一分没花).
  if (counted?.total === 0) return { columns, rows: [], total: 0, ...unranked };
  // Fewer than a page: the LIMIT never stops that walk early either, so the matching forms are found first (by
  // their own index where they have one, fenced with OFFSET 0) and then sorted.
  const few = counted && !counted.atLeast && counted.total < limit;
  const listOrder = 'year DESC NULLS LAST, dept_key, project_key, form_id';
  const then = order?.tieBreak;
  const thenSql = then ? `, ${FIELDS[then.by].column} ${then.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST` : '';
  const orderSql = ordered
    ? `${ordered.column} ${ordered.dir === 'asc' ? 'ASC' : 'DESC'}${thenSql}`
    : listOrder;
  const matching = few ? `(SELECT * FROM ${from} ${w.sql()} OFFSET 0) form_facts` : `${from} ${w.sql()}`;
  const fetch =
    ordered && query.limit
      ? `${skip(w, query)}FETCH FIRST ${w.param(Math.min(query.limit, cap))} ROWS ${query.ties ? 'WITH TIES' : 'ONLY'}`
      : `LIMIT ${w.param(limit)}`;
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT form_id, project_name, department, year, ${fields.map((f, i) => `${FIELDS[f].column} AS f${i}`).join(', ')}
       FROM ${matching}
      ORDER BY ${orderSql}${ordered && !query.limit ? `, ${listOrder}` : ''} ${fetch}`,
    [...w.params],
  );
  return {
    columns,
    // A ranking (前30) is counted whole; the reply shows the first `limit`.
    rows: rows.slice(0, limit).map((r) => [
      (r.project_name as string | null) ?? '（未填名称）',
      (r.department as string | null) ?? '',
      num(r.year),
      ...fields.map((f, i) => {
        const v = r[`f${i}`];
        return typeof v === 'number' ||
          (FIELDS[f].kind !== 'text' && FIELDS[f].kind !== 'grade' && v !== null)
          ? round(v)
          : ((v as string | null) ?? null);
      }),
    ]),
    ...(counted ?? { total: rows.length }),
    ...unranked,
  };
}

/**
 * An administrator's figures per 主管部门 over every form, or one year's: 哪些部门的项目超过10个, 哪个部门执行率最高,
 * 哪些单位的表要退回重做 (forms with errors counted). Grouping 100 000 forms read as many index entries (300–400 ms);
 * the figures are kept per department and year as the facts are written (migration 065), ~200 rows, and grouped
 * here as form_facts would be: a department's name as min(department) over the rows that hold its forms, a sum NULL
 * when no form has the amount, a group only when it holds a form. Any other condition, measure or viewer groups the
 * forms themselves (null).
 */
function keptDepartmentSums(query: PortfolioQuery, ms: Measure[], viewer: Viewer, options: QueryOptions) {
  // No grouping at all is the same figures over every department (2022年和2023年哪年执行率高: one year's totals).
  if (!viewer.isAdmin || (query.groupBy ?? 'department') !== 'department' || options.rows) return null;
  let errors = false;
  let year: number | undefined;
  for (const f of query.filters) {
    if (f.type === 'severity' && f.value === 'error' && !f.negate && !errors) errors = true;
    else if (f.type === 'compare' && f.field === 'year' && f.op === '=' && year === undefined) year = f.value;
    else return null;
  }
  const MONEY: Partial<Record<FieldId, string>> = { executed: 'executed', annualBudget: 'budget' };
  const summed = (m: Measure) => m.fn === 'sum' && m.field !== undefined && MONEY[m.field] !== undefined;
  // The amounts are kept over every form, not over those with errors alone.
  if (!ms.every((m) => m.fn === 'count' || (!errors && (m.fn === 'pooled' || summed(m))))) return null;
  const forms = errors ? 'error_forms' : 'forms';
  // sum() of a double over the forms, as form_facts gives it: NULL when none has the amount.
  const total = (column: string) =>
    `(CASE WHEN sum(${column}_n) > 0 THEN sum(${column}_sum) END)::double precision`;
  const w = new Where([]);
  if (year !== undefined) w.add(`year = ${w.param(year)}`);
  return {
    w,
    from: 'department_sums',
    shown: `min(department) FILTER (WHERE ${forms} > 0)`,
    measure: (m: Measure) =>
      m.fn === 'count'
        ? `sum(${forms})`
        : m.fn === 'pooled'
          ? `round((100 * ${total('executed')} / NULLIF(${total('budget')}, 0))::numeric, 2)`
          : `round(${total(MONEY[m.field!]!)}::numeric, 2)`,
    having: [`sum(${forms}) > 0`],
  };
}

/**
 * 各街道执行率最低的项目: the first `limit` projects of the ranking within each group (rank(): ties at the last place
 * listed too; row_number() when a count was asked without ties), groups in order, projects of no group left out.
 */
async function perGroup(
  sql: SqlExecutor,
  query: PortfolioQuery,
  at: { from: string; w: Where; limit: number; cap: number },
): Promise<AnswerTable> {
  const { from, w } = at;
  const order = query.order!;
  const by = FIELDS[order.by as FieldId].column;
  const [key] = GROUP_COLUMN[query.per!];
  const dir = order.dir === 'asc' ? 'ASC' : 'DESC';
  w.add(`${by} IS NOT NULL`);
  w.add(`${key} IS NOT NULL`);
  const fields = shownFields(query);
  const first = (query.offset ?? 0) + 1;
  const last = (query.offset ?? 0) + query.limit!;
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT * FROM (
       SELECT form_id, project_name, department, year, ${key} AS grp, ${by} AS ranked,
              ${fields.map((f, i) => `${FIELDS[f].column} AS f${i}`).join(', ')},
              ${query.ties ? 'rank()' : 'row_number()'} OVER (PARTITION BY ${key} ORDER BY ${by} ${dir}) AS pos
         FROM ${from} ${w.sql()}
     ) ranked_forms
     WHERE pos BETWEEN ${w.param(first)} AND ${w.param(last)}
     ORDER BY grp, ranked ${dir}, project_name, form_id LIMIT ${w.param(at.cap + 1)}`,
    w.params,
  );
  return {
    columns: ['项目名称', '主管部门', '年度', ...fields.map(columnLabel)],
    rows: rows.slice(0, at.limit).map((r) => [
      (r.project_name as string | null) ?? '（未填名称）',
      (r.department as string | null) ?? '',
      num(r.year),
      ...fields.map((f, i) => {
        const v = r[`f${i}`];
        return FIELDS[f].kind !== 'text' && FIELDS[f].kind !== 'grade' && v !== null
          ? round(v)
          : ((v as string | null) ?? null);
      }),
    ]),
    ...(rows.length > at.cap ? { total: at.cap, atLeast: true } : { total: rows.length }),
  };
}

/**
 * Expected projects of year $1: the admin's list, or last year's projects where a department has no list.
 * `visible` narrows both branches to what the viewer may see before the DISTINCT (PostgreSQL cannot push it in).
 */
const expectedSql = (visible: (alias: 'x' | 'p', owner: string) => string) => `
  SELECT x.department, x.dept_key, x.project_name, x.project_key, x.owner_user_id AS owner_id, '名单' AS basis
    FROM expected_projects x WHERE x.year = $1 AND ${visible('x', 'owner_user_id')}
  UNION ALL
  SELECT DISTINCT ON (p.dept_key, p.project_key) p.department, p.dept_key, p.project_name, p.project_key,
         p.owner_id, '上年项目' AS basis
    FROM form_facts p
   WHERE p.year = $1 - 1 AND p.dept_key IS NOT NULL AND p.project_key IS NOT NULL AND ${visible('p', 'owner_id')}
     AND NOT EXISTS (SELECT 1 FROM expected_projects x WHERE x.year = $1 AND x.dept_key = p.dept_key)`;

/**
 * Projects expected for the year with no stored form. Expected = the admin's list for (year, department) when one
 * exists, otherwise the department's projects of the year before (matched on project name, whitespace removed).
 */
async function notSubmitted(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  limit: number,
  reportingYear: number,
): Promise<AnswerTable> {
  const yearFilter = leaves(query.filters).find(
    (f) => f.type === 'compare' && f.field === 'year' && f.op === '=',
  );
  const year = yearFilter?.type === 'compare' ? yearFilter.value : reportingYear;
  const w = new Where([year]);
  const dept = !viewer.isAdmin && viewer.department ? w.param(compactKey(viewer.department)) : null;
  const user = viewer.isAdmin ? '' : w.param(viewer.userId);
  const visible = (alias: 'x' | 'p', owner: string) =>
    viewer.isAdmin
      ? 'true'
      : dept
        ? `(${alias}.dept_key = ${dept} OR ${alias}.${owner} = ${user})`
        : `${alias}.${owner} = ${user}`;
  for (const f of query.filters) {
    if (f.type !== 'name' || (f.field !== 'department' && f.field !== 'projectName')) continue;
    const column = f.field === 'department' ? 'dept_key' : 'project_key';
    const test = f.values?.length
      ? `e.${column} = ANY(${w.param(f.values.map(compactKey))}::text[])`
      : `e.${column} LIKE ${w.param(`%${escapeLike(compactKey(f.term))}%`)}`;
    // 除了大红门 (negated): the expected projects of every other department.
    w.add(f.negate ? `NOT COALESCE(${test}, false)` : test);
  }
  const missing = `FROM (${expectedSql(visible)}) e ${w.sql()} ${w.parts.length ? 'AND' : 'WHERE'} NOT EXISTS (
       SELECT 1 FROM form_facts f WHERE f.year = $1 AND f.dept_key = e.dept_key AND f.project_key = e.project_key)`;
  const counted = await cappedCount(sql, missing, [...w.params], Math.max(COUNT_CAP, limit));
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT e.project_name, e.department, e.basis ${missing}
     ORDER BY e.dept_key, e.project_key LIMIT ${w.param(limit)}`,
    w.params,
  );
  return {
    columns: ['项目名称', '主管部门', '年度', '依据'],
    rows: rows.map((r) => [r.project_name as string, r.department as string, year, r.basis as string]),
    ...counted,
  };
}
