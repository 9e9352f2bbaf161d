import { AsyncLocalStorage } from 'node:async_hooks';
import { PDFContext, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

/**
 * An inflate budget for pdf-lib, against decompression bombs.
 *
 * pdf-lib decodes streams (Flate, LZW, ASCII85, ASCIIHex, RunLength) in pure JavaScript, in
 * subclasses of its `DecodeStream`, with no limit: a 2 MB upload whose object stream inflates to
 * 2 GB blocks the event loop for half a minute and takes gigabytes of memory. Every decoded byte is
 * written into `this.buffer` after `DecodeStream.prototype.ensureBuffer` has grown it, so that one
 * method is wrapped: before a buffer grows, its growth is charged to the budget of the current
 * call (`withInflateBudget`, kept in an AsyncLocalStorage so it follows the call through pdf-lib's
 * awaits and timers), and once the budget is spent the growth throws `InflateBudgetExceeded`
 * instead of allocating. Outside any budget a single stream may still not grow past
 * `DEFAULT_STREAM_LIMIT`.
 *
 * The prototype patched is found through pdf-lib's public API (the prototype chain of the stream
 * `decodePDFRawStream` returns), so it is always the one the `pdf-lib` imported here decodes with,
 * whichever build a bundler or Node resolved (Vitest and Next, where pdf-lib is in
 * `serverExternalPackages`, both load its cjs build with Node's `require`). The patch is applied once
 * per prototype (flagged with a `Symbol.for` key, which also holds the shared state, so a module
 * evaluated twice, as after a hot reload, reuses it) and fails closed: if pdf-lib's internals ever
 * change so that it cannot be applied, `withInflateBudget` throws and no PDF is decoded.
 */

/** Thrown when a call's streams inflate past its budget (or one stream past the default limit); recognised by its name. */
export class InflateBudgetExceeded extends Error {
  override readonly name = 'InflateBudgetExceeded';
  constructor(
    readonly limit: number,
    options?: ErrorOptions,
  ) {
    super(`PDF streams inflate to more than ${limit} bytes`, options);
  }
}

/** Whether an error is (or was caused by) a spent inflate budget, whichever copy of this module threw it. */
export function isInflateBudgetExceeded(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) if (e.name === 'InflateBudgetExceeded') return true;
  return false;
}

/** The most one stream may inflate to outside `withInflateBudget` (pdf-lib's buffers grow in powers of two). */
export const DEFAULT_STREAM_LIMIT = 64 * 1024 * 1024;

type Budget = { readonly limit: number; used: number; exceeded: boolean; readonly parent: Budget | undefined };
type Patch = { readonly storage: AsyncLocalStorage<Budget> };
type DecodeStreamLike = { buffer: Uint8Array; minBufferLength: number; ensureBuffer(requested: number): Uint8Array };
type DecodeStreamPrototype = DecodeStreamLike & { [PATCH]?: Patch };

const PATCH = Symbol.for('sajam.pdf-lib.inflate-budget');

/** The prototype that owns `ensureBuffer` for pdf-lib's Flate decoder (all its decoders share it). */
function decodeStreamPrototype(): DecodeStreamPrototype {
  // zlib's encoding of no bytes at all: FlateStream reads the two header bytes when it is made.
  const empty = PDFRawStream.of(PDFContext.create().obj({ Filter: 'FlateDecode' }), new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]));
  for (let proto: unknown = Object.getPrototypeOf(decodePDFRawStream(empty)); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    if (Object.hasOwn(proto, 'ensureBuffer') && Object.hasOwn(proto, 'readBlock')) return proto as DecodeStreamPrototype;
  }
  throw new Error("pdf-lib's DecodeStream.prototype.ensureBuffer was not found: the inflate budget cannot be installed");
}

function install(): Patch {
  const proto = decodeStreamPrototype();
  const installed = proto[PATCH];
  if (installed) return installed;

  const patch: Patch = { storage: new AsyncLocalStorage<Budget>() };
  const ensureBuffer = proto.ensureBuffer;
  proto.ensureBuffer = function (this: DecodeStreamLike, requested: number): Uint8Array {
    const held = this.buffer.byteLength;
    if (requested > held) {
      // The size pdf-lib is about to allocate: the first power of two from minBufferLength that holds `requested`.
      let size = Math.max(this.minBufferLength, 1);
      while (size < requested) size *= 2;
      charge(patch.storage.getStore(), size - held, size);
    }
    return ensureBuffer.call(this, requested);
  };
  Object.defineProperty(proto, PATCH, { value: patch });
  return patch;
}

function charge(budget: Budget | undefined, growth: number, size: number): void {
  if (!budget) {
    if (size > DEFAULT_STREAM_LIMIT) throw new InflateBudgetExceeded(DEFAULT_STREAM_LIMIT);
    return;
  }
  for (let b: Budget | undefined = budget; b; b = b.parent) {
    if (b.exceeded || b.used + growth > b.limit) {
      b.exceeded = true;
      throw new InflateBudgetExceeded(b.limit);
    }
  }
  for (let b: Budget | undefined = budget; b; b = b.parent) b.used += growth;
}

let patch: Patch | Error;
try {
  patch = install();
} catch (error) {
  patch = error instanceof Error ? error : new Error(String(error));
}

/** Whether pdf-lib's decoder is patched (`withInflateBudget` throws if not). */
export function inflateBudgetInstalled(): boolean {
  return !(patch instanceof Error);
}

/**
 * Runs `run` with a budget of `limit` bytes for everything pdf-lib inflates during it (nested
 * budgets also charge the enclosing one). Once spent, the growing decoder throws
 * `InflateBudgetExceeded`, and so does this function when `run` settles, even if pdf-lib caught the
 * error (it keeps an object it fails to parse as an invalid object and carries on), so a bomb never
 * passes for a smaller file.
 */
export async function withInflateBudget<T>(limit: number, run: () => Promise<T> | T): Promise<T> {
  if (patch instanceof Error) throw patch;
  const { storage } = patch;
  const budget: Budget = { limit, used: 0, exceeded: false, parent: storage.getStore() };
  let result: T;
  try {
    result = await storage.run(budget, run);
  } catch (error) {
    if (budget.exceeded && !isInflateBudgetExceeded(error)) throw new InflateBudgetExceeded(limit, { cause: error });
    throw error;
  }
  if (budget.exceeded) throw new InflateBudgetExceeded(limit);
  return result;
}
