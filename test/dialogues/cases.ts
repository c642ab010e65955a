/**
 * A clerk fills in a half-finished 自评表 with the bot: chit-chat, questions and pushback in the middle of filling,
 * values typed as staff type them, corrections and 撤销. Each dialogue starts with its own upload (forms.ts).
 */
import type { FormSpec } from './forms.ts';
import type { Dialogue } from './run.ts';

const NO_OWNER: FormSpec = { owner: '' };
const NO_PHONE: FormSpec = { phone: '' };
const NO_CONTACT: FormSpec = { owner: '', phone: '' };
const NO_EXECUTED: FormSpec = { funds: { executed: '' } };
/** A 120 万元 project whose 全年执行数 is blank (the stated 执行率 is 95 %). */
const BIG_NO_EXECUTED: FormSpec = { funds: { initialBudget: '120', annualBudget: '120', executed: '' } };
const NO_ACTUAL: FormSpec = { rows: { 聘用统计调查员: { actual: '' } } };
const NO_SATISFACTION: FormSpec = { rows: { 群众满意度: { actual: '' } } };
const NO_SCORE: FormSpec = { rows: { 聘用统计调查员: { score: '' } } };
const NO_TOTAL: FormSpec = { total: '' };

const cell = (value: number) => ({ raw: String(value), value });
const asksAgain = (line: number, label: string) => ({ line, has: [label] });

export const DIALOGUES: Dialogue[] = [
  // Chit-chat in the middle of filling: acknowledged, the question asked again, nothing written.
  {
    id: 'chat-thanks',
    about: '好的，谢谢 while the owner is asked',
    form: NO_OWNER,
    say: ['好的，谢谢'],
    replies: [asksAgain(0, '项目负责人：（空）')],
  },
  {
    id: 'chat-received',
    about: '收到 / 嗯嗯',
    form: NO_PHONE,
    say: ['收到', '嗯嗯'],
    replies: [asksAgain(1, '联系电话')],
  },
  { id: 'chat-emoji', about: 'ok👍 on an indicator value', form: NO_ACTUAL, say: ['ok👍'] },
  { id: 'chat-greeting', about: '您好 / 辛苦了！', form: NO_EXECUTED, say: ['您好', '辛苦了！'] },
  {
    id: 'chat-laugh',
    about: '哈哈 好的 on the satisfaction value',
    form: NO_SATISFACTION,
    say: ['哈哈 好的'],
  },
  {
    id: 'chat-then-answer',
    about: 'thanks, then the name',
    form: NO_OWNER,
    say: ['好的，谢谢', '王小明'],
    changed: { owner: '王小明' },
    writes: 1,
    replies: [{ line: 1, has: ['已将「项目负责人」改为 王小明，回复「撤销」恢复。'] }],
  },
  {
    id: 'chat-later',
    about: 'the clerk goes to ask finance, then answers',
    form: NO_PHONE,
    say: ['稍等，我问一下财务', '0812-1234567'],
    changed: { phone: '0812-1234567' },
    writes: 1,
    replies: [{ line: 0, has: ['不着急'] }],
  },
  {
    id: 'chat-after-done',
    about: 'thanks after the last answer',
    form: NO_OWNER,
    say: ['李娜', '谢谢'],
    changed: { owner: '李娜' },
    writes: 1,
    replies: [{ line: 1, has: ['不客气'] }],
  },
  {
    id: 'chat-mixed-answer',
    about: '好的 before the value on the same line',
    form: NO_ACTUAL,
    say: ['好的，1人'],
    changed: { 'indicators[0].actual': '1人' },
    writes: 1,
  },

  // Questions in the middle: answered, then the dialogue resumes; nothing written.
  {
    id: 'ask-portfolio',
    about: 'a portfolio question with a question mark',
    form: NO_OWNER,
    say: ['通州区有几个项目？'],
    replies: [{ line: 0, has: ['继续补全', '项目负责人'] }],
  },
  {
    id: 'ask-portfolio-no-mark',
    about: 'a portfolio question without a question mark',
    form: NO_ACTUAL,
    say: ['2023年执行率低于90%的项目有哪些'],
    replies: [{ line: 0, has: ['继续补全'] }],
  },
  {
    id: 'ask-field',
    about: 'what goes into 实际完成值',
    form: NO_ACTUAL,
    say: ['实际完成值怎么填？'],
    replies: [{ line: 0, has: ['年度指标值是「1人」'] }],
  },
  {
    id: 'ask-unit-then-answer',
    about: 'asks the unit, then answers',
    form: NO_EXECUTED,
    say: ['这里的单位是万元还是元？', '11.4'],
    changed: { 'funds.total.executed': cell(11.4) },
    writes: 1,
    replies: [{ line: 0, has: ['万元'] }],
  },
  { id: 'ask-why', about: 'why the phone is needed', form: NO_PHONE, say: ['为什么要填电话'] },
  {
    id: 'ask-english',
    about: 'a question in English',
    form: NO_OWNER,
    say: ['how many projects do I have?'],
  },
  {
    id: 'ask-value-question',
    about: 'a question that holds a number',
    form: NO_EXECUTED,
    say: ['执行数是11.4万吗？'],
  },
  {
    id: 'ask-list-then-answer',
    about: 'lists the projects, then answers',
    form: NO_PHONE,
    say: ['我的项目', '13912345678'],
    changed: { phone: '13912345678' },
    writes: 1,
  },
  {
    id: 'ask-help-then-answer',
    about: 'help, then the score',
    form: NO_SCORE,
    say: ['帮助', '45'],
    changed: { 'indicators[0].score': 45, 'indicators[0].scoreRaw': '45' },
    writes: 1,
  },

  // Pushback and confirmation.
  {
    id: 'keep-no-change',
    about: '不用改 on a blank owner',
    form: NO_OWNER,
    say: ['不用改'],
    replies: [{ line: 0, has: ['没有修改'] }],
  },
  { id: 'keep-as-is', about: '保持原样吧 on the contact group', form: NO_CONTACT, say: ['保持原样吧'] },
  {
    id: 'keep-total',
    about: '就这样 when a total is proposed: the proposal is not taken',
    form: NO_TOTAL,
    say: ['就这样'],
  },
  {
    id: 'confirm-total',
    about: '对 takes the proposed total',
    form: NO_TOTAL,
    say: ['对'],
    changed: { totalScore: 99.5 },
    writes: 1,
  },
  {
    id: 'confirm-total-words',
    about: '按建议的填 takes the proposed total',
    form: NO_TOTAL,
    say: ['按建议的填'],
    changed: { totalScore: 99.5 },
    writes: 1,
  },
  { id: 'keep-skip', about: '跳过', form: NO_OWNER, say: ['跳过'] },
  { id: 'keep-not-needed', about: '不用填了，谢谢', form: NO_PHONE, say: ['不用填了，谢谢'] },
  {
    id: 'keep-objection',
    about: '不对 after a write, then the right name',
    form: NO_OWNER,
    say: ['赵强', '不对', '赵刚'],
    changed: { owner: '赵刚' },
    writes: 2,
    replies: [{ line: 1, has: ['撤销'] }],
  },
  {
    id: 'keep-correction',
    about: '错了，应该是… corrects the value just written',
    form: NO_OWNER,
    say: ['钱多多', '错了，应该是钱多'],
    changed: { owner: '钱多' },
    writes: 2,
  },

  // Undo.
  {
    id: 'undo-name',
    about: '撤销 after a name',
    form: NO_OWNER,
    say: ['王小明', '撤销'],
    writes: 1,
    replies: [{ line: 1, has: ['已撤销', '项目负责人：（空）'] }],
  },
  {
    id: 'undo-then-answer',
    about: '撤回, then another name',
    form: NO_OWNER,
    say: ['王小明', '撤回', '王晓明'],
    changed: { owner: '王晓明' },
    writes: 2,
  },
  {
    id: 'undo-nothing',
    about: '撤销 before any write',
    form: NO_OWNER,
    say: ['撤销'],
    replies: [{ line: 0, has: ['没有可以撤销的修改'] }],
  },
  {
    id: 'undo-amount',
    about: '改回去 after an amount in 元',
    form: NO_EXECUTED,
    say: ['114,000元', '改回去'],
    writes: 1,
    replies: [{ line: 0, has: ['= 11.4 万元'] }],
  },
  {
    id: 'undo-satisfaction',
    about: '撤销 after 没做',
    form: NO_SATISFACTION,
    say: ['没做', '撤销'],
    writes: 1,
  },
  {
    id: 'undo-twice',
    about: 'a second 撤销 has nothing to undo',
    form: NO_OWNER,
    say: ['孙丽', '撤销', '撤销'],
    writes: 1,
    replies: [{ line: 2, has: ['没有可以撤销的修改'] }],
  },

  // Values as staff type them.
  {
    id: 'value-wan',
    about: '112.12万 into a 万元 cell',
    form: BIG_NO_EXECUTED,
    say: ['112.12万'],
    changed: { 'funds.total.executed': cell(112.12) },
    writes: 1,
    replies: [{ line: 0, has: ['按万元记为 112.12'] }],
  },
  {
    id: 'value-yuan',
    about: '1,196,000元 → 119.6 万元',
    form: BIG_NO_EXECUTED,
    say: ['1,196,000元'],
    changed: { 'funds.total.executed': cell(119.6) },
    writes: 1,
    replies: [{ line: 0, has: ['= 119.6 万元'] }],
  },
  {
    id: 'value-chinese-amount',
    about: '一百一十万',
    form: BIG_NO_EXECUTED,
    say: ['一百一十万'],
    changed: { 'funds.total.executed': cell(110) },
    writes: 1,
  },
  {
    id: 'value-labelled-amount',
    about: '全年执行数是114万元 with its label',
    form: BIG_NO_EXECUTED,
    say: ['全年执行数是114万元'],
    changed: { 'funds.total.executed': cell(114) },
    writes: 1,
  },
  {
    id: 'value-bare-big',
    about: 'a bare 1196000 is asked about, then given in 元',
    form: BIG_NO_EXECUTED,
    say: ['1196000', '1196000元'],
    changed: { 'funds.total.executed': cell(119.6) },
    writes: 1,
    replies: [{ line: 0, has: ['超过 1 亿元'] }],
  },
  {
    id: 'value-chinese-score',
    about: '四十五分',
    form: NO_SCORE,
    say: ['四十五分'],
    changed: { 'indicators[0].score': 45, 'indicators[0].scoreRaw': '45' },
    writes: 1,
  },
  {
    id: 'value-score-too-high',
    about: 'a score above its 分值, then a plausible one',
    form: NO_SCORE,
    say: ['50', '四十'],
    changed: { 'indicators[0].score': 40, 'indicators[0].scoreRaw': '40' },
    writes: 1,
    replies: [{ line: 0, has: ['超过了分值 45'] }],
  },
  {
    id: 'value-percent-words',
    about: '百分之九十六 for satisfaction',
    form: NO_SATISFACTION,
    say: ['满意度调查结果是百分之九十六'],
    changed: { 'indicators[2].actual': '96%' },
    writes: 1,
  },
  {
    id: 'value-not-done',
    about: '没做 for 未做: the score follows to 0',
    form: NO_SATISFACTION,
    say: ['没做'],
    changed: { 'indicators[2].actual': '未做', 'indicators[2].score': 0, 'indicators[2].scoreRaw': '0' },
    writes: 1,
  },
  {
    id: 'value-not-done-sentence',
    about: '今年没有开展满意度调查',
    form: NO_SATISFACTION,
    say: ['今年没有开展满意度调查'],
    changed: { 'indicators[2].actual': '未做', 'indicators[2].score': 0, 'indicators[2].scoreRaw': '0' },
    writes: 1,
  },
  {
    id: 'value-phone-spaces',
    about: '138 1234 5678',
    form: NO_PHONE,
    say: ['138 1234 5678'],
    changed: { phone: '13812345678' },
    writes: 1,
  },
  {
    id: 'value-phone-area',
    about: '0812 2345678',
    form: NO_PHONE,
    say: ['0812 2345678'],
    changed: { phone: '0812-2345678' },
    writes: 1,
  },
  {
    id: 'value-phone-plus86',
    about: '+86 139-1234-5678',
    form: NO_PHONE,
    say: ['手机 +86 139-1234-5678'],
    changed: { phone: '13912345678' },
    writes: 1,
  },
  {
    id: 'value-contact-one-line',
    about: 'owner and phone on one line',
    form: NO_CONTACT,
    say: ['负责人张伟，电话 (010)67270330'],
    changed: { owner: '张伟', phone: '010-67270330' },
    writes: 1,
  },
  {
    id: 'value-total-words',
    about: '九十九点五 as the total',
    form: NO_TOTAL,
    say: ['九十九点五'],
    changed: { totalScore: 99.5 },
    writes: 1,
  },

  // Values that do not fit the field are not written.
  {
    id: 'fit-phone-as-actual',
    about: 'a phone number where an indicator value is asked',
    form: NO_ACTUAL,
    say: ['13812345678'],
  },
  { id: 'fit-name-as-phone', about: 'a name where the phone is asked', form: NO_PHONE, say: ['王小明'] },
  {
    id: 'fit-thanks-as-actual',
    about: 'thanks, then the indicator value',
    form: NO_ACTUAL,
    say: ['好的，谢谢', '1人'],
    changed: { 'indicators[0].actual': '1人' },
    writes: 1,
  },
  {
    id: 'fit-phone-in-contact',
    about: 'only a phone number while owner and phone are asked',
    form: NO_CONTACT,
    say: ['13812345678'],
    changed: { phone: '13812345678' },
    writes: 1,
  },
];
