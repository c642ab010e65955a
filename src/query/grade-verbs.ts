/**
 * The 参考等级 said with a verb of being graded (评上优, 评不上优, 没评上良, 够不上优, 拿到了优), or with 是 / 不是 after
 * 等级: a grade reached is 参考等级为X; one not reached is the grades on its other side — 不是优 is 良及以下, 不是差 中及
 * 以上 — and not being 良 or 中 (either side) is left as said, reported. (等级不是优的 had been read as the cell
 * filled: 不是…的.) A band said in brackets as the bot grades
 * ((90分以上算优), with SCORING.md's floor of that grade) restates how the grade is had and is taken out; a band said
 * otherwise ((95分以上算优)) stays, reported — the asker's own rule is not the one the forms are graded by. 按参考等级，
 * before such a clause only says by what the projects are judged.
 */
import { GRADE_FLOOR } from './fields.ts';

const GRADE = '(优秀|良好|中等|优|良|中|差)';
const SHORT: Record<string, '优' | '良' | '中' | '差'> = { 优秀: '优', 良好: '良', 中等: '中' };
const NOT_GRADED = new RegExp(
  `(?:评不上|评不到|够不上|够不到|达不到|拿不到|没(?:有)?(?:评上|评到|评为|够上|达到|拿到)|未(?:能)?(?:评上|评为|达到))(?:个)?${GRADE}(?![\\p{Script=Han}]*?(?:率|值))`,
  'gu',
);
const GRADED = new RegExp(`(?:评上了?|评为|评到了?|评了个|够得上|拿到了?)(?:个)?${GRADE}(?!率|值)`, 'gu');
/** (90分以上算优) / （总分90分及以上为优）: a band said beside the grade. */
const BAND = new RegExp(
  `[（(](?:总分)?(\\d+)分?(?:（含）|\\(含\\))?(?:及|或)?以上(?:的)?(?:算|为|是|评|就是|评为)${GRADE}[）)]`,
  'gu',
);
const BY_GRADE = /(?<=^|[，,。；;\s])按(?:参考)?等级[，,]?/u;

/** 等级是优 / 参考等级不是优: the cell's grade said with 是. */
const IS_GRADE = new RegExp(`(?:参考)?等级(不是|是)${GRADE}(?!率|值)`, 'gu');
/** The grades not reached, said as the range the parser reads; none for 良 and 中 (grades on both sides). */
const OTHER_SIDE: Record<string, string> = { 优: '良及以下', 差: '中及以上' };

export function readGradeVerbs(text: string): string {
  let said = false;
  const notReached = (m: string, g: string) => {
    const side = OTHER_SIDE[SHORT[g] ?? g];
    if (!side) return m;
    said = true;
    return `参考等级为${side}`;
  };
  const reached = (g: string) => {
    said = true;
    return `参考等级为${SHORT[g] ?? g}`;
  };
  let out = text
    .replace(NOT_GRADED, (m, g: string) => notReached(m, g))
    .replace(GRADED, (_m, g: string) => reached(g))
    .replace(IS_GRADE, (m, is: string, g: string) => (is === '不是' ? notReached(m, g) : reached(g)));
  out = out.replace(BAND, (m, n: string, g: string) =>
    GRADE_FLOOR[SHORT[g] ?? (g as '优')] === Number(n) ? '' : m,
  );
  return said ? out.replace(BY_GRADE, '') : out;
}
