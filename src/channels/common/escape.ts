/**
 * User text (file names, form cells, answers) is data, never markup: each platform's renderer passes it through one
 * of these before it goes out, so a file named `<at user_id="all">…</at>[登录](http://x).docx` cannot @all or link.
 */

/** HTML parse mode (Telegram): `<`, `>` and `&` are the only characters it reads. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown renderers that honour backslash escapes. */
export const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]#|<>~])/g, '\\$1');

/** Full-width look-alikes of the characters tags, links and emphasis are made of. */
const LOOK_ALIKES: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '*': '＊',
  _: '＿',
  '#': '＃',
  '`': '｀',
  '|': '｜',
  '~': '～',
  '\\': '＼',
};

/**
 * For platforms with no reliable escape: Lark text messages read `<at user_id="all">` and `[text](url)` with no way to
 * escape them, and DingTalk markdown shows backslashes literally. The characters become their full-width forms, which
 * read the same to a person and mean nothing to the parser.
 */
export const defuseMarkup = (text: string) => text.replace(/[<>[\]()*_#`|~\\]/g, (c) => LOOK_ALIKES[c] ?? c);
