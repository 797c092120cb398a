import type { DropInTopic, VenueFact } from './types';

/** Longest free text each field takes: the API checks input against these, the forms show them. */
export const dropInTextLimits = {
  title: 80,
  team: 80,
  reason: 200,
  notes: 1000,
  openingNotes: 300,
  venueName: 80,
  addressLine: 120,
  busRoutes: 120,
  nearestStop: 80,
  closureReason: 120,
} as const;

/** Shown next to every fact's icon: issue 8 asks for text with each icon, never an icon alone. */
export const venueFactLabels: Record<VenueFact, string> = {
  stepFreeEntrance: 'Step-free entrance',
  accessibleToilet: 'Accessible toilet',
  hearingLoop: 'Hearing loop',
  blueBadgeParking: 'Blue Badge parking',
  quietRoom: 'Quiet room',
  babyChanging: 'Baby changing',
  bslOnRequest: 'BSL interpreter on request',
};

export const dropInTopicLabels: Record<DropInTopic, string> = {
  rent: 'Rent',
  repairs: 'Repairs',
  money_advice: 'Money advice',
  getting_online: 'Help getting online',
  tenancy: 'Your tenancy',
  neighbourhood: 'Your neighbourhood',
};
