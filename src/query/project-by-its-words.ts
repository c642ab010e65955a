/**
 * 放电影那个项目的负责人是谁 / 装修警务室那个预算多少: a project named by what was done in it, not by its name
 * (公益电影放映补贴, 朗清园社区警务工作室装饰装修…项目). The words are no name, office or person the store holds, so the
 * reader leaves them over; the store's own project names decide what they point at, never a list of phrasings.
 *
 * Guarded three ways, so that an unknown name is never read as a project it merely resembles: the words must be said as
 * a project (那个 / 这个 / 那项 / 项目 right after them) and not end as an office does (绿化办, 教育局); once the verb of
 * doing said first is taken off (放, 建…) every
 * character left must be in the name and two of them side by side in it; and exactly one name of the viewer's may hold
 * them — two to five are listed and asked about, more are left as not understood. The reply says which project was
 * taken for which words.
 */

/** The words are said as a project: a pointer or 项目 right after them (的 between allowed). */
const SAID_AS_PROJECT =
  /^(?:的)?(?:那个|这个|那项|这项|那一个|这一个|那一项|这一项|那笔|这笔|项目|那几个|这几个|那些|这些|那俩|这俩|那两个|这两个)/u;
/**
 * Several projects meant: a plural pointer after the words (小微项目那几个, 疫情那俩, 小微项目有几个), or the question adds them up or
 * asks each (加起来, 合计, 一共, 分别) — then every name holding the words is taken, not asked between.
 */
const PLURAL_AFTER =
  /^(?:的)?(?:项目)?(?:那几个|这几个|那些|这些|那俩|这俩|那两个|这两个|几个|(?:一共|总共|共)?有(?:几个|多少个|哪些|哪几个))/u;
const ADDS_THEM_UP = /加起来|加在一起|合计|一共|总共|分别|各自|各是/u;
/** The verb of doing said first (放电影, 装修警务室 keeps 装修: a verb of two is a word of the name too). */
const DOING_FIRST = /^[发做搞放建铺聘买办修种印送用开](?:了|过)?(?=\p{Script=Han}{2})/u;
/** Words ending as an office or a place does (绿化办, 教育局, 发改委): a unit unknown to the store, never a project. */
const OFFICE_END = /(?:办|局|委|厅|科|处|所|站|队|中心|街道|社区|镇|乡|村|区|县|市|省|公司|单位)$/u;
/** More names than this holding the words: too loose a description to list. */
const MOST_LISTED = 5;

export type ProjectByWords =
  | { word: string; name: string }
  | { word: string; names: string[] }
  | { word: string; all: string[] };

function saidAsProject(question: string, word: string): boolean {
  const at = question.indexOf(word);
  return word.length > 0 && at >= 0 && SAID_AS_PROJECT.test(question.slice(at + word.length));
}

/** Every character of the words in the name, and two of them side by side (电影 of 放电影, 警务 of 装修警务室). */
function describes(name: string, core: string): boolean {
  if (name.includes(core)) return true;
  if (core.length < 3 || [...core].some((c) => !name.includes(c))) return false;
  for (let i = 0; i + 2 <= core.length; i++) if (name.includes(core.slice(i, i + 2))) return true;
  return false;
}

/**
 * The project a word left over describes: the one name holding it, the names to ask between, or null (not said as a
 * project, too short, or no name or too many names hold it).
 */
export function projectByItsWords(
  question: string,
  unplaced: readonly string[],
  projectNames: readonly string[],
): ProjectByWords | null {
  // the one word said as a project; the others are left to the readers after (a row of it: 一年放了几场)
  const said = unplaced.map((w) => w.trim()).filter((w) => saidAsProject(question, w));
  if (said.length !== 1) return null;
  const word = said[0]!;
  const bare = word.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
  if (OFFICE_END.test(bare)) return null;
  const core = bare.replace(DOING_FIRST, '');
  if (core.length < 2 || !/\p{Script=Han}/u.test(core)) return null;
  const names = [...new Set(projectNames.filter((n) => describes(n.normalize('NFKC'), core)))];
  if (names.length === 1) return { word, name: names[0]! };
  if (names.length > 1 && names.length <= MOST_LISTED) {
    const after = question.slice(question.indexOf(word) + word.length);
    return PLURAL_AFTER.test(after) || ADDS_THEM_UP.test(after) ? { word, all: names } : { word, names };
  }
  return null;
}

/** The pointer after the words (项目 stays: it is the noun the question goes on with). */
const POINTER =
  /^(?:的)?(?:那个|这个|那项|这项|那一个|这一个|那一项|这一项|那笔|这笔|那几个|这几个|那些|这些|那俩|这俩|那两个|这两个)?/u;

/**
 * The question with the words replaced by the project's name, as a quoted name the reader resolves; the pointer and
 * a piece of the same name right after it go with them (放电影那个补贴找谁: 补贴 is the name's word, no other project).
 */
export function withProjectNamed(question: string, found: { word: string; name: string }): string {
  const at = question.indexOf(found.word);
  let end = at + found.word.length;
  end += POINTER.exec(question.slice(end))![0].length;
  const rest = question.slice(end);
  let piece = 0;
  for (let n = 2; n <= rest.length && found.name.includes(rest.slice(0, n)); n++) piece = n;
  return `${question.slice(0, at)}「${found.name}」${question.slice(end + piece)}`;
}

/** The question with the words replaced by every name they describe, quoted and listed (小微项目那几个加起来多少钱). */
export function withProjectsNamed(question: string, found: { word: string; all: readonly string[] }): string {
  const at = question.indexOf(found.word);
  let end = at + found.word.length;
  end += PLURAL_AFTER.exec(question.slice(end))?.[0].length ?? 0;
  return `${question.slice(0, at)}${found.all.map((n) => `「${n}」`).join('、')}${question.slice(end)}`;
}
