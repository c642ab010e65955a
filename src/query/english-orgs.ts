/**
 * Offices named in English (the Development and Reform Commission, the Party and Mass Work Office, Convenience
 * Service Center): the words of Chinese public administration, so such a name reads as the Chinese staff write and
 * is then resolved against the store's own names like any other (names.ts). A phrase is read only when every word
 * of it is known and it ends in a kind of office; otherwise it stays as typed and, if nothing uses it, is reported
 * unplaced (Education Bureau, KPMG). Street and district follow a place in pinyin and are read with it (names.ts).
 */

/** Words of office names, English → Chinese. Multi-word entries first. */
const WORDS: Array<[string, string]> = [
  ["people's government", '人民政府'],
  ['civil affairs', '民政'],
  ['urban and rural', '城乡'],
  ["people's livelihood", '民生'],
  ['development', '发展'],
  ['reform', '改革'],
  ['commission', '委员会'],
  ['committee', '委员会'],
  ['office', '办公室'],
  ['bureau', '局'],
  ['center', '中心'],
  ['centre', '中心'],
  ['services', '服务'],
  ['service', '服务'],
  ['convenience', '便民'],
  ['community', '社区'],
  ['construction', '建设'],
  ['building', '建设'],
  ['party', '党'],
  ['mass', '群'],
  ['masses', '群'],
  ['work', '工作'],
  ['livelihood', '民生'],
  ['security', '保障'],
  ['safety', '平安'],
  ['peace', '平安'],
  ['management', '管理'],
  ['administration', '管理'],
  ['comprehensive', '综合'],
  ['general', '综合'],
  ['appeals', '诉求'],
  ['appeal', '诉求'],
  ['citizens', '市民'],
  ['citizen', '市民'],
  ['statistics', '统计'],
  ['statistical', '统计'],
  ['station', '站'],
  ['industry', '产业'],
  ['industrial', '产业'],
  ['section', '科'],
  ['division', '科'],
  ['government', '政府'],
  ['finance', '财政'],
];

/** The kinds of office a name in English ends with. */
const KINDS = new Set(['委员会', '办公室', '局', '中心', '站', '科', '政府', '人民政府', '街道']);

const word = WORDS.map(([en]) => en.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')).join('|');
const PHRASE = new RegExp(`\\b(?:${word})(?:\\s+(?:and\\s+|of\\s+)?(?:${word}))+\\b`, 'g');

/** Office names written in English replaced by their Chinese (lower-case text). */
export function englishOfficeNames(text: string): string {
  return text.replace(PHRASE, (phrase) => {
    const parts: string[] = [];
    let rest = phrase;
    while (rest) {
      rest = rest.replace(/^\s+/, '');
      const joiner = /^(and|of)\s+/.exec(rest);
      if (joiner) {
        if (joiner[1] === 'and') parts.push('和');
        rest = rest.slice(joiner[0].length);
        continue;
      }
      const hit = WORDS.find(([en]) => rest.startsWith(en) && !/[a-z]/.test(rest[en.length] ?? ''));
      if (!hit) return phrase;
      parts.push(hit[1]);
      rest = rest.slice(hit[0].length);
    }
    return KINDS.has(parts.at(-1)!) ? parts.join('') : phrase;
  });
}
