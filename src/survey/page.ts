import { SCALE, type Survey } from './model.ts';

/**
 * The respondent's pages: plain HTML that works without JavaScript on any phone, one small stylesheet from the same
 * server, nothing from the internet. Every text from the store is escaped.
 */

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export const SURVEY_CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;
background:#f4f6f8;color:#1d2733}main{max-width:560px;margin:0 auto;padding:16px}h1{font-size:20px;margin:8px 0 4px}
.sub{color:#5b6673;font-size:14px;margin:0 0 16px}fieldset{border:0;background:#fff;border-radius:10px;padding:14px;margin:0 0 14px}
legend{font-weight:600;padding:0;margin-bottom:8px;float:left;width:100%}.scale{clear:both;display:flex;flex-direction:column;gap:8px}
.scale label{display:flex;align-items:center;gap:10px;border:1px solid #d5dbe1;border-radius:8px;padding:12px;min-height:48px}
.scale input{width:22px;height:22px}textarea,input[type=text]{clear:both;display:block;width:100%;font:inherit;padding:10px;
border:1px solid #d5dbe1;border-radius:8px}textarea{min-height:96px}button{width:100%;font:inherit;font-size:18px;padding:14px;
border:0;border-radius:10px;background:#1f6feb;color:#fff}.note{color:#5b6673;font-size:13px;margin:12px 0}
.msg{background:#fff;border-radius:10px;padding:20px;margin-top:24px}.err{background:#fde2e1;border-radius:8px;padding:10px;margin:0 0 12px}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>
<link rel="stylesheet" href="/s/survey.css"></head><body><main>${body}</main></body></html>`;
}

export function messagePage(title: string, text: string): string {
  return page(title, `<div class="msg" role="status"><h1>${esc(title)}</h1><p>${esc(text)}</p></div>`);
}

export function formPage(s: Survey, error?: string, previous?: Record<string, string>): string {
  const name = s.projectName?.trim() || '项目';
  const questions = s.questions
    .map((q, i) => {
      const legend = `<legend>${i + 1}. ${esc(q.text)}${q.optional ? '' : ' *'}</legend>`;
      if (q.type === 'scale5') {
        const options = [...SCALE]
          .map((label, k) => ({ label, value: k + 1 }))
          .reverse()
          .map(
            (o) =>
              `<label><input type="radio" name="${esc(q.id)}" value="${o.value}"${previous?.[q.id] === String(o.value) ? ' checked' : ''}${q.optional ? '' : ' required'}> ${o.label}</label>`,
          )
          .join('');
        return `<fieldset>${legend}<div class="scale">${options}</div></fieldset>`;
      }
      return `<fieldset>${legend}<textarea name="${esc(q.id)}" maxlength="500">${esc(previous?.[q.id] ?? '')}</textarea></fieldset>`;
    })
    .join('');
  const code = s.codesRequired
    ? `<fieldset><legend>调查码 *</legend><input type="text" name="code" required autocomplete="off" maxlength="20" value="${esc(previous?.code ?? '')}"></fieldset>`
    : '';
  return page(
    `${name}满意度调查`,
    `<h1>${esc(name)}满意度调查</h1><p class="sub">匿名填写，约 1 分钟。</p>` +
      (error ? `<p class="err" role="alert">${esc(error)}</p>` : '') +
      `<form method="post">${questions}${code}<button type="submit">提交</button></form>` +
      '<p class="note">本问卷不收集姓名、电话等个人信息；每台设备只能提交一次。</p>',
  );
}
