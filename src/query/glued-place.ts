/**
 * 大洪门晨光路拆迁那个项目 / 何门口习风园改造那个 / 双景基本户那个: a place typed with a homophone and run into a piece
 * of a project's name with nothing between them. The reader splits a place written right from the name after it
 * (大红门晨光路拆迁), but a mistyped one is no stored name, so it cannot tell where the place ends and leaves the whole
 * run not understood. Written with 的 between the two when the characters typed are held by no stored name, read as a
 * stored office or place only by their sound or a typo (matchOrg 'similar'), and the two characters after them are a
 * piece of a stored project name — the store's own names decide, never a list of places.
 */
import { matchOrg, someNameContains } from './names.ts';
import type { Vocabulary } from './vocabulary.ts';

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** The place's length tried first: three characters (大洪门) before two (双景). */
const PLACE_LENGTHS = [3, 2];

function mistypedPlace(piece: string, vocab: Vocabulary): boolean {
  if (!HAN_ONLY.test(piece)) return false;
  const held = [vocab.department, vocab.implementingUnit, vocab.projectName].some((names) =>
    someNameContains(names, piece),
  );
  return (
    !held &&
    matchOrg(piece, [...vocab.department, ...vocab.implementingUnit], 'department')?.how === 'similar'
  );
}

/**
 * The question with 的 written after a mistyped place that opens a word left not understood, or null when no such
 * word starts with one.
 */
export function placeSetApart(text: string, unplaced: readonly string[], vocab: Vocabulary): string | null {
  for (const word of unplaced) {
    const at = text.indexOf(word.trim());
    if (at < 0) continue;
    for (const length of PLACE_LENGTHS) {
      const place = text.slice(at, at + length);
      const next = text.slice(at + length, at + length + 2);
      if (!HAN_ONLY.test(next) || next.length < 2 || !mistypedPlace(place, vocab)) continue;
      if (!someNameContains(vocab.projectName, next)) continue;
      return `${text.slice(0, at + length)}的${text.slice(at + length)}`;
    }
  }
  return null;
}
