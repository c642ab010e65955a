/**
 * A field of one project asked by the verb of the role it names (issue 10): 是哪个单位实施的 = 实施单位是哪个, 哪个部门
 * 主管的 = 主管部门是哪个, 是谁负责的 = 负责人是谁, 找谁 / 联系谁 = 负责人是谁 (the person the form names). Read before the question is split into words; built from the roles
 * a form names (主管, 实施/执行/承办, 负责), not from phrasings of particular questions.
 */
const ROLES: Array<[RegExp, string]> = [
  [
    /(?:是)?(?:哪个|哪家|哪一个|什么)(?:单位|部门|科室|机构)?(?:负责)?(?:实施|执行|承办)的/gu,
    '实施单位是哪个',
  ],
  // 是哪个科室在做 / 哪个部门在干 / 哪个单位办的: the office doing the work is the one that carries it out
  [
    /(?:是)?(?:哪个|哪家|哪一个|什么)(?:单位|部门|科室|机构)(?:在(?:做|干|弄|办|搞|跑|管)(?:的)?|(?:做|干|办|搞)的)/gu,
    '实施单位是哪个',
  ],
  [/(?:是)?(?:哪个|哪家|哪一个|什么)(?:单位|部门|机构)?主管的/gu, '主管部门是哪个'],
  [/(?:是)?谁(?:在)?负责的/gu, '负责人是谁'],
  // X找谁 / 该问哪位 / 联系谁: whom to contact about a project is the one the form names for it, its 负责人.
  [/(?:应该|该|要|得|可以)?(?:找|问|联系)(?:一下)?(?:谁|哪位|哪一位|哪个人)(?!负责)/gu, '负责人是谁'],
];

export function rewriteAskedByVerb(text: string): string {
  let out = text;
  for (const [re, to] of ROLES) out = out.replace(re, to);
  return out;
}
