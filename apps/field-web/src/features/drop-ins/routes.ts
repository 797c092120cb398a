import { type VenueFact, venueFacts } from '@doorstep/domain';

/** The three public pages, read from the address: no router library for three shapes. */
export type Route =
  | { page: 'list' }
  | { page: 'session'; seriesId: string; originalDate: string }
  | { page: 'poster'; area: string; month: string }
  | { page: 'notFound' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID = /^[0-9a-f-]{36}$/i;

export function parseRoute(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  if (parts[0] !== 'drop-ins') return { page: 'notFound' };
  const [, kind, first = '', second = '', ...rest] = parts;
  if (kind === undefined) return { page: 'list' };
  if (rest.length > 0) return { page: 'notFound' };
  if (kind === 'sessions' && ID.test(first) && DATE.test(second))
    return { page: 'session', seriesId: first.toLowerCase(), originalDate: second };
  if (kind === 'posters' && SLUG.test(first) && MONTH.test(second))
    return { page: 'poster', area: first, month: second };
  return { page: 'notFound' };
}

export const LIST_PATH = '/drop-ins';
export const sessionPath = (session: { seriesId: string; originalDate: string }) =>
  `/drop-ins/sessions/${encodeURIComponent(session.seriesId)}/${session.originalDate}`;
export const posterPath = (area: string, month: string) =>
  `/drop-ins/posters/${encodeURIComponent(area)}/${month}`;
export const sessionIcsPath = (session: { seriesId: string; originalDate: string }) =>
  `/ics/drop-ins/sessions/${encodeURIComponent(session.seriesId)}/${session.originalDate}.ics`;

/** The list's filters, kept in the query string so that a filtered list can be shared. */
export interface Filters {
  area: string | null;
  from: string | null;
  to: string | null;
  needs: VenueFact[];
}

export const noFilters: Filters = { area: null, from: null, to: null, needs: [] };

/** Anything malformed in a shared or hand-edited address is dropped rather than refused. */
export function readFilters(search: URLSearchParams): Filters {
  const valid = (value: string | null, pattern: RegExp) =>
    value !== null && pattern.test(value) ? value : null;
  const needs = new Set(search.getAll('need'));
  return {
    area: valid(search.get('area'), SLUG),
    from: valid(search.get('from'), DATE),
    to: valid(search.get('to'), DATE),
    needs: venueFacts.filter((fact) => needs.has(fact)),
  };
}

/** `?area=…&from=…&to=…&need=…&lang=…`, leaving out what is not set and English. */
export function filtersSearch(filters: Filters, lang: string) {
  const search = new URLSearchParams();
  if (filters.area) search.set('area', filters.area);
  if (filters.from) search.set('from', filters.from);
  if (filters.to) search.set('to', filters.to);
  for (const need of filters.needs) search.append('need', need);
  if (lang !== 'en') search.set('lang', lang);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A path in the page's language: links carry `?lang=` so a copied address opens the same. */
export function inLanguage(path: string, lang: string) {
  return lang === 'en' ? path : `${path}?lang=${encodeURIComponent(lang)}`;
}

/** What `dropIns.public.list` is asked for. */
export function listInput(filters: Filters) {
  return {
    ...(filters.area ? { area: filters.area } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.needs.length > 0 ? { needs: filters.needs } : {}),
  };
}
