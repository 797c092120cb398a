import { Button, ErrorSummary, StatusMessage } from '@doorstep/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTRPC } from '../../../trpc';
import { isNoSignal, loadRecordForm, useOutbox } from '../../appointments/offline';
import { londonToday, longDate } from '../../drop-ins/community/format';
import { AccessNeedsSection } from './AccessNeedsSection';
import { CharacteristicsSection } from './CharacteristicsSection';
import { Confirmation } from './Confirmation';
import { ContactSection } from './ContactSection';
import { type Draft, draftFromForm, inputFromDraft, localProblems, unsavedDrafts } from './draft';
import { HouseholdSection } from './HouseholdSection';
import { MeetingSection } from './MeetingSection';
import { NotesSection } from './NotesSection';
import { PreferencesSection } from './PreferencesSection';
import { type Problem, problemsFromError, summaryOf } from './problems';
import { QueuedRecord } from './QueuedRecord';
import { RepresentativesSection } from './RepresentativesSection';
import { ServicesSection } from './ServicesSection';
import type { MeetingRecordInput, RecordForm } from './types';
import './record.css';

/** The record form's sections, for the contents list; the review ones only when they met. */
const sections = [
  { id: 'meeting-section', title: 'The meeting', always: true },
  { id: 'contact-section', title: 'Contact details' },
  { id: 'household-section', title: 'Household' },
  { id: 'preferences-section', title: 'Language and contact' },
  { id: 'access-needs-section', title: 'Access needs' },
  { id: 'representatives-section', title: 'Representatives' },
  { id: 'characteristics-section', title: 'About the tenant (optional)' },
  { id: 'services-section', title: 'Help with other things' },
  { id: 'notes-section', title: 'Notes', always: true },
];

/**
 * The Living Well meeting record (000 §2.9, §2.11), filled in on a phone in the tenant's
 * home: one page of headed sections the advisor and tenant go through together, saved once
 * at the end. A refused save keeps everything typed and says what to fix, field by field.
 * Without signal it opens from the copy kept on the phone for the day's Living Well visits,
 * and a save is queued on the phone with its idempotency key, sent when there is signal.
 */
export function MeetingRecordPage() {
  const { tenancyId = '' } = useParams();
  const form = useQuery({
    queryKey: ['living-well-record-form', tenancyId],
    queryFn: () => loadRecordForm(tenancyId),
    retry: false,
    staleTime: 0,
    // Offline is when the kept copy matters: read without waiting for signal.
    networkMode: 'always',
  });
  usePageTitle(
    form.data ? `Living Well meeting – ${form.data.data.customer.name}` : 'Living Well meeting',
  );
  if (form.isPending) return <StatusMessage kind="loading">Loading their record…</StatusMessage>;
  if (form.isError) {
    return (
      <>
        <h1>Living Well meeting</h1>
        <StatusMessage kind="error">
          {isNoSignal(form.error)
            ? 'No signal, and this record is not kept on this phone: only the Living Well visits of today and tomorrow are. Open it again when there is signal.'
            : form.error.message}
        </StatusMessage>
        <p>
          <Link to="/advisor">Back to patches</Link>
        </p>
      </>
    );
  }
  return <RecordFormView form={form.data.data} keptAt={form.data.savedAt} />;
}

const keptTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});

function RecordFormView({ form, keptAt }: { form: RecordForm; keptAt: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [now] = useState(() => new Date());
  const [today] = useState(londonToday);
  const tenancyId = form.tenancy.id;
  const [kept, setKept] = useState(() => unsavedDrafts.has(tenancyId));
  const [draft, setDraft] = useState<Draft>(
    () => unsavedDrafts.get(tenancyId) ?? draftFromForm(form, today),
  );
  const [local, setLocal] = useState<Problem[]>([]);
  const outbox = useOutbox();
  const [queued, setQueued] = useState<MeetingRecordInput | null>(null);
  const [queueError, setQueueError] = useState<string | null>(null);
  const save = useMutation(
    trpc.livingWell.record.mutationOptions({
      onSuccess: () => {
        unsavedDrafts.delete(tenancyId);
        return Promise.all([
          queryClient.invalidateQueries(trpc.livingWell.pathFilter()),
          queryClient.invalidateQueries(
            trpc.accessNeeds.profile.queryFilter({ customerId: form.customer.id }),
          ),
        ]);
      },
    }),
  );
  const update = (change: Partial<Draft>) =>
    setDraft((current) => {
      const next = { ...current, ...change };
      unsavedDrafts.set(tenancyId, next);
      return next;
    });
  const problems = local.length > 0 ? local : problemsFromError(save.error);

  /** No signal: the record waits on the phone, with the key it was first sent with. */
  async function keepOnPhone(input: MeetingRecordInput) {
    try {
      await outbox.enqueueMeeting(input);
      unsavedDrafts.delete(tenancyId);
      setQueued(input);
    } catch (cause) {
      setQueueError(cause instanceof Error ? cause.message : 'The record could not be saved.');
    }
  }

  if (queued) {
    return (
      <QueuedRecord
        idempotencyKey={queued.idempotencyKey}
        outcome={queued.outcome}
        form={form}
        onTakeBack={() => {
          unsavedDrafts.set(tenancyId, draft);
          setQueued(null);
          save.reset();
        }}
      />
    );
  }

  if (save.isSuccess && draft.outcome) {
    return (
      <Confirmation
        outcome={draft.outcome}
        nextDueOn={save.data.nextDueOn}
        customerId={form.customer.id}
        customerName={form.customer.name}
        patchId={form.tenancy.patchId}
      />
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = localProblems(draft);
    setLocal(found.map(({ field, text }) => ({ field, text })));
    if (found.length > 0) return;
    setQueueError(null);
    const input = { ...inputFromDraft(draft, form), idempotencyKey: crypto.randomUUID() };
    if (navigator.onLine === false) {
      void keepOnPhone(input);
      return;
    }
    // Lost on the way: queued with the same key, so if the server did take it, it applies once.
    save.mutate(input, {
      onError: (error) => {
        if (isNoSignal(error)) void keepOnPhone(input);
      },
    });
  }

  const met = draft.outcome !== 'no_access' && draft.outcome !== 'declined';
  const shown = sections.filter((section) => met || section.always);
  const props = { draft, update, problems };
  return (
    <>
      <p>
        <Link className="ds-back-link" to={`/advisor/customers/${form.customer.id}`}>
          Back to {form.customer.name}
        </Link>
      </p>
      <ErrorSummary title="There is a problem" errors={summaryOf(problems)} />
      {queueError ? <StatusMessage kind="error">{queueError}</StatusMessage> : null}
      <h1>
        <span className="lw-caption">Living Well meeting</span> {form.customer.name}
      </h1>
      <p className="ds-secondary">
        {form.tenancy.addressLine1}, {form.tenancy.postcode}
        <br />
        Due by {longDate(form.dueOn)}.{' '}
        {form.lastMetOn ? `Last met on ${longDate(form.lastMetOn)}.` : 'No meeting held yet.'}
      </p>
      {keptAt ? (
        <StatusMessage kind="info">
          No signal: this is their record as kept on this phone at{' '}
          {keptTime.format(new Date(keptAt))}. Saving keeps the meeting on the phone until it can be
          sent.
        </StatusMessage>
      ) : null}
      {kept ? (
        <StatusMessage kind="info">
          This is what you entered before leaving the page; it is not saved yet.{' '}
          <button
            type="button"
            className="ds-link-button"
            onClick={() => {
              unsavedDrafts.delete(tenancyId);
              setDraft(draftFromForm(form, today));
              setKept(false);
              document.getElementById('lw-heldOn')?.focus();
            }}
          >
            Start again from their record
          </button>
        </StatusMessage>
      ) : null}
      <nav aria-labelledby="lw-contents-heading" className="lw-contents">
        <h2 id="lw-contents-heading">Sections</h2>
        <ol className="ds-list ds-list--links">
          {shown.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <form
        method="post"
        onSubmit={submit}
        noValidate
        className="lw-record"
        aria-label="Living Well meeting record"
      >
        <MeetingSection {...props} today={today} />
        {met ? (
          <>
            <ContactSection {...props} />
            <HouseholdSection {...props} />
            <PreferencesSection {...props} />
            <AccessNeedsSection {...props} customerId={form.customer.id} />
            <RepresentativesSection
              representatives={form.representatives}
              customerId={form.customer.id}
              now={now}
            />
            <CharacteristicsSection {...props} />
            <ServicesSection {...props} owner={form.referralOwner?.name ?? null} />
          </>
        ) : null}
        <NotesSection {...props} />
        <div className="lw-savebar">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save record'}
          </Button>
          <p className="ds-visually-hidden" aria-live="polite">
            {save.isPending ? 'Saving the record…' : ''}
          </p>
        </div>
      </form>
    </>
  );
}
