import { Button, FormField, StatusMessage } from '@doorstep/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useTRPC } from '../../trpc';
import { landingFor, safeReturnTo } from './returnTo';

type FieldErrors = { email?: string | undefined; password?: string | undefined };

/**
 * A plain form with the autocomplete hints password managers look for. Problems are listed
 * in an error summary that takes focus, each linked to its field (GOV.UK pattern).
 */
export function SignInPage() {
  usePageTitle('Sign in');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const options = useQuery(trpc.auth.options.queryOptions());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async () => {
        const me = await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
        const asked = params.get('returnTo');
        void navigate(asked ? returnTo : landingFor(me?.role), { replace: true });
      },
      onError: (error) => {
        const fieldErrors = error instanceof TRPCClientError ? error.data?.fieldErrors : null;
        setErrors({ email: fieldErrors?.email?.[0], password: fieldErrors?.password?.[0] });
        setProblem(fieldErrors ? null : error.message);
      },
    }),
  );

  const hasErrors = Boolean(problem || errors.email || errors.password);
  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [hasErrors]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing: FieldErrors = {
      email: email ? undefined : 'Enter your email address',
      password: password ? undefined : 'Enter your password',
    };
    setProblem(null);
    setErrors(missing);
    if (missing.email || missing.password) return;
    signIn.mutate({ email, password });
  }

  return (
    <>
      {hasErrors ? (
        <div
          className="ds-error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="error-summary-title"
        >
          <h2 id="error-summary-title">There is a problem</h2>
          <ul>
            {problem ? <li>{problem}</li> : null}
            {errors.email ? (
              <li>
                <a href="#email">{errors.email}</a>
              </li>
            ) : null}
            {errors.password ? (
              <li>
                <a href="#password">{errors.password}</a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <h1>Sign in to Doorstep</h1>
      {params.get('signedOut') ? (
        <StatusMessage kind="info">You have signed out.</StatusMessage>
      ) : null}
      {params.get('returnTo') && !params.get('signedOut') ? (
        <p>Your session has ended or you need to sign in to see that page.</p>
      ) : null}
      <form method="post" action="/sign-in" onSubmit={submit} noValidate>
        <FormField label="Email address" error={errors.email}>
          <input id="email" name="email" type="email" autoComplete="username" spellCheck={false} />
        </FormField>
        <FormField label="Password" error={errors.password}>
          <input id="password" name="password" type="password" autoComplete="current-password" />
        </FormField>
        <Button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {options.data?.singleSignOn ? (
        <p className="ds-sign-in-sso">
          <a
            className="ds-button ds-button--secondary"
            href={`/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`}
          >
            Sign in with your organisation account
          </a>
        </p>
      ) : null}
    </>
  );
}
