// Fifth batch of dialogues (zzzz- categories): writes one JSON file per dialogue, its expected final fields taken
// from ../shared/corpus/records (the clerk types the form's true values, in the shapes each dialogue says).
//   node test/eval/zzzz-dialogues.mjs   → dev/dialogues/dl-zzzz-*.json (a file already in holdout/ is rewritten there);
//   then `node test/eval/split.mjs dialogues`. The forms are those of make-forms.mjs (no new ones).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpus, evalDir } from './expected.mjs';
import { loadRecords, money } from './lib/corpus.mjs';

const say = (s) => process.stdout.write(`${s}\n`);

/** The phone as typed with one digit wrong (the last one), for the corrections in the same message. */
const wrongDigit = (p) => p.slice(0, -1) + String((Number(p.at(-1)) + 1) % 10);
/** An amount in 万元 said as 万 and 千 (999.9 → 999万9千元); only for amounts with one decimal. */
const wanQian = (x) => {
  const wan = Math.floor(x);
  const qian = Math.round((x - wan) * 10);
  if (Math.abs(wan + qian / 10 - x) > 1e-9) throw new Error(`wanQian: ${x} has more than one decimal`);
  return qian ? `${wan}万${qian}千元` : `${wan}万元`;
};
const SCORE_WORDS = { 100: '一百', 99: '九十九', 98: '九十八', 97: '九十七' };

/** each dialogue: (record) → { note, turns, fields }. */
const DIALOGUES = [
  {
    id: 'dl-zzzz-two-01',
    cat: 'zzzz-two2',
    form: 'tongjisuo-owner-phone',
    rec: '000-001',
    make: (r) => ({
      note: 'owner and phone run together with no separator at all (负责人…电话…)',
      turns: [{ say: `负责人${r.owner}电话${r.phone}`, echo: true }],
      fields: { owner: r.owner, phone: r.phone },
    }),
  },
  {
    id: 'dl-zzzz-two-02',
    cat: 'zzzz-two2',
    form: 'shuangjing2-owner-phone',
    rec: '001-005',
    make: (r) => ({
      note: 'phone first, then the owner, in one message (the order the bot asks is not kept)',
      turns: [{ say: `电话是${r.phone}，负责人是${r.owner}`, echo: true }],
      fields: { owner: r.owner, phone: r.phone },
    }),
  },
  {
    id: 'dl-zzzz-two-03',
    cat: 'zzzz-two2',
    form: 'xiaowei3-executed-phone',
    rec: '000-015',
    make: (r) => ({
      note: 'an amount with its unit and a phone in one message (执行数…万 电话…)',
      turns: [{ say: `执行数${money(r, 'executed')}万 电话${r.phone}`, echo: true }],
      fields: { phone: r.phone, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dl-zzzz-fix-01',
    cat: 'zzzz-selffix',
    form: 'chouyang-phone',
    rec: '000-004',
    make: (r) => ({
      note: 'a phone with a correction in the same message (…，哦不对，是…): only the corrected one is written',
      turns: [{ answer: { 联系电话: `${wrongDigit(r.phone)}，哦不对，是${r.phone}` }, echo: true }],
      fields: { phone: r.phone },
    }),
  },
  {
    id: 'dl-zzzz-fix-02',
    cat: 'zzzz-selffix',
    form: 'tongjizhan-owner',
    rec: '000-002',
    make: (r) => ({
      note: 'a name with a correction in the same message (周蕾，不对不对，是…)',
      turns: [{ answer: { 项目负责人: `${r.owner.slice(0, -1)}，不对不对，是${r.owner}` }, echo: true }],
      fields: { owner: r.owner },
    }),
  },
  {
    id: 'dl-zzzz-fix-03',
    cat: 'zzzz-selffix',
    form: 'jiesu-phone-executed',
    rec: '000-022',
    make: (r) => ({
      note: 'an amount said wrong and corrected in the same message (…万，说错了，…万)',
      turns: [
        { answer: { 联系电话: r.phone }, echo: true },
        {
          answer: { 全年执行数: `${money(r, 'executed') - 5}万，说错了，${money(r, 'executed')}万` },
          echo: true,
        },
      ],
      fields: { phone: r.phone, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dl-zzzz-ask-01',
    cat: 'zzzz-midask',
    form: 'pinggu-owner',
    rec: '002-002',
    make: (r) => ({
      note: "a question about the clerk's own form in the middle of filling (not written as the owner)",
      turns: [
        { say: '我这个项目全年预算是多少来着', noWrite: true },
        { answer: { 项目负责人: r.owner }, echo: true },
      ],
      fields: { owner: r.owner },
    }),
  },
  {
    id: 'dl-zzzz-ask-02',
    cat: 'zzzz-midask',
    form: 'mianfei-owner-phone',
    rec: '000-020',
    make: (r) => ({
      note: 'a question about how to write a value between two answers (座机要不要加区号？)',
      turns: [
        { answer: { 项目负责人: r.owner }, echo: true },
        { say: '座机要不要加区号？', noWrite: true },
        { answer: { 联系电话: r.phone }, echo: true },
      ],
      fields: { owner: r.owner, phone: r.phone },
    }),
  },
  {
    id: 'dl-zzzz-wait-01',
    cat: 'zzzz-wait',
    form: 'jingxihua-phone-total',
    rec: '000-009',
    make: (r) => ({
      note: '稍等，我问一下 and 嗯 before the values (neither is written)',
      turns: [
        { say: '稍等，我问一下', noWrite: true },
        { say: '嗯', noWrite: true },
        { answer: { 联系电话: r.phone }, echo: true },
        { answer: { 总分: String(r.totalScore) }, echo: true },
      ],
      fields: { phone: r.phone, totalScore: r.totalScore },
    }),
  },
  {
    id: 'dl-zzzz-wait-02',
    cat: 'zzzz-wait',
    form: 'dianying-owner-initial',
    rec: '000-027',
    make: (r) => ({
      note: '我问下财务 between two values, then 问好了 (neither is written)',
      turns: [
        { answer: { 项目负责人: r.owner }, echo: true },
        { say: '年初预算我问下财务', noWrite: true },
        { say: '问好了', noWrite: true },
        { answer: { 年初预算: `${money(r, 'initialBudget')}万` }, echo: true },
      ],
      fields: { owner: r.owner, 'funds.total.initialBudget': money(r, 'initialBudget') },
    }),
  },
  {
    id: 'dl-zzzz-other-01',
    cat: 'zzzz-unasked',
    form: 'xiaowei5-owner-phone-executed',
    rec: '000-017',
    make: (r) => ({
      note: 'the phone given with its label before it is asked (the bot asks another field first), then the rest',
      turns: [
        { say: `先把电话给你：${r.phone}`, echo: true },
        { answer: { 项目负责人: r.owner, 全年执行数: String(money(r, 'executed')) }, echo: true },
        { answer: { 项目负责人: r.owner, 全年执行数: String(money(r, 'executed')) }, echo: true },
      ],
      fields: { owner: r.owner, phone: r.phone, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dl-zzzz-other-02',
    cat: 'zzzz-unasked',
    form: 'gongyi-executed-phone',
    rec: '000-018',
    make: (r) => ({
      note: 'the phone with its label typed first whatever is asked, then the amount',
      turns: [
        { say: `联系电话${r.phone}`, echo: true },
        { answer: { 全年执行数: String(money(r, 'executed')) }, echo: true },
      ],
      fields: { phone: r.phone, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dl-zzzz-unit-01',
    cat: 'zzzz-units2',
    form: 'zhongda-owner-executed',
    rec: '002-013',
    make: (r) => ({
      note: 'an amount said in 万 and 千 (999万9千元)',
      turns: [
        { answer: { 项目负责人: r.owner }, echo: true },
        { answer: { 全年执行数: wanQian(money(r, 'executed')) }, echo: true },
      ],
      fields: { owner: r.owner, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dl-zzzz-unit-02',
    cat: 'zzzz-units2',
    form: 'jiceng-qu-total-phone',
    rec: '000-023',
    make: (r) => ({
      note: 'a phone split by a space, then a total in words with 分 (一百分); the bot asks the basic group first',
      turns: [
        { answer: { 联系电话: `${r.phone.slice(0, 4)} ${r.phone.slice(4)}` }, echo: true },
        { answer: { 总分: `${SCORE_WORDS[r.totalScore]}分` }, echo: true },
      ],
      fields: { phone: r.phone, totalScore: r.totalScore },
    }),
  },
  {
    id: 'dl-zzzz-unit-03',
    cat: 'zzzz-units2',
    form: 'chanye-owner-phone-executed',
    rec: '002-003',
    make: (r) => ({
      note: 'an amount with 万元整, a phone with a dash',
      turns: [
        { answer: { 项目负责人: r.owner }, echo: true },
        { answer: { 联系电话: `${r.phone.slice(0, 4)}-${r.phone.slice(4)}` }, echo: true },
        { answer: { 全年执行数: `${money(r, 'executed')}万元整` }, echo: true },
      ],
      fields: { owner: r.owner, phone: r.phone, 'funds.total.executed': money(r, 'executed') },
    }),
  },
  {
    id: 'dl-zzzz-unit-04',
    cat: 'zzzz-units2',
    form: 'jiceng-shiji-total',
    rec: '000-024',
    make: (r) => ({
      note: 'a total said with a filler and in words (嗯…九十九分吧)',
      turns: [{ answer: { 总分: `嗯 ${SCORE_WORDS[r.totalScore]}分吧` }, echo: true }],
      fields: { totalScore: r.totalScore },
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
