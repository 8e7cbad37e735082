// Hooks of the activity pages: the township's settings and the deputies' names, both kept live.
import { useMemo } from 'preact/hooks';
import type { Settings } from '../../../domain/ledger';
import { readSettings } from '../../../storage/queries/settings';
import { useLiveQuery } from '../../kit/use-live-query';
import type { Option } from '../../kit/form-model';

/** The township's settings (defaults until saved); undefined while loading. */
export function useTownshipSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(), []).data;
}

/** Deputy id → name, from the deputies' options of useReferenceOptions. */
export function useNameMap(options: readonly Option[]): ReadonlyMap<string, string> {
  return useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
}
