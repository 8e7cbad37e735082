// Small pieces of list cells: dates and names that must not break across lines in narrow columns.
import type { ComponentChildren } from 'preact';

/** Text kept on one line (`2021-05-10`, `庞桂香`). */
export function NoWrap({ children }: { children: ComponentChildren }) {
  return <span class="admin-nowrap">{children}</span>;
}

/** A span of dates: `2021-05-10 至 2026-05-09`, or `2021-05-10 起` while it runs. */
export function DateSpan({ from, to }: { from: string; to: string | undefined }) {
  return to ? (
    <>
      <NoWrap>{from}</NoWrap> 至 <NoWrap>{to}</NoWrap>
    </>
  ) : (
    <>
      <NoWrap>{from}</NoWrap> 起
    </>
  );
}
