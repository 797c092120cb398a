import { describe, expect, it } from 'vitest';
import { filtersSearch, listInput, parseRoute, readFilters } from './routes';

const id = '0b8c3f5e-2a5d-4d7e-9a51-6f0e0c2b9d11';

describe('public drop-in addresses', () => {
  it.each([
    ['/drop-ins', { page: 'list' }],
    ['/drop-ins/', { page: 'list' }],
    [
      `/drop-ins/sessions/${id}/2026-12-08`,
      { page: 'session', seriesId: id, originalDate: '2026-12-08' },
    ],
    [
      `/drop-ins/sessions/${id.toUpperCase()}/2026-12-08/`,
      { page: 'session', seriesId: id, originalDate: '2026-12-08' },
    ],
    [
      '/drop-ins/posters/stockbridge-village/2026-12',
      { page: 'poster', area: 'stockbridge-village', month: '2026-12' },
    ],
    ['/drop-ins/posters/huyton/2026-13', { page: 'notFound' }],
    ['/drop-ins/posters/Huyton/2026-12', { page: 'notFound' }],
    [`/drop-ins/sessions/${id}/8-12-2026`, { page: 'notFound' }],
    [`/drop-ins/sessions/${id}/2026-12-08/extra`, { page: 'notFound' }],
    ['/drop-ins/venues', { page: 'notFound' }],
    ['/advisor', { page: 'notFound' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('reads filters from the query string, dropping anything malformed', () => {
    const search = new URLSearchParams(
      'area=huyton&from=2026-12-01&to=31/12/2026&need=quietRoom&need=hearingLoop&need=lift&need=hearingLoop',
    );
    expect(readFilters(search)).toEqual({
      area: 'huyton',
      from: '2026-12-01',
      to: null,
      needs: ['hearingLoop', 'quietRoom'],
    });
  });

  it('writes filters and language back so that the link can be shared', () => {
    const filters = {
      area: 'kirkby',
      from: null,
      to: '2027-01-31',
      needs: ['hearingLoop' as const],
    };
    expect(filtersSearch(filters, 'pl')).toBe(
      '?area=kirkby&to=2027-01-31&need=hearingLoop&lang=pl',
    );
    expect(filtersSearch({ area: null, from: null, to: null, needs: [] }, 'en')).toBe('');
    expect(readFilters(new URLSearchParams(filtersSearch(filters, 'en')))).toEqual(filters);
    expect(listInput(filters)).toEqual({
      area: 'kirkby',
      to: '2027-01-31',
      needs: ['hearingLoop'],
    });
  });
});
