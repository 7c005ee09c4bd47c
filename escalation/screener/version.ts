/** Screener version, stored with every result; bump the minor when rules change. */
export const SCREENER_VERSION = '1.11.0';
