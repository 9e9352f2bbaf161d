import { describe, expect, it } from 'vitest';
import { consumePublicLimit } from './public-limits';

describe('public form limits', () => {
  it('allow 10 submissions an hour per client, then answer RATE_LIMITED', async () => {
    for (let i = 0; i < 10; i++) await consumePublicLimit('submit', 'client-a');
    await expect(consumePublicLimit('submit', 'client-a')).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    await expect(consumePublicLimit('submit', 'client-b')).resolves.toBeUndefined();
  });

  it('allow 20 tracking lookups per 10 minutes per client', async () => {
    for (let i = 0; i < 20; i++) await consumePublicLimit('track', 'client-c');
    await expect(consumePublicLimit('track', 'client-c')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
