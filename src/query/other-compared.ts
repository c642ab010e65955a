/**
 * 那个跟老旧小区改造那个比，差多少 right after one project's figure (晨光路拆迁资金是多少钱): the same figure of the other
 * project set against it — said as the one question the arithmetic reader answers (晨光路拆迁资金跟老旧小区改造比，全年
 * 预算数差多少). Only after an answer about one project and one figure; the other side is read by the names reader like
 * any name (a name it cannot place is reported, never dropped).
 */
import type { AskedQuestion } from './context.ts';
import { FIELDS, type FieldId } from './fields.ts';

/** (嗯 / 那 / 那个 / 它) 跟X(那个)比(一下)，差多少 / 多多少 / 少多少 / 相差多少 */
const OTHER_COMPARED =
  /^(?:(?:嗯|那|那么|那个|这个|它|就是)[，,\s]*)*(?:跟|和|与|同)\s*([^，,。？?！!]{2,30}?)(?:那个|这个)?(?:的)?(?:相)?比(?:一下|较)?[，,\s]*(?:的话)?[，,\s]*((?:相)?差|多|少)(?:了)?(多少|几)/u;

export function otherProjectCompared(message: string, previous: AskedQuestion): string | null {
  if (!previous.project || previous.arith) return null;
  const fields = (previous.query.select ?? []).filter((f): f is FieldId => typeof f === 'string');
  const [field] = fields;
  if (fields.length !== 1 || !field || FIELDS[field]?.kind !== 'money') return null;
  const m = OTHER_COMPARED.exec(message.normalize('NFKC').trim());
  if (!m) return null;
  return `${previous.project}跟${m[1]}比，${FIELDS[field].label}${m[2]}${m[3]}`;
}
