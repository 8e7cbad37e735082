import { describe, expect, it } from 'vitest';
import { sessionTitle } from '../titles';

describe('sessionTitle', () => {
  it.each([
    [7, 1, '第七届第一次会议'],
    [7, 12, '第七届第十二次会议'],
    [undefined, 3, '第三次会议'],
    [7, 1000, '第七届第1000次会议'],
  ])('term %s, session %i: %s', (term, number, title) => expect(sessionTitle(term, number)).toBe(title));
});
