// The web chat page: plain DOM, no build step, nothing fetched from outside this server.
const log = document.getElementById('log');
const input = document.getElementById('input');
const composer = document.getElementById('composer');
const fileInput = document.getElementById('file');
const drop = document.getElementById('drop');
const status = document.getElementById('status');
const projectList = document.getElementById('projects');
const projectsEmpty = document.getElementById('projects-empty');

const ACCEPTED = ['.docx', '.xlsx', '.pdf', '.doc', '.xls', '.txt'];
let maxUploadBytes = 20 * 1024 * 1024;
let lastSeq = 0;

/** Builds an element; strings become text nodes, so nothing from the server is parsed as HTML. */
function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of [].concat(children)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function scrollDown() {
  log.scrollTop = log.scrollHeight;
}

function notice(text, kind = 'info') {
  log.append(el('div', { class: `msg notice ${kind}`, role: 'alert' }, text));
  scrollDown();
}

function newClientId() {
  return crypto.randomUUID().replaceAll('-', '');
}

function formatSize(bytes) {
  return bytes >= 1048576
    ? `${(bytes / 1048576).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function round(n) {
  return n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100);
}

/** Score per 一级指标 (and the budget) against its weight; the red tick is the score the form states. */
function scoreChart(score, caption) {
  const rows = [
    {
      label: '预算执行率',
      weight: score.budget.weight,
      computed: score.budget.computed,
      stated: score.budget.stated,
    },
    ...score.levels.map((l) => ({
      label: l.level1,
      weight: l.weight,
      computed: l.computed,
      stated: l.stated,
    })),
  ];
  const maxWeight = Math.max(1, ...rows.map((r) => r.weight || 0));
  const labelW = 96;
  const barW = 300;
  const rowH = 26;
  const height = rows.length * rowH + 44;
  const chart = svg('svg', {
    class: 'chart',
    width: '100%',
    viewBox: `0 0 ${labelW + barW + 110} ${height}`,
    role: 'img',
    'aria-label': `${caption}：各一级指标得分与分值`,
  });
  chart.append(svg('text', { x: 8, y: 16, 'font-weight': 600 }, caption));
  rows.forEach((row, i) => {
    const y = 26 + i * rowH;
    const w = ((row.weight || 0) / maxWeight) * barW;
    const s = row.computed === null || row.computed === undefined ? 0 : (row.computed / maxWeight) * barW;
    chart.append(svg('text', { x: 8, y: y + 15 }, row.label));
    chart.append(svg('rect', { class: 'weight', x: labelW, y, width: w, height: rowH - 8, rx: 3 }));
    const low = row.weight && row.computed !== null && row.computed < row.weight;
    chart.append(
      svg('rect', { class: `score${low ? ' low' : ''}`, x: labelW, y, width: s, height: rowH - 8, rx: 3 }),
    );
    if (row.stated !== null && row.stated !== undefined && row.stated !== row.computed) {
      const x = labelW + (row.stated / maxWeight) * barW;
      chart.append(svg('line', { class: 'stated', x1: x, x2: x, y1: y - 2, y2: y + rowH - 6 }));
    }
    chart.append(
      svg('text', { x: labelW + barW + 8, y: y + 15 }, `${round(row.computed)} / ${round(row.weight)}`),
    );
  });
  const total = score.total;
  chart.append(
    svg(
      'text',
      { x: 8, y: height - 6 },
      `总分 ${round(total.computed)} / ${round(total.weight)}（${score.grade}）${total.stated !== null && total.stated !== total.computed ? `，表上填 ${round(total.stated)}` : ''}`,
    ),
  );
  return chart;
}

/** Every check result inside a reply's data, wherever the bot put it: `{ score: { levels } }`. */
function findChecks(data, depth = 0, out = []) {
  if (!data || typeof data !== 'object' || depth > 4) return out;
  if (data.score && Array.isArray(data.score.levels) && data.score.budget && data.score.total) {
    out.push(data);
    return out;
  }
  for (const value of Array.isArray(data) ? data : Object.values(data)) findChecks(value, depth + 1, out);
  return out;
}

function checkCaption(check, i, title) {
  return check.projectName || check.record?.projectName || title || `第 ${i + 1} 张表`;
}

function renderReply(reply) {
  const parts = [];
  if (reply.title) parts.push(el('div', { class: 'title' }, reply.title));
  if (reply.text) for (const line of reply.text.split(/\n{2,}/)) parts.push(el('p', {}, line));
  if (reply.table) {
    parts.push(
      el('table', { class: 'reply-table' }, [
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            reply.table.columns.map((c) => el('th', {}, c)),
          ),
        ),
        el(
          'tbody',
          {},
          reply.table.rows.map((row) =>
            el(
              'tr',
              {},
              row.map((cell) => el('td', {}, cell)),
            ),
          ),
        ),
      ]),
    );
  }
  findChecks(reply.data).forEach((check, i) => {
    parts.push(scoreChart(check.score, checkCaption(check, i, reply.title)));
    const formId = check.formId ?? check.id;
    if (typeof formId === 'string') {
      parts.push(
        el('div', { class: 'buttons' }, [
          el(
            'a',
            {
              class: 'button secondary',
              href: `/api/export?format=xlsx&form=${encodeURIComponent(formId)}`,
              download: true,
            },
            '导出本表 Excel',
          ),
        ]),
      );
    }
  });
  if (reply.items?.length)
    parts.push(
      el(
        'ul',
        {},
        reply.items.map((item) => el('li', {}, item)),
      ),
    );
  // An image (the survey's QR code) is shown as well as offered for download.
  if (reply.attachment && /^image\/(png|jpeg)$/.test(reply.attachment.mime ?? '')) {
    parts.push(el('img', { class: 'attachment', src: reply.attachment.url, alt: reply.attachment.name }));
  }
  if (reply.attachment) {
    parts.push(
      el(
        'p',
        {},
        el(
          'a',
          { href: reply.attachment.url, download: reply.attachment.name },
          `下载 ${reply.attachment.name}`,
        ),
      ),
    );
  }
  if (reply.buttons?.length) {
    parts.push(
      el(
        'div',
        { class: 'buttons' },
        reply.buttons.map((b) =>
          el(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => send({ action: { id: b.action, value: b.value }, label: b.label }),
            },
            b.label,
          ),
        ),
      ),
    );
  }
  return parts;
}

function renderEntry({ seq, entry }) {
  if (seq <= lastSeq) return;
  lastSeq = seq;
  let node;
  if (entry.from === 'user') {
    const body = entry.file
      ? el('span', { class: 'file' }, `📎 ${entry.file.name}（${formatSize(entry.file.size)}）`)
      : (entry.text ?? (entry.action ? `［${entry.action.label ?? entry.action.id}］` : ''));
    node = el('div', { class: 'msg user' }, body);
  } else if (entry.from === 'bot') {
    node = el('div', { class: 'msg bot' }, renderReply(entry.reply));
    scheduleProjects();
  } else {
    node = el('div', { class: 'msg system' }, entry.text);
  }
  node.dataset.seq = String(seq);
  log.append(node);
  scrollDown();
}

async function answerOf(res) {
  try {
    return await res.json();
  } catch {
    return {};
  }
}

async function send(body) {
  const res = await fetch('/api/messages', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...body, clientId: newClientId() }),
  }).catch(() => null);
  if (!res) return notice('网络连接失败，消息没有发出，请稍后重试。', 'error');
  if (!res.ok) notice((await answerOf(res)).error ?? `发送失败（${res.status}），请稍后重试。`, 'error');
  return res.ok;
}

async function upload(file) {
  const ext = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
  if (!ACCEPTED.includes(ext)) {
    // The server says the same; asking it would send the whole file for nothing.
    return notice(
      `不支持《${file.name}》这种文件类型。请上传 .docx、.xlsx、.pdf、.doc、.xls 或 .txt 文件。`,
      'error',
    );
  }
  if (file.size > maxUploadBytes) {
    return notice(
      `《${file.name}》有 ${formatSize(file.size)}，超过 ${formatSize(maxUploadBytes)} 的上限。请只上传自评表本身，或拆分后再上传。`,
      'error',
    );
  }
  if (file.size === 0) return notice(`《${file.name}》是空文件，请检查后重新上传。`, 'error');
  const url = `/api/upload?name=${encodeURIComponent(file.name)}&clientId=${newClientId()}`;
  const res = await fetch(url, { method: 'POST', body: file }).catch(() => null);
  if (!res) return notice(`《${file.name}》上传失败：网络连接中断，请重新上传。`, 'error');
  if (!res.ok) notice((await answerOf(res)).error ?? `上传失败（${res.status}），请重新上传。`, 'error');
}

async function uploadAll(files) {
  for (const file of files) await upload(file);
}

let projectsTimer;
function scheduleProjects() {
  clearTimeout(projectsTimer);
  projectsTimer = setTimeout(loadProjects, 300);
}

function scoreTable(score) {
  const rows = [
    ['预算执行', score.budget.weight, score.budget.stated, score.budget.computed],
    ...score.levels.map((l) => [l.level1, l.weight, l.stated, l.computed]),
    ['总分', score.total.weight, score.total.stated, score.total.computed],
  ];
  return el('table', { class: 'reply-table breakdown' }, [
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ['项目', '分值', '表中得分', '核算得分'].map((c) => el('th', {}, c)),
      ),
    ),
    el(
      'tbody',
      {},
      rows.map((r) => el('tr', {}, [el('td', {}, r[0]), ...r.slice(1).map((n) => el('td', {}, round(n)))])),
    ),
  ]);
}

/** One project's breakdown in the portfolio: table, chart, findings, missing fields. */
async function showDetail(item, id) {
  const box = item.querySelector('.detail');
  if (!box.hidden && box.childElementCount) {
    box.hidden = true;
    return;
  }
  const res = await fetch(`/api/forms/${encodeURIComponent(id)}`).catch(() => null);
  if (!res?.ok) return notice('读取项目详情失败，请稍后重试。', 'error');
  const form = await res.json();
  box.replaceChildren(
    ...[
      scoreTable(form.score),
      scoreChart(form.score, form.projectName ?? '（未填写项目名称）'),
      form.missing.length ? el('p', { class: 'bad' }, `缺项：${form.missing.join('、')}`) : null,
      form.findings.length
        ? el(
            'ul',
            { class: 'findings' },
            form.findings.map((f) => el('li', {}, `【${f.severity}】${f.where}：${f.message}`)),
          )
        : el('p', {}, '没有发现问题。'),
    ].filter(Boolean),
  );
  box.hidden = false;
}

async function loadProjects() {
  const res = await fetch('/api/projects').catch(() => null);
  if (!res?.ok) return;
  const { projects } = await res.json();
  projectsEmpty.hidden = projects.length > 0;
  const open = new Set(
    [...projectList.querySelectorAll('.project')]
      .filter((li) => !li.querySelector('.detail').hidden)
      .map((li) => li.dataset.id),
  );
  projectList.replaceChildren(
    ...projects.map((p) => {
      const item = el('li', { class: 'project', 'data-id': p.id }, [
        el(
          'div',
          { class: 'name' },
          `${p.projectName ?? '（未填写项目名称）'}${p.year ? `（${p.year}）` : ''}`,
        ),
        el('div', { class: 'meta' }, [
          el('span', {}, `核算总分 ${round(p.totalComputed)}${p.grade ? ` · ${p.grade}` : ''}`),
          el('span', { class: p.errorCount ? 'bad' : '' }, `错误 ${p.errorCount}`),
          el('span', { class: p.missingCount ? 'bad' : '' }, `缺项 ${p.missingCount}`),
        ]),
        el('div', { class: 'links' }, [
          el(
            'button',
            { type: 'button', class: 'secondary show', onclick: () => showDetail(item, p.id) },
            '得分明细',
          ),
          p.missingCount || p.errorCount
            ? el(
                'button',
                {
                  type: 'button',
                  class: 'secondary fill',
                  onclick: () =>
                    send({
                      action: { id: 'fill', value: p.id },
                      label: `逐项补全《${p.projectName ?? '未填写项目名称'}》`,
                    }),
                },
                '逐项补全',
              )
            : null,
          el(
            'a',
            { href: `/api/export?format=xlsx&form=${encodeURIComponent(p.id)}`, download: true },
            'Excel',
          ),
          el(
            'a',
            { href: `/api/export?format=docx&form=${encodeURIComponent(p.id)}`, download: true },
            'Word',
          ),
        ]),
        el('div', { class: 'detail', hidden: true }),
      ]);
      return item;
    }),
  );
  for (const item of projectList.querySelectorAll('.project'))
    if (open.has(item.dataset.id)) showDetail(item, item.dataset.id);
}

document.getElementById('expand-all').addEventListener('click', () => {
  for (const item of projectList.querySelectorAll('.project')) {
    if (item.querySelector('.detail').hidden) showDetail(item, item.dataset.id);
  }
});

function connect() {
  const source = new EventSource('/api/events');
  source.addEventListener('open', () => {
    status.textContent = '已连接';
    status.classList.remove('down');
  });
  source.addEventListener('entry', (event) => renderEntry(JSON.parse(event.data)));
  source.addEventListener('error', () => {
    status.textContent = '连接中断，正在重连…';
    status.classList.add('down');
  });
}

composer.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return notice('消息是空的：请输入文字，或把自评表文件拖到这里上传。');
  if (await send({ text })) input.value = '';
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    composer.requestSubmit();
  }
});
fileInput.addEventListener('change', async () => {
  await uploadAll([...fileInput.files]);
  fileInput.value = '';
});

let dragDepth = 0;
window.addEventListener('dragenter', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  drop.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) drop.hidden = true;
});
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  drop.hidden = true;
  if (event.dataTransfer?.files.length) uploadAll([...event.dataTransfer.files]);
});

const me = await fetch('/api/me')
  .then((r) => r.json())
  .catch(() => null);
if (me?.maxUploadBytes) maxUploadBytes = me.maxUploadBytes;
connect();
loadProjects();
