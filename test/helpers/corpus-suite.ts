import { describe, it } from 'vitest';
import { hasCorpus, NO_CORPUS } from './corpus.ts';

/**
 * A corpus-wide suite (on ../shared/corpus): registered in full when the corpus is there; without it, one
 * skipped test that says why, so a fresh clone reports one skip per suite rather than one per corpus file.
 */
export function describeCorpus(name: string, body: () => void): void {
  if (hasCorpus) describe(name, body);
  else it.skip(`${name} (${NO_CORPUS})`, () => {});
}
