import pino from 'pino';
import { createAnswerMessage, createAnswerQuestion } from '../../src/query/answer.ts';
import type { QuestionChat } from '../../src/query/context.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store, User } from '../../src/store/store.ts';

/** An in-memory store holding the given records, owned by one administrator, and the question answerer over it. */
export async function adminStoreOf(userId: string, records: FormRecord[]) {
  const store = await openStore({ dataDir: 'memory://' });
  const user = await store.upsertUser({ id: userId, channel: 'web' });
  await store.setUserDepartment(user.id, null, true);
  await store.createForms(
    records.map((record) => ({
      ownerId: user.id,
      record,
      provenance: {},
      check: checkRecord(record),
      source: 'reader' as const,
    })),
  );
  const answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
  /** A question asked as that administrator: what a test reads of the reply. */
  const ask = async (question: string): Promise<AskedReply> => {
    const reply = await answer(question, user);
    return {
      text: reply.text ?? '',
      columns: reply.table?.columns ?? [],
      rows: reply.table?.rows ?? [],
      ...(reply.unplaced ? { unplaced: reply.unplaced } : {}),
    };
  };
  return { store, user, answer, ask };
}

/**
 * A whole message asked as that user through the message hook (several asks, the register's words read first): the
 * replies' texts and their tables' cells, one text, as a test reads them. With `chat`, each message follows the one
 * before (follow-ups).
 */
export function messageAskerOf(store: Store, user: User, chat?: QuestionChat) {
  const message = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  return async (question: string): Promise<string> =>
    [await message(question, user, chat)]
      .flat()
      .map((x) => [x.text ?? '', ...(x.table?.rows.flat().map(String) ?? [])].join('\n'))
      .join('\n');
}

export interface AskedReply {
  text: string;
  columns: string[];
  rows: string[][];
  unplaced?: string[];
}

/** One project of a query test's hand-made portfolio (amounts in 万元; the sums the tests expect are done by hand). */
export interface KnownProject {
  name: string;
  dept: string;
  year: number;
  owner: string | null;
  budget: number;
  /** 全年执行数; the budget when left out (fully spent). */
  executed?: number;
  initial?: number;
  total?: number | null;
  phone?: string | null;
}

/** A project of 2040 owned by 孙悦 with a budget of 10 and full marks, unless said otherwise (the lead's probes' forms). */
export const projectOf = (name: string, dept: string, over: Partial<KnownProject> = {}): KnownProject => ({
  name,
  dept,
  year: 2040,
  owner: '孙悦',
  budget: 10,
  total: 100,
  phone: '66001234',
  ...over,
});

/** The record of such a project: name, office as both 主管部门 and 实施单位, year, owner and the funds it gives. */
export function recordOfProject(p: KnownProject): FormRecord {
  const r = emptyRecord();
  const executed = p.executed ?? p.budget;
  r.funds.total.annualBudget = { raw: String(p.budget), value: p.budget };
  r.funds.total.executed = { raw: String(executed), value: executed };
  if (p.initial !== undefined) r.funds.total.initialBudget = { raw: String(p.initial), value: p.initial };
  return {
    ...r,
    year: p.year,
    projectName: p.name,
    department: p.dept,
    implementingUnit: p.dept,
    owner: p.owner,
    ...(p.total !== undefined ? { totalScore: p.total } : {}),
    ...(p.phone !== undefined ? { phone: p.phone } : {}),
  };
}

/** The parser's vocabulary of those projects. */
export function vocabularyOfProjects(projects: readonly KnownProject[]) {
  return vocabularyOf(
    projects.map((p) => ({
      department: p.dept,
      implementingUnit: p.dept,
      owner: p.owner ?? '',
      projectName: p.name,
      year: p.year,
    })),
  );
}

type IndicatorRow = FormRecord['indicators'][number];

/** An indicator row of a hand-made form: full marks (10 of 10) and 100% / 100% unless `over` says otherwise. */
export function indicatorRow(
  level1: string,
  level2: string,
  name: string,
  over: Partial<IndicatorRow> = {},
): IndicatorRow {
  return {
    level1,
    level2,
    name,
    target: '100%',
    actual: '100%',
    weight: 10,
    score: 10,
    deviation: '',
    weightRaw: String(over.weight ?? 10),
    scoreRaw: String(over.score ?? 10),
    ...over,
  };
}

/** A hand-made form with these indicator rows (its budget fully spent), for the row-question tests. */
export function formWithRows(
  projectName: string,
  department: string,
  indicators: IndicatorRow[],
  year = 2040,
): FormRecord {
  const r = emptyRecord();
  r.year = year;
  r.department = department;
  r.projectName = projectName;
  r.indicators = indicators;
  r.funds.total.annualBudget = { raw: '100', value: 100 };
  r.funds.total.executed = { raw: '100', value: 100 };
  return r;
}

/** A chat that remembers the question last answered, as the bot's does: for follow-ups asked in a test. */
export function memoryChat(): QuestionChat {
  const chat: QuestionChat = {
    previous: null,
    remember: (asked) => {
      chat.previous = asked;
    },
  };
  return chat;
}
