/** The name of the hidden form field that carries the CSRF token, in every form. */
export const CSRF_FIELD = 'csrfToken';
