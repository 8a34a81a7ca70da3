/** No valid session: the browser is sent to the sign-in page. */
export class LoginRequiredError extends Error {
  constructor() {
    super('Signing in is required');
  }
}

/** A state-changing form arrived without the token of the session (or of the sign-in page). */
export class CsrfRejectedError extends Error {
  constructor() {
    super('The form token is missing or wrong');
  }
}
