/**
 * 政法委群防群治补助经费那个米面油慰问品，指标上写买多少，实际买了多少 / 第五次经济普查 聘了几个临时人员: one project
 * named, and one of its indicator rows named by words of the row's own name that the reader could not place (米面油慰问品,
 * 临时人员). The asker words the row as they remember it, not by a level (数量指标) or 指标 said after it, so no rule of
 * the row reader holds it; the project's own rows do. They are read, and the row is the one of that project whose
 * 三级指标 holds every word left over; the row question is then answered of that row by its stored name (answer.ts).
 *
 * Guarded three ways, so that a condition, another field or an unknown name is never read around: only the rows of the
 * one project the question names are searched; every word left over (less the words of the row's cells, of doing, of
 * asking and of measure) must be inside that one row's name; and the reply says which row was taken for which words.
 */
import type { SqlExecutor } from '../store/sql.ts';
import { formsSubquery, type Viewer } from './execute.ts';
import type { Filter } from './query.ts';
import type { RowColumn, RowQuestion } from './row-question.ts';
import { substringDistance } from './similar.ts';

/** Words of the row's cells and of asking that the reader leaves over around a row's name (指标上写, 实际完成值, 口径). */
const CELL_WORDS =
  /年度指标值|指标值|目标值|实际完成值|完成值|实际完成|实际|完成|目标|指标|分值|得分|偏差原因|原因|口径|那条|这条|那项|这项|那一条|这一条|值|写|定/gu;
/** A measure word said with the figure asked (多少件, 几个人, 多少平米): no word of the row's name. */
const MEASURE = /^(?:[件个人份次条项元场本户名台套处]|平米|平方米?|米|人次|万元|公里)$/u;
/**
 * What the asker did, said around the row's name (米面油发了多少份, 防水铺了多少平米, 实际搞了几次, 宣传品做了多少件)
 * and the asking words (多大面积): the row's name is in the nouns, not in these.
 */
const DOING =
  /(?:多大|多少|多长|几)|[发做搞放建铺聘买办修装种印送用开](?:了|过)?$|^[发做搞放建铺聘买办修装种印送用开](?:了|过)?/gu;
/** When, said around the row's figure (一年放了几场, 实际一共发了多少): no word of the row's name. */
const WHEN = /^(?:一年|全年|今年|去年|当年|年度|一共|总共|共|实际|最后|到底)+|(?:一年|全年|一共|总共)+$/gu;
/** Measure words too common to find a row by (几个, 几项): most rows count in them. */
const COMMON_MEASURE = /^[个项条人名]$/u;
/** 指标3：参与人数: the number some forms put before the row's name. */
const NUMBERED = /^指标\s*\d+\s*[:：]\s*/u;

/** Only the letters and digits of a name (购买慰问品米、面、油 → 购买慰问品米面油). */
const wordsOnly = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/** The name holds the word, or (放映场次 for 播放场次) a word of four characters or more one character apart. */
const holds = (name: string, word: string) =>
  name.includes(word) || (word.length >= 4 && substringDistance(word, name) <= 1);

export interface RowByWords {
  project: string;
  row: string;
  /** The words the row was found by (its name's, or the unit of its figures). */
  by: string[];
}

/** The words left over that must name the row: Han words, less the cells' words, doing, asking and measure words. */
export function rowWords(unplaced: readonly string[]): string[] {
  return unplaced
    .map((w) => wordsOnly(w.normalize('NFKC').replace(CELL_WORDS, '')).replace(DOING, '').replace(WHEN, ''))
    .filter((w) => /\p{Script=Han}/u.test(w) && !MEASURE.test(w));
}

/**
 * 样本量定的多少, read as 样 | 本 | 量定 (本 taken for a word of its own): words left over with one character between
 * them in the question are one word the reader cut, put back together with it (样本量定).
 */
export function joinedAcrossCuts(question: string, unplaced: readonly string[]): string[] {
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const joined: string[] = [];
  for (const word of unplaced) {
    const last = joined.at(-1);
    const cut = last
      ? new RegExp(`${literal(last)}(\\p{Script=Han}?)${literal(word)}`, 'u').exec(question)
      : null;
    if (cut) joined[joined.length - 1] = cut[0];
    else joined.push(word);
  }
  return joined;
}

/** The one row of the one project in scope whose name holds every word, or null. */
export async function rowByItsWords(
  sql: SqlExecutor,
  viewer: Viewer,
  filters: Filter[],
  unplaced: readonly string[],
): Promise<RowByWords | null> {
  const words = rowWords(unplaced);
  // 一年放了几场: no word of the name, only the unit the figure is counted in — the row counted in it (播放场次, 148场)
  const unit = words.length
    ? null
    : unplaced.map((w) => w.trim()).find((w) => MEASURE.test(w) && !COMMON_MEASURE.test(w));
  // a word of two characters at least: single characters alone match too much
  if (!unit && !words.some((w) => w.length >= 2)) return null;
  // a project named: the scope must hold exactly one form (an office's forms are many, and their rows many more)
  if (!filters.length) return null;
  const forms = formsSubquery(viewer, filters, 'form_id, project_name');
  const { rows: found } = await sql.query<{ form_id: string; project_name: string | null }>(
    `SELECT form_id, project_name FROM ${forms.sql} f LIMIT 2`,
    forms.params,
  );
  if (found.length !== 1 || !found[0]!.project_name) return null;
  const { rows } = await sql.query<{ name: string | null; target: string | null; actual: string | null }>(
    'SELECT name, target, actual FROM indicator_rows WHERE form_id = $1 ORDER BY n',
    [found[0]!.form_id],
  );
  if (unit) {
    const counted = [
      ...new Set(
        rows
          .filter((r) => r.name && `${r.name}${r.target ?? ''}${r.actual ?? ''}`.includes(unit))
          .map((r) => r.name!),
      ),
    ];
    return counted.length === 1 ? { project: found[0]!.project_name, row: counted[0]!, by: [unit] } : null;
  }
  const holding = [
    ...new Set(
      rows
        .map((r) => r.name ?? '')
        .filter((name) => {
          const bare = wordsOnly(name.normalize('NFKC').replace(NUMBERED, ''));
          return bare && words.every((w) => holds(bare, w));
        }),
    ),
  ];
  if (holding.length !== 1) return null;
  return { project: found[0]!.project_name, row: holding[0]!, by: [...new Set(words)] };
}

/**
 * 晨光路拆迁 那个群众满意度 得了几分: after a project named (晨光路拆迁资金), a word taken for a piece of other projects'
 * names (群众, in five of them) that is the named project's own row (群众满意度). The reading asked of either — the
 * project, or any project holding the piece: six projects' 满意度 scores for one row's. When the one project's rows
 * hold the piece in exactly one row's name, and a cell of a row is asked, that row of that project is what is asked.
 */
export async function rowOfNamePiece(
  sql: SqlExecutor,
  viewer: Viewer,
  filters: Filter[],
  question: string,
): Promise<(RowByWords & { scope: Filter[] }) | null> {
  // a cell of a row asked (得了几分, 目标, 实际完成): else two projects may be meant (X和群众文化活动经费的预算)
  if (!cellsSaid(question).length) return null;
  const at = filters.findIndex(
    (f) =>
      f.type === 'any' &&
      f.filters.every((l) => l.type === 'name' && l.field === 'projectName' && !l.negate) &&
      f.filters.filter((l) => l.type === 'name' && l.values?.length === 1).length === 1,
  );
  if (at < 0) return null;
  const either = filters[at] as Extract<Filter, { type: 'any' }>;
  const named = either.filters.find((l) => l.type === 'name' && l.values?.length === 1)!;
  const pieces = either.filters
    .filter((l) => l !== named && l.type === 'name')
    .map((l) => (l as { term: string }).term);
  if (pieces.length !== 1) return null;
  const scope = filters.map((f, i) => (i === at ? named : f));
  const found = await rowByItsWords(sql, viewer, scope, pieces);
  return found ? { ...found, scope } : null;
}

/** The cells asked of the row, in the form's order; none said: the target and the actual value. */
export function cellsAsked(question: string): RowColumn[] {
  const cells = cellsSaid(question);
  return cells.length ? cells : ['target', 'actual'];
}

/** The cells of a row the question names (none: an empty list). */
export function cellsSaid(question: string): RowColumn[] {
  const q = question.normalize('NFKC');
  const cells: RowColumn[] = [];
  if (
    /目标|指标值|计划|定(?:的|了)?[^，,。？?]{0,3}?(?:多少|几)|写的?[^，,。？?]{0,3}?(?:多少|几)|写(?:着|了)?[买发办做建审聘]|要求|上限|下限/u.test(
      q,
    )
  )
    cells.push('target');
  if (/实际|完成|做到|达到|最后|结果/u.test(q)) cells.push('actual');
  if (/分值|满分/u.test(q)) cells.push('weight');
  if (/得分|得了几分|得几分|扣/u.test(q)) cells.push('score');
  if (/原因|偏差|理由|说明/u.test(q)) cells.push('deviation');
  return cells;
}

/** The row question for the row found: that row by its whole stored name, the cells asked. */
export function rowQuestionOf(found: RowByWords, question: string): RowQuestion {
  return { term: found.row, columns: cellsAsked(question), output: 'rows', rest: '' };
}
