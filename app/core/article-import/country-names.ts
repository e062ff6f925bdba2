/**
 * Names the CLDR list (Intl.DisplayNames) lacks: the usual Vietnamese short forms, former states, and the
 * Vietnamese transliterations ministries and the press still use ("Bê-la-rút", "Ca-dắc-xtan").
 */
export const countryAliases: Readonly<Record<string, readonly string[]>> = {
  VN: ['Việt Nam', 'Viet Nam', 'Vietnam', 'Việt'],
  RU: ['Liên bang Nga', 'Nga', 'Liên Xô', 'Xô viết', 'Russian Federation', 'Soviet Union', 'USSR'],
  BY: ['Bê-la-rút', 'Bê-la-ru-xơ', 'Bêlarút', 'Belarút', 'Cộng hòa Belarus'],
  KZ: ['Ca-dắc-xtan', 'Cadắcxtan', 'Ca-dắc-tan', 'Kazakstan'],
  KG: ['Cư-rơ-gư-xtan', 'Cư-rơ-gư-dơ-xtan', 'Cưrơgưxtan', 'Kirghizia', 'Kirgizstan', 'Kyrgyz Republic'],
  AZ: ['A-déc-bai-gian', 'A-dec-bai-gian', 'Adécbaigian'],
  UZ: ['U-dơ-bê-ki-xtan', 'Udơbêkixtan'],
  TJ: ['Tát-gi-ki-xtan'],
  TM: ['Tuốc-mê-ni-xtan'],
  US: ['Mỹ', 'Hoa Kỳ', 'United States', 'USA', 'U.S.'],
  GB: ['Anh', 'Vương quốc Anh', 'United Kingdom', 'Britain', 'UK'],
  JP: ['Nhật', 'Nhật Bản'],
  KR: ['Hàn Quốc', 'South Korea'],
  KP: ['Triều Tiên', 'North Korea'],
  AU: ['Úc', 'Australia', 'Ô-xtrây-li-a'],
  CU: ['Cu-ba'],
  KH: ['Campuchia', 'Cam-pu-chia', 'Cambodia'],
  LA: ['Lào', 'Laos'],
  IT: ['Ý', 'I-ta-li-a'],
  CZ: ['Séc', 'Czech Republic', 'Czechia'],
  UA: ['U-crai-na', 'Ukraine'],
  MN: ['Mông Cổ', 'Mongolia'],
  IN: ['Ấn Độ', 'India'],
  SG: ['Xin-ga-po', 'Singapore'],
  MY: ['Ma-lai-xi-a', 'Malaysia'],
  ID: ['In-đô-nê-xi-a', 'Indonesia'],
  PH: ['Phi-líp-pin', 'Philippines'],
  MM: ['Mi-an-ma', 'Myanmar'],
  BN: ['Bru-nây', 'Brunei'],
  HU: ['Hung-ga-ri'],
  BG: ['Bun-ga-ri'],
  RO: ['Ru-ma-ni'],
  PL: ['Ba Lan'],
  AM: ['Ác-mê-ni-a'],
  GE: ['Gru-di-a'],
  TR: ['Thổ Nhĩ Kỳ', 'Türkiye', 'Turkey'],
};

/** Leaders of partners, as the press writes them in Latin script and in Vietnamese transliteration. */
export const leaderNames: Readonly<Record<string, readonly string[]>> = {
  BY: ['Lukashenko', 'Lukashenka', 'Lu-ca-sen-cô', 'Golovchenko', 'Tertel'],
  RU: ['Putin', 'Pu-tin', 'Medvedev', 'Mét-vê-đép', 'Mishustin', 'Mi-su-xtin', 'Lavrov', 'La-vrốp'],
  KZ: ['Tokayev', 'Tokaev', 'Tô-ca-ép', 'Nazarbayev', 'Na-da-bai-ép', 'Bektenov'],
  AZ: ['Aliyev', 'A-li-ép', 'Bayramov', 'Asadov'],
  KG: ['Japarov', 'Zhaparov', 'Gia-pa-rốp', 'Kasymaliev', 'Kasimalyev', 'Atambayev'],
};

/** One-syllable names that are also Vietnamese given names or parts of place names ("Nguyễn Thị Nga", "Lào Cai"). */
export const ambiguousNames: ReadonlySet<string> = new Set(['Nga', 'Lào', 'Đức', 'Mỹ', 'Anh', 'Pháp', 'Ý', 'Nhật', 'Úc', 'Séc', 'Bỉ', 'Việt', 'Hàn', 'Thái', 'Trung', 'Hy Lạp']);

/** Vietnamese places that begin with a country's one-syllable name. */
export const placesWithCountryNames: readonly string[] = [
  'Lào Cai', 'Mỹ Tho', 'Mỹ Sơn', 'Mỹ Đình', 'Mỹ Khê', 'Mỹ Lai', 'Mỹ Hào', 'Mỹ Đức', 'Nga Sơn', 'Đức Phổ', 'Đức Trọng', 'Đức Linh',
  'Đức Hòa', 'Đức Huệ', 'Đức Thọ', 'Đức Cơ', 'Đức Giang', 'Anh Sơn', 'Nhật Tân', 'Pháp Vân', 'Việt Trì', 'Việt Yên', 'Úc Kỳ', 'Hàn Thuyên',
  'Pháp Luân', 'Đức Phật', 'Đức Mẹ', 'Đức Giáo hoàng', 'Anh hùng', 'Đức Tin',
];

/** International organisations: a sentence about one of them is not about the partner it does not name. */
export const organisationNames: readonly string[] = [
  'ASEAN', 'IPU', 'Liên hợp quốc', 'Liên Hợp Quốc', 'LHQ', 'United Nations', 'UN', 'EAEU', 'EAEC', 'Liên minh Kinh tế Á-Âu', 'Liên minh Kinh tế Á - Âu',
  'Liên minh Kinh tế Á – Âu', 'Eurasian Economic Union', 'EU', 'Liên minh châu Âu', 'European Union', 'APEC', 'WTO', 'Tổ chức Thương mại thế giới',
  'SCO', 'Tổ chức Hợp tác Thượng Hải', 'BRICS', 'CIS', 'CICA', 'Hội đồng Bảo an', 'Security Council', 'UNESCO', 'ASEM', 'G20', 'OPEC', 'Liên minh Nghị viện Thế giới',
  'Inter-Parliamentary Union', 'AIPA', 'Hội đồng Nhân quyền', 'Human Rights Council',
];
