// The annual calendar as an iCalendar file (see src/domain/calendar/calendar.ts).
import type { APIRoute } from 'astro';
import { catalogue, rules } from '../domain/handbook';
import { buildIcs } from '../domain/calendar/calendar';

export const GET: APIRoute = () =>
  new Response(
    buildIcs(catalogue, {
      firstYear: Number(rules.effectiveDate.slice(0, 4)),
      siteUrl: '',
      stamp: `${rules.effectiveDate.replace(/-/g, '')}T000000Z`,
    }),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
