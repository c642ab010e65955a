import { describe } from 'vitest';
import { type Corpus, corpus } from './corpus.ts';

/**
 * A corpus-wide suite: on the whole dev corpus (../shared/corpus) when it is there; without it, on the subset kept in
 * test/fixtures/corpus, so a fresh clone runs the same assertions on fewer forms instead of skipping them. The suite
 * name says which corpus it ran on.
 */
export function describeCorpus(name: string, body: (c: Corpus) => void): void {
  describe(`${name} (${corpus.label})`, () => body(corpus));
}
