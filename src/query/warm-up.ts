/**
 * The name indexes of a vocabulary built before the first question needs them. A question resolves its words against
 * every stored name through indexes built on first use (parse.ts nameIndex, names.ts indexNames): over 100 000
 * projects that took 4 s of CPU, 14–21 s on a busy server, all of it in the first question after a start. Built here a
 * slice at a time, with the event loop free between slices, so the server answers other messages meanwhile; a
 * question arriving before the end builds the rest itself, as it did before.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { NameField } from './fields.ts';
import { indexNames } from './names.ts';
import { nameIndex } from './parse.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Names indexed per slice: a few tens of milliseconds of CPU, so a message waits at most that long behind one. */
const SLICE = 1_000;
const LISTS: NameField[] = ['projectName', 'department', 'implementingUnit', 'owner'];

/** Builds every name index a question would build over the vocabulary; resolves when all are built. */
export async function warmNameIndexes(vocab: Vocabulary, slice = SLICE): Promise<void> {
  const total = LISTS.reduce((n, field) => n + vocab[field].length, 0);
  // The whole names (parse.ts): each call indexes at most `slice` more, the lists in order.
  for (let done = 0; done < total; done += slice) {
    nameIndex(vocab, slice);
    await nextTurn();
  }
  // The keys and bigram postings of each list (names.ts).
  for (const field of LISTS) {
    const names = vocab[field];
    while (indexNames(names, slice) < names.length) await nextTurn();
    await nextTurn();
  }
}
