import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { TradeFlow, TradeSeries, TradeYear } from '../../../app/shared/browse/trade-by-year';
import { formatCompactNumber, formatMoney, qualifyAmount } from '../../../app/shared/format/format-partial-date';
import { useLanguage } from '../use-language';
import './TradeChart.css';

/** Fixed colours, so the chart prints as it shows. */
const FLOW_COLOURS: Record<TradeFlow, string> = { turnover: '#9b1c1c', 'vn-exports': '#0550ae', 'vn-imports': '#1a7f37' };
const INK = '#1b1f24';
const GRID = '#d0d7de';
const WIDTH = 560;
const HEIGHT = 300;

/** The qualifier of a flow's figure in a chart row (a tooltip's item). */
const qualifierOf = (year: TradeYear | undefined, flow: unknown) => year?.qualifiers?.[flow as TradeFlow];

/** Trade by year as an SVG bar chart: no animation, labelled axes, every value written on its bar. */
export function TradeChart({ series }: { series: TradeSeries }) {
  const { t } = useTranslation('browse');
  const language = useLanguage();
  const title = t('trade.title', { currency: series.currency });
  const compact = (value: unknown) => (typeof value === 'number' ? formatCompactNumber(value, language) : '');
  const barLabel = (year: TradeYear | undefined, flow: TradeFlow) =>
    year?.[flow] === undefined ? '' : qualifyAmount(formatCompactNumber(year[flow], language), year.qualifiers?.[flow], t);
  return (
    <figure className="trade-chart" aria-labelledby="trade-chart-caption">
      <figcaption id="trade-chart-caption">
        <h2>{t('trade.heading')}</h2>
      </figcaption>
      <BarChart width={WIDTH} height={HEIGHT} data={series.years} title={title} margin={{ top: 24, right: 16, bottom: 28, left: 24 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="year" stroke={INK} tick={{ fill: INK }} label={{ value: t('trade.year'), position: 'insideBottom', offset: -16, fill: INK }} />
        <YAxis
          stroke={INK}
          tick={{ fill: INK }}
          width={96}
          tickCount={6}
          tickFormatter={compact}
          label={{ value: series.currency, angle: -90, position: 'insideLeft', offset: -8, fill: INK }}
        />
        <Tooltip
          formatter={(value, name, item) => [
            typeof value === 'number'
              ? formatMoney({ value, currency: series.currency, qualifier: qualifierOf(item.payload as TradeYear | undefined, item.dataKey) }, language, t)
              : '',
            String(name),
          ]}
        />
        {series.flows.length > 1 && <Legend verticalAlign="top" />}
        {series.flows.map((flow) => (
          <Bar key={flow} dataKey={flow} name={t(`flows.${flow}`)} fill={FLOW_COLOURS[flow]} isAnimationActive={false}>
            <LabelList valueAccessor={(_entry, index) => barLabel(series.years[index], flow)} position="top" fill={INK} fontSize={12} />
          </Bar>
        ))}
      </BarChart>
    </figure>
  );
}
