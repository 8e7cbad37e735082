import { describe, expect, it } from 'vitest';
import { SessionSchema, TermSchema } from '../../index';
import { session, term, uuid } from '../../__tests__/builders';
import { checkFirstSession, firstSessionOf } from '../terms';

const aTerm = (o: Record<string, unknown> = {}) => TermSchema.parse(term(o));
const aSession = (o: Record<string, unknown> = {}) => SessionSchema.parse(session({ number: 1, ...o }));

describe('checkFirstSession', () => {
  // election, first session's opening (or none), today, status, days
  it.each([
    ['2021-09-10', '2021-10-20', '2025-01-01', 'met', 40],
    ['2021-09-10', '2021-11-10', '2025-01-01', 'met', 61], // the deadline day itself is in time
    ['2021-09-10', '2021-11-11', '2025-01-01', 'late', 62],
    ['2021-12-31', '2022-02-28', '2025-01-01', 'met', 59], // 31 Dec + 2 months = 28 Feb
    ['2021-12-31', '2022-03-01', '2025-01-01', 'late', 60],
    ['2021-09-10', undefined, '2021-11-10', 'pending', undefined],
    ['2021-09-10', undefined, '2021-11-11', 'missed', undefined],
  ] as const)('elected %s, first session %s, as of %s: %s', (electionDate, opening, today, status, days) => {
    const sessions = opening ? [aSession({ startDate: opening })] : [];
    const check = checkFirstSession(aTerm({ electionDate }), sessions, today);
    expect(check.status).toBe(status);
    expect(check.days).toBe(days);
  });

  it('gives the deadline in its sentence', () => {
    const check = checkFirstSession(
      aTerm({ electionDate: '2021-09-10' }),
      [aSession({ startDate: '2021-11-15' })],
      '2025-01-01',
    );
    expect(check.dueDate).toBe('2021-11-10');
    expect(check.text).toBe('第一次会议 2021-11-15 开幕，选举后66天，超过2个月（应在 2021-11-10 前）');
  });

  it('cannot judge without an election date', () => {
    const check = checkFirstSession(aTerm({ electionDate: undefined }), [aSession()], '2025-01-01');
    expect(check.status).toBe('unknown');
    expect(check.text).toContain('未填选举日期');
  });

  it('does not trust a first session that opened before the election', () => {
    const check = checkFirstSession(
      aTerm({ electionDate: '2021-09-10' }),
      [aSession({ startDate: '2021-09-01' })],
      '2025-01-01',
    );
    expect(check.status).toBe('unknown');
    expect(check.text).toContain('请核对');
  });
});

describe('firstSessionOf', () => {
  it('takes the session numbered 1 of the term, ignoring later sessions and other terms', () => {
    const first = aSession({ id: uuid(20), startDate: '2021-10-20' });
    const sessions = [
      aSession({ id: uuid(21), number: 2, startDate: '2021-10-01' }),
      aSession({ id: uuid(22), termId: uuid(99), startDate: '2021-09-30' }),
      first,
    ];
    expect(firstSessionOf(uuid(2), sessions)).toEqual(first);
    expect(firstSessionOf(uuid(3), sessions)).toBeUndefined();
  });
});
