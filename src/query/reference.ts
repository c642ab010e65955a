/**
 * A condition against a figure of the portfolio instead of a number (issue 10): 执行率高于平均水平的项目, 总分低于2020年
 * 平均总分的有几个, 全年预算比潞源平均水平高的项目, 执行数比潞源执行数最大的那个还大的, 全年预算高于她负责项目平均全年
 * 预算的. The figure (an average, a highest or a lowest value of the compared field) is computed first over the
 * projects its words name; the question is then read by the ordinary parser with that figure in place of its words.
 *
 * Whose figure: the projects its own words name; where it names none (平均水平), or points back (她负责的项目, 这些项目),
 * the projects the question is about; where it names some of one kind (2020年), those replace the question's of
 * that kind and the rest are kept (2023年大红门的项目里，总分低于2020年平均的: 大红门's of 2020). 全部 / 所有: all.
 * The figure and how it was found are said in the answer.
 */

import type { SqlExecutor } from '../store/sql.ts';
import { dimension } from './arithmetic.ts';
import { describeQuery } from './describe.ts';
import { executeQuery, measureLabel, type Viewer } from './execute.ts';
import { FIELDS, type NumericField, unitOf } from './fields.ts';
import { parseQuestion } from './parse.ts';
import type { Filter, LeafFilter, Measure, PortfolioQuery } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The placeholder amount put where the figure's words were: read by the parser as any bound, then replaced. */
const PLACEHOLDER = 987654.321;
const UNITS: Array<[string, string]> = [
  ['万元', 'money'],
  ['%', 'percent'],
  ['分', 'score'],
];

const MARK = '(?:平均(?:水平|值|数|线)?|均值|最高|最低|最大|最小|最多|最少)';
const STOP = '，,。？?；;！!';
/** 比REF还高 / 比REF高的: the figure between 比 and the word of more or less. */
const THAN = new RegExp(
  `比([^${STOP}比]*?${MARK}[^${STOP}比]*?)(?:的)?(?:那个|那一个|那项)?(?:还|要|更)?(?:高|低|多|少|大|小)(?!多少|几|出多少|了多少|多少)`,
  'u',
);
/**
 * 高于REF的 / 低于REF的项目: the figure after a verb of more or less, up to 的 or the clause end — never a number said
 * right after the verb, which is the bound itself (总分没到100的里面 预算最少的: not the 总分 of the budget's lowest).
 */
const VERB = new RegExp(
  `(?:高于|低于|超过|超出|大于|小于|多于|少于|不到|不足|不及|没到|没达到|达到|不低于|不高于)(?:了)?(?!\\d+(?:\\.\\d+)?(?:分|万元|万|元|%|个)?(?:的|\\s|$))([^${STOP}]*?${MARK}[^${STOP}的]*?)(?=(?:的)?(?:那个|那一个)?(?:的|$|[${STOP}]))`,
  'u',
);
/**
 * 全年执行数超过了平安建设经费的 / 预算比统计所经费还高的: the figure of one project named whole, up to the clause end
 * (its own field is the one compared). Tried after the shapes above; the words must name one stored project.
 * The words never end in a word of more or less: 比统计站多多少 asks a difference (the words had been 统计站多, and
 * 少 of 多少 the comparison — answered as the projects below its figure).
 */
const NAMED_VERB = new RegExp(
  `(?:高于|低于|超过|超出|大于|小于|多于|少于)(?:了)?([^${STOP}]{2,40}?)(?=(?:吗|呢|没有)?(?:$|[${STOP}])|的|项目)`,
  'u',
);
const NAMED_THAN = new RegExp(
  `比([^${STOP}比]{2,40}?)(?<![多少高低大小])(?:的)?(?:还|要|更)?(?:高|低|多|少|大|小)(?:的)?(?!多少|几|出|了|\\d)(?=$|[${STOP}]|的|项目)`,
  'u',
);

/** 平均执行率比…高 / 合计超过…: a figure compared with a figure is arithmetic (arithmetic.ts), not a condition. */
const FIGURE_BEFORE = /(?:平均|合计|总额|总计|一共|总共|加起来)[^，,的]{0,8}$/u;
const POINTS_BACK =
  /^(?:她|他|它|其|他们|她们|它们|自己|本人|这些|这几个|这些项目|上述)(?:负责|名下|管)?(?:的)?(?:项目|那些项目)?(?:的)?/u;
const ALL = /^(?:全部|所有|全体|整体|全区)(?:的)?(?:项目)?(?:的)?$/u;
const TRAIL = /(?:的)?(?:那个|那一个|那项)?(?:的)?$/u;

/** Words of a figure that begin with an amount, a score or a count (100万的项目中…): a bound said as a number, no
 * figure to look up (2021年平均总分 begins with a year: a figure of that year's projects). */
const NUMBER_FIRST = /^\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(?:万|千|百|亿|元|块|分|%|个)/u;

type Compare = Extract<LeafFilter, { type: 'compare' }>;

/** The figure's words in a question, when it compares a field with one; `named`: one project's own figure. */
export function findReference(text: string): { said: string; named?: boolean } | null {
  for (const shape of [THAN, VERB]) {
    const m = shape.exec(text);
    // 超过100万的项目中执行率最低的: a number said first is the bound itself, the words after it another clause
    if (!m?.[1] || NUMBER_FIRST.test(m[1])) continue;
    if (FIGURE_BEFORE.test(text.slice(0, m.index))) return null;
    return { said: m[1] };
  }
  for (const shape of [NAMED_THAN, NAMED_VERB]) {
    const m = shape.exec(text);
    if (!m?.[1] || FIGURE_BEFORE.test(text.slice(0, m.index))) continue;
    return { said: m[1], named: true };
  }
  return null;
}

/**
 * The one project a figure's words name whole (平安建设经费), as its filters; null when they name anything else too,
 * or no project — a number, a field, an office — for the ordinary reading.
 */
function oneProjectNamed(words: string, vocab: Vocabulary, year: number): Filter[] | null {
  const p = parseQuestion(words, vocab, year);
  if (!p.query || p.unplaced.length || p.query.measures?.length || p.query.order || p.query.select?.length)
    return null;
  const names = p.query.filters;
  return names.length === 1 &&
    names[0]!.type === 'name' &&
    names[0]!.field === 'projectName' &&
    !names[0]!.negate &&
    !names[0]!.starts
    ? names
    : null;
}

/** Far below any figure a form states (amounts in 万元 to four decimals, rates and scores to two). */
const EPSILON = 1e-7;
const placed = (f: Filter) => f.type === 'compare' && f.value === PLACEHOLDER;

/** The query with the figure where the placeholder was; null when the placeholder is gone. */
function withFigure(q: PortfolioQuery, value: number, epsilon = 0): PortfolioQuery | null {
  let hit = false;
  const swap = (f: Filter): Filter => {
    if (f.type === 'any') return { ...f, filters: f.filters.map((x) => swap(x) as LeafFilter) };
    if (!placed(f)) return f;
    hit = true;
    const op = (f as Compare).op;
    const shift = op === '>' || op === '<=' ? epsilon : op === '<' || op === '>=' ? -epsilon : 0;
    return { ...f, value: value + shift } as Filter;
  };
  const filters = q.filters.map(swap);
  return hit ? { ...q, filters } : null;
}

export type ReferenceReading =
  | { ask: string }
  | { text: string; patch: (q: PortfolioQuery) => PortfolioQuery | null; note: string };

/**
 * Reads and computes the figure a question compares its projects with; null when the question has none (or it is
 * not read whole: the ordinary reply then names what was not placed).
 */
export async function readReference(
  sql: SqlExecutor,
  question: string,
  vocab: Vocabulary,
  viewer: Viewer,
  year: number,
): Promise<ReferenceReading | null> {
  const text = question.normalize('NFKC').trim();
  const found = findReference(text);
  if (!found) return null;
  // Whose figure, when a project is named: checked before the question is read again with a placeholder.
  const project = found.named ? oneProjectNamed(found.said, vocab, year) : null;
  if (found.named && !project) return null;
  const start = text.indexOf(found.said);
  const before = text.slice(0, start);
  // 比…最大的那个还大: 的那个 goes with the figure's words.
  const after = text.slice(start + found.said.length).replace(/^(?:的)?(?:那个|那一个|那项)(?!项目)/u, '');
  // The question with the placeholder: which field is compared, and what the question is about.
  let main: { text: string; query: PortfolioQuery; bound: Compare } | null = null;
  for (const [unit, kind] of UNITS) {
    const t = `${before}${PLACEHOLDER}${unit}${after}`;
    const p = parseQuestion(t, vocab, year);
    if (!p.query || p.unplaced.length) continue;
    const bound = p.query.filters.find(placed) as Compare | undefined;
    if (bound && FIELDS[bound.field].kind === kind) {
      main = { text: t, query: p.query, bound };
      break;
    }
  }
  if (!main) return null;
  const field = main.bound.field as NumericField;
  if (project) return namedFigure(sql, found.said, project, main, field, viewer);
  const mark = found.said.match(new RegExp(MARK, 'u'))!;
  const fn: Measure['fn'] = /平均|均值/u.test(mark[0]) ? 'avg' : /高|大|多/u.test(mark[0]) ? 'max' : 'min';
  // The words around the mark: whose figure (潞源, 2020年, 她负责的项目) and of which field (平均总分).
  const own = found.said.slice(0, mark.index).replace(/的$/u, '');
  // 平均分 / 最高水平: the figure of the field compared.
  const tail = found.said
    .slice(mark.index! + mark[0].length)
    .replace(TRAIL, '')
    .replace(/^(?:分|水平|值|数|线)$/u, '');
  if (tail && !namesOnly(tail, field, vocab, year)) return null;
  const others = main.query.filters.filter((f) => !placed(f));
  let filters: Filter[];
  if (ALL.test(own)) filters = [];
  else {
    const scope = own.replace(POINTS_BACK, '');
    if (!scope || POINTS_BACK.test(own)) {
      if (scope) return null;
      filters = others;
    } else {
      const p = parseQuestion(scope, vocab, year);
      if (!p.query || p.unplaced.length || p.query.groupBy || p.query.order || p.query.limit) return null;
      if (!fieldsOnly(p.query, field)) return null;
      const named = new Set(p.query.filters.map(dimension));
      filters = [...others.filter((f) => !named.has(dimension(f))), ...p.query.filters];
    }
  }
  const measure: Measure = { fn, field };
  const table = await executeQuery(sql, { filters, measures: [measure, { fn: 'count' }] }, viewer, {
    digits: 6,
  });
  const value = table.rows[0]?.[0];
  const projects = Number(table.rows[0]?.[1] ?? 0);
  const scopeSaid = describeQuery({ filters }).replace(/^查询：/, '');
  const what = `${scopeSaid}${measureLabel(measure).replace(/\(.*\)$/, '')}`;
  if (!projects) return { ask: `「${found.said}」是${what}，但没有这样的项目，无法比较，未作查询。` };
  if (value === null || value === undefined || value === '')
    return {
      ask: `「${found.said}」是${what}，但这些项目的${FIELDS[field].label}都没有填，无法比较，未作查询。`,
    };
  const v = Number(value);
  const unit = unitOf(field);
  const shown = `${Math.round(v * 100) / 100}${unit === '%' ? '%' : ` ${unit}`}`;
  return {
    text: main.text,
    patch: (q) => withFigure(q, v),
    note: `（「${found.said}」按${what}算：${shown}，${projects} 个项目）`,
  };
}

/** A word after the mark names at most the compared field (平均总分 when 总分 is compared). */
function namesOnly(words: string, field: NumericField, vocab: Vocabulary, year: number): boolean {
  const p = parseQuestion(words, vocab, year);
  return !!p.query && !p.unplaced.length && !p.query.filters.length && fieldsOnly(p.query, field);
}

function fieldsOnly(q: PortfolioQuery, field: NumericField): boolean {
  const named = [...(q.select ?? []), ...(q.measures ?? []).flatMap((m) => (m.field ? [m.field] : []))];
  return named.every((f) => f === field) && !q.groupBy;
}

/**
 * The figure of the one project named (平安建设经费的全年执行数), whatever the viewer's scope of the question: the
 * project compared with is looked up alone. Asked back when the name holds several projects (one per year) or none,
 * or the field is empty there.
 */
async function namedFigure(
  sql: SqlExecutor,
  said: string,
  project: Filter[],
  main: { text: string; query: PortfolioQuery; bound: Compare },
  field: NumericField,
  viewer: Viewer,
): Promise<ReferenceReading> {
  const found = await executeQuery(sql, { filters: project, select: [field] }, viewer, {
    limit: 5,
    digits: 6,
  });
  const label = FIELDS[field].label;
  if (found.total !== 1) {
    const names = found.rows.map((r) => `「${r[0]}」（${r[2] ?? '年度未填'}年）`).join('、');
    return {
      ask: found.total
        ? `「${said}」对上了 ${found.total} 个项目（${names}），不知道和哪一个的${label}比，未作查询。请写明年度或写全项目名称。`
        : `没有找到「${said}」这个项目，无法比较，未作查询。`,
    };
  }
  // The figure as stored (a list shows it rounded to two places): the one project's, read as a measure.
  const exact = await executeQuery(sql, { filters: project, measures: [{ fn: 'max', field }] }, viewer, {
    digits: 6,
  });
  const value = exact.rows[0]?.[0];
  if (typeof value !== 'number')
    return { ask: `「${found.rows[0]![0]}」的${label}没有填，无法比较，未作查询。` };
  const unit = unitOf(field);
  const shown = `${Math.round(value * 100) / 100}${unit === '%' ? '%' : ` ${unit}`}`;
  return {
    text: main.text,
    // The stored amount and the figure read back may differ in the last binary digit: the bound is moved by far less
    // than any amount written, so that the project never exceeds itself (nor falls short of itself).
    patch: (q) => withFigure(q, value, EPSILON),
    note: `（「${said}」按项目「${found.rows[0]![0]}」（${found.rows[0]![2] ?? '年度未填'}年）的${label}算：${shown}）`,
  };
}
