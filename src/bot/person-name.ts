/**
 * Does a reply look like a person's name (项目负责人)? Staff type a name as 2–4 characters starting with a family
 * name, sometimes with a space inside (李 娜), or a name of an ethnic minority with a dot (阿依古丽·买买提), or a Latin
 * name. A sentence ("以后补", "暂时空着"), a word of the form ("满意度", "潞源街道") or a title ("我们科长") is not a
 * name, so it is never written into the field (issue 10: "a name field rejects sentences, questions and words of the
 * domain vocabulary").
 */

/** Family names, single characters (百家姓 and the common ones outside it). */
const SINGLE_SURNAMES = new Set(
  [
    ...'赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎',
    ...'鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄',
    ...'和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭',
    ...'梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚',
    ...'程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫',
    ...'宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻',
    ...'莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向',
    ...'古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾',
    ...'毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴归海晋楚闫法汝鄢涂钦商牟佘佴伯',
    ...'赏墨哈谯笪年爱阳佟言福付卿覃代占揭练生檀卯植凃隋粟敬银冼种钞门晃户谌区亓母撒兰仝运过来弋旷尧蒿',
  ].filter((c) => c.trim() !== ''),
);

/** Two-character family names. */
const DOUBLE_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '西门',
  '南宫',
  '独孤',
  '轩辕',
  '百里',
  '呼延',
  '澹台',
  '太史',
  '申屠',
  '万俟',
  '闻人',
  '赫连',
  '钟离',
  '宗政',
  '濮阳',
  '公冶',
  '单于',
  '司空',
  '仲孙',
  '拓跋',
];

/**
 * Words a name does not contain: the form's vocabulary, places and units, titles, deferrals, function words. A hit
 * anywhere in the reply means it is a sentence or a term, not a name.
 */
const NOT_A_NAME = new RegExp(
  [
    // function words and pronouns
    '[这不没我你他她们的了吗呢吧啊么嘛哦呀也就还再去看说问找给让把被谁啥哪很太]',
    // deferral and "unknown"
    '以后|之后|回头|稍后|晚点|暂时|暂且|先|待定|待补|待填|空着|未定|未知|不详|暂无|没有|没定|不清楚|不知道|不确定',
    // the form's words
    '项目|预算|资金|执行|满意|指标|调查|测评|问卷|完成|目标|得分|分值|总分|年度|单位|部门|电话|负责|名称|金额|比率|比例',
    '财政|拨款|结转|偏差|原因|措施|效益|产出|数量|质量|时效|成本|社会|经济|生态|可持续|服务|对象|群众|居民',
    // places, bodies and titles
    '街道|办事处|社区|中心|公司|学校|医院|政府|委员会|[区县市省局委办处科室所站乡镇村]$',
    '领导|同事|主任|科长|处长|局长|书记|部长|经理|老师|同志|干部|财务|会计|人员|负责人|联系人|本人|自己',
  ].join('|'),
);

const CJK = '\\u4e00-\\u9fa5';
/** 阿依古丽·买买提, 玛丽·居里: parts joined by a dot. */
const DOTTED = new RegExp(`^[${CJK}]{1,10}(?:[·•．.・][${CJK}]{1,10})+$`);
const LATIN = /^[A-Za-z][A-Za-z'-]*(?:[ .][A-Za-z][A-Za-z'-]*){0,3}$/;

/**
 * A space padding a name dropped ("李 娜" → "李娜", "欧阳 娜娜" → "欧阳娜娜"); other text unchanged. Two parts of two
 * characters or more ("王丽 李四") are two names, not one: the space stays.
 */
export function compactName(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(new RegExp(`([${CJK}]+)\\s+(?=([${CJK}]+))`, 'g'), (all, left: string, right: string) =>
      left.length === 1 || right.length === 1 || DOUBLE_SURNAMES.some((s) => left.endsWith(s)) ? left : all,
    );
}

/** The family name the text starts with, or null. */
export function surnameOf(name: string): string | null {
  const double = DOUBLE_SURNAMES.find((s) => name.startsWith(s));
  if (double) return double;
  const first = name[0] ?? '';
  return SINGLE_SURNAMES.has(first) ? first : null;
}

/**
 * A person's name: Chinese (2–4 characters, a known family name first; up to 5 with a two-character family name),
 * with a dot (minority and foreign names), or Latin letters. `labelled` (the user wrote 负责人是…) skips the family
 * name check but not the word check: a rare family name still goes in when the user says it is the name.
 */
export function looksLikePersonName(text: string, labelled = false): boolean {
  const name = compactName(text);
  if (LATIN.test(name)) return name.length <= 40;
  if (NOT_A_NAME.test(name)) return false;
  if (DOTTED.test(name)) return name.length <= 24;
  if (!new RegExp(`^[${CJK}]{2,5}$`).test(name)) return false;
  if (labelled) return name.length <= 4;
  const surname = surnameOf(name);
  if (!surname) return false;
  const given = name.length - surname.length;
  return given >= 1 && given <= 3;
}
