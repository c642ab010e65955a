import { type FieldKind, LABEL_ALIASES } from './fields.ts';

export interface AskedField {
  path: string;
  label: string;
  kind: FieldKind;
  expected?: string | number | null;
  /** The row's 年度指标值 when its 实际完成值 is asked: a deadline (2023年12月底前完成) is answered with a date. */
  target?: string;
}

/** A free-text answer split into per-field values, still as text (conversion happens per field). */
export interface AnswerUpdate {
  path: string;
  text: string;
  /** The user's words the value came from, kept in the provenance. */
  quote?: string;
  /** How the words became the value, said in the echo ("分值 20 扣 2 分，记为 18"). */
  note?: string;
}

/** Turns an answer into field updates (the default is src/extract/answers.ts; this file has the layout rules). */
export type ParseAnswer = (text: string, asked: AskedField[]) => AnswerUpdate[] | Promise<AnswerUpdate[]>;

const CONFIRM = /^(是|是的|对|对的|确认|同意|好|好的|可以|采用|ok|yes)[。！!.]?$/i;
const SEPARATORS = /^[\s，,；;。、]+|[\s，,；;。、]+$/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `确认` takes the proposed values; `标签：值` pairs set those fields (form labels or short aliases); otherwise one line per
 * asked field, or the whole text for the first asked field.
 */
export const parseAnswerText = (text: string, asked: AskedField[]): AnswerUpdate[] => {
  const trimmed = text.trim();
  if (CONFIRM.test(trimmed)) {
    return asked.flatMap((a) =>
      a.expected === undefined || a.expected === null ? [] : [{ path: a.path, text: String(a.expected) }],
    );
  }
  const labels = new Map<string, string>();
  for (const a of asked) {
    labels.set(a.label, a.path);
    const bare = a.label.replace(/^「[^」]*」/, '');
    if (bare !== a.label && asked.filter((b) => b.label.endsWith(bare)).length === 1)
      labels.set(bare, a.path);
  }
  for (const [alias, path] of Object.entries(LABEL_ALIASES)) if (!labels.has(alias)) labels.set(alias, path);
  const pattern = new RegExp(
    `(${[...labels.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})\\s*[:：]`,
    'g',
  );
  const hits = [...trimmed.matchAll(pattern)];
  // Labels count only when the answer starts with one; a colon inside free text is content.
  if (hits[0]?.index === 0) {
    return hits.flatMap((hit, i) => {
      const start = (hit.index ?? 0) + hit[0].length;
      const end = hits[i + 1]?.index ?? trimmed.length;
      const value = trimmed.slice(start, end).replace(SEPARATORS, '');
      const path = labels.get(hit[1] ?? '');
      return path && value ? [{ path, text: value }] : [];
    });
  }
  const lines = trimmed
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (asked.length > 1 && lines.length === asked.length) {
    return asked.map((a, i) => ({ path: a.path, text: lines[i] ?? '' }));
  }
  const first = asked[0];
  return first && trimmed ? [{ path: first.path, text: trimmed }] : [];
};
