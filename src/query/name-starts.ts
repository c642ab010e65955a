/**
 * A name said by how it begins (issue 10): 负责人姓李的项目 (the person's family name), 名字以2023开头的项目 /
 * 项目名称以“关于”打头的 (the project's name), 联系电话是6727开头的 (the number). Read word by word, 开头 and 李 are
 * words no field or name holds, and the question was refused. They are taken out before the question is split into
 * words and kept as a condition that the stored name (or number) begins with what was said.
 *
 * Never widening: only with the word for how a name begins (姓, 以…开头, …开头的, 老王 / 王某 beside 负责人) right beside what begins it; the
 * field is the label said before it (负责人, 部门, 单位, 电话), else the project's name — 姓 is always a person's.
 */
import { DERIVED_FIELDS } from './derived-fields.ts';
import type { LeafFilter } from './query.ts';

type Starts = Extract<LeafFilter, { type: 'name' } | { type: 'phone' }>;

/** 姓李的 / 姓欧阳的 / 姓王: a family name of one or two characters, then 的 or the end of the clause. */
const SURNAME =
  /(?:项目)?(?:负责人|联系人)?(?:是|为|都)?姓\s*(\p{Script=Han}{1,2}?)(?=的|[，,。？?！!；;\s]|$)/gu;
/**
 * A person named by the family name alone, with a placeholder for the rest (负责人是老王的 / 负责人叫王什么的 / 负责人是王某 /
 * 小李负责的): 老 / 小 before it, or 什么 / 啥 / 某 / 某某 after it. Only beside the person's label (负责人、联系人) or
 * before 负责 — 老旧小区 and 小微企业 are names' words.
 */
const SURNAME_PLACEHOLDER =
  /(?:(?:负责人|联系人)(?:是|为|叫|叫做|都是)?\s*(?:(?:老|小)(\p{Script=Han})(?=的|负责|[，,。？?！!；;\s]|$)|(?![叫是为姓名谁啥什哪都也的个这那一])(\p{Script=Han})(?:什么|啥|某某|某)(?:的)?(?=[，,。？?！!；;\s]|的|那|这|项目|$))|(?<=^|[\s，,。？?！!；;是由让给找问那个])(?:老|小)(\p{Script=Han})(?=负责))/gu;
/**
 * 负责人是王的项目: one character said as the person is the family name (no one's whole name is one character); the
 * words that ask (谁 / 啥) or say a cell empty (空 / 无) are not names.
 */
const SURNAME_ALONE =
  /(?:负责人|联系人)(?:是|为|叫|都是)\s*([^谁啥哪空无没缺\P{Script=Han}])(?=的|[，,。？?！!；;\s]|$)/gu;
/** The phone's words, then digits and 开头: 联系电话是6727开头, 电话以010开头, 手机号138开头的, 电话以1开头. */
const PHONE_HEAD =
  /(?:联系电话|电话号码|联系方式|手机号码|手机号|电话|手机|座机|号码)(?:的)?\s*(?:是|为)?\s*(?:以|从)?\s*(\d{1,8})\s*(?:开头|打头|起头)(?:的)?/gu;
/**
 * 联系电话是手机号的 / 留的是手机的项目 / 填的手机号码的: the number said to be a mobile one — eleven digits starting with
 * 1 (a landline with its area code starts with 0). Only as a condition (是 / 留的是 / 填的 before it, 的 or 项目 after);
 * 手机号是多少 asks the cell.
 */
const MOBILE_SAID =
  /(?:联系电话|电话号码|电话|号码)?(?:的)?(?:是|为|留的是|填的是|写的是|留的|填的|写的|用的|用)(?:手机号码|手机号|手机)(?:号)?(?=的|项目)/gu;
/** A label, then 以X开头 / X开头的: 名字以2023开头, 项目名称以“关于”打头, 主管部门以北京开头的. */
const NAME_HEAD =
  /(项目名称|项目名字|项目名|名称|名字|项目|负责人|主管部门|部门|实施单位|单位)?(?:的)?\s*(?:是|为|都)?\s*以\s*[“"「『‘']?([^“”"「」『』‘’'\s，,。？?！!；;]{1,20}?)[”"」』’']?\s*(?:开头|打头|起头)(?:的)?/gu;
/** The field a label names (the project's name when none is said). */
const FIELD_OF: Record<string, Extract<LeafFilter, { type: 'name' }>['field']> = {
  负责人: 'owner',
  主管部门: 'department',
  部门: 'department',
  实施单位: 'implementingUnit',
  单位: 'implementingUnit',
};

/**
 * The question with each name-begins phrase taken out (a space in its place), and the conditions they say. `owners`:
 * the stored 负责人 names the viewer may see — 老王 / 小李 / 王某 / 负责人是王 mean one person, so they are that person
 * when one owner's name begins so, nobody when none does, and are left in the text (reported, never widened to every
 * 王) when several do; 姓王的 asks for all of them. Without `owners` every family name is read as 姓.
 */
export function readNameStarts(
  text: string,
  owners?: readonly string[],
): { text: string; filters: Starts[] } {
  const filters: Starts[] = [];
  const onePerson = (said: string, surname: string): string => {
    const people = owners ? [...new Set(owners.filter((o) => o.trim().startsWith(surname)))] : [];
    if (owners && people.length > 1) return said;
    const [person] = people;
    filters.push(
      person
        ? { type: 'name', field: 'owner', term: person, values: [person] }
        : { type: 'name', field: 'owner', term: surname, starts: true },
    );
    return ' ';
  };
  const out = text
    .replace(MOBILE_SAID, () => {
      filters.push({ type: 'phone', digits: '1', head: true });
      return ` ${DERIVED_FIELDS.phoneDigits.label}为11`;
    })
    .replace(PHONE_HEAD, (_m, digits: string) => {
      filters.push({ type: 'phone', digits, head: true });
      return ' ';
    })
    .replace(SURNAME, (_m, surname: string) => {
      filters.push({ type: 'name', field: 'owner', term: surname, starts: true });
      return ' ';
    })
    .replace(SURNAME_PLACEHOLDER, (m: string, ...said: (string | undefined)[]) =>
      onePerson(m, said.slice(0, 3).find((s) => s) as string),
    )
    .replace(SURNAME_ALONE, (m: string, surname: string) => onePerson(m, surname))
    .replace(NAME_HEAD, (_m, label: string | undefined, head: string) => {
      filters.push({ type: 'name', field: FIELD_OF[label ?? ''] ?? 'projectName', term: head, starts: true });
      return ' ';
    });
  return { text: out, filters };
}
