import type { ReactNode } from 'react';

/** A centred page with a heading, a sentence and an action: 403, 404, errors, coming-soon. */
export function MessagePage({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <section className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-ink">{title}</h1>
      <p className="mt-4 text-muted">{body}</p>
      {action ? <div className="mt-8">{action}</div> : null}
    </section>
  );
}
