import type { ReactNode } from 'react';

/** One checkbox with its label, a 44px row; `describedBy` points at a section's error. */
export function CheckboxRow({
  id,
  label,
  checked,
  onChange,
  describedBy,
  className,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string | undefined;
  className?: string;
}) {
  return (
    <div className={className ? `ds-checkbox ${className}` : 'ds-checkbox'}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
