import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { toApiResponse } from '@/lib/http/api-response';
import { getPublicStats } from '@/lib/stats/get-public-stats';
import { STATS_DATASETS, statsTableRows, toCsv } from '@/lib/stats/open-data-tables';

const yearSchema = z.coerce.number().int().min(1300).max(1499).optional();

/**
 * GET /api/open-data/stats/<table>.csv|.json?year=<Jalali year> — one aggregate table of /stats (lib/stats/
 * open-data-tables.ts) from the hourly public snapshot: CSV (UTF-8 with BOM, RFC 4180; withheld cells empty) or
 * JSON (`{ dataset, year, refreshedAt, columns, rows }`, withheld cells null). Without `year`, the newest year.
 * An unknown table: 404; a year that is not a Jalali year with a snapshot: 400 (Persian JSON body).
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  try {
    const match = /^([a-z-]+)\.(csv|json)$/.exec((await params).table);
    const dataset = match ? STATS_DATASETS.find((d) => d.id === match[1]) : undefined;
    if (!match || !dataset) throw new AppError('NOT_FOUND', 'table', { fieldErrors: { table: ['table'] } });
    const raw = new URL(request.url).searchParams.get('year');
    const year = yearSchema.safeParse(raw === null || raw === '' ? undefined : raw);
    if (!year.success) throw new AppError('VALIDATION', 'year', { fieldErrors: { year: ['year'] } });
    const stats = await getPublicStats({ year: year.data });
    if (!stats.figures) throw new AppError('VALIDATION', 'year', { fieldErrors: { year: ['year'] } });
    const rows = statsTableRows(dataset.id, stats.figures)!;
    const headers = { 'Cache-Control': 'public, max-age=300', 'Content-Disposition': `inline; filename="sajam-${dataset.id}-${stats.year}.${match[2]}"` };
    if (match[2] === 'csv')
      return new Response(
        toCsv(
          dataset.columns.map((c) => c.name),
          rows,
        ),
        { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8; header=present' } },
      );
    return Response.json(
      {
        dataset: dataset.id,
        title: dataset.title,
        year: stats.year,
        refreshedAt: stats.refreshedAt?.toISOString() ?? null,
        columns: dataset.columns,
        rows: rows.map((r) => Object.fromEntries(dataset.columns.map((c, i) => [c.name, r[i] ?? null]))),
      },
      { headers },
    );
  } catch (error) {
    return toApiResponse(error, 'stats');
  }
}
