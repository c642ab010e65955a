/**
 * Two project names sharing their head, said once: 城乡基层党组织服务群众经费区级的和市级的 is the 区级 one and the
 * 市级 one of 城乡基层党组织服务群众经费 — not the 区级 one and every project whose name holds 市级. The counterpart of
 * shared-tail.ts, found from the store's own names (never a listed phrase): before the joining word, a head that
 * stored names hold and a short modifier; after it, a short modifier alone; each modifier with the head is held by a
 * stored name. The question is then written with the head before both modifiers, and each is resolved as any name is.
 */
import { countContaining, nameKey } from './names.ts';

const JOIN = /[和与及、跟]/gu;
/** The modifiers are short (区级, 市级, 第二批, 2022年): a longer run after the join is a name of its own. */
const MODIFIER_MAX = 6;
/** The head must be a name's worth, not a word that many names share (资金, 经费). */
const HEAD_MIN = 5;
/** A modifier is said alone up to 的, a clause end or another joining word. */
const SECOND = /^([^的,，。；;？?！!、和与及跟\s]{1,6})(?=的|[,，。；;？?！!\s]|$)/u;

/**
 * The modifiers said first (区级和市级的城乡基层…经费, 区级和市级那两笔X): after the second modifier and a pointing word,
 * the head; each modifier with the head held by stored names, the two sets apart. Written head first (X区级和X市级),
 * read as above.
 */
const LEADING = new RegExp(
  `([^的,，。；;？?！!、和与及跟那这\\s]{1,${MODIFIER_MAX}})(?:的)?(?:那些|这些|那|这)?(?:两个|两笔|2个|2笔)?(?:的)?([^的,，。；;？?！!、和与及跟\\s]{${HEAD_MIN},30})`,
  'u',
);

export function spreadLeadingModifiers(text: string, projectNames: string[]): string {
  for (const m of text.matchAll(JOIN)) {
    const before = text.slice(0, m.index);
    const after = LEADING.exec(text.slice(m.index + 1));
    if (after?.index !== 0) continue;
    const [said, second, run] = after as unknown as [string, string, string];
    // The longest head at the start of the run that two stored names or more hold (one index look-up per length).
    // Names are counted only as far as each test needs (names.ts countContaining), never listed.
    let head = '';
    for (let len = run.length; len >= HEAD_MIN && !head; len--)
      if (countContaining(projectNames, [nameKey(run.slice(0, len))], 2) >= 2) head = run.slice(0, len);
    if (!head) continue;
    const held = (...keys: string[]) => countContaining(projectNames, [nameKey(head), ...keys], 1) > 0;
    const other = held(nameKey(second));
    for (let n = 2; n <= Math.min(MODIFIER_MAX, before.length); n++) {
      const first = before.slice(before.length - n);
      if (/[,，。；;？?！!\s的]/u.test(first)) break;
      // a stored name with the head and each modifier, and none with both (that would be one name, not two)
      if (!held(nameKey(first)) || !other || held(nameKey(first), nameKey(second))) continue;
      const rest = text.slice(m.index + 1 + said.length - run.length + head.length);
      return `${before.slice(0, before.length - n)}${head}${first}的和${head}${second}的${rest}`;
    }
  }
  return text;
}

/** The text with a shared head written out before the second modifier; unchanged when no two stored names fit. */
export function spreadSharedHead(text: string, projectNames: string[]): string {
  if (!/[和与及、跟]/u.test(text)) return text;
  const leading = spreadLeadingModifiers(text, projectNames);
  if (leading !== text) return leading;
  for (const m of text.matchAll(JOIN)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + 1);
    const second = SECOND.exec(after)?.[1];
    if (!second) continue;
    const head = sharedHead(before.replace(/的$/u, ''), second, projectNames);
    if (head) return `${before}${m[0]}${head}${after}`;
  }
  return text;
}

/** The head before the first modifier when both modifiers with it name stored projects (different ones). */
function sharedHead(before: string, second: string, projectNames: string[]): string | null {
  const secondKey = nameKey(second);
  if (!secondKey) return null;
  // The second modifier already names one project on its own (a name of its own): nothing to spread.
  if (countContaining(projectNames, [secondKey], 2) === 1) return null;
  for (let m = 1; m <= Math.min(MODIFIER_MAX, before.length - HEAD_MIN); m++) {
    const firstKey = nameKey(before.slice(before.length - m));
    if (!firstKey || firstKey === secondKey) continue;
    // The longest head ending where the first modifier starts that stored names hold.
    const end = before.length - m;
    for (let start = 0; start + HEAD_MIN <= end; start++) {
      const head = before.slice(start, end);
      if (/[,，。；;？?！!\s]/u.test(head)) continue;
      const headKey = nameKey(head);
      // counted only as far as the test needs (names.ts countContaining): a common head is held by many names
      if (countContaining(projectNames, [headKey], 2) < 2) continue;
      const first = countContaining(projectNames, [headKey, firstKey], 1) > 0;
      // a name with the head and the second modifier that is not one of the first's
      const other = countContaining(projectNames, [headKey, secondKey], 1, (k) => !k.includes(firstKey)) > 0;
      if (first && other) return head;
      break;
    }
  }
  return null;
}
