import type { FormRecord } from './record.ts';

/** Zero-width and invisible format characters that make two equal-looking names differ. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Full-width letters and digits: the same name typed with an input method's full-width mode. */
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/**
 * A name that identifies something (department, unit, project): full-width letters and digits, non-breaking and
 * ideographic spaces become their plain forms, invisible characters are removed, runs of spaces made one. Chinese
 * punctuation (（）、：) stays as typed: it is how the name is written, and the export gives it back unchanged.
 */
export function normalizeName(value: string): string {
  return value
    .replace(FULL_WIDTH_ALNUM, (c) => c.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The record with its identity-bearing fields normalised, so a form counts for the department it names. */
export function normalizeIdentity(record: FormRecord): FormRecord {
  const fix = (v: string | null | undefined) => (typeof v === 'string' ? normalizeName(v) : v);
  return {
    ...record,
    projectName: fix(record.projectName) as FormRecord['projectName'],
    department: fix(record.department) as FormRecord['department'],
    implementingUnit: fix(record.implementingUnit) as FormRecord['implementingUnit'],
  };
}
