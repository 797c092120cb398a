import type { PublicSession } from './types';

export interface NumberedVenue {
  /** The number on the venue's map marker and beside its sessions in the list. */
  number: number;
  venue: PublicSession['venue'];
  sessions: PublicSession[];
}

/** Venues numbered 1, 2, 3… in the order the (date-sorted) list first names them. */
export function numberVenues(sessions: readonly PublicSession[]): Map<string, NumberedVenue> {
  const venues = new Map<string, NumberedVenue>();
  for (const session of sessions) {
    const known = venues.get(session.venue.id);
    if (known) known.sessions.push(session);
    else
      venues.set(session.venue.id, {
        number: venues.size + 1,
        venue: session.venue,
        sessions: [session],
      });
  }
  return venues;
}
