/** Only paths on this site, so a crafted link cannot send someone elsewhere after signing in. */
export function safeReturnTo(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) && !value.startsWith('/sign-in') ? value : '/advisor';
}

export const signInPath = (returnTo: string) =>
  `/sign-in?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;

/** Where someone lands after signing in with nowhere else to go: the community team's own pages. */
export const landingFor = (role: string | undefined) =>
  role === 'community' ? '/community' : '/advisor';
