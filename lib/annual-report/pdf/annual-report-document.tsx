// The annual report as a react-pdf document (issue #17): A4, Persian, right to left. Only draws what it is given
// (AnnualFigures and the table of contents' page numbers); render-annual-report-pdf.ts runs it twice to learn those
// page numbers. The react-pdf rules it follows (docs/architecture.md, "Annual report: the PDF"): every Page and
// Text carries the direction and its alignment, rows are `row-reverse` in Persian, every string goes through
// pdfText and every number through ltr (pdf-text.ts), chart labels are <Text> over the <Svg>.
import { Document, Page, StyleSheet, Text, View, type Styles as PdfStyles } from '@react-pdf/renderer';
import type { AnnualFigures } from '@/lib/annual-report/annual-figures';
import { barChartGeometry } from '@/lib/charts/bar-chart';
import type { Direction } from '@/lib/charts/geometry';
import { lineChartGeometry } from '@/lib/charts/line-chart';
import { tileMapGeometry } from '@/lib/charts/tile-map';
import { directionOf, formatDate, jalaliMonthNames, localDigits, localized, type Locale } from '@/lib/i18n/format';
import type { Published } from '@/lib/stats/suppress';
import { PDF_FONT } from './fonts';
import { pdfTranslator } from './pdf-messages';
import { PdfBarChart, PdfLineChart, PdfTileMap } from './pdf-charts';
import { ltr, pdfCode, pdfDecimal, pdfNumber, pdfPercent, pdfText } from './pdf-text';

/** The sections the table of contents lists, in the order they appear. */
export const SECTION_IDS = ['summary', 'kinds', 'provinces', 'funnel', 'agencies', 'volunteers', 'trend', 'appendix', 'noData', 'verification'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
/** The page each section starts on (1-based, the cover is page 1). */
export type SectionPages = Partial<Record<SectionId, number>>;

/** A4 is 595 × 842 pt; the content column between the margins. */
const MARGIN = 40;
export const CONTENT_WIDTH = 595.28 - 2 * MARGIN;
/** The province bar chart shows the busiest provinces only: 31 bars would not fit a page; the table lists all. */
const PROVINCE_BARS = 12;

/**
 * Whether the year has nothing to draw: no report at all ('empty', an exact copy only), or every count withheld
 * ('withheld'). A suppressed copy never says 'empty': that would tell 0 from 1–4, which the «withheld» mark hides.
 * Months that cannot hold reports (before the first, after this one) are published as 0 and do not count as data.
 */
export function yearHasNoData(figures: AnnualFigures): 'empty' | 'withheld' | false {
  const c = figures.current;
  if (!figures.suppressed) return c.total === 0 ? 'empty' : false;
  const nothingShown = c.total === null && c.byMonth.every((m) => m === null || m === 0) && c.provinces.every((p) => p.count === null);
  return nothingShown && figures.outcomes.length === 0 ? 'withheld' : false;
}

/** The sections of this document, in order: a year with no data gets a plain statement instead of empty charts. */
export function sectionsOf(figures: AnnualFigures): SectionId[] {
  return yearHasNoData(figures)
    ? ['noData', 'verification']
    : ['summary', 'kinds', 'provinces', 'funnel', 'agencies', 'volunteers', 'trend', 'appendix', 'verification'];
}

/** What a report shows besides its layout: the figures and the facts of this copy. */
export type AnnualReportContent = {
  figures: AnnualFigures;
  locale: Locale;
  /** The short code printed in every page's footer and on the last page, and its public page `/verify/report/<code>`. */
  verification: { code: string; url: string };
  /** When the document is made: the cover's date (Jalali) and the PDF's creation date. */
  generatedAt: Date;
  /** The filter the report was asked with, as a reader names it (e.g. «کل کشور» or «استان اصفهان»). */
  filterLabel: string;
};

export type AnnualReportDocumentProps = AnnualReportContent & {
  /** The table of contents' page numbers; null on the first pass, which prints placeholders of the same width. */
  tocPages: SectionPages | null;
  /** Called as each section's first page is laid out (the first pass records them). */
  onSectionPage?: (id: SectionId, page: number) => void;
};

function styles(dir: Direction) {
  const align = dir === 'rtl' ? 'right' : 'left';
  const row = dir === 'rtl' ? 'row-reverse' : 'row';
  return StyleSheet.create({
    page: {
      fontFamily: PDF_FONT,
      fontSize: 10,
      paddingTop: MARGIN,
      paddingBottom: 64,
      paddingHorizontal: MARGIN,
      direction: dir,
      textAlign: align,
      color: '#111827',
    },
    // No lineHeight anywhere: react-pdf 4.9 resolves a unitless lineHeight against the font size more than once
    // (inherited from the Page it compounded on every page a `fixed` node is laid out again, 1.6 × 10 × 10 …, until
    // pdfkit refused the footer's position). Vazirmatn's own line gap reads well.
    text: { direction: dir, textAlign: align },
    h1: { direction: dir, textAlign: align, fontSize: 18, fontWeight: 'bold', marginBottom: 10, color: '#08306b' },
    h2: { direction: dir, textAlign: align, fontSize: 12.5, fontWeight: 'bold', marginTop: 12, marginBottom: 6 },
    note: { direction: dir, textAlign: align, fontSize: 8.5, color: '#4b5563' },
    row: { flexDirection: row, borderBottomWidth: 0.5, borderBottomColor: '#d1d5db', paddingVertical: 2 },
    headRow: { flexDirection: row, borderBottomWidth: 1, borderBottomColor: '#475569', paddingVertical: 2 },
    totalRow: { flexDirection: row, borderTopWidth: 1, borderTopColor: '#475569', paddingVertical: 2 },
    cell: { direction: dir, textAlign: align, fontSize: 8.5, paddingHorizontal: 3 },
    headCell: { direction: dir, textAlign: align, fontSize: 8, fontWeight: 'bold', paddingHorizontal: 3, color: '#374151' },
    footer: {
      position: 'absolute',
      bottom: 24,
      left: MARGIN,
      right: MARGIN,
      flexDirection: row,
      justifyContent: 'space-between',
      borderTopWidth: 0.5,
      borderTopColor: '#9ca3af',
      paddingTop: 4,
    },
    footerText: { direction: dir, textAlign: align, fontSize: 8, color: '#4b5563' },
    tocRow: { flexDirection: row, justifyContent: 'space-between', borderBottomWidth: 0.5, borderBottomColor: '#e5e7eb', paddingVertical: 4 },
  });
}

type Styles = ReturnType<typeof styles>;
type PdfStyle = PdfStyles[string];

/** A table: the first column is a name (wider), the rest are figures. `widths` are flex weights. */
function Table({ s, head, rows, total, widths }: { s: Styles; head: string[]; rows: string[][]; total?: string[]; widths?: number[] }) {
  const w = (i: number) => ({ flex: widths?.[i] ?? (i === 0 ? 2.4 : 1) });
  return (
    <View style={{ marginBottom: 6 }}>
      <View style={s.headRow}>
        {head.map((h, i) => (
          <Text key={i} style={[s.headCell, w(i)]}>
            {pdfText(h)}
          </Text>
        ))}
      </View>
      {rows.map((r, k) => (
        <View key={k} style={s.row} wrap={false}>
          {r.map((c, i) => (
            <Text key={i} style={[s.cell, w(i)]}>
              {pdfText(c)}
            </Text>
          ))}
        </View>
      ))}
      {total ? (
        <View style={s.totalRow} wrap={false}>
          {/* An empty <Text> gets no layout box (its row's border is then drawn at NaN): an empty cell is a View. */}
          {total.map((c, i) =>
            c ? (
              <Text key={i} style={[s.cell, w(i), { fontWeight: 'bold' }]}>
                {pdfText(c)}
              </Text>
            ) : (
              <View key={i} style={w(i)} />
            ),
          )}
        </View>
      ) : null}
    </View>
  );
}

/** A paragraph: its text through pdfText, in the page's direction. */
function Para({ s, children, style, minPresenceAhead }: { s: Styles; children: string; style?: PdfStyle; minPresenceAhead?: number }) {
  return (
    <Text style={[s.text, style ?? {}]} minPresenceAhead={minPresenceAhead}>
      {pdfText(children)}
    </Text>
  );
}

/** A section's first page: a page break, the title, and (invisible) the page it landed on, for the contents. */
function SectionHeading({ s, id, title, onSectionPage }: { s: Styles; id: SectionId; title: string; onSectionPage?: (id: SectionId, page: number) => void }) {
  return (
    <View break>
      <Text
        style={{ fontSize: 1, color: '#ffffff' }}
        render={({ pageNumber }) => {
          onSectionPage?.(id, pageNumber);
          return ' ';
        }}
      />
      <Text style={s.h1}>{pdfText(title)}</Text>
    </View>
  );
}

/** The whole annual report (see the module comment). */
export function AnnualReportDocument({ figures, locale, verification, generatedAt, filterLabel, tocPages, onSectionPage }: AnnualReportDocumentProps) {
  const dir = directionOf(locale);
  const s = styles(dir);
  const t = pdfTranslator(locale, 'annualReportPdf');
  const ts = pdfTranslator(locale, 'stats');
  const c = figures.current;
  const year = ltr(localDigits(figures.year, locale));
  const withheld = ts('withheld');
  const none = ts('noValue');
  const count = (n: Published) => (n === null ? withheld : pdfNumber(n, locale));
  const share = (p: number | null) => (p === null ? none : pdfPercent(p, locale));
  const days = (d: number | null) => (d === null ? none : pdfDecimal(d, locale));
  const format = (v: number) => new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: 2 }).format(v);
  const formatCount = (v: number) => new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US').format(v);
  const sections = sectionsOf(figures);
  const volunteerCells = (v: AnnualFigures['volunteers']['totals']) =>
    [v.applications, v.approved, v.rejected, v.correctionRequested, v.cores, v.activeMembers].map(count);

  const change = (now: Published, before: Published | undefined) => {
    if (now === null || before === null || before === undefined || before === 0) return none;
    const pct = ((now - before) / before) * 100;
    if (Math.abs(pct) < 0.05) return t('summary.unchanged');
    const value = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: 1 }).format(Math.abs(pct));
    // The sign as a reader writes it (+ or the minus sign U+2212), with the percent sign of the locale, kept LTR.
    const signed = `${pct > 0 ? '+' : '\u2212'}${value}${locale === 'fa' ? '٪' : '%'}`;
    return t(pct > 0 ? 'summary.increase' : 'summary.decrease', { value: ltr(signed) });
  };

  const p = figures.previous;
  const summaryRows: [string, Published, Published | undefined][] = [
    [t('summary.total'), c.total, p?.total],
    ...c.byKind.map((k) => [ts(`kinds.${k.kind}`), k.count, p?.byKind.find((x) => x.kind === k.kind)?.count] as [string, Published, Published | undefined]),
    ...c.funnel.steps
      .filter((st) => st.step !== 'received')
      .map((st) => [ts(`steps.${st.step}`), st.count, p?.funnel.steps.find((x) => x.step === st.step)?.count] as [string, Published, Published | undefined]),
    [t('summary.referrals'), c.referralsTotal, p?.referralsTotal],
  ];

  const bar = (items: { label: string; value: number | null }[]) => (
    <PdfBarChart g={barChartGeometry({ items, dir, format: formatCount, withheldText: withheld, width: CONTENT_WIDTH })} dir={dir} />
  );
  const provincesByCount = [...c.provinces].sort((a, b) => (b.count ?? -1) - (a.count ?? -1)).slice(0, PROVINCE_BARS);
  const monthNames = jalaliMonthNames(locale);

  return (
    <Document
      title={`${t('title')} ${localDigits(figures.year, locale)} · ${locale === 'fa' ? figures.scopeLabel.fa : figures.scopeLabel.en}`}
      author="Sajam"
      creator="Sajam"
      producer="Sajam"
      language={locale}
      creationDate={generatedAt}
    >
      <Page size="A4" style={s.page}>
        {/* Cover */}
        <View style={{ marginTop: 140 }}>
          <Text style={[s.h1, { fontSize: 28 }]}>{pdfText(t('title'))}</Text>
          <Para s={s} style={{ fontSize: 12, color: '#4b5563', marginBottom: 24 }}>
            {t('subtitle')}
          </Para>
          <Para s={s} style={{ fontSize: 20, fontWeight: 'bold', marginBottom: 16 }}>
            {t('yearTitle', { year })}
          </Para>
          <Para s={s} style={{ fontSize: 12 }}>
            {t('scope', { scope: figures.scopeLabel[locale] })}
          </Para>
          <Para s={s} style={{ fontSize: 12 }}>
            {t('filter', { filter: filterLabel })}
          </Para>
          <Para s={s} style={{ fontSize: 12 }}>
            {t('generatedOn', { date: formatDate(generatedAt, locale) })}
          </Para>
          <Para s={s} style={{ fontSize: 12, marginBottom: 24 }}>
            {t('asOf', { date: formatDate(new Date(figures.countedAt), locale) })}
          </Para>
          <Para s={s} style={{ fontSize: 11 }}>
            {t('addressee')}
          </Para>
          <Para s={s} style={{ fontSize: 9, color: '#4b5563', marginTop: 24 }}>
            {figures.suppressed ? t('suppressedNote') : t('exactNote')}
          </Para>
        </View>

        {/* Contents */}
        <View break>
          <Text style={s.h1}>{pdfText(t('toc'))}</Text>
          {sections.map((id) => (
            <View key={id} style={s.tocRow}>
              <Text style={[s.text, { fontSize: 11 }]}>{pdfText(t(`sections.${id}`))}</Text>
              <Text style={[s.text, { fontSize: 11, width: 40 }]}>{tocPages?.[id] ? pdfNumber(tocPages[id], locale) : ltr('00')}</Text>
            </View>
          ))}
        </View>

        {yearHasNoData(figures) ? (
          <>
            <SectionHeading s={s} id="noData" title={t('sections.noData')} onSectionPage={onSectionPage} />
            <Para s={s} style={{ fontSize: 12 }}>
              {t(`noData.${yearHasNoData(figures) as 'empty' | 'withheld'}`, { year })}
            </Para>
          </>
        ) : (
          <>
            <SectionHeading s={s} id="summary" title={t('sections.summary')} onSectionPage={onSectionPage} />
            <Para s={s} style={{ marginBottom: 8 }}>
              {t('summary.intro', { year, total: count(c.total), referrals: count(c.referralsTotal) })}
            </Para>
            {p ? null : (
              <Para s={s} style={{ marginBottom: 8 }}>
                {t(figures.suppressed ? 'summary.noPreviousShown' : 'summary.noPrevious', { year: ltr(localDigits(figures.year - 1, locale)) })}
              </Para>
            )}
            <Table
              s={s}
              head={[
                t('summary.indicator'),
                t('summary.thisYear', { year }),
                t('summary.lastYear', { year: ltr(localDigits(figures.year - 1, locale)) }),
                t('summary.change'),
              ]}
              rows={summaryRows.map(([label, now, before]) => [label, count(now), before === undefined ? none : count(before), change(now, before)])}
            />
            <Para s={s} style={{ marginTop: 8 }}>
              {figures.suppressed ? t('suppressedNote') : t('exactNote')}
            </Para>

            <SectionHeading s={s} id="kinds" title={t('sections.kinds')} onSectionPage={onSectionPage} />
            <Text style={s.h2}>{pdfText(t('kinds.byKind'))}</Text>
            <Table
              s={s}
              head={[ts('columns.kind'), ts('columns.count')]}
              rows={c.byKind.map((k) => [ts(`kinds.${k.kind}`), count(k.count)])}
              total={[ts('columns.total'), count(c.total)]}
            />
            {bar(c.byKind.map((k) => ({ label: ts(`kinds.${k.kind}`), value: k.count })))}
            <Text style={s.h2}>{pdfText(t('kinds.byCategory'))}</Text>
            <Table
              s={s}
              head={[ts('columns.category'), ts('columns.count')]}
              rows={c.categories.map((k) => [localized(k, locale), count(k.count)])}
              total={[ts('columns.total'), count(c.total)]}
            />
            {bar(c.categories.map((k) => ({ label: localized(k, locale), value: k.count })))}

            <SectionHeading s={s} id="provinces" title={t('sections.provinces')} onSectionPage={onSectionPage} />
            <Text style={s.h2}>{pdfText(t('provinces.table'))}</Text>
            <Table
              s={s}
              head={[ts('columns.province'), ts('columns.count'), ts('columns.per100k'), ts('columns.population')]}
              rows={c.provinces.map((pr) => [
                localized(pr, locale),
                count(pr.count),
                pr.per100k === null ? none : pdfDecimal(pr.per100k, locale, { digits: 2 }),
                pdfNumber(pr.population, locale),
              ])}
              total={[ts('columns.total'), count(c.total), '', '']}
            />
            <View wrap={false} break>
              <Text style={s.h2}>{pdfText(t('provinces.map'))}</Text>
              <PdfTileMap
                g={tileMapGeometry({
                  values: c.provinces.map((pr) => ({ provinceId: pr.id, name: localized(pr, locale), value: pr.per100k })),
                  dir,
                  format,
                  withheldText: withheld,
                })}
                dir={dir}
              />
            </View>
            <View wrap={false}>
              <Text style={s.h2}>{pdfText(t('provinces.chart'))}</Text>
              {bar(provincesByCount.map((pr) => ({ label: localized(pr, locale), value: pr.count })))}
            </View>

            <SectionHeading s={s} id="funnel" title={t('sections.funnel')} onSectionPage={onSectionPage} />
            <Text style={s.h2}>{pdfText(t('funnel.steps'))}</Text>
            <Table s={s} head={[ts('columns.step'), ts('columns.count')]} rows={c.funnel.steps.map((st) => [ts(`steps.${st.step}`), count(st.count)])} />
            {bar(c.funnel.steps.map((st) => ({ label: ts(`steps.${st.step}`), value: st.count })))}
            <Text style={s.h2}>{pdfText(t('funnel.stages'))}</Text>
            {figures.reviewStages.length === 0 ? (
              <Para s={s}>{t('funnel.none')}</Para>
            ) : (
              <Table
                s={s}
                head={[ts('columns.stage'), t('funnel.visits'), t('funnel.median'), t('funnel.p90'), t('funnel.overdue'), t('funnel.escalated')]}
                rows={figures.reviewStages.map((r) => [
                  ts(`stages.${r.stage}`),
                  count(r.visits),
                  days(r.medianDays),
                  days(r.p90Days),
                  share(r.overduePercent),
                  share(r.escalatedPercent),
                ])}
              />
            )}
            {figures.omitted.includes('endings') ? (
              <>
                <Text style={s.h2}>{pdfText(t('funnel.rejectedByStage'))}</Text>
                <Table
                  s={s}
                  head={[ts('columns.stage'), t('funnel.entered'), t('funnel.rejected'), ts('columns.rejectedShare')]}
                  rows={c.funnel.stages.map((st) => [ts(`stages.${st.stage}`), count(st.entered), count(st.rejected), share(st.rejectedPercent)])}
                />
                <Para s={s}>{t('funnel.endingsOmitted')}</Para>
              </>
            ) : (
              <>
                <Text style={s.h2}>{pdfText(t('funnel.endings'))}</Text>
                {figures.endings.length === 0 ? (
                  <Para s={s}>{t('funnel.none')}</Para>
                ) : (
                  <Table
                    s={s}
                    head={[ts('columns.stage'), t('funnel.rejected'), t('funnel.duplicate'), t('funnel.withdrawn'), ts('columns.rejectedShare')]}
                    rows={figures.endings.map((e) => [
                      ts(`stages.${e.stage}`),
                      count(e.rejected),
                      count(e.duplicate),
                      count(e.withdrawn),
                      share(c.funnel.stages.find((x) => x.stage === e.stage)?.rejectedPercent ?? null),
                    ])}
                  />
                )}
              </>
            )}

            <SectionHeading s={s} id="agencies" title={t('sections.agencies')} onSectionPage={onSectionPage} />
            <Text style={s.h2}>{pdfText(t('agencies.league'))}</Text>
            {c.agencies.length === 0 ? (
              <Para s={s}>{t('agencies.none')}</Para>
            ) : (
              <Table
                s={s}
                widths={[2.2, 0.9, 1, 1, 1, 1, 1, 1]}
                head={[
                  ts('columns.agency'),
                  ts('columns.referrals'),
                  ts('columns.ackInDue'),
                  ts('columns.answerInDue'),
                  ts('columns.medianAck'),
                  ts('columns.medianAnswer'),
                  ts('columns.sentBack'),
                  ts('columns.satisfied'),
                ]}
                rows={c.agencies.map((a) => [
                  localized(a, locale),
                  count(a.referrals),
                  share(a.acknowledgedWithinDuePercent),
                  share(a.answeredWithinDuePercent),
                  days(a.medianDaysToAcknowledge),
                  days(a.medianDaysToAnswer),
                  share(a.sentBackPercent),
                  share(a.satisfiedPercent),
                ])}
                total={[ts('columns.total'), count(c.referralsTotal), '', '', '', '', '', '']}
              />
            )}
            <Text style={s.h2}>{pdfText(t('agencies.appeals'))}</Text>
            {figures.omitted.includes('appeals') ? (
              <Para s={s}>{t('agencies.appealsOmitted')}</Para>
            ) : figures.appeals.length === 0 ? (
              <Para s={s}>{t('agencies.noAppeals')}</Para>
            ) : (
              <Table
                s={s}
                head={[ts('columns.agency'), t('agencies.appealsCount'), t('agencies.upheld'), t('agencies.dismissed')]}
                rows={figures.appeals.map((a) => [localized(a, locale), count(a.appeals), count(a.upheld), count(a.dismissed)])}
              />
            )}

            <SectionHeading s={s} id="volunteers" title={t('sections.volunteers')} onSectionPage={onSectionPage} />
            {figures.volunteers.provinces.length === 0 ? (
              <Para s={s}>{t('volunteers.none')}</Para>
            ) : (
              <Table
                s={s}
                widths={[2, 1, 1, 1, 1.2, 0.8, 1]}
                head={[
                  ts('columns.province'),
                  t('volunteers.applications'),
                  t('volunteers.approved'),
                  t('volunteers.rejected'),
                  t('volunteers.correction'),
                  t('volunteers.cores'),
                  t('volunteers.members'),
                ]}
                rows={figures.volunteers.provinces.map((v) => [localized(v, locale), ...volunteerCells(v)])}
                total={[ts('columns.total'), ...volunteerCells(figures.volunteers.totals)]}
              />
            )}
            <Para s={s} style={{ marginTop: 6 }}>
              {t('volunteers.training', {
                value:
                  figures.volunteers.trainingCompletionPercent === null ? t('volunteers.trainingPending') : share(figures.volunteers.trainingCompletionPercent),
              })}
            </Para>

            <SectionHeading s={s} id="trend" title={t('sections.trend')} onSectionPage={onSectionPage} />
            <View wrap={false}>
              <Text style={s.h2}>{pdfText(t('trend.chart'))}</Text>
              <PdfLineChart
                g={lineChartGeometry({ values: c.byMonth, labels: monthNames, dir, format: formatCount, width: CONTENT_WIDTH, height: 260 })}
                dir={dir}
              />
            </View>
            {c.byMonth.some((m) => m === null) ? (
              <Para s={s} style={{ fontSize: 8.5, color: '#4b5563' }}>
                {t('trend.withheldMonths')}
              </Para>
            ) : null}
            <Table s={s} head={[ts('columns.month'), ts('columns.count')]} rows={c.byMonth.map((m, i) => [monthNames[i]!, count(m)])} />
            <Text style={s.h2}>{pdfText(t('trend.topics'))}</Text>
            {figures.topics.length === 0 ? (
              <Para s={s}>{t('trend.noTopics')}</Para>
            ) : (
              <Table s={s} head={[t('trend.topic'), t('trend.reports')]} rows={figures.topics.map((tp) => [localized(tp, locale), count(tp.reports)])} />
            )}

            <SectionHeading s={s} id="appendix" title={t('sections.appendix')} onSectionPage={onSectionPage} />
            <Para s={s} style={{ marginBottom: 6 }}>
              {figures.outcomes.length ? t('appendix.intro') : t('appendix.none')}
            </Para>
            {figures.outcomes.map((o) => (
              // Not wrap={false}: a published summary may run to 20,000 characters, several pages.
              <View key={o.id} style={{ borderBottomWidth: 0.5, borderBottomColor: '#d1d5db', paddingVertical: 5 }}>
                <Para s={s} style={{ fontWeight: 'bold', fontSize: 9.5 }} minPresenceAhead={60}>
                  {t('appendix.meta', { category: o.category, province: o.province, date: pdfCode(o.publishedOn, locale) })}
                </Para>
                <Para s={s} style={{ fontSize: 8.5, color: '#4b5563' }}>
                  {`${t('appendix.agencies', { agencies: o.agencies.join(locale === 'fa' ? '، ' : ', ') })} · ${t(o.resolution ? `appendix.${o.resolution}` : 'appendix.pending')}`}
                </Para>
                <Para s={s} style={{ fontSize: 9.5 }}>
                  {o.summary}
                </Para>
                <Para s={s} style={{ fontSize: 9, color: '#374151' }}>
                  {t('appendix.answer', { answer: o.answerSummary })}
                </Para>
              </View>
            ))}
            {figures.outcomesTotal > figures.outcomes.length ? (
              <Para s={s} style={{ marginTop: 8 }}>
                {t('appendix.more', { count: pdfNumber(figures.outcomesTotal - figures.outcomes.length, locale), url: ltr('/outcomes') })}
              </Para>
            ) : null}
          </>
        )}

        <SectionHeading s={s} id="verification" title={t('sections.verification')} onSectionPage={onSectionPage} />
        <Para s={s} style={{ fontSize: 13, fontWeight: 'bold', marginBottom: 8 }}>
          {t('verification.code', { code: ltr(verification.code) })}
        </Para>
        <Para s={s} style={{ marginBottom: 6 }}>
          {t('verification.how')}
        </Para>
        <Text style={[s.text, { fontSize: 11, marginBottom: 10, color: '#08306b' }]}>{ltr(pdfText(verification.url))}</Text>
        <Para s={s}>{t('verification.hash')}</Para>

        {/* Every page: the page number and the verification code. */}
        <View style={s.footer} fixed>
          <Text
            style={s.footerText}
            render={({ pageNumber, totalPages }) =>
              pdfText(t('page', { page: pdfNumber(pageNumber, locale), pages: pdfNumber(totalPages ?? pageNumber, locale) }))
            }
          />
          <Text style={s.footerText}>{pdfText(t('footerCode', { code: ltr(verification.code) }))}</Text>
        </View>
      </Page>
    </Document>
  );
}
