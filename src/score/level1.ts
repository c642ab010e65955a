/**
 * Canonical 一级 group of an indicator row, for grouping only (the record keeps the label as written).
 * Tolerates typos (`产出标指`) and the 2021 template's 一级 成本指标. A 二级 label of the 效益 or 满意度 family
 * under a written 产出指标 wins: that 一级 cell was blank on the form and the merged cell above was filled down.
 */

export const OUTPUT = '产出指标';
export const COST = '成本指标';
export const BENEFIT = '效益指标';
export const SATISFACTION = '满意度指标';

/** Display order of the known groups. */
export const LEVEL1_ORDER: readonly string[] = [OUTPUT, COST, BENEFIT, SATISFACTION];

function family(label: string): string | null {
  if (label.includes('满意')) return SATISFACTION;
  if (label.includes('效益') || label.includes('影响')) return BENEFIT;
  if (label.includes('产出')) return OUTPUT;
  if (label.includes('成本')) return COST;
  if (/数量|质量|时效/.test(label)) return OUTPUT;
  return null;
}

export function canonicalLevel1(level1: string, level2: string): string {
  const l1 = level1.replace(/\s+/g, '');
  const l2 = level2.replace(/\s+/g, '');
  const f1 = family(l1);
  const f2 = family(l2);
  if (f1 === OUTPUT && (f2 === BENEFIT || f2 === SATISFACTION)) return f2;
  if (f1) return f1;
  if (f2 === COST) return OUTPUT; // a 二级 成本指标 with no 一级 belongs to 产出指标 (10号 template)
  return f2 ?? (l1 || '未标明一级指标');
}

/** The group the 一级 label alone names (null when blank or unknown). */
export function writtenLevel1(level1: string): string | null {
  return family(level1.replace(/\s+/g, ''));
}

/** Group used for the 10/50/30/10 comparison: 成本指标 counts with 产出指标. */
export function standardGroup(canonical: string): string {
  return canonical === COST ? OUTPUT : canonical;
}
