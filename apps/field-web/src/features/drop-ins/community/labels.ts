import { dropInTopicLabels, type VenueFact, venueFactLabels } from '@doorstep/domain';

/** The words for each venue field in the edit history; facts use the domain's own labels. */
const fieldLabels: Record<string, string> = {
  name: 'Name',
  area: 'Area',
  addressLine1: 'Address',
  town: 'Town',
  postcode: 'Postcode',
  latitude: 'Latitude',
  longitude: 'Longitude',
  openingNotes: 'Opening notes',
  busRoutes: 'Bus routes',
  nearestStop: 'Nearest stop',
  openingHours: 'Opening hours',
};

/** The fact a history entry is about, whether it is named "hearingLoop" or "facts.hearingLoop". */
export function factOf(field: string): VenueFact | null {
  const fact = field.replace(/^facts\./, '');
  return fact in venueFactLabels ? (fact as VenueFact) : null;
}

export function fieldLabel(field: string): string {
  const fact = factOf(field);
  return fact ? venueFactLabels[fact] : (fieldLabels[field] ?? field);
}

export const topicLabel = (topic: string) =>
  topic in dropInTopicLabels ? dropInTopicLabels[topic as keyof typeof dropInTopicLabels] : topic;

export const clashRuleLabels = {
  skip: 'Skip it',
  next_working_day: 'Move it to the next working day',
} as const;
