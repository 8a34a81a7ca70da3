/** No valid session: the browser is sent to the login page. */
export class LoginRequiredError extends Error {
  constructor() {
    super('A dashboard session is required');
  }
}

/** A state-changing form arrived without the token of the session (or of the login page). */
export class CsrfRejectedError extends Error {
  constructor() {
    super('The form token is missing or wrong');
  }
}
