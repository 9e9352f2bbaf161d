import { describe, expect, it } from 'vitest';
import { redactBody, renderTemplate } from '@/lib/notify/templates';

describe('the setup-link message', () => {
  const path = `/account/setup/${'A1_-'.repeat(10)}xyz`;

  it('says what it is for, for how long, and carries the link', () => {
    const fa = renderTemplate('account.setup', 'fa', { path, hours: 48 });
    expect(fa).toContain('۴۸ ساعت');
    expect(fa).toContain(path);
    expect(renderTemplate('account.setup', 'en', { path, hours: 48 })).toContain('48 hours');
  });

  it('keeps no working token once delivered or expired', () => {
    const kept = redactBody('account.setup', renderTemplate('account.setup', 'fa', { path, hours: 48 }));
    expect(kept).not.toContain('A1_-');
    expect(kept).toContain('/account/setup/••••••');
  });
});
