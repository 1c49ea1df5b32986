/** An error with a code a view can branch on and a sentence it shows (describe-error.ts reads both). */
export class RegistrationError extends Error {
  constructor(
    readonly code:
      | 'refused'
      | 'nothing-to-register'
      | 'no-such-job'
      | 'not-now'
      | 'registration-off'
      /** The job would pass the storage budget for unfinished jobs (storage-budget.ts). */
      | 'storage-full'
      /** The browser refused to store the job: it did not start. */
      | 'not-stored'
      /** The same people are already on their way to the same event in another job. */
      | 'already-running',
    message: string,
  ) {
    super(message);
  }
}

/** The sentence for an event without registration, whichever provider says so. */
export const registrationOffError = (kind: 'meeting' | 'webinar') =>
  new RegistrationError('registration-off', `Registration is not turned on for this ${kind}.`);
