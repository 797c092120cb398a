import { FormField } from '@doorstep/ui';
import { errorFor, fieldId } from './problems';
import { RecordSection, type SectionProps, sectionErrorId } from './RecordSection';

/**
 * The tenant's phone and email, checked with them. autocomplete is off on purpose: these are
 * the tenant's details typed on the advisor's phone, and the browser would offer the
 * advisor's own number and address.
 */
export function ContactSection({ draft, update, problems }: SectionProps) {
  const error = errorFor(problems, 'contact');
  return (
    <RecordSection id="contact-section" title="Contact details" error={error}>
      <p>Read these back to the tenant and correct anything that has changed.</p>
      <FormField label="Phone number" hint="Leave empty if they have none.">
        <input
          id={fieldId('contact')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={draft.phone}
          onChange={(event) => update({ phone: event.target.value })}
          aria-describedby={error ? sectionErrorId('contact-section') : undefined}
        />
      </FormField>
      <FormField label="Email address" hint="Leave empty if they have none.">
        <input
          id="lw-email"
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          value={draft.email}
          onChange={(event) => update({ email: event.target.value })}
          aria-describedby={error ? sectionErrorId('contact-section') : undefined}
        />
      </FormField>
    </RecordSection>
  );
}
