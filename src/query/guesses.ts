/**
 * A figure asked together with the asker's guess of it (…全年执行数一共多少，是不是两千多万 / 预算是不是占了全部的三成，
 * 到底是百分之多少 / 双井街道是不是只报了两个项目？是哪两个): the figure is what is asked; the guess bounds nothing (read as
 * a condition it had picked the projects each between 2000万 and 3000万; 花了三千多万是吧 具体多少). The answer shows the figure, so whether the
 * guess was right is seen at once.
 */
/** 预算是不是占了全部的三成，到底是百分之多少: a share guessed, then asked — the share asked (the guess bounds nothing). */
const GUESSED_SHARE =
  /(?:是不是|是否|大概|好像)(?:占了?|占到)(全部的|总数的|全部项目的|所有项目的)?(?:[一二三四五六七八九两半\d]+成|百分之[一二三四五六七八九十\d]+|\d+(?:\.\d+)?%)(?:左右|多)?(?:吧|吗|啊)?[，,？?\s]*(?:到底|究竟|具体|实际上?)(?:是|占)?(?=百分之多少|多少|几成)/gu;
/** …全年执行数一共多少，是不是两千多万: a total asked, then guessed — the guess is no bound on each project (the total
 * answered shows whether it was right). */
const GUESSED_TOTAL =
  /(?<=(?:一共|合计|总共|加起来|共计)(?:是|有)?多少(?:钱|万元|万|元)?)[，,\s]*(?:是不是|是否|大概|应该|差不多)(?:有|是|在)?[^，,。？?]{1,8}?(?:吧|吗|啊|呢)?(?=[？?。！!]*$)/u;
/** 双井街道是不是只报了两个项目？是哪两个: a count guessed, then asked — how many, and which (the guess bounds nothing). */
const GUESSED_COUNT =
  /(?:的项目)?(?:是不是|是否)(?:只|就|一共|总共)?(?:有|报了|申报了|报|是)?(?:\d{1,2}|[两二三四五六七八九十])个项目(?:吗|呢)?(?:[？?，,]\s*(?:是|分别是|都是)?哪(?:\d{1,2}|[两二三四五六七八九十]|几|些)个?(?:项目)?)?(?=[？?。]*$)/u;

/** 执行数合计是不是39.4万 / 预算加起来是不是超过三千万了: a total guessed in the asking — the total asked (it is answered,
 * and the guess is seen against it; read as a condition it had picked the projects each of 39.4万). */
const GUESSED_IN_ASKING =
  /(?<=(?:合计|总共|一共|加起来|总额|总和|总数))(?:是不是|是否|有没有)(?:有|已经|都|快|快要|将近|接近|差不多)?(?:超过|超出|不到|过了|达到|到了|到|高于|低于)?(?:了)?[\d一二三四五六七八九十百千万亿两点.]+(?:万元|万|元|亿元|亿)?(?:了)?(?:吗|呢|吧)?(?=[？?。！!]*$)/u;

/** 花了三千多万是吧 具体多少: an amount guessed, then asked exactly — the amount asked (the guess bounds nothing). */
const GUESSED_THEN_ASKED =
  /(?:大概|差不多|好像)?[\d一二三四五六七八九十百千两点.]+多?(?:万元|万|元|亿元|亿)(?:左右)?(?:是吧|对吧|吧|是不是|对不对|没错吧)[，,\s]*(?:那)?(?:具体|到底|究竟|准确|实际)(?:是|有|花了)?(?=多少)/gu;

/** 老旧小区改造的项目 3457万多那个 / 下沉协管员经费 三百九十一万多那个: the project named, then pointed at by its amount
 * roughly said (多 / 左右 / 出头) — which one, not a bound (read as one it had asked for a budget of exactly 3457万). An
 * amount after its field (全年预算1168万多的那个) names the project by it, and is read as the range it says. */
const AMOUNT_POINTING =
  /(?<=\p{Script=Han})(?<!预算|预算数|执行数|执行|金额|资金|花了|用了|是|为|有)[\s，,]*(?:大概|差不多|约)?[\d一二三四五六七八九十百千两点.]+(?:万元|万|元|亿元|亿)?(?:多|左右|出头)(?:万元|万|元)?(?:的)?(?:那个|这个)(?:项目)?(?=[\s，,]|\p{Script=Han})/gu;

/** …一共有多少个？听说有五十多个。: what the asker heard, after the question — no condition (the answer shows the figure). */
const HEARSAY_AFTER =
  /(?<=[？?])\s*(?:听说|据说|好像|我记得|印象中|印象里)(?:是|有|大概有|大概是)?[^，,。？?]{1,10}?[。.！!]*$/u;

export function withoutGuesses(text: string): string {
  return text
    .replace(HEARSAY_AFTER, '')
    .replace(AMOUNT_POINTING, ' ')
    .replace(GUESSED_THEN_ASKED, '')
    .replace(GUESSED_IN_ASKING, '是多少')
    .replace(GUESSED_TOTAL, '')
    .replace(GUESSED_COUNT, '有几个项目，分别是哪些')
    .replace(GUESSED_SHARE, (_m, whole?: string) => `占${whole ?? '全部的'}`);
}
