import { describe, expect, it } from 'vitest';
import { dropInTopicLabels, venueFactLabels } from './labels';
import { dropInTopics, venueFacts } from './types';

describe('labels', () => {
  it('gives every fact and topic a distinct English label', () => {
    expect(new Set(venueFacts.map((fact) => venueFactLabels[fact])).size).toBe(venueFacts.length);
    expect(new Set(dropInTopics.map((topic) => dropInTopicLabels[topic])).size).toBe(
      dropInTopics.length,
    );
    expect(dropInTopicLabels.getting_online).toBe('Help getting online');
    expect(venueFactLabels.hearingLoop).toBe('Hearing loop');
  });
});
