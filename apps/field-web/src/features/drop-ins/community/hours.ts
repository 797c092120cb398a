import { type VenueOpeningHours, type Weekday, weekdays } from '@doorstep/domain';

export const weekdayNames: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** "Monday 09:00 to 17:00; Tuesday closed; …", for the summary and the edit history. */
export function describeHours(hours: VenueOpeningHours | null | undefined): string[] {
  return weekdays.map((day) => {
    const spans = hours?.[day] ?? [];
    return `${weekdayNames[day]}: ${
      spans.length === 0 ? 'closed' : spans.map((s) => `${s.opens} to ${s.closes}`).join(', ')
    }`;
  });
}
