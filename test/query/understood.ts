import { expect } from 'vitest';
import type { Parsed } from '../../src/query/parse.ts';
import type { PortfolioQuery } from '../../src/query/query.ts';

/**
 * The query a question is read as, asserting it was read whole: every word placed and a query made. Each test file
 * reads over a vocabulary of its own, so it passes its own parse.
 */
export function understoodBy(parse: (question: string) => Parsed): (question: string) => PortfolioQuery {
  return (question) => {
    const p = parse(question);
    expect(p.unplaced, question).toEqual([]);
    expect(p.query, question).not.toBeNull();
    return p.query!;
  };
}
