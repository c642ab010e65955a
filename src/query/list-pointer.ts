/**
 * An ordinal pointing into the list the previous answer showed (issue 10, wd-talk): 第四个是啥, 把第二个的负责人告诉我,
 * 最后一个呢, 倒数第二个的电话, 其中第3项是哪个. The place is a place in that list, in the order it was shown — not a
 * ranking of its own: the previous query is run again as it was (its order, its limit) and the row at that place is
 * the answer, with the fields the rest of the message asks (负责人, 联系电话…). Read only when the message names no order,
 * superlative or condition of its own (第三多 / 按预算排第二 are rankings: rank.ts), and only right after a list of
 * projects (not after a count, a sum or groups: there is no list to point into). A place beyond the list is said.
 */
import { digitsForNumerals } from './numbers.ts';

export interface ListPointer {
  /** 1-based place from the start, or from the end when `fromEnd`. */
  place: number;
  fromEnd: boolean;
  /** The message without the place: what is asked of the project there (负责人, 电话), or nothing. */
  rest: string;
  /** The place as said, for the echo. */
  said: string;
}

const CLASSIFIER = '(?:个|项|条|名|位|张|份)';

/** 第4个 / 第二项 / 最后一个 / 最后那个 / 倒数第2个 / 头一个, with 其中 / 里面 / 列表里 before it. */
const PLACE = new RegExp(
  `(?:其中|里面|这里面|这些里面?|那些里面?|上面|列表里|名单里|刚才那些里)?(?:的)?(?:(倒数)?第(\\d+)${CLASSIFIER}|(最后|末尾|最末)(?:一|1|那|这)${CLASSIFIER}|头(?:一|1)${CLASSIFIER})(?:项目)?(?:的)?`,
  'u',
);

/** Words after the place that make it a ranking, not a place in a list: 第三多, 第2高的. */
const RANKING_AFTER = /^(?:的)?(?:多|高|大|少|低|小|最)/u;
/** An order or a verb of ranking anywhere in the message: the place is one of that ranking (rank.ts). */
const ORDER_SAID = /[从由][高大多低小少好差](?:到|往|向)|[降升倒正]序|排|按|最|前\d|后\d/u;

export function readListPointer(message: string): ListPointer | null {
  const text = digitsForNumerals(message.normalize('NFKC')).trim();
  const m = PLACE.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  const rest = `${text.slice(0, m.index)} ${after}`.trim();
  if (RANKING_AFTER.test(after) || ORDER_SAID.test(rest)) return null;
  const place = m[2] ? Number(m[2]) : 1;
  if (!(place >= 1 && place <= 1000)) return null;
  return { place, fromEnd: !!m[1] || !!m[3], rest, said: m[0].replace(/^(?:其中|里面|的)+|的$/gu, '') };
}

/** 最低的那个 / 最高的那一个 / 分最少的那个: an end of a list named by its superlative alone, no field of its own. */
const END_POINTED =
  /^(?:那|那么)?(?:其中|里面|这里面|这些里面?)?(?:的)?(最低|最高|最少|最多|最大|最小)的(?:那个|那一个|那项|那家|那位|一个)(?:项目)?/u;

/**
 * 最低的那个扣了多少分 after a list shown ordered by a field (总分从低到高): the end of that list the superlative names —
 * its first place when the list starts at that end, else its last — said as the place, for readListPointer. Null when
 * the message is not so or the list was not ordered by a field (the superlative is then a ranking of its own).
 */
export function endOfOrderedList(
  message: string,
  order: { by: unknown; dir: 'asc' | 'desc' } | undefined,
): string | null {
  if (!order || typeof order.by !== 'string') return null;
  const text = message.normalize('NFKC').trim();
  const m = END_POINTED.exec(text);
  if (!m) return null;
  const lowEnd = /低|少|小/u.test(m[1]!);
  const first = (order.dir === 'asc') === lowEnd;
  return `${first ? '第1个' : '最后一个'}${text.slice(m[0].length)}`;
}

export interface PlaceSaid {
  place: number;
  fromEnd: boolean;
  /** Where the place is said in `text`, and as said. */
  at: number;
  said: string;
}

/**
 * 第一个比第二个多花了多少 / 第1个和第3个的预算加起来: two or more places in the list the previous answer showed, in one
 * message — each is then a project named, and the message is asked again with their names (answer.ts). `text` is
 * the message as the places were read in it (numerals as digits).
 */
export function readListPlaces(message: string): { text: string; places: PlaceSaid[] } {
  const text = digitsForNumerals(message.normalize('NFKC')).trim();
  const places: PlaceSaid[] = [];
  const every = new RegExp(PLACE.source, 'gu');
  for (const m of text.matchAll(every)) {
    const after = text.slice(m.index + m[0].length);
    // (比第2个多花了多少: the word of more after the other side of a comparison is the comparison's, no ranking)
    const compared = /(?:比|较|和|跟|与|同|、)$/u.test(text.slice(0, m.index));
    if (!compared && RANKING_AFTER.test(after)) continue;
    const place = m[2] ? Number(m[2]) : 1;
    if (!(place >= 1 && place <= 1000)) continue;
    places.push({ place, fromEnd: !!m[1] || !!m[3], at: m.index, said: m[0] });
  }
  // 按预算排第一个和第二个: places of a ranking said in the message, not of the list before
  let rest = text;
  for (const p of [...places].reverse()) rest = rest.slice(0, p.at) + rest.slice(p.at + p.said.length);
  return { text, places: ORDER_SAID.test(rest) ? [] : places };
}
