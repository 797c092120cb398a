/** A venue fact's answer: the icon only repeats the words, so it is hidden from screen readers. */
export type FactAnswer = 'yes' | 'no' | 'unknown';

export const answerOf = (value: boolean | null | undefined): FactAnswer =>
  value === true ? 'yes' : value === false ? 'no' : 'unknown';

export const factValueOf = (answer: FactAnswer): boolean | null =>
  answer === 'yes' ? true : answer === 'no' ? false : null;

export const answerWords: Record<FactAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not checked',
};

const paths: Record<FactAnswer, string> = {
  yes: 'M4 10.5l4 4 8-9',
  no: 'M5 5l10 10M15 5L5 15',
  unknown: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6V12M10 15.5v.5',
};

export function AnswerIcon({ answer }: { answer: FactAnswer }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path
        d={paths[answer]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function Answer({ value }: { value: boolean | null | undefined }) {
  const answer = answerOf(value);
  return (
    <span className="dc-answer">
      <AnswerIcon answer={answer} />
      {answerWords[answer]}
    </span>
  );
}
