// Makes the forms the dialogues upload: one corpus form cut out of ../shared/corpus/text/<seed>.txt (word-text
// layout), with some cells blanked, written to test/eval/forms/<name>.txt. The outputs are committed; run this again
// only to change them:  node test/eval/make-forms.mjs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpus, evalDir } from './expected.mjs';

const say = (s) => process.stdout.write(`${s}\n`);

/** name → { id: corpus record id, blank: [what to empty] }. What: owner, phone, funds.<column>, total, or
 * { indicator: three-level name, col: target|actual|weight|score|deviation }. */
export const FORMS = {
  'tongjisuo-owner-phone': { id: '000-001', blank: ['owner', 'phone'] },
  'xiaowei5-owner-phone-executed': { id: '000-017', blank: ['owner', 'phone', 'funds.executed'] },
  'jiesu-phone-executed': { id: '000-022', blank: ['phone', 'funds.executed'] },
  'xiachen-owner-actual': { id: '000-026', blank: ['owner', { indicator: 'first', col: 'actual' }] },
  'jingxihua-phone-total': { id: '000-009', blank: ['phone', 'total'] },
  'jiceng-shiji-total': { id: '000-024', blank: ['total'] },
  'jingjidanao-owner-phone': { id: '002-005', blank: ['owner', 'phone'] },
  'xifengyuan-asis': { id: '004-011', blank: [] },
  'jiesu-shequ-owner-actual': { id: '000-019', blank: ['owner', { indicator: 'first', col: 'actual' }] },
  'shuangjing-phone': { id: '001-004', blank: ['phone'] },
  'gongyi-executed-phone': { id: '000-018', blank: ['funds.executed', 'phone'] },
  'zhengfawei-actual': { id: '000-007', blank: [{ indicator: 'first', col: 'actual' }] },
  'dianying-owner-initial': { id: '000-027', blank: ['owner', 'funds.initialBudget'] },
  'pucha-rate-phone': { id: '000-005', blank: ['funds.rate', 'phone'] },
  'xiachen-sat-actual': { id: '000-026', blank: [{ indicator: '协管员满意率', col: 'actual' }] },
  'jiesu-shequ-date': { id: '000-019', blank: [{ indicator: '指标1：2023年12月前开展', col: 'actual' }] },
  // third batch (zz- dialogues)
  'tongjizhan-owner': { id: '000-002', blank: ['owner'] },
  'xiaowei3-executed-phone': { id: '000-015', blank: ['funds.executed', 'phone'] },
  'chouyang-phone': { id: '000-004', blank: ['phone'] },
  'zhongda-owner-executed': { id: '002-013', blank: ['owner', 'funds.executed'] },
  'jiceng-qu-total-phone': { id: '000-023', blank: ['total', 'phone'] },
  'shuangjing2-owner-phone': { id: '001-005', blank: ['owner', 'phone'] },
  'pinggu-owner': { id: '002-002', blank: ['owner'] },
  'xiaowei3-date': { id: '000-015', blank: [{ indicator: '2024年2月份之前完成施工', col: 'actual' }] },
  // fourth batch (zzz- dialogues)
  'chanye-owner-phone-executed': { id: '002-003', blank: ['owner', 'phone', 'funds.executed'] },
  'mianfei-owner-phone': { id: '000-020', blank: ['owner', 'phone'] },
  // shapes part (dl-sh- dialogues): deadline rows whose 实际完成值 is a date
  'xiaowei4-date': { id: '000-016', blank: [{ indicator: '2024年2月份之前完成施工', col: 'actual' }] },
  'xiaowei5-date': { id: '000-017', blank: [{ indicator: '指标1：2023年6月份之前完成施工', col: 'actual' }] },
  'zhongda-date': {
    id: '002-013',
    blank: [{ indicator: '指标1：谋划储备报告及谋划储备清单通过区政府审定', col: 'actual' }],
  },
};

const FUNDS = ['initialBudget', 'annualBudget', 'executed', 'weight', 'rate', 'score'];
const INDICATOR = ['target', 'actual', 'weight', 'score', 'deviation'];

/** The forms of one word-text file as arrays of lines, in record order: a form starts at its 项目名称 row, with the
 * title and year lines just above it. */
function cutForms(text) {
  const lines = text.split('\n');
  const starts = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '项目名称') continue;
    let s = i;
    while (s > 0 && (lines[s - 1].trim() === '' || /自评表|年度|^（|^\(/.test(lines[s - 1].trim()))) s--;
    starts.push(s);
  }
  return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length));
}

const cell = (line) => line.replace(/^\t/, '').trim();

function blankOne(lines, what, rec) {
  const setEmpty = (i) => {
    if (i < 0 || i >= lines.length || !lines[i].startsWith('\t'))
      throw new Error(`${rec.id}: no cell to blank for ${JSON.stringify(what)}`);
    lines[i] = '\t';
  };
  const labelAt = (label) => lines.findIndex((l) => cell(l) === label);
  if (what === 'owner') return setEmpty(labelAt('项目负责人') + 1);
  if (what === 'phone') return setEmpty(labelAt('联系电话') + 1);
  if (what === 'total') return setEmpty(labelAt('总分') + 2);
  if (typeof what === 'string' && what.startsWith('funds.'))
    return setEmpty(labelAt('年度资金总额') + 1 + FUNDS.indexOf(what.slice(6)));
  if (what.indicator) {
    const real = rec.indicators.filter((i) => !i.placeholder);
    const name = what.indicator === 'first' ? real[0].name : what.indicator;
    return setEmpty(labelAt(name) + 1 + INDICATOR.indexOf(what.col));
  }
  throw new Error(`unknown blank ${JSON.stringify(what)}`);
}

export function makeForm(corpusDir, spec) {
  const seed = readdirSync(join(corpusDir, 'text')).find((f) => f.startsWith(spec.id.slice(0, 3)));
  const records = JSON.parse(
    readFileSync(join(corpusDir, 'records', `dev-${spec.id.slice(0, 3)}.json`), 'utf8'),
  );
  const k = records.findIndex((r) => r.id === spec.id);
  const forms = cutForms(readFileSync(join(corpusDir, 'text', seed), 'utf8'));
  if (forms.length !== records.length)
    throw new Error(`${seed}: cut ${forms.length} forms, records have ${records.length}`);
  const lines = [...forms[k]];
  for (const what of spec.blank) blankOne(lines, what, records[k]);
  return { text: `${lines.join('\n').trimEnd()}\n`, record: records[k] };
}

if (process.argv[1]?.endsWith('make-forms.mjs')) {
  if (!existsSync(join(defaultCorpus, 'text'))) {
    say('skipped: no ../shared');
    process.exit(0);
  }
  for (const [name, spec] of Object.entries(FORMS)) {
    const { text, record } = makeForm(defaultCorpus, spec);
    writeFileSync(join(evalDir, 'forms', `${name}.txt`), text);
    say(`${name}: ${record.id} ${record.projectName}`);
  }
}
