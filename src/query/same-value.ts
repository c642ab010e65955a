/**
 * Whether projects named hold the same value of one field (双井疫情防控那两个项目执行率一样吗, A和B的负责人是否一致,
 * …的总分相同吗): the sameness asked at the end is taken off, the rest must read whole as a lookup of one field of two
 * projects or more named, and the answer says 一样 (the value) or 不一样 (each value, and for two numbers how far apart).
 * Two fields of one project compared (X的年初预算和全年预算一样吗) is the cell comparison of cell-compare-words.ts: its
 * rest looks up two fields, so it is never read here.
 */
import type { AnswerTable, Cell } from './execute.ts';
import { leaves, type PortfolioQuery } from './query.ts';

/** The sameness asked, ending the message (一样吗, 是否一致, 一不一样, 相同不相同, 有没有区别). */
const SAME_ASKED =
  /[，,\s]*(?:(?:是不是|是否|有没有)?(?:一样|相同|一致|相等)(?:吗|么|嘛|不|没有|呢|啊)?|一不一样|一样不一样|相不相同|相同不相同|一致不一致|有没有(?:区别|差别|不同)|有(?:区别|差别|不同)吗|(?:是不是|是否)?同一个(?:人|号码|单位|部门)?(?:吗|么|嘛|不)?)[？?。!！\s]*$/u;

export function sameValueAsked(text: string): { text: string; word: string } | null {
  const m = SAME_ASKED.exec(text);
  if (!m || m.index === 0) return null;
  return { text: text.slice(0, m.index), word: m[0].replace(/[，,？?。!！\s]/gu, '') };
}

/** How many projects the query names (each stored name a name filter was resolved to). */
function projectsNamed(query: PortfolioQuery): number {
  return leaves(query.filters)
    .filter((f) => f.type === 'name' && f.field === 'projectName' && !f.negate)
    .reduce((n, f) => n + ('values' in f && f.values?.length ? f.values.length : 1), 0);
}

/** The rest read as a lookup of one field of two projects or more named: nothing counted, ranked or grouped. */
export function asksOneFieldOfProjects(query: PortfolioQuery): boolean {
  return (
    query.select?.length === 1 &&
    !query.measures?.length &&
    !query.order &&
    !query.groupBy &&
    !query.limit &&
    projectsNamed(query) >= 2
  );
}

const shown = (c: Cell) => (c === null || c === undefined || String(c).trim() === '' ? null : String(c));

/** 一样 / 不一样 said of the looked-up field (the table's last column), each project's value when they differ. */
export function sameValueSentence(table: AnswerTable, asked: string): string {
  return `问「${asked}」：${compared(table)}`;
}

function compared(table: AnswerTable): string {
  // 执行率(%) / 全年预算数(万元): the column's name, its unit after each value
  const [, label = '', unit = ''] =
    /^(.*?)(?:[(（](.*)[)）])?$/u.exec(table.columns[table.columns.length - 1] ?? '') ?? [];
  const withUnit = (v: string | null) =>
    v === null ? null : unit === '%' ? `${v}%` : unit ? `${v} ${unit}` : v;
  const values = table.rows.map((r) => ({
    name: String(r[0] ?? ''),
    value: withUnit(shown(r[r.length - 1] ?? null)),
    raw: shown(r[r.length - 1] ?? null),
  }));
  if (values.length < 2)
    return `只找到 ${values.length} 个项目，没有可以比较的另一个；请写出要比的两个项目的名称。`;
  if (table.total > table.rows.length)
    return `共 ${table.total} 个项目，这里只列出 ${table.rows.length} 个，没有逐个比较；请缩小范围再问。`;
  const empty = values.filter((v) => v.value === null);
  if (empty.length)
    return `${empty.map((v) => `「${v.name}」`).join('')}的${label}没有填，无法比较是否一样。`;
  const key = (v: string) => v.replace(/\s+/gu, '');
  const same = new Set(values.map((v) => key(v.value!))).size === 1;
  if (same) return `一样：这 ${values.length} 个项目的${label}都是 ${values[0]!.value}。`;
  const each = values.map((v) => `「${v.name}」${v.value}`).join('，');
  const numbers = values.map((v) => Number(v.raw));
  const apart =
    values.length === 2 && numbers.every((n) => Number.isFinite(n))
      ? `，相差 ${withUnit(String(Math.round(Math.abs(numbers[0]! - numbers[1]!) * 10000) / 10000))}`
      : '';
  return `不一样：${each}${apart}。`;
}
