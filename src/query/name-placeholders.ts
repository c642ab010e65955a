/**
 * A project's name half remembered, the forgotten words said as 什么 (the review part: 那个什么城市居民最低什么保障的 /
 * 城市居民最低什么保障那个): the words said, read in order with the gaps, name one stored project — the stored name is
 * put in their place. Only where 什么 stands for words of a name (after 那个, or between two pieces of it); 什么 asking
 * (预算是什么, 什么项目) is left as said, and so are words that name no project or more than one.
 */
import { matchProject } from './names.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A run of a name with 什么 for what was forgotten: 那个什么X(什么Y)… or X什么Y(什么Z)…, up to 的 or a clause end. */
const HALF_REMEMBERED =
  /(?:(?:那个|这个)什么|(?<=^|[，,。？?！!；;\s那这个])(?=[^\s，,。？?！!；;的什么]{2,}什么))((?:[^\s，,。？?！!；;的]*?什么)*[^\s，,。？?！!；;的]{2,})/gu;

export function fillNamePlaceholders(text: string, vocab: Vocabulary): string {
  if (!text.includes('什么')) return text;
  return text.replace(HALF_REMEMBERED, (whole, said: string) => {
    // 城市居民什么保障那个: the pointing word after the name is no part of it
    const pointer = /(?:那个|这个|那张|那份)$/u.exec(said)?.[0] ?? '';
    const words = said.slice(0, said.length - pointer.length).replace(/什么/gu, '');
    // at least one gap: 什么 stood for words of the name
    if (!whole.includes('什么') || words.length < 4) return whole;
    const match = matchProject(words, vocab.projectName);
    return match && match.values.length === 1 ? `${match.values[0]!}${pointer}` : whole;
  });
}
