import type { FieldSource } from '../record/record.ts';
import type { StoredForm } from '../store/store.ts';
import { type FieldGroup, type FieldInfo, fieldInfo, getPath } from './fields.ts';

/** Dialogue state of one conversation, kept as JSON in the store. */
export interface DialogueState {
  v: 1;
  /** The form being completed (or last shown). */
  formId: string | null;
  /** Paths asked in the open question; empty when no question is open. */
  asking: string[];
  /** Paths of `formId` answered or skipped, so they are not asked again. */
  settled: string[];
  /** Forms of the last upload. */
  lastForms: string[];
  /** The last write, so 「撤销」 can put it back (kept with the dialogue: survives a restart, seen by every replica). */
  undo?: UndoStep | null;
  /** The fields a "不对" / "刚才电话写错了" without a value was about: the next value corrects them. */
  correcting?: string[] | null;
  /**
   * Set when the bot asked which of several uploaded forms a message meant (this-form.ts): that message, answered once
   * the next one picks a form (pick-form.ts); '' when no question waits. Lasts one message.
   */
  choosing?: string | null;
  /** The last portfolio question answered here (src/query/context.ts), so that 那2020年的呢 can follow up on it. */
  lastQuestion?: unknown;
}

/** One write of the bot, enough to reverse it. */
export interface UndoStep {
  formId: string;
  /** The version the write created; undo only applies while it is still the latest. */
  version: number;
  changes: {
    path: string;
    label: string;
    oldValue: unknown;
    newValue: unknown;
    /** Where the old value came from (restored with it); null when it had no source. */
    oldSource: FieldSource | null;
    /** A whole indicator row the write appended: undo removes it. */
    appended?: boolean;
  }[];
  /** The open question and answered fields before the write, restored on undo. */
  asking: string[];
  settled: string[];
  /** A write of the same message before this one (this one placed a value it left over): undone next. */
  previous?: UndoStep;
}

export const initialState = (): DialogueState => ({
  v: 1,
  formId: null,
  asking: [],
  settled: [],
  lastForms: [],
});

export interface PendingField extends FieldInfo {
  current: unknown;
  /** What the rules give, proposed to the user ("回复「确认」采用"). */
  expected?: string | number | null;
  /** Why it is asked: the finding message, or absent for a blank required field. */
  reason?: string;
}

/** Missing required fields and fields with errors, in form order, that the bot can ask for. */
export function pendingFields(form: StoredForm, settled: ReadonlySet<string> = new Set()): PendingField[] {
  const { record, check } = form;
  const byPath = new Map<string, PendingField>();
  const add = (info: FieldInfo | null, extra: Partial<PendingField>) => {
    if (!info || settled.has(info.path) || byPath.has(info.path)) return;
    byPath.set(info.path, { ...info, current: getPath(record, info.path), ...extra });
  };
  for (const m of check.missing) {
    const info = fieldInfo(record, m.path);
    const expected = m.path === 'totalScore' ? check.score.total.computed : undefined;
    add(
      info && { ...info, label: m.label || info.label, group: m.group as FieldGroup },
      expected === undefined ? {} : { expected },
    );
  }
  for (const f of check.findings) {
    if (f.severity !== 'error' || f.code === 'FIELD_MISSING') continue;
    add(fieldInfo(record, f.path), {
      reason: f.message,
      ...(f.expected === undefined ? {} : { expected: f.expected }),
    });
  }
  return [...byPath.values()].sort((a, b) => a.group - b.group);
}

const PER_QUESTION = 6;

/** The next group to ask: the lowest open group, at most a few rows of it. */
export function nextQuestion(pending: PendingField[]): PendingField[] {
  const group = pending[0]?.group;
  return pending.filter((p) => p.group === group).slice(0, PER_QUESTION);
}
