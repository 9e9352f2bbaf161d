import type { ActionState } from '@/lib/actions/action-state';

/** How far an upload has gone: bytes sent of the body's total, then 'processing' until the answer. */
export type UploadProgress = { sent: number; total: number } | 'processing';

/** Why an upload gave no answer from the action. */
export type UploadFailure = 'cancelled' | 'failed';

/**
 * Posts a form to a form action route (lib/http/form-action-route.ts) with XMLHttpRequest, whose upload
 * events are the only way a browser tells how much of a body has left (fetch has none). Resolves with the
 * action's ActionState (a refusal with status 4xx carries one too), or with 'cancelled' / 'failed' when
 * the request was aborted or the connection dropped, or the answer was not the action's.
 */
export function sendWithProgress<T>(
  url: string,
  formData: FormData,
  { onProgress, signal }: { onProgress: (progress: UploadProgress) => void; signal: AbortSignal },
): Promise<ActionState<T> | UploadFailure> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress({ sent: e.loaded, total: e.total });
    xhr.upload.onload = () => onProgress('processing');
    xhr.onload = () => {
      const body = xhr.response as (ActionState<T> & { error?: string }) | null;
      if (body && typeof body === 'object' && typeof body.ok === 'boolean') resolve(body);
      // The server's guard refused the request before the action (a body too large, …): its Persian
      // message says why; sending again would not help, so it is not "the connection dropped".
      else if (body && typeof body === 'object' && typeof body.message === 'string') resolve({ ok: false, message: body.message });
      else resolve('failed');
    };
    xhr.onerror = () => resolve('failed');
    xhr.ontimeout = () => resolve('failed');
    xhr.onabort = () => resolve('cancelled');
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(formData);
  });
}

/** Whether a form carries at least one chosen file (an empty file input still sends a nameless, empty File). */
export function carriesFiles(formData: FormData): boolean {
  for (const value of formData.values()) if (typeof value !== 'string' && value.size > 0) return true;
  return false;
}
