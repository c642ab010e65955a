/**
 * A question about the form of this conversation (这张表得了几分 / 还缺什么 / 刚才那张表还有什么要改的): answered from
 * that form's own check — its score table and its problems — not read as a portfolio question. As a portfolio question
 * 这张表有啥问题 listed every project with problems the user may see (for an administrator, all of them), and 还缺什么
 * was "not understood".
 *
 * Only when the words point at the form itself (这张 / 这个 / 这份 / 刚才那张 / 刚传的 … 表) at the start of the question (a
 * project named before 这张表 says which form: 法律顾问这张表总分多少 stays a portfolio question), or the whole message is a
 * bare "what is missing / wrong" with nothing else in it; a question naming projects, places or years stays a
 * portfolio question (哪些项目还缺满意度 is one).
 */

/** 这张表 / 这个表格 / 刚才那张 / 刚传的那份 / 我刚交的表 / 本表: the form of this conversation. */
const THIS_FORM =
  /(?:这张|这个|这份|这一张|这一份|本|刚才那张|刚才那份|刚才那个|刚才的|刚刚那张|刚刚的|上面那张|上面的|刚传的|刚上传的|刚发的|刚交的|我刚传的|我刚发的|我刚交的|我的)(?:那张|那份|那个)?(?:自评表|表格|表)/u;
/** The pointer as the question's first words (once the leading request is taken off). */
const THIS_FORM_FIRST = new RegExp(`^(?:${THIS_FORM.source})`, 'u');
/** What is asked of it: its problems, what is missing, its score. */
const ASKS =
  /(?:还)?(?:缺|差|少)(?:了)?(?:什么|啥|哪些|哪几项|几项|多少)|(?:有|还有|存在)(?:什么|啥|哪些|没有)?(?:问题|错|错误|毛病|不对|要改|要修改|需要改|需要修改)|哪(?:里|儿|些地方)(?:不对|有问题|错了|要改)|对不对|有没有问题|(?:多少|几)分|得分|总分|分数|等级|合格|通过/u;
/** A bare "what is still missing / wrong?" — the whole message, fillers aside. */
const BARE =
  /^(?:帮我|麻烦)?(?:看看|看一下|查查|查一下|检查一下)?(?:还)?(?:缺|差|少)(?:了)?(?:什么|啥|哪些|哪几项|几项)(?:没填|要填|要补|内容)?$|^(?:还)?有(?:什么|啥|哪些)(?:问题|错|错误|要改的|要修改的|不对的地方)$|^哪(?:里|儿)(?:不对|有问题|要改)$/u;

/**
 * 重新检查一下 / 再核对一遍 / 帮我重新算一下分 / 复查一下这张表: the form checked again — its score and problems (the check
 * runs on every version, so the latest is shown). Only the whole message, with nothing naming projects.
 */
const CHECK_AGAIN =
  /^(?:帮我|帮忙|麻烦|麻烦你|请|你|给我)*(?:再|重新|重)(?:检查|核对|核查|核算|审核|审查|校验|看|算|计算|打分|评分|评|查)(?:一下|一遍|一次|下)?(?:分|总分|分数)?(?:(?:这张|这个|这份|本)(?:表格?|自评表))?$|^(?:帮我|帮忙|麻烦|请|你)*(?:复查|复核)(?:一下|一遍|下)?(?:(?:这张|这个|这份|本)(?:表格?|自评表))?$/u;
/** 帮我看看这张表 / 检查一下这个表格: the pointer with nothing but a request to look at it. */
const LOOK_ONLY =
  /^(?:帮我|帮忙|麻烦|麻烦你|请|你|给我)*(?:看看|看一下|看下|检查|检查一下|查一下|核对一下|审一下|过一下|过一遍)(?:这张|这个|这份|本|刚才那张|我刚传的|刚传的)(?:表格?|自评表)$|^(?:这张|这个|这份|本)(?:表格?|自评表)(?:帮我|你)?(?:看看|看一下|检查一下|再检查一下|重新检查一下|核对一下)$/u;

/** What may come before the pointer: fillers and a request to look (那 / 请问 / 帮我看看 / 你查一下). */
const LEADING_ASK =
  /^(?:那|那个|嗯|请问|麻烦|麻烦你|帮我|帮忙|你|您)*(?:看看|看一下|看下|查查|查一下|检查一下|说说|问一下|再看看)?(?:我)?/u;
const FILLERS = /[\s？?。！!，,~～]|^(?:那|那个|嗯|哦|呃|请问)+|(?:呢|吗|啊|呀|吧|了)+$/gu;

/** Does the message ask about the form of this conversation (its problems or its score)? */
export function asksAboutThisForm(text: string): boolean {
  // 法律顾问这张表总分多少: a name before the pointer says which form — a portfolio question about that project.
  const lead = text.trim().replace(LEADING_ASK, '');
  if (THIS_FORM_FIRST.test(lead) && ASKS.test(lead)) return true;
  const bare = text.replace(FILLERS, '');
  return BARE.test(bare) || CHECK_AGAIN.test(bare) || LOOK_ONLY.test(bare);
}
