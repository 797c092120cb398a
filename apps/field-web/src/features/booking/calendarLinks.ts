/**
 * "Add to calendar" links for Google and Outlook on the web. They carry only the title (the
 * kind of visit), the times and how to reach us: never the purpose or anything about the
 * tenant's needs, since these services are outside our control.
 */
export interface CalendarEvent {
  title: string;
  start: string;
  end: string;
  details: string;
}

const compact = (instant: string) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function googleCalendarUrl(event: CalendarEvent) {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', event.title);
  url.searchParams.set('dates', `${compact(event.start)}/${compact(event.end)}`);
  url.searchParams.set('details', event.details);
  url.searchParams.set('ctz', 'Europe/London');
  return url.toString();
}

export function outlookCalendarUrl(event: CalendarEvent) {
  const url = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  url.searchParams.set('path', '/calendar/action/compose');
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', event.title);
  url.searchParams.set('startdt', new Date(event.start).toISOString());
  url.searchParams.set('enddt', new Date(event.end).toISOString());
  url.searchParams.set('body', event.details);
  return url.toString();
}
