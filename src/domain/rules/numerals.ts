const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Writes 1–999 in Chinese numerals the way legal texts number articles and items:
 * 五, 十, 十三, 二十六, 一百零一, 一百一十.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`cannot write ${n} in numerals`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds > 0 ? `${DIGITS[hundreds]}百` : '';
  if (tens > 0) out += hundreds === 0 && tens === 1 ? '十' : `${DIGITS[tens]}十`;
  else if (hundreds > 0 && ones > 0) out += '零';
  if (ones > 0) out += DIGITS[ones];
  return out;
}
