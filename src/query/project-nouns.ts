/**
 * Other nouns a clerk uses for the projects (loose-typing.ts, on the message as typed). 事项 is 项目 said in office
 * language (发改委的事项有哪些, 有几个事项没写总分, 通州区事项的预算); 项 is the measure word of projects after a
 * which-word, a count, 每 or 有 (哪几项总分是空的, 哪项预算最多, 执行率最低的三项, 一共多少项, 每项各有几条指标,
 * 有项执行率只有90%) — both read as 项目 (个项目), so
 * that every reader of 项目 (a list asked, a message that names its projects and stands alone) sees it. 项 measuring
 * the noun after it (有几项指标扣了分) stays, as do 这项 / 那项 / 各项 (a row or a project pointed at) and 事项 running on
 * into a longer word (审批事项经费).
 */

/** 事项, except as the head of a longer name with a noun of money after it (审批事项经费, 办理事项补助). */
const SHIXIANG = /事项(?!经费|资金|补助|补贴|费)/gu;

/** 项 after a which-word or a count, not followed by 目 nor by the noun it measures (a word of 指标 a few
 * characters on, with no verb or negation between). */
const XIANG =
  /(哪些|哪几|哪|几|多少|每|(?<![所没])有|\d+|[两二三四五六七八九十]+)项(?!目)(?![^的，,。？?！!；;没未不有是被扣得写填缺少设含带]{0,5}指标)/gu;

/** 满分了还写扣分理由的报表有吗: the forms said as 报表 after what is said of them (报表上 / 报表口径 are the form's place). */
const BAOBIAO = /(?<=的)报表(?=有|都|还|是|吗|呢|[？?。！!，,]|\s*$)/gu;

export function projectNouns(text: string): string {
  return text
    .replace(BAOBIAO, '项目')
    .replace(SHIXIANG, '项目')
    .replace(XIANG, (_, q: string) => (q === '哪些' ? '哪些项目' : `${q}个项目`));
}
