/**
 * Reads a target or actual cell as one quantity: `≥5450㎡`, `不超预算数14.63万元`, `达到 95%`, `90%以上`.
 * Conservative on purpose: a cell with two numbers (`2023年12月前`), a unit it does not know, or text after
 * the unit is not a quantity, so dates and descriptions are never scored as numbers.
 */

export type Operator = 'positive' | 'reverse' | 'equality';

export interface Quantity {
  value: number;
  /** Normalised unit ('' when none). */
  unit: string;
  /** Operator written in the cell, if any. */
  operator: Operator | null;
}

/** Priority order: negated phrases before the words they contain (`不低于` before `低于`). */
const OPERATOR_WORDS: ReadonlyArray<readonly [string, Operator]> = [
  ['不低于', 'positive'],
  ['不少于', 'positive'],
  ['不小于', 'positive'],
  ['不高于', 'reverse'],
  ['不超过', 'reverse'],
  ['不超', 'reverse'],
  ['不多于', 'reverse'],
  ['不大于', 'reverse'],
  ['≥', 'positive'],
  ['≤', 'reverse'],
  ['以上', 'positive'],
  ['以内', 'reverse'],
  ['以下', 'reverse'],
  ['控制在', 'reverse'],
  ['超过', 'positive'],
  ['高于', 'positive'],
  ['大于', 'positive'],
  ['多于', 'positive'],
  ['至少', 'positive'],
  ['达到', 'positive'],
  ['低于', 'reverse'],
  ['少于', 'reverse'],
  ['小于', 'reverse'],
  ['>', 'positive'],
  ['<', 'reverse'],
  ['=', 'equality'],
  ['等于', 'equality'],
];

const UNIT_ALIASES: Readonly<Record<string, string>> = {
  '％': '%',
  万: '万元',
  平米: '平方米',
  '㎡': '平方米',
  'm²': '平方米',
  m2: '平方米',
  个工作日: '工作日',
  千米: '公里',
  km: '公里',
};

const UNITS = [
  '%',
  '‰',
  '亿元',
  '万元',
  '千元',
  '元',
  '万',
  '人次',
  '户次',
  '次',
  '人',
  '名',
  '户',
  '个月',
  '个工作日',
  '工作日',
  '个',
  '件',
  '场次',
  '场',
  '项',
  '条',
  '份',
  '辆',
  '台',
  '套',
  '所',
  '处',
  '座',
  '间',
  '栋',
  '家',
  '本',
  '册',
  '篇',
  '期',
  '批',
  '张',
  '块',
  '棵',
  '株',
  '亩',
  '公顷',
  '吨',
  '公斤',
  '千克',
  '平方米',
  '平米',
  '㎡',
  'm²',
  'm2',
  '米',
  '公里',
  '千米',
  'km',
  '年',
  '周',
  '天',
  '日',
  '小时',
  '课时',
  '分钟',
].sort((a, b) => b.length - a.length);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUANTITY_RE = new RegExp(
  `^([^\\d]{0,12}?)(\\d+(?:\\.\\d+)?)(${UNITS.map(escapeRe).join('|')})?(以上|以下|以内|及以上|及以下)?$`,
);

/** Full-width and two-character forms to the symbols the operator table knows; thousands separators dropped. */
function normalise(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[）)]/g, '') // a remark in brackets: `95%（有效问卷120份）`
    .replace(/＞=|>=|≧/g, '≥')
    .replace(/＜=|<=|≦/g, '≤')
    .replace(/＞/g, '>')
    .replace(/＜/g, '<')
    .replace(/＝/g, '=')
    .replace(/％/g, '%')
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1');
}

export function operatorIn(text: string): Operator | null {
  for (const [word, op] of OPERATOR_WORDS) if (text.includes(word)) return op;
  return null;
}

export function parseQuantity(text: string): Quantity | null {
  if (!/\d/.test(text)) return null; // most actuals are phrases (达到目标): skip the normalising
  const m = QUANTITY_RE.exec(normalise(text));
  if (!m) return null;
  const [, prefix = '', num = '', unit = '', suffix = ''] = m;
  return { value: Number(num), unit: UNIT_ALIASES[unit] ?? unit, operator: operatorIn(prefix + suffix) };
}

/** Target and actual can be compared when the units agree, or one side has none and the other is not a rate. */
export function unitsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return a !== '%' && b !== '%';
  return false;
}

/** Operator from a 指标性质 cell (Sichuan form): `≥`, `≤`, `=`, 正向, 反向; null when it names none. */
export function operatorFromNature(nature: string): Operator | 'qualitative' | null {
  const n = normalise(nature);
  if (n === '') return null;
  if (n.includes('定性')) return 'qualitative';
  if (n.includes('正向')) return 'positive';
  if (n.includes('反向')) return 'reverse';
  return operatorIn(n);
}
