// Word pools for the demo township: names, villages, units and topics as a 湘乡 township would write
// them. Every name here is made up from common parts; no real person, village or project is meant.
// `{u}` in a template stands for the unit character (镇 or 乡), `{t}` for the township's short name
// (示例), `{v}` and `{w}` for village names (without 村).

/** Common surnames, the ones frequent in 湘乡 (谭, 彭, 曾, 贺 …) listed more than once to weigh them. */
export const SURNAMES: readonly string[] =
  '王 李 张 刘 陈 杨 黄 赵 周 吴 彭 彭 谭 谭 谭 曾 曾 罗 邓 贺 贺 朱 胡 易 蒋 唐 肖 龙 戴 成 姜 文 熊 袁 毛 陈 刘 李 欧阳 左 郭 许 向 颜 邹 尹'.split(
    ' ',
  );

/** Given names, one or two characters. */
export const GIVEN_NAMES: readonly string[] =
  '建国 志强 国华 伟 芳 秀英 丽华 红梅 海燕 卫东 新民 德明 春生 桂香 小平 立新 俊 勇 敏 静 军 平 辉 斌 涛 鹏 婷 霞 玲 艳 建军 建华 建平 正华 光明 志刚 志勇 雪梅 金花 玉兰 淑华 湘平 湘云 湘林 铁牛 德胜 冬生 秋菊 满香 运来 国庆 振宇 子豪 思远 雨婷 佳慧 文斌 松林 长青 跃华 爱民 利民 红军 梦瑶 晓东 清泉'.split(
    ' ',
  );

/** Village names (without 村), from which each demo township draws its own. */
export const VILLAGES: readonly string[] =
  '石狮 桥头 杨柳 金盆 新塘 花园 荷叶 水府 云峰 洪山 大坪 龙泉 白沙 东山 檀山 湖山 长春 和平 团结 新民 黄泥 茶园 枫树 梓门 泉湖 毛冲 石坝 太平 青山 大湾 双江 横塘'.split(
    ' ',
  );

/** Township units that lead suggestions and fix problems; `{u}` is 镇 or 乡, `{t}` the short name. */
export const UNITS = {
  finance: '{u}财政所',
  agriculture: '{u}农业综合服务中心',
  police: '{u}派出所',
  land: '{u}自然资源所',
  hospital: '{u}卫生院',
  school: '{u}中心学校',
  emergency: '{u}应急管理办公室',
  social: '{u}社会事务综合服务中心',
  enforcement: '{u}综合行政执法大队',
  water: '{u}水利站',
  justice: '{u}司法所',
  market: '{u}市场监督管理所',
  ecology: '{u}生态环境办公室',
  revival: '{u}乡村振兴办公室',
  veterans: '{u}退役军人服务站',
  transport: '{u}交通安全管理站',
  power: '国网湘乡市供电公司{t}供电所',
} as const;
/** The key of a township unit in UNITS. */
export type UnitKey = keyof typeof UNITS;

/** Work units and posts of village deputies, as printed on sign-in sheets. */
export const DEPUTY_POSTS = [
  '{v}村党总支书记',
  '{v}村党总支书记、村委会主任',
  '{v}村村委会主任',
  '{v}村村委会委员',
  '{v}村村民',
  '{v}村种粮大户',
  '{v}村养殖户',
  '{u}中心学校教师',
  '{u}卫生院医生',
  '{t}{v}家庭农场负责人',
  '湘乡市{t}农业专业合作社理事长',
  '个体工商户',
  '{t}建材有限公司总经理',
  '{v}村乡村医生',
  '{u}农业综合服务中心干部',
] as const;

/** Suggestion titles: what deputies ask the township for. */
export const SUGGESTION_TOPICS: readonly { title: string; unit: UnitKey }[] = [
  { title: '关于硬化{v}村通组公路的建议', unit: 'transport' },
  { title: '关于修缮{v}村山塘的建议', unit: 'water' },
  { title: '关于在{v}村主干道安装路灯的建议', unit: 'revival' },
  { title: '关于加强{v}村安全饮水保障的建议', unit: 'water' },
  { title: '关于整治{v}村路口交通安全隐患的建议', unit: 'police' },
  { title: '关于增设{v}村垃圾收集点的建议', unit: 'ecology' },
  { title: '关于疏通{v}村灌溉渠道的建议', unit: 'agriculture' },
  { title: '关于改善{u}中心学校周边交通秩序的建议', unit: 'police' },
  { title: '关于加快{v}村危桥改造的建议', unit: 'transport' },
  { title: '关于规范集镇农贸市场管理的建议', unit: 'market' },
  { title: '关于加强农村独居老人关爱服务的建议', unit: 'social' },
  { title: '关于提升{v}村卫生室服务能力的建议', unit: 'hospital' },
  { title: '关于解决{v}村低压电网电压不稳问题的建议', unit: 'power' },
  { title: '关于治理集镇占道经营的建议', unit: 'enforcement' },
  { title: '关于加强农村建房审批服务的建议', unit: 'land' },
  { title: '关于防范电信网络诈骗宣传进村的建议', unit: 'police' },
  { title: '关于扶持{v}村特色种养产业的建议', unit: 'agriculture' },
  { title: '关于做好退役军人就业帮扶的建议', unit: 'veterans' },
  { title: '关于加强汛期地质灾害隐患点巡查的建议', unit: 'emergency' },
  { title: '关于设立{v}村人民调解室的建议', unit: 'justice' },
  { title: '关于落实耕地地力保护补贴发放的建议', unit: 'finance' },
  { title: '关于整治{v}村河道垃圾的建议', unit: 'ecology' },
  { title: '关于推进{v}村高标准农田建设的建议', unit: 'agriculture' },
  { title: '关于改造集镇排水管网的建议', unit: 'revival' },
];

/** Promises an answer may make when a suggestion is put in the plan. */
export const PROMISES = [
  '列入下年度项目库，争取上级资金',
  '汛期前完成清淤',
  '年内完成现场勘测和预算编制',
  '协调相关部门联合整治',
  '落实专人定期巡查',
] as const;

/** 民生实事 projects, with the unit that carries them out and a budget range in 万元. */
export const LIVELIHOOD_TOPICS: readonly { title: string; unit: UnitKey; budget: [number, number] }[] = [
  { title: '{v}村至{w}村公路提质改造', unit: 'transport', budget: [80, 260] },
  { title: '{v}村安全饮水巩固提升工程', unit: 'water', budget: [40, 150] },
  { title: '集镇污水管网建设（一期）', unit: 'revival', budget: [120, 300] },
  { title: '{v}村山塘清淤扩容', unit: 'water', budget: [15, 60] },
  { title: '{v}村危桥改造', unit: 'transport', budget: [30, 120] },
  { title: '{u}中心学校运动场改造', unit: 'school', budget: [40, 110] },
  { title: '集镇农贸市场提质改造', unit: 'market', budget: [60, 180] },
  { title: '{v}村、{w}村路灯安装', unit: 'revival', budget: [20, 70] },
  { title: '{u}卫生院发热门诊改造', unit: 'hospital', budget: [50, 140] },
  { title: '{v}村居家养老服务站建设', unit: 'social', budget: [25, 80] },
  { title: '{v}村高标准农田配套沟渠建设', unit: 'agriculture', budget: [60, 200] },
  { title: '集镇公共停车场建设', unit: 'enforcement', budget: [40, 120] },
  { title: '{v}村垃圾分类收集点建设', unit: 'ecology', budget: [15, 45] },
  { title: '农村公路安全生命防护工程（{v}村段）', unit: 'transport', budget: [30, 90] },
];

/** 执法检查: the law checked and the problems such a check typically finds, with the unit to fix them. */
export const LAW_INSPECTIONS: readonly { topic: string; problems: readonly [string, UnitKey][] }[] = [
  {
    topic: '《中华人民共和国食品安全法》贯彻实施情况执法检查',
    problems: [
      ['集镇部分餐饮店后厨卫生条件较差，从业人员健康证不全', 'market'],
      ['学校食堂食材进货查验记录不完整', 'market'],
      ['农村集体聚餐申报备案落实不到位', 'market'],
      ['小作坊无证生产现象仍有发生', 'market'],
    ],
  },
  {
    topic: '《中华人民共和国道路交通安全法》贯彻实施情况执法检查',
    problems: [
      ['农村公路急弯陡坡处警示标志缺失', 'transport'],
      ['电动车驾乘人员佩戴头盔率不高', 'police'],
      ['集镇学校周边上下学时段交通秩序较乱', 'police'],
      ['农用车违法载人现象时有发生', 'transport'],
    ],
  },
  {
    topic: '《中华人民共和国安全生产法》贯彻实施情况执法检查',
    problems: [
      ['部分小微企业安全生产主体责任落实不到位', 'emergency'],
      ['烟花爆竹零售点存储不规范', 'emergency'],
      ['自建房经营场所消防通道堵塞', 'emergency'],
    ],
  },
  {
    topic: '《中华人民共和国农村土地承包法》贯彻实施情况执法检查',
    problems: [
      ['部分村土地流转合同不规范，未经备案', 'agriculture'],
      ['土地承包经营权纠纷调处不及时', 'justice'],
      ['撂荒地复耕复种工作推进较慢', 'agriculture'],
    ],
  },
  {
    topic: '《中华人民共和国环境保护法》贯彻实施情况执法检查',
    problems: [
      ['河道两岸仍有垃圾乱倒现象', 'ecology'],
      ['畜禽养殖废弃物资源化利用率不高', 'ecology'],
      ['秸秆露天焚烧监管存在盲区', 'ecology'],
    ],
  },
  {
    topic: '《中华人民共和国义务教育法》贯彻实施情况执法检查',
    problems: [
      ['村小教师结构性缺编', 'school'],
      ['留守儿童心理关爱机制不健全', 'school'],
      ['部分校舍维修资金保障不足', 'finance'],
    ],
  },
];

/** 专项工作报告 topics, the visit or research that prepares each, and opinions deputies raise. */
export const SPECIAL_REPORTS: readonly { report: string; visit: string; opinions: readonly string[] }[] = [
  {
    report: '听取{u}人民政府关于农村人居环境整治工作情况的报告',
    visit: '视察农村人居环境整治工作',
    opinions: ['建立垃圾收运长效保洁机制', '加大厕所改造后期管护力度', '发挥村规民约作用'],
  },
  {
    report: '听取{u}人民政府关于耕地保护和粮食生产工作情况的报告',
    visit: '调研耕地保护和粮食生产工作',
    opinions: ['加快撂荒地复耕', '完善农田水利设施', '落实种粮补贴政策', '推广机械化育插秧'],
  },
  {
    report: '听取{u}人民政府关于农村养老服务工作情况的报告',
    visit: '调研农村养老服务工作',
    opinions: ['扩大居家养老服务覆盖面', '加强敬老院消防安全', '探索互助养老模式'],
  },
  {
    report: '听取{u}人民政府关于安全生产和防灾减灾工作情况的报告',
    visit: '视察安全生产和地质灾害防治工作',
    opinions: ['加密汛期隐患点巡查', '开展应急演练进村', '加强小微企业安全培训'],
  },
  {
    report: '听取{u}人民政府关于义务教育均衡发展工作情况的报告',
    visit: '调研义务教育均衡发展工作',
    opinions: ['改善村小办学条件', '稳定乡村教师队伍', '加强校园周边治安管理'],
  },
  {
    report: '听取{u}人民政府关于乡村产业发展工作情况的报告',
    visit: '调研{t}特色产业发展情况',
    opinions: ['培育壮大新型经营主体', '加强农产品品牌建设', '完善利益联结机制', '强化金融支持'],
  },
];

/** Other visits and research the presidium organises. */
export const VISIT_TOPICS = [
  '视察{v}村高标准农田建设',
  '视察集镇建设和管理工作',
  '调研农村饮水安全工作',
  '视察中小学校舍及周边安全',
  '调研基层医疗卫生服务能力',
  '视察农村公路建设和养护',
  '调研矛盾纠纷多元化解工作',
  '调研村级集体经济发展情况',
  '视察防汛抗旱准备工作',
  '调研优化营商环境工作',
] as const;

/** Offices appraised by deputies (工作评议). */
export const APPRAISAL_UNITS: readonly UnitKey[] = [
  'police',
  'land',
  'market',
  'hospital',
  'power',
  'finance',
];

/** Training topics for any year. */
export const TRAINING_TOPICS = [
  '代表履职能力提升培训',
  '学习贯彻宪法和地方组织法专题培训',
  '代表建议撰写与办理专题培训',
  '预算审查监督知识培训',
  '基层社会治理与“枫桥经验”专题学习',
] as const;
/** Training topics that only make sense from a given year on (the amended 代表法, the 2025 rules). */
export const TRAINING_TOPICS_FROM: readonly { from: number; topic: string }[] = [
  { from: 2025, topic: '学习新修改的代表法专题培训' },
  { from: 2025, topic: '学习《湘乡市乡镇人民代表大会工作实施细则》专题培训' },
];

/** Legislation-related activities township deputies join (两个联系, 第十四条(三)). */
export const LEGISLATION_TOPICS = [
  '省人大常委会法规草案征求意见座谈会',
  '湘潭市地方性法规草案代表意见征集',
  '全国人大常委会法律草案公开征求意见集中讨论',
  '基层立法联系点立法意见征集活动',
  '市人大常委会规范性文件备案审查意见征集',
] as const;

/** 普法宣传 topics, with the month such an activity is usually held. */
export const LAW_POPULARIZATION: readonly { topic: string; month: number }[] = [
  { topic: '民法典宣传月进村入户宣讲', month: 5 },
  { topic: '“6·26”禁毒法宣传进校园', month: 6 },
  { topic: '防范电信网络诈骗法治宣传进集镇', month: 9 },
  { topic: '国家宪法日宪法宣传活动', month: 12 },
  { topic: '农村土地承包法律政策宣讲', month: 3 },
  { topic: '安全生产法宣传进企业', month: 6 },
];

/** Issues registered at station receptions. */
export const RECEPTION_ISSUES = [
  '道路维修',
  '饮水安全',
  '低保救助',
  '邻里纠纷',
  '医保缴费',
  '土地流转',
  '环境卫生',
  '用电安全',
  '建房审批',
  '就业创业',
] as const;

/** Themed concentrated station activities (集中进站主题活动), with their 五进 / 五+ tags. */
export const THEME_TOPICS: readonly { topic: string; tags: readonly string[] }[] = [
  { topic: '“人大代表进站点”集中接待日', tags: ['进站点', '群众服务员'] },
  { topic: '“代表在行动·优化营商环境”主题活动', tags: ['进企业', '工作监督员'] },
  { topic: '“乡村振兴·代表助力”主题活动', tags: ['进选区', '民情信息员'] },
  { topic: '“两官一长一员”同步进站化解矛盾纠纷', tags: ['两官一长一员同步进站', '纠纷调解员'] },
  { topic: '“法治进万家”代表普法主题活动', tags: ['进机关', '法治宣传员'] },
  { topic: '“代表联系群众”园区企业座谈', tags: ['进园区', '进企业'] },
];

/** Things deputies do for people (为民办实事). */
export const DEED_TOPICS = [
  '帮助{v}村村民疏通灌溉渠道',
  '协调解决{v}村饮水管道破损问题',
  '为{v}村困难户争取临时救助',
  '联系修复{v}村损毁路灯',
  '调解{v}村邻里宅基地纠纷',
  '帮助{v}村农户销售滞销农产品',
  '推动{v}村危险路段加装护栏',
  '为{v}村留守儿童捐赠学习用品',
  '协调清理{v}村河道垃圾',
  '帮助{v}村返乡青年办理创业贷款',
] as const;

/** Presidium meeting topics between sessions. */
export const PRESIDIUM_TOPICS = [
  '研究代表建议交办事宜',
  '部署代表进站接待工作',
  '研究民生实事项目督办工作',
  '听取代表建议办理情况汇报',
  '研究代表视察调研安排',
  '研究代表学习培训安排',
  '听取执法检查问题整改情况汇报',
  '研究代表履职积分情况',
] as const;
