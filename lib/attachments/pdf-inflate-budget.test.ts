import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { PDFContext, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { deflatedWithZeros, pdfBomb } from './pdf-fixtures';
import { DEFAULT_STREAM_LIMIT, inflateBudgetInstalled, isInflateBudgetExceeded, withInflateBudget } from './pdf-inflate-budget';

const MB = 1024 * 1024;
const context = PDFContext.create();
const flate = (data: Uint8Array) => PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), data);
const inflate = (data: Uint8Array) => decodePDFRawStream(flate(data)).decode();
const budgetError = (error: unknown) => isInflateBudgetExceeded(error);

describe('the inflate budget', () => {
  it("patches the decoder of the pdf-lib the app imports, which is the cjs build Node's require loads (as Next does with serverExternalPackages)", () => {
    expect(inflateBudgetInstalled()).toBe(true);
    const flag = Symbol.for('sajam.pdf-lib.inflate-budget');
    const decoder = Object.getPrototypeOf(Object.getPrototypeOf(decodePDFRawStream(flate(deflateSync(Buffer.alloc(1))))));
    expect(Object.hasOwn(decoder, flag)).toBe(true);

    const require = createRequire(import.meta.url);
    const cjs = require('pdf-lib/cjs/core/streams/DecodeStream.js') as { default: { prototype: object } };
    expect(cjs.default.prototype).toBe(decoder);
    expect((require('pdf-lib') as { PDFDocument: unknown }).PDFDocument).toBe(PDFDocument);
  });

  it('stops a stream that inflates past the budget, and counts every stream of the call', async () => {
    const small = deflateSync(Buffer.alloc(600 * 1024));
    await expect(withInflateBudget(MB, () => inflate(small).length)).resolves.toBe(600 * 1024);
    // 600 KB fill a 1 MB buffer (pdf-lib grows its buffers in powers of two): two such streams do not fit in 1.5 MB.
    await expect(withInflateBudget(1.5 * MB, () => [inflate(small), inflate(small)])).rejects.toSatisfy(budgetError);
    await expect(withInflateBudget(MB, () => inflate(deflatedWithZeros(new Uint8Array(), 16 * MB)))).rejects.toSatisfy(budgetError);
    // A budget follows the call through awaits and timers, and a nested budget also charges the enclosing one.
    await expect(
      withInflateBudget(1.5 * MB, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        await withInflateBudget(10 * MB, () => inflate(small));
        return inflate(small);
      }),
    ).rejects.toSatisfy(budgetError);
  });

  it('outside a budget, stops a single stream at the default limit', () => {
    expect(DEFAULT_STREAM_LIMIT).toBe(64 * MB);
    expect(() => inflate(deflatedWithZeros(new Uint8Array(), 65 * MB))).toThrow(expect.objectContaining({ name: 'InflateBudgetExceeded' }));
  });

  it('reports a spent budget even where pdf-lib catches the error and carries on parsing', async () => {
    const bomb = pdfBomb('object stream', 100 * MB);
    const started = performance.now();
    await expect(withInflateBudget(8 * MB, () => PDFDocument.load(bomb, { updateMetadata: false }))).rejects.toSatisfy(budgetError);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
