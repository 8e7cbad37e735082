// How meetings are named in lists and messages, the way documents print them: 第七届第一次会议.
import { toChineseNumeral } from '../../rules/numerals';

/** A number in Chinese numerals (1–999), else in digits, so an odd record never breaks a list. */
const numeral = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 999 ? toChineseNumeral(n) : String(n));

/** A session's name: `第七届第一次会议`, or `第一次会议` when its term is not known. */
export function sessionTitle(termNumber: number | undefined, number: number): string {
  return `${termNumber === undefined ? '' : `第${numeral(termNumber)}届`}第${numeral(number)}次会议`;
}
