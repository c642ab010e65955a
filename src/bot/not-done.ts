/**
 * "We did not do the satisfaction survey", as staff say it: a negation before a verb of doing (没做, 今年没搞, 未开展,
 * 没有组织满意度测评, 满意度问卷没有发), "no survey" (没有满意度调查, 无问卷), or a bare no (无, 没有, 否). Read as
 * patterns of negation + verb (+ object), in either order, rather than a list of phrases (issue 10).
 */

/** Negations: 没, 没有, 未, 尚未, 还没, 并没有, 从未, 不曾. */
const NEGATION =
  '(?:没有?|未|尚未|暂未|还未|都没有?|尚没有?|还没有?|并没有?|并未|从没有?|从未|没能|不曾|未曾)';
/** Verbs of carrying out a survey. */
const VERB =
  '(?:做|搞|弄|干|开展|展开|组织|进行|实施|安排|举办|发放|发|收集|回收|调查|调研|测评|测|评价|评估|统计|完成)';
/** What was not done: the survey and its synonyms. */
const OBJECT = '(?:满意度|调查|调研|测评|问卷|评价)';
/** A few words may stand between the negation and the verb (没有专门做, 今年都没搞), not across a clause. */
const GAP = '[^，,。；;！!？?\\s]{0,3}?';

/** 不 only right before the verb: 今年不做满意度 (不 with a gap is too loose: 不满意). */
const NEGATED_VERB = new RegExp(`${NEGATION}${GAP}${VERB}|不(?:做|搞|弄|开展|组织|进行)`);
const NO_OBJECT = new RegExp(`(?:没有|无|未有|没)${GAP}${OBJECT}`);
const BARE_NO = /^(?:无|没有|没|否|未|没呢|还没|还没有|未做|没做|不做)$/;
/** Words that make "没…" about something else ("没问题", "没错"): not a statement about the survey. */
const NOT_ABOUT_SURVEY = /没(?:有)?(?:问题|错|毛病|关系|事)/;

/**
 * The doing asked, not denied: 做没做 / 有没有做 / 是否开展 / 做了没有 / 搞了吗 (临时救助资金做没做满意度调查 is a question
 * about a project, and was taken for "we did not do it").
 */
const ASKED = new RegExp(
  `(${VERB})没\\1|(?:有没有|是否|是不是|有无)${GAP}${VERB}|${VERB}(?:了|过)?(?:没有?|吗|么)\\s*[？?]?\\s*$`,
);

export const SURVEY_WORD = new RegExp(OBJECT);

/** The words of `text` that say the survey was not done, or null. */
export function notDoneQuote(text: string): string | null {
  const t = text.normalize('NFKC').trim();
  const bare = t.replace(/[\s，,。.！!～~]+$/g, '').replace(/[吧啊呀哦呢的了]+$/, '');
  if (BARE_NO.test(bare)) return bare;
  if (ASKED.test(t)) return null;
  const clean = t.replace(new RegExp(NOT_ABOUT_SURVEY.source, 'g'), '');
  const m = NEGATED_VERB.exec(clean) ?? NO_OBJECT.exec(clean);
  return m ? m[0] : null;
}

/** Does the text say the satisfaction survey was not done (and name the survey, so it is not about another field)? */
export function saysSurveyNotDone(text: string): boolean {
  return SURVEY_WORD.test(text) && notDoneQuote(text) !== null;
}
