import { textAnchor, type ChartText, type Direction } from '@/lib/charts/geometry';

/** One piece of chart text: the geometry's physical alignment as SVG's text-anchor under the chart's direction. */
export function SvgText({ t, dir, fill = 'currentColor' }: { t: ChartText; dir: Direction; fill?: string }) {
  return (
    <text
      x={t.x}
      y={t.y}
      fontSize={t.size}
      fontWeight={t.weight === 'bold' ? 700 : undefined}
      textAnchor={textAnchor(t.align, dir)}
      transform={t.rotate ? `rotate(${t.rotate} ${t.x} ${t.y})` : undefined}
      fill={fill}
    >
      {t.text}
    </text>
  );
}

/**
 * The frame every chart shares: an image named by its title and described by its text alternative (role="img"), drawn
 * at the width of its column, Vazirmatn through the page's font, in the page's direction.
 */
export function ChartFrame({
  id,
  title,
  description,
  width,
  height,
  dir,
  maxWidth = 560,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  dir: Direction;
  maxWidth?: number;
  children: React.ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      direction={dir}
      className="block h-auto w-full font-sans text-ink"
      style={{ maxWidth }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
