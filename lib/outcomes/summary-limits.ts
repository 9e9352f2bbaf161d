// How long the two public texts of an outcome may be (issue #16), apart from the check itself so that the
// publish form (a client component) can say it without shipping the check to the browser.
/** Visible characters at least (a sentence), code points at most (a few paragraphs). */
export const PUBLIC_SUMMARY_LIMITS = {
  publicOutcome: { min: 40, max: 2000 },
  publicAnswer: { min: 20, max: 2000 },
} as const;

export type PublicSummaryField = keyof typeof PUBLIC_SUMMARY_LIMITS;
