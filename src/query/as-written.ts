/**
 * An office or place asked exactly as written (issue 10): a name typed inside quotation marks (实施单位写的是“党群办”的,
 * 「党群办」的项目) or after 只写了 / 只填了 / 就写着 / 写的是 names the cell holding those very words. Resolved
 * loosely, 党群办 also stands for every 党群工作办公室 (its derived short form) and every name that contains it: 23
 * projects where the clerk asked about 1. When a stored name is the term itself, only it is meant; when none is, the
 * wider reading stays and the answer says it (describe.ts).
 */
import type { NameField } from './fields.ts';
import { type NameMatch, orgKey } from './names.ts';

/** Quotation marks right before and after a name. */
const OPEN = /[“「『"‘'《]\s*$/u;
const CLOSE = /^\s*[”」』"’'》]/u;
/** Words saying the cell holds just these words: 只写了 / 只填了 / 就写着 / 写的是 / 填的是 / 写着. */
const WRITTEN_AS = /(?:只|就|仅|光)(?:写|填|录)(?:了|着|的是|的)?\s*$|(?:写|填)(?:的是|着)\s*$/u;

/**
 * The stored names of `match` that are the name as written, when the question asks it as written; null otherwise
 * (no quotes, no 只写了, a project name, or no stored name equal to it: the wider reading is kept and said).
 */
export function namesAsWritten(
  text: string,
  start: number,
  written: string,
  match: NameMatch,
): { field: NameField; values: string[]; alsoUnits?: string[] } | null {
  if (match.field === 'projectName' || match.field === 'owner') return null;
  const at = text.indexOf(written, Math.max(0, start - 2));
  if (at < 0) return null;
  const before = text.slice(0, at);
  const after = text.slice(at + written.length);
  const quoted = OPEN.test(before) && CLOSE.test(after);
  if (!quoted && !WRITTEN_AS.test(before)) return null;
  const key = orgKey(written);
  const same = (names: string[]) => names.filter((n) => orgKey(n) === key);
  const values = same(match.values);
  const units = same(match.alsoUnits ?? []);
  if (!values.length && !units.length) return null;
  // 党群办 stored as a 实施单位 only: the 主管部门 reading of the same word finds nothing as written.
  if (!values.length) return { field: 'implementingUnit', values: units };
  return { field: match.field, values, ...(units.length ? { alsoUnits: units } : {}) };
}
