/**
 * Words the generator draws from: places, offices, projects, indicators, people, texts.
 * Every list is split by position: entries at index ≡ 2 (mod 3) are used by held-out examples only, so the
 * held-out part also holds names and phrasings the dev part never shows (`usable`).
 */
import type { Part } from './split.ts';

export function usable<T>(items: readonly T[], part: Part): T[] {
  return part === 'holdout' ? [...items] : items.filter((_, i) => i % 3 !== 2);
}

/** Places by region: `[prefecture or city, county or district]`; the county may be empty (city level). */
export const PLACES: Record<Region, readonly (readonly [string, string])[]> = {
  beijing: [
    ['北京市', '通州区'],
    ['北京市', '朝阳区'],
    ['北京市', '丰台区'],
    ['北京市', '海淀区'],
    ['北京市', '大兴区'],
    ['北京市', '顺义区'],
    ['北京市', '昌平区'],
    ['北京市', '房山区'],
    ['北京市', '门头沟区'],
    ['北京市', '怀柔区'],
    ['北京市', '平谷区'],
    ['北京市', '延庆区'],
  ],
  panzhihua: [
    ['攀枝花市', '东区'],
    ['攀枝花市', '西区'],
    ['攀枝花市', '仁和区'],
    ['攀枝花市', '米易县'],
    ['攀枝花市', '盐边县'],
    ['攀枝花市', ''],
  ],
  shanxi: [
    ['太原市', '小店区'],
    ['晋中市', '榆次区'],
    ['晋中市', '平遥县'],
    ['大同市', '云冈区'],
    ['长治市', '潞州区'],
    ['运城市', '盐湖区'],
  ],
  anhui: [
    ['池州市', '贵池区'],
    ['滁州市', '天长市'],
    ['六安市', '金安区'],
    ['安庆市', '桐城市'],
    ['宣城市', '宁国市'],
    ['黄山市', '歙县'],
  ],
  shanghai: [
    ['上海市', '普陀区'],
    ['上海市', '徐汇区'],
    ['上海市', '静安区'],
    ['上海市', '黄浦区'],
    ['上海市', '浦东新区'],
    ['上海市', '嘉定区'],
    ['上海市', '闵行区'],
    ['上海市', '杨浦区'],
    ['上海市', '宝山区'],
    ['上海市', '松江区'],
    ['上海市', '青浦区'],
    ['上海市', '奉贤区'],
  ],
  yunnan: [
    ['昆明市', '五华区'],
    ['曲靖市', '麒麟区'],
    ['玉溪市', '红塔区'],
    ['红河州', '蒙自市'],
    ['大理州', '祥云县'],
    ['楚雄州', '禄丰市'],
    ['昭通市', '昭阳区'],
    ['普洱市', '思茅区'],
    ['文山州', '砚山县'],
    ['临沧市', '临翔区'],
    ['丽江市', '古城区'],
    ['红河州', '弥勒市'],
  ],
  baoshan: [
    ['保山市', ''],
    ['保山市', '隆阳区'],
    ['保山市', '施甸县'],
    ['保山市', '腾冲市'],
    ['保山市', '龙陵县'],
    ['保山市', '昌宁县'],
  ],
  sichuan: [
    ['攀枝花市', '东区'],
    ['眉山市', '青神县'],
    ['成都市', '武侯区'],
    ['绵阳市', '涪城区'],
    ['德阳市', '旌阳区'],
    ['南充市', '顺庆区'],
    ['达州市', '通川区'],
    ['宜宾市', '叙州区'],
    ['乐山市', '市中区'],
    ['泸州市', '江阳区'],
    ['攀枝花市', '盐边县'],
    ['雅安市', '芦山县'],
  ],
  sichuanRural: [
    ['德阳市', '中江县'],
    ['广元市', '苍溪县'],
    ['广元市', '旺苍县'],
    ['乐山市', '马边彝族自治县'],
    ['凉山州', '金阳县'],
    ['凉山州', '昭觉县'],
    ['绵阳市', '平武县'],
    ['绵阳市', '北川羌族自治县'],
    ['巴中市', '南江县'],
    ['巴中市', '通江县'],
    ['达州市', '宣汉县'],
    ['南充市', '仪陇县'],
  ],
  hebei: [
    ['石家庄市', '长安区'],
    ['保定市', '莲池区'],
    ['廊坊市', '安次区'],
    ['唐山市', '路北区'],
    ['邯郸市', '丛台区'],
    ['沧州市', '运河区'],
    ['承德市', '双桥区'],
    ['张家口市', '宣化区'],
    ['衡水市', '桃城区'],
  ],
};

export type Region =
  | 'beijing'
  | 'panzhihua'
  | 'shanxi'
  | 'anhui'
  | 'shanghai'
  | 'yunnan'
  | 'baoshan'
  | 'sichuan'
  | 'sichuanRural'
  | 'hebei';

export type Level1 = '产出指标' | '效益指标' | '满意度指标';

export const LEVEL2: Record<Level1, readonly string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

/** A target as planned: a comparison with a number and unit, or a qualitative one. */
export type TargetIdea =
  | { nature: '≥' | '≤' | '='; min: number; max: number; decimals?: number; unit: string }
  | { nature: '定性'; values: readonly string[] };

export interface IndicatorIdea {
  level2: string;
  name: string;
  target: TargetIdea;
}

export interface Sector {
  /** 主管部门 by its suffix after the place (`农业农村局`). */
  departments: readonly string[];
  /** Implementing units below the department (`农业技术推广中心`); the department itself may implement too. */
  units: readonly string[];
  projects: readonly string[];
  indicators: readonly IndicatorIdea[];
  goals: readonly string[];
}

const pct = (nature: '≥' | '=', min = 90, max = 100): TargetIdea => ({ nature, min, max, unit: '%' });

export const SECTORS: readonly Sector[] = [
  {
    departments: ['农业农村局', '农业农村和水利局'],
    units: ['农业技术推广中心', '动物疫病预防控制中心', '农村经营管理站', '农业综合执法大队'],
    projects: [
      '高标准农田建设项目',
      '耕地地力保护补贴',
      '重大动物疫病强制免疫经费',
      '农村人居环境整治提升',
      '农机购置与应用补贴',
      '农作物病虫害统防统治',
      '乡村振兴示范村建设',
      '种业振兴行动专项',
      '农产品质量安全监测经费',
    ],
    indicators: [
      {
        level2: '数量指标',
        name: '新建高标准农田面积',
        target: { nature: '≥', min: 500, max: 20000, unit: '亩' },
      },
      {
        level2: '数量指标',
        name: '强制免疫畜禽数量',
        target: { nature: '≥', min: 2, max: 80, unit: '万头' },
      },
      { level2: '数量指标', name: '补贴发放户数', target: { nature: '≥', min: 300, max: 9000, unit: '户' } },
      { level2: '质量指标', name: '免疫密度', target: pct('≥', 90) },
      { level2: '质量指标', name: '农产品抽检合格率', target: pct('≥', 95) },
      { level2: '时效指标', name: '补贴资金兑付及时率', target: pct('=', 100, 100) },
      {
        level2: '成本指标',
        name: '亩均建设成本',
        target: { nature: '≤', min: 1500, max: 3000, unit: '元/亩' },
      },
      {
        level2: '经济效益指标',
        name: '受益农户增收',
        target: { nature: '≥', min: 200, max: 1500, unit: '元/户' },
      },
      {
        level2: '社会效益指标',
        name: '重大动物疫情发生次数',
        target: { nature: '=', min: 0, max: 0, unit: '次' },
      },
      {
        level2: '生态效益指标',
        name: '化肥农药使用量',
        target: { nature: '定性', values: ['持续减少', '逐年下降'] },
      },
      {
        level2: '可持续影响指标',
        name: '农田设施管护机制',
        target: { nature: '定性', values: ['长效运行', '健全'] },
      },
      { level2: '服务对象满意度指标', name: '受益农户满意度', target: pct('≥', 85, 95) },
    ],
    goals: [
      '完成年度高标准农田建设任务，提升耕地质量，保障粮食安全。',
      '做好重大动物疫病强制免疫，免疫密度常年保持在90%以上，确保不发生区域性重大动物疫情。',
      '按时足额兑付各项惠农补贴资金，调动农民种粮积极性。',
    ],
  },
  {
    departments: ['教育局', '教育体育局', '教育和体育局'],
    units: ['第一中学', '实验小学', '教师发展中心', '学生资助管理中心', '第二幼儿园'],
    projects: [
      '学生资助经费',
      '校舍维修改造项目',
      '农村义务教育学生营养改善计划',
      '中小学教师培训经费',
      '义务教育薄弱环节改善与能力提升',
      '学前教育发展资金',
      '普通高中助学金',
      '校园安全保卫经费',
    ],
    indicators: [
      {
        level2: '数量指标',
        name: '资助学生人次',
        target: { nature: '≥', min: 200, max: 12000, unit: '人次' },
      },
      {
        level2: '数量指标',
        name: '维修改造校舍面积',
        target: { nature: '≥', min: 300, max: 8000, unit: '平方米' },
      },
      { level2: '数量指标', name: '培训教师人数', target: { nature: '≥', min: 50, max: 2000, unit: '人' } },
      { level2: '质量指标', name: '资助对象识别准确率', target: pct('=', 100, 100) },
      { level2: '质量指标', name: '工程验收合格率', target: pct('=', 100, 100) },
      { level2: '时效指标', name: '资金发放及时率', target: pct('≥', 95) },
      {
        level2: '时效指标',
        name: '项目完工时间',
        target: { nature: '定性', values: ['8月底前完成', '开学前完成'] },
      },
      { level2: '成本指标', name: '生均补助标准', target: { nature: '=', min: 4, max: 5, unit: '元/天' } },
      {
        level2: '社会效益指标',
        name: '家庭经济困难学生因贫辍学人数',
        target: { nature: '=', min: 0, max: 0, unit: '人' },
      },
      {
        level2: '社会效益指标',
        name: '办学条件改善情况',
        target: { nature: '定性', values: ['明显改善', '有效改善'] },
      },
      {
        level2: '可持续影响指标',
        name: '教育公平保障水平',
        target: { nature: '定性', values: ['持续提升', '长期'] },
      },
      { level2: '服务对象满意度指标', name: '学生及家长满意度', target: pct('≥', 90, 95) },
    ],
    goals: [
      '落实学生资助政策，应助尽助，保障家庭经济困难学生顺利完成学业。',
      '完成校舍维修改造，消除安全隐患，改善办学条件。',
      '组织教师参加各级培训，提升教师队伍整体素质。',
    ],
  },
  {
    departments: ['卫生健康局', '卫生健康委员会'],
    units: ['疾病预防控制中心', '妇幼保健院', '人民医院', '卫生健康综合行政执法大队', '社区卫生服务中心'],
    projects: [
      '基本公共卫生服务项目',
      '免疫规划专项经费',
      '家庭医生签约服务',
      '重大传染病防控经费',
      '妇幼健康服务项目',
      '计划生育家庭奖励扶助',
      '卫生监督执法经费',
    ],
    indicators: [
      {
        level2: '数量指标',
        name: '居民电子健康档案建档人数',
        target: { nature: '≥', min: 5, max: 60, unit: '万人' },
      },
      {
        level2: '数量指标',
        name: '适龄儿童疫苗接种剂次',
        target: { nature: '≥', min: 1, max: 30, unit: '万剂次' },
      },
      {
        level2: '数量指标',
        name: '奖励扶助对象人数',
        target: { nature: '≥', min: 100, max: 5000, unit: '人' },
      },
      { level2: '质量指标', name: '国家免疫规划疫苗接种率', target: pct('≥', 90, 95) },
      { level2: '质量指标', name: '高血压患者规范管理率', target: pct('≥', 60, 75) },
      { level2: '时效指标', name: '传染病报告及时率', target: pct('=', 100, 100) },
      {
        level2: '成本指标',
        name: '人均基本公共卫生服务经费补助标准',
        target: { nature: '≥', min: 84, max: 89, unit: '元' },
      },
      {
        level2: '社会效益指标',
        name: '居民健康素养水平',
        target: { nature: '≥', min: 25, max: 30, unit: '%' },
      },
      {
        level2: '社会效益指标',
        name: '甲乙类传染病暴发疫情',
        target: { nature: '定性', values: ['有效控制', '无暴发'] },
      },
      {
        level2: '可持续影响指标',
        name: '基层医疗卫生服务能力',
        target: { nature: '定性', values: ['逐步提升', '持续提高'] },
      },
      { level2: '服务对象满意度指标', name: '群众满意度', target: pct('≥', 85, 95) },
    ],
    goals: [
      '为辖区常住居民免费提供基本公共卫生服务，提高居民健康水平。',
      '完成国家免疫规划疫苗接种任务，维持高水平接种率，防止疫苗针对传染病流行。',
      '落实计划生育家庭奖励扶助政策，按时足额发放扶助金。',
    ],
  },
  {
    departments: ['水利局', '水务局'],
    units: ['水利工程管理站', '河道管理所', '水旱灾害防御中心', '农村供水管理站'],
    projects: [
      '河道清淤疏浚工程',
      '农村饮水安全工程维修养护',
      '山洪灾害防治项目',
      '小型水库安全运行管护经费',
      '水旱灾害防御经费',
      '农业水价综合改革精准补贴',
      '河湖长制工作经费',
    ],
    indicators: [
      {
        level2: '数量指标',
        name: '清淤河道长度',
        target: { nature: '≥', min: 2, max: 60, decimals: 1, unit: '公里' },
      },
      {
        level2: '数量指标',
        name: '维修养护供水工程处数',
        target: { nature: '≥', min: 5, max: 120, unit: '处' },
      },
      { level2: '数量指标', name: '安装水尺数量', target: { nature: '≥', min: 10, max: 300, unit: '个' } },
      { level2: '质量指标', name: '工程验收合格率', target: pct('=', 100, 100) },
      { level2: '质量指标', name: '农村自来水普及率', target: pct('≥', 85, 95) },
      { level2: '时效指标', name: '及时(按期)完工率', target: pct('≥', 90) },
      {
        level2: '成本指标',
        name: '项目计划总投资',
        target: { nature: '≤', min: 20, max: 900, unit: '万元' },
      },
      {
        level2: '经济效益指标',
        name: '减少洪涝灾害经济损失',
        target: { nature: '定性', values: ['明显减少', '有效降低'] },
      },
      {
        level2: '社会效益指标',
        name: '受益人口数',
        target: { nature: '≥', min: 1000, max: 90000, unit: '人' },
      },
      {
        level2: '生态效益指标',
        name: '河道水质',
        target: { nature: '定性', values: ['稳定达标', '明显改善'] },
      },
      {
        level2: '可持续影响指标',
        name: '工程设施正常运行年限',
        target: { nature: '≥', min: 5, max: 20, unit: '年' },
      },
      { level2: '服务对象满意度指标', name: '受益群众满意度', target: pct('≥', 90, 95) },
    ],
    goals: [
      '完成辖区河道清淤疏浚，提高行洪能力，保障汛期安全。',
      '对农村集中供水工程进行维修养护，保障农村群众饮水安全。',
      '完善山洪灾害监测预警体系，做好汛期值守，确保安全度汛。',
    ],
  },
  {
    departments: ['城市管理局', '住房和城乡建设局', '城市管理和综合执法局'],
    units: ['环境卫生管理所', '市政设施管理处', '园林绿化管理所', '城市管理综合执法大队'],
    projects: [
      '城区道路清扫保洁服务',
      '生活垃圾分类处理经费',
      '市政设施维修养护',
      '城区园林绿化养护',
      '路灯运行维护及电费',
      '老旧小区改造项目',
      '公共厕所运营管理',
    ],
    indicators: [
      {
        level2: '数量指标',
        name: '道路清扫保洁面积',
        target: { nature: '≥', min: 50, max: 900, unit: '万平方米' },
      },
      { level2: '数量指标', name: '维护路灯盏数', target: { nature: '≥', min: 500, max: 20000, unit: '盏' } },
      { level2: '数量指标', name: '改造老旧小区个数', target: { nature: '≥', min: 2, max: 40, unit: '个' } },
      { level2: '质量指标', name: '路灯亮灯率', target: pct('≥', 95, 98) },
      { level2: '质量指标', name: '生活垃圾无害化处理率', target: pct('=', 100, 100) },
      {
        level2: '时效指标',
        name: '设施故障修复时限',
        target: { nature: '≤', min: 24, max: 72, unit: '小时' },
      },
      {
        level2: '成本指标',
        name: '保洁服务单价',
        target: { nature: '≤', min: 3, max: 9, decimals: 1, unit: '元/平方米' },
      },
      {
        level2: '社会效益指标',
        name: '市容市貌',
        target: { nature: '定性', values: ['明显改善', '整洁有序'] },
      },
      {
        level2: '生态效益指标',
        name: '城区绿化覆盖率',
        target: { nature: '≥', min: 35, max: 45, unit: '%' },
      },
      {
        level2: '可持续影响指标',
        name: '长效管护机制',
        target: { nature: '定性', values: ['建立健全', '持续运行'] },
      },
      { level2: '服务对象满意度指标', name: '市民满意度', target: pct('≥', 85, 95) },
    ],
    goals: [
      '做好城区道路清扫保洁和垃圾清运，保持市容环境整洁。',
      '及时维修养护市政道路、桥梁、路灯等设施，保障设施完好运行。',
      '推进生活垃圾分类，提高垃圾无害化处理水平。',
    ],
  },
  {
    departments: ['街道办事处', '人民政府'],
    units: [''],
    projects: [
      '统计所经费',
      '社区服务群众经费',
      '物业管理补贴',
      '老旧小区综合整治',
      '城市协管员经费',
      '党群服务中心运行经费',
      '背街小巷环境整治',
      '委托业务项目',
    ],
    indicators: [
      { level2: '数量指标', name: '聘用协管员人数', target: { nature: '=', min: 5, max: 80, unit: '人' } },
      { level2: '数量指标', name: '服务社区个数', target: { nature: '=', min: 3, max: 25, unit: '个' } },
      { level2: '数量指标', name: '开展活动场次', target: { nature: '≥', min: 10, max: 120, unit: '场' } },
      { level2: '质量指标', name: '遵循合同各项条款', target: { nature: '定性', values: ['优良中差'] } },
      { level2: '质量指标', name: '整治验收合格率', target: pct('=', 100, 100) },
      {
        level2: '时效指标',
        name: '完成时限',
        target: { nature: '定性', values: ['12月底前', '年底前完成'] },
      },
      { level2: '成本指标', name: '项目总成本', target: { nature: '≤', min: 5, max: 300, unit: '万元' } },
      {
        level2: '社会效益指标',
        name: '辖区环境秩序',
        target: { nature: '定性', values: ['优良中差', '明显改善'] },
      },
      { level2: '可持续影响指标', name: '基层治理水平', target: { nature: '定性', values: ['持续提升'] } },
      { level2: '服务对象满意度指标', name: '辖区居民满意度', target: pct('≥', 85, 95) },
    ],
    goals: [
      '聘用统计调查员，辅助完成统计调查及日常工作。',
      '维护辖区社区服务站运转，高效服务辖区居民。',
      '完成背街小巷环境整治，提升辖区人居环境。',
    ],
  },
  {
    departments: ['文化广播电视和旅游局', '文化和旅游局'],
    units: ['图书馆', '文化馆', '文物管理所', '博物馆'],
    projects: [
      '公共文化服务体系建设',
      '非物质文化遗产保护传承',
      '文物保护修缮经费',
      '图书馆免费开放补助',
      '送文化下乡活动经费',
      '全民阅读推广活动',
    ],
    indicators: [
      {
        level2: '数量指标',
        name: '开展文化惠民演出场次',
        target: { nature: '≥', min: 20, max: 300, unit: '场' },
      },
      {
        level2: '数量指标',
        name: '新增馆藏图书',
        target: { nature: '≥', min: 1000, max: 30000, unit: '册' },
      },
      { level2: '质量指标', name: '文物修缮工程验收合格率', target: pct('=', 100, 100) },
      {
        level2: '时效指标',
        name: '免费开放时间',
        target: { nature: '≥', min: 48, max: 63, unit: '小时/周' },
      },
      {
        level2: '成本指标',
        name: '单场演出成本',
        target: { nature: '≤', min: 1, max: 5, decimals: 1, unit: '万元' },
      },
      {
        level2: '社会效益指标',
        name: '群众文化参与人次',
        target: { nature: '≥', min: 1, max: 50, unit: '万人次' },
      },
      {
        level2: '可持续影响指标',
        name: '非遗项目传承',
        target: { nature: '定性', values: ['有效传承', '持续'] },
      },
      { level2: '服务对象满意度指标', name: '群众满意度', target: pct('≥', 90, 95) },
    ],
    goals: [
      '开展送文化下乡和文化惠民活动，丰富群众精神文化生活。',
      '落实公共图书馆、文化馆免费开放，提升公共文化服务水平。',
    ],
  },
  {
    departments: ['民政局'],
    units: ['社会福利院', '救助管理站', '殡葬管理所', '社会救助服务中心'],
    projects: [
      '城乡居民最低生活保障',
      '特困人员救助供养',
      '高龄津贴及养老服务补贴',
      '困难残疾人生活补贴',
      '临时救助资金',
      '社区居家养老服务',
    ],
    indicators: [
      { level2: '数量指标', name: '保障对象人数', target: { nature: '≥', min: 300, max: 20000, unit: '人' } },
      {
        level2: '数量指标',
        name: '发放补贴人次',
        target: { nature: '≥', min: 1000, max: 90000, unit: '人次' },
      },
      { level2: '质量指标', name: '救助对象认定准确率', target: pct('≥', 95) },
      { level2: '时效指标', name: '资金按月发放率', target: pct('=', 100, 100) },
      { level2: '成本指标', name: '月人均补助标准', target: { nature: '≥', min: 300, max: 900, unit: '元' } },
      {
        level2: '社会效益指标',
        name: '困难群众基本生活',
        target: { nature: '定性', values: ['得到保障', '有效保障'] },
      },
      {
        level2: '可持续影响指标',
        name: '社会救助体系',
        target: { nature: '定性', values: ['不断完善', '健全'] },
      },
      { level2: '服务对象满意度指标', name: '救助对象满意度', target: pct('≥', 90, 95) },
    ],
    goals: [
      '按时足额发放城乡低保和特困供养资金，保障困难群众基本生活。',
      '落实高龄津贴和养老服务补贴政策，提升老年人福利水平。',
    ],
  },
  {
    departments: ['发展和改革局', '人力资源和社会保障局', '财政局', '司法局'],
    units: ['本级', '价格认证中心', '劳动保障监察大队', '公共法律服务中心'],
    projects: [
      '工资性支出',
      '社会保障缴费',
      '公用经费',
      '信息化运维经费',
      '普法宣传经费',
      '就业创业补贴',
      '人才引进经费',
    ],
    indicators: [
      { level2: '数量指标', name: '发放(缴纳)覆盖率', target: pct('=', 100, 100) },
      { level2: '数量指标', name: '科目调整次数', target: { nature: '≤', min: 5, max: 10, unit: '次' } },
      {
        level2: '数量指标',
        name: '开展培训人次',
        target: { nature: '≥', min: 100, max: 5000, unit: '人次' },
      },
      { level2: '质量指标', name: '足额保障率(参保率)', target: pct('=', 100, 100) },
      { level2: '时效指标', name: '按时发放率', target: pct('=', 100, 100) },
      {
        level2: '经济效益指标',
        name: '结余率(计算方法为:结余数/预算数)',
        target: { nature: '≤', min: 5, max: 5, unit: '%' },
      },
      {
        level2: '社会效益指标',
        name: '机关正常运转',
        target: { nature: '定性', values: ['保障有力', '正常运转'] },
      },
      { level2: '服务对象满意度指标', name: '干部职工满意度', target: pct('≥', 90, 95) },
    ],
    goals: [
      '严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳，预算编制科学合理，减少结余资金。',
      '保障机关日常运转，提高履职效能。',
    ],
  },
  {
    departments: ['体育局', '教育体育局'],
    units: ['体育中心', '业余体育学校', '全民健身服务中心'],
    projects: [
      '全民健身活动经费',
      '体育场馆免费低收费开放补助',
      '体育场馆委托运营费用结算',
      '青少年体育训练经费',
      '援建对口支援经费',
    ],
    indicators: [
      {
        level2: '数量指标',
        name: '举办全民健身赛事活动',
        target: { nature: '≥', min: 5, max: 60, unit: '场' },
      },
      { level2: '数量指标', name: '场馆开放天数', target: { nature: '≥', min: 300, max: 330, unit: '天' } },
      { level2: '质量指标', name: '合同结算条款完成率', target: pct('=', 100, 100) },
      { level2: '时效指标', name: '费用结算及时性', target: { nature: '定性', values: ['及时'] } },
      { level2: '成本指标', name: '经费使用率', target: pct('≥', 90) },
      {
        level2: '社会效益指标',
        name: '经常参加体育锻炼人数比例',
        target: { nature: '≥', min: 38, max: 45, unit: '%' },
      },
      { level2: '服务对象满意度指标', name: '场馆开放满意度', target: pct('≥', 85, 95) },
    ],
    goals: ['完成场馆委托运营费用结算，保障场馆正常开放。', '组织开展全民健身赛事活动，推动全民健身。'],
  },
];

/** People's names (surname + given name), some three characters, some two. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢'.split(
    '',
  );
export const GIVEN = [
  '蕾莹',
  '建华',
  '凯',
  '娟',
  '志强',
  '秀英',
  '明',
  '丽华',
  '海燕',
  '伟',
  '静',
  '国庆',
  '晓东',
  '红梅',
  '军',
  '春花',
  '文斌',
  '思远',
  '佳怡',
  '德明',
  '玉兰',
  '浩',
  '雪梅',
  '永刚',
  '倩',
  '子涵',
  '桂芳',
  '立新',
] as const;

/** Reasons for a partial score (per indicator). */
export const DEVIATIONS = [
  '受天气影响工期延后，下一步将加强进度管理。',
  '部分资金尚未支付完毕，下年度将加快支付进度。',
  '实际需求少于预期，以后年度将科学测算目标值。',
  '项目实施过程中政策调整，部分任务未完成。',
  '满意度调查样本不足，今后将扩大调查范围。',
  '采购流程耗时较长，导致完成时间滞后。',
  '已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。',
  '年中追加任务，原定目标偏低，今后将合理设置指标值。',
  '部分对象情况变化，按实际发放。',
] as const;

/** 实际完成情况 of the goals block. */
export const GOAL_DONE = [
  '预期目标已完成',
  '已按计划完成年度目标任务。',
  '全面完成年度目标，资金使用规范。',
  '基本完成年度目标，个别指标未达预期。',
  '已完成。',
  '项目按期实施，各项指标均已完成。',
] as const;

/** 评价结论 / 存在问题 / 改进措施 texts as offices write them. */
export const CONCLUSIONS = [
  '项目自评得分{score}分，评价等级为“{grade}”，项目实施取得了预期成效。',
  '经自评，本项目得分{score}分，资金使用规范，完成了年度绩效目标。',
  '及时、足额缴纳。',
  '本项目自评总分{score}分，年度目标基本实现。',
] as const;
export const PROBLEMS = [
  '暂无',
  '绩效目标设置不够细化，部分指标难以量化。',
  '预算执行进度前慢后快，资金支付不均衡。',
  '满意度调查方式单一，样本量偏少。',
  '无',
] as const;
export const IMPROVEMENTS = [
  '暂无',
  '进一步细化绩效目标，科学设置量化指标。',
  '加强预算执行管理，按月跟踪资金支付进度。',
  '拓宽满意度调查渠道，提高调查结果的代表性。',
  '加强项目全过程绩效管理，将评价结果应用于下年度预算安排。',
] as const;
export const IMPLEMENTATION = [
  '年初制定实施方案，按季度推进，年底完成全部任务并组织验收。',
  '项目由实施单位按程序组织实施，资金按进度拨付。',
  '严格按照政府采购程序确定服务单位，签订合同并按合同履约验收。',
] as const;
export const OTHER_NOTES = ['无', '无其他需要说明的事项。', '本项目为延续性项目。', ''] as const;
