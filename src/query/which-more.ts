/**
 * 潞源和发改委，谁花得多？多花了多少？ / 晨光路拆迁和老旧小区改造，哪个预算大，差多少: two things named, which of them has
 * more of a figure, and by how much. Asked as the difference (A比B全年执行数多多少, which the arithmetic answers with
 * both figures), and the answer then says which is the larger when it is the second (the difference is below 0).
 * The figure is named by the words of the ask (花 / 用 / 支出: 全年执行数; 预算; 结余; 项目: 项目数; 分: 总分); with no
 * such word the question is left as typed.
 */
import type { Reply } from '../bot/messages.ts';

const FIGURE_WORDS: Array<[RegExp, string]> = [
  [/花|用|支出|执行数|开支/u, '全年执行数'],
  [/年初预算/u, '年初预算数'],
  // 钱 alone is the budget (钱多 = 全年预算数), as the rest of the parser reads it
  [/预算|钱|经费|资金/u, '全年预算数'],
  [/结余|剩/u, '结余'],
  [/执行率/u, '执行率'],
  [/总分|得分|分/u, '总分'],
  [/项目|个数/u, '项目数'],
];

/** Which of them: 哪个, 谁, 哪边 (哪个街道 / 哪个单位 with the class word of the two). */
const WHICH = '(?:哪个|哪一个|谁|哪边|哪家|哪位)(?:街道|单位|部门|科室|项目|人)?';
/** …and by how much: 多多少, 差多少, 多了几个 (花 said again for the money spent). */
const BY_HOW_MUCH =
  '[？?，,\\s]+(?:那)?(?:(?:多|高|大|差)(?:了|出)?(?<verb>花|用|支出)?(?:了)?|(?:各|分别)(?:自)?(?:是|有|为|负责|花了|用了|管)?)(?<ask>多少|几个|几)(?<unit>[^，,？?]{0,4})[？?。]*$';
/** 大红门和潞源两个街道比 / 赵康和李毅飞两个人: the two named again by their kind before they are compared. */
const THE_TWO = '(?:两个|两家|两位|俩|两边)?(?:街道|部门|单位|科室|人|项目)?';
const WHICH_MORE = [
  // 潞源和发改委，谁花得多？多花了多少？ — the figure said with which
  new RegExp(
    [
      `^(?<a>[^，,？?]+?)(?:和|跟|与|同|还是)(?<b>[^，,？?]+?)${THE_TWO}[，,\\s]*(?:比一下|比比|比较一下|比较|相比|比)?[，,\\s]*`,
      `${WHICH}(?:的)?(?<figure>[^，,？?]{0,8}?)(?:更|要)?(?:多|高|大)(?:一些|些|点)?(?:呢|啊)?`,
      BY_HOW_MUCH,
    ].join(''),
    'u',
  ),
  // 领导让我比一比潞源和大红门，平均每个项目的执行数，哪个街道多，多多少 — the figure said as a clause of its own
  // before which (what comes before the verb of comparing is who asks, not one of the two)
  new RegExp(
    [
      '^(?:[^，,？?]*?(?:比一比|比一下|比比|比较一下|对比一下|比较|对比))?(?<a>[^，,？?]+?)(?:和|跟|与|同)(?<b>[^，,？?]+?)[，,]\\s*',
      `(?:看看|看一下|就是)?(?<figure>[^，,？?]{1,16}?)[，,]\\s*${WHICH}(?:的)?(?:更|要)?(?:多|高|大)(?:一些|些|点)?(?:呢|啊)?`,
      BY_HOW_MUCH,
    ].join(''),
    'u',
  ),
];
/** A mean said with the figure: 平均每个项目的执行数, 人均 is another group and is left alone. */
const PER_PROJECT = /平均(?:每个项目|每项|每个)?|每个项目(?:平均)?/u;

export interface WhichMore {
  /** The question said as a difference. */
  text: string;
  second: string;
}

/** The question said as the difference of the first's figure less the second's, or null. */
export function readWhichMore(question: string): WhichMore | null {
  const said = question.normalize('NFKC').trim();
  const m = WHICH_MORE.map((re) => re.exec(said)).find(Boolean);
  if (!m?.groups) return null;
  const { a, b, figure, verb, unit } = m.groups;
  const words = `${figure ?? ''}${verb ?? ''}`;
  // 哪边单个项目的最大预算更大: an extreme of each side is no total — left to the parser, which reports it
  if (/单个|单项|单笔|最(?:大|小|高|低|多|少)(?:的)?(?:预算|执行|金额|钱|资金|支出)/u.test(words))
    return null;
  const field = FIGURE_WORDS.find(([re]) => re.test(words))?.[1];
  if (!field) return null;
  const mean = field !== '项目数' && PER_PROJECT.test(words) ? '平均每个项目的' : '';
  const ask = field === '项目数' ? '多几个' : `多多少${unit ?? ''}`;
  return { text: `${a!.trim()}比${b!.trim()}${mean}${field}${ask}`, second: b!.trim() };
}

/** The answer to the difference, with which is the larger said when it is the second. */
export function saidWhichMore(reply: Reply, asked: WhichMore): Reply {
  const result = reply.table?.rows.find((row) => row[0] === '结果');
  const value = Number(result?.[1]);
  if (!result || !Number.isFinite(value) || value >= 0) return reply;
  return {
    ...reply,
    text: `${reply.text ?? ''}\n即「${asked.second}」更多，多 ${Math.abs(value)} ${String(result[2] ?? '')}。`,
  };
}
