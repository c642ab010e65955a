/**
 * 主管部门和实施单位填反了 / 实施单位跟主管部门是不是写反了 / 实施单位比主管部门级别还高: forms whose two cells look
 * swapped — the 实施单位 an office that is a superior body (a 街道办事处, a 局 or 委, a 政府) and the 主管部门 one of the
 * internal offices such a body has (办公室, 科, 股, 中心, 所, 站, 队) — the `unitsSwapped` filter. Read from the cells'
 * kinds, which every office's forms name the same way, not from any office's names. The words are taken off the
 * question and the filter added to what the rest reads as (a list, a count).
 */
import type { ReferenceReading } from './reference.ts';

const DEPARTMENT = '主管部门';
const UNIT = '(?:实施单位|执行单位)';
const JOIN = '\\s*(?:和|跟|与|同|、)\\s*';
const MAYBE = '\\s*(?:是不是|是否|有没有|可能|疑似|好像|都)?';
const SWAPPED = '(?:(?:填|写|弄|搞|报|放|颠)(?:反|倒|颠倒)|颠倒|对调|互换|反)(?:了)?';

const READINGS: readonly RegExp[] = [
  // 主管部门和实施单位填反了 / 实施单位跟主管部门是不是写反了 / 主管部门与实施单位颠倒的
  new RegExp(
    `(?:${DEPARTMENT}${JOIN}${UNIT}|${UNIT}${JOIN}${DEPARTMENT})(?:的)?(?:位置|两栏|这两栏|两项)?${MAYBE}${SWAPPED}`,
    'u',
  ),
  // 主管部门写的是科室 实施单位反而写的是…办事处: the case said by what each cell holds (the office named after it
  // stays: a scope)
  new RegExp(
    `${DEPARTMENT}(?:写的是|写成了?|填的是|填成了?|是)(?:内设)?(?:科室|办公室|科)(?:的)?[，,\\s]*(?:而|但)?(?:${UNIT}(?:反而|却|倒)?(?:写的是|填的是|写成了?|填成了?|是))?`,
    'u',
  ),
  // 实施单位比主管部门级别还高 / 实施单位级别高于主管部门
  new RegExp(
    `${UNIT}(?:的)?(?:级别)?(?:比${DEPARTMENT}(?:的)?(?:级别)?(?:还|更)?高|(?:级别)?高于${DEPARTMENT}(?:的级别)?)`,
    'u',
  ),
];

/** A superior body, by how its name ends (whitespace aside): 街道办事处, 人民政府, 发展和改革委员会 / 发改委, 财政局. */
export const SUPERIOR_BODY = '(办事处|政府|委员会|委|局)$';
/** An internal office of one: 综合办公室, 产业发展科, 便民服务中心, 财政所. */
export const INTERNAL_OFFICE = '(办公室|科|股|中心|所|站|队)$';

export function readUnitsSwapped(question: string): ReferenceReading | null {
  const text = question.normalize('NFKC').trim();
  for (const pattern of READINGS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index);
    // (…填反了的 forms（主管部门写的是科室）: the case said again in brackets)
    let after = text
      .slice(m.index + m[0].length)
      .replace(/[（(][^（）()]{0,20}?科室[^（）()]{0,10}[)）]/u, '');
    // 主管部门和实施单位填反了的有哪些: the projects are what is asked, said or not.
    if (!/项目|表/u.test(before + after))
      after = /^的/u.test(after) ? `的项目${after.slice(1)}` : `项目${after}`;
    return {
      text: `${before}${after}`,
      patch: (q) => ({ ...q, filters: [...q.filters, { type: 'unitsSwapped' }] }),
      note: `（「${m[0]}」按实施单位是上级机关（街道办事处、局、委、政府）而主管部门是机关内设科室（办公室、科、中心、所等）理解）`,
    };
  }
  return null;
}
