import { DomainError } from '../errors';
import { venueFactLabels } from './labels';
import { requiredVenueFacts, type VenueForPublishing, venueFacts } from './types';
import { joinAnd } from './wording';

/** "hearing loop" mid-sentence, but "BSL" and "Blue Badge" keep their capitals. */
const inSentence = (label: string): string =>
  /^(BSL|Blue Badge)/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);

const missing = (text: string | null): boolean => (text ?? '').trim() === '';

/**
 * Why a venue cannot be published yet (policy 000 §2.9 requires accessible venues): empty
 * when it can. Each entry is a sentence fragment, e.g. "no step-free entrance, which every
 * drop-in venue needs".
 */
export const venuePublishingProblems = (venue: VenueForPublishing): string[] => {
  const problems: string[] = [];
  const unanswered = venueFacts.filter((fact) => venue[fact] === null);
  if (unanswered.length > 0) {
    const labels = unanswered.map((fact) => inSentence(venueFactLabels[fact]));
    problems.push(`nobody has checked yet whether it has: ${joinAnd(labels)}`);
  }
  for (const fact of requiredVenueFacts) {
    if (venue[fact] === false) {
      problems.push(`no ${inSentence(venueFactLabels[fact])}, which every drop-in venue needs`);
    }
  }
  if (missing(venue.busRoutes)) problems.push('bus routes not given (write "none" if no buses)');
  if (missing(venue.nearestStop)) {
    problems.push('nearest bus stop not given (write "none" if there is none nearby)');
  }
  return problems;
};

/** Throws PRECONDITION_FAILED listing every reason the venue cannot be published. */
export const assertVenuePublishable = (venue: VenueForPublishing): void => {
  const problems = venuePublishingProblems(venue);
  if (problems.length > 0) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      `${venue.name} cannot be published: ${problems.join('; ')}.`,
    );
  }
};
