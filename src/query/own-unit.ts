/**
 * A first-person scope (我们单位, 本单位, 我局, 咱们街道) read as the speaker's own unit (scope.ts): the unit named in
 * the same message, else the one they said was theirs earlier in the chat, else their bound department; without
 * any of these the bot asks. Never answered for every project.
 */
import { parseQuestion } from './parse.ts';
import { leaves, type PortfolioQuery } from './query.ts';
import { firstPersonScope, isCommunity, saysOwnUnit, whichUnitQuestion } from './scope.ts';
import type { Vocabulary } from './vocabulary.ts';

const orgTerms = (q: PortfolioQuery | null) => [
  ...new Set(
    leaves(q?.filters ?? []).flatMap((f) =>
      f.type === 'name' && (f.field === 'department' || f.field === 'implementingUnit') && !f.negate
        ? [f.term]
        : [],
    ),
  ),
];

/** Whether a clause of the text names a stored project (read clause by clause: a message may hold several asks). */
const namesAProject = (text: string, vocab: Vocabulary, clockYear?: number) =>
  text
    .split(/[，,。？?！!；;]/u)
    .some((clause) =>
      parseQuestion(clause, vocab, clockYear).names.some((n) => n.match.field === 'projectName'),
    );

export interface KnownUnit {
  /** The unit the speaker said was theirs earlier in this chat (我是双井街道的). */
  speaker?: string | undefined;
  /** The department the store binds the user to. */
  department?: string | null | undefined;
}

/**
 * The message with its first-person scope words stood for by the speaker's unit; `ask` when no unit is known;
 * the message unchanged when it has no such words.
 */
export function withOwnUnit(
  text: string,
  vocab: Vocabulary,
  known: KnownUnit,
  clockYear?: number,
): { text: string } | { ask: string } {
  const fp = firstPersonScope(text);
  if (!fp) return { text };
  // 我是双井街道的，我们街道…: the unit is in the message itself.
  // (the one unit named stands where the words were: 占我们街道全部项目的多少 keeps its whole — dropped, the share had been
  // of every project)
  const rest = parseQuestion(fp.without, vocab, clockYear);
  const named = orgTerms(rest.query);
  if (named.length === 1) return { text: text.replace(fp.words, named[0]!) };
  if (named.length) return { text: fp.without };
  // 我们社区原来报过一个习风园的改造项目…: the project is named; the speaker's community (no form records one) only
  // says whose it is
  if (isCommunity(fp.words) && namesAProject(fp.without, vocab, clockYear)) return { text: fp.without };
  const unit = known.speaker ?? known.department;
  if (unit) return { text: text.replace(fp.words, ` ${unit} `) };
  return { ask: whichUnitQuestion(fp.words) };
}

/** The speaker's own unit, when the message says it (我是双井街道的…) and the query has exactly one unit. */
export function speakerOf(text: string, query: PortfolioQuery): string | undefined {
  if (!saysOwnUnit(text)) return undefined;
  const terms = orgTerms(query);
  return terms.length === 1 ? terms[0] : undefined;
}
