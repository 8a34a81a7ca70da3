/** The dashboard's addresses, in Swedish like its pages. */
export const DASHBOARD_PATH = '/dashboard';
export const STYLESHEET_PATH = '/dashboard/stil.css';
