import type { Kind } from '../lib/glossary/schema';

/** How each kind of entry is named to the reader. */
export const KIND_LABELS: Record<Kind, string> = {
  person: 'Person',
  group: 'Group',
  party: 'Political party',
  institution: 'Institution',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
  concept: 'Concept',
};
