import { FormField } from '@doorstep/ui';
import { CheckboxRow } from './CheckboxRow';
import { REFERRAL_NOTE_MAX } from './draft';
import { referralServices, serviceLabels } from './labels';
import { errorFor, fieldId } from './problems';
import { RecordSection, type SectionProps, sectionErrorId } from './RecordSection';
import type { ReferralService } from './types';

/**
 * The wider services the tenant would like help from (000 §2.9). Each one ticked becomes a
 * referral with an owner when the record is saved; the note tells the owner what is needed.
 */
export function ServicesSection({
  draft,
  update,
  problems,
  owner,
}: SectionProps & { owner: string | null }) {
  const error = errorFor(problems, 'referrals');
  const change = (service: ReferralService, patch: Partial<{ wanted: boolean; note: string }>) =>
    update({
      referrals: { ...draft.referrals, [service]: { ...draft.referrals[service], ...patch } },
    });
  return (
    <RecordSection id="services-section" title="Help with other things" error={error}>
      <fieldset className="ds-fieldset" aria-describedby="lw-services-hint">
        <legend className="ds-fieldset__legend ds-fieldset__legend--medium">
          Would the tenant like help with any of these?
        </legend>
        <p className="ds-field__hint" id="lw-services-hint">
          Each one you tick becomes a referral for {owner ?? 'this patch’s advisor'} to follow up.
        </p>
        {referralServices.map((service, index) => {
          const referral = draft.referrals[service];
          const id = index === 0 ? fieldId('referrals') : `lw-service-${service}`;
          return (
            <div key={service}>
              <CheckboxRow
                id={id}
                label={serviceLabels[service]}
                checked={referral.wanted}
                onChange={(wanted) => change(service, { wanted })}
                describedBy={error ? sectionErrorId('services-section') : undefined}
              />
              {referral.wanted ? (
                <div className="lw-reveal">
                  <FormField
                    label={`What they need with ${serviceLabels[service].toLowerCase()} (optional)`}
                  >
                    <textarea
                      id={`lw-service-${service}-note`}
                      className="ds-textarea lw-textarea--short"
                      rows={2}
                      maxLength={REFERRAL_NOTE_MAX}
                      value={referral.note}
                      onChange={(event) => change(service, { note: event.target.value })}
                    />
                  </FormField>
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    </RecordSection>
  );
}
