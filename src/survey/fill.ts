import { getPath, setPath } from '../bot/fields.ts';
import type { FormRecord, Indicator, Provenance } from '../record/record.ts';
import { canonicalLevel1, SATISFACTION } from '../score/level1.ts';
import type { CheckResult } from '../score/types.ts';
import type { FieldChange } from '../store/store.ts';
import type { SurveyResult } from './model.ts';

/** Where a survey's result goes in a form, and the form once it is there (pure: the caller saves it). */

export type Filled =
  | {
      kind: 'write';
      record: FormRecord;
      provenance: Provenance;
      changes: FieldChange[];
      row: number;
      actual: string;
    }
  /** A value a person wrote is in the row: it is not replaced without their say (`force`). */
  | { kind: 'held'; row: number; current: string };

/** The 满意度 row: the first non-placeholder row whose 一级 or 二级 label is of the satisfaction family. */
export function satisfactionRow(record: FormRecord): number {
  return record.indicators.findIndex(
    (r) => !r.placeholder && canonicalLevel1(r.level1, r.level2) === SATISFACTION,
  );
}

/** `93.8%（有效问卷48份）`: the rate with its sample, as forms state it (and as the scorer reads it). */
export const resultText = (r: SurveyResult) => `${r.rate}%（有效问卷${r.valid}份）`;

export function fillSatisfaction(
  form: { record: FormRecord; provenance: Provenance; check: CheckResult },
  surveyId: string,
  result: SurveyResult,
  check: (record: FormRecord) => CheckResult,
  force: boolean,
): Filled {
  let record = form.record;
  const provenance: Provenance = { ...form.provenance };
  const changes: FieldChange[] = [];
  let row = satisfactionRow(record);
  if (row < 0) {
    // The form has no 满意度 row: one is added; its 分值 and 指标值 are then asked like any missing field.
    const added: Indicator = {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '服务对象满意度',
      target: '',
      actual: '',
      weight: null,
      score: null,
      deviation: '',
      weightRaw: '',
      scoreRaw: '',
    };
    record = structuredClone(record);
    record.indicators.push(added);
    row = record.indicators.length - 1;
    changes.push({ path: `indicators[${row}]`, oldValue: null, newValue: added });
  }
  const actualPath = `indicators[${row}].actual`;
  const current = String(getPath(record, actualPath) ?? '').trim();
  const bySurvey = provenance[actualPath]?.method === 'survey';
  if (current !== '' && !bySurvey && !force) return { kind: 'held', row, current };

  const actual = resultText(result);
  const source = {
    ref: `survey:${surveyId}`,
    method: 'survey' as const,
    quote: `满意度调查 ${surveyId}：回收 ${result.responses} 份，有效 ${result.valid} 份，满意 ${result.satisfied} 人`,
    survey: {
      id: surveyId,
      responses: result.responses,
      valid: result.valid,
      satisfied: result.satisfied,
      method: result.method,
    },
  };
  const write = (path: string, value: unknown) => {
    const oldValue = getPath(record, path) ?? null;
    if (JSON.stringify(oldValue) === JSON.stringify(value)) return;
    record = setPath(record, path, value);
    provenance[path] = source;
    changes.push({ path, oldValue, newValue: value });
  };
  write(actualPath, actual);
  // Re-scored: the row's 得分 follows the rules on the new value; the stated 总分 follows when it added up before.
  const after = check(record);
  const computed = after.score.indicators.find((i) => i.index === row)?.computed;
  if (computed !== null && computed !== undefined) {
    write(`indicators[${row}].score`, Math.round(computed * 100) / 100);
    const before = form.check.score.total;
    const consistent =
      before.stated !== null && before.computed !== null && before.stated === before.computed;
    const total = check(record).score.total.computed;
    if (consistent && total !== null) write('totalScore', Math.round(total * 100) / 100);
  }
  return { kind: 'write', record, provenance, changes, row, actual };
}
