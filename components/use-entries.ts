import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '../lib/glossary/schema';

/** The full glossary entries for some ids, fetched in one request; empty until the answer comes. */
export function useEntries(ids: readonly string[], getEntries: (ids: string[]) => Promise<Entry[]>) {
  const [entries, setEntries] = useState<ReadonlyMap<string, Entry>>(new Map());
  const key = ids.join(' ');
  useEffect(() => {
    let current = true;
    if (!key) return setEntries(new Map());
    void getEntries(key.split(' ')).then(
      (found) => current && setEntries(new Map(found.map((entry) => [entry.id, entry]))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [key, getEntries]);
  return entries;
}
