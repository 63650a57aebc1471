import type { Kind } from './schema';

/** How each kind of entry is named to the reader, one of it. */
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

/** The heading over several entries of a kind ("People", "Places"). */
export const KIND_GROUP_LABELS: Record<Kind, string> = {
  person: 'People',
  group: 'Groups',
  party: 'Political parties',
  institution: 'Institutions',
  organization: 'Organizations',
  place: 'Places',
  event: 'Events',
  concept: 'Concepts',
};
