/**
 * Duplicates (电话号码重复的项目, 同名的项目, 名字一样的项目, 和别的项目电话一样的, 共用一个电话的项目): projects whose cell
 * is the same as another project's — the `shared` filter (a phone compared by its digits, a name as keyed). The words
 * of sameness are taken off the question and the filter added to what the rest reads as (a list, a count, a
 * grouping). Only 联系电话 and 项目名称: a 负责人 or a 主管部门 is shared by many projects by design, and 和X一样
 * (a named project or person) is same-cell.ts's; two cells of one form compared (联系电话和负责人写的一样) stay
 * cell-compare-words.ts's — a word of joining before the cell leaves the question alone.
 */
import type { ReferenceReading } from './reference.ts';

const PHONE = '(?:联系电话|电话号码|手机号码|手机号|电话|号码)';
const SAME = '(?:有重复|重复了|重复|相同|一样|雷同|重了|撞了|(?:都)?(?:是|用的)?同一个(?:号码|号)?)';
const OTHERS = '(?:和|跟|与|同)(?:别的|其他|其它|其余|另外的?|别人的?)(?:项目)?(?:的)?';

const READINGS: ReadonlyArray<{ field: 'phone' | 'projectName'; pattern: RegExp }> = [
  // 和别的项目电话一样的 / 跟其他项目号码重复的
  { field: 'phone', pattern: new RegExp(`${OTHERS}${PHONE}(?:是)?${SAME}`, 'u') },
  // 共用一个电话的 / 用同一个号码的
  {
    field: 'phone',
    pattern: new RegExp(
      `(?:${OTHERS})?(?:共用|合用|共享|用的是|用)(?:同一个|一个|同一|相同的?)${PHONE}`,
      'u',
    ),
  },
  // 电话号码重复的 / 联系电话有重复的
  { field: 'phone', pattern: new RegExp(`${PHONE}${SAME}`, 'u') },
  // 和别的项目同名的 / 跟其他项目名字一样的
  {
    field: 'projectName',
    pattern: new RegExp(`${OTHERS}(?:同名|重名|(?:项目)?(?:名称|名字|项目名)(?:是)?${SAME})`, 'u'),
  },
  // 同名的 / 重名的 / 名字一样的 / 项目名称重复的
  {
    field: 'projectName',
    pattern: /同名|重名|(?:项目)?(?:名称|名字|项目名)(?:是)?(?:有重复|重复了|重复|相同|一样|重了)/u,
  },
  // 重复报的项目 / 重复申报了的: one project handed in twice is a name held by two forms.
  {
    field: 'projectName',
    pattern: /重复(?:申报|填报|上报|报送|提交|录入|报)(?:了)?/u,
  },
];

/**
 * 有没有两个项目名字一样 / 俩项目重名 / 有两张表同名: the number of projects said before the sameness is what sameness
 * takes (two of them), no count asked — taken off with it. 几个 stays (有几个项目重名 asks how many).
 */
const PAIR_SAID = /(?:两|2|俩|两份|两张)(?:个|项|张|份)?(?=(?:项目|表)?$)/u;

export function readSharedCell(question: string): ReferenceReading | null {
  const text = question.normalize('NFKC').trim();
  for (const { field, pattern } of READINGS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // 负责人名字一样 / 单位名称相同: the name of something else than the project — not read here.
    // (负责人电话 is the 联系电话 itself: 负责人电话都是同一个的.)
    const owner =
      field === 'phone'
        ? /(?:单位|部门|科室|街道)(?:的)?$/u
        : /(?:负责人|联系人|单位|部门|科室|街道|人)(?:的)?$/u;
    if (owner.test(text.slice(0, m.index))) return null;
    const clause =
      text
        .slice(0, m.index)
        .split(/[，,。；;？?]/u)
        .at(-1) ?? '';
    // 联系电话和负责人写的一样 / X的电话跟Y一样: two cells or two named things compared, not a duplicate.
    if (
      !m[0].match(/^(?:和|跟|与|同)/u) &&
      /(?:和|跟|与|同)\s*$|(?:和|跟|与|同)[^的]*$/u.test(clause) &&
      /和|跟|与|同/u.test(clause)
    )
      return null;
    const label = field === 'phone' ? '联系电话' : '项目名称';
    const before = text.slice(0, m.index).replace(PAIR_SAID, '');
    let after = text.slice(m.index + m[0].length);
    // 和别的项目电话一样的有哪些: the projects are what is asked, said or not.
    if (!/项目|表/u.test(before + after))
      after = /^的/u.test(after) ? `的项目${after.slice(1)}` : `项目${after}`;
    return {
      text: `${before}${after}`,
      patch: (q) => ({ ...q, filters: [...q.filters, { type: 'shared', field }] }),
      note: `（「${m[0]}」按${label}与库里其他项目相同理解${field === 'phone' ? '，号码只看数字' : ''}）`,
    };
  }
  return null;
}
