// The exact-phrase index the search dialog loads on first use (see src/domain/search/exact.ts).
import type { APIRoute } from 'astro';
import { rules } from '../../domain/handbook';
import { buildExactIndex } from '../../domain/search/exact';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildExactIndex(rules)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
