/**
 * Projects sharing a cell's value with another project or person (跟统计所经费是同一个负责人的, 和李哲留的同一个电话号码的,
 * 与X用的是一样的联系电话): the cell of the one named is read first, then the question is asked with that value as its
 * condition — 负责人 the stored cell as written (a cell naming two people is that pair), 联系电话 any of the numbers
 * the cell holds. The projects the value was read from are left out (they share it with themselves: 其他 / 还有 /
 * 别的 say so, and a bare 同一个 asks for the others all the same); both are said in the answer.
 *
 * Only a project or a person named whole and nothing else (else null: refusals.ts keeps the words reported), and
 * only the two cells a clerk shares with others (负责人, 联系电话); 同一个主管部门 / 同一个单位 stay reported.
 */
import type { SqlExecutor } from '../store/sql.ts';
import { executeQuery, type Viewer } from './execute.ts';
import { FIELDS } from './fields.ts';
import { parseQuestion } from './parse.ts';
import type { Filter, LeafFilter } from './query.ts';
import type { ReferenceReading } from './reference.ts';
import type { Vocabulary } from './vocabulary.ts';

const CELL = {
  owner: '(?:项目)?(?:负责人|联系人)',
  phone: '(?:联系电话|电话号码|电话|号码|手机号码?)',
} as const;
type SharedCell = keyof typeof CELL;

/** 跟X是同一个负责人的 / 和X留的同一个电话号码的 / 与X用的一样的联系电话的: X, then the cell said to be the same. */
const SAME = new RegExp(
  `(?:跟|和|与|同)([^，,。？?；;]{2,30}?)(?:是|用的|留的|填的|写的|用的是|留的是|填的是|写的是)?(?:同一个|同一位|同一|一样的|相同的)(?:${CELL.owner}|${CELL.phone})(?:的)?`,
  'u',
);
/** 其他 / 还有 / 别的 / 另外: the rest, said of the projects asked for after the relation. */
const REST = /^[，,\s]*(?:其他|其它|其余|别的|另外)?(?:还有|还)?(?:的)?/u;

/** The cell a relation is about, from its words; null for any other (主管部门, 单位…). */
function cellOf(words: string): SharedCell | null {
  if (new RegExp(`${CELL.owner}(?:的)?$`, 'u').test(words)) return 'owner';
  if (new RegExp(`${CELL.phone}(?:的)?$`, 'u').test(words)) return 'phone';
  return null;
}

/** The filters of a project or person named whole by `words`, or null. */
function namedWhole(words: string, vocab: Vocabulary, year: number): LeafFilter[] | null {
  const p = parseQuestion(words, vocab, year);
  const q = p.query;
  if (!q || p.unplaced.length || q.measures?.length || q.order || q.groupBy || q.filters.length !== 1)
    return null;
  const f = q.filters[0]!;
  return f.type === 'name' && !f.negate && !f.starts && (f.field === 'projectName' || f.field === 'owner')
    ? [f]
    : null;
}

/** 67270330、67270347: every number of a phone cell, digits only. */
const numbersOf = (cell: string) =>
  cell
    .split(/[、，,;；/\s]+/u)
    .map((n) => n.replace(/\D/gu, ''))
    .filter(Boolean);

export async function readSameCell(
  sql: SqlExecutor,
  question: string,
  vocab: Vocabulary,
  viewer: Viewer,
  year: number,
): Promise<ReferenceReading | null> {
  const text = question.normalize('NFKC').trim();
  const m = SAME.exec(text);
  if (!m) return null;
  const cell = cellOf(m[0]);
  const words = m[1]!.replace(/(?:的|那个|这个)$/u, '');
  const reference = cell ? namedWhole(words, vocab, year) : null;
  if (!cell || !reference) return null;
  const found = await executeQuery(sql, { filters: reference, select: [cell] }, viewer, { limit: 50 });
  const at = found.columns.indexOf(FIELDS[cell].label);
  const projects = found.rows.map((r) => String(r[0] ?? '')).filter(Boolean);
  const values = [...new Set(found.rows.map((r) => String(r[at] ?? '').trim()).filter(Boolean))];
  const label = FIELDS[cell].label;
  if (at < 0 || !projects.length) return { ask: `没有找到「${words}」的项目，无法比较${label}，未作查询。` };
  if (!values.length)
    return { ask: `「${words}」的项目没有填${label}，无法找同一个${label}的项目，未作查询。` };
  const same: Filter =
    cell === 'owner'
      ? { type: 'name', field: 'owner', term: values.join('、'), values }
      : anyOf(values.flatMap(numbersOf).map((digits) => ({ type: 'phone', digits }) as LeafFilter));
  const others: LeafFilter = {
    type: 'name',
    field: 'projectName',
    term: projects.join('、'),
    values: projects,
    negate: true,
  };
  const rest = text.slice(m.index + m[0].length).replace(REST, '');
  return {
    text: `${text.slice(0, m.index)}${rest}`,
    patch: (q) => ({ ...q, filters: [...q.filters, same, others] }),
    note: `（「${m[0].replace(/的$/u, '')}」按「${words}」的${label}「${values.join('」「')}」查，不含「${words}」自己的项目）`,
  };
}

const anyOf = (filters: LeafFilter[]): Filter =>
  filters.length === 1 ? filters[0]! : { type: 'any', filters };
