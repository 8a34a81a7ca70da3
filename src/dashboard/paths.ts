/** The dashboard's addresses, in Swedish like its pages. */
export const DASHBOARD_PATH = '/dashboard';
export const LOGIN_PATH = '/dashboard/logga-in';
export const LOGOUT_PATH = '/dashboard/logga-ut';
export const STYLESHEET_PATH = '/dashboard/stil.css';
