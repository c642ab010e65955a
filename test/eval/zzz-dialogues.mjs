// Fourth batch of dialogues (zzz- categories): writes one JSON file per dialogue, its expected final fields taken
// from ../shared/corpus/records (the clerk types the form's true values, in the shapes each dialogue says).
//   node test/eval/zzz-dialogues.mjs   → dev/dialogues/dq-*.json (a file already in holdout/ is rewritten there);
//   then `node test/eval/split.mjs dialogues`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpus, evalDir } from './expected.mjs';
import { loadRecords, money, rows } from './lib/corpus.mjs';

const say = (s) => process.stdout.write(`${s}\n`);

const DIGITS = '零一二三四五六七八九';
/** A number as a clerk writes it in words (九百九十九点九, 二百二十五): integers below 10 000, one decimal part. */
export function inWords(x) {
  const [int, frac] = String(x).split('.');
  const n = Number(int);
  if (n >= 10000) throw new Error(`inWords: ${x} too large`);
  const units = ['千', '百', '十', ''];
  const ds = n.toString().padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((dg, k) => {
    if (dg === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[dg] + units[k];
  });
  if (out === '') out = '零';
  if (out.startsWith('一十')) out = out.slice(1);
  return frac ? `${out}点${[...frac].map((c) => DIGITS[Number(c)]).join('')}` : out;
}

/** The phone as typed with one digit wrong (the last one), for the corrections. */
const wrongDigit = (p) => p.slice(0, -1) + String((Number(p.at(-1)) + 1) % 10);
const firstRow = (r) => rows(r)[0];

/** form → corpus id (see make-forms.mjs); each dialogue: (record) → { note, turns, fields }. */
const DIALOGUES = [
  {
    id: 'dq-cor-01',
    cat: 'zzz-correct',
    form: 'chanye-owner-phone-executed',
    rec: '002-003',
    make: (r) => ({
      note: 'an owner typed with a wrong character, corrected in a sentence (不对，…写错了，是…)',
      turns: [
        { answer: { 项目负责人: `${r.owner.slice(0, -1)}隆` }, echo: true },
        { say: `不对，负责人写错了，是${r.owner}`, echo: true },
        { answer: { 联系电话: r.phone }, echo: true },
        { answer: { 全年执行数: String(money(r, 'executed')) }, echo: true },
      ],
      fields: { owner: r.owner, phone: r.phone, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dq-cor-02',
    cat: 'zzz-correct',
    form: 'dianying-owner-initial',
    rec: '000-027',
    make: (r) => ({
      note: 'a 年初预算 typed without its zero (1.36 for 1.036), corrected later with a unit (应该是…万)',
      turns: [
        { answer: { 年初预算: String(money(r, 'initialBudget')).replace('.0', '.') }, echo: true },
        { say: `刚才年初预算填错了，应该是${money(r, 'initialBudget')}万`, echo: true },
        { answer: { 项目负责人: r.owner }, echo: true },
      ],
      fields: { owner: r.owner, 'funds.total.initialBudget': money(r, 'initialBudget') },
    }),
  },
  {
    id: 'dq-cor-03',
    cat: 'zzz-correct',
    form: 'xiaowei3-executed-phone',
    rec: '000-015',
    make: (r) => ({
      note: 'a phone number with one wrong digit, corrected (电话号码错了一位，正确的是…)',
      turns: [
        { answer: { 联系电话: wrongDigit(r.phone) }, echo: true },
        { say: `电话号码错了一位，正确的是${r.phone}`, echo: true },
        { answer: { 全年执行数: String(money(r, 'executed')) }, echo: true },
      ],
      fields: { phone: r.phone, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dq-two-01',
    cat: 'zzz-two',
    form: 'tongjisuo-owner-phone',
    rec: '000-001',
    make: (r) => ({
      note: 'owner and phone in one message, short labels and a comma',
      turns: [{ say: `负责人${r.owner}，电话${r.phone}`, echo: true }],
      fields: { owner: r.owner, phone: r.phone },
    }),
  },
  {
    id: 'dq-two-02',
    cat: 'zzz-two',
    form: 'jingjidanao-owner-phone',
    rec: '002-005',
    make: (r) => ({
      note: 'owner and phone in one sentence with the full labels, a space between',
      turns: [{ say: `项目负责人是${r.owner} 联系电话是${r.phone}`, echo: true }],
      fields: { owner: r.owner, phone: r.phone },
    }),
  },
  {
    id: 'dq-two-03',
    cat: 'zzz-two',
    form: 'mianfei-owner-phone',
    rec: '000-020',
    make: (r) => ({
      note: 'a name and a phone number with no labels at all (the types tell them apart)',
      turns: [{ say: `${r.owner} ${r.phone}`, echo: true }],
      fields: { owner: r.owner, phone: r.phone },
    }),
  },
  {
    id: 'dq-wrd-01',
    cat: 'zzz-words',
    form: 'jiesu-phone-executed',
    rec: '000-022',
    make: (r) => ({
      note: 'an amount in words with its unit (二百二十五万元)',
      turns: [
        { answer: { 联系电话: r.phone }, echo: true },
        { answer: { 全年执行数: `${inWords(money(r, 'executed'))}万元` }, echo: true },
      ],
      fields: { phone: r.phone, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dq-wrd-02',
    cat: 'zzz-words',
    form: 'xiaowei5-owner-phone-executed',
    rec: '000-017',
    make: (r) => {
      const x = money(r, 'executed');
      const wan = Math.floor(x);
      const yuan = Math.round((x - wan) * 10000);
      return {
        note: 'an amount split over two units (145万7600元)',
        turns: [
          { answer: { 项目负责人: r.owner }, echo: true },
          { answer: { 联系电话: r.phone }, echo: true },
          { answer: { 全年执行数: `${wan}万${yuan}元` }, echo: true },
        ],
        fields: { owner: r.owner, phone: r.phone, 'funds.total.executed': x },
      };
    },
  },
  {
    id: 'dq-wrd-03',
    cat: 'zzz-words',
    form: 'zhongda-owner-executed',
    rec: '002-013',
    make: (r) => ({
      note: 'an amount in words with a decimal (九百九十九点九万)',
      turns: [
        { answer: { 项目负责人: r.owner }, echo: true },
        { answer: { 全年执行数: `${inWords(money(r, 'executed'))}万` }, echo: true },
      ],
      fields: { owner: r.owner, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dq-ask-01',
    cat: 'zzz-askback',
    form: 'zhengfawei-actual',
    rec: '000-007',
    make: (r) => ({
      note: 'the clerk asks back what the field means before answering',
      turns: [
        { say: '实际完成值是啥意思 要填什么', noWrite: true },
        { answer: { 实际完成值: firstRow(r).actual }, echo: true },
      ],
      fields: { [`indicator:${firstRow(r).name}.actual`]: firstRow(r).actual },
    }),
  },
  {
    id: 'dq-ask-02',
    cat: 'zzz-askback',
    form: 'pinggu-owner',
    rec: '002-002',
    make: (r) => ({
      note: 'the clerk asks who counts as 项目负责人, then answers',
      turns: [
        { say: '项目负责人是填分管领导还是具体经办人？', noWrite: true },
        { answer: { 项目负责人: r.owner }, echo: true },
      ],
      fields: { owner: r.owner },
    }),
  },
  {
    id: 'dq-cpl-01',
    cat: 'zzz-complain',
    form: 'tongjizhan-owner',
    rec: '000-002',
    make: (r) => ({
      note: 'a complaint at the prompt; the bot asks again, the clerk then answers',
      turns: [
        { say: '怎么又让我填，表上不是都写了吗', noWrite: true, reasks: '项目负责人' },
        { answer: { 项目负责人: r.owner }, echo: true },
      ],
      fields: { owner: r.owner },
    }),
  },
  {
    id: 'dq-cpl-02',
    cat: 'zzz-complain',
    form: 'chouyang-phone',
    rec: '000-004',
    make: (r) => ({
      note: 'a complaint with an emoji, then the value',
      turns: [
        { say: '这系统也太难用了吧😤', noWrite: true },
        { answer: { 联系电话: r.phone }, echo: true },
      ],
      fields: { phone: r.phone },
    }),
  },
  {
    id: 'dq-pau-01',
    cat: 'zzz-pause',
    form: 'shuangjing2-owner-phone',
    rec: '001-005',
    make: (r) => ({
      note: 'a pause to ask someone and a return (问到了) before the values; the phone typed with a space',
      turns: [
        { say: '等一下，我去问问科长', noWrite: true },
        { say: '问到了', noWrite: true },
        { answer: { 项目负责人: r.owner }, echo: true },
        { answer: { 联系电话: `${r.phone.slice(0, 4)} ${r.phone.slice(4)}` }, echo: true },
      ],
      fields: { owner: r.owner, phone: r.phone },
    }),
  },
  {
    id: 'dq-pau-02',
    cat: 'zzz-pause',
    form: 'jiceng-qu-total-phone',
    rec: '000-023',
    make: (r) => ({
      note: 'one value, a pause (先这样，我下午再弄), a return (接着填), the last value',
      turns: [
        { answer: { 联系电话: r.phone }, echo: true },
        { say: '先这样，我下午再弄', noWrite: true },
        { say: '我回来了，接着填', noWrite: true },
        { answer: { 总分: String(r.totalScore) }, echo: true },
      ],
      fields: { phone: r.phone, totalScore: r.totalScore },
    }),
  },
];

const records = loadRecords(defaultCorpus);
if (!records) {
  say('skipped: no ../shared');
  process.exit(0);
}
for (const { id, cat, form, rec, make } of DIALOGUES) {
  const r = records.find((x) => x.id === rec);
  const { note, turns, fields } = make(r);
  const part = existsSync(join(evalDir, 'holdout', 'dialogues', `${id}.json`)) ? 'holdout' : 'dev';
  mkdirSync(join(evalDir, part, 'dialogues'), { recursive: true });
  const out = { id, cat, form, note, turns, expect: { fields } };
  writeFileSync(join(evalDir, part, 'dialogues', `${id}.json`), `${JSON.stringify(out, null, 2)}\n`);
  say(`${id}: ${form} (${r.projectName})`);
}
