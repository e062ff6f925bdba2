import { partialDate } from './date-mention';

const STAMPS: RegExp[] = [
  // 14:20 | 09/05/2025 GMT+7, Thứ Sáu, 09/05/2025 14:20 (GMT+7), Cập nhật lúc: 9:42 AM, ngày 20/06/2024
  /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?\s*\(?GMT\s*[+-]\s*\d{1,2}/iu,
  /\d{1,2}:\d{2}(?:\s*[AP]M)?\s*[|,-]\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu,
  /(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật),?\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu,
  /(?:Cập nhật|Đăng|Ngày đăng|Xuất bản)[^\n\d]{0,20}?(?:\d{1,2}:\d{2}(?:\s*[AP]M)?,?\s*)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu,
];

/** The date stamp a page prints near its top ("14:20 | 09/05/2025 GMT+7"), as `YYYY-MM-DD`. */
export function readPageDateStamp(text: string): string | undefined {
  const head = text.slice(0, 3000);
  for (const stamp of STAMPS) {
    const m = stamp.exec(head);
    if (m) return partialDate(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  return undefined;
}

/** `YYYY-MM-DD` of an ISO time as the page wrote it (its own offset, not UTC). */
export function isoDay(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return m ? partialDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
