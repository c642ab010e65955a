/**
 * 孟卓聪自己负责的几个项目（不算和赵路广一起负责的那个）: a 负责人 cell may name two people (赵路广、孟卓聪). A person's
 * projects are those whose cell is that person alone (the owner filter is exact); 自己 / 单独 / 一个人 says so again and
 * is taken out. The projects run together with a second person, said to be left out (不算 / 不包括 / 除了 和Y一起负责的),
 * are the stored cells naming both: a negated owner condition on those cells, said in the echo. A second person the
 * store does not know, or a clause with no first person before it, stays in the text (reported unplaced). Two people
 * said to share the projects (X和Y合管的, X跟Y一起负责的) are the cells naming both.
 *
 * Shared with others unnamed: 跟别人合管的也算上 / 和其他人一起负责的也算 / X参与的 take in every cell naming X (alone or
 * with anyone); 跟别人合管的不要 / （和别人一起管的不算）say again that the cells naming X alone are meant (the owner
 * filter's own reading) and are taken out. Either needs a stored person before it, else it stays reported.
 */

import { nameKey, namesHoldingAll } from './names.ts';
import type { LeafFilter } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

const PERSON = '[\\p{Script=Han}·]{2,4}?';
/** X自己负责的 / X一个人负责的 / X单独负责的: X's own projects. */
const OWN = new RegExp(`(${PERSON})(?:自己|本人|单独|独自|一个人)+(?=负责|管)`, 'u');
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

/** 跟别人 / 和其他人一起: people not named. */
const OTHERS = '(?:别人|其他人|其他同事|别的同事|他人|旁人|人家)';
const WITH_OTHERS = `[，,（(]?\\s*(?:跟|和|与|同)${OTHERS}(?:(?:一起|一块儿?|共同|联合|合作)(?:负责|管)|合管|共管|合办)的?(?:那些|那几个|那个)?(?:项目)?`;
const OTHERS_TAKEN_IN = new RegExp(
  [
    `${WITH_OTHERS}(?:也|都)要?(?:算上|算进来|算进去|算|包括进来|包括|带上|计入|要)[）)]?`,
    // 包括他和别人一起负责的那一个: the same, said with 包括 before
    `[，,（(]?\\s*(?:包括|包含|连同|含)(?:他|她|其)?(?:自己)?(?:跟|和|与|同)${OTHERS}(?:一起|一块儿?|共同|联合|合作)?(?:负责|管)的?(?:那些|那几个|那一个|那个)?(?:项目)?(?:在内)?[）)]?`,
  ].join('|'),
  'u',
);
/** 孟卓聪参与的项目，跟别人合管的也算上: the clause takes in the shared cells of this message's person (no follow-up). */
export const othersTakenIn = (text: string) => OTHERS_TAKEN_IN.test(text);
const OTHERS_LEFT_OUT = new RegExp(
  `${WITH_OTHERS}(?:的)?(?:不要|不算|不包括|不含|除外|去掉|排除|别算)[）)]?`,
  'u',
);
/** X参与的 / X参加的 (a verb of taking part): every cell naming X. */
const TAKES_PART = /^(?:参与|参加)$/u;
const OWNING = /(?:参与|参加|负责|管)(?=的)/gu;

/** The stored person right before a verb of owning or taking part (孟卓聪负责的), with where their words start. */
function ownerBeforeVerb(
  text: string,
  vocab: Vocabulary,
): { person: string; at: number; verb: string } | null {
  for (const m of text.matchAll(OWNING)) {
    for (const n of [4, 3, 2]) {
      const person = text.slice(m.index! - n, m.index!);
      if (m.index! >= n && /^[\p{Script=Han}·]+$/u.test(person) && storedOwner(vocab, person))
        return { person, at: m.index! - n, verb: m[0] };
    }
  }
  return null;
}

/** 跟别人合管的也算上 / X参与的: X's cells alone or shared; 跟别人合管的不要: the clause says X alone again. */
function readSharedWithOthers(
  text: string,
  vocab: Vocabulary,
): { text: string; filters: LeafFilter[] } | null {
  const owner = ownerBeforeVerb(text, vocab);
  if (!owner) return null;
  const takenIn = OTHERS_TAKEN_IN.exec(text);
  const leftOut = takenIn ? null : OTHERS_LEFT_OUT.exec(text);
  if (leftOut) return { text: text.replace(leftOut[0], ''), filters: [] };
  if (!takenIn && !TAKES_PART.test(owner.verb)) return null;
  const rest = takenIn ? text.replace(takenIn[0], '') : text;
  const { person } = owner;
  return {
    // The person and their verb go: the name would be read again as the cell naming them alone.
    text: rest.replace(`${person}${owner.verb}`, ''),
    filters: [
      {
        type: 'name',
        field: 'owner',
        term: person,
        values: namesHoldingAll(vocab.owner, [person]),
      },
    ],
  };
}

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
  // 一个人单独负责的…，跟别人合管的不算: the words of X alone said, then what is said of the others.
  const others = readSharedWithOthers(person ? text.replace(own![0], person) : text, vocab);
  if (others) return others;
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
