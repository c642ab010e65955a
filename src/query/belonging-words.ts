/**
 * Words that only say which office or person the projects are under — 潞源这边挂着的, 哪个单位报的, 王丽名下,
 * 社建办那摊子里, 归口哪个主管部门, 各管哪几个 — next to an office, a place or a person the question names (or asks
 * for: 哪个单位, 谁). The name is the condition; these words restate how the projects belong to it and narrow
 * nothing more. Found by word class (verbs and nouns of belonging), never by a question's phrasing; anything else in
 * the run, a negation right before with no name after (没报, 不管) or a run with no holder in its clause stays
 * reported.
 */
import type { NameField } from './fields.ts';

/** The verbs and nouns of belonging, whole runs only: 挂着, 报上来, 上报, 管, 归口, 名下, 手上, 那摊子, 盘子, 范围内. */
const BELONGING =
  /^(?:这边|那边|这块|那块|那|这)?(?:挂着?|挂靠|下挂|报(?:上来|上去|过来|来|送|的)?|上报|管(?:着|的)?|归口?|归属|属于|名下|手上|手里|手头|一?摊子?|盘子|范围内|辖区内|底下|下面|下属|所属|所辖|旗下|经手|牵头|承办|办)(?:的|里|里面|内)?$/u;
/** A negation or a passive right before: the verb then describes the projects (没报, 不归, 被挂). */
const NEGATED_BEFORE = /[没未不别被]\s*$/u;
/** The fields that hold a project's office, place or person. */
export const HOLDER_FIELDS = new Set<NameField>(['department', 'implementingUnit', 'owner']);
/** Words that ask for a holder: 哪个单位, 哪些部门, 哪个科室, 谁, 哪位, 负责人. */
const HOLDER_ASKED = /单位|部门|科室|街道|谁|哪位|负责人|哪个人|哪些人/u;
const CLAUSE_END = /[，。？！；：!?;:\n,]/u;

/** The clause of `text` around position `at`. */
function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
  return { start, end };
}

/**
 * Whether the free run at `at` only restates that the projects belong to a holder of its clause: `holders` are the
 * positions of the names of offices, places or people the question names.
 */
export function restatesBelonging(run: string, text: string, at: number, holders: number[]): boolean {
  const word = run.trim();
  if (!BELONGING.test(word)) return false;
  // 不归王丽管 / 不属于社建办: the negation is the name's, right after (a name negated, as the parser reads it);
  // 没报 / 不管 with no name after describe the projects.
  if (NEGATED_BEFORE.test(text.slice(0, at)) && !holders.includes(at + word.length)) return false;
  const clause = clauseAround(text, at);
  const inClause = (p: number) => p >= clause.start && p < clause.end;
  return holders.some(inClause) || HOLDER_ASKED.test(text.slice(clause.start, clause.end).replace(word, ''));
}
