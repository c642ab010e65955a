/**
 * The dev / held-out split. Every generated example has a seed; **a seed divisible by 3 is held out**, the others
 * are dev. Seeds are `100000 + 10000·template + 1000·format + k` (k = 0, 1, 2, …), so each template × format has
 * its own seeds and about a third of them (k ≡ 2, 5, 8 … shifted by the base) are used by the held-out part only.
 * Vocabulary is split the same way (`usable` in vocabulary.ts): a third of every word list appears only in
 * held-out examples. Real published forms carry their part in their own file (real/index.ts).
 */
export type Part = 'dev' | 'holdout';

export const PARTS: readonly Part[] = ['dev', 'holdout'];

export function partOfSeed(seed: number): Part {
  return seed % 3 === 0 ? 'holdout' : 'dev';
}

export function exampleSeed(templateIndex: number, formatIndex: number, k: number): number {
  return 100000 + 10000 * templateIndex + 1000 * formatIndex + k;
}
