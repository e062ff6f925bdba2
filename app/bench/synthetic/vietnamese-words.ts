/**
 * Word lists the synthetic datasets are built from: Vietnamese with every tone mark and đ, each
 * phrase paired with its English so that both languages of a record say the same thing.
 */
export interface Phrase {
  vi: string;
  en: string;
}

export const vietnameseFamilyNames = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Tô',
] as const;

export const vietnameseMiddleNames = [
  'Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Hữu', 'Xuân', 'Thu', 'Bình',
  'Hồng', 'Ngọc', 'Tấn', 'Đình', 'Kim', 'Mạnh',
] as const;

export const vietnameseGivenNames = [
  'Chính', 'Sơn', 'Hùng', 'Dũng', 'Thắng', 'Hương', 'Lan', 'Minh', 'Tuấn', 'Cường',
  'Thưởng', 'Huệ', 'Quang', 'Phúc', 'Trọng', 'Hằng', 'Nga', 'Việt', 'Long', 'Khải',
  'Đạt', 'Ánh', 'Nghĩa', 'Tùng', 'Thủy', 'Diệp', 'Hải', 'Kiên',
] as const;

/** Vietnamese leaders named in the real records, so that name searches find them at every scale. */
export const vietnameseLeaders = ['Phạm Bình Minh', 'Trương Tấn Sang', 'Phạm Minh Chính', 'Bùi Thanh Sơn', 'Nguyễn Xuân Phúc'] as const;

export const vietnameseOfficeTitles: readonly Phrase[] = [
  { vi: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', en: 'President of the Socialist Republic of Vietnam' },
  { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  { vi: 'Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao', en: 'Deputy Prime Minister and Minister of Foreign Affairs' },
  { vi: 'Bộ trưởng Bộ Ngoại giao', en: 'Minister of Foreign Affairs' },
  { vi: 'Chủ tịch Quốc hội', en: 'Chairman of the National Assembly' },
  { vi: 'Bộ trưởng Bộ Công Thương', en: 'Minister of Industry and Trade' },
  { vi: 'Bộ trưởng Bộ Kế hoạch và Đầu tư', en: 'Minister of Planning and Investment' },
  { vi: 'Thứ trưởng Bộ Ngoại giao', en: 'Deputy Minister of Foreign Affairs' },
  { vi: 'Đại sứ Việt Nam', en: 'Ambassador of Vietnam' },
];

export const partnerOfficeTitles: readonly Phrase[] = [
  { vi: 'Tổng thống', en: 'President' },
  { vi: 'Thủ tướng', en: 'Prime Minister' },
  { vi: 'Ngoại trưởng', en: 'Foreign Minister' },
  { vi: 'Chủ tịch Quốc hội', en: 'Speaker of Parliament' },
  { vi: 'Bộ trưởng Kinh tế', en: 'Minister of Economy' },
  { vi: 'Phó Thủ tướng', en: 'Deputy Prime Minister' },
  { vi: 'Đại sứ', en: 'Ambassador' },
];

export const foreignGivenNames = [
  'Ilham', 'Aleksandr', 'Nurlan', 'Sergei', 'Aibek', 'Marat', 'Elena', 'Olga', 'Rustam', 'Jasur',
  'Timur', 'Amina', 'Lars', 'Kofi', 'Hiroshi', 'Carlos', 'Ingrid', 'Tomasz', 'Leyla', 'Omar',
] as const;

export const foreignFamilyNames = [
  'Aliyev', 'Ivanov', 'Sadykov', 'Petrov', 'Karimov', 'Mammadov', 'Novak', 'Silva', 'Mensah', 'Tanaka',
  'Okafor', 'Schmidt', 'Haddad', 'Kowalski', 'Rahman', 'Dubois', 'Andersen', 'Bekov', 'Horvat', 'Costa',
] as const;

export const vietnameseCities: readonly Phrase[] = [
  { vi: 'Hà Nội', en: 'Hanoi' },
  { vi: 'Thành phố Hồ Chí Minh', en: 'Ho Chi Minh City' },
  { vi: 'Đà Nẵng', en: 'Da Nang' },
  { vi: 'Hải Phòng', en: 'Hai Phong' },
  { vi: 'Cần Thơ', en: 'Can Tho' },
  { vi: 'Huế', en: 'Hue' },
  { vi: 'Hạ Long', en: 'Ha Long' },
  { vi: 'Quy Nhơn', en: 'Quy Nhon' },
  { vi: 'Đà Lạt', en: 'Da Lat' },
  { vi: 'Phú Quốc', en: 'Phu Quoc' },
];

export const agreementNames: readonly Phrase[] = [
  { vi: 'Hiệp định thương mại', en: 'Trade Agreement' },
  { vi: 'Hiệp định miễn thị thực cho người mang hộ chiếu phổ thông', en: 'Agreement on visa exemption for ordinary passport holders' },
  { vi: 'Bản ghi nhớ về hợp tác giáo dục và đào tạo', en: 'Memorandum of understanding on education and training' },
  { vi: 'Hiệp định tránh đánh thuế hai lần', en: 'Double Taxation Avoidance Agreement' },
  { vi: 'Hiệp định khuyến khích và bảo hộ đầu tư', en: 'Agreement on the promotion and protection of investment' },
  { vi: 'Thỏa thuận hợp tác văn hóa', en: 'Cultural cooperation agreement' },
  { vi: 'Bản ghi nhớ về hợp tác nông nghiệp', en: 'Memorandum of understanding on agricultural cooperation' },
  { vi: 'Hiệp định tương trợ tư pháp về hình sự', en: 'Treaty on mutual legal assistance in criminal matters' },
  { vi: 'Hiệp định vận chuyển hàng không', en: 'Air Services Agreement' },
  { vi: 'Thỏa thuận hợp tác du lịch', en: 'Tourism cooperation agreement' },
];

export const agreementParties: readonly Phrase[] = [
  { vi: 'Chính phủ hai nước', en: 'the two governments' },
  { vi: 'Bộ Ngoại giao hai nước', en: 'the two foreign ministries' },
  { vi: 'Bộ Công Thương Việt Nam và Bộ Kinh tế nước bạn', en: "Vietnam's Ministry of Industry and Trade and the partner's Ministry of Economy" },
  { vi: 'Thông tấn xã Việt Nam và hãng thông tấn nước bạn', en: "the Vietnam News Agency and the partner's news agency" },
  { vi: 'Tập đoàn Dầu khí Việt Nam và công ty năng lượng quốc gia nước bạn', en: "PetroVietnam and the partner's national energy company" },
];

export const cooperationAreas: readonly Phrase[] = [
  { vi: 'năng lượng', en: 'energy' },
  { vi: 'dầu khí', en: 'oil and gas' },
  { vi: 'giáo dục và đào tạo', en: 'education and training' },
  { vi: 'y tế', en: 'health' },
  { vi: 'nông nghiệp', en: 'agriculture' },
  { vi: 'quốc phòng', en: 'defence' },
  { vi: 'an ninh', en: 'security' },
  { vi: 'văn hóa', en: 'culture' },
  { vi: 'du lịch', en: 'tourism' },
  { vi: 'khoa học và công nghệ', en: 'science and technology' },
  { vi: 'giao thông vận tải', en: 'transport' },
  { vi: 'thông tin và truyền thông', en: 'information and communications' },
  { vi: 'lao động', en: 'labour' },
  { vi: 'tư pháp', en: 'justice' },
  { vi: 'môi trường', en: 'the environment' },
];

export const frameworkNames: readonly Phrase[] = [
  { vi: 'Đối tác chiến lược toàn diện', en: 'Comprehensive Strategic Partnership' },
  { vi: 'Đối tác chiến lược', en: 'Strategic Partnership' },
  { vi: 'Đối tác toàn diện', en: 'Comprehensive Partnership' },
];

export const mechanismNames: readonly Phrase[] = [
  {
    vi: 'Ủy ban liên Chính phủ về hợp tác kinh tế, thương mại và khoa học kỹ thuật',
    en: 'Intergovernmental Committee on economic, trade and scientific-technical cooperation',
  },
  { vi: 'Tham vấn chính trị cấp Thứ trưởng Ngoại giao', en: 'Political consultations at deputy foreign minister level' },
  { vi: 'Đối thoại chiến lược ngoại giao, quốc phòng và an ninh', en: 'Diplomatic, defence and security strategic dialogue' },
  { vi: 'Tiểu ban hợp tác nông nghiệp', en: 'Subcommittee on agricultural cooperation' },
];

export const forums: readonly Phrase[] = [
  { vi: 'Liên hợp quốc', en: 'the United Nations' },
  { vi: 'Hội đồng Bảo an Liên hợp quốc', en: 'the UN Security Council' },
  { vi: 'Hội đồng Nhân quyền Liên hợp quốc', en: 'the UN Human Rights Council' },
  { vi: 'Tổ chức Thương mại Thế giới', en: 'the World Trade Organization' },
  { vi: 'Phong trào Không liên kết', en: 'the Non-Aligned Movement' },
  { vi: 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương', en: 'Asia-Pacific Economic Cooperation' },
  { vi: 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc', en: 'UNESCO' },
];

export const publishers = [
  'Báo Thế giới và Việt Nam (baoquocte.vn)',
  'Báo Nhân Dân',
  'Thông tấn xã Việt Nam',
  'Báo Quân đội nhân dân',
  'Cổng thông tin điện tử Chính phủ',
  'Báo điện tử Đảng Cộng sản Việt Nam',
  'Báo Tuổi Trẻ',
] as const;

/** What two sides did together: completes "Hai bên …" / "The two sides …". */
export const jointActions: readonly Phrase[] = [
  { vi: 'nhất trí tăng cường hợp tác trong các lĩnh vực tiềm năng', en: 'agreed to strengthen cooperation in promising fields' },
  { vi: 'khẳng định mong muốn thúc đẩy quan hệ hữu nghị truyền thống', en: 'affirmed their wish to advance their traditional friendship' },
  { vi: 'trao đổi về tình hình khu vực và quốc tế cùng quan tâm', en: 'exchanged views on regional and international issues of mutual interest' },
  { vi: 'thống nhất sớm tổ chức kỳ họp tiếp theo của Ủy ban liên Chính phủ', en: 'agreed to hold the next session of the Intergovernmental Committee soon' },
  { vi: 'đánh giá cao kết quả hợp tác đạt được thời gian qua', en: 'praised the results of their cooperation so far' },
  { vi: 'nhất trí tạo điều kiện thuận lợi cho cộng đồng người Việt Nam sinh sống và làm việc', en: 'agreed to make life and work easier for the Vietnamese community' },
  { vi: 'cam kết mở rộng thị trường cho hàng nông sản, thủy sản và dệt may', en: 'committed to open markets for farm produce, seafood and textiles' },
  { vi: 'ủng hộ lẫn nhau tại các diễn đàn đa phương', en: 'pledged mutual support in multilateral forums' },
  { vi: 'nhất trí phấn đấu nâng kim ngạch thương mại song phương', en: 'agreed to work to raise bilateral trade' },
  { vi: 'đề nghị đẩy mạnh trao đổi đoàn các cấp, nhất là cấp cao', en: 'proposed more exchanges of delegations at every level, especially the highest' },
];

/** Common words of the relations vocabulary, for notes and keyword lines. */
export const relationsVocabulary = [
  'hợp tác', 'phát triển', 'kinh tế', 'thương mại', 'đầu tư', 'giáo dục', 'văn hóa', 'du lịch',
  'quốc phòng', 'an ninh', 'năng lượng', 'nông nghiệp', 'hữu nghị', 'truyền thống', 'chiến lược',
  'toàn diện', 'đối tác', 'khu vực', 'quốc tế', 'nhân dân', 'cộng đồng', 'lãnh đạo', 'chuyến thăm',
  'hội đàm', 'ký kết', 'thỏa thuận', 'hiệp định', 'kim ngạch', 'xuất khẩu', 'nhập khẩu', 'dự án',
  'vốn', 'thị thực', 'lãnh sự', 'đại sứ quán', 'tham vấn', 'ủy ban', 'kỳ họp',
] as const;

/** Latin syllables for the names of synthetic partner countries and their cities. */
export const placeNameSyllables = [
  'va', 'lo', 'ri', 'ma', 'sen', 'dor', 'ka', 'tal', 'bri', 'nos', 'el', 'ur', 'zan', 'ti', 'mer',
  'ga', 'lun', 'or', 'sta', 'vi', 'an', 'pel', 'ros', 'ki', 'dal', 'ne', 'bar', 'is', 'tor', 'qua',
] as const;

/** Real partners with their Vietnamese names; synthetic partners fill the rest of a large scale. */
export const realPartners: readonly { code: string; name: Phrase; capital: Phrase }[] = [
  { code: 'RU', name: { vi: 'Liên bang Nga', en: 'Russia' }, capital: { vi: 'Mát-xcơ-va', en: 'Moscow' } },
  { code: 'FR', name: { vi: 'Pháp', en: 'France' }, capital: { vi: 'Pa-ri', en: 'Paris' } },
  { code: 'DE', name: { vi: 'Đức', en: 'Germany' }, capital: { vi: 'Béc-lin', en: 'Berlin' } },
  { code: 'JP', name: { vi: 'Nhật Bản', en: 'Japan' }, capital: { vi: 'Tô-ky-ô', en: 'Tokyo' } },
  { code: 'KR', name: { vi: 'Hàn Quốc', en: 'Republic of Korea' }, capital: { vi: 'Xơ-un', en: 'Seoul' } },
  { code: 'IN', name: { vi: 'Ấn Độ', en: 'India' }, capital: { vi: 'Niu Đê-li', en: 'New Delhi' } },
  { code: 'IT', name: { vi: 'Ý', en: 'Italy' }, capital: { vi: 'Rô-ma', en: 'Rome' } },
  { code: 'ES', name: { vi: 'Tây Ban Nha', en: 'Spain' }, capital: { vi: 'Ma-đrít', en: 'Madrid' } },
  { code: 'PT', name: { vi: 'Bồ Đào Nha', en: 'Portugal' }, capital: { vi: 'Li-xbon', en: 'Lisbon' } },
  { code: 'NL', name: { vi: 'Hà Lan', en: 'Netherlands' }, capital: { vi: 'Am-xtéc-đam', en: 'Amsterdam' } },
  { code: 'BE', name: { vi: 'Bỉ', en: 'Belgium' }, capital: { vi: 'Brúc-xen', en: 'Brussels' } },
  { code: 'SE', name: { vi: 'Thụy Điển', en: 'Sweden' }, capital: { vi: 'Xtốc-khôm', en: 'Stockholm' } },
  { code: 'CH', name: { vi: 'Thụy Sĩ', en: 'Switzerland' }, capital: { vi: 'Bécnơ', en: 'Bern' } },
  { code: 'NO', name: { vi: 'Na Uy', en: 'Norway' }, capital: { vi: 'Ô-xlô', en: 'Oslo' } },
  { code: 'DK', name: { vi: 'Đan Mạch', en: 'Denmark' }, capital: { vi: 'Cô-pen-ha-ghen', en: 'Copenhagen' } },
  { code: 'FI', name: { vi: 'Phần Lan', en: 'Finland' }, capital: { vi: 'Hen-xin-ki', en: 'Helsinki' } },
  { code: 'PL', name: { vi: 'Ba Lan', en: 'Poland' }, capital: { vi: 'Vác-sa-va', en: 'Warsaw' } },
  { code: 'HU', name: { vi: 'Hung-ga-ri', en: 'Hungary' }, capital: { vi: 'Bu-đa-pét', en: 'Budapest' } },
  { code: 'EG', name: { vi: 'Ai Cập', en: 'Egypt' }, capital: { vi: 'Cai-rô', en: 'Cairo' } },
  { code: 'ZA', name: { vi: 'Nam Phi', en: 'South Africa' }, capital: { vi: 'Prê-tô-ri-a', en: 'Pretoria' } },
  { code: 'AU', name: { vi: 'Ô-xtrây-li-a', en: 'Australia' }, capital: { vi: 'Can-bê-ra', en: 'Canberra' } },
  { code: 'NZ', name: { vi: 'Niu Di-lân', en: 'New Zealand' }, capital: { vi: 'Oen-linh-tơn', en: 'Wellington' } },
  { code: 'LA', name: { vi: 'Lào', en: 'Laos' }, capital: { vi: 'Viêng Chăn', en: 'Vientiane' } },
  { code: 'KH', name: { vi: 'Campuchia', en: 'Cambodia' }, capital: { vi: 'Phnôm Pênh', en: 'Phnom Penh' } },
  { code: 'TH', name: { vi: 'Thái Lan', en: 'Thailand' }, capital: { vi: 'Băng Cốc', en: 'Bangkok' } },
  { code: 'SG', name: { vi: 'Xin-ga-po', en: 'Singapore' }, capital: { vi: 'Xin-ga-po', en: 'Singapore' } },
  { code: 'MN', name: { vi: 'Mông Cổ', en: 'Mongolia' }, capital: { vi: 'U-lan Ba-to', en: 'Ulaanbaatar' } },
  { code: 'CU', name: { vi: 'Cu-ba', en: 'Cuba' }, capital: { vi: 'La Ha-ba-na', en: 'Havana' } },
  { code: 'BR', name: { vi: 'Bra-xin', en: 'Brazil' }, capital: { vi: 'Bra-xi-li-a', en: 'Brasília' } },
  { code: 'TR', name: { vi: 'Thổ Nhĩ Kỳ', en: 'Türkiye' }, capital: { vi: 'An-ca-ra', en: 'Ankara' } },
  { code: 'AZ', name: { vi: 'Azerbaijan', en: 'Azerbaijan' }, capital: { vi: 'Baku', en: 'Baku' } },
  { code: 'BY', name: { vi: 'Bê-la-rút', en: 'Belarus' }, capital: { vi: 'Min-xcơ', en: 'Minsk' } },
  { code: 'KZ', name: { vi: 'Ca-dắc-xtan', en: 'Kazakhstan' }, capital: { vi: 'A-xta-na', en: 'Astana' } },
  { code: 'KG', name: { vi: 'Cư-rơ-gư-xtan', en: 'Kyrgyzstan' }, capital: { vi: 'Bi-skếch', en: 'Bishkek' } },
  { code: 'UZ', name: { vi: 'U-dơ-bê-ki-xtan', en: 'Uzbekistan' }, capital: { vi: 'Ta-sken', en: 'Tashkent' } },
];
