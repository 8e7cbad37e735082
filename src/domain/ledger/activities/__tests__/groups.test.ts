import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, ACTIVITY_TAGS } from '../schema';
import {
  CHANNEL_TAGS,
  DEPUTY_ACTIVITY_KINDS,
  FIVE_INTO_TAGS,
  FIVE_PLUS_TAGS,
  STATION_ACTIVITY_KINDS,
  kindOptions,
  tagOptions,
} from '../groups';

describe('activity groups', () => {
  it('split the tags of 第二十一条 into 五+, 五进 and channels, each tag once', () => {
    const grouped = [...FIVE_PLUS_TAGS, ...FIVE_INTO_TAGS, ...CHANNEL_TAGS];
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...ACTIVITY_TAGS].sort());
  });

  it('give the station page and the deputies page different kinds', () => {
    const shared = STATION_ACTIVITY_KINDS.filter((k) =>
      (DEPUTY_ACTIVITY_KINDS as readonly string[]).includes(k),
    );
    expect(shared).toEqual([]);
  });

  it('label kinds in Chinese, in the order given', () => {
    expect(kindOptions(STATION_ACTIVITY_KINDS)).toEqual([
      { value: 'stationReception', label: ACTIVITY_KINDS.stationReception },
      { value: 'stationTheme', label: '集中进站主题活动' },
      { value: 'leaderStationVisit', label: '领导干部进站' },
    ]);
  });

  it('use a tag as its own label', () => {
    expect(tagOptions(['12345'])).toEqual([{ value: '12345', label: '12345' }]);
  });
});
