// Dialogue part of the evaluation: a clerk uploads one form with blanked fields (forms/) and fills it in through the
// bot, with chit-chat, questions, pushback, skips and undo in between. The runner reads the bot's last question to
// choose which of the dialogue's values to give (by the field labels it names), and grades the final record
// (the `{"forms":[…]}` line) against the dialogue's expectations and the record right after the upload.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { evalDir } from './expected.mjs';

const say = (s) => process.stdout.write(`${s}\n`);
const repoRoot = resolve(evalDir, '../..');
const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
const QUIET_MS = Number(process.env.JIXIAO_EVAL_QUIET_MS ?? 700);
// a busy machine can take minutes to read an upload; a turn that times out is graded on what came
const TURN_TIMEOUT_MS = Number(process.env.JIXIAO_EVAL_TURN_TIMEOUT_MS ?? 300_000);

/** One `jixiao chat --json` process driven line by line. A line is done when a reply to it has come and the
 * output has been quiet for a moment (the CLI handles lines one after another). */
class Chat {
  constructor(dataDir, user) {
    this.replies = [];
    this.n = 0;
    this.lastData = Date.now();
    this.buf = '';
    this.stderr = '';
    this.forms = null;
    this.child = spawn(
      process.execPath,
      [join(repoRoot, 'bin/jixiao.js'), 'chat', '--json', '--user', user, '--data-dir', dataDir],
      {
        cwd: repoRoot,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      },
    );
    // decoded as a stream: a chunk may end inside a character, and `buf += chunk` would put two U+FFFD there
    // (the final forms line is 200 kB: which character a chunk cuts depends on everything printed before)
    this.child.stdout.setEncoding('utf8').on('data', (b) => {
      this.lastData = Date.now();
      this.buf += b;
      let i = this.buf.indexOf('\n');
      while (i >= 0) {
        const line = this.buf.slice(0, i);
        this.buf = this.buf.slice(i + 1);
        if (line.trim()) {
          const o = JSON.parse(line);
          if (Array.isArray(o.forms)) this.forms = o.forms;
          else this.replies.push(o);
        }
        i = this.buf.indexOf('\n');
      }
    });
    this.child.stderr.setEncoding('utf8').on('data', (b) => (this.stderr += b));
    this.closed = new Promise((res) => this.child.on('close', (code) => res(code)));
    this.exitCode = null;
    this.closed.then((c) => (this.exitCode = c));
  }

  async send(line) {
    this.n++;
    const n = this.n;
    this.child.stdin.write(`${line}\n`);
    const started = Date.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      if (this.exitCode !== null) break;
      const mine = this.replies.filter((r) => r.input === n);
      const settled =
        mine.some((r) => !/正在解析/.test(r.text ?? '')) && Date.now() - this.lastData > QUIET_MS;
      if (settled || Date.now() - started > TURN_TIMEOUT_MS) break;
    }
    return this.replies.filter((r) => r.input === n);
  }

  async end() {
    this.child.stdin.end();
    const code = await this.closed;
    return { code, forms: this.forms };
  }
}

const replyText = (replies) =>
  replies.map((r) => [r.title, r.text, ...(r.items ?? [])].filter(Boolean).join('\n')).join('\n');

/** The fields the bot is asking for now: from its latest question since the upload (请直接回复「X」的内容, or the
 * "X：（空）" lines of a group); nothing when it has since said that filling ended or nothing is pending. A chit-chat
 * reply that does not repeat the question leaves the question pending, as a clerk reading the chat would see it. */
export function askedLabels(replies) {
  for (let i = replies.length - 1; i >= 0; i--) {
    const t = `${replies[i].title ?? ''}\n${replies[i].text ?? ''}`;
    const direct = [...t.matchAll(/请(?:直接)?回复「(.+?)」的内容/g)].map((m) => m[1]);
    if (direct.length) return direct;
    if (/请补全|请按「/.test(t)) {
      const lines = (replies[i].text ?? '')
        .split('\n')
        .map((l) => /^(.+?)[:：]\s*（空）/.exec(l)?.[1])
        .filter(Boolean);
      if (lines.length) return lines;
    }
    if (/补全结束|结束当前补全|没有待回答|已收到《/.test(t)) return [];
  }
  return [];
}

/** The value of the answer map for the first asked field it has (a key matches a label it is contained in). */
function pick(answer, labels) {
  for (const label of labels) {
    for (const [key, value] of Object.entries(answer))
      if (norm(label).includes(norm(key))) return { label, key, value };
  }
  return null;
}

function getPath(record, path) {
  const ind = /^indicator:(.+)\.(\w+)$/.exec(path);
  if (ind) {
    const row = (record.indicators ?? []).find((i) => !i.placeholder && norm(i.name).includes(norm(ind[1])));
    return row ? row[ind[2]] : undefined;
  }
  let v = record;
  for (const k of path.split('.')) v = v?.[k];
  // a funds cell compares by its number
  if (v && typeof v === 'object' && 'value' in v && 'raw' in v) return v.value;
  return v;
}

const phoneDigits = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\D/g, '')
    .replace(/^86(?=1\d{10}$)/, '');

function same(actual, want, path) {
  if (typeof want === 'number') return typeof actual === 'number' && Math.abs(actual - want) < 1e-6;
  // a phone number compares by its digits (a +86 prefix of a mobile number dropped): separators are style
  if (path === 'phone') return phoneDigits(actual) === phoneDigits(want);
  // a date compares by year, month and day, whatever the separators
  if (want && typeof want === 'object' && want.date) {
    const nums = (
      String(actual ?? '')
        .normalize('NFKC')
        .match(/\d+/g) ?? []
    ).map(Number);
    return nums.join('-') === want.date.split('-').map(Number).join('-');
  }
  return norm(actual) === norm(want);
}

/** Leaf paths where two records differ. */
function diffPaths(a, b, prefix = '', out = []) {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
      diffPaths(a[k], b[k], prefix ? `${prefix}.${k}` : k, out);
  } else if (
    JSON.stringify(a ?? null) !== JSON.stringify(b ?? null) &&
    !(norm(a) === '' && norm(b) === '' && typeof a !== 'number' && typeof b !== 'number')
  ) {
    out.push(prefix);
  }
  return out;
}

const allowedBy = (path, allowed) =>
  allowed.some(
    (p) =>
      path === p ||
      path.startsWith(`${p}.`) ||
      (p.startsWith('indicator:') && path.startsWith('indicators.')),
  );

const WROTE = /已更新|已将|已改为|已填写|已保存|已记录|→/;

/** The records right after upload, by form name: every form uploaded once, by as few processes as their project
 * names allow (two forms of one project go to different runs, since the final line is matched by name). */
async function baselines(formNames) {
  const out = new Map();
  const pending = [...new Set(formNames)];
  while (pending.length) {
    const names = new Set();
    const batch = [];
    for (const f of [...pending]) {
      const pn = projectOf(f);
      if (names.has(pn)) continue;
      names.add(pn);
      batch.push(f);
      pending.splice(pending.indexOf(f), 1);
    }
    const dir = mkdtempSync(join(tmpdir(), 'jx-eval-b-'));
    const chat = new Chat(dir, 'cli:eval-clerk');
    for (const f of batch) await chat.send(`/upload ${formFile(f)}`);
    const { forms } = await chat.end();
    rmSync(dir, { recursive: true, force: true });
    for (const f of batch)
      out.set(f, forms?.find((x) => norm(x.record.projectName) === projectOf(f)) ?? null);
  }
  return out;
}

const formFile = (name) => join(evalDir, 'forms', `${name}.txt`);
/** The project name of a form file: its 项目名称 cell (word-text: the line after the label). */
function projectOf(name) {
  const lines = readFileSync(formFile(name), 'utf8').split('\n');
  return norm(lines[lines.findIndex((l) => l.trim() === '项目名称') + 1]);
}

/** Plays one dialogue on a running chat: upload, the turns, then 重新开始 so the next dialogue starts clean. */
async function playTurns(chat, d) {
  const transcript = [];
  const checks = [];
  const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail });
  // the clerk knows every value of the dialogue: an answer turn gives its own value when that field is asked,
  // else the value of whatever field is asked now (the bot's order of questions is its own business)
  const known = Object.assign({}, ...d.turns.filter((t) => t.answer).map((t) => t.answer));
  let last = await chat.send(`/upload ${formFile(d.form)}`);
  transcript.push({ user: `/upload forms/${d.form}.txt`, bot: replyText(last) });
  const since = chat.replies.length - last.length; // the replies of this dialogue start at its upload
  const given = new Set();
  for (const [ti, turn] of d.turns.entries()) {
    let line = turn.say;
    // a value already given (the bot asked it earlier) is not given twice, unless the bot asks that field again
    // (after 撤销, say)
    const askedNow = askedLabels(chat.replies.slice(since));
    if (turn.answer && !pick(turn.answer, askedNow) && Object.keys(turn.answer).every((k) => given.has(k))) {
      transcript.push({
        user: '',
        bot: '',
        runner: `turn ${ti + 1}: already answered when the bot asked it earlier`,
      });
      continue;
    }
    if (turn.answer) {
      // answer the field the bot asks for now; skip (noted in the transcript) a question the dialogue has no value for
      for (let tries = 0; ; tries++) {
        const asked = askedLabels(chat.replies.slice(since));
        const got = pick(turn.answer, asked) ?? pick(known, asked);
        if (got) {
          given.add(got.key);
          line = turn.labelled ? `${got.label}：${got.value}` : got.value;
          break;
        }
        if (!asked.length || tries >= 2) {
          check(
            `turn ${ti + 1}: the bot asks for ${Object.keys(turn.answer).join('/')}`,
            false,
            `asked: ${asked.join(', ') || 'nothing'}`,
          );
          break;
        }
        last = await chat.send('跳过');
        transcript.push({
          user: '跳过',
          bot: replyText(last),
          runner: 'skipped a question the dialogue has no value for',
        });
      }
      if (line == null) continue;
    }
    last = await chat.send(line);
    const text = replyText(last);
    transcript.push({ user: line, bot: text });
    if (chat.exitCode !== null) {
      check(`turn ${ti + 1}: bot still running`, false, chat.stderr.slice(-500));
      break;
    }
    if (turn.echo)
      check(
        `turn ${ti + 1} «${line}»: write echoed with 撤销`,
        /撤销/.test(text) && WROTE.test(text),
        text.slice(0, 200),
      );
    if (turn.noWrite)
      check(`turn ${ti + 1} «${line}»: nothing written`, !WROTE.test(text), text.slice(0, 200));
    if (turn.reasks)
      check(
        `turn ${ti + 1} «${line}»: asks for 「${turn.reasks}」 again`,
        norm(text).includes(norm(turn.reasks)),
        text.slice(-200),
      );
    if (turn.answered)
      check(
        `turn ${ti + 1} «${line}»: answered`,
        last.some((r) => r.table) && !/没有看懂|没看懂/.test(text),
        text.slice(0, 200),
      );
    if (turn.replyHas)
      check(
        `turn ${ti + 1} «${line}»: reply says /${turn.replyHas}/`,
        new RegExp(turn.replyHas).test(text),
        text.slice(0, 200),
      );
  }
  if (chat.exitCode === null)
    transcript.push({
      user: '重新开始',
      bot: replyText(await chat.send('重新开始')),
      runner: 'between dialogues',
    });
  return { checks, transcript };
}

/** The checks on the stored record at the end. */
function recordChecks(d, base, final, checks) {
  const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail });
  if (!base || !final)
    return check('the form was read and stored', false, `baseline ${Boolean(base)}, final ${Boolean(final)}`);
  const e = d.expect ?? {};
  for (const [path, want] of Object.entries(e.fields ?? {})) {
    const got = getPath(final.record, path);
    check(`${path} = ${JSON.stringify(want)}`, same(got, want, path), `got ${JSON.stringify(got)}`);
  }
  const allowed = [...Object.keys(e.fields ?? {}), ...(e.mayChange ?? [])];
  const changed = diffPaths(base.record, final.record).filter((p) => !allowedBy(p, allowed));
  check('nothing else changed', changed.length === 0, changed.slice(0, 6).join(', '));
  if (e.satisfactionNotDone) {
    const sat = (final.record.indicators ?? []).filter(
      (i) => !i.placeholder && norm(i.level1).includes('满意度'),
    );
    check(
      '满意度 recorded as 未做',
      sat.some((i) => /未做/.test(`${i.actual}${i.deviation}${i.name}`)),
      JSON.stringify(sat).slice(0, 200),
    );
    const problems = (f) =>
      (f.findings ?? []).filter((x) => x.severity === 'error').length + (f.missing ?? []).length;
    check(
      'no more errors and missing fields than after the upload',
      problems(final) <= problems(base),
      `${problems(base)} → ${problems(final)}`,
    );
  }
}

/** Dialogues played in as few processes as possible (starting the bot is the slow part): a run never holds two
 * dialogues on the same project, so each final record is found by name; 重新开始 separates them. */
function groupsOf(ds) {
  const groups = [];
  for (const d of ds) {
    const pn = projectOf(d.form);
    let g = groups.find((x) => !x.names.has(pn));
    if (!g) {
      g = { names: new Set(), ds: [] };
      groups.push(g);
    }
    g.names.add(pn);
    g.ds.push(d);
  }
  return groups;
}

export function loadDialogues(part) {
  const dir = join(evalDir, part, 'dialogues');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

export async function runDialogues(args, _corpusDir, { tally, printTally }) {
  let ds = loadDialogues(args.part);
  if (args.only) ds = ds.filter((d) => args.only.has(d.id));
  const started = Date.now();
  const base = await baselines(ds.map((d) => d.form));
  const items = [];
  for (const g of groupsOf(ds)) {
    const dir = mkdtempSync(join(tmpdir(), 'jx-eval-d-'));
    const chat = new Chat(dir, 'cli:eval-clerk');
    const played = [];
    for (const d of g.ds) played.push({ d, ...(await playTurns(chat, d)) });
    const { forms } = await chat.end();
    rmSync(dir, { recursive: true, force: true });
    for (const { d, checks, transcript } of played) {
      const final = forms?.find((f) => norm(f.record.projectName) === projectOf(d.form)) ?? null;
      recordChecks(d, base.get(d.form), final, checks);
      const passed = checks.filter((c) => c.ok).length;
      const grade = passed === checks.length ? 'right' : passed >= checks.length / 2 ? 'partly' : 'wrong';
      const why = checks
        .filter((c) => !c.ok)
        .map((c) => `${c.name} (${String(c.detail).replace(/\s+/g, ' ').slice(0, 160)})`)
        .join('; ');
      items.push({ id: d.id, cat: d.cat, form: d.form, grade, why, checks, transcript });
      if (args.verbose) say(`  ${grade.padEnd(7)} ${d.id} ${why}`);
    }
  }
  items.sort((a, b) => a.id.localeCompare(b.id));
  const t = tally(items);
  printTally(`dialogues (${args.part})`, t);
  for (const it of items.filter((x) => x.grade !== 'right'))
    say(`  ${it.grade.padEnd(14)} ${it.id}  — ${it.why}`);
  return { ...t, seconds: (Date.now() - started) / 1000, items };
}
