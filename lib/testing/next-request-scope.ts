// Runs code the way Next runs a route handler or a server action: inside a request scope, so
// `cookies()` and `headers()` from next/headers answer from the given request. next-auth's route
// handler and getCurrentActor read the request that way. Next's own storage is used rather than a
// mock, because next-auth loads next/headers with a plain require that a Vitest mock would not reach.
// Needs AsyncLocalStorage on globalThis, as in Next's server (lib/testing/setup.ts provides it).
import { workAsyncStorage, type WorkStore } from 'next/dist/server/app-render/work-async-storage.external';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store';
import type { ImplicitTags } from 'next/dist/server/lib/implicit-tags';
import type { NextRequest } from 'next/server';

export function inRequestScope<T>(request: NextRequest, fn: () => Promise<T>): Promise<T> {
  const { pathname, search } = request.nextUrl;
  // Only what cookies(), headers() and revalidatePath() read of the route's work store: a dynamic route,
  // and a cache object so revalidatePath records its tags (in pendingRevalidatedTags) instead of throwing.
  const workStore = {
    route: pathname,
    page: pathname,
    isStaticGeneration: false,
    forceStatic: false,
    dynamicShouldError: false,
    incrementalCache: {},
  } as unknown as WorkStore;
  const implicitTags = { tags: [], expirationsByCacheKind: new Map() } as unknown as ImplicitTags;
  const requestStore = createRequestStoreForAPI(request, { pathname, search }, implicitTags, undefined, undefined, undefined);
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, fn));
}
