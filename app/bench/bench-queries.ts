/**
 * The fixed query mix the search figure is measured on: the same words with and without diacritics,
 * prefixes still being typed, people's names (Vietnamese and foreign) and English. Every query finds
 * something at every scale: the bundled records and the synthetic ones share this vocabulary.
 */
export const benchQueries = [
  'quan hệ đối tác chiến lược',
  'quan he doi tac chien luoc',
  'thương mại',
  'thuong mai',
  'đầu tư',
  'dau tu',
  'hiệp định miễn thị thực',
  'hiep dinh mien thi thuc',
  'hợp t',
  'hop ta',
  'kim ng',
  'Phạm Bình Minh',
  'pham binh minh',
  'Trương Tấn Sang',
  'Aliyev',
  'Mammadov',
  'Hà Nội',
  'ha noi',
  'Đà Nẵng',
  'trade agreement',
  'visa exemption',
  'Intergovernmental Committee',
  'educ',
] as const;

/**
 * The search index is built lazily and completed by the first search. This word matches nothing
 * (and is too short to be matched fuzzily), so timing a search for it times the index being completed.
 */
export const INDEX_READY_PROBE = 'zq';
