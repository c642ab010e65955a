/**
 * Problems listed as the kinds of one (存在计算性错误需要退回的有哪些（总分与明细不符、执行率与金额不符、执行数超预算）,
 * 存在以下任一问题的项目：A、B): the projects with any of them, said as A或B或C — joined by 、 they were read as all at
 * once, which no form has (the answer was "none"). The word of the kind before the list (计算性错误, 以下任一问题) and
 * what it asks done with them (需要退回) restate the list and go; the answer says the list was read as any of them.
 * Only a list of two or more items in brackets right after such a kind, or after a colon following 任一 / 之一.
 */
const KIND = '(?:错误|差错|问题|情形|情况|毛病|疑点)';
const ITEMS = '([^（）()：:？?。]{2,40}?(?:、[^（）()：:？?。]{2,40}?)+)';
/** …存在计算性错误需要退回的有哪些（A、B、C）: the kind, its ask, then the list in brackets. */
const KIND_THEN_BRACKETS = new RegExp(
  `((?:存在|有|属于)?[^，,。？?（(]{0,8}?${KIND}(?:、?(?:需要|要|应|须)(?:退回|整改|修改|核实|更正))?)的([^，,。？?（(]{0,10}?)[（(]${ITEMS}[）)]`,
  'u',
);
/** 存在以下任一问题的项目：A、B: any one of the kinds listed after a colon. */
const ANY_OF_LISTED = new RegExp(
  `((?:存在|有)?(?:以下|下列|如下)?(?:任一|任意一(?:个|种|项)|任何一(?:个|种|项)|其中之一|之一)(?:的)?${KIND}?)的([^：:]{0,10}?)[：:]\\s*${ITEMS}[。.？?]?$`,
  'u',
);

export function enumeratedKinds(text: string): { text: string; said?: string } {
  const bracket = KIND_THEN_BRACKETS.exec(text);
  const any = bracket ? null : ANY_OF_LISTED.exec(text);
  const m = bracket ?? any;
  if (!m) return { text };
  const items = m[3]!.split('、').map((s) => s.trim());
  return {
    text: `${text.slice(0, m.index)}${items.join('或')}的${m[2]}${text.slice(m.index + m[0].length)}`,
    said: `（「${m[1]}」按所列的几种任一理解）`,
  };
}
