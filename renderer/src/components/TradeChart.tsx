import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { TradeFlow, TradePoint, TradeSeries } from '../../../app/shared/browse/trade-series';
import { formatCompactNumber, formatMoney, qualifyAmount } from '../../../app/shared/format/format-partial-date';
import { useLanguage } from '../use-language';
import './TradeChart.css';

/** The theme's colours (main.css), so the chart reads in the light and the dark theme alike. */
const FLOW_COLOURS: Record<TradeFlow, string> = { turnover: 'var(--chart-turnover)', 'vn-exports': 'var(--chart-exports)', 'vn-imports': 'var(--chart-imports)' };
const INK = 'var(--ink)';
const GRID = 'var(--line)';
const TOOLTIP_STYLE = { background: 'var(--paper)', borderColor: 'var(--line)', color: INK };
const WIDTH = 560;
const HEIGHT = 300;

/** The qualifier of a flow's figure in a chart row (a tooltip's item). */
const qualifierOf = (point: TradePoint | undefined, flow: unknown) => point?.qualifiers?.[flow as TradeFlow];

/** Trade by year as an SVG bar chart: no animation, labelled axes, every value written on its bar; a period's yearly level is one bar labelled with its span. */
export function TradeChart({ series }: { series: TradeSeries }) {
  const { t } = useTranslation('browse');
  const language = useLanguage();
  const title = t('trade.title', { currency: series.currency });
  const compact = (value: unknown) => (typeof value === 'number' ? formatCompactNumber(value, language) : '');
  const barLabel = (point: TradePoint | undefined, flow: TradeFlow) =>
    point?.[flow] === undefined ? '' : qualifyAmount(formatCompactNumber(point[flow], language), point.qualifiers?.[flow], t);
  return (
    <figure className="trade-chart" aria-labelledby="trade-chart-caption">
      <figcaption id="trade-chart-caption">
        <h2>{t('trade.heading')}</h2>
      </figcaption>
      <BarChart width={WIDTH} height={HEIGHT} data={series.points} title={title} margin={{ top: 24, right: 16, bottom: 28, left: 24 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" stroke={INK} tick={{ fill: INK }} label={{ value: t('trade.year'), position: 'insideBottom', offset: -16, fill: INK }} />
        <YAxis
          stroke={INK}
          tick={{ fill: INK }}
          width={96}
          tickCount={6}
          tickFormatter={compact}
          label={{ value: series.currency, angle: -90, position: 'insideLeft', offset: -8, fill: INK }}
        />
        <Tooltip
          contentStyle={TOOLTIP_STYLE}
          itemStyle={{ color: INK }}
          formatter={(value, name, item) => [
            typeof value === 'number'
              ? formatMoney({ value, currency: series.currency, qualifier: qualifierOf(item.payload as TradePoint | undefined, item.dataKey) }, language, t)
              : '',
            String(name),
          ]}
        />
        {series.flows.length > 1 && <Legend verticalAlign="top" />}
        {series.flows.map((flow) => (
          <Bar key={flow} dataKey={flow} name={t(`flows.${flow}`)} fill={FLOW_COLOURS[flow]} isAnimationActive={false}>
            <LabelList valueAccessor={(_entry, index) => barLabel(series.points[index], flow)} position="top" fill={INK} fontSize={12} />
          </Bar>
        ))}
      </BarChart>
    </figure>
  );
}
