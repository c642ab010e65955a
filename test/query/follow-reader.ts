import { expect } from 'vitest';
import { type AskedQuestion, attachFollowUp, projectOf, readFollowUp } from '../../src/query/context.ts';
import { editPrevious } from '../../src/query/follow-edit.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { PortfolioQuery } from '../../src/query/query.ts';
import type { Vocabulary } from '../../src/query/vocabulary.ts';

/**
 * What the question hook does with a message after a previous question, without a store: an edit of it
 * (follow-edit.ts), else a follow-up as context.ts reads it. Shared by the follow-up tests.
 */
export function followReaderOf(vocab: Vocabulary, year: number) {
  function asked(text: string): AskedQuestion {
    const { query, unplaced } = parseQuestion(text, vocab, year);
    expect(unplaced, text).toEqual([]);
    const project = projectOf(query!, null);
    return { query: query!, text, at: new Date().toISOString(), ...(project ? { project } : {}) };
  }

  function follow(message: string, before: string | null) {
    const previous = before === null ? null : asked(before);
    const edit = editPrevious(message, previous, vocab, year);
    if (edit) return edit;
    const reading = readFollowUp(message, previous);
    if (reading.ask) return { ask: reading.ask };
    const parsed = reading.text.trim() ? parseQuestion(reading.text, vocab, year) : null;
    if (parsed?.unplaced.length) return { unplaced: parsed.unplaced };
    const out = attachFollowUp(reading, parsed?.query ?? null, previous);
    if ('ask' in out) return out;
    return { query: out.query, carried: out.carried };
  }

  /** The query answered; a follow-up must say it carried the previous question (an edit does by construction). */
  function query(message: string, before: string): PortfolioQuery {
    const out = follow(message, before);
    if (!('query' in out) || !out.query) throw new Error(`${message}: ${JSON.stringify(out)}`);
    if ('carried' in out) expect(out.carried, message).toBe(true);
    return out.query;
  }

  function askText(message: string, before: string | null): string {
    const out = follow(message, before);
    if (!('ask' in out)) throw new Error(`${message}: expected a question back, got ${JSON.stringify(out)}`);
    return out.ask;
  }

  return { asked, follow, query, askText };
}
