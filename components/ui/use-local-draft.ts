'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Fields a draft never holds: one-time tokens, the honeypot, and React's own action fields. */
const NEVER = /^(\$|submissionToken$|website$|replyToken$)/;

/**
 * Keeps a form's typed values on this device (localStorage) while the person writes, so a dropped
 * connection or a closed tab loses nothing (issue #12). Nothing of it leaves the device: it is read back
 * into the form, never sent. Files are not kept (a browser cannot put them back). Returns the saved
 * values found when the page opened (to refill the form once), whether a draft exists, and `clear`.
 */
export function useLocalDraft(formRef: RefObject<HTMLFormElement | null>, key: string, { done }: { done: boolean }) {
  const [restored, setRestored] = useState<Record<string, string> | null>(null);
  const [saved, setSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      if (raw) {
        // Read once from the device after hydration (the server cannot know it).
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setRestored(JSON.parse(raw) as Record<string, string>);
        setSaved(true);
      }
    } catch {
      // Storage off (private mode) or a broken entry: no draft.
    }
  }, [key]);

  const clear = useCallback(() => {
    window.localStorage.removeItem(key);
    setSaved(false);
    setRestored(null);
  }, [key]);

  // Sent: the draft goes (the storage is the outside system here; the state follows from `done`).
  useEffect(() => {
    if (done) window.localStorage.removeItem(key);
  }, [done, key]);

  useEffect(() => {
    const form = formRef.current;
    if (!form || done) return;
    const save = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const values: Record<string, string> = {};
        for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '' && !NEVER.test(name)) values[name] = value;
        try {
          if (Object.keys(values).some((name) => name !== 'kind')) {
            window.localStorage.setItem(key, JSON.stringify(values));
            setSaved(true);
          }
        } catch {
          // Storage full or off: the form still works, it only keeps no draft.
        }
      }, 400);
    };
    form.addEventListener('input', save);
    form.addEventListener('change', save);
    return () => {
      form.removeEventListener('input', save);
      form.removeEventListener('change', save);
      clearTimeout(timer.current);
    };
  }, [formRef, key, done, restored]);

  return { restored, saved: saved && !done, clear };
}
