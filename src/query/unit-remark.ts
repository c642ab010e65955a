/**
 * A remark that a form's amounts are written in 元 and are to be converted first (疏整促那个表上写的是元，先折成万元再算;
 * X的表金额是按元填的，要换算成万元): an instruction about how to compute, not a condition — the store keeps every amount
 * in 万元 already (an amount written in 元, or above 10 000 with no unit, is divided by 10 000 when the form is stored;
 * src/query/README.md, "Money in 万元"), so the figures are computed as they are and the answer says so — and which
 * amounts were converted by the guess (the answer's money_guessed line), so a form the clerk says is in 元 but whose
 * amounts were kept as 万元 shows. The project it
 * names is the one the remark is about, not a narrowing of the question.
 *
 * Only as a clause of its own (from a clause start to its end), with the unit written as 元 and the conversion to 万元
 * asked; a unit asked of the result (换算成元, 以万元为单位) is the arithmetic's (arith-shapes.ts unitAsked).
 */
const UNIT_REMARK =
  /(?<=^|[\s,.;!?、，。；！？])[^\s,.;!?、，。；！？]{0,30}?(?:(?:写|填|记|报|用)的?(?:是|都是|为)?(?:以)?(?:元|块钱?)|(?:是|都是)?(?:按|以|用)(?:元|块钱?)(?:为单位)?(?:填|写|记|报)(?:的)?)(?:为单位)?(?:的)?[，,]?\s*(?:要|得|请|需要|麻烦)?(?:先)?(?:折成|折算成|折合成|换算成|换成|转成|转换成|化成|改成)万元?(?:以后|之后|后)?(?:再|然后再?)?(?:算|计算|平均|求和|相加|加|统计)?(?:一下)?(?:吧|哈|啊)?(?=$|[\s,.;!?、，。；！？])/u;

/**
 * 疏整促那个按万元折算进去 / X的要换算成万元算进去: the same instruction said as converting that form's amounts and counting
 * them in — a word of converting to 万元 and a word of counting in (进去 / 在内), in a clause of its own.
 */
const COUNTED_IN =
  /(?<=^|[\s,.;!?、，。；！？])[^\s,.;!?、，。；！？]{0,30}?(?:要|得|请|需要)?(?:先)?(?:按|以|用)?(?:折成|折算成|折合成|换算成|换成|转成)?万元?(?:来)?(?:折算|折合|换算|折)(?:以后|之后|后)?(?:再)?(?:算|加|计|放|统计)?(?:进去|进来|在内)(?:吧|哈|啊)?(?=$|[\s,.;!?、，。；！？])/u;

export interface UnitRemark {
  /** The question without the remark. */
  text: string;
  /** The remark as typed and what is said back about it. */
  said: [string, string] | null;
}

export function readUnitRemark(text: string): UnitRemark {
  const m = UNIT_REMARK.exec(text) ?? COUNTED_IN.exec(text);
  if (!m) return { text, said: null };
  return {
    text: text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length),
    said: [
      m[0],
      '按库里存的万元计算：写明是元、或超过一万而未写单位的金额已按元折成万元（折过的项目下面列出），其余按表上的数',
    ],
  };
}
