import { Button, StatusMessage, TableRegion } from '@doorstep/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../trpc';
import { describeTime } from '../appointments/visitTypes';
import { describeHow, describeStatus, words } from './describe';

/** The letter as posted; the API checks the session and the patch again. */
export const letterUrl = (noticeId: string) => `/notices/${noticeId}/letter.pdf`;

/**
 * Every notice for one customer and copies to their representatives, newest first, with
 * what each says: the email and text, and the letter itself as a PDF.
 */
export function CustomerNotices({ customerId }: { customerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notices.forCustomer.queryOptions({ customerId }, { staleTime: 0 }));
  // An invitation or a booking made on this page queues notices: show them once it succeeds.
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') {
          const queryKey = trpc.notices.forCustomer.queryKey({ customerId });
          void queryClient.invalidateQueries({ queryKey });
        }
      }),
    [queryClient, trpc, customerId],
  );
  const [previewId, setPreviewId] = useState<string | null>(null);
  const previewed = list.data?.find((n) => n.id === previewId);

  return (
    <section aria-labelledby="customer-notices-heading">
      <h2 id="customer-notices-heading">Notices</h2>
      {list.isPending ? <StatusMessage kind="loading">Loading notices…</StatusMessage> : null}
      {list.isError ? <StatusMessage kind="error">{list.error.message}</StatusMessage> : null}
      {list.data && list.data.length === 0 ? <p>Nothing has been sent to them yet.</p> : null}
      {list.data && list.data.length > 0 ? (
        <TableRegion captionId="customer-notices-caption">
          <caption id="customer-notices-caption">
            Notices for this customer, newest first ({list.data.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">How</th>
              <th scope="col">Status</th>
              <th scope="col">When</th>
              <th scope="col">See it</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((notice) => (
              <tr key={notice.id}>
                <th scope="row">
                  {words(notice.kind)}
                  {notice.representativeName
                    ? `, copy to ${notice.representativeName} (representative)`
                    : ''}
                </th>
                <td>{describeHow(notice)}</td>
                <td>
                  {notice.status === 'failed' ? (
                    <strong>{describeStatus(notice)}</strong>
                  ) : (
                    describeStatus(notice)
                  )}
                  {notice.problem ? (
                    <p className="ds-warning">
                      {notice.status === 'failed' ? 'Problem: ' : 'Last problem: '}
                      {notice.problem}
                    </p>
                  ) : null}
                </td>
                <td>Queued {describeTime(notice.createdAt)}</td>
                <td>
                  <Button
                    variant="secondary"
                    aria-expanded={previewId === notice.id}
                    aria-controls={previewId === notice.id ? 'notice-preview' : undefined}
                    onClick={() => setPreviewId(previewId === notice.id ? null : notice.id)}
                  >
                    {previewId === notice.id ? 'Hide preview' : 'Preview'}
                    <span className="ds-visually-hidden"> of the {words(notice.kind)}</span>
                  </Button>
                  {notice.channel === 'post' ? (
                    <p>
                      <a href={letterUrl(notice.id)} target="_blank" rel="noopener">
                        Letter PDF (opens in a new tab)
                        <span className="ds-visually-hidden"> for the {words(notice.kind)}</span>
                      </a>
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : null}
      {previewed ? (
        <NoticePreview
          noticeId={previewed.id}
          kind={previewed.kind}
          isLetter={previewed.channel === 'post'}
        />
      ) : null}
    </section>
  );
}

function NoticePreview({
  noticeId,
  kind,
  isLetter,
}: {
  noticeId: string;
  kind: string;
  isLetter: boolean;
}) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.notices.preview.queryOptions({ noticeId }));
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to what was asked for, so keyboard and screen reader users land on it.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section id="notice-preview" aria-labelledby="notice-preview-heading">
      <h3 id="notice-preview-heading" ref={heading} tabIndex={-1}>
        Preview of the {words(kind)}
      </h3>
      {preview.isPending ? (
        <StatusMessage kind="loading">Loading the preview…</StatusMessage>
      ) : null}
      {preview.isError ? <StatusMessage kind="error">{preview.error.message}</StatusMessage> : null}
      {preview.data ? (
        <div lang={preview.data.language} dir={preview.data.direction}>
          {preview.data.fellBackToEnglish ? (
            <p className="ds-warning" lang="en" dir="ltr">
              There is no template in their language: this is the English text.
            </p>
          ) : null}
          {preview.data.needsTranslatorReview ? (
            <p className="ds-warning" lang="en" dir="ltr">
              This translation still needs review by a qualified translator.
            </p>
          ) : null}
          <h4 lang="en" dir="ltr">
            Email
          </h4>
          <p>
            <strong lang="en">Subject: </strong>
            {preview.data.email.subject}
          </p>
          <div
            className="ds-preview-text"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {preview.data.email.text}
          </div>
          <h4 lang="en" dir="ltr">
            Text message ({preview.data.sms.segments}{' '}
            {preview.data.sms.segments === 1 ? 'segment' : 'segments'})
          </h4>
          <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {preview.data.sms.text}
          </div>
          {isLetter ? (
            <p lang="en" dir="ltr">
              <a href={letterUrl(noticeId)} target="_blank" rel="noopener">
                Open the letter as posted, a PDF (opens in a new tab)
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
