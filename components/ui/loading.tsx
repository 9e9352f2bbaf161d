/** A polite status line for content still on its way; used as a Suspense fallback. */
export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="py-8 text-center text-muted">
      <span className="me-2 inline-block size-3 animate-pulse rounded-full bg-brand-600 align-middle" aria-hidden="true" />
      {label}
    </p>
  );
}
