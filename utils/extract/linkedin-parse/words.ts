// LinkedIn's interface words, in one table per use, for the languages its interface comes in that a
// mentee is most likely to meet: English, Spanish, Portuguese, French, German, Italian, Dutch,
// Japanese, Chinese, Korean, Turkish, Polish, Indonesian. Structure comes first everywhere
// (componentkey, anchor ids, list shapes, dates); these words are needed only where a card has no
// key (guest pages, /details/ pages of unknown shape) and to tell interface text from data.
//
// Source of each word: SEEN lists the words read on a saved real page (../shared/fixtures, named);
// every other word is LinkedIn's interface text as the author knows it and has NOT yet been seen on
// a real page: it is marked so by its absence from SEEN (see words.test.ts, which keeps that honest).
// Month names are not here: they come from Intl (CLDR), see dates.ts.

export type Lang = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it' | 'nl' | 'ja' | 'zh' | 'ko' | 'tr' | 'pl' | 'id';
export const LANGS: Lang[] = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'ja', 'zh', 'ko', 'tr', 'pl', 'id'];

/** The kinds of card the profile keeps. */
export type CardKind =
  | 'about'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'publications'
  | 'honors'
  | 'volunteering'
  | 'certifications'
  | 'languages'
  | 'featured';

/** Card headings, per kind and language (several words where LinkedIn uses several). */
export const HEADINGS: Record<CardKind, Record<Lang, string[]>> = {
  about: {
    en: ['About'], es: ['Acerca de'], pt: ['Sobre'], fr: ['Infos'], de: ['Info'], it: ['Informazioni'], nl: ['Info'],
    ja: ['概要'], zh: ['简介', '關於'], ko: ['소개'], tr: ['Hakkında'], pl: ['Informacje'], id: ['Tentang'],
  },
  experience: {
    en: ['Experience'], es: ['Experiencia'], pt: ['Experiência'], fr: ['Expérience'], de: ['Berufserfahrung', 'Erfahrung'],
    it: ['Esperienza'], nl: ['Ervaring'], ja: ['職歴'], zh: ['工作经历', '經歷'], ko: ['경력'], tr: ['Deneyim'], pl: ['Doświadczenie'], id: ['Pengalaman'],
  },
  education: {
    en: ['Education'], es: ['Educación', 'Formación académica'], pt: ['Formação acadêmica', 'Formação académica', 'Educação'], fr: ['Formation'],
    de: ['Ausbildung'], it: ['Formazione'], nl: ['Opleiding'], ja: ['学歴'], zh: ['教育经历', '學歷'], ko: ['학력'], tr: ['Eğitim'], pl: ['Wykształcenie'], id: ['Pendidikan'],
  },
  skills: {
    en: ['Skills'], es: ['Aptitudes', 'Conocimientos y aptitudes'], pt: ['Competências'], fr: ['Compétences'], de: ['Kenntnisse'],
    it: ['Competenze'], nl: ['Vaardigheden'], ja: ['スキル'], zh: ['技能'], ko: ['보유 기술', '기술'], tr: ['Yetenekler'], pl: ['Umiejętności'], id: ['Keahlian'],
  },
  projects: {
    en: ['Projects'], es: ['Proyectos'], pt: ['Projetos'], fr: ['Projets'], de: ['Projekte'], it: ['Progetti'], nl: ['Projecten'],
    ja: ['プロジェクト'], zh: ['项目经历', '項目'], ko: ['프로젝트'], tr: ['Projeler'], pl: ['Projekty'], id: ['Proyek'],
  },
  publications: {
    en: ['Publications'], es: ['Publicaciones'], pt: ['Publicações'], fr: ['Publications'], de: ['Publikationen', 'Veröffentlichungen'],
    it: ['Pubblicazioni'], nl: ['Publicaties'], ja: ['出版物'], zh: ['出版作品'], ko: ['출판물'], tr: ['Yayınlar'], pl: ['Publikacje'], id: ['Publikasi'],
  },
  honors: {
    en: ['Honors & awards', 'Honours & awards'], es: ['Reconocimientos y premios'], pt: ['Prêmios e títulos', 'Honras e prémios'], fr: ['Distinctions'],
    de: ['Auszeichnungen'], it: ['Riconoscimenti e premi'], nl: ['Onderscheidingen en prijzen'], ja: ['受賞歴'], zh: ['荣誉奖项'], ko: ['수상 경력'],
    tr: ['Onur ve ödüller'], pl: ['Wyróżnienia i nagrody'], id: ['Penghargaan'],
  },
  volunteering: {
    en: ['Volunteering', 'Volunteer experience'], es: ['Voluntariado'], pt: ['Trabalho voluntário', 'Voluntariado'], fr: ['Bénévolat'],
    de: ['Ehrenamt', 'Ehrenamtliches Engagement'], it: ['Volontariato'], nl: ['Vrijwilligerswerk'], ja: ['ボランティア経験'], zh: ['志愿者经历'],
    ko: ['봉사 활동'], tr: ['Gönüllü deneyim'], pl: ['Wolontariat'], id: ['Pengalaman Sukarela'],
  },
  certifications: {
    en: ['Licenses & certifications', 'Licences & certifications'], es: ['Licencias y certificaciones'], pt: ['Licenças e certificados'],
    fr: ['Licences et certifications'], de: ['Bescheinigungen und Zertifikate'], it: ['Licenze e certificazioni'], nl: ['Licenties en certificaten'],
    ja: ['資格'], zh: ['执照和认证'], ko: ['자격증'], tr: ['Lisanslar ve sertifikalar'], pl: ['Licencje i certyfikaty'], id: ['Lisensi & sertifikasi'],
  },
  languages: {
    en: ['Languages'], es: ['Idiomas'], pt: ['Idiomas'], fr: ['Langues'], de: ['Sprachen'], it: ['Lingue'], nl: ['Talen'],
    ja: ['言語'], zh: ['语言能力', '語言'], ko: ['언어'], tr: ['Diller'], pl: ['Języki'], id: ['Bahasa'],
  },
  featured: {
    en: ['Featured'], es: ['Destacado'], pt: ['Destaques'], fr: ['Sélection'], de: ['Im Fokus'], it: ['In primo piano'], nl: ['Uitgelicht'],
    ja: ['注目'], zh: ['精选'], ko: ['추천'], tr: ['Öne çıkanlar'], pl: ['Polecane'], id: ['Unggulan'],
  },
};

/** Interface labels of the top card's buttons: a field equal to one of them is chrome, never data. */
export const LABELS: Record<Lang, string[]> = {
  en: ['Message', 'Follow', 'Connect', 'More', 'Following', 'Pending'],
  es: ['Mensaje', 'Seguir', 'Conectar', 'Más'],
  pt: ['Mensagem', 'Seguir', 'Conectar', 'Mais'],
  fr: ['Message', 'Suivre', 'Se connecter', 'Plus'],
  de: ['Nachricht', 'Folgen', 'Vernetzen', 'Mehr'],
  it: ['Messaggio', 'Segui', 'Collegati', 'Altro'],
  nl: ['Bericht', 'Volgen', 'Connectie maken', 'Meer'],
  ja: ['メッセージ', 'フォロー', 'つながり申請', 'その他'],
  zh: ['发消息', '关注', '加为好友', '更多'],
  ko: ['메시지', '팔로우', '1촌 맺기', '더보기'],
  tr: ['Mesaj', 'Takip et', 'Bağlantı kur', 'Daha fazla'],
  pl: ['Wiadomość', 'Obserwuj', 'Nawiąż kontakt', 'Więcej'],
  id: ['Pesan', 'Ikuti', 'Terhubung', 'Lainnya'],
};

/** Words saved real pages show, with the page (in ../shared/fixtures/pages) that shows each. */
export const SEEN: Record<string, string> = {
  'en:About': 'li-auth-2026-prafful-agrawal-topcard-about-top-skills.html',
  'en:Experience': 'li-auth-2026-vineet-joshi.html',
  'en:Education': 'li-auth-2026-vineet-joshi.html',
  'en:Skills': 'li-auth-2026-vineet-joshi.html',
  'en:Projects': 'li-auth-2026-vineet-joshi.html',
  'en:Honors & awards': 'li-auth-2026-vineet-joshi.html',
  'en:Licenses & certifications': 'li-auth-2026-vineet-joshi.html',
  'en:Languages': 'li-auth-2026-vineet-joshi.html',
  'en:Featured': 'li-auth-2026-vineet-joshi.html',
  'en:Volunteering': 'li-auth-2026-vineet-joshi.html',
  'en:Message': 'li-auth-2026-vineet-joshi.html',
  'en:Connect': 'li-auth-2026-vineet-joshi.html',
  'en:More': 'li-auth-2025-rob-cheung.html',
};

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const byHeading = new Map<string, CardKind>();
for (const [kind, words] of Object.entries(HEADINGS) as [CardKind, Record<Lang, string[]>][]) {
  for (const list of Object.values(words)) for (const word of list) byHeading.set(fold(word), kind);
}
const labels = new Set(Object.values(LABELS).flat().map(fold));

/** The kind of card a heading names, in any of the table's languages. */
export const kindOfHeading = (heading: string): CardKind | undefined => byHeading.get(fold(heading));

/** Whether a whole field is one of the interface's button labels ("Follow", "Mehr"). */
export const isInterfaceLabel = (text: string): boolean => labels.has(fold(text));
