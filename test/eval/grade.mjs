// Grades one bot answer (the `jixiao chat --json` replies to one input line) against an expectation of expected.mjs.
// Grades: "right", "partly", "wrong", "not understood" (the bot said it did not understand, and the question was not
// one it should refuse). The rules are in README.md ("How answers are graded").
const RANK = { right: 3, partly: 2, 'not understood': 1, wrong: 0 };

/** Names and labels as the corpus compares them: full-width folded, whitespace removed. */
export const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
/** For values that are text (names, phones): punctuation between parts does not matter either. */
const loose = (s) => norm(s).replace(/[、,，;；/／]/g, '');

const NOT_UNDERSTOOD =
  /没有看懂|没看懂|不明白|无法理解|看不懂|未作查询|请换个说法|您是指|你是指|是否指|请问您要查/;
const SAYS_EMPTY = /未填|没填|空白|为空|空着|未写|没写|缺少|缺项|没有填|尚未填写|未填写|—|无/;

/** Everything a reply tells, in one shape. */
export function digest(replies) {
  const texts = replies
    .map((r) => [r.title, r.text, ...(r.items ?? [])].filter(Boolean).join('\n'))
    .join('\n');
  // not an answer: the parsed question echoed back ("查询：…"), the "did not understand" line, the example questions
  // of the help that follows it (they hold numbers such as "前5个", "低于90%")
  const kept = [];
  for (const l of texts.split('\n')) {
    if (/可以这样提问|例如/.test(l)) break;
    if (/^\s*(查询|问题|理解为)[:：]/.test(l) || /^\s*[·•]/.test(l) || NOT_UNDERSTOOD.test(l)) continue;
    kept.push(l);
  }
  const answerText = kept.join('\n');
  const tables = replies.filter((r) => r.table?.columns && Array.isArray(r.table.rows)).map((r) => r.table);
  const projectTables = tables.filter((t) => t.columns.some((c) => norm(c) === '项目名称'));
  const projectRows = projectTables.flatMap((t) => {
    const i = t.columns.findIndex((c) => norm(c) === '项目名称');
    return t.rows.map((row) => ({ name: norm(row[i]), row }));
  });
  const unplaced = replies.flatMap((r) => r.unplaced ?? []);
  const notUnderstood = unplaced.length > 0 || NOT_UNDERSTOOD.test(texts);
  // the bot says it ran no query at all
  const noAnswer = /未作查询|未查询/.test(texts);
  return { texts, answerText, tables, projectTables, projectRows, unplaced, notUnderstood, noAnswer };
}

export function numbersIn(s) {
  const out = [];
  for (const m of String(s ?? '').matchAll(/-?\d[\d,]*(?:\.\d+)?/g)) {
    const v = Number(m[0].replace(/,/g, ''));
    if (Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** Numbers the reply gives as its answer: in its text (echo excluded) and in tables that are not project lists
 * (or a project list of one row). A long project list is not a number answer. */
function answerNumbers(dg) {
  if (dg.noAnswer) return [];
  // "共 N 项" under a table counts its rows, it is not the figure asked for
  const text = dg.tables.length ? dg.answerText.replace(/共\s*\d+\s*(项|个|条)。?/g, '') : dg.answerText;
  const nums = numbersIn(text);
  for (const t of dg.tables) {
    const isList = t.columns.some((c) => norm(c) === '项目名称');
    if (isList && t.rows.length > 1) continue;
    for (const row of t.rows) for (const cell of row) nums.push(...numbersIn(cell));
  }
  return nums;
}

const close = (a, b, tol) => Math.abs(a - b) <= Math.max(tol, Math.abs(b) * 1e-9);

function countMultiset(list) {
  const m = new Map();
  for (const x of list) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function gradeNames(exp, dg) {
  const listed = dg.projectTables.length ? dg.projectRows.map((r) => r.name) : [];
  // nothing required (the optional ones may be listed, e.g. a budget row that may count as an indicator): an answer
  // that lists none of them is right too, unless a ranking asks for at least N rows
  if (!exp.must.length && (!exp.may.length || (listed.length === 0 && exp.size == null))) {
    if (listed.length === 0 && !dg.notUnderstood) return { grade: 'right', why: 'none listed' };
    if (listed.length === 0) return { grade: 'not understood', why: 'said it did not understand' };
    return { grade: 'wrong', why: `listed ${listed.length}, expected none` };
  }
  if (listed.length === 0) {
    if (dg.notUnderstood) return { grade: 'not understood', why: `unplaced: ${dg.unplaced.join(' ')}` };
    return { grade: 'wrong', why: 'no project list' };
  }
  const must = countMultiset(exp.must);
  const may = countMultiset(exp.may);
  let extra = 0;
  let hit = 0;
  const seen = new Map();
  for (const n of listed) {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    if (k <= (must.get(n) ?? 0)) hit++;
    else if (k > (must.get(n) ?? 0) + (may.get(n) ?? 0)) extra++;
  }
  const missing = exp.must.length - hit;
  let orderOk = true;
  if (exp.ordered && exp.keys) {
    const ks = listed.map((n) => exp.keys[n]).filter((k) => k != null);
    for (let i = 1; i < ks.length; i++)
      if (exp.ordered === 'asc' ? ks[i] < ks[i - 1] : ks[i] > ks[i - 1]) orderOk = false;
  }
  const sizeOk = exp.size == null || listed.length >= exp.size;
  const why = `listed ${listed.length}: ${missing} missing, ${extra} extra${orderOk ? '' : ', wrong order'}${sizeOk ? '' : ', too few'}`;
  if (!missing && !extra && orderOk && sizeOk) return { grade: 'right', why };
  const base = Math.max(1, exp.must.length);
  if (hit > 0 && missing <= base / 2 && extra <= base / 2) return { grade: 'partly', why };
  return { grade: 'wrong', why };
}

function gradeNumber(exp, dg, lo, hi) {
  const nums = answerNumbers(dg);
  const ok = nums.some((v) => (hi == null ? close(v, lo, exp.tol ?? 0.011) : v >= lo && v <= hi));
  const want = hi == null ? `${lo}` : `${lo}..${hi}`;
  if (ok) return { grade: 'right', why: `found ${want}` };
  if (dg.notUnderstood) return { grade: 'not understood', why: `unplaced: ${dg.unplaced.join(' ')}` };
  return { grade: 'wrong', why: `want ${want}; numbers: ${nums.slice(0, 8).join(' ')}` };
}

function gradeCount(exp, dg) {
  const hi = exp.max ?? exp.value;
  // a project list of the right length answers "how many" too
  const rows = dg.projectTables.length ? dg.projectRows.length : null;
  if (rows != null && rows >= exp.value && rows <= hi) return { grade: 'right', why: `listed ${rows}` };
  return gradeNumber({ tol: 0 }, dg, exp.value, hi);
}

/** The answer is about that one project only. */
function aboutProject(exp, dg) {
  if (!dg.projectRows.length) return true;
  return dg.projectRows.every((r) => r.name === exp.project);
}

function gradeValue(exp, dg) {
  if (!aboutProject(exp, dg))
    return { grade: 'wrong', why: `listed other projects (${dg.projectRows.length} rows)` };
  const cells = dg.tables.flatMap((t) => t.rows.flat()).join('\n');
  const hay = loose(`${dg.answerText}\n${cells}`);
  const nums = [...numbersIn(dg.answerText), ...numbersIn(cells)];
  const found = exp.values.map((v) =>
    typeof v === 'number' ? nums.some((n) => close(n, v, 0.011)) : hay.includes(loose(v)),
  );
  const ok = exp.all ? found.every(Boolean) : found.some(Boolean);
  if (ok) return { grade: 'right', why: 'value given' };
  if (exp.all && found.some(Boolean)) return { grade: 'partly', why: 'some values given' };
  if (dg.notUnderstood) return { grade: 'not understood', why: `unplaced: ${dg.unplaced.join(' ')}` };
  return { grade: 'wrong', why: `want ${exp.values.join(' / ')}` };
}

function gradeEmpty(exp, dg) {
  if (!aboutProject(exp, dg)) return { grade: 'wrong', why: 'listed other projects' };
  const oneRowBlank = dg.projectRows.length === 1 && dg.projectRows[0].row.some((c) => norm(c) === '');
  if (SAYS_EMPTY.test(dg.answerText) || oneRowBlank) return { grade: 'right', why: 'says it is not filled' };
  if (dg.notUnderstood) return { grade: 'not understood', why: `unplaced: ${dg.unplaced.join(' ')}` };
  return { grade: 'wrong', why: 'does not say the field is empty' };
}

const IGNORED_GROUP = /^\(?(合计|总计|全部|小计|未填|未填写|空|无)?\)?$/;
const groupLabel = (s) => norm(s).replace(/年度?$/, '');

function gradeGroups(exp, dg) {
  const want = Object.entries(exp.groups).map(([k, v]) => [groupLabel(k), v]);
  let best = null;
  for (const t of dg.tables) {
    let matched = 0;
    let extra = 0;
    const labels = new Set(want.map(([k]) => k));
    for (const row of t.rows) {
      const li = row.findIndex((c) => labels.has(groupLabel(c)));
      if (li < 0) {
        if (!IGNORED_GROUP.test(norm(row[0]))) extra++;
        continue;
      }
      const v = want.find(([k]) => k === groupLabel(row[li]))[1];
      if (row.some((c, i) => i !== li && numbersIn(c).some((n) => close(n, v, exp.tol ?? 0.011)))) matched++;
      else extra++;
    }
    if (!best || matched - extra > best.matched - best.extra) best = { matched, extra };
  }
  const why = best ? `${best.matched}/${want.length} groups right, ${best.extra} other rows` : 'no table';
  if (best && best.matched === want.length && best.extra === 0) return { grade: 'right', why };
  if (best && best.matched >= want.length / 2) return { grade: 'partly', why };
  if (dg.notUnderstood) return { grade: 'not understood', why: `unplaced: ${dg.unplaced.join(' ')}` };
  return { grade: 'wrong', why };
}

function gradeRefuse(exp, dg) {
  if (dg.projectRows.length > 0)
    return { grade: 'wrong', why: `answered with ${dg.projectRows.length} projects` };
  const sum = dg.tables.some(
    (t) => t.rows.length > 0 && t.rows.some((r) => r.some((c) => numbersIn(c).some((n) => n !== 0))),
  );
  if (sum) return { grade: 'wrong', why: 'answered with figures' };
  const named =
    norm(dg.texts).includes(norm(exp.term)) ||
    dg.unplaced.some((u) => norm(exp.term).includes(norm(u)) || norm(u).includes(norm(exp.term)));
  if (dg.notUnderstood || named) return { grade: 'right', why: 'said what it did not place' };
  return { grade: 'wrong', why: 'did not say it did not understand' };
}

/** A column of the project table (zzzz-multi 「顺便把负责人也列一下」): every listed project's cell under a header
 * containing the label holds its value (an empty value: an empty cell or one that says 未填/无). Right when the
 * column is there and every listed project's cell is right; partly when the column is there and half the cells are. */
function gradeColumn(exp, dg) {
  const label = norm(exp.label);
  let best = null;
  for (const t of dg.projectTables) {
    const ci = t.columns.findIndex((c) => norm(c).includes(label));
    if (ci < 0) continue;
    const ni = t.columns.findIndex((c) => norm(c) === '项目名称');
    let ok = 0;
    let n = 0;
    for (const row of t.rows) {
      const want = exp.values[norm(row[ni])];
      if (want == null) continue;
      n++;
      const cell = loose(row[ci]);
      if (want === '' ? cell === '' || SAYS_EMPTY.test(cell) : cell.includes(loose(want))) ok++;
    }
    if (!best || ok / Math.max(n, 1) > best.ok / Math.max(best.n, 1)) best = { ok, n };
  }
  if (!best) {
    if (dg.notUnderstood) return { grade: 'not understood', why: `unplaced: ${dg.unplaced.join(' ')}` };
    return { grade: 'wrong', why: `no column ${exp.label}` };
  }
  const why = `${exp.label}: ${best.ok}/${best.n} cells right`;
  if (best.n > 0 && best.ok === best.n) return { grade: 'right', why };
  return { grade: best.ok >= best.n / 2 && best.ok > 0 ? 'partly' : 'wrong', why };
}

/** Two asks in one message: right when every part is right; partly when at least one part is right or partly (the
 * bot answered one and said what it did not); not understood when every part is; else wrong. */
function gradeAll(exp, replies) {
  // Two asks are answered in replies of their own (第一问, 第二问): a part is graded on all the replies, and right
  // when one reply alone answers it right — two lists of three would otherwise be six names for each part. A reply
  // alone never turns a wrong part into "not understood".
  const partGrade = (p) => {
    const whole = grade(p, replies);
    if (whole.grade === 'right' || replies.length < 2) return whole;
    const alone = replies.map((r) => grade(p, [r])).find((g) => g.grade === 'right');
    return alone ?? whole;
  };
  const gs = exp.parts.map(partGrade);
  const why = gs.map((g, k) => `${k + 1}: ${g.grade} (${g.why})`).join('; ');
  if (gs.every((g) => g.grade === 'right')) return { grade: 'right', why };
  if (gs.some((g) => g.grade === 'right' || g.grade === 'partly')) return { grade: 'partly', why };
  if (gs.every((g) => g.grade === 'not understood')) return { grade: 'not understood', why };
  return { grade: 'wrong', why };
}

export function grade(exp, replies) {
  const dg = digest(replies);
  switch (exp.kind) {
    case 'anyOf': {
      let best = null;
      for (const alt of exp.alts) {
        const g = grade(alt, replies);
        if (!best || RANK[g.grade] > RANK[best.grade]) best = g;
      }
      return best;
    }
    case 'names':
      return gradeNames(exp, dg);
    case 'number':
      return gradeNumber(exp, dg, exp.value);
    case 'count':
      return gradeCount(exp, dg);
    case 'value':
      return gradeValue(exp, dg);
    case 'empty':
      return gradeEmpty(exp, dg);
    case 'groups':
      return gradeGroups(exp, dg);
    case 'refuse':
      return gradeRefuse(exp, dg);
    case 'allOf':
      return gradeAll(exp, replies);
    case 'column':
      return gradeColumn(exp, dg);
    default:
      throw new Error(`unknown expectation kind ${exp.kind}`);
  }
}
