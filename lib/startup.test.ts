import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from '@/instrumentation';

describe('server startup', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.STORAGE_DRIVER;
    delete process.env.NEXT_RUNTIME;
  });

  it('refuses to start with a broken configuration, naming what is missing', async () => {
    process.env.NEXT_RUNTIME = 'nodejs';
    process.env.STORAGE_DRIVER = 's3';
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(register()).rejects.toThrow('exit 1');
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed.mock.calls.flat().join('\n')).toMatch(/will not start[\s\S]*STORAGE_DRIVER=s3 needs S3_ENDPOINT/);
  });
});
