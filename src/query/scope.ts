/**
 * Whose projects a question is about, when it does not name them (issue 10: never widen a query silently).
 *
 * - A generic class word alone (街道, 单位, 部门, 办公室, 局…) names a kind of organisation, not one: it never becomes a
 *   containment filter, which would match most of the portfolio (`isClassWord`, used by names.ts).
 * - A first-person scope (我们单位, 本单位, 我局, 咱们街道, 我们办公室) is the speaker's own unit: the one they named in
 *   the same message (我是双井街道的，我们街道…), else the one they named earlier in the chat, else the department the
 *   store binds them to; otherwise the bot asks which unit is meant instead of answering for everything.
 */

/** Words for a kind of organisation or place, never the name of one. */
const CLASS =
  '(?:街道办事处|街道办|街道|办事处|社区|居委会|人民政府|政府|单位|部门|科室|处室|办公室|委员会|管理局|机关|中心|大队|局|委|办|科|处|所|站|队|区|市|县|镇|乡|村|项目)';
/** Those a first person is said with (我们街道, 我局); not 所 / 处 / 站 / 队, which start other words (咱们所有的). */
// (我们社区 / 咱们村: the speaker's community, which no form records — below a street, said as the speaker's own)
const OWN_CLASS = `(?:社区|居委会|村委会|${CLASS.replace(/\|(?:项目|所|处|站|队|社区|村)(?=[|)])/gu, '').slice(3)}`;
// (社区 alone is a kind of place; 社区办 is an office's short name — 社区建设办公室)
const CLASS_ONLY = new RegExp(`^(?!社区.)(?:本|我们|咱们|咱|我|各|该|这个|那个)?${CLASS}+$`, 'u');

/** Whether a term is only class words (街道, 街道办, 我们单位): it names no organisation of the store. */
export const isClassWord = (term: string) =>
  CLASS_ONLY.test(term.normalize('NFKC').replace(/[\s"'“”‘’「」『』《》()（）]/gu, ''));

/** What follows a first-person class word (我们街道有…, 本单位的, 我局2023年…); never more of a name (我们市场监管局). */
const AFTER =
  '的|有|里|内|中|平均|这|那|一共|总共|共|所有|全部|全年|年初|今年|去年|前年|哪|几|多少|项目|报|申报|负责|预算|执行|总分|得分|满意|目前|现在|还|都|也|各|全|每|按|没|未|缺';

/** 我们单位 / 本单位 / 我局 / 咱们街道 / 我们这个办公室: a first-person pronoun before a class word. */
const FIRST_PERSON = new RegExp(
  `(?:我们|咱们|我|咱|本)(?:所在的?|这个|自己的?|的)?${OWN_CLASS}(?=$|[^\\p{Script=Han}]|${AFTER})`,
  'u',
);

/** 我们社区 / 咱们村: a community or village, which no form records (the forms know offices and streets only). */
export const isCommunity = (words: string) => /(?:社区|居委会|村委会|村)$/u.test(words);

/** 我是X的 / 我在X工作 / 我们是X的 / 我刚调到X: the speaker says which unit they belong to. */
// (我们潞源街道有几个项目: 我们 before an office's name says it is the speaker's too)
const SAYS_OWN_UNIT =
  /(?:我|咱)们?(?:刚刚?|才|现在|目前|新)?(?:是|在|属于|来自|调到|调来|调入|调进|分到|分配到|借调到)|(?:我们|咱们)(?=\p{Script=Han}{2,12}?(?:街道|街办|办事处|委员会|发改委|局|办公室|中心))/u;

export interface FirstPersonScope {
  /** The first-person words as typed (我们街道). */
  words: string;
  /** The text with those words taken out (parsed when the unit is named elsewhere in the message). */
  without: string;
}

/** 我们社区原来报过… / 咱们村搞的: the speaker's community, whatever follows (never more of an office's name). */
const OWN_COMMUNITY =
  /(?:我们|咱们|我|咱|本)(?:所在的?|这个|自己的?|的)?(?:社区|村)(?!建设|服务|办|居委|卫生|工作|管理|委员)/u;

/** The first-person scope words of a message, if any. */
export function firstPersonScope(text: string): FirstPersonScope | null {
  const m = FIRST_PERSON.exec(text) ?? OWN_COMMUNITY.exec(text);
  if (!m) return null;
  return { words: m[0], without: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` };
}

/** Whether the message says which unit the speaker belongs to (我是双井街道的): its one unit is then theirs. */
export const saysOwnUnit = (text: string) => SAYS_OWN_UNIT.test(text);

/** What to ask when a first-person scope has no unit to stand for. */
export function whichUnitQuestion(words: string): string {
  return `「${words}」指哪个单位？这个对话里还不知道您所在的单位，您的账号也没有绑定部门，为免答错范围，未作查询。请写出单位名称再问，例如「双井街道有哪些项目」，或先说「我是××街道的」。`;
}
