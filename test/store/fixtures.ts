import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import type { CheckResult, Finding } from '../../src/score/types.ts';

export function sampleRecord(overrides: Partial<FormRecord> = {}): FormRecord {
  return {
    ...emptyRecord(),
    year: 2023,
    projectName: '社区养老服务项目',
    department: '通州区民政局',
    ...overrides,
  };
}

export function sampleCheck(findings: Finding[] = [], missing: CheckResult['missing'] = []): CheckResult {
  return {
    score: {
      budget: { weight: 10, rate: 100, statedRate: 100, computed: 10, stated: 10 },
      levels: [],
      indicators: [],
      total: { stated: 90, computed: 95, byRules: 95, weight: 100 },
      grade: '优',
      precision: 2,
      scheme: 'standard',
    },
    findings,
    missing,
  };
}

export const ownerMissing: Finding = {
  code: 'FIELD_MISSING',
  severity: 'error',
  path: 'owner',
  message: '项目负责人未填写。',
};
