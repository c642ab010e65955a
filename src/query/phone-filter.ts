/**
 * A phone number said as a condition: 联系电话是89538675的项目, 电话尾号8675的, 手机后四位是1234, 89538675是哪个项目的
 * 电话. The number is no name and no amount: it is taken out of the question before it is split into words and kept as
 * a filter on 联系电话 (the stored number, separators aside, contains it — or ends with it, for a tail). A long digit run
 * only counts when the question speaks of a phone (a label or 号码); alone it stays unplaced, as any word not understood.
 */
import type { LeafFilter } from './query.ts';
import { syllables } from './similar.ts';

export type PhoneFilter = Extract<LeafFilter, { type: 'phone' | 'phoneKind' }>;

/** 座机 / 固定电话 / 手机号: the kinds of number a 联系电话 is. */
const KIND = '(座机|固定电话|固话|办公电话|手机号码|手机号|手机|移动电话)';
const kindOf = (word: string) => (/手机|移动/u.test(word) ? 'mobile' : 'landline') as 'mobile' | 'landline';
/**
 * The kind said as a condition: 联系电话是座机的 / 留的是手机号的 / 电话填的手机的 / 手机号码填的项目 / 用座机的. Not a
 * lookup (手机号码是多少) — the kind is followed by 的 and what is asked of those projects.
 */
const KIND_RULES = [
  new RegExp(
    `(?:联系电话|电话号码|联系方式|电话|号码)?(?:一?栏|那栏)?(?:里)?(?:填|写|留|用)?(?:的|了)?(?:是|为)?${KIND}(?:号码?)?(?=的)`,
    'u',
  ),
  new RegExp(`${KIND}(?:号码?)?(?:填|写|留)的(?=项目|表|有)`, 'u'),
];

/** The words for the phone column (fields.ts `phone`) and 号码 / 手机 alone. */
const LABEL = '(?:联系电话|电话号码|联系方式|手机号码|手机号|电话|手机|号码|座机)';
/** A full number: an optional area code and 7–8 digits, or an 11-digit mobile; dashes and spaces inside. */
const NUMBER = '((?:0\\d{2,3}[-\\s]?)?\\d{7,8}|1\\d{10})';
/** Right after the label, a number of any length a cell may hold as written (695468784: a digit short or over). */
const WRITTEN_NUMBER = `(?:${NUMBER}|(\\d{5,12}))`;
/** Not part of a longer digit run, an amount or a count: 12345678元 is money. */
const ALONE_AFTER = '(?![\\d.]|\\s*(?:万|元|亿|%|分|个|项|名|人|年|条))';
const TAIL_WORDS = '(?:尾号|尾数|末尾|后(?:四|4|三|3)位|末(?:四|4|三|3)位|最后(?:四|4|三|3)位)';
const IS = '(?:是|为|:|：)?\\s*';
/** 那格填 / 这一栏写的是 / 栏里留了: the cell and the verb of writing between the label and the number say nothing more. */
const CELL_WRITTEN =
  '(?:[这那]?一?(?:栏|格|列|项)(?:里面|里|中|上)?)?(?:的)?(?:(?:只|就)?(?:填|写|留)(?:的|了|着)?)?';

const RULES: Array<{ re: RegExp; tail: boolean }> = [
  // 电话尾号8675 / 手机后四位是1234 / 尾号是8675的
  {
    re: new RegExp(`(?:${LABEL}(?:的)?)?${TAIL_WORDS}\\s*${IS}(\\d{3,4})(?!\\d)${ALONE_AFTER}`, 'gu'),
    tail: true,
  },
  // 联系电话是89538675 / 电话：010-89538675
  // 表尾联系电话那格填67270318: where on the form the label is says nothing more either.
  {
    re: new RegExp(
      `(?:表(?:头|尾|底|上|里)(?:的)?)?${LABEL}\\s*${CELL_WRITTEN}${IS}${WRITTEN_NUMBER}${ALONE_AFTER}`,
      'gu',
    ),
    tail: false,
  },
];

/** A bare number when the question speaks of a phone elsewhere: 89538675是哪个项目的电话. */
const BARE = new RegExp(`(?<![\\d.])${NUMBER}${ALONE_AFTER}`, 'gu');
const SPEAKS_OF_PHONE = new RegExp(`${LABEL}|[这那]个?号(?![码数])`, 'u');
/** 这个号码 / 该电话 / 号码 alone (号码 is no column's word) / 这号: the number just said. */
const POINTING_BACK = new RegExp(`(?:这个|这一?|那个|该|此)${LABEL}|号码|[这那]个?号(?![码数])`, 'gu');

/** Whose the number is, ending the question (是谁的 / 是谁在用 / 归谁 / 是谁留的 / 谁填的): the 项目负责人 of the forms
 * holding it is asked. */
const WHOSE =
  /(?:是|归)?谁(?:的|在用|用的|留的|填的|写的|报的|留)(?:联系电话|电话号码|联系方式|手机号码|手机号|号码|电话|手机)?(?:呀|啊)?(?=[？?。！!\s]*$)|(?:是|归)谁(?=[？?。！!\s]*$)/u;

const OF_PROJECTS = new RegExp(`(项目|表)(?:留|填|写|用)?(?:的)${LABEL}(?=[？?。！!\\s]*$)`, 'u');

/** The digits asked, without the area code (010-, 0571-): the store holds numbers with and without one. */
const digitsOf = (said: string) =>
  said.replace(/\D/gu, '').replace(/^0(?:10|2\d|[3-9]\d{2})(?=\d{7,8}$)/u, '');

/** A word of two characters right before a full number (and 是 / 为 / ：): a label typed with a slip, perhaps. */
const LABEL_BEFORE_NUMBER = new RegExp(`(\\p{Script=Han}{2})(?=\\s*${IS}${NUMBER}${ALONE_AFTER})`, 'gu');
/** The labels a slip may stand for, by their sound (电画 / 店话 = 电话, 手鸡 = 手机). */
const SOUNDED_LABELS = ['电话', '手机', '号码', '座机'];
const sound = (word: string) => syllables(word).join(' ');

/** 联系电画是67069109: a label typed with a character of the same sound is the label (tokens.ts reads the typo later). */
function labelsBySound(text: string): string {
  return text.replace(LABEL_BEFORE_NUMBER, (word: string) =>
    SOUNDED_LABELS.includes(word) ? word : (SOUNDED_LABELS.find((l) => sound(l) === sound(word)) ?? word),
  );
}

export function readPhoneFilter(text: string): { text: string; filters: PhoneFilter[] } {
  const filters: PhoneFilter[] = [];
  let out = labelsBySound(text);
  for (const { re, tail } of RULES) {
    out = out.replace(re, (_whole, digits: string | undefined, written: string | undefined) => {
      filters.push({
        type: 'phone',
        digits: digitsOf(digits ?? written ?? ''),
        ...(tail ? { tail: true } : {}),
      });
      return ' ';
    });
  }
  // 67069109是谁的: a full number asked whose it is speaks of a phone as plainly as its label would.
  if (!filters.length && (SPEAKS_OF_PHONE.test(out) || WHOSE.test(out))) {
    out = out.replace(BARE, (_whole, digits: string) => {
      filters.push({ type: 'phone', digits: digitsOf(digits) });
      return ' ';
    });
    // 80856942这个号码是哪些项目的: the number's own label points back at it, nothing more.
    if (filters.length) out = out.replace(POINTING_BACK, ' ');
  }
  // 67069109这个号码是谁的 / 电话89538675是谁在用: whose number it is — the forms name the 项目负责人 beside it.
  if (filters.length) out = out.replace(WHOSE, ' 项目负责人是谁');
  // 89538761是哪几个项目留的电话: the projects the number is written on, asked — the label after them is the number's.
  if (filters.length) out = out.replace(OF_PROJECTS, '$1');
  // one kind asked, the first said (两种都问 is left to the rest of the question, and reported)
  // (8位座机 / 不是手机号: a number of digits or a negation is the digits' own question, read elsewhere)
  const kind =
    filters.length || /(?:\d+|[一二三四五六七八九十]+)位|不是|并非|非(?=手机|座机)/u.test(out)
      ? null
      : KIND_RULES.map((re) => re.exec(out)).find(Boolean);
  if (kind) {
    filters.push({ type: 'phoneKind', kind: kindOf(kind[1]!) });
    out = `${out.slice(0, kind.index)} ${out.slice(kind.index + kind[0].length)}`;
  }
  return { text: out, filters };
}
