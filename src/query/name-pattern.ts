/**
 * A project's name said by its pattern, the rest of it a placeholder (叫“××补贴”的项目, 名称是“XX补助”的, 名字叫“某某经费”):
 * the words beside the placeholder are what the names hold, as 名称里有X (a project-name condition, by containment —
 * the echo says 项目含「补贴」). Only with a verb of naming before it, so that a placeholder is never read inside other
 * words; the placeholder after the words (“补贴××”: the names starting so) is not read, and stays reported.
 */
const PLACEHOLDER = '(?:×{2,3}|x{2,3}|\\*{2,3}|＊{2,3}|某某|什么什么)';
const NAMED = '(?:(?:项目)?(?:名称|名字)(?:都)?(?:叫做|叫作|叫|是|为|带)|叫做|叫作|名叫|名为|叫)';
const ENDS = new RegExp(`${NAMED}[“"「『]?${PLACEHOLDER}(\\p{Script=Han}{2,10})[”"」』]?`, 'gu');

export function readNamePattern(text: string): string {
  return text.replace(ENDS, '名称里有$1');
}
