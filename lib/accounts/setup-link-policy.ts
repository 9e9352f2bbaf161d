// The account-setup link's fixed facts, shared by the link's maker and the outbox's redaction (client-safe).

/** How long a setup link works: two days, long enough for a weekend's first login, short enough not to linger in an inbox. */
export const SETUP_LINK_HOURS = 48;
/** The page a link opens: `/account/setup/<token>`. */
export const SETUP_PATH = '/account/setup/';
