import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { TradeFlow, TradeSeries } from '../../../app/shared/browse/trade-series';
import { formatCompactNumber } from '../../../app/shared/format/format-partial-date';
import type { Language } from '../../../app/shared/settings/settings-schema';

/** Fixed colours that stay apart in grey too. */
const FLOW_COLOURS: Record<TradeFlow, string> = { turnover: '#7a1616', 'vn-exports': '#0550ae', 'vn-imports': '#6e7781' };
const INK = '#1b1f24';
/** Fits the printed column (174 mm ≈ 657 px). */
const WIDTH = 600;
const HEIGHT = 230;

/** Trade by year as a vector (SVG) bar chart in the brief's language, every value written on its bar; a period's yearly level is one bar labelled with its span. */
export function BriefTradeChart({ series, lang }: { series: TradeSeries; lang: Language }) {
  const { t } = useTranslation('briefs', { lng: lang });
  const compact = (value: unknown) => (typeof value === 'number' ? formatCompactNumber(value, lang) : '');
  const caption = t('doc.tradeChart', { currency: series.currency });
  return (
    <figure className="brief__chart">
      <BarChart width={WIDTH} height={HEIGHT} data={series.points} title={caption} margin={{ top: 22, right: 12, bottom: 4, left: 12 }}>
        <CartesianGrid stroke="#d0d7de" vertical={false} />
        <XAxis dataKey="label" stroke={INK} tick={{ fill: INK }} />
        <YAxis stroke={INK} tick={{ fill: INK }} width={84} tickFormatter={compact} />
        {series.flows.length > 1 && <Legend verticalAlign="top" />}
        {series.flows.map((flow) => (
          <Bar key={flow} dataKey={flow} name={t(`doc.flows.${flow}`)} fill={FLOW_COLOURS[flow]} isAnimationActive={false}>
            <LabelList dataKey={flow} position="top" formatter={compact} fill={INK} fontSize={11} />
          </Bar>
        ))}
      </BarChart>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
