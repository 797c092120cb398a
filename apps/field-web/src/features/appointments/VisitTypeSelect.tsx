import type { ChangeEvent } from 'react';
import { visitTypeOptions } from './visitTypes';

export type VisitType = (typeof visitTypeOptions)[number]['value'];

/** Every kind of visit by its proper name; nothing chosen until someone chooses. */
export function VisitTypeSelect(props: {
  id: string;
  value: VisitType | '';
  onChange: (value: VisitType | '') => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { value, onChange, ...rest } = props;
  return (
    <select
      {...rest}
      value={value}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value as VisitType | '')}
    >
      <option value="">Choose a type of visit</option>
      {visitTypeOptions.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
