/**
 * Words that make a message no question the forms can answer, found anywhere in it (parse.ts reports them even when
 * the rest reads as a question, so nothing is answered over a wider set than was asked):
 * - a verb of forging or destroying a document (harmless.ts `FORGES`): 帮我伪造一份自评表，总分都写100;
 * - a person named by a title whose name, phone or identity is asked (潞源街道办事处主任叫什么名字, 书记的电话是多少,
 *   分管领导是谁). The forms name only each project's 项目负责人; an office's head is nowhere in them, and dropping
 *   the title would answer with the office's projects.
 */
import { FORGES } from './harmless.ts';

const TITLE =
  '(?:分管|主管)?(?:领导|主任|书记|科长|处长|局长|部长|区长|市长|县长|镇长|乡长|所长|站长|队长|一把手|会计|出纳|经办人|审核人|审批人)';
const ASKED = '(?:的)?(?:是谁|是哪位|叫什么|叫啥|姓什么|姓啥|名字|姓名|电话|手机|联系方式|号码)';
const TITLE_ASKED = new RegExp(`(${TITLE})${ASKED}`, 'gu');
const FORGE_WORDS = new RegExp([...FORGES].sort((a, b) => b.length - a.length).join('|'), 'gu');

export function refusedWords(question: string): string[] {
  const text = question.normalize('NFKC');
  const titles = [...text.matchAll(TITLE_ASKED)].map((m) => m[1]!);
  const forged = [...text.matchAll(FORGE_WORDS)].map((m) => m[0]);
  return [...new Set([...forged, ...titles])];
}
