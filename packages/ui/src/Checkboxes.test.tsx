import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checkboxes } from './Checkboxes';

afterEach(cleanup);

const options = [
  { value: 'rent', label: 'Rent' },
  { value: 'repairs', label: 'Repairs' },
];

describe('Checkboxes', () => {
  it('groups the choices under the legend and ticks what is chosen', () => {
    render(
      <Checkboxes legend="Topics" options={options} value={['repairs']} onChange={() => {}} />,
    );
    expect(screen.getByRole('group', { name: 'Topics' })).toBeTruthy();
    expect((screen.getByLabelText('Rent') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Repairs') as HTMLInputElement).checked).toBe(true);
  });

  it('adds and removes a choice', () => {
    const onChange = vi.fn();
    render(
      <Checkboxes legend="Topics" options={options} value={['repairs']} onChange={onChange} />,
    );
    fireEvent.click(screen.getByLabelText('Rent'));
    expect(onChange).toHaveBeenLastCalledWith(['repairs', 'rent']);
    fireEvent.click(screen.getByLabelText('Repairs'));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('reads the error with the group and gives the first box the summary’s id', () => {
    render(
      <Checkboxes
        legend="Topics"
        options={options}
        value={[]}
        onChange={() => {}}
        error="Choose at least one topic"
        firstId="topics"
      />,
    );
    const group = screen.getByRole('group', { name: 'Topics' });
    const described = group.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(described)?.textContent).toBe(
      'Error: Choose at least one topic',
    );
    expect(document.getElementById('topics')).toBe(screen.getByLabelText('Rent'));
  });
});
