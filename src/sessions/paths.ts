/** Signing in and out, in Swedish like the pages. */
export const SIGN_IN_PATH = '/logga-in';
export const SIGN_OUT_PATH = '/logga-ut';
export const SIGN_OUT_EVERYWHERE_PATH = '/logga-ut-overallt';
