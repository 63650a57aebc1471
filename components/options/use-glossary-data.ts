import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PackInfo } from '../../lib/glossary/glossary-service';
import type { Entry } from '../../lib/glossary/schema';
import type { GlossaryApi } from './glossary-api';

export interface GlossaryData {
  /** Built-in and imported packs; null until loaded. */
  packs: PackInfo[] | null;
  ownTerms: Entry[];
  /** Bumped on every change, so lists that depend on the glossary reload. */
  revision: number;
  /** Reloads after the glossary changed (a term saved, a file imported). */
  refresh(): void;
}

/** The packs and the reader's own terms, reloaded whenever the page changes the glossary. */
export function useGlossaryData(api: GlossaryApi): GlossaryData {
  const [revision, setRevision] = useState(0);
  const [packs, setPacks] = useState<PackInfo[] | null>(null);
  const [ownTerms, setOwnTerms] = useState<Entry[]>([]);
  useEffect(() => {
    let current = true;
    void Promise.all([api.listPacks(), api.listOwnTerms()]).then(([nextPacks, nextTerms]) => {
      if (!current) return;
      setPacks(nextPacks);
      setOwnTerms(nextTerms);
    });
    return () => {
      current = false;
    };
  }, [api, revision]);
  const refresh = useCallback(() => setRevision((n) => n + 1), []);
  return { packs, ownTerms, revision, refresh };
}
