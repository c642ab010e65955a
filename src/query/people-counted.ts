/**
 * People counted or ranked said with 人 (issue 10, stop 33): the persons a question counts or ranks are the projects'
 * 负责人, said as people rather than as the column —
 *
 * - 潞源有几个人当负责人 / 有多少人担任项目负责人 / 一共有几个人在负责项目: how many different 负责人 (the groups
 *   counted, countGroups), as 有几个负责人;
 * - 负责项目最多的人 / 管的项目最少的人员: the 负责人 ranked by their count of projects, as 负责项目最多的负责人;
 * - 人均负责几个项目 (平均每个负责人) / 每个人负责几个项目 (每个负责人): per person, a verb of owning after it;
 * - 负责人里面姓张的有几个人: the people among the 负责人, as 共有几个负责人.
 *
 * Only 人 right after a count (几个人 / 多少人) with a verb of owning or serving as the role, or 人 as the head noun
 * after a count's superlative of 负责的项目; 人 elsewhere (人员经费, 退休人员) is untouched.
 */
const ROLE = '(?:项目)?(?:负责人|联系人)';
/** 几个人当负责人 / 多少位同志担任项目负责人: serving as the role. */
const SERVING = new RegExp(
  `(几|多少)(?:个|位|名)?(?:人|同志)(?:在)?(?:当|担任|作为|做|是)(?:了)?${ROLE}`,
  'gu',
);
/** 几个人负责项目 / 多少人在管这些项目, the clause ending there: the owners counted. */
const OWNING =
  /(几|多少)(?:个|位|名)?(?:人|同志)(?:在)?(?:负责|管)(?:着|了)?(?:这些|这些个)?(?:项目)?(?=[？?。！!，,]|$)/gu;
/** 负责项目最多的人 / 管的项目最少的人员 / 负责项目最多的那个人. */
const RANKED =
  /(负责|管)(?:的)?(项目)(?:数)?(最多|最少)的(?:那个|那位|这个|这位|那一个)?(?:人员|人|同志)(?![员民事])/gu;

/**
 * 有多少个负责人 / 潞源有多少个主管部门: the lexicon's 有多少 would take the 有 and leave 个 apart, and the groups were
 * then not counted (it answered the number of projects); 共有多少个 keeps the count of groups whole.
 */
const HOW_MANY_GROUPS =
  /(?<![共一总])有多少(个|位|名|家)(?=(?:不同的)?(?:项目负责人|负责人|联系人|主管部门|实施单位|部门|单位|科室|街道)(?:[？?。！!，,]|$))/gu;

/** 人均负责几个项目 / 人均管理预算多少 / 每个人负责几个: per person, the person being a 负责人 (a verb of owning follows). */
const PER_PERSON = /人均(?=(?:负责|管理|管|掌握)(?:了|着)?(?:几|多少|预算|资金|经费|钱))/gu;
const EACH_PERSON =
  /(每个|每一个|每位|各个?)(?:人|同志)(?=(?:都|各自|分别)?(?:负责|管)(?:了|着)?(?:的)?(?:几|多少|项目))/gu;

/**
 * 负责人里面姓张的有几个人 / 姓张的负责人有几个人: the people among the 负责人 counted (different people, as 有几个负责人),
 * the role named before in the clause — not the projects, nor the names written in each one's cell.
 */
const PEOPLE_AMONG_ROLE = new RegExp(
  `((?:${ROLE}|负责的(?:那个)?人)[^，,。？?！!；;]{0,12}?)(?:一共|总共|共)?有(几|多少)(?:个|位|名)?(?:不同的)?(?:人|同志)(?=[？?。！!]*$|[，,；;])`,
  'gu',
);

export function rewritePeopleCounted(text: string): string {
  return perPersonSaid(text)
    .replace(
      PEOPLE_AMONG_ROLE,
      // 项目负责人一共有几个人: the role alone before the count is the people counted, said once.
      (_m, among: string, n: string) =>
        new RegExp(`^${ROLE}$`, 'u').test(among)
          ? `共有${n}个负责人`
          : `${among.replace(/负责的(?:那个)?人/u, '负责人')}共有${n}个负责人`,
    )
    .replace(EACH_PERSON, '$1负责人')
    .replace(SERVING, '$1个负责人')
    .replace(OWNING, '$1个负责人')
    .replace(HOW_MANY_GROUPS, '共有多少$1')
    .replace(RANKED, '$1的$2$3的负责人');
}

/**
 * 人均负责几个项目 as 平均每个负责人负责几个项目: the mean over the owners is the arithmetic's (meanOfGroups), which
 * reads the question before the parser's rewrites — answer.ts applies this one first.
 */
export const perPersonSaid = (text: string) => text.replace(PER_PERSON, '平均每个负责人');
