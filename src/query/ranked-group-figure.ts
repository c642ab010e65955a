/**
 * 执行率最低的部门是哪个，执行率多少？ / 预算最多的部门是哪个，预算多少: the later ask names only the figure the earlier
 * ask ranked the groups by, and the one group found is what it is about — its figure, which the earlier answer computed.
 * Read alone the later ask was every project's figure (169 rows) or the figure of all projects (21891 万元 instead of the
 * department's 16919), both wrong.
 */
import type { Reply } from '../bot/messages.ts';
import type { Store } from '../store/store.ts';
import type { AskedQuestion } from './context.ts';
import { executeQuery, measureLabel, type Viewer } from './execute.ts';
import { parseQuestion } from './parse.ts';
import type { Vocabulary } from './vocabulary.ts';

export async function rankedGroupFigure(
  store: Store,
  text: string,
  previous: AskedQuestion,
  vocab: Vocabulary,
  viewer: Viewer,
  year: number,
): Promise<Reply | null> {
  const before = previous.query;
  if (!before.groupBy || before.limit !== 1 || typeof before.order?.by !== 'object') return null;
  const ranked = before.measures?.[before.order.by.measure];
  if (!ranked?.field) return null;
  const alone = parseQuestion(text, vocab, year);
  const q = alone.query;
  if (!q || alone.unplaced.length || q.filters.length || q.groupBy || q.order) return null;
  const asked = [...(q.select ?? []), ...(q.measures ?? []).map((m) => m.field)];
  if (asked.length !== 1 || asked[0] !== ranked.field) return null;
  const table = await executeQuery(store.sql, before, viewer);
  const top = table.rows[0];
  if (!top) return null;
  const at = 1 + before.order.by.measure;
  const groups = table.rows.map((r) => String(r[0]));
  return {
    title: '查询结果',
    text: `${groups.join('、')}的${measureLabel(ranked)}：${top[at] ?? '（无数据）'}（即上一问「${previous.text}」所排的数）。`,
  };
}
