import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { type ComponentType, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CharacteristicsSection } from './CharacteristicsSection';
import { type Draft, draftFromForm } from './draft';
import { HouseholdSection } from './HouseholdSection';
import { NotesSection } from './NotesSection';
import type { SectionProps } from './RecordSection';
import { testForm } from './testForm';

afterEach(cleanup);

const form = { ...testForm, characteristics: [] };

/** One section with the draft held as the page holds it. */
function renderSection(Section: ComponentType<SectionProps>) {
  let latest: Draft | undefined;
  function Harness() {
    const [draft, setDraft] = useState(() => draftFromForm(form, '2026-03-02'));
    latest = draft;
    return (
      <Section
        draft={draft}
        update={(change) => setDraft((d) => ({ ...d, ...change }))}
        problems={[]}
      />
    );
  }
  render(<Harness />);
  return () => latest;
}

describe('the household section', () => {
  it('moves focus to a new person, and back to "Add a person" when one is removed', () => {
    const draft = renderSection(HouseholdSection);
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    const second = screen.getByRole('group', { name: 'Person 2' });
    expect(document.activeElement).toBe(within(second).getByLabelText('Name'));
    expect(screen.getByText('Person 2 added.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove person 1' }));
    expect(draft()?.household.map((p) => p.name)).toEqual(['']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a person' }));
    expect(screen.getByText('Person 1 removed. 1 person listed.')).toBeTruthy();
  });
});

describe('the protected characteristics section', () => {
  it('asks nothing until the tenant agrees, then offers "Prefer not to say" with every question', () => {
    const draft = renderSection(CharacteristicsSection);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    fireEvent.click(screen.getByRole('checkbox', { name: /recording this\W+sex$/ }));
    const answer = screen.getByRole('group', { name: /Their answer\W+sex$/ });
    fireEvent.click(within(answer).getByRole('radio', { name: 'Prefer not to say' }));
    expect(draft()?.characteristics.sex).toEqual({ consent: true, value: 'prefer_not_to_say' });
    expect(screen.getByText(/check our services are fair/)).toBeTruthy();
  });
});

describe('the notes section', () => {
  it('counts the characters left, and says when there are too many', () => {
    renderSection(NotesSection);
    const notes = screen.getByLabelText('Anything else from the meeting');
    act(() => {
      fireEvent.change(notes, { target: { value: 'x'.repeat(1990) } });
    });
    expect(screen.getAllByText('You have 10 characters remaining')).not.toHaveLength(0);
    act(() => {
      fireEvent.change(notes, { target: { value: 'x'.repeat(2003) } });
    });
    expect(screen.getAllByText('You have 3 characters too many')).not.toHaveLength(0);
  });
});
