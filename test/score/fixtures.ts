import type { FormRecord, FundsCell, FundsRow, Indicator } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { ScoringRules } from '../../src/score/rules.ts';
import type { Finding, FindingCode } from '../../src/score/types.ts';

/** Small hand-made records for the validator tables: `baseRecord()` is consistent and raises nothing. */

export function cell(raw: string, unit?: '元' | '万元'): FundsCell {
  const n = Number(raw.replace(/[,%％]/g, ''));
  const value = raw.trim() === '' || raw.trim() === '—' || Number.isNaN(n) ? null : n;
  return unit ? { raw, value, unit } : { raw, value };
}

export function fundsRow(
  initial: string,
  annual: string,
  executed: string,
  weight: string,
  rate: string,
  score: string,
): FundsRow {
  return {
    initialBudget: cell(initial),
    annualBudget: cell(annual),
    executed: cell(executed),
    weight: cell(weight),
    rate: cell(rate),
    score: cell(score),
  };
}

export function ind(
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: number | null,
  score: number | null,
  deviation = '',
): Indicator {
  return {
    level1,
    level2,
    name,
    target,
    actual,
    weight,
    score,
    deviation,
    weightRaw: weight === null ? '' : String(weight),
    scoreRaw: score === null ? '' : String(score),
  };
}

export function placeholder(level1: string, level2: string, name = '指标2：'): Indicator {
  return { ...ind(level1, level2, name, '', '', null, null), placeholder: true };
}

/** Budget 50 / executed 47.5 → 95% → 9.5; indicators 产出50/效益30/满意度10; total 99.5. */
export function baseRecord(): FormRecord {
  return {
    id: 'fixture',
    year: 2023,
    projectName: '社区文化活动经费',
    department: '北京市通州区某街道办事处',
    implementingUnit: '北京市通州区某街道办事处',
    owner: '张三',
    phone: '010-67270395',
    funds: {
      total: fundsRow('50', '50', '47.5', '10', '95%', '9.5'),
      fiscal: fundsRow('50', '50', '47.5', '—', '95%', '—'),
      carryOver: fundsRow('', '', '', '—', '', '—'),
      other: fundsRow('', '', '', '—', '', '—'),
    },
    goals: { expected: '开展社区文化活动 100 次', actual: '开展 120 次，目标已完成' },
    indicators: [
      ind('产出指标', '数量指标', '开展文化活动', '≥100次', '120次', 20, 20),
      ind('产出指标', '质量指标', '活动验收合格率', '100%', '100%', 10, 10),
      ind('产出指标', '时效指标', '按时完成', '2023年12月前完成', '按时完成', 10, 10),
      ind('产出指标', '成本指标', '活动成本', '≤20万元', '12万元', 10, 10),
      ind('效益指标', '社会效益指标', '丰富居民文化生活', '优良中差', '优', 15, 15),
      ind('效益指标', '可持续影响指标', '长效机制', '长期发挥作用', '达到预期', 15, 15),
      ind('满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '95%（有效问卷120份）', 10, 10),
    ],
    totalWeight: 100,
    totalScore: 99.5,
  };
}

/** A record changed by `edit` (which mutates a fresh copy). */
export function withEdit(edit: (r: FormRecord) => void): FormRecord {
  const r = baseRecord();
  edit(r);
  return r;
}

export function findingsOf(r: FormRecord, rules?: ScoringRules): Finding[] {
  return checkRecord(r, rules).findings;
}

export function codesOf(r: FormRecord, rules?: ScoringRules): FindingCode[] {
  return findingsOf(r, rules).map((f) => f.code);
}

export function findOne(r: FormRecord, code: FindingCode, rules?: ScoringRules): Finding | undefined {
  return findingsOf(r, rules).find((f) => f.code === code);
}

/** The indicator at `i` of a record (tests build the records, so it exists). */
export function row(r: FormRecord, i: number): Indicator {
  const x = r.indicators[i];
  if (!x) throw new Error(`no indicator ${i}`);
  return x;
}
