/**
 * 孟卓聪自己负责的几个项目（不算和赵路广一起负责的那个）: a 负责人 cell may name two people (赵路广、孟卓聪). A person's
 * projects are those whose cell is that person alone (the owner filter is exact); 自己 / 单独 / 一个人 says so again and
 * is taken out. The projects run together with a second person, said to be left out (不算 / 不包括 / 除了 和Y一起负责的),
 * are the stored cells naming both: a negated owner condition on those cells, said in the echo. A second person the
 * store does not know, or a clause with no first person before it, stays in the text (reported unplaced). Two people
 * said to share the projects (X和Y合管的, X跟Y一起负责的) are the cells naming both.
 */

import { nameKey, namesHoldingAll } from './names.ts';
import type { LeafFilter } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

const PERSON = '[\\p{Script=Han}·]{2,4}?';
/** X自己负责的 / X一个人负责的 / X单独负责的: X's own projects. */
const OWN = new RegExp(`(${PERSON})(?:自己|本人|单独|独自|一个人)(?=负责|管)`, 'u');
/** （不算和Y一起负责的那个）: the projects X shares with Y, left out. */
const SHARED = new RegExp(
  `[（(]?[，,]?\\s*(?:但|不过)?(?:不算|不包括|不含|除了|除去|去掉|刨去|扣掉)(?:和|跟|与|同)(${PERSON})(?:一起|一块儿?|共同|联合|合作)(?:负责|管)的?(?:那个|那些|那几个|那一个|那项)?(?:项目)?(?:在内)?[）)]?`,
  'u',
);

/** A person the store holds as a 负责人 of their own (looked up through the bigram index, not read name by name). */
const storedOwner = (vocab: Vocabulary, person: string) =>
  namesHoldingAll(vocab.owner, [person]).some((n) => nameKey(n) === nameKey(person));

/** X和Y合管的 / X跟Y一起负责的 / X、Y共同负责的: the projects whose cell names both. */
const JOINT = new RegExp(
  `(${PERSON})(?:和|跟|与|同|、)(${PERSON})(?:两人|两个人|俩)?(?:(?:一起|一块儿?|共同|联合|合作|合伙)(?:负责|管|牵头)|合管|共管|合办)`,
  'u',
);

export function readJointOwners(text: string, vocab: Vocabulary): { text: string; filters: LeafFilter[] } {
  const joint = JOINT.exec(text);
  if (joint && storedOwner(vocab, joint[1]!) && storedOwner(vocab, joint[2]!)) {
    const [, one, other] = joint as unknown as [string, string, string];
    return {
      text: text.replace(joint[0], ''),
      filters: [
        {
          type: 'name',
          field: 'owner',
          term: `${one}、${other}`,
          values: namesHoldingAll(vocab.owner, [one, other]),
        },
      ],
    };
  }
  const own = OWN.exec(text);
  const person = own && storedOwner(vocab, own[1]!) ? own[1]! : null;
  if (!person) return { text, filters: [] };
  let rest = text.replace(own![0], person);
  const shared = SHARED.exec(rest);
  const other = shared?.[1];
  if (!shared || !other || !storedOwner(vocab, other)) return { text: rest, filters: [] };
  rest = rest.replace(shared[0], '');
  const both = namesHoldingAll(vocab.owner, [person, other]);
  return {
    text: rest,
    // None stored: no project of both to leave out; the person's own are the exact owner filter already.
    filters: both.length
      ? [{ type: 'name', field: 'owner', term: `${other}、${person}`, values: both, negate: true }]
      : [],
  };
}
