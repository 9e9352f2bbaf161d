'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { NextStep } from '@/lib/workflow/next-steps';

/**
 * What the page around the report form knows about the report about to be sent: whether a member sends
 * it (their account keeps it, so the code is not their only key) and the steps it will go through. The
 * tracking-code panel reads it after submitting; a context, so that the form itself needs no new props.
 */
export type ReportDone = { member: boolean; nextSteps: readonly NextStep[] };

const ReportDoneContext = createContext<ReportDone>({ member: false, nextSteps: [] });

export function ReportDoneProvider({ value, children }: { value: ReportDone; children: ReactNode }) {
  return <ReportDoneContext value={value}>{children}</ReportDoneContext>;
}

export function useReportDone(): ReportDone {
  return useContext(ReportDoneContext);
}
