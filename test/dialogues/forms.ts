/**
 * The forms the dialogues upload: the small word-text test form (test/llm/forms.ts) with a project name of its own
 * (so every upload is a new form) and some cells blanked or changed, as a clerk's half-filled form would be.
 */
import { FORM_ROWS, wordText } from '../llm/forms.ts';

/** Cell edits: the row is found by its first non-empty cell (or, for indicator rows, the 三级指标 name). */
export interface FormSpec {
  /** 项目负责人 / 联系电话 as written ('' = blank). */
  owner?: string;
  phone?: string;
  /** 主管部门 / 实施单位 as written ('' = blank). */
  department?: string;
  implementingUnit?: string;
  /** 年度资金总额 row: 年初预算数, 全年预算数, 全年执行数, 执行率, 得分 as written. */
  funds?: Partial<Record<'initialBudget' | 'annualBudget' | 'executed' | 'rate' | 'score', string>>;
  /** Indicator rows by 三级指标 name: 实际完成值 / 得分 as written. */
  rows?: Record<string, { actual?: string; score?: string }>;
  /** 总分 row's stated score. */
  total?: string;
}

const FUNDS_COLUMN = { initialBudget: 2, annualBudget: 3, executed: 4, rate: 6, score: 7 } as const;

export function formText(projectName: string, spec: FormSpec): string {
  const rows = FORM_ROWS.map((row) => [...row]);
  for (const row of rows) {
    if (row[0] === '项目名称') row[1] = projectName;
    if (row[0] === '主管部门') {
      if (spec.department !== undefined) row[1] = spec.department;
      if (spec.implementingUnit !== undefined) row[3] = spec.implementingUnit;
    }
    if (row[0] === '项目负责人') {
      if (spec.owner !== undefined) row[1] = spec.owner;
      if (spec.phone !== undefined) row[3] = spec.phone;
    }
    if (row[1] === '年度资金总额' || row[1] === '其中：当年财政拨款') {
      for (const [key, value] of Object.entries(spec.funds ?? {})) {
        const column = FUNDS_COLUMN[key as keyof typeof FUNDS_COLUMN];
        // The fiscal row repeats the total's amounts; only the total row carries 得分.
        if (row[1] === '年度资金总额' || key !== 'score') row[column] = value;
      }
    }
    const edit = spec.rows?.[row[3] ?? ''];
    if (edit && row[0] === '') {
      if (edit.actual !== undefined) row[5] = edit.actual;
      if (edit.score !== undefined) row[7] = edit.score;
    }
    if (row[0] === '总分' && spec.total !== undefined) row[2] = spec.total;
  }
  return wordText(rows);
}
