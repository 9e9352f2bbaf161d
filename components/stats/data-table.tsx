import { useId, type ReactNode } from 'react';

/**
 * A chart's data table: a caption, column headers, the first cell of each row as the row's header. Wide tables
 * scroll sideways inside a focusable region (a keyboard reaches the hidden columns), never the page.
 */
export function DataTable({ caption, headers, rows, wide = false }: { caption: string; headers: string[]; rows: ReactNode[][]; wide?: boolean }) {
  const id = useId();
  return (
    <div
      className="max-w-full overflow-x-auto rounded border border-slate-200 bg-white"
      {...(wide ? { role: 'region', 'aria-labelledby': id, tabIndex: 0 } : {})}
    >
      <table className="w-full border-collapse text-sm">
        <caption id={id} className="p-2 text-start font-medium text-ink">
          {caption}
        </caption>
        <thead>
          <tr className="bg-slate-100">
            {headers.map((h, i) => (
              <th key={i} scope="col" className="px-2 py-2 text-start align-bottom font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="border-t border-slate-200">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className={`px-2 py-1.5 text-start font-medium ${wide ? 'min-w-36' : ''}`}>
                    {cell}
                  </th>
                ) : (
                  <td key={c} className="px-2 py-1.5 whitespace-nowrap tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
