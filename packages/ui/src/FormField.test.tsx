import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormField } from './FormField';

afterEach(cleanup);

describe('FormField', () => {
  it('labels the control and describes it with the hint', () => {
    render(
      <FormField label="Postcode" hint="For example, L36 9GD">
        <input name="postcode" />
      </FormField>,
    );
    const input = screen.getByLabelText('Postcode');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    const description = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(description)?.textContent).toBe('For example, L36 9GD');
  });

  it('marks the control invalid and reads the error with it', () => {
    render(
      <FormField label="Postcode" hint="For example, L36 9GD" error="Enter a real postcode">
        <input name="postcode" aria-describedby="extra" />
      </FormField>,
    );
    const input = screen.getByLabelText('Postcode');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids[0]).toBe('extra');
    expect(ids.map((id) => document.getElementById(id)?.textContent ?? '')).toContain(
      'Error: Enter a real postcode',
    );
  });
});
