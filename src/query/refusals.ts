/**
 * Words that make a message no question the forms can answer, found anywhere in it (parse.ts reports them even when
 * the rest reads as a question, so nothing is answered over a wider set than was asked):
 * - a verb of forging or destroying a document (harmless.ts `FORGES`): 帮我伪造一份自评表，总分都写100;
 * - a person named by a title whose name, phone or identity is asked (潞源街道办事处主任叫什么名字, 书记的电话是多少,
 *   分管领导是谁). The forms name only each project's 项目负责人; an office's head is nowhere in them, and dropping
 *   the title would answer with the office's projects;
 * - projects said to share a cell with another project or person (SAME_AS below);
 * - a role the forms do not hold: 填报人 / 填表人 (who filled the form in — a few paper forms print one at the foot,
 *   often another person than the 项目负责人, and the store keeps none), as 经办人 above;
 * - 基本支出, the running costs: the forms are the 项目支出 self-evaluations (a project named 基本… is no such figure);
 * - a level of indicator the form does not have (四级指标, 第五级指标): the indicator table has 一级, 二级 and 三级指标
 *   only, and reading the rest would list the 三级 rows as if they were the level asked.
 */
import { FORGES } from './harmless.ts';

const TITLE =
  '(?:分管|主管)?(?:领导|主任|书记|科长|处长|局长|部长|区长|市长|县长|镇长|乡长|所长|站长|队长|一把手|会计|出纳|经办人|审核人|审批人)';
const ASKED = '(?:的)?(?:是谁|是哪位|叫什么|叫啥|姓什么|姓啥|名字|姓名|电话|手机|联系方式|号码)';
const TITLE_ASKED = new RegExp(`(${TITLE})${ASKED}`, 'gu');
const ROLE_NOT_HELD = /填报人|填表人|填写人/gu;
/** 基本支出: the unit's running costs, another part of the budget than the 项目支出 these forms evaluate. */
const BUDGET_PART_NOT_HELD = /基本支出/gu;
const LEVEL_NOT_HELD = /(?:第)?(?:[四五六七八九十]|[4-9])级(?:绩效)?指标/gu;
const FORGE_WORDS = new RegExp([...FORGES].sort((a, b) => b.length - a.length).join('|'), 'gu');

/**
 * 跟统计所经费是同一个负责人的 / 和李哲留的同一个电话号码的: projects sharing a cell's value with another project or person.
 * The 负责人 and the phone of a project or person named whole are read first and asked as a condition (same-cell.ts,
 * before the question reaches the parser); any other cell (同一个主管部门) or reference is a relation the query language
 * has no word for (two cells of one form compared, 主管部门和实施单位写的一样, are the sameText filter and read
 * elsewhere). Reported, or the name alone would be answered.
 */
const SAME_AS =
  /(?:跟|和|与|同)(?!(?:主管部门|实施单位|负责人|联系电话|电话)(?:是|写的|填的)?(?:同一|一样|相同))[^，,。？?]{2,30}?(?:是|用的|留的|填的|写的)?(同一个|同一位|同一|一样的|相同的)(?:项目)?(?:负责人|联系人|电话号码|联系电话|电话|号码|主管部门|实施单位|部门|单位|科室)/u;

export function refusedWords(question: string): string[] {
  const text = question.normalize('NFKC');
  const titles = [...text.matchAll(TITLE_ASKED)].map((m) => m[1]!);
  // 没删掉的模板行 / 删除过的: what was or was not done to a form describes it — a condition read elsewhere.
  const forged = [...text.matchAll(FORGE_WORDS)]
    .filter(
      (m) =>
        !/[没未不别]\s*$/u.test(text.slice(0, m.index)) &&
        !/^\s*(?:的|过)/u.test(text.slice(m.index + m[0].length)),
    )
    .map((m) => m[0]);
  const same = SAME_AS.exec(text)?.[1];
  const notHeld = [
    ...text.matchAll(ROLE_NOT_HELD),
    ...text.matchAll(LEVEL_NOT_HELD),
    ...text.matchAll(BUDGET_PART_NOT_HELD),
  ].map((m) => m[0]);
  return [...new Set([...forged, ...titles, ...notHeld, ...(same ? [same] : [])])];
}
