/**
 * 河门口的项目中哪个项目的执行数占全街道执行数的比重最高 / 双井预算占比最大的项目是哪个: the project whose share of a
 * group's amount is the largest. Within one group every share has the same denominator, so the largest share is the
 * largest amount: the question is asked as two the parser knows — the project ranked first by the amount, and that
 * project's amount as a share of the group's total («…最高的项目是哪个？…最高的项目占…合计的比重是多少»).
 * Had been "not understood" (占 … 比重 with no two figures the computation could place; 全街道 no name in the store).
 */

/** The amounts a share is said of (the longer word first); 资金 / 经费 said of a project are its budget. */
const AMOUNTS: Array<[string, string]> = [
  ['全年预算数', '全年预算'],
  ['全年预算', '全年预算'],
  ['年初预算数', '年初预算'],
  ['年初预算', '年初预算'],
  ['预算数', '全年预算'],
  ['预算', '全年预算'],
  ['资金', '全年预算'],
  ['经费', '全年预算'],
  ['全年执行数', '全年执行数'],
  ['执行数', '全年执行数'],
  ['执行金额', '全年执行数'],
  ['支出', '全年执行数'],
];
const AMOUNT = AMOUNTS.map(([word]) => word).join('|');
const SHARE = '(?:比重|比例|占比|份额|百分比|比率)';
const TOP = '最(高|大|多|低|小|少)';
/** What the share is of, between 占 and the share word: 全街道执行数 / 河门口全部预算 / 总预算 (or nothing). */
const OF = '([^，,。？?！!]{0,16}?)';
/** Which project: 哪个项目 / 哪一个项目 / 什么项目. */
const WHICH = '(?:哪个|哪一个|哪项|哪一项|什么)项目';

/** 哪个项目的执行数占…的比重最高 (the rest of the message after it kept). */
const WHICH_FIRST = new RegExp(
  `^(.*?)${WHICH}(?:的)?(${AMOUNT})(?:占(?:比)?${OF}(?:的)?${SHARE}?|${SHARE})(?:是)?${TOP}(?:的)?(?:是哪个|是哪一个)?`,
  'u',
);
/** 执行数占…比重最高的项目是哪个 / 预算占比最大的是哪个项目. */
const SHARE_FIRST = new RegExp(
  `^(.*?)(${AMOUNT})(?:占(?:比)?${OF}(?:的)?${SHARE}?|${SHARE})(?:是)?${TOP}的(?:项目)?(?:是)?(?:哪个|哪一个|哪项|什么)(?:项目)?`,
  'u',
);

/** Words before the ask that only say «among the group's projects»: 河门口的项目中 → 河门口. */
const AMONG =
  /(?:的所有项目|的全部项目|的项目|所有项目|全部项目|项目)?(?:中|里|里面|里头|当中|之中)?[，,\s]*$/u;
/**
 * A denominator that names the whole portfolio, not the group: 占全区执行数 / 占所有街道预算. (占全部项目 after 潞源的项目里
 * is 潞源's projects.)
 */
const WHOLE = /全区|全市|全县|整个区|全库|(?:所有|全部)(?:街道|部门|单位|科室)/u;

export function rankedShare(text: string): string {
  const m = WHICH_FIRST.exec(text) ?? SHARE_FIRST.exec(text);
  if (!m) return text;
  const [said, before, amountWord, of, top] = m as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  const amount = AMOUNTS.find(([word]) => word === amountWord)![1];
  const scope = before.replace(AMONG, '');
  // (a share word of its own kind — 执行率 — is no amount's share; the words before must name a group only)
  if (/占|比|率|和|与|跟/u.test(scope)) return text;
  const whole = scope === '' || WHOLE.test(of ?? '') ? '全部项目' : scope;
  const ranked = `${scope}${amount}最${top}的项目`;
  const rest = text
    .slice(said.length)
    .replace(/^[？?。，,！!\s]+/u, '')
    // (…，占多少: the share asked again)
    .replace(/^(?:它|其)?(?:占(?:比)?|比重|比例)?(?:是|为|有)?(?:多少|百分之几|几成)(?:呢)?[？?。]?$/u, '');
  return `${ranked}是哪个？${ranked}占${whole}${amount}合计的比重是多少${rest ? `？${rest}` : ''}`;
}
