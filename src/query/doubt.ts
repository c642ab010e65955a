/**
 * Doubts about a figure given before: 上次你给我的数好像不对，我再问一遍：… / 前两天报的数被退回来了，说双井2020年
 * 全年预算合计不对，你帮我再算一下. The clerk says why they ask again; what they ask is in the other clause. Two
 * shapes, found by structure and set aside before the question is split into words (like narrative.ts):
 * - a clause whose subject is the figure itself (数, 数字, 结果, 答案 — never a field of the forms), perhaps with when
 *   and by whom it was given or reported, and whose predicate doubts it (不对, 有问题, 被退回来了): it asks nothing;
 * - a total (合计, 总数, 加起来) said to be wrong (…合计不对): a total is computed over projects, not written on one
 *   form, so 不对 there doubts the figure and is no condition 有错误. The total stays: it is what is asked again. A
 *   bare 说 (someone said) opening that clause goes too.
 * Never widening: a field said to be wrong (执行率不对) is a check of the forms (problem-words.ts, read before), and
 * any clause with something else in it is not matched whole, so nothing but these words is set aside.
 */

const END = '[\\s,.:;!?、，。：；！？]';
const WHEN =
  '(?:上次|上回|刚才|刚刚|之前|先前|前面|前[2两几]天|前阵子|前段时间|昨天|前天|上周|那天|早上|上午|下午)?';
const WHO = '(?:你|您|我|我们|咱们|系统|机器人|你们)?';
/**
 * Who reported the doubt, opening the clause: 张会计说, 他讲, 领导反映, 财务科的孙会计说 (who they are, a surname or a
 * role, then a verb of saying).
 */
const REPORTER =
  '(?:\\p{Script=Han}{1,6}?的)?(?:(?:他|她|他们|她们|人家|对方|领导|上面)|\\p{Script=Han}{0,3}(?:科长|处长|局长|主任|会计|出纳|书记|老师|同事|领导))(?:说|讲|反映|提醒)';
const DID =
  '(?:又|再|刚)?(?:给我|给(?:她|他|领导|你)?|发给我|发我|发|报上去|报给领导|报|上报|算出来|算|交上去|交|提交|统计|查出来|查)的';
const FIGURE = '(?:的)?(?:那个|这个|这)?(?:数|数字|数据|结果|答案|结论|报表|汇总表|材料)';
/** Who doubts it and how sure: 我觉得, 好像. */
const HEDGE = '(?:我)?(?:觉得|感觉|看|认为)?(?:好像|似乎|可能|应该|估计|还是|又)?';
const DOUBT =
  '(?:不对|(?:算|搞|弄|写)?错了?|有问题|有误|对不上|不准|不太对|被(?:退回来|退回|打回来|打回|驳回))';
/** The figure named (上次的数), or only by who gave it (之前给的, 报上去的), then doubted. */
const DOUBTED_FIGURE = new RegExp(
  `(^|${END})((?:${REPORTER})?(?:${WHEN}${WHO}|${WHO}${WHEN})(?:${DID}(?:${FIGURE})?|${FIGURE})${HEDGE}${DOUBT}(?:了|啊|呢|吧)?)(?=${END}|$)`,
  'gu',
);

const TOTAL = '(?:合计|总数|总额|总和|加起来|汇总|一共)';
/** 说…合计不对: the opening 说 (group 2) and the doubt after the total (group 4). */
const DOUBTED_TOTAL = new RegExp(
  `(^|${END})((?:他们|人家|对方|上面|领导)?说)?([^\\s,.:;!?、，。：；！？]*?${TOTAL})((?:好像|似乎|可能|还是)?(?:不对|错了|有问题|有误|对不上|不准)(?:了|啊|呢|吧)?)(?=${END}|$)`,
  'gu',
);

/**
 * …的总分是多少，他说好像填错了: after a clause that asks for a figure, a doubt with no subject of its own (someone
 * said, or the clerk hedges, that it was filled in wrong) is about that figure: why it is asked, not the condition
 * 有错误. Only with a reporter or a hedge (好像, 可能) and nothing else in the clause.
 */
const DOUBTED_ASKED = new RegExp(
  `(${END})((?:${REPORTER})(?:好像|似乎|可能|估计|怀疑)?|(?:${REPORTER})?(?:好像|似乎|可能|估计|怀疑))((?:是|被)?(?:填|写|算|搞|弄|报|录)(?:错|得不对)了?|不对|有问题|有误)(?:了|啊|呢|吧)?(?=${END}|$)`,
  'gu',
);
/** Words that ask, in the clause before a doubt about what was asked. */
const ASKED = /多少|几|哪|谁|什么|啥|吗|[?？]/u;

export interface Doubts {
  /** The text with the doubts blanked out (same length). */
  text: string;
  /** What was set aside, as typed, to be said back. */
  setAside: string[];
}

/** Sets aside a normalised question's doubts about an earlier figure. */
export function setAsideDoubts(text: string): Doubts {
  const blanks: Array<[number, number]> = [];
  const said: string[] = [];
  for (const m of text.matchAll(DOUBTED_FIGURE)) {
    const start = m.index! + m[1]!.length;
    blanks.push([start, start + m[2]!.length]);
    said.push(m[2]!);
  }
  for (const m of text.matchAll(DOUBTED_TOTAL)) {
    let at = m.index! + m[1]!.length;
    if (m[2]) blanks.push([at, at + m[2].length]);
    at += (m[2]?.length ?? 0) + m[3]!.length;
    blanks.push([at, at + m[4]!.length]);
    said.push(`${m[3]!.match(new RegExp(`${TOTAL}$`, 'u'))![0]}${m[4]}`);
  }
  for (const m of text.matchAll(DOUBTED_ASKED)) {
    if (!ASKED.test(text.slice(0, m.index))) continue;
    const start = m.index! + m[1]!.length;
    const end = m.index! + m[0].length;
    blanks.push([start, end]);
    said.push(text.slice(start, end));
  }
  if (!blanks.length) return { text, setAside: [] };
  let out = text;
  for (const [s, e] of blanks) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return { text: out, setAside: said };
}
