/**
 * 我是潞源街道的会计，大红门一共报了多少个项目 / 你好，我是朗清园社区的主任，…: who is asking, said first — the unit and
 * the post of the asker, never a condition (潞源 had been joined to 大红门 as "either", 150 projects for 128). The
 * clause is taken off; where the question then says 我们街道 / 咱们社区 (the asker's own unit, named by its kind only),
 * that is the unit just named. A person introducing themselves by name alone (我是赵路广，我负责的…) is left to the
 * readers of 我 (the person asked about).
 */

/** A greeting before the introduction. */
const GREETING = '(?:(?:你好|您好|喂|哈喽|hi|hello)(?:啊|呀)?[，,!！\\s]*)?';
/** The posts an asker holds in a unit. */
const POST =
  '(?:副?主任|副?书记|会计|出纳|副?科长|副?处长|副?局长|站长|所长|干事|科员|工作人员|负责人|财务人员|财务|专干|社工|网格员|主管|经理|职员|统计员|报账员)';
const INTRODUCED = new RegExp(
  `^\\s*${GREETING}(?:我是|俺是|本人是)([^，,。？?！!\\s]{2,20}?)(?:的)?${POST}(?:[^，,。？?！!]{0,12}?)[，,。！!\\s]+`,
  'iu',
);
/** The asker's own unit said by its kind only: 我们街道, 咱们社区, 我们单位. */
const OWN_UNIT = /(?:我们|咱们|咱|俺们|我)(?:这个|这)?(街道|社区|单位|科室|办事处|这边|这里)/u;

/** The question without the asker's introduction, 我们<kind> said as the unit introduced. */
export function withoutSelfIntro(text: string): string {
  const m = INTRODUCED.exec(text);
  if (!m) return text;
  const unit = m[1]!;
  const rest = text.slice(m[0].length);
  if (!rest.trim()) return text;
  return rest.replace(OWN_UNIT, unit);
}
