/**
 * A cell held against what it should be by computation, said in any order and wording (执行率填写与计算不一致,
 * 执行率，填的跟拿执行数除以预算算出来的对不上, 执行率 填报≠计算, 执行率写的跟实际花的钱对不上, 预算执行得分和执行率乘以分值
 * 对不上, 总分跟各项得分加起来不一致): the checks the scorer runs — the stated rate against the amounts' rate
 * (RATE_MISMATCH), the budget row's score against rate × weight (BUDGET_SCORE_MISMATCH), the total against the sum of
 * the scores (TOTAL_MISMATCH). The many phrasings share three parts: the cell, a word of computing (计算, 算出来, 除以,
 * 乘以, ÷, the amounts it comes from) and a word of not matching (不一致, 对不上, 不符, ≠); the words between are the
 * asker's. Read when all three stand in one sentence, the cell first, the mismatch last, and rewritten as the check's
 * own name, which the problem reader knows; the words before the cell (the scope: 潞源哪几个项目的) and after the
 * mismatch (的项目, 有哪些) stay as said.
 */

/** Not matching, ending the span (不一致, 对不上, 不相符, 有差异, ≠). */
const MISMATCH =
  '(?:不一致|不相一致|对不上|对不起来|不相符|不符合|不符|不吻合|不匹配|不一样|不相同|不同|有出入|有差异|存在差异|有偏差|≠|!=|<>)';
const SAYS_MISMATCH = new RegExp(MISMATCH, 'u');
/** A word of computing, or the amounts a rate is computed from. */
const COMPUTING =
  /计算|算出|算的|算得|核算|测算|重算|换算|除以|除|÷|\/|乘以|乘|×|\*|按金额|按钱|金额|执行数|花的钱|花了多少|预算数|应得|应该得|按规则/u;
/** The scores added up (the total's computation). */
const ADDING = /加起来|加在一起|相加|加总|之和|总和|合计|汇总|累加|加和|各项得分|各项指标得分/u;
/** The words between the cell and the mismatch: one sentence, not too long. */
const BETWEEN = '[^。；;？?！!]{0,48}?';

/** A verb of checking before the cell (比对各表填报执行率与…): what is done, no condition. */
const CHECKING =
  '(?:(?:比对|核对|对比|核查|检查|校验|核实|复核)(?:一下)?(?:各|每|所有|全部)?(?:张|个)?(?:表|项目)?(?:的)?)?';

interface Check {
  /** The cell said first (after it, the words of the span). */
  cell: string;
  /** The check's own name, as the problem reader reads it. */
  as: string;
  /** The words of computing this check's value. */
  computing: RegExp;
  /** Words that make the span another check's (the budget row's score said through the rate). */
  not?: RegExp;
}

const CHECKS: Check[] = [
  {
    cell: '(?:预算执行|年度资金总额|资金总额|预算执行率)(?:那一?|这一?)?(?:行|栏|项|格)?(?:的)?(?:得分|分数)',
    as: '预算执行得分与执行率不符',
    computing: new RegExp(`${COMPUTING.source}|执行率`, 'u'),
  },
  {
    cell: '总分',
    as: '总分与各项得分合计不符',
    computing: ADDING,
    not: /执行率|分值合计|满分/u,
  },
  {
    cell: `${CHECKING}(?:表上的?|表里的?|表内的?|填报的?|填写的?|填的|写的)*(?:预算执行率|资金执行率|执行率)`,
    as: '表上执行率与核算执行率不符',
    computing: COMPUTING,
    not: /得分|分值|分数|总分/u,
  },
];

/**
 * After the mismatch, what the cell is held against (≠ 全年执行数 / 全年预算数) and a remark on how near counts as equal
 * (（四舍五入或截断到表内小数位都算一致）): the check's own tolerance stands for it.
 */
const AGAINST_AFTER =
  '(?:计算值|核算值|计算结果|计算|核算|\\s*(?:按|用)?(?:全年)?执行数\\s*(?:/|÷|除以)\\s*(?:全年)?预算(?:数)?(?:计算|算出)?(?:的)?(?:结果|值)?)?(?:\\s*[（(][^）)]{0,40}[）)])?';

/**
 * Where the computation said before the cell begins: its first word, with 按 / 用 / 以 before it — never across a 的,
 * which ends the projects it is said of (有哪些项目的得分加起来和总分对不上 had lost 项目 to the check).
 */
const SAID_BEFORE = /(?:按照|按|用|以|根据|依据|照)?[^，,。；;？?！!的]{0,4}$/u;

/** The question with a stated-against-computed check said in the asker's words rewritten as the check's name. */
export function readStatedAgainstComputed(text: string): string {
  // most questions say no mismatch at all: the spans below are not searched for (they are read at every parse)
  if (!SAYS_MISMATCH.test(text)) return text;
  for (const check of CHECKS) {
    // the cell, then how it is computed, then the mismatch (执行率填写与计算不一致)
    const after = new RegExp(`(${check.cell})(${BETWEEN})${MISMATCH}${AGAINST_AFTER}`, 'u');
    const m = after.exec(text);
    if (m) {
      const words = m[0].slice(m[1]!.length);
      if (check.computing.test(words) && !check.not?.test(words))
        return text.slice(0, m.index) + check.as + text.slice(m.index + m[0].length);
    }
    // how it is computed, then the cell and the mismatch right after it (按执行数÷预算数×分值，预算执行得分存在差异)
    const before = new RegExp(`(${BETWEEN})(${check.cell})(?:的)?(?:存在|有|都)?${MISMATCH}`, 'u');
    const b = before.exec(text);
    if (!b) continue;
    const computing = check.computing.exec(b[1]!);
    if (!computing || check.not?.test(b[1]!.slice(computing.index))) continue;
    const lead = b[1]!.slice(0, computing.index);
    const start = b.index + lead.length - (SAID_BEFORE.exec(lead)?.[0].length ?? 0);
    return text.slice(0, start) + check.as + text.slice(b.index + b[0].length);
  }
  return text;
}
