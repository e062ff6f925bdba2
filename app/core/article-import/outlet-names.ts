/** The outlets desk officers read most, by host: the publisher's name as a citation gives it. */
const outlets: Readonly<Record<string, string>> = {
  'baoquocte.vn': 'Báo Thế giới và Việt Nam (baoquocte.vn)',
  'vietnamplus.vn': 'VietnamPlus (TTXVN)',
  'nhandan.vn': 'Báo Nhân Dân (nhandan.vn)',
  'vnexpress.net': 'VnExpress (vnexpress.net)',
  'thoidai.com.vn': 'Báo Thời Đại (thoidai.com.vn)',
  'mofa.gov.vn': 'Bộ Ngoại giao Việt Nam (mofa.gov.vn)',
  'vietnamnews.vn': 'Viet Nam News (vietnamnews.vn)',
  'en.vietnamplus.vn': 'VietnamPlus (TTXVN)',
  'en.baoquocte.vn': 'The World and Vietnam Report (baoquocte.vn)',
};

/** The publisher named after a page's host: a known outlet's name, else the host itself. */
export function publisherForUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
  return outlets[host] ?? outlets[host.split('.').slice(-2).join('.')] ?? host;
}
