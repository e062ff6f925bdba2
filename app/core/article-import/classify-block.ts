/** What a block of the page is to the article. Only paragraphs and list items propose records. */
export type BlockRole = 'paragraph' | 'heading' | 'caption' | 'list-item' | 'quote';

/** Why a block was left out of the cleaned text (the officer can bring it back). */
export type DropReason = 'source' | 'menu' | 'counter' | 'follow-prompt' | 'date-stamp' | 'widget' | 'related' | 'garbled' | 'boilerplate' | 'duplicate';

export type BlockVerdict = { keep: true; role: BlockRole } | { keep: false; reason: DropReason };

const FOLLOW_PROMPT = /^(?:Theo dõi|Follow)\b.{0,60}\b(?:trên|on)$/iu;
const COUNTER = /^(?:Số người đang online|Số lượt truy cập|Lượt truy cập|Lượt xem|Đang truy cập|Đang online|Tổng truy cập|Views?|Visitors?)\b|^[\d.,\s]+$/iu;
const DATE_STAMP = /^(?:\d{1,2}:\d{2}\s*(?:\||,|-)?\s*)?(?:Thứ \S+,?\s*)?\d{1,2}\/\d{1,2}\/\d{4}(?:\s*(?:\||,|-)?\s*\d{1,2}:\d{2})?\s*(?:\(?GMT[+-]\d+\)?)?$|^(?:Cập nhật|Cập nhật lúc|Đăng lúc|Ngày đăng|Published|Updated)\b.{0,40}$/iu;
const CAPTION = /\((?:Ảnh|Nguồn|Photo|Source)\s*:[^)]*\)\s*$|^(?:Ảnh|Photo)\s*:|(?:Nguồn|Source)\s*:\s*[\p{Lu}/A-Z ]{2,}\.?\s*$|\(Ảnh minh họa\)\s*$|^Ảnh minh họa/u;
const RELATED_HEADING = /^(?:Tin (?:bài )?liên quan|Bài liên quan|Tin cùng chuyên mục|Các tin (?:bài )?khác|Đọc nhiều|Tin nổi bật|Có thể bạn quan tâm|Tin đọc nhiều|Xem thêm|Đọc thêm|Tin khác|Related(?: news| articles)?|Read more|More news|Tin mới nhất)\s*:?$/iu;
const BREADCRUMB = /^(?:Trang chủ|Home)(?=\s|$)[^.!?]*$/u;
const SOURCE_LINE = /^(?:Nguồn\s*:\s*)?(?:https?:\/\/|www\.)\S+$/iu;
const GARBLED = /(\p{L})\1{5,}/u;
const TERMINAL = /[.!?…:;"”»)]$/u;
const WIDGET = /^(?:aa|AA|A\s*A|In bài|Chia sẻ|Share|Print|Email|Tweet|Lưu|Nguồn\s*:?|Source\s*:?)$/u;

/** A line repeated twice in a row on one line: a teaser's link text beside its title. */
function isDoubled(text: string): boolean {
  const half = (text.length - 1) / 2;
  return Number.isInteger(half) && half > 10 && text.slice(0, half) === text.slice(half + 1);
}

/**
 * Decides from its text alone what a block is: a paragraph, a heading, a photo caption, or boilerplate
 * to drop (site menus, view counters, "Theo dõi … trên", date stamps, related-news teasers).
 * `role` is what the markup says, when there is markup.
 */
export function classifyBlock(text: string, role?: BlockRole): BlockVerdict {
  const trimmed = text.trim();
  if (trimmed.length <= 3 || WIDGET.test(trimmed)) return { keep: false, reason: 'widget' };
  if (FOLLOW_PROMPT.test(trimmed)) return { keep: false, reason: 'follow-prompt' };
  if (COUNTER.test(trimmed)) return { keep: false, reason: 'counter' };
  if (DATE_STAMP.test(trimmed)) return { keep: false, reason: 'date-stamp' };
  if (BREADCRUMB.test(trimmed)) return { keep: false, reason: 'menu' };
  if (SOURCE_LINE.test(trimmed)) return { keep: false, reason: 'source' };
  if (GARBLED.test(trimmed)) return { keep: false, reason: 'garbled' };
  if (RELATED_HEADING.test(trimmed) || isDoubled(trimmed)) return { keep: false, reason: 'related' };
  if (CAPTION.test(trimmed) || role === 'caption') return { keep: true, role: 'caption' };
  const hasLowerCase = /\p{Ll}/u.test(trimmed);
  if (!hasLowerCase && /\p{Lu}.*\p{Lu}/u.test(trimmed)) return { keep: false, reason: 'menu' };
  if (role && role !== 'paragraph') return { keep: true, role };
  if (!TERMINAL.test(trimmed)) return { keep: true, role: 'heading' };
  return { keep: true, role: role ?? 'paragraph' };
}

/** Whether a block starts the related-news section: everything after it is teasers. */
export function startsRelatedSection(text: string): boolean {
  return RELATED_HEADING.test(text.trim());
}
