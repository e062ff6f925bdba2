// Builds resources/dataset/dataset.json from the seed articles in ../shared/seeds. Passages are cut out of the seed files by anchors,
// so they are verbatim by construction; an anchor that is not found stops the build.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const OUT = path.join(ROOT, 'resources', 'dataset', 'dataset.json');

const A = {
  '000': { id: 'art-000-baoquocte-az-30-years', file: '000_238f97b1b30cd313.txt' },
  '001': { id: 'art-001-phutho-ru-milestones', file: '001_bf43143244d6f24f.txt' },
  '002': { id: 'art-002-mt-az-aliyev-visit', file: '002_16d4dbea2125bbdc.txt' },
  '003': { id: 'art-003-thoidai-by-new-heights', file: '003_92263a5824903665.txt' },
  '004': { id: 'art-004-thoidai-kg-friendship', file: '004_e912ec60c3322451.txt' },
};
const seed = Object.fromEntries(
  Object.entries(A).map(([k, a]) => [k, readFileSync(path.join(SEEDS, a.file), 'utf8').normalize('NFC')]),
);

const T = (vi, en) => ({ vi, en, translation: 'ours' });

/** The seed text from `start` to `end` (inclusive), or to the end of the line. */
function P(key, start, end) {
  const text = seed[key];
  const i = text.indexOf(start);
  if (i < 0) throw new Error(`anchor not found in ${key}: ${start}`);
  let j;
  if (end === undefined) {
    j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
  } else {
    const e = text.indexOf(end, i);
    if (e < 0) throw new Error(`end anchor not found in ${key}: ${end}`);
    j = e + end.length;
  }
  return text.slice(i, j).trim();
}

/** A source: article key, passage, confidence, and optional correction / inference. */
function S(key, passage, confidence = 'high', extra = {}) {
  return { article: A[key].id, passage, confidence, ...extra };
}
const C = (textVi, textEn, reasonVi, reasonEn) => ({ text: T(textVi, textEn), reason: T(reasonVi, reasonEn) });

const person = (nameVi, nameEn, titleVi, titleEn, country) => ({
  name: T(nameVi, nameEn),
  title: T(titleVi, titleEn),
  country,
});

// People, with their titles at the time.
const TO_LAM_GS = person('Tô Lâm', 'Tô Lâm', 'Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'General Secretary of the Communist Party of Vietnam Central Committee', 'VN');
const PUTIN = person('Vladimir Putin', 'Vladimir Putin', 'Tổng thống Liên bang Nga', 'President of the Russian Federation', 'RU');
const NGUYEN_PHU_TRONG = person('Nguyễn Phú Trọng', 'Nguyễn Phú Trọng', 'Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'General Secretary of the Communist Party of Vietnam Central Committee', 'VN');
const HO_CHI_MINH = person('Hồ Chí Minh', 'Hồ Chí Minh', 'Chủ tịch nước Việt Nam Dân chủ Cộng hòa', 'President of the Democratic Republic of Vietnam', 'VN');
const PHAM_MINH_CHINH = person('Phạm Minh Chính', 'Phạm Minh Chính', 'Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'Prime Minister of the Socialist Republic of Vietnam', 'VN');

// Inferences used more than once.
const INF_2022 = T(
  'Bài không ghi năm; hội thảo ngày 19/7 kỷ niệm 30 năm thiết lập quan hệ ngoại giao (23/9/1992), nên là năm 2022.',
  'The article gives no year; the seminar of 19 July marks 30 years of diplomatic relations (established 23 September 1992), so it was held in 2022.',
);
const INF_2014 = T(
  'Bài không ghi năm. Số liệu mới nhất là thương mại năm 2013; Chủ tịch nước là ông Trương Tấn Sang (nhiệm kỳ 2011–2016) và ông Phạm Bình Minh là Phó Thủ tướng kiêm Bộ trưởng Ngoại giao (từ tháng 11/2013): chuyến thăm chính thức Việt Nam của Tổng thống Ilham Aliyev diễn ra ngày 18–20/5/2014.',
  "The article gives no year. Its newest figure is 2013 trade, Vietnam's President is Trương Tấn Sang (in office 2011–2016) and Phạm Bình Minh is Deputy Prime Minister and Foreign Minister (from November 2013): President Ilham Aliyev's official visit to Vietnam took place on 18–20 May 2014.",
);
const INF_TRIP_2025 = T(
  'Bài ngày 9/5/2025 nêu chuyến thăm trong chuyến công du của Tổng Bí thư (thăm cấp Nhà nước Kazakhstan, Azerbaijan, Belarus, thăm chính thức Liên bang Nga) nhưng không ghi ngày cụ thể; tháng 5/2025 lấy theo ngày đăng bài.',
  "The article of 9 May 2025 names this visit as part of the General Secretary's tour (state visits to Kazakhstan, Azerbaijan and Belarus, an official visit to Russia) but gives no exact dates; May 2025 is taken from the article's date.",
);
const INF_2024_RU = T(
  'Năm 2024 lấy theo ngày đăng bài (20/6/2024) và mốc 30 năm Hiệp ước (16/6/1994–16/6/2024) nêu trong bài.',
  "The year 2024 comes from the article's date (20 June 2024) and the treaty's 30th anniversary (16 June 1994 – 16 June 2024) stated in it.",
);
const INF_FTA_SIGNED = T(
  'Bài nói Hiệp định “sẽ tròn 10 năm vào ngày 29/5/2025”; Hiệp định có hiệu lực từ 5/10/2016 (bài 004), nên ngày 29/5/2015 là ngày ký.',
  'The article says the agreement "will be 10 years old on 29 May 2025"; as it entered into force on 5 October 2016 (article 004), 29 May 2015 is its signing date.',
);

const PASS_FTA_003 = P('003', 'Năm 2023, kim ngạch thương mại song phương đạt mức cao kỷ lục', 'vào ngày 29/5/2025.');
const PASS_FTA_004 = P('004', 'Hai nước cũng khai thác hiệu quả Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á-Âu');
const PASS_TRIP_2025 = P('003', 'Tổng Bí thư Tô Lâm và Phu nhân thăm cấp Nhà nước đến Kazakhstan');

function eaeuFta(cc, memberVi, memberEn) {
  return {
    id: `${cc.toLowerCase()}-agreement-vn-eaeu-fta-2015`,
    country: cc,
    kind: 'agreement',
    date: '2015-05-29',
    title: T('Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu', 'Vietnam–Eurasian Economic Union Free Trade Agreement'),
    summary: T(
      `Hiệp định Thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu (EAEU) được ký ngày 29/5/2015 và có hiệu lực từ ngày 5/10/2016. ${memberVi} là thành viên EAEU cùng với các nước khác trong số Nga, Kazakhstan, Kyrgyzstan, Armenia và Belarus.`,
      `The Free Trade Agreement between Vietnam and the Eurasian Economic Union (EAEU) was signed on 29 May 2015 and has been in force since 5 October 2016. ${memberEn} is a member of the EAEU, whose members are Russia, Kazakhstan, Kyrgyzstan, Armenia and Belarus.`,
    ),
    parties: T(
      'Việt Nam và Liên minh Kinh tế Á – Âu (Nga, Kazakhstan, Kyrgyzstan, Armenia, Belarus)',
      'Vietnam and the Eurasian Economic Union (Russia, Kazakhstan, Kyrgyzstan, Armenia, Belarus)',
    ),
    level: 'state',
    sources: [S('004', PASS_FTA_004), S('003', PASS_FTA_003, 'medium', { inference: INF_FTA_SIGNED })],
  };
}

function tripVisit(cc, level, countryVi, countryEn, extraSources = [], related) {
  const levelVi = level === 'state' ? 'thăm cấp Nhà nước' : 'thăm chính thức';
  const levelEn = level === 'state' ? 'state visit' : 'official visit';
  return {
    id: `${cc.toLowerCase()}-visit-2025-05`,
    country: cc,
    kind: 'visit',
    date: '2025-05',
    title: T(`Tổng Bí thư Tô Lâm ${levelVi} ${countryVi}`, `General Secretary Tô Lâm's ${levelEn} to ${countryEn}`),
    summary: T(
      `Tổng Bí thư Tô Lâm và Phu nhân ${levelVi} ${countryVi} trong chuyến công du tháng 5/2025 (thăm cấp Nhà nước Kazakhstan, Azerbaijan và Belarus, thăm chính thức Liên bang Nga).`,
      `General Secretary Tô Lâm and his spouse paid a${level === 'official' ? 'n' : ''} ${levelEn} to ${countryEn} during a May 2025 tour (state visits to Kazakhstan, Azerbaijan and Belarus, an official visit to Russia).`,
    ),
    direction: 'from-vietnam',
    level,
    principal: TO_LAM_GS,
    counterparts: [],
    sources: [S('003', PASS_TRIP_2025, 'high', { inference: INF_TRIP_2025 }), ...extraSources],
    ...(related ? { related } : {}),
  };
}

const coop = (id, country, areaVi, areaEn, titleVi, titleEn, sumVi, sumEn, sources, more = {}) => ({
  id,
  country,
  kind: 'cooperation',
  ...(more.date ? { date: more.date } : {}),
  title: T(titleVi, titleEn),
  summary: T(sumVi, sumEn),
  area: T(areaVi, areaEn),
  sources,
  ...(more.related ? { related: more.related } : {}),
});

// ---------------------------------------------------------------- Azerbaijan
const az000_22 = P('000', 'Hợp tác dầu khí, giáo dục – đào tạo', 'rất đáng khích lệ.');
const AZ = [
  {
    id: 'az-relations-1992',
    country: 'AZ',
    kind: 'relations',
    date: '1992-09-23',
    title: T('Thiết lập quan hệ ngoại giao', 'Diplomatic relations established'),
    summary: T(
      'Việt Nam và Azerbaijan chính thức thiết lập quan hệ ngoại giao ngày 23/9/1992.',
      'Vietnam and Azerbaijan established diplomatic relations on 23 September 1992.',
    ),
    sources: [S('002', P('002', 'Việt Nam và Azerbaijan chính thức thiết lập quan hệ ngoại giao'), 'medium')],
  },
  {
    id: 'az-milestone-seminar-30-years-2022',
    country: 'AZ',
    kind: 'milestone',
    date: '2022-07-19',
    title: T('Hội thảo 30 năm quan hệ ngoại giao', 'Seminar on 30 years of diplomatic relations'),
    summary: T(
      'Học viện Ngoại giao và Đại sứ quán Azerbaijan tại Việt Nam tổ chức hội thảo “30 năm thiết lập quan hệ ngoại giao giữa Việt Nam và Azerbaijan: Lịch sử và triển vọng” tại Học viện Ngoại giao; Thứ trưởng Ngoại giao Hà Kim Ngọc và Thứ trưởng Ngoại giao Azerbaijan Elnur Mammadov phát biểu khai mạc. Hội thảo gồm ba phiên: hợp tác chính trị; quan hệ kinh tế và nhân đạo; lịch sử quan hệ hai nước.',
      'The Diplomatic Academy of Vietnam and the Embassy of Azerbaijan in Vietnam held a seminar, “30 years of diplomatic relations between Vietnam and Azerbaijan: history and prospects”, at the Diplomatic Academy; Deputy Foreign Ministers Hà Kim Ngọc of Vietnam and Elnur Mammadov of Azerbaijan opened it. Its three sessions covered political cooperation, economic and humanitarian relations, and the history of the relationship.',
    ),
    sources: [
      S('000', P('000', 'Chiều ngày 19/7, tại Học viện Ngoại giao'), 'high', { inference: INF_2022 }),
      S('000', P('000', 'Hội thảo diễn ra nhân kỷ niệm 30 năm', 'phối hợp thực hiện.')),
      S('000', P('000', 'Thứ trưởng Ngoại giao Hà Kim Ngọc và Thứ trưởng Ngoại giao Azerbaijan Elnur Mammadov dự và phát biểu', 'tại Hội thảo.')),
      S('000', P('000', 'Hội thảo gồm ba phiên')),
    ],
    related: ['az-agreement-diplomatic-academies-2022'],
  },
  {
    id: 'az-agreement-diplomatic-academies-2022',
    country: 'AZ',
    kind: 'agreement',
    date: '2022-07-19',
    title: T('Thỏa thuận hợp tác giữa hai Học viện Ngoại giao', 'Cooperation agreement between the two diplomatic academies'),
    summary: T(
      'Trong khuôn khổ hội thảo kỷ niệm 30 năm quan hệ ngoại giao, hai Thứ trưởng Ngoại giao chứng kiến lễ ký Thỏa thuận hợp tác giữa Học viện Ngoại giao Việt Nam và Học viện Ngoại giao Azerbaijan.',
      'At the seminar marking 30 years of diplomatic relations, the two deputy foreign ministers witnessed the signing of a cooperation agreement between the Diplomatic Academy of Vietnam and the Azerbaijan Diplomatic Academy.',
    ),
    parties: T('Học viện Ngoại giao Việt Nam và Học viện Ngoại giao Azerbaijan', 'Diplomatic Academy of Vietnam and Azerbaijan Diplomatic Academy'),
    level: 'agency',
    sources: [S('000', P('000', 'Trong khuôn khổ hội thảo, hai Thứ trưởng', 'Học viện Ngoại giao Azerbaijan.'), 'high', { inference: INF_2022 })],
    related: ['az-milestone-seminar-30-years-2022'],
  },
  {
    id: 'az-people-traditional-friendship',
    country: 'AZ',
    kind: 'people',
    topic: 'friendship',
    title: T('Quan hệ hữu nghị truyền thống đặc biệt', 'A special traditional friendship'),
    summary: T(
      'Quan hệ Việt Nam – Azerbaijan được Chủ tịch Hồ Chí Minh, Tổng thống Heydar Aliyev cùng nhiều thế hệ lãnh đạo và nhân dân hai nước dày công xây dựng suốt hơn nửa thế kỷ; hai dân tộc có tình hữu nghị truyền thống đặc biệt.',
      "The relationship was built up over more than half a century by President Hồ Chí Minh, President Heydar Aliyev and successive generations of both countries' leaders and people; the two peoples share a special traditional friendship.",
    ),
    sources: [S('000', P('000', 'Phát biểu khai mạc, Thứ trưởng Ngoại giao Hà Kim Ngọc cho biết'))],
  },
  {
    id: 'az-people-soviet-era-support',
    country: 'AZ',
    kind: 'people',
    topic: 'friendship',
    title: T('Biết ơn sự giúp đỡ thời Liên Xô', 'Gratitude for Soviet-era support'),
    summary: T(
      'Việt Nam luôn trân trọng, biết ơn sự ủng hộ và giúp đỡ chí tình mà nhân dân Liên Xô, trong đó có nhân dân Azerbaijan, đã dành cho Việt Nam trong quá khứ.',
      'Vietnam remains grateful for the wholehearted support and help that the Soviet people, the people of Azerbaijan among them, gave it in the past.',
    ),
    sources: [S('000', P('000', 'Thứ trưởng nhắc lại và khẳng định', 'trong quá khứ.'))],
  },
  coop(
    'az-cooperation-political', 'AZ', 'Chính trị', 'Political relations',
    'Quan hệ chính trị không ngừng được tăng cường', 'Political relations keep strengthening',
    'Tiếp xúc và trao đổi đoàn các cấp, kể cả cấp cao nhất, được duy trì thường xuyên trên các kênh đảng, nhà nước và nhân dân. Theo Thứ trưởng Ngoại giao Azerbaijan Elnur Mammadov, việc lãnh đạo cấp cao hai nước thăm lẫn nhau tạo động lực mạnh mẽ cho hợp tác song phương.',
    'Contacts and delegation exchanges at every level, including the highest, are held regularly through party, state and people-to-people channels. According to Azerbaijani Deputy Foreign Minister Elnur Mammadov, mutual visits by top leaders give strong momentum to bilateral cooperation.',
    [
      S('000', P('000', 'Quan hệ chính trị không ngừng được tăng cường', 'đảng, nhà nước và nhân dân.')),
      S('000', P('000', 'Thứ trưởng Azerbaijan cho rằng, việc lãnh đạo cấp cao hai nước thăm lẫn nhau', 'song phương giữa hai nước.')),
    ],
  ),
  coop(
    'az-cooperation-trade-growth', 'AZ', 'Thương mại', 'Trade',
    'Kim ngạch thương mại tăng nhiều lần trong 10 năm', 'Trade has grown many times over in ten years',
    'Theo Thứ trưởng Ngoại giao Hà Kim Ngọc (tháng 7/2022), kim ngạch thương mại hai chiều đã tăng nhiều lần trong vòng 10 năm gần đây.',
    'According to Deputy Foreign Minister Hà Kim Ngọc (July 2022), two-way trade turnover has grown many times over in the last ten years.',
    [S('000', P('000', 'Hợp tác giữa hai nước trên nhiều lĩnh vực cũng từng bước được tăng cường', 'trong vòng 10 năm gần đây.'), 'high', { inference: INF_2022 })],
  ),
  coop(
    'az-cooperation-oil-gas', 'AZ', 'Dầu khí', 'Oil and gas',
    'Hợp tác dầu khí', 'Oil and gas cooperation',
    'Hợp tác dầu khí đã được nối lại và thu được những kết quả đáng khích lệ; Tập đoàn Dầu khí Việt Nam chủ động tìm kiếm cơ hội kinh doanh và tăng cường hợp tác với các đối tác Azerbaijan trong lĩnh vực dầu khí.',
    'Oil and gas cooperation has resumed with encouraging results; PetroVietnam (the Vietnam Oil and Gas Group) has actively sought business opportunities and closer cooperation with Azerbaijani partners in the sector.',
    [S('000', az000_22), S('002', P('002', 'Trong những năm gần đây, Tập đoàn Dầu khí Việt Nam'), 'medium')],
  ),
  coop(
    'az-cooperation-education', 'AZ', 'Giáo dục – đào tạo', 'Education and training',
    'Hợp tác giáo dục – đào tạo', 'Education and training cooperation',
    'Hợp tác giáo dục – đào tạo đã được nối lại và thu được những kết quả đáng khích lệ.',
    'Cooperation in education and training has resumed with encouraging results.',
    [S('000', az000_22)],
  ),
  coop(
    'az-cooperation-defence', 'AZ', 'Quốc phòng', 'Defence',
    'Hợp tác quốc phòng', 'Defence cooperation',
    'Hợp tác quốc phòng đã được nối lại và thu được những kết quả đáng khích lệ.',
    'Defence cooperation has resumed with encouraging results.',
    [S('000', az000_22)],
  ),
  coop(
    'az-cooperation-culture', 'AZ', 'Văn hóa', 'Culture',
    'Hợp tác văn hóa', 'Cultural cooperation',
    'Hợp tác văn hóa đã được nối lại và thu được những kết quả đáng khích lệ.',
    'Cultural cooperation has resumed with encouraging results.',
    [S('000', az000_22)],
  ),
  coop(
    'az-cooperation-assessment', 'AZ', 'Đánh giá chung', 'Overall assessment',
    'Hợp tác chưa tương xứng với tiềm năng', 'Cooperation below potential',
    'Năm 2022, Thứ trưởng Ngoại giao hai nước đều nhận định hợp tác trong nhiều lĩnh vực vẫn ở mức khiêm tốn, chưa tương xứng với tiềm năng và quan hệ chính trị tin cậy, đòi hỏi tìm kiếm phương hướng, giải pháp mới. Bài viết về chuyến thăm năm 2014 cũng nêu hợp tác chính trị, kinh tế, thương mại chưa tương xứng với tiềm năng.',
    'In 2022 both deputy foreign ministers judged that cooperation in many fields remained modest and below the two countries\' potential and political trust, calling for new directions and solutions. The report on the 2014 visit likewise said political, economic and trade cooperation fell short of its potential.',
    [
      S('000', P('000', 'Tuy nhiên, Thứ trưởng Hà Kim Ngọc cho rằng'), 'high', { inference: INF_2022 }),
      S('000', P('000', 'Tuy nhiên, ông Elnur Mammadov cũng đồng tình', 'tiềm năng lớn của hai nước.')),
      S('002', P('002', 'Tuy nhiên, quan hệ hợp tác song phương trong lĩnh vực chính trị'), 'medium', {
        inference: INF_2014,
        correction: C(
          'Tuy nhiên, quan hệ hợp tác song phương trong các lĩnh vực chính trị, kinh tế và thương mại chưa đáp ứng mong muốn của lãnh đạo hai nước và chưa tương xứng với tiềm năng.',
          'However, bilateral cooperation in politics, the economy and trade had not met the leaders\' expectations and was not commensurate with the potential.',
          'Câu dịch máy lủng củng; nội dung được diễn đạt lại theo nghĩa rõ nhất.',
          'The machine-translated sentence is clumsy; it is restated in its clearest meaning.',
        ),
      }),
    ],
  ),
  coop(
    'az-cooperation-broad-fields', 'AZ', 'Chính trị, ngoại giao, kinh tế, văn hóa', 'Politics, diplomacy, economy, culture',
    'Hợp tác sâu rộng trên nhiều lĩnh vực', 'Deep and broad cooperation in many fields',
    'Các đại biểu hội thảo năm 2022 nhận định hai nước hợp tác sâu, rộng trên nhiều lĩnh vực, gồm chính trị, ngoại giao, kinh tế, văn hóa, và mong muốn tiếp tục đẩy mạnh hợp tác tương xứng với tiềm năng.',
    'Participants in the 2022 seminar described deep and broad cooperation in politics, diplomacy, the economy and culture, and hoped to expand it in line with the two countries\' potential.',
    [S('000', P('000', 'Các đại biểu đều cho rằng'), 'high', { inference: INF_2022 })],
  ),
  {
    id: 'az-mechanism-intergovernmental-committee',
    country: 'AZ',
    kind: 'mechanism',
    title: T('Ủy ban liên Chính phủ về hợp tác kinh tế – thương mại và khoa học – kỹ thuật', 'Intergovernmental Committee on economic, trade, scientific and technical cooperation'),
    summary: T(
      'Theo Thứ trưởng Ngoại giao Azerbaijan Elnur Mammadov, việc thành lập Phân ban Việt Nam trong Ủy ban liên Chính phủ là một bước quan trọng nhằm phát triển quan hệ song phương.',
      'According to Azerbaijani Deputy Foreign Minister Elnur Mammadov, the establishment of the Vietnamese section of the Intergovernmental Committee was an important step in developing bilateral relations.',
    ),
    mechanism: T(
      'Ủy ban liên Chính phủ Việt Nam – Azerbaijan về hợp tác kinh tế – thương mại và khoa học – kỹ thuật',
      'Vietnam–Azerbaijan Intergovernmental Committee on Economic, Trade, Scientific and Technical Cooperation',
    ),
    sources: [S('000', P('000', 'Theo Thứ trưởng Elnur Mammadov, việc thành lập Phân ban Việt Nam', 'phát triển quan hệ song phương.'))],
  },
  {
    id: 'az-mechanism-intergovernmental-committee-session-3',
    country: 'AZ',
    kind: 'mechanism',
    date: '2022',
    title: T('Kỳ họp thứ 3 Ủy ban liên Chính phủ (dự kiến cuối năm 2022)', 'Third session of the Intergovernmental Committee (planned for late 2022)'),
    summary: T(
      'Kỳ họp lần thứ 3 của Ủy ban liên Chính phủ dự kiến diễn ra vào cuối năm 2022 và được kỳ vọng mở ra những cơ hội mới cho quan hệ hai nước. Bài viết không cho biết kỳ họp đã diễn ra hay chưa.',
      'The third session of the Intergovernmental Committee was planned for the end of 2022 and expected to open new opportunities for the relationship. The article does not say whether it took place.',
    ),
    mechanism: T(
      'Ủy ban liên Chính phủ Việt Nam – Azerbaijan về hợp tác kinh tế – thương mại và khoa học – kỹ thuật',
      'Vietnam–Azerbaijan Intergovernmental Committee on Economic, Trade, Scientific and Technical Cooperation',
    ),
    session: 3,
    sources: [
      S('000', P('000', 'Và kỳ họp Ủy ban liên Chính phủ', 'quan hệ giữa hai nước.'), 'medium', {
        inference: T(
          '“Cuối năm nay” trong bài viết về hội thảo ngày 19/7/2022 là cuối năm 2022; đây là kế hoạch, chưa phải sự kiện đã diễn ra.',
          '"The end of this year" in the report of the 19 July 2022 seminar means late 2022; this was a plan, not an event that had taken place.',
        ),
      }),
    ],
    related: ['az-mechanism-intergovernmental-committee'],
  },
  {
    id: 'az-visit-2014-05',
    country: 'AZ',
    kind: 'visit',
    date: '2014-05-18',
    dateEnd: '2014-05-20',
    title: T('Tổng thống Ilham Aliyev thăm chính thức Việt Nam', "President Ilham Aliyev's official visit to Vietnam"),
    summary: T(
      'Nhận lời mời của Chủ tịch nước Trương Tấn Sang, Tổng thống Azerbaijan Ilham Aliyev thăm chính thức Việt Nam từ ngày 18 đến 20/5/2014. Sáng 19/5, Chủ tịch nước chủ trì lễ đón chính thức tại Phủ Chủ tịch, có Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Bình Minh cùng lãnh đạo các bộ, ngành tham dự; sau lễ đón, hai nhà lãnh đạo hội đàm.',
      "At the invitation of President Trương Tấn Sang, President Ilham Aliyev of Azerbaijan paid an official visit to Vietnam on 18–20 May 2014. On the morning of 19 May President Sang hosted the official welcome ceremony at the Presidential Palace, attended by Deputy Prime Minister and Foreign Minister Phạm Bình Minh and leaders of ministries and agencies; talks between the two presidents followed.",
    ),
    direction: 'to-vietnam',
    level: 'official',
    principal: person('Ilham Aliyev', 'Ilham Aliyev', 'Tổng thống nước Cộng hòa Azerbaijan', 'President of the Republic of Azerbaijan', 'AZ'),
    counterparts: [
      person('Trương Tấn Sang', 'Trương Tấn Sang', 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'President of the Socialist Republic of Vietnam', 'VN'),
      person('Phạm Bình Minh', 'Phạm Bình Minh', 'Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao', 'Deputy Prime Minister and Minister of Foreign Affairs', 'VN'),
    ],
    sources: [
      S('002', P('002', 'Chủ tịch nước Trương Tấn Sang Việt nên mời'), 'medium', {
        inference: INF_2014,
        correction: C(
          'Nhận lời mời của Chủ tịch nước Trương Tấn Sang, Tổng thống nước Cộng hòa Azerbaijan Ilham Aliyev thăm chính thức Việt Nam từ ngày 18 đến ngày 20 tháng 5.',
          'At the invitation of President Trương Tấn Sang, President Ilham Aliyev of the Republic of Azerbaijan paid an official visit to Vietnam from 18 to 20 May.',
          'Bản dịch máy kém: tên Tổng thống Azerbaijan bị phiên âm sai (tên đúng là Ilham Aliyev, như bài ghi trong ngoặc), chức danh của ông là Tổng thống chứ không phải Chủ tịch nước, và ngữ pháp câu bị đảo lộn.',
          "Poor machine translation: the Azerbaijani President's name is mistransliterated (correctly Ilham Aliyev, as the article gives in brackets), his title is President (Tổng thống), not Chủ tịch nước, and the syntax is scrambled.",
        ),
      }),
      S('002', P('002', 'Sáng ngày 19, Chủ tịch'), 'medium', {
        correction: C(
          'Sáng ngày 19/5, Chủ tịch nước Trương Tấn Sang chủ trì lễ đón chính thức tại Phủ Chủ tịch, chào mừng đoàn cấp cao Azerbaijan thăm Việt Nam.',
          'On the morning of 19 May, President Trương Tấn Sang hosted the official welcome ceremony at the Presidential Palace for the Azerbaijani high-level delegation.',
          'Bản dịch máy ghi sai tên Chủ tịch nước; Chủ tịch nước Việt Nam tháng 5/2014 là ông Trương Tấn Sang, như chính bài viết ghi đúng ở câu trước. “Dinh tổng thống” là Phủ Chủ tịch.',
          "The machine translation gets the name of Vietnam's President wrong; in May 2014 he was Trương Tấn Sang, as the same article correctly says in the sentence before. The \"presidential mansion\" is the Presidential Palace in Hà Nội.",
        ),
      }),
      S('002', P('002', 'Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Bình Minh'), 'low', {
        correction: C(
          'Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Bình Minh cùng lãnh đạo các bộ, ngành Việt Nam dự lễ đón.',
          'Deputy Prime Minister and Foreign Minister Phạm Bình Minh and leaders of Vietnamese ministries and agencies attended the ceremony.',
          'Câu dịch máy nói “tham dự cuộc họp”; theo mạch bài, đây là việc tham dự lễ đón.',
          'The machine translation says "attended the meeting"; in context this is attendance at the welcome ceremony.',
        ),
      }),
    ],
    related: ['az-milestone-summit-talks-2014', 'az-agreement-visa-exemption-2014'],
  },
  {
    id: 'az-milestone-summit-talks-2014',
    country: 'AZ',
    kind: 'milestone',
    date: '2014-05-19',
    title: T('Hội đàm cấp cao Việt Nam – Azerbaijan', 'Vietnam–Azerbaijan summit talks'),
    summary: T(
      'Sau lễ đón ngày 19/5/2014, Chủ tịch nước Trương Tấn Sang và Tổng thống Ilham Aliyev hội đàm; hai bên cam kết nỗ lực thúc đẩy quan hệ hợp tác, thảo luận các cơ chế hợp tác và trao đổi ý kiến về các vấn đề quốc tế và khu vực cùng quan tâm.',
      'After the welcome ceremony on 19 May 2014, President Trương Tấn Sang and President Ilham Aliyev held talks; they pledged to work to develop cooperation, discussed cooperation mechanisms and exchanged views on international and regional issues of common concern.',
    ),
    sources: [
      S('002', P('002', 'Sau lễ đón, hai nhà lãnh đạo đã hội đàm'), 'medium', {
        inference: T(
          'Lễ đón diễn ra sáng ngày 19 (câu trước trong bài); năm 2014 suy ra như với chuyến thăm.',
          'The welcome ceremony took place on the morning of the 19th (an earlier sentence); the year 2014 is inferred as for the visit.',
        ),
      }),
    ],
    related: ['az-visit-2014-05'],
  },
  {
    id: 'az-agreement-visa-exemption-2014',
    country: 'AZ',
    kind: 'agreement',
    date: '2014-05',
    title: T('Hiệp định miễn thị thực cho hộ chiếu ngoại giao và công vụ', 'Visa exemption agreement for diplomatic and official passports'),
    summary: T(
      'Trong chuyến thăm chính thức Việt Nam của Tổng thống Ilham Aliyev tháng 5/2014, hai nước ký Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao và hộ chiếu công vụ.',
      "During President Ilham Aliyev's official visit to Vietnam in May 2014 the two countries signed an agreement exempting holders of diplomatic and official passports from visa requirements.",
    ),
    parties: T('Việt Nam và Azerbaijan', 'Vietnam and Azerbaijan'),
    level: 'government',
    sources: [
      S('002', P('002', 'Việt Nam và Albania cũng ký Hiệp định'), 'medium', {
        inference: T(
          'Câu nằm trong bài tường thuật chuyến thăm 18–20/5/2014 (“cũng ký”); ngày ký cụ thể không được nêu. Cấp ký không được nêu; hiệp định miễn thị thực thường được ký ở cấp Chính phủ.',
          'The sentence belongs to the report of the 18–20 May 2014 visit ("also signed"); the exact day is not stated. Nor is the level; visa exemption agreements are normally concluded between governments.',
        ),
        correction: C(
          'Việt Nam và Azerbaijan cũng ký Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao và hộ chiếu công vụ.',
          'Vietnam and Azerbaijan also signed an agreement on visa exemption for holders of diplomatic and official passports.',
          'Bản dịch máy ghi nhầm tên nước: toàn bài nói về chuyến thăm của Tổng thống Azerbaijan, nên bên ký là Azerbaijan; chữ “miễn thuế” là lỗi dịch, hiệp định là về miễn thị thực.',
          'The machine translation names the wrong country: the whole article reports the Azerbaijani President\'s visit, so the other party is Azerbaijan; "tax-free" is a translation error, the agreement is a visa exemption.',
        ),
      }),
    ],
    related: ['az-visit-2014-05'],
  },
  {
    id: 'az-trade-2013',
    country: 'AZ',
    kind: 'trade',
    date: '2013',
    title: T('Kim ngạch thương mại năm 2013', 'Trade in 2013'),
    summary: T('Năm 2013, kim ngạch thương mại song phương đạt 325 triệu USD.', 'Bilateral trade reached USD 325 million in 2013.'),
    year: 2013,
    flow: 'turnover',
    amount: { value: 325000000, currency: 'USD' },
    sources: [S('002', P('002', 'Năm 2013, khối lượng thương mại song phương'), 'medium')],
  },
  coop(
    'az-cooperation-vietnam-exports', 'AZ', 'Hàng xuất khẩu của Việt Nam', "Vietnam's exports",
    'Các mặt hàng Việt Nam xuất khẩu chủ yếu', "Vietnam's main exports",
    'Theo bài viết về chuyến thăm năm 2014, Việt Nam chủ yếu xuất khẩu sang Azerbaijan điện thoại di động, thủy sản, bánh quy, kẹo, ngũ cốc và các sản phẩm khác.',
    "According to the report on the 2014 visit, Vietnam's main exports to Azerbaijan are mobile phones, seafood, biscuits, confectionery and cereals, among other products.",
    [S('002', P('002', 'Việt Nam chủ yếu xuất khẩu điện thoại di động'), 'medium', { inference: INF_2014 })],
  ),
  coop(
    'az-cooperation-oil-gas-training', 'AZ', 'Đào tạo nhân lực dầu khí', 'Oil and gas personnel training',
    'Azerbaijan hỗ trợ đào tạo nhân lực dầu khí', 'Azerbaijan supports oil and gas training',
    'Azerbaijan hỗ trợ Việt Nam đào tạo cán bộ, đặc biệt qua việc thực hiện các thỏa thuận hợp tác đã ký giữa Học viện Dầu khí Nhà nước Azerbaijan và Tập đoàn Dầu khí Quốc gia Việt Nam.',
    'Azerbaijan supports Vietnam in training personnel, in particular by implementing the cooperation agreements signed between the Azerbaijan State Oil Academy and PetroVietnam (the Vietnam Oil and Gas Group).',
    [
      S('002', P('002', 'Azerbaijan để cung cấp hỗ trợ cho Việt Nam'), 'low', {
        correction: C(
          'Azerbaijan hỗ trợ Việt Nam trong lĩnh vực đào tạo cán bộ, đặc biệt là triển khai nghiêm túc các thỏa thuận hợp tác về công nghệ và đào tạo đã ký giữa Học viện Dầu khí Nhà nước Azerbaijan và Tập đoàn Dầu khí Quốc gia Việt Nam.',
          'Azerbaijan supports Vietnam in training personnel, in particular by faithfully implementing the technology and training cooperation agreements signed between the Azerbaijan State Oil Academy and PetroVietnam.',
          'Câu dịch máy rời rạc; đây là cách hiểu khả dĩ nhất, chưa được đối chiếu với nguồn khác. Bài không nêu thời điểm ký các thỏa thuận.',
          'The machine-translated sentence is disjointed; this is its most plausible reading, not checked against another source. The article does not say when the agreements were signed.',
        ),
      }),
    ],
  ),
  coop(
    'az-cooperation-areas-2014', 'AZ', 'Thương mại, đầu tư, du lịch', 'Trade, investment and tourism',
    'Lĩnh vực hợp tác được bàn tại hội đàm 2014', 'Areas of cooperation discussed at the 2014 talks',
    'Tại hội đàm tháng 5/2014, hai nhà lãnh đạo thảo luận các cơ hội và biện pháp tăng cường hợp tác nhiều mặt, trong đó có thương mại, đầu tư và du lịch.',
    'At their talks in May 2014 the two presidents discussed opportunities and measures to strengthen cooperation in many fields, including trade, investment and tourism.',
    [
      S('002', P('002', 'Chủ tịch lần Azerbaijan'), 'low', {
        inference: INF_2014,
        correction: C(
          'Tổng thống Azerbaijan Ilham Aliyev và Chủ tịch nước Trương Tấn Sang thảo luận về các cơ hội để hai bên tăng cường các biện pháp hợp tác nhiều mặt, trong đó có thương mại, đầu tư, du lịch và các lĩnh vực khác.',
          'President Ilham Aliyev of Azerbaijan and President Trương Tấn Sang discussed opportunities for both sides to strengthen cooperation in many fields, including trade, investment, tourism and other areas.',
          'Câu dịch máy hỏng ngữ pháp và phiên âm sai tên Tổng thống Azerbaijan (tên đúng là Ilham Aliyev).',
          'The machine-translated sentence is ungrammatical and mistransliterates the Azerbaijani President\'s name (correctly Ilham Aliyev).',
        ),
      }),
    ],
    { date: '2014-05-19', related: ['az-milestone-summit-talks-2014'] },
  ),
  tripVisit('AZ', 'state', 'Azerbaijan', 'Azerbaijan'),
];

// ---------------------------------------------------------------- Russia
const ru61 = P('001', 'Trong bối cảnh mới, trên nền tảng mối quan hệ chính trị tốt đẹp', 'Liên minh Kinh tế Á – Âu.');
const ru47_2001 = P('001', 'Sau ký kết Hiệp ước nền tảng ấy, năm 2001', 'ký với một nước.');
const RU = [
  {
    id: 'ru-relations-1950',
    country: 'RU',
    kind: 'relations',
    date: '1950-01-30',
    title: T('Thiết lập quan hệ ngoại giao (với Liên Xô)', 'Diplomatic relations established (with the Soviet Union)'),
    summary: T(
      'Việt Nam thiết lập quan hệ ngoại giao với Liên Xô ngày 30/1/1950; quan hệ với Liên Xô trước đây và Liên bang Nga ngày nay luôn vững bền và phát triển sâu rộng trên mọi lĩnh vực. Dù thể chế chính trị có thay đổi, hai nước luôn coi nhau là đối tác, bạn bè quan trọng và hàng đầu.',
      'Vietnam established diplomatic relations with the Soviet Union on 30 January 1950; relations with the Soviet Union and now the Russian Federation have remained steady and grown in every field. Despite changes of political system, the two countries have always regarded each other as important, leading partners and friends.',
    ),
    sources: [
      S('001', P('001', 'Từ khi thiết lập quan hệ ngoại giao ngày 30/01/1950')),
      S('001', P('001', 'Từ khi thiết lập quan hệ ngoại giao ngày 30-1-1950')),
    ],
  },
  {
    id: 'ru-agreement-friendship-treaty-1994',
    country: 'RU',
    kind: 'agreement',
    date: '1994-06-16',
    title: T('Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị', 'Treaty on the Basic Principles of Friendly Relations'),
    summary: T(
      'Ký ngày 16/6/1994, Hiệp ước tạo khuôn khổ pháp lý mới cho quan hệ hai nước, dựa trên các nguyên tắc tôn trọng độc lập và chủ quyền, toàn vẹn lãnh thổ, không can thiệp vào công việc nội bộ của nhau, bình đẳng và cùng có lợi trên cơ sở luật pháp quốc tế; Hiệp ước là nền tảng để quan hệ được nâng lên Đối tác chiến lược rồi Đối tác chiến lược toàn diện.',
      "Signed on 16 June 1994, the treaty gave relations a new legal framework founded on respect for independence and sovereignty, territorial integrity, non-interference in each other's internal affairs, equality and mutual benefit under international law; it paved the way for the Strategic Partnership and then the Comprehensive Strategic Partnership.",
    ),
    parties: T('Việt Nam và Liên bang Nga', 'Vietnam and the Russian Federation'),
    level: 'state',
    sources: [
      S('001', P('001', 'Chuyến thăm diễn ra đúng vào dịp kỷ niệm 30 năm', 'giữa hai quốc gia.')),
      S('001', P('001', 'Nhằm tạo khuôn khổ pháp lý mới cho quan hệ giữa Việt Nam và Nga')),
    ],
  },
  {
    id: 'ru-visit-2001',
    country: 'RU',
    kind: 'visit',
    date: '2001',
    title: T('Tổng thống Putin thăm Việt Nam; thiết lập Đối tác chiến lược', 'President Putin visits Vietnam; Strategic Partnership established'),
    summary: T(
      'Trong chuyến thăm năm 2001 của Tổng thống Vladimir Putin, hai bên ký văn kiện thiết lập quan hệ Đối tác chiến lược.',
      "During President Vladimir Putin's visit in 2001 the two sides signed the Strategic Partnership.",
    ),
    direction: 'to-vietnam',
    level: 'other',
    principal: PUTIN,
    counterparts: [],
    sources: [
      S('001', ru47_2001, 'medium', {
        inference: T(
          'Bài chỉ nói “trong chuyến thăm của Tổng thống Putin” năm 2001, không nêu nơi đến và cấp chuyến thăm; đây là chuyến thăm Việt Nam của ông (Hà Nội, 2001), theo hiểu biết chung chứ không theo bài. Cấp chuyến thăm để là “khác” vì bài không nêu.',
          "The article only says \"during President Putin's visit\" in 2001 and gives neither destination nor level; it was his visit to Vietnam (Hà Nội, 2001), from general knowledge rather than the article. The level is left as 'other' because the article does not state it.",
        ),
      }),
    ],
    related: ['ru-framework-strategic-partnership-2001'],
  },
  {
    id: 'ru-framework-strategic-partnership-2001',
    country: 'RU',
    kind: 'framework',
    date: '2001',
    title: T('Đối tác chiến lược', 'Strategic Partnership'),
    summary: T(
      'Năm 2001, trong chuyến thăm của Tổng thống Putin, hai nước thiết lập quan hệ Đối tác chiến lược – quan hệ đối tác chiến lược đầu tiên Việt Nam ký với một nước.',
      "In 2001, during President Putin's visit, the two countries established a Strategic Partnership — the first strategic partnership Vietnam ever signed with another country.",
    ),
    framework: T('Đối tác chiến lược', 'Strategic Partnership'),
    sources: [S('001', ru47_2001)],
    related: ['ru-visit-2001'],
  },
  {
    id: 'ru-framework-comprehensive-strategic-partnership-2012',
    country: 'RU',
    kind: 'framework',
    date: '2012',
    title: T('Đối tác chiến lược toàn diện', 'Comprehensive Strategic Partnership'),
    summary: T('Năm 2012, quan hệ hai nước được nâng lên Đối tác chiến lược toàn diện.', 'In 2012 relations were upgraded to a Comprehensive Strategic Partnership.'),
    framework: T('Đối tác chiến lược toàn diện', 'Comprehensive Strategic Partnership'),
    sources: [S('001', P('001', 'Sau đó, năm 2012, quan hệ được nâng lên Đối tác chiến lược toàn diện.', 'toàn diện.'))],
    related: ['ru-framework-strategic-partnership-2001'],
  },
  coop(
    'ru-cooperation-legal-framework', 'RU', 'Khuôn khổ pháp lý', 'Legal framework',
    'Khoảng 80 văn bản pháp lý nền tảng', 'About 80 basic legal documents',
    'Tính đến tháng 6/2024, Việt Nam và Liên bang Nga đã ký khoảng 80 văn bản pháp lý nền tảng làm cơ sở cho quan hệ hai nước phát triển.',
    'By June 2024 Vietnam and Russia had signed about 80 basic legal documents underpinning the development of their relations.',
    [
      S('001', P('001', 'Đến nay, giữa Việt Nam và Liên bang Nga ký kết khoảng 80 văn bản', 'quan hệ hai nước phát triển.'), 'high', {
        inference: T('“Đến nay” tính theo ngày đăng bài, 20/6/2024.', '"To date" is as of the article\'s date, 20 June 2024.'),
      }),
    ],
  ),
  {
    id: 'ru-agreement-joint-statement-vision-2030',
    country: 'RU',
    kind: 'agreement',
    title: T('Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện đến năm 2030', 'Joint Statement on the Vision of the Comprehensive Strategic Partnership to 2030'),
    summary: T(
      'Hai nước đang nỗ lực hiện thực hóa Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện đến năm 2030 (bài viết không nêu ngày ký).',
      'The two countries are working to implement the Joint Statement on the Vision of the Comprehensive Strategic Partnership to 2030 (the article does not give its date).',
    ),
    parties: T('Việt Nam và Liên bang Nga', 'Vietnam and the Russian Federation'),
    level: 'state',
    sources: [S('001', P('001', 'Chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Vladimir Putin có ý nghĩa quan trọng'))],
  },
  {
    id: 'ru-milestone-friendship-treaty-30-years',
    country: 'RU',
    kind: 'milestone',
    date: '2024-06-16',
    title: T('30 năm Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị', '30 years of the Treaty on the Basic Principles of Friendly Relations'),
    summary: T(
      'Ngày 16/6/2024 tròn 30 năm hai nước ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị (16/6/1994); chuyến thăm cấp Nhà nước của Tổng thống Putin diễn ra đúng dịp này.',
      "16 June 2024 marked 30 years since the two countries signed the Treaty on the Basic Principles of Friendly Relations (16 June 1994); President Putin's state visit took place at the time of the anniversary.",
    ),
    sources: [S('001', P('001', 'Chuyến thăm diễn ra đúng vào dịp kỷ niệm 30 năm', 'giữa hai quốc gia.'))],
    related: ['ru-agreement-friendship-treaty-1994', 'ru-visit-2024-06'],
  },
  {
    id: 'ru-visit-2024-06',
    country: 'RU',
    kind: 'visit',
    date: '2024-06-19',
    dateEnd: '2024-06-20',
    title: T('Tổng thống Vladimir Putin thăm cấp Nhà nước Việt Nam', "President Vladimir Putin's state visit to Vietnam"),
    summary: T(
      'Theo lời mời của Tổng Bí thư Nguyễn Phú Trọng, Tổng thống Vladimir Putin cùng Đoàn đại biểu cấp cao Liên bang Nga thăm cấp Nhà nước Việt Nam ngày 19–20/6/2024, đến Hà Nội đêm 19, rạng sáng 20/6. Chuyến thăm diễn ra đúng dịp 30 năm Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị; lãnh đạo hai nước thảo luận, định hướng quan hệ Đối tác chiến lược toàn diện đến năm 2030.',
      'At the invitation of General Secretary Nguyễn Phú Trọng, President Vladimir Putin led a Russian high-level delegation on a state visit to Vietnam on 19–20 June 2024, arriving in Hà Nội overnight from 19 to 20 June. The visit coincided with the 30th anniversary of the Treaty on the Basic Principles of Friendly Relations; the leaders discussed the direction of the Comprehensive Strategic Partnership to 2030.',
    ),
    direction: 'to-vietnam',
    level: 'state',
    principal: PUTIN,
    counterparts: [NGUYEN_PHU_TRONG],
    sources: [
      S('001', P('001', 'Đêm 19, rạng sáng 20/6'), 'high', { inference: INF_2024_RU }),
      S('001', P('001', 'Trong khuôn khổ chuyến thăm của Tổng thống Nga V.Putin lần này', 'lĩnh vực hợp tác trọng điểm.')),
    ],
    related: ['ru-milestone-friendship-treaty-30-years', 'ru-cooperation-orientation-2030'],
  },
  coop(
    'ru-cooperation-orientation-2030', 'RU', 'Định hướng quan hệ đến năm 2030', 'Direction of the partnership to 2030',
    'Định hướng quan hệ Đối tác chiến lược toàn diện đến năm 2030', 'Direction of the Comprehensive Strategic Partnership to 2030',
    'Trong chuyến thăm tháng 6/2024, lãnh đạo hai nước thảo luận và định hướng quan hệ Đối tác chiến lược toàn diện đến năm 2030, xác định rõ hơn các lĩnh vực hợp tác trọng điểm; các mục tiêu dài hạn và kế hoạch hành động cụ thể sẽ được đề ra.',
    'During the June 2024 visit the leaders discussed and set the direction of the Comprehensive Strategic Partnership to 2030, identifying the key areas of cooperation more clearly; long-term goals and concrete action plans are to follow.',
    [S('001', P('001', 'Trong khuôn khổ chuyến thăm của Tổng thống Nga V.Putin lần này'), 'high', { inference: INF_2024_RU })],
    { date: '2024-06', related: ['ru-visit-2024-06', 'ru-agreement-joint-statement-vision-2030'] },
  ),
  coop(
    'ru-cooperation-economy-priority', 'RU', 'Kinh tế, thương mại, đầu tư', 'Economy, trade and investment',
    'Ưu tiên hợp tác kinh tế, thương mại, đầu tư', 'Priority on economic cooperation, trade and investment',
    'Trên nền tảng quan hệ chính trị tốt đẹp, hai nước nhất trí ưu tiên tập trung đẩy mạnh hợp tác kinh tế, thúc đẩy thương mại và đầu tư.',
    'Building on good political relations, the two countries agreed to give priority to economic cooperation and to promoting trade and investment.',
    [S('001', ru61)],
  ),
  coop(
    'ru-cooperation-energy-oil-gas', 'RU', 'Năng lượng, dầu khí', 'Energy, oil and gas',
    'Năng lượng, dầu khí là điểm sáng', 'Energy, oil and gas remain a bright spot',
    'Hai bên nhất trí năng lượng, dầu khí tiếp tục là điểm sáng trong hợp tác, cần tích cực thúc đẩy hơn nữa.',
    'The two sides agreed that energy, oil and gas remain a bright spot of cooperation that should be pushed further.',
    [S('001', ru61)],
  ),
  coop(
    'ru-cooperation-vn-eaeu-fta', 'RU', 'Hiệp định thương mại tự do Việt Nam – EAEU', 'Vietnam–EAEU free trade agreement',
    'Khai thác tối đa Hiệp định thương mại tự do Việt Nam – EAEU', 'Making full use of the Vietnam–EAEU free trade agreement',
    'Hai bên nhất trí phối hợp khai thác tối đa Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu.',
    'The two sides agreed to work together to make the fullest use of the free trade agreement between Vietnam and the Eurasian Economic Union.',
    [S('001', ru61)],
    { related: ['ru-agreement-vn-eaeu-fta-2015'] },
  ),
  eaeuFta('RU', 'Liên bang Nga', 'Russia'),
  {
    id: 'ru-people-exchanges',
    country: 'RU',
    kind: 'people',
    topic: 'friendship',
    title: T('Giao lưu nhân dân – nền tảng của quan hệ', 'People-to-people exchanges, the foundation of relations'),
    summary: T(
      'Hai nước tiếp tục duy trì giao lưu nhân dân, coi đây là nền tảng vững chắc cho quan hệ song phương. Theo Đại sứ Việt Nam tại Liên bang Nga Đặng Minh Khôi, giao lưu nhân dân gắn bó chặt chẽ, nồng ấm là điểm sáng tự hào trong quan hệ hai nước.',
      "The two countries keep up people-to-people exchanges, regarded as a solid foundation of the relationship. According to Vietnam's Ambassador to Russia Đặng Minh Khôi, these close and warm ties are a proud bright spot of relations.",
    ),
    sources: [
      S('001', P('001', 'Ngoài ra, tiếp tục duy trì giao lưu nhân dân', 'mối quan hệ song phương.')),
      S('001', P('001', 'Đại sứ Đặng Minh Khôi nêu rõ', 'quan hệ hết sức nồng ấm.')),
      S('001', P('001', 'Có thể nói đây là điểm sáng tự hào trong quan hệ hai nước', 'quan hệ hai nước')),
    ],
  },
  tripVisit('RU', 'official', 'Liên bang Nga', 'the Russian Federation'),
];

// ---------------------------------------------------------------- Belarus
const by13_hcm = P('003', 'Trả lời phỏng vấn Báo Thế giới và Việt Nam trước thềm chuyến thăm', 'vào các năm 1957 và 1961.');
const BY = [
  ...[1957, 1961].map((year) => ({
    id: `by-visit-${year}`,
    country: 'BY',
    kind: 'visit',
    date: String(year),
    title: T('Chủ tịch Hồ Chí Minh thăm Belarus', 'President Hồ Chí Minh visits Belarus'),
    summary: T(
      `Chủ tịch Hồ Chí Minh thăm Belarus (khi đó là một nước cộng hòa thuộc Liên Xô) năm ${year} – một trong hai chuyến thăm lịch sử (1957 và 1961) bồi đắp nền tảng quan hệ hai nước từ thời kỳ Xô viết.`,
      `President Hồ Chí Minh visited Belarus, then a Soviet republic, in ${year} — one of two historic visits (1957 and 1961) that laid the Soviet-era foundations of the relationship.`,
    ),
    direction: 'from-vietnam',
    level: 'other',
    principal: HO_CHI_MINH,
    counterparts: [],
    sources: [S('003', by13_hcm)],
    related: [year === 1957 ? 'by-visit-1961' : 'by-visit-1957'],
  })),
  {
    id: 'by-people-soviet-era-specialists',
    country: 'BY',
    kind: 'people',
    topic: 'friendship',
    title: T('Chuyên gia Belarus giúp Việt Nam thời chiến', 'Belarusian specialists who helped Vietnam in wartime'),
    summary: T(
      'Trong cuộc đấu tranh giành độc lập dân tộc, thống nhất đất nước của Việt Nam, nhiều cán bộ, chuyên gia Belarus trong đội ngũ Liên Xô đã sang giúp Việt Nam; nhiều người đã đổ máu, hy sinh trên đất Việt Nam.',
      "During Vietnam's struggle for national independence and reunification, many Belarusian officials and specialists in the Soviet contingent came to help Vietnam; many of them shed their blood on Vietnamese soil.",
    ),
    sources: [S('003', P('003', 'Trong cuộc đấu tranh giành độc lập dân tộc, thống nhất đất nước của Việt Nam', 'trên mảnh đất Việt Nam.'))],
  },
  {
    id: 'by-people-education',
    country: 'BY',
    kind: 'people',
    topic: 'education',
    title: T('Đào tạo hàng nghìn sinh viên, nghiên cứu sinh, công nhân', 'Thousands of students, postgraduates and workers trained'),
    summary: T(
      'Belarus đã giúp Việt Nam đào tạo hàng nghìn sinh viên, nghiên cứu sinh và công nhân, những người đã và đang góp phần xây dựng đất nước và củng cố quan hệ hữu nghị hai nước.',
      'Belarus has trained thousands of Vietnamese students, postgraduates and workers, who have contributed to building Vietnam and to the friendship between the two countries.',
    ),
    sources: [S('003', P('003', 'Belarus cũng giúp Việt Nam đào tạo hàng nghìn sinh viên', 'quan hệ hữu nghị giữa hai nước.'))],
  },
  coop(
    'by-cooperation-covid-19-assistance', 'BY', 'Y tế – phòng chống Covid-19', 'Health: Covid-19 response',
    'Belarus hỗ trợ Việt Nam phòng chống Covid-19', 'Belarusian aid against Covid-19',
    'Trong đại dịch Covid-19, Belarus gửi sang Việt Nam nhiều thiết bị kỹ thuật, trang thiết bị và vật tư y tế phục vụ phòng chống dịch.',
    'During the Covid-19 pandemic Belarus sent Vietnam technical equipment, medical equipment and medical supplies for its fight against the disease.',
    [S('003', P('003', 'Trong đại dịch Covid-19, Belarus', 'phòng chống dịch.'))],
  ),
  tripVisit('BY', 'state', 'Cộng hòa Belarus', 'the Republic of Belarus', [
    S('003', P('003', 'Theo Đại sứ Việt Nam tại Belarus và Đại sứ Belarus tại Việt Nam')),
  ], ['by-people-meeting-former-specialists-2025']),
  {
    id: 'by-people-meeting-former-specialists-2025',
    country: 'BY',
    kind: 'people',
    topic: 'friendship',
    date: '2025-05',
    title: T('Gặp mặt tri ân cựu chuyên gia Belarus (dự kiến)', 'Meeting to honour former Belarusian specialists (planned)'),
    summary: T(
      'Nhân chuyến thăm của Tổng Bí thư Tô Lâm, Đại sứ quán Việt Nam tại Belarus dự kiến tổ chức buổi gặp mặt của Tổng Bí thư với các cựu chuyên gia và những người bạn Belarus – hoạt động tri ân cựu chuyên gia Belarus đầu tiên ở cấp lãnh đạo cao nhất của Đảng và Nhà nước Việt Nam.',
      "During General Secretary Tô Lâm's visit, the Vietnamese Embassy in Belarus planned a meeting between him and former Belarusian specialists and friends of Vietnam — the first tribute to former Belarusian specialists at the highest level of Vietnam's Party and State.",
    ),
    sources: [S('003', P('003', 'Nhân chuyến thăm của Tổng Bí thư Tô Lâm, Đại sứ quán Việt Nam tại Belarus'), 'high', { inference: INF_TRIP_2025 })],
    related: ['by-visit-2025-05'],
  },
  {
    id: 'by-milestone-ambassador-received-2024',
    country: 'BY',
    kind: 'milestone',
    date: '2024-07-03',
    title: T('Chủ tịch nước Tô Lâm tiếp Đại sứ Belarus', 'President Tô Lâm receives the Belarusian Ambassador'),
    summary: T(
      'Ngày 3/7/2024, Chủ tịch nước Tô Lâm tiếp Đại sứ Cộng hòa Belarus tại Việt Nam Uladzimir Baravikou.',
      'On 3 July 2024 State President Tô Lâm received the Ambassador of the Republic of Belarus to Vietnam, Uladzimir Baravikou.',
    ),
    sources: [S('003', P('003', 'Chủ tịch nước Tô Lâm tiếp Đại sứ Cộng hòa Belarus tại Việt Nam Uladzimir Baravikou, ngày 3/7/2024.', 'ngày 3/7/2024.'))],
  },
  {
    id: 'by-agreement-visa-exemption-2023',
    country: 'BY',
    kind: 'agreement',
    date: '2023-12-08',
    title: T('Hiệp định miễn thị thực cho người mang hộ chiếu phổ thông', 'Visa exemption agreement for ordinary passport holders'),
    summary: T(
      'Ngày 8/12/2023, Thủ tướng Phạm Minh Chính và Thủ tướng Belarus Roman Golovchenko chứng kiến lễ ký và trao Hiệp định giữa Chính phủ Việt Nam và Chính phủ Belarus về miễn thị thực cho người mang hộ chiếu phổ thông.',
      'On 8 December 2023 Prime Minister Phạm Minh Chính and Belarusian Prime Minister Roman Golovchenko witnessed the signing and exchange of the agreement between the Governments of Vietnam and Belarus on visa exemption for holders of ordinary passports.',
    ),
    parties: T('Chính phủ Việt Nam và Chính phủ Belarus', 'Government of Vietnam and Government of Belarus'),
    level: 'government',
    sources: [S('003', P('003', 'Thủ tướng Phạm Minh Chính và Thủ tướng Belarus Roman Golovchenko chứng kiến', 'ngày 8/12/2023.'))],
  },
  coop(
    'by-cooperation-trade-economy-investment', 'BY', 'Thương mại, kinh tế, đầu tư', 'Trade, economy and investment',
    'Thương mại, kinh tế và đầu tư là lĩnh vực ưu tiên', 'Trade, economy and investment are the priority',
    'Theo Đại sứ Belarus tại Việt Nam Uladzimir Baravikou, hợp tác thương mại, kinh tế và đầu tư là lĩnh vực ưu tiên trong quan hệ song phương.',
    'According to Belarusian Ambassador Uladzimir Baravikou, trade, economic and investment cooperation is the priority of the relationship.',
    [S('003', P('003', 'Về phương hướng hợp tác thời gian tới', 'ưu tiên trong quan hệ song phương.'), 'high', {
      inference: T(
        'Bài gọi Đại sứ bằng tên và tên đệm theo cha (Uladzimir Uladzimiravich); chú thích ảnh trong cùng bài ghi tên Đại sứ Belarus tại Việt Nam là Uladzimir Baravikou.',
        'The article calls the Ambassador by his first name and patronymic (Uladzimir Uladzimiravich); a photo caption in the same article names the Belarusian Ambassador to Vietnam as Uladzimir Baravikou.',
      ),
    })],
  ),
  coop(
    'by-cooperation-vietnam-strategic-partner', 'BY', 'Vị trí của Việt Nam trong chính sách của Belarus', "Vietnam's place in Belarus's policy",
    'Việt Nam là đối tác chiến lược và “cửa sổ” của Belarus sang Đông Nam Á', "Vietnam as Belarus's strategic partner and “window” on Southeast Asia",
    'Theo Đại sứ Belarus, Việt Nam là đối tác chiến lược của Belarus, đồng thời là “cửa sổ” mở rộng xuất khẩu của Belarus sang khu vực Đông Nam Á. Đây là nhận định của Đại sứ; bài viết không nêu một khuôn khổ đối tác chính thức.',
    "According to the Belarusian Ambassador, Vietnam is a strategic partner of Belarus and its “window” for expanding exports to Southeast Asia. This is the Ambassador's characterisation; the article cites no formal partnership framework.",
    [S('003', P('003', 'Việt Nam là đối tác chiến lược của Belarus', 'khu vực Đông Nam Á.'))],
  ),
  coop(
    'by-cooperation-beef-food-security', 'BY', 'Nông nghiệp – an ninh lương thực', 'Agriculture and food security',
    'Belarus muốn xuất khẩu thịt bò sang Việt Nam', 'Belarus seeks to export beef to Vietnam',
    'Belarus mong muốn sớm bắt đầu xuất khẩu thịt bò vào Việt Nam và sẵn sàng đóng góp vào bảo đảm an ninh lương thực của Việt Nam.',
    "Belarus hopes to start exporting beef to Vietnam soon and is ready to contribute to Vietnam's food security.",
    [S('003', P('003', 'Belarus mong muốn có thể sớm bắt đầu xuất khẩu thịt bò', 'an ninh lương thực của Việt Nam.'))],
  ),
  {
    id: 'by-investment-hung-yen-vehicle-assembly',
    country: 'BY',
    kind: 'investment',
    title: T('Liên doanh lắp ráp ô tô Belarus tại Hưng Yên', 'Belarusian vehicle-assembly joint venture in Hưng Yên'),
    summary: T(
      'Dự án liên doanh lắp ráp ô tô Belarus tại tỉnh Hưng Yên là ví dụ tiêu biểu của hợp tác công nghiệp; nhiều dự án tiềm năng khác đang được hai bên xúc tiến. Bài viết không nêu vốn đầu tư.',
      'A joint venture assembling Belarusian motor vehicles in Hưng Yên province is the flagship of industrial cooperation; several other potential projects are being promoted. The article gives no capital figure.',
    ),
    direction: 'into-vietnam',
    sources: [S('003', P('003', 'Lĩnh vực công nghiệp cũng ghi nhận nhiều tín hiệu hợp tác tích cực', 'đang được hai bên xúc tiến.'))],
  },
  coop(
    'by-cooperation-industrial-products', 'BY', 'Công nghiệp', 'Industry',
    'Sản phẩm công nghiệp Belarus trên thị trường Việt Nam', 'Belarusian industrial products on the Vietnamese market',
    'Các sản phẩm công nghiệp như xe tải ben BelAZ, xe tải MAZ, xe đầu kéo Belarus đã có chỗ đứng tại thị trường Việt Nam.',
    'Belarusian industrial products such as BelAZ dump trucks, MAZ trucks and Belarus tractors have established themselves on the Vietnamese market.',
    [S('003', P('003', 'Các sản phẩm công nghiệp như xe tải ben BelAZ', 'thị trường Việt Nam.'))],
  ),
  coop(
    'by-cooperation-technology', 'BY', 'Khoa học – công nghệ', 'Science and technology',
    'Việt Nam quan tâm tới công nghệ tiên tiến của Belarus', 'Vietnamese interest in Belarusian technology',
    'Việt Nam quan tâm tới các công nghệ tiên tiến của Belarus trong các lĩnh vực công nghệ cao, chuyển đổi số, công nghiệp, dược phẩm, nông nghiệp và chế biến thực phẩm.',
    'Vietnam is interested in advanced Belarusian technology in high tech, digital transformation, industry, pharmaceuticals, agriculture and food processing.',
    [S('003', P('003', 'Ngoài ra, Việt Nam quan tâm tới các công nghệ tiên tiến của Belarus', 'chế biến thực phẩm.'))],
  ),
  coop(
    'by-cooperation-technology-transfer', 'BY', 'Chuyển giao công nghệ', 'Technology transfer',
    'Belarus sẵn sàng chuyển giao công nghệ', 'Belarus ready to transfer technology',
    'Belarus khẳng định sẵn sàng chuyển giao công nghệ, góp phần tăng cường an ninh công nghệ cho Việt Nam.',
    "Belarus says it is ready to transfer technology and so help strengthen Vietnam's technological security.",
    [S('003', P('003', 'Belarus khẳng định sẵn sàng chuyển giao công nghệ', 'cho Việt Nam.'))],
  ),
  coop(
    'by-cooperation-vietnam-exports', 'BY', 'Hàng xuất khẩu của Việt Nam', "Vietnam's exports",
    'Xuất khẩu của Việt Nam sang Belarus tiếp tục tăng', "Vietnam's exports to Belarus keep growing",
    'Kim ngạch xuất khẩu của Việt Nam sang Belarus tiếp tục tăng trưởng, với các mặt hàng như gạo, cà phê, trái cây, thủy sản, cùng các sản phẩm vi mạch, thiết bị điện tử mang thương hiệu “Made in Vietnam” ngày càng phổ biến tại Belarus.',
    'Vietnam\'s exports to Belarus keep growing: rice, coffee, fruit and seafood, along with microchips and electronic devices branded “Made in Vietnam”, which are increasingly common in Belarus.',
    [S('003', P('003', 'Ở chiều ngược lại, kim ngạch xuất khẩu của Việt Nam sang Belarus'))],
  ),
  coop(
    'by-cooperation-potential-areas', 'BY', 'Lĩnh vực tiềm năng', 'Potential areas',
    'Các lĩnh vực hợp tác tiềm năng', 'Potential areas of cooperation',
    'Đại sứ Belarus nêu các lĩnh vực hợp tác tiềm năng cần được thúc đẩy: công nghệ thông tin – truyền thông, số hóa đời sống, trí tuệ nhân tạo, năng lượng, thám hiểm không gian.',
    'The Belarusian Ambassador named potential areas to develop: information and communication technology, digitalisation of everyday life, artificial intelligence, energy and space exploration.',
    [S('003', P('003', 'Đại sứ Belarus cũng nêu một số lĩnh vực hợp tác tiềm năng'))],
  ),
  coop(
    'by-cooperation-business-links', 'BY', 'Kết nối doanh nghiệp', 'Business links',
    'Kết nối doanh nghiệp qua triển lãm, hội chợ', 'Business links through exhibitions and fairs',
    'Hai bên tăng cường kết nối cộng đồng doanh nghiệp thông qua các triển lãm, hội chợ.',
    'The two sides are building links between their business communities through exhibitions and trade fairs.',
    [S('003', P('003', 'Hai bên cũng tăng cường kết nối cộng đồng doanh nghiệp', 'triển lãm, hội chợ.'))],
    { related: ['by-milestone-vietnam-expo-2025', 'by-milestone-business-forum-2025'] },
  ),
  {
    id: 'by-milestone-vietnam-expo-2025',
    country: 'BY',
    kind: 'milestone',
    date: '2025-04-02',
    dateEnd: '2025-04-05',
    title: T('Belarus tham gia Vietnam EXPO 2025', 'Belarus at Vietnam EXPO 2025'),
    summary: T(
      'Từ ngày 2 đến 5/4/2025, Belarus tham gia Vietnam EXPO 2025 với gian hàng lớn nhất hội chợ.',
      'From 2 to 5 April 2025 Belarus took part in Vietnam EXPO 2025 with the largest pavilion at the fair.',
    ),
    sources: [S('003', P('003', 'Đáng chú ý, từ ngày 2-5/4/2025', 'gian hàng lớn nhất tại hội chợ.'))],
    related: ['by-milestone-business-forum-2025'],
  },
  {
    id: 'by-milestone-business-forum-2025',
    country: 'BY',
    kind: 'milestone',
    date: '2025-04',
    title: T('Diễn đàn Doanh nghiệp Belarus – Việt Nam', 'Belarus–Vietnam Business Forum'),
    summary: T(
      'Diễn đàn Doanh nghiệp Belarus – Việt Nam, tổ chức trong khuôn khổ Vietnam EXPO 2025, thu hút hơn 70 doanh nghiệp hai nước tham dự.',
      'The Belarus–Vietnam Business Forum, held during Vietnam EXPO 2025, drew more than 70 businesses from the two countries.',
    ),
    sources: [
      S('003', P('003', 'Diễn đàn Doanh nghiệp Belarus – Việt Nam trong khuôn khổ sự kiện này', 'hai nước tham dự.'), 'high', {
        inference: T(
          'Diễn đàn diễn ra trong khuôn khổ Vietnam EXPO 2025 (2–5/4/2025); ngày cụ thể không được nêu.',
          'The forum was held during Vietnam EXPO 2025 (2–5 April 2025); its exact day is not stated.',
        ),
      }),
    ],
    related: ['by-milestone-vietnam-expo-2025'],
  },
  {
    id: 'by-trade-2023',
    country: 'BY',
    kind: 'trade',
    date: '2023',
    title: T('Kim ngạch thương mại năm 2023: mức kỷ lục', 'Trade in 2023: a record'),
    summary: T(
      'Năm 2023, kim ngạch thương mại song phương đạt mức cao kỷ lục, hơn 65 triệu USD, nhờ hiệu ứng tích cực của Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu.',
      'Bilateral trade reached a record of more than USD 65 million in 2023, helped by the Vietnam–Eurasian Economic Union Free Trade Agreement.',
    ),
    year: 2023,
    flow: 'turnover',
    amount: { value: 65000000, currency: 'USD' },
    sources: [S('003', PASS_FTA_003)],
    related: ['by-agreement-vn-eaeu-fta-2015'],
  },
  eaeuFta('BY', 'Belarus', 'Belarus'),
  {
    id: 'by-multilateral-eaeu-chair-2025',
    country: 'BY',
    kind: 'multilateral',
    date: '2025',
    title: T('Belarus, Chủ tịch EAEU 2025, hỗ trợ hàng hóa Việt Nam', 'Belarus, 2025 EAEU chair, backs Vietnamese goods'),
    summary: T(
      'Là Chủ tịch Liên minh Kinh tế Á – Âu năm 2025, Belarus cam kết hỗ trợ mở rộng sự hiện diện của hàng hóa Việt Nam tại thị trường các nước thành viên.',
      "As chair of the Eurasian Economic Union in 2025, Belarus has pledged to help expand the presence of Vietnamese goods in the member states' markets.",
    ),
    forum: T('Liên minh Kinh tế Á – Âu (EAEU)', 'Eurasian Economic Union (EAEU)'),
    support: 'partner-supports-vietnam',
    term: '2025',
    sources: [S('003', P('003', 'Là Chủ tịch EAEU năm 2025', 'các nước thành viên khối.'))],
  },
  {
    id: 'by-mechanism-intergovernmental-committee',
    country: 'BY',
    kind: 'mechanism',
    title: T('Ủy ban liên Chính phủ về hợp tác kinh tế – thương mại, khoa học và kỹ thuật', 'Intergovernmental Committee on economic, trade, scientific and technical cooperation'),
    summary: T(
      'Cơ chế liên Chính phủ điều phối hợp tác kinh tế – thương mại, khoa học và kỹ thuật giữa Belarus và Việt Nam; khóa họp gần nhất được nêu là tại Hà Nội ngày 1/4/2025.',
      "The intergovernmental body steering economic, trade, scientific and technical cooperation between Belarus and Vietnam; the latest session reported was held in Hà Nội on 1 April 2025.",
    ),
    mechanism: T(
      'Ủy ban liên Chính phủ Belarus – Việt Nam về hợp tác kinh tế – thương mại, khoa học và kỹ thuật',
      'Belarus–Vietnam Intergovernmental Committee on Economic, Trade, Scientific and Technical Cooperation',
    ),
    sources: [S('003', P('003', 'Gần đây, khóa họp Ủy ban liên Chính phủ Belarus - Việt Nam'))],
    related: ['by-mechanism-intergovernmental-committee-session-2025'],
  },
  {
    id: 'by-mechanism-intergovernmental-committee-session-2025',
    country: 'BY',
    kind: 'mechanism',
    date: '2025-04-01',
    title: T('Khóa họp Ủy ban liên Chính phủ tại Hà Nội', 'Intergovernmental Committee session in Hà Nội'),
    summary: T(
      'Ngày 1/4/2025, khóa họp Ủy ban liên Chính phủ Belarus – Việt Nam về hợp tác kinh tế – thương mại, khoa học và kỹ thuật được tổ chức tại Hà Nội, thể hiện quyết tâm thúc đẩy hợp tác thực chất. Bài viết không nêu số thứ tự khóa họp.',
      'On 1 April 2025 the Belarus–Vietnam Intergovernmental Committee on economic, trade, scientific and technical cooperation met in Hà Nội, showing the resolve to advance practical cooperation. The article does not give the session number.',
    ),
    mechanism: T(
      'Ủy ban liên Chính phủ Belarus – Việt Nam về hợp tác kinh tế – thương mại, khoa học và kỹ thuật',
      'Belarus–Vietnam Intergovernmental Committee on Economic, Trade, Scientific and Technical Cooperation',
    ),
    sources: [S('003', P('003', 'Gần đây, khóa họp Ủy ban liên Chính phủ Belarus - Việt Nam'))],
    related: ['by-mechanism-intergovernmental-committee'],
  },
];

// ---------------------------------------------------------------- Kyrgyzstan
const kg28 = (start, end) => P('004', start, end);
const kg47 = P('004', 'Kyrgyzstan là một trong những nước đầu tiên ở Trung Á');
const kg43 = P('004', 'Hai Thứ trưởng khẳng định tầm quan trọng');
const kg58 = P('004', 'Tuy nhiên, kim ngạch song phương đã tăng mạnh những năm gần đây');
const kg60 = P('004', 'Các mặt hàng xuất khẩu chính của Việt Nam sang Kyrgyzstan');
const KASYMALIEV = person(
  'Adylbek Kasymaliev', 'Adylbek Kasymaliev',
  'Thủ tướng Cộng hòa Kyrgyzstan', 'Chairman of the Cabinet of Ministers (Prime Minister) of the Kyrgyz Republic', 'KG',
);
function kgSupport(id, forumVi, forumEn, term, titleVi, titleEn, sumVi, sumEn, support = 'partner-supports-vietnam', passage = kg47) {
  return {
    id,
    country: 'KG',
    kind: 'multilateral',
    title: T(titleVi, titleEn),
    summary: T(sumVi, sumEn),
    forum: T(forumVi, forumEn),
    support,
    ...(term ? { term } : {}),
    sources: [S('004', passage)],
  };
}
const KG = [
  {
    id: 'kg-milestone-recognition-1991',
    country: 'KG',
    kind: 'milestone',
    date: '1991-12-27',
    title: T('Việt Nam công nhận độc lập của Kyrgyzstan', "Vietnam recognises Kyrgyzstan's independence"),
    summary: T(
      'Sau khi Cộng hòa Kyrgyzstan tuyên bố độc lập ngày 31/8/1991, Việt Nam công nhận độc lập của Kyrgyzstan ngày 27/12/1991.',
      'After the Kyrgyz Republic declared independence on 31 August 1991, Vietnam recognised its independence on 27 December 1991.',
    ),
    sources: [S('004', P('004', 'Sau khi Cộng hòa Kyrgyzstan tuyên bố độc lập'))],
  },
  {
    id: 'kg-relations-1992',
    country: 'KG',
    kind: 'relations',
    date: '1992-06-04',
    title: T('Thiết lập quan hệ ngoại giao', 'Diplomatic relations established'),
    summary: T(
      'Ngày 4/6/1992, hai nước ký Nghị định thư về thiết lập quan hệ ngoại giao; từ đó đến nay hai nước luôn duy trì quan hệ hữu nghị truyền thống tốt đẹp.',
      'On 4 June 1992 the two countries signed the protocol establishing diplomatic relations; they have maintained good traditional friendship ever since.',
    ),
    sources: [
      S('004', P('004', 'Sau đó, hai nước đã ký Nghị định thư về thiết lập quan hệ ngoại giao')),
      S('004', P('004', 'Kể từ khi thiết lập quan hệ ngoại giao đến nay', 'hữu nghị truyền thống tốt đẹp.')),
    ],
  },
  {
    id: 'kg-milestone-vietnam-embassy-accreditation',
    country: 'KG',
    kind: 'milestone',
    title: T('Đại sứ quán Việt Nam tại Kazakhstan kiêm nhiệm Kyrgyzstan', "Vietnam's Embassy in Kazakhstan covers Kyrgyzstan"),
    summary: T(
      'Việt Nam không có đại sứ quán thường trú tại Kyrgyzstan; Đại sứ quán Việt Nam tại Kazakhstan kiêm nhiệm Kyrgyzstan (tính đến tháng 3/2025).',
      "Vietnam has no resident embassy in Kyrgyzstan; its Embassy in Kazakhstan is also accredited to Kyrgyzstan (as of March 2025).",
    ),
    sources: [S('004', P('004', 'Hiện Đại sứ quán Việt Nam tại Kazakhstan kiêm nhiệm Kyrgyzstan.', 'kiêm nhiệm Kyrgyzstan.'))],
  },
  {
    id: 'kg-milestone-kyrgyz-embassy-accreditation',
    country: 'KG',
    kind: 'milestone',
    title: T('Đại sứ quán Kyrgyzstan tại Hàn Quốc kiêm nhiệm Việt Nam', "Kyrgyzstan's Embassy in South Korea covers Vietnam"),
    summary: T(
      'Kyrgyzstan không có đại sứ quán thường trú tại Việt Nam; Đại sứ quán Kyrgyzstan tại Hàn Quốc kiêm nhiệm Việt Nam (tính đến tháng 3/2025).',
      "Kyrgyzstan has no resident embassy in Vietnam; its Embassy in the Republic of Korea is also accredited to Vietnam (as of March 2025).",
    ),
    sources: [S('004', P('004', 'Đại sứ quán Kyrgyzstan tại Hàn Quốc kiêm nhiệm Việt Nam.', 'kiêm nhiệm Việt Nam.'))],
  },
  {
    id: 'kg-visit-2009-03',
    country: 'KG',
    kind: 'visit',
    date: '2009-03',
    title: T('Thứ trưởng Ngoại giao Nguyễn Quốc Cường thăm Kyrgyzstan', 'Deputy Foreign Minister Nguyễn Quốc Cường visits Kyrgyzstan'),
    summary: T(
      'Tháng 3/2009, Thứ trưởng Ngoại giao Nguyễn Quốc Cường thăm Kyrgyzstan và tiến hành Tham vấn chính trị giữa hai Bộ Ngoại giao.',
      'In March 2009 Deputy Foreign Minister Nguyễn Quốc Cường visited Kyrgyzstan and held political consultations between the two foreign ministries.',
    ),
    direction: 'from-vietnam',
    level: 'other',
    principal: person('Nguyễn Quốc Cường', 'Nguyễn Quốc Cường', 'Thứ trưởng Bộ Ngoại giao', 'Deputy Minister of Foreign Affairs', 'VN'),
    counterparts: [],
    sources: [S('004', kg28('Thứ trưởng Ngoại giao Nguyễn Quốc Cường thăm Kyrgyzstan', '(tháng 3/2009)'))],
    related: ['kg-mechanism-political-consultations-2009'],
  },
  {
    id: 'kg-mechanism-political-consultations-2009',
    country: 'KG',
    kind: 'mechanism',
    date: '2009-03',
    title: T('Tham vấn chính trị giữa hai Bộ Ngoại giao', 'Political consultations between the foreign ministries'),
    summary: T(
      'Tháng 3/2009, nhân chuyến thăm Kyrgyzstan của Thứ trưởng Ngoại giao Nguyễn Quốc Cường, hai Bộ Ngoại giao tiến hành tham vấn chính trị.',
      "In March 2009, during Deputy Foreign Minister Nguyễn Quốc Cường's visit to Kyrgyzstan, the two foreign ministries held political consultations.",
    ),
    mechanism: T('Tham vấn chính trị giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Kyrgyzstan', 'Political consultations between the Vietnamese and Kyrgyz foreign ministries'),
    sources: [S('004', kg28('Thứ trưởng Ngoại giao Nguyễn Quốc Cường thăm Kyrgyzstan', '(tháng 3/2009)'))],
    related: ['kg-visit-2009-03'],
  },
  {
    id: 'kg-visit-2014-02',
    country: 'KG',
    kind: 'visit',
    date: '2014-02',
    title: T('Bộ trưởng Ngoại giao Kyrgyzstan thăm Việt Nam', "Kyrgyz Foreign Minister's visit to Vietnam"),
    summary: T(
      'Tháng 2/2014, Bộ trưởng Ngoại giao Kyrgyzstan Erlan Abdyldaev thăm Việt Nam; hai bên ký Bản ghi nhớ về hợp tác giữa hai Bộ Ngoại giao.',
      'In February 2014 Kyrgyz Foreign Minister Erlan Abdyldaev visited Vietnam; the two sides signed a memorandum of understanding on cooperation between their foreign ministries.',
    ),
    direction: 'to-vietnam',
    level: 'other',
    principal: person('Abdyldaev Erlan Bekeshovich', 'Erlan Abdyldaev', 'Bộ trưởng Ngoại giao Kyrgyzstan', 'Minister of Foreign Affairs of Kyrgyzstan', 'KG'),
    counterparts: [],
    sources: [S('004', kg28('Bộ trưởng Ngoại giao Kyrgyzstan Abdyldaev Erlan Bekeshovich thăm Việt Nam', '(tháng 2/2014)'))],
    related: ['kg-agreement-foreign-ministries-mou-2014'],
  },
  {
    id: 'kg-agreement-foreign-ministries-mou-2014',
    country: 'KG',
    kind: 'agreement',
    date: '2014-02',
    title: T('Bản ghi nhớ về hợp tác giữa hai Bộ Ngoại giao', 'Memorandum of understanding on cooperation between the foreign ministries'),
    summary: T(
      'Tháng 2/2014, nhân chuyến thăm Việt Nam của Bộ trưởng Ngoại giao Kyrgyzstan Erlan Abdyldaev, hai bên ký Bản ghi nhớ về hợp tác giữa hai Bộ Ngoại giao.',
      "In February 2014, during Kyrgyz Foreign Minister Erlan Abdyldaev's visit to Vietnam, the two sides signed a memorandum of understanding on cooperation between the foreign ministries.",
    ),
    parties: T('Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Kyrgyzstan', 'Ministry of Foreign Affairs of Vietnam and Ministry of Foreign Affairs of Kyrgyzstan'),
    level: 'ministry',
    sources: [S('004', kg28('Bộ trưởng Ngoại giao Kyrgyzstan Abdyldaev Erlan Bekeshovich thăm Việt Nam', '(tháng 2/2014)'))],
    related: ['kg-visit-2014-02'],
  },
  {
    id: 'kg-visit-2023-09',
    country: 'KG',
    kind: 'visit',
    date: '2023-09',
    title: T('Phó Chủ tịch Quốc hội Nguyễn Khắc Định thăm Kyrgyzstan', 'National Assembly Vice Chairman Nguyễn Khắc Định visits Kyrgyzstan'),
    summary: T(
      'Tháng 9/2023, Phó Chủ tịch Quốc hội Nguyễn Khắc Định thăm Kyrgyzstan: hội đàm với Phó Chủ tịch Quốc hội Dzhamilia Isaeva, hội kiến Thủ tướng Akylbek Japarov, gặp đại diện lãnh đạo một số Ủy ban và Chủ tịch Nhóm Nghị sỹ hữu nghị Kyrgyzstan – Việt Nam B. Elvira, và gặp đại diện cộng đồng người Việt Nam tại Kyrgyzstan.',
      'In September 2023 National Assembly Vice Chairman Nguyễn Khắc Định visited Kyrgyzstan: he held talks with Deputy Speaker Dzhamilia Isaeva, called on Chairman of the Cabinet of Ministers Akylbek Japarov, met leaders of several parliamentary committees and B. Elvira, chair of the Kyrgyzstan–Vietnam Parliamentary Friendship Group, and met representatives of the Vietnamese community in Kyrgyzstan.',
    ),
    direction: 'from-vietnam',
    level: 'other',
    principal: person('Nguyễn Khắc Định', 'Nguyễn Khắc Định', 'Phó Chủ tịch Quốc hội', 'Vice Chairman of the National Assembly', 'VN'),
    counterparts: [
      person('Dzhamilia Isaeva', 'Dzhamilia Isaeva', 'Phó Chủ tịch Quốc hội Kyrgyzstan', 'Deputy Speaker of the Jogorku Kenesh (Parliament) of Kyrgyzstan', 'KG'),
      person('Akylbek Japarov', 'Akylbek Japarov', 'Thủ tướng Kyrgyzstan', 'Chairman of the Cabinet of Ministers (Prime Minister) of Kyrgyzstan', 'KG'),
      person('B. Elvira', 'B. Elvira', 'Chủ tịch Nhóm Nghị sỹ hữu nghị Kyrgyzstan – Việt Nam', 'Chair of the Kyrgyzstan–Vietnam Parliamentary Friendship Group', 'KG'),
    ],
    sources: [
      S('004', kg28('Phó Chủ tịch Quốc hội Nguyễn Khắc Định thăm Kyrgyzstan (tháng 9/2023)', '(tháng 9/2023)')),
      S('004', P('004', 'Trong chuyến thăm này, Phó Chủ tịch Quốc hội Nguyễn Khắc Định')),
    ],
  },
  {
    id: 'kg-milestone-phone-call-2025-02-17',
    country: 'KG',
    kind: 'milestone',
    date: '2025-02-17',
    title: T('Điện đàm cấp Thứ trưởng Ngoại giao', 'Deputy foreign ministers\' phone call'),
    summary: T(
      'Ngày 17/2/2025, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng điện đàm với Thứ trưởng Bộ Ngoại giao Kyrgyzstan Meder Abakirov. Hai bên đánh giá quan hệ song phương phát triển tích cực, sẵn sàng trao đổi phương hướng, biện pháp làm sâu sắc hơn quan hệ hữu nghị truyền thống và hợp tác nhiều mặt.',
      'On 17 February 2025 Deputy Foreign Minister Lê Thị Thu Hằng held a phone call with Kyrgyz Deputy Foreign Minister Meder Abakirov. Both welcomed the positive development of relations and stood ready to discuss ways to deepen the traditional friendship and multifaceted cooperation.',
    ),
    sources: [
      S('004', P('004', 'Gần đây nhất, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng'), 'medium', {
        correction: C(
          'Gần đây nhất, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng đã có cuộc điện đàm với Thứ trưởng Bộ Ngoại giao Cộng hòa Kyrgyzstan Abakirov Meder vào ngày 17/2/2025.',
          'Most recently, Deputy Foreign Minister Lê Thị Thu Hằng held a phone call with Deputy Foreign Minister of the Kyrgyz Republic Meder Abakirov on 17 February 2025.',
          'Lỗi chính tả tên riêng: câu này viết “Mede”, đoạn sau của cùng bài viết đúng là “Meder”.',
          'A misspelt name: this sentence has "Mede", while the same article later spells it correctly as "Meder".',
        ),
      }),
      S('004', P('004', 'Về phần mình, Thứ trưởng Abakirov Meder')),
      S('004', P('004', 'Trong cuộc điện đàm, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng khẳng định')),
    ],
  },
  coop(
    'kg-cooperation-delegation-exchanges', 'KG', 'Trao đổi đoàn', 'Delegation exchanges',
    'Chuẩn bị các hoạt động trao đổi đoàn', 'Preparing delegation exchanges',
    'Tại cuộc điện đàm ngày 17/2/2025, Thứ trưởng Ngoại giao hai nước nhất trí chuẩn bị chu đáo các hoạt động trao đổi đoàn thời gian tới, bảo đảm các chuyến thăm thực chất, hiệu quả nhằm tăng cường tin cậy chính trị và tạo xung lực mới cho hợp tác.',
    'In their call of 17 February 2025 the two deputy foreign ministers agreed to prepare forthcoming delegation exchanges carefully, so that visits are substantive and effective, build political trust and give new impetus to cooperation.',
    [S('004', P('004', 'Trên tinh thần đó, Thứ trưởng Ngoại giao hai nước nhất trí'))],
    { date: '2025-02-17', related: ['kg-milestone-phone-call-2025-02-17'] },
  ),
  coop(
    'kg-cooperation-economy-trade', 'KG', 'Kinh tế – thương mại', 'Economy and trade',
    'Tầm quan trọng của quan hệ kinh tế – thương mại', 'The importance of economic and trade ties',
    'Thứ trưởng Ngoại giao hai nước khẳng định tầm quan trọng của quan hệ kinh tế – thương mại trong tổng thể quan hệ song phương; hợp tác kinh tế, thương mại hiện ở mức trung bình.',
    'The two deputy foreign ministers stressed the importance of economic and trade ties within the relationship as a whole; economic and trade cooperation is currently at a modest level.',
    [S('004', kg43), S('004', P('004', 'Hợp tác kinh tế, thương mại giữa hai nước hiện ở mức trung bình.', 'mức trung bình.'))],
    { related: ['kg-milestone-phone-call-2025-02-17'] },
  ),
  coop(
    'kg-cooperation-vn-eaeu-fta', 'KG', 'Hiệp định thương mại tự do Việt Nam – EAEU', 'Vietnam–EAEU free trade agreement',
    'Triển khai hiệu quả Hiệp định FTA Việt Nam – EAEU', 'Implementing the Vietnam–EAEU FTA effectively',
    'Hai nước khai thác hiệu quả Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu, mà Kyrgyzstan là thành viên; tại cuộc điện đàm ngày 17/2/2025, Thứ trưởng Ngoại giao hai nước nhất trí thúc đẩy triển khai hiệu quả Hiệp định.',
    'The two countries make effective use of the free trade agreement between Vietnam and the Eurasian Economic Union, of which Kyrgyzstan is a member; in their call of 17 February 2025 the deputy foreign ministers agreed to push for its effective implementation.',
    [S('004', kg43), S('004', PASS_FTA_004)],
    { related: ['kg-agreement-vn-eaeu-fta-2015'] },
  ),
  coop(
    'kg-cooperation-direct-links', 'KG', 'Kết nối bộ, ngành, địa phương, doanh nghiệp', 'Links between ministries, localities and businesses',
    'Hỗ trợ kết nối trực tiếp và ký kết văn kiện hợp tác', 'Supporting direct links and cooperation agreements',
    'Hai bên nhất trí phối hợp, hỗ trợ các bộ, ngành, địa phương, doanh nghiệp hai nước thiết lập quan hệ trực tiếp, kể cả đàm phán, ký kết các văn kiện, thỏa thuận hợp tác tạo khuôn khổ pháp lý thuận lợi cho hợp tác trong từng lĩnh vực cụ thể.',
    "The two sides agreed to help their ministries, agencies, localities and businesses establish direct relations, including negotiating and signing cooperation documents and agreements that give each field of cooperation a sound legal framework.",
    [S('004', kg43)],
    { date: '2025-02-17', related: ['kg-milestone-phone-call-2025-02-17'] },
  ),
  kgSupport(
    'kg-multilateral-mutual-support', 'Liên hợp quốc và các tổ chức quốc tế, diễn đàn đa phương', 'The United Nations and other international organisations and multilateral forums', undefined,
    'Phối hợp và ủng hộ lẫn nhau tại các diễn đàn đa phương', 'Mutual support in multilateral forums',
    'Hai nước phối hợp chặt chẽ và ủng hộ lẫn nhau tại các tổ chức quốc tế và diễn đàn đa phương, trong đó có Liên hợp quốc.',
    'The two countries work closely together and support each other in international organisations and multilateral forums, including the United Nations.',
    'mutual', P('004', 'Với nền tảng quan hệ hữu nghị truyền thống, hai nước đã phối hợp chặt chẽ'),
  ),
  kgSupport(
    'kg-multilateral-wto-accession', 'Tổ chức Thương mại thế giới (WTO)', 'World Trade Organization (WTO)', undefined,
    'Ủng hộ Việt Nam gia nhập WTO', "Support for Vietnam's WTO accession",
    'Kyrgyzstan là một trong những nước đầu tiên ở Trung Á ủng hộ Việt Nam gia nhập Tổ chức Thương mại thế giới (WTO).',
    "Kyrgyzstan was one of the first Central Asian countries to support Vietnam's accession to the World Trade Organization.",
  ),
  kgSupport(
    'kg-multilateral-unsc-2008-2009', 'Hội đồng Bảo an Liên hợp quốc', 'UN Security Council', '2008-2009',
    'Ủng hộ Việt Nam làm Ủy viên không thường trực HĐBA 2008–2009', 'Support for Vietnam on the UN Security Council, 2008–2009',
    'Kyrgyzstan là một trong những nước đầu tiên ở Trung Á ủng hộ Việt Nam trở thành Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2008–2009.',
    "Kyrgyzstan was one of the first Central Asian countries to support Vietnam's bid for a non-permanent seat on the UN Security Council for 2008–2009.",
  ),
  kgSupport(
    'kg-multilateral-unsc-2020-2021', 'Hội đồng Bảo an Liên hợp quốc', 'UN Security Council', '2020-2021',
    'Ủng hộ Việt Nam làm Ủy viên không thường trực HĐBA 2020–2021', 'Support for Vietnam on the UN Security Council, 2020–2021',
    'Kyrgyzstan là một trong những nước đầu tiên ở Trung Á ủng hộ Việt Nam trở thành Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020–2021.',
    "Kyrgyzstan was one of the first Central Asian countries to support Vietnam's bid for a non-permanent seat on the UN Security Council for 2020–2021.",
  ),
  kgSupport(
    'kg-multilateral-human-rights-council-2023-2025', 'Hội đồng Nhân quyền Liên hợp quốc (HRC)', 'UN Human Rights Council (HRC)', '2023-2025',
    'Ủng hộ Việt Nam vào Hội đồng Nhân quyền 2023–2025', 'Support for Vietnam on the Human Rights Council, 2023–2025',
    'Kyrgyzstan ủng hộ Việt Nam làm thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023–2025.',
    "Kyrgyzstan supported Vietnam's membership of the UN Human Rights Council for 2023–2025.",
  ),
  kgSupport(
    'kg-multilateral-upu-postal-operations-council-2022-2025', 'Hội đồng Khai thác Bưu chính (POC), Liên minh Bưu chính thế giới (UPU)', 'Postal Operations Council (POC), Universal Postal Union (UPU)', '2022-2025',
    'Ủng hộ Việt Nam vào Hội đồng Khai thác Bưu chính UPU 2022–2025', "Support for Vietnam on the UPU's Postal Operations Council, 2022–2025",
    'Kyrgyzstan ủng hộ Việt Nam làm thành viên Hội đồng Khai thác Bưu chính (POC) thuộc Liên minh Bưu chính thế giới (UPU) nhiệm kỳ 2022–2025.',
    "Kyrgyzstan supported Vietnam's membership of the Postal Operations Council (POC) of the Universal Postal Union (UPU) for 2022–2025.",
  ),
  kgSupport(
    'kg-multilateral-ecosoc-2013-2015', 'Hội đồng Kinh tế – Xã hội Liên hợp quốc (ECOSOC)', 'UN Economic and Social Council (ECOSOC)', '2013-2015',
    'Việt Nam ủng hộ Kyrgyzstan ứng cử vào ECOSOC 2013–2015', "Vietnam's support for Kyrgyzstan's ECOSOC bid, 2013–2015",
    'Việt Nam ủng hộ Kyrgyzstan ứng cử vào Hội đồng Kinh tế – Xã hội nhiệm kỳ 2013–2015.',
    "Vietnam supported Kyrgyzstan's candidacy for the Economic and Social Council for 2013–2015.",
    'vietnam-supports-partner', P('004', 'Trong khi đó, Việt Nam ủng hộ Kyrgyzstan ứng cử'),
  ),
  {
    id: 'kg-trade-2017-2021',
    country: 'KG',
    kind: 'trade',
    date: '2017',
    dateEnd: '2021',
    title: T('Kim ngạch thương mại 2017–2021', 'Trade, 2017–2021'),
    summary: T(
      'Trong giai đoạn 2017–2021, kim ngạch thương mại song phương duy trì ở mức khoảng 1,36 triệu USD mỗi năm.',
      'From 2017 to 2021 bilateral trade held at about USD 1.36 million a year.',
    ),
    year: 2017,
    flow: 'turnover',
    amount: { value: 1360000, currency: 'USD' },
    period: T('mức hằng năm trong giai đoạn 2017–2021', 'yearly level over 2017–2021'),
    sources: [S('004', P('004', 'Trong giai đoạn 2017-2021, kim ngạch thương mại song phương'))],
  },
  ...[
    [2022, 4500000, '4,5', '4.5'],
    [2023, 7500000, '7,5', '7.5'],
    [2024, 13500000, '13,5', '13.5'],
  ].map(([year, value, vi, en]) => ({
    id: `kg-trade-${year}`,
    country: 'KG',
    kind: 'trade',
    date: String(year),
    title: T(`Kim ngạch thương mại năm ${year}`, `Trade in ${year}`),
    summary: T(
      `Năm ${year}, kim ngạch thương mại song phương đạt ${vi} triệu USD.`,
      `Bilateral trade reached USD ${en} million in ${year}.`,
    ),
    year,
    flow: 'turnover',
    amount: { value, currency: 'USD' },
    sources: [S('004', kg58)],
  })),
  coop(
    'kg-cooperation-vietnam-exports', 'KG', 'Hàng xuất khẩu của Việt Nam', "Vietnam's exports",
    'Các mặt hàng Việt Nam xuất khẩu chính', "Vietnam's main exports",
    'Các mặt hàng xuất khẩu chính của Việt Nam sang Kyrgyzstan gồm hạt tiêu, chè, hạt điều, máy tính, sản phẩm điện tử và linh kiện.',
    "Vietnam's main exports to Kyrgyzstan are pepper, tea, cashew nuts, computers, electronic products and components.",
    [S('004', kg60)],
  ),
  coop(
    'kg-cooperation-vietnam-imports', 'KG', 'Hàng nhập khẩu của Việt Nam', "Vietnam's imports",
    'Các mặt hàng Việt Nam nhập khẩu chính', "Vietnam's main imports",
    'Việt Nam nhập khẩu từ Kyrgyzstan máy móc, thiết bị, phụ tùng, các sản phẩm thuốc lá, tơ tằm và rượu.',
    'Vietnam imports machinery, equipment, spare parts, tobacco products, silk and spirits from Kyrgyzstan.',
    [S('004', kg60)],
  ),
  {
    id: 'kg-people-visa-exemption',
    country: 'KG',
    kind: 'people',
    topic: 'visa',
    title: T('Kyrgyzstan đơn phương miễn thị thực 60 ngày cho công dân Việt Nam', 'Kyrgyzstan waives visas for Vietnamese citizens for 60 days'),
    summary: T(
      'Kyrgyzstan là một trong số ít quốc gia trong khu vực SNG và trên thế giới đơn phương miễn thị thực cho công dân Việt Nam, với thời hạn lưu trú 60 ngày.',
      'Kyrgyzstan is one of the few countries in the CIS, and in the world, that unilaterally exempts Vietnamese citizens from visas, for stays of up to 60 days.',
    ),
    sources: [S('004', P('004', 'Kyrgyzstan là một trong số ít quốc gia trong khu vực SNG'))],
  },
  eaeuFta('KG', 'Kyrgyzstan', 'Kyrgyzstan'),
  {
    id: 'kg-investment-2024',
    country: 'KG',
    kind: 'investment',
    date: '2024-10-31',
    title: T('Đầu tư của Kyrgyzstan vào Việt Nam (đến 31/10/2024)', "Kyrgyz investment in Vietnam (to 31 October 2024)"),
    summary: T(
      'Tính đến ngày 31/10/2024, Kyrgyzstan có 1 dự án đầu tư tại tỉnh Khánh Hòa trong lĩnh vực sản xuất và kinh doanh rượu công nghiệp, đồ uống có cồn và đồ uống khác, tổng vốn đăng ký 5 triệu USD, đứng thứ 83/148 quốc gia, vùng lãnh thổ có đầu tư tại Việt Nam.',
      'As of 31 October 2024 Kyrgyzstan had one investment project in Vietnam, in Khánh Hòa province, producing and trading industrial alcohol, alcoholic and other beverages, with registered capital of USD 5 million, ranking 83rd of the 148 countries and territories investing in Vietnam.',
    ),
    direction: 'into-vietnam',
    projects: 1,
    capital: { value: 5000000, currency: 'USD' },
    rank: 83,
    rankOutOf: 148,
    sources: [S('004', P('004', 'Về đầu tư, tính đến ngày 31/10/2024'))],
  },
  {
    id: 'kg-people-vietnamese-community',
    country: 'KG',
    kind: 'people',
    topic: 'community',
    title: T('Cộng đồng người Việt tại Kyrgyzstan', 'The Vietnamese community in Kyrgyzstan'),
    summary: T(
      'Có khoảng 100 người Việt ở Kyrgyzstan, trong đó 3 gia đình định cư lâu dài và có quốc tịch Kyrgyzstan; số còn lại cư trú ngắn hạn, làm ăn tự do hoặc là công nhân may theo hợp đồng lao động tại các xưởng may của người Việt. Cộng đồng luôn hướng về Tổ quốc và đóng góp tích cực cho quan hệ hữu nghị, hợp tác hai nước.',
      'About 100 Vietnamese live in Kyrgyzstan; three families are settled permanently and hold Kyrgyz citizenship, while the rest are short-term residents, self-employed, or garment workers on labour contracts in Vietnamese-owned workshops. The community remains attached to the homeland and contributes actively to friendship and cooperation between the two countries.',
    ),
    count: 100,
    sources: [S('004', P('004', 'Hiện có khoảng 100 người Việt ở Kyrgyzstan'))],
  },
  {
    id: 'kg-visit-2025-03',
    country: 'KG',
    kind: 'visit',
    date: '2025-03-06',
    dateEnd: '2025-03-07',
    title: T('Thủ tướng Kyrgyzstan Adylbek Kasymaliev thăm chính thức Việt Nam', 'Kyrgyz Prime Minister Adylbek Kasymaliev\'s official visit to Vietnam'),
    summary: T(
      'Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Cộng hòa Kyrgyzstan Adylbek Kasymaliev thăm chính thức Việt Nam ngày 6–7/3/2025 – chuyến thăm đầu tiên của người đứng đầu Chính phủ Kyrgyzstan đến Việt Nam kể từ khi hai nước thiết lập quan hệ ngoại giao, đánh dấu bước phát triển mới trong quan hệ hai nước.',
      'At the invitation of Prime Minister Phạm Minh Chính, Adylbek Kasymaliev, Chairman of the Cabinet of Ministers (Prime Minister) of the Kyrgyz Republic, paid an official visit to Vietnam on 6–7 March 2025 — the first visit to Vietnam by a head of the Kyrgyz government since diplomatic relations were established, marking a new stage in relations.',
    ),
    direction: 'to-vietnam',
    level: 'official',
    principal: KASYMALIEV,
    counterparts: [PHAM_MINH_CHINH],
    sources: [
      S('004', P('004', 'Nhận lời mời của Thủ tướng Chính phủ Phạm Minh Chính, Thủ tướng Cộng hòa Kyrgyzstan'), 'high', {
        inference: T(
          'Bài viết phiên âm tên Thủ tướng là “Kasimalyev”; dữ liệu dùng cách viết chuẩn “Kasymaliev” (cũng là cách viết trong tin liên quan trên cùng trang).',
          'The article spells the Prime Minister\'s name "Kasimalyev"; the dataset uses the standard romanisation "Kasymaliev" (also used by a related item on the same page).',
        ),
      }),
      S('004', P('004', 'Đây là chuyến thăm đầu tiên của người đứng đầu Chính phủ Kyrgyzstan')),
      S('004', P('004', 'Trên cơ sở quan hệ hữu nghị hợp tác tốt đẹp, chuyến thăm chính thức Việt Nam')),
    ],
  },
];

// ---------------------------------------------------------------- Kazakhstan
const KZ = [
  tripVisit('KZ', 'state', 'Kazakhstan', 'Kazakhstan'),
  eaeuFta('KZ', 'Kazakhstan', 'Kazakhstan'),
  {
    id: 'kz-milestone-vietnam-embassy',
    country: 'KZ',
    kind: 'milestone',
    title: T('Đại sứ quán Việt Nam tại Kazakhstan', "Vietnam's Embassy in Kazakhstan"),
    summary: T(
      'Việt Nam có Đại sứ quán tại Kazakhstan; Đại sứ quán này đồng thời kiêm nhiệm Kyrgyzstan (tính đến tháng 3/2025).',
      'Vietnam has an embassy in Kazakhstan, which is also accredited to Kyrgyzstan (as of March 2025).',
    ),
    sources: [S('004', P('004', 'Hiện Đại sứ quán Việt Nam tại Kazakhstan kiêm nhiệm Kyrgyzstan.', 'kiêm nhiệm Kyrgyzstan.'))],
  },
];

// ---------------------------------------------------------------- assemble
const articles = [
  {
    id: A['000'].id,
    publisher: 'Báo Thế giới và Việt Nam (baoquocte.vn)',
    title: '30 năm quan hệ Việt Nam-Azerbaijan: Lịch sử và triển vọng',
    date: '2022-07',
    author: 'Minh Nhật',
    file: A['000'].file,
    quality: T(
      'Trang không ghi ngày đăng; tháng 7/2022 suy ra từ hội thảo ngày 19/7 nhân 30 năm quan hệ ngoại giao. Trang có kèm tin liên quan, quảng cáo và chú thích ảnh lỗi, không được dùng làm nguồn.',
      'The page shows no publication date; July 2022 is inferred from the 19 July seminar marking 30 years of diplomatic relations. The page also carries related news, advertising and broken photo captions, none of which is used as a source.',
    ),
  },
  {
    id: A['001'].id,
    publisher: 'Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ (theo VOV)',
    title: 'Những dấu mốc quan trọng trong quan hệ Việt Nam-Liên bang Nga',
    date: '2024-06-20',
    file: A['001'].file,
  },
  {
    id: A['002'].id,
    publisher: 'Không rõ (bản dịch máy, không ghi nguồn)',
    title: 'Chủ tịch nước [Trương Tấn Sang] trân trọng chào mừng Tổng thống nước Cộng hòa Azerbaijan',
    date: '2014-05',
    file: A['002'].file,
    quality: T(
      'Bản dịch máy chất lượng kém, không ghi nguồn, không ghi ngày (tháng 5/2014 suy ra từ nội dung). Tên Chủ tịch nước Việt Nam bị dịch sai theo nhiều cách, kể cả trong tiêu đề (tên trong ngoặc vuông đã được sửa), tên Tổng thống Azerbaijan bị phiên âm sai và có chỗ ghi nhầm tên nước. Mọi dữ kiện lấy từ bài đều có độ tin cậy trung bình hoặc thấp và kèm bản sửa.',
      "A poor machine translation with no publisher and no date (May 2014 is inferred from its content). Vietnam's President's name is mistranslated in several ways, including in the headline (the name in square brackets is corrected), the Azerbaijani President's name is mistransliterated, and one sentence names the wrong country. Facts taken from it carry medium or low confidence and a correction.",
    ),
  },
  {
    id: A['003'].id,
    publisher: 'Thời Đại',
    title: 'Hướng tới tầm cao mới trong quan hệ Việt Nam - Belarus',
    date: '2025-05-09',
    author: 'Minh Thái (tổng hợp)',
    file: A['003'].file,
  },
  {
    id: A['004'].id,
    publisher: 'Thời Đại (theo TTXVN/Vietnam+)',
    title: 'Tăng cường quan hệ hữu nghị truyền thống và hợp tác Việt Nam-Kyrgyzstan',
    date: '2025-03-05',
    url: 'https://www.vietnamplus.vn/tang-cuong-quan-he-huu-nghi-truyen-thong-va-hop-tac-viet-nam-kyrgyzstan-post1016840.amp',
    file: A['004'].file,
    quality: T(
      'Bài đăng lại của TTXVN/Vietnam+ (địa chỉ là bài gốc). Có một câu bị lỗi ghép (“Hai oi gian tới…”) không được dùng, và tên Thứ trưởng Ngoại giao Kyrgyzstan được viết hai cách (Mede/Meder).',
      'A republication of a VNA/Vietnam+ article (the URL is the original). One garbled spliced sentence ("Hai oi gian tới…") is not used, and the Kyrgyz Deputy Foreign Minister\'s name is spelt two ways (Mede/Meder).',
    ),
  },
];

const countries = [
  { code: 'AZ', name: T('Azerbaijan', 'Azerbaijan'), officialName: T('Cộng hòa Azerbaijan', 'Republic of Azerbaijan'), capital: T('Baku', 'Baku') },
  { code: 'RU', name: T('Nga', 'Russia'), officialName: T('Liên bang Nga', 'Russian Federation'), capital: T('Mát-xcơ-va', 'Moscow') },
  { code: 'BY', name: T('Belarus', 'Belarus'), officialName: T('Cộng hòa Belarus', 'Republic of Belarus'), capital: T('Minsk', 'Minsk') },
  { code: 'KG', name: T('Kyrgyzstan', 'Kyrgyzstan'), officialName: T('Cộng hòa Kyrgyzstan', 'Kyrgyz Republic'), capital: T('Bishkek', 'Bishkek') },
  { code: 'KZ', name: T('Kazakhstan', 'Kazakhstan'), officialName: T('Cộng hòa Kazakhstan', 'Republic of Kazakhstan'), capital: T('Astana', 'Astana') },
];

const dataset = {
  schemaVersion: 1,
  datasetVersion: '2026.11.1',
  asOf: '2025-05-09',
  articles,
  countries,
  records: [...AZ, ...RU, ...BY, ...KG, ...KZ],
};

function nfc(value) {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)]));
  return value;
}

writeFileSync(OUT, JSON.stringify(nfc(dataset), null, 2) + '\n');
const counts = {};
for (const r of dataset.records) counts[r.country] = (counts[r.country] ?? 0) + 1;
console.log('records', dataset.records.length, counts);
