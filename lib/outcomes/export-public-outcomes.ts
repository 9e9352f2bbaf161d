import 'server-only';
import { getDb } from '@/lib/db/client';
import { logUnexpected } from '@/lib/log/logger';
import { csvRow, UTF8_BOM } from '@/lib/open-data/csv';
import { OUTCOME_SEARCH_WINDOW, findOutcomeKeys } from './outcome-query';
import type { OutcomeFilters } from './outcome-filters';
import { OUTCOME_COLUMNS, openDataOutcomeSelect, outcomeCsvValues, toOutcomeRecord } from './open-data';

export const EXPORT_BATCH_SIZE = 1000;

export type ExportPublicOutcomesOptions = {
  filters: OutcomeFilters;
  format: 'csv' | 'json';
  batchSize?: number;
};

/**
 * Every published outcome matching the filters, newest first, as a stream of CSV (BOM, header row, one
 * record per outcome) or a JSON array written element by element. Memory stays constant: the stream is
 * pulled, so the next batch (keyset on seq, `batchSize` rows) is read only once the client has taken the
 * last, and no more than one batch is held at a time. An outcome published while the file is being read
 * is not in it (it is newer than the first batch); one unpublished meanwhile may or may not be.
 */
export function exportPublicOutcomes({ filters, format, batchSize = EXPORT_BATCH_SIZE }: ExportPublicOutcomesOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = filters.after;
  let written = 0;
  let agencies: Map<string, { name: string; nameEn: string }> | undefined;
  let cancelled = false;

  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        controller.enqueue(encoder.encode(format === 'csv' ? UTF8_BOM + csvRow(OUTCOME_COLUMNS) : '['));
      },
      async pull(controller) {
        try {
          const db = await getDb();
          // Agencies are few (hundreds at most): their names are read once for the whole file.
          agencies ??= new Map((await db.agency.findMany({ select: { id: true, name: true, nameEn: true } })).map((a) => [a.id, a]));
          const { keys, more } = await findOutcomeKeys(filters, { after, limit: batchSize, searchWindow: Math.max(OUTCOME_SEARCH_WINDOW, 2 * batchSize) });
          if (cancelled) return;
          const rows = keys.length ? await db.publicOutcome.findMany({ where: { id: { in: keys.map((k) => k.id) } }, select: openDataOutcomeSelect }) : [];
          const byId = new Map(rows.map((r) => [r.id, r]));
          let chunk = '';
          for (const key of keys) {
            const row = byId.get(key.id);
            if (!row) continue;
            const record = toOutcomeRecord(row, agencies);
            chunk += format === 'csv' ? csvRow(outcomeCsvValues(record)) : `${written === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`;
            written++;
          }
          if (chunk) controller.enqueue(encoder.encode(chunk));
          if (more && keys.length) after = keys[keys.length - 1]!.seq;
          else {
            if (format === 'json') controller.enqueue(encoder.encode(written ? '\n]\n' : ']\n'));
            controller.close();
          }
        } catch (error) {
          // The headers are sent: the client sees a cut-off file, the operators the log line.
          logUnexpected(error, 'openData');
          controller.error(error);
        }
      },
      cancel() {
        cancelled = true;
      },
    },
    // One chunk (a batch) waiting at most: the next is read when the client has taken it.
    { highWaterMark: 1 },
  );
}
