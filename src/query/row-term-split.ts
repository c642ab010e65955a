/**
 * Where a row question's name for the row runs into the words around it (answer.ts rowQuestionReply): the project said
 * before it, or the word of where it is. Each helper gives the row's own words and what goes back to the scope.
 */
import { resolveTerm } from './names.ts';
import type { Parsed } from './parse.ts';
import { KIND_WORDS } from './row-terms.ts';
import type { Vocabulary } from './vocabulary.ts';

/** “…管控项目”中生态效益指标: the row's name as read opens with where it is (中 / 里 / 的, a closing quote). */
export const ROW_PLACE_WORD =
  /^[”"」』’\s]*(?:中的|里的|之中|当中|里面|中|里|的)(?=\p{Script=Han}{2})|^[”"」』’\s]+/u;

/** A closing quote and a word of place (的 / 里 / 中) between a project's name and a row's name that follows it. */
export const AFTER_PROJECT_NAME = /^[”"」』’\s]*(?:的|里面|里|中|当中)?/u;

/** A kind of the templates (产出 / 满意度…) ending `term`, and before it a project's name found as said. */
export function kindAfterProject(term: string, vocab: Vocabulary): { project: string; kind: string } | null {
  for (const kind of [...KIND_WORDS].sort((a, b) => b.length - a.length)) {
    if (!term.endsWith(kind) || term.length < kind.length + 2) continue;
    const project = term.slice(0, -kind.length).replace(/[的里中]$/u, '');
    const m = resolveTerm(project, vocab, 'projectName');
    if (m && m.how !== 'similar' && m.field === 'projectName') return { project, kind };
  }
  return null;
}

/**
 * The end of a project the question names (at least three characters of its name, and any closing quote or 的 / 里 /
 * 中 after them) opening `term`: the project's words, and the row's name after them. Null when there is none, or
 * nothing is left for the row.
 */
export function projectTailOf(term: string, names: Parsed['names']): { project: string; row: string } | null {
  for (const n of names) {
    if (n.match.field !== 'projectName') continue;
    for (let k = n.term.length; k >= 3; k--) {
      if (!term.startsWith(n.term.slice(-k))) continue;
      const row = term.slice(k).replace(AFTER_PROJECT_NAME, '').trim();
      return row ? { project: n.term, row } : null;
    }
  }
  return null;
}
