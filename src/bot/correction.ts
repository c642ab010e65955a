import type { FormRecord } from '../record/record.ts';
import { FIELD_WORDS, FIELD_WORDS_LONGEST_FIRST } from './field-words.ts';
import { fieldInfo } from './fields.ts';
import { fold } from './intent.ts';

/**
 * The fields a clerk names when correcting an earlier answer ("刚才电话写错了", "满意度应该是92%"): header and funds
 * fields by their labels and the words staff use for them, indicator rows by their own name on this form. Only
 * fields the form has are returned; nothing named → [] (the bot then takes the last write, or the open question).
 */

/** Which column of an indicator row a correction is about; 实际完成值 unless it says otherwise. */
const COLUMN_WORDS: [RegExp, string][] = [
  [/得分|打分|分数/, 'score'],
  [/分值|权重/, 'weight'],
  [/偏差|原因/, 'deviation'],
  [/指标值|目标值/, 'target'],
];

export function namedFields(text: string, record: FormRecord): string[] {
  let rest = fold(text);
  const paths = new Set<string>();
  // Longest words first, each taken out once found: 年初预算数 is not also 预算, 项目负责人 not also 负责人 again.
  for (const word of FIELD_WORDS_LONGEST_FIRST) {
    if (!rest.includes(word)) continue;
    const path = FIELD_WORDS[word] ?? '';
    if (fieldInfo(record, path)) paths.add(path);
    rest = rest.replaceAll(word, '｜');
  }
  const column = COLUMN_WORDS.find(([re]) => re.test(rest))?.[1] ?? 'actual';
  record.indicators.forEach((row, i) => {
    if (row.placeholder) return;
    const name = fold(row.name ?? '');
    const bySatisfaction = /满意/.test(rest) && /满意/.test(`${row.level1}${row.name}`);
    if ((name.length >= 2 && rest.includes(name)) || bySatisfaction) paths.add(`indicators[${i}].${column}`);
  });
  // 满意度 names one row only when the form has one satisfaction row; several: not named precisely enough.
  const rows = [...paths].filter((p) => p.startsWith('indicators['));
  if (rows.length > 1) for (const p of rows) paths.delete(p);
  return [...paths].filter((p) => fieldInfo(record, p));
}
