// What every part of the demo generator shares: the options, the township's words, record stamps,
// the date window, and who serves when. Kept apart so that each part (people, meetings, activities,
// suggestions, documents) stays a plain function of the context and the records made before it.
import { isoDate, type IsoDate } from '../dates';
import { addDays, diffDays } from './days';
import type { Deputy, TownshipInfo } from '../ledger';
import type { Random } from './random';

/** The options of generateDemo with every default filled in. */
export interface ResolvedOptions {
  seed: number;
  townshipId: string;
  deputies: number;
  fromYear: number;
  toYear: number;
  scale: number;
  now: string;
}

/** id, createdAt and updatedAt, the fields every stored record starts with. */
export interface RecordStamp {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** The shared state of one generation run. */
export interface DemoContext {
  options: ResolvedOptions;
  info: TownshipInfo;
  /** 镇 or 乡: the unit character in 镇长, 镇财政所 … */
  unit: string;
  /** The township's name without its unit character (示例). */
  short: string;
  /** The villages of this demo township (without 村). */
  villages: string[];
  /** First and last day any record may carry (fromYear-01-01 … toYear-12-31). */
  start: IsoDate;
  end: IsoDate;
  /** The years covered, in order. */
  years: number[];
  /** A new record's id and stamps; ids come from their own stream so they never shift content. */
  stamp(): RecordStamp;
  /** The year at position `i` of the range, clamped to its first and last year. */
  yearAt(i: number): number;
}

/** Makes the shared context of a run. */
export function createContext(options: ResolvedOptions, info: TownshipInfo, ids: Random, villages: string[]) {
  const years = Array.from({ length: options.toYear - options.fromYear + 1 }, (_, i) => options.fromYear + i);
  const context: DemoContext = {
    options,
    info,
    unit: info.name.slice(-1),
    short: info.name.slice(0, -1),
    villages,
    start: isoDate(options.fromYear, 1, 1),
    end: isoDate(options.toYear, 12, 31),
    years,
    stamp: () => ({ id: ids.uuid(), createdAt: options.now, updatedAt: options.now }),
    yearAt: (i) => years[Math.max(0, Math.min(i, years.length - 1))]!,
  };
  return context;
}

/**
 * Fills a pool template: `{u}` unit character, `{t}` short name, `{v}` a village (the given one or a
 * random one) and `{w}` a second, different village.
 */
export function fill(context: DemoContext, rng: Random, template: string, village?: string): string {
  const v = village ?? rng.pick(context.villages);
  const others = context.villages.filter((name) => name !== v);
  const w = others.length > 0 ? rng.pick(others) : v;
  return template
    .replaceAll('{u}', context.unit)
    .replaceAll('{t}', context.short)
    .replaceAll('{v}', v)
    .replaceAll('{w}', w);
}

/** A random date in [from, to], both included. */
export function randomDate(rng: Random, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, rng.int(0, Math.max(0, diffDays(from, to))));
}

/** The later of two ISO dates (string order is date order for `YYYY-MM-DD`). */
export const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The earlier of two ISO dates. */
export const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/** Whether a deputy serves on a date. */
export function isServing(deputy: Deputy, date: IsoDate): boolean {
  return deputy.serviceFrom <= date && (deputy.serviceTo === undefined || deputy.serviceTo >= date);
}

/** The part of [from, to] in which a deputy serves; undefined when they do not serve in it at all. */
export function serviceWindow(deputy: Deputy, from: IsoDate, to: IsoDate): [IsoDate, IsoDate] | undefined {
  const a = later(from, deputy.serviceFrom);
  const b = deputy.serviceTo === undefined ? to : earlier(to, deputy.serviceTo);
  return a <= b ? [a, b] : undefined;
}

/** Drops the keys whose value is undefined, so records carry only the fields they have. */
export function defined<T extends object>(value: T): T {
  for (const [key, v] of Object.entries(value)) if (v === undefined) Reflect.deleteProperty(value, key);
  return value;
}
