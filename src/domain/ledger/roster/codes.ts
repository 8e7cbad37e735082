// The code lists of the roster's personal fields (代表名册): 性别, 民族 (GB 3304), 政治面貌
// (GB/T 4762), 文化程度 and 代表构成. A record stores the code; lists, forms and the printed 代表名册
// show the Chinese name. An imported sheet may give the code, the full name or the short name.

/** 性别: the two values of a personal record. */
export const GENDERS = { male: '男', female: '女' } as const;
export type Gender = keyof typeof GENDERS;

/** 民族: the codes and names of GB 3304 (中国各民族名称的罗马字母拼写法和代码). */
export const ETHNICITIES = {
  '01': '汉族',
  '02': '蒙古族',
  '03': '回族',
  '04': '藏族',
  '05': '维吾尔族',
  '06': '苗族',
  '07': '彝族',
  '08': '壮族',
  '09': '布依族',
  '10': '朝鲜族',
  '11': '满族',
  '12': '侗族',
  '13': '瑶族',
  '14': '白族',
  '15': '土家族',
  '16': '哈尼族',
  '17': '哈萨克族',
  '18': '傣族',
  '19': '黎族',
  '20': '傈僳族',
  '21': '佤族',
  '22': '畲族',
  '23': '高山族',
  '24': '拉祜族',
  '25': '水族',
  '26': '东乡族',
  '27': '纳西族',
  '28': '景颇族',
  '29': '柯尔克孜族',
  '30': '土族',
  '31': '达斡尔族',
  '32': '仫佬族',
  '33': '羌族',
  '34': '布朗族',
  '35': '撒拉族',
  '36': '毛南族',
  '37': '仡佬族',
  '38': '锡伯族',
  '39': '阿昌族',
  '40': '普米族',
  '41': '塔吉克族',
  '42': '怒族',
  '43': '乌孜别克族',
  '44': '俄罗斯族',
  '45': '鄂温克族',
  '46': '德昂族',
  '47': '保安族',
  '48': '裕固族',
  '49': '京族',
  '50': '塔塔尔族',
  '51': '独龙族',
  '52': '鄂伦春族',
  '53': '赫哲族',
  '54': '门巴族',
  '55': '珞巴族',
  '56': '基诺族',
  '97': '其他',
  '98': '外国血统中国籍人士',
} as const;
export type Ethnicity = keyof typeof ETHNICITIES;

/** 政治面貌: the codes and names of GB/T 4762 (政治面貌代码). */
export const POLITICAL_STATUSES = {
  '01': '中国共产党党员',
  '02': '中国共产党预备党员',
  '03': '中国共产主义青年团团员',
  '04': '中国国民党革命委员会会员',
  '05': '中国民主同盟盟员',
  '06': '中国民主建国会会员',
  '07': '中国民主促进会会员',
  '08': '中国农工民主党党员',
  '09': '中国致公党党员',
  '10': '九三学社社员',
  '11': '台湾民主自治同盟盟员',
  '12': '无党派民主人士',
  '13': '群众',
} as const;
export type PoliticalStatus = keyof typeof POLITICAL_STATUSES;

/** The short names used on rosters and in spreadsheets (中共党员 …), by code. */
export const POLITICAL_STATUS_SHORT: Record<PoliticalStatus, string> = {
  '01': '中共党员',
  '02': '中共预备党员',
  '03': '共青团员',
  '04': '民革党员',
  '05': '民盟盟员',
  '06': '民建会员',
  '07': '民进会员',
  '08': '农工党党员',
  '09': '致公党党员',
  '10': '九三学社社员',
  '11': '台盟盟员',
  '12': '无党派人士',
  '13': '群众',
};

/** 文化程度: the highest schooling completed, as rosters record it. */
export const EDUCATIONS = {
  postgraduate: '研究生',
  bachelor: '大学本科',
  college: '大学专科',
  secondaryVocational: '中专',
  highSchool: '高中',
  juniorHigh: '初中',
  primary: '小学',
  other: '其他',
} as const;
export type Education = keyof typeof EDUCATIONS;

/**
 * 代表构成: the customary categories in which a congress reports who its deputies are (the
 * tool's own list of what rosters commonly use; neither the bylaw nor the law fixes one).
 */
export const COMPOSITIONS = {
  worker: '工人',
  farmer: '农民',
  professional: '专业技术人员',
  cadre: '党政领导干部',
  other: '其他',
} as const;
export type Composition = keyof typeof COMPOSITIONS;

/** A code list as select options (`value` the code, `label` the Chinese name). */
export function codeOptions(list: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(list).map(([value, label]) => ({ value, label }));
}

/**
 * The code a sheet's cell means in a list: the code itself, the full name, a short name (given in
 * `aliases`), or a name without the 族 of 民族 (`汉` for 汉族). Undefined when nothing matches.
 */
export function codeOf(
  list: Readonly<Record<string, string>>,
  text: string,
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const value = text.trim().replace(/\s+/g, '');
  if (value === '') return undefined;
  if (Object.hasOwn(list, value)) return value;
  // Spreadsheets drop the leading zero of a code (`1` for `01`).
  if (/^\d$/.test(value) && Object.hasOwn(list, `0${value}`)) return `0${value}`;
  for (const [code, name] of Object.entries(list)) if (name === value) return code;
  for (const [code, name] of Object.entries(list)) if (name === `${value}族`) return code;
  for (const [code, name] of Object.entries(aliases)) if (name === value) return code;
  return undefined;
}
