// The source records of datasets/published-facts: every publication a fact was read in, or is
// attributed to, with the page, language and the intermediaries it reached us through. Facts
// are those marked [read] in the project's research notes (beyond.md §1, §2, §5); a year or date
// is given only when the source as read shows it.

const base = { record_type: 'source', themes: ['evidence-base'], sensitivity: 'public' } as const;

export const sources: (Record<string, unknown> & { id: string; title: string; publisher: string; url?: string })[] = [
  // §1 Smuggling Protocol status
  {
    ...base, id: 'src-untc-xviii-12-b-2024', source_quality: 5, title: 'United Nations Treaty Collection, chapter XVIII-12-b: Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime (status)',
    publisher: 'United Nations (Secretary-General as depositary)', publisher_type: 'un', source_type: 'legislation', year: 2024,
    published_date: '2024-04-26', url: 'https://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=XVIII-12-b&chapter=18&lang=en', pages: 'status as at 26-04-2024', language: 'en',
    notes: 'Adopted in New York on 15 November 2000 (GA resolution A/RES/55/25); open for signature 12-15 December 2000 in Palermo, then at UN Headquarters until 12 December 2002 (art. 21); entry into force 28 January 2004 (art. 22); registration No. 39574; UNTS vol. 2241, p. 507; Doc. A/55/383. The participant table was not read in full, only the totals.',
  },
  {
    ...base, id: 'src-un-news-2003-11-84492', source_quality: 4, title: 'UN protocol against smuggling migrants set to come into force',
    publisher: 'United Nations (UN News)', publisher_type: 'un', source_type: 'media-report', year: 2003, published_date: '2003-11',
    url: 'https://news.un.org/en/story/2003/11/84492-un-protocol-against-smuggling-migrants-set-come-force', language: 'en',
    notes: 'Lists the 40 parties whose instruments brought the Protocol into force; Azerbaijan deposited the 40th.',
  },
  {
    ...base, id: 'src-nl-trb-2010-318', source_quality: 5, title: 'Tractatenblad van het Koninkrijk der Nederlanden 2010, nr. 318: Protocol tegen de smokkel van migranten over land, over zee en door de lucht',
    publisher: 'Koninkrijk der Nederlanden (Tractatenblad)', publisher_type: 'government', source_type: 'legislation', year: 2010,
    url: 'https://zoek.officielebekendmakingen.nl/trb-2010-318.html', pages: 'section E (Partijgegevens), rows Albanië to Cyprus', language: 'nl',
    notes: 'Party table as at 2010; only the rows up to Cyprus were read, so it is not a full status. Type R merges ratification, acceptance and approval; T is accession (toetreding). Dates printed dd-mm-yy, read as 20yy.',
  },
  {
    ...base, id: 'src-ius-bg-som-protocol', source_quality: 2, title: 'Protokol protiv krijumčarenja migranata kopnom, morem i vazduhom (page on international sources)',
    publisher: 'University of Belgrade, Faculty of Law', publisher_type: 'academia', source_type: 'other',
    url: 'http://wp2008.ius.bg.ac.rs/klinika01/medunarodni-izvori/medunarodni-izvori/protokol-protiv-krijumcarenja-migranata-kopnom-morem-i-vazduhom/', language: 'sr',
    notes: 'Secondary: gives the ratification by Serbia (then the Federal Republic of Yugoslavia) and a party count of its own date, which is not shown. Publication year not shown.',
  },
  // §2 fees: primary publications
  {
    ...base, id: 'src-unodc-glosom-2018', source_quality: 4, title: 'Global Study on Smuggling of Migrants 2018',
    publisher: 'United Nations Office on Drugs and Crime (UNODC)', publisher_type: 'un', source_type: 'research-report', year: 2018, published_date: '2018-06',
    url: 'https://docslib.org/doc/11913011/global-study-on-smuggling-of-migrants-2018', language: 'en', known_biases: ['non-random-sample'],
    notes: 'UN Sales No. E.18.IV.9, ISBN 978-92-1-130350-6. Only the opening of the full text was readable here; its fee figures and headline estimates were read in a secondary report (cited_via).',
  },
  {
    ...base, id: 'src-tellerreport-2019-11-08', source_quality: 2, title: 'In detail: find out what migrants are paying for smuggling networks around the world',
    publisher: 'Teller Report', publisher_type: 'media', source_type: 'media-report', year: 2019, published_date: '2019-11-08',
    url: 'https://www.tellerreport.com/news/2019-11-08---in-detail--find-out-what-migrants-are-paying-for-smuggling-networks-around-the-world-.HJZPcC8MoB.html', language: 'en',
    notes: 'A translated news item itemising the fees and estimates of the UNODC Global Study 2018. Intermediary: verify its figures against the primary.',
  },
  {
    ...base, id: 'src-iom-2016-smuggling-review', source_quality: 3, title: 'Migrant Smuggling Data and Research: A global review of the emerging evidence base',
    publisher: 'International Organization for Migration (IOM)', publisher_type: 'un', source_type: 'research-report', year: 2016,
    url: 'https://www.yumpu.com/en/document/view/56356794/migrant-smuggling-data-and-research/183', pages: 'Afghanistan chapter, p. 183 of the yumpu copy', language: 'en', known_biases: ['non-random-sample', 'media-dependent'],
    notes: 'Read in a copy on yumpu.com. The Afghanistan chapter quotes press reports (Stamouli 2016; Al Jazeera, March 2014) beside IOM interviews.',
  },
  {
    ...base, id: 'src-iom-dtm-2016-cost-of-journey', source_quality: 4, title: 'Flow Monitoring Surveys in the Mediterranean and Beyond: Cost of Journey (January-November 2016)',
    publisher: 'International Organization for Migration (IOM), Displacement Tracking Matrix', publisher_type: 'un', source_type: 'survey', year: 2016,
    url: 'https://dtm.iom.int/reports/europe-%E2%80%94%C2%A0flow-monitoring-surveys-mediterranean-and-beyond-cost-journey-january-%E2%80%94-november', language: 'en',
    coverage_start: '2016-01', coverage_end: '2016-11', known_biases: ['non-random-sample'],
    notes: 'Year is the vintage of the survey data (January-November 2016); the publication date was not read. Only the summary was read.',
  },
  {
    ...base, id: 'src-unodc-2013-toc-east-asia', source_quality: 4, title: 'Transnational Organized Crime in East Asia and the Pacific: A Threat Assessment',
    publisher: 'United Nations Office on Drugs and Crime (UNODC)', publisher_type: 'un', source_type: 'research-report', year: 2013, published_date: '2013-04',
    pages: 'Executive Summary, p. v', language: 'en', notes: 'Read only through an aggregator (cited_via).',
  },
  // §2 fees: press and intermediaries
  {
    ...base, id: 'src-ap-2021-channel-smuggling', source_quality: 3, title: 'AP story on the profits of smuggling across the English Channel (November 2021)',
    publisher: 'Associated Press (AP)', publisher_type: 'media', source_type: 'media-report', year: 2021, language: 'en', known_biases: ['media-dependent'],
    notes: 'Read in two reprints (cited_via on each fee): The Christian Science Monitor and wirenewsfax.com.',
  },
  {
    ...base, id: 'src-csmonitor-2021-11-29', source_quality: 3, title: 'Huge profits fuel dangerous migrant routes across English Channel (AP reprint)',
    publisher: 'The Christian Science Monitor', publisher_type: 'media', source_type: 'media-report', year: 2021, published_date: '2021-11-29',
    url: 'https://www.csmonitor.com/World/Europe/2021/1129/Huge-profits-fuel-dangerous-migrant-routes-across-English-Channel', language: 'en',
  },
  {
    ...base, id: 'src-wirenewsfax-channel-smugglers', source_quality: 2, title: 'Channel migrant deaths: smugglers net millions per kilometer (AP reprint)',
    publisher: 'wirenewsfax.com', publisher_type: 'media', source_type: 'media-report',
    url: 'http://www.wirenewsfax.com/channel-migrant-deaths-smugglers-net-millions-per-kilometer', language: 'en', notes: 'Reprint of the AP story; its own date was not read.',
  },
  {
    ...base, id: 'src-telegraph-nca-channel-prices', source_quality: 2, title: 'People smugglers slash prices for Channel crossings (The Telegraph, via Yahoo News UK)',
    publisher: 'The Telegraph (syndicated by Yahoo News UK)', publisher_type: 'media', source_type: 'media-report',
    url: 'https://uk.news.yahoo.com/people-smugglers-slash-prices-channel-180758910.html', language: 'en',
    notes: 'Reports figures of the UK National Crime Agency. Publication date not read.',
  },
  {
    ...base, id: 'src-mailonline-channel-prices-2024', source_quality: 1, title: 'Mail Online report on Channel small-boat prices (via a news aggregator)',
    publisher: 'Mail Online (via topnews.com aggregator)', publisher_type: 'media', source_type: 'media-report',
    url: 'https://1372.topnews.com/en/society/?article=124328112245087884-8e7d5ef953c9dfd621&thread=124328110544334767', language: 'en',
    notes: 'Weak: read on an aggregator page; publication date not read.',
  },
  {
    ...base, id: 'src-handelsblatt-high-price-of-hope', source_quality: 2, title: 'The High Price of Hope',
    publisher: 'Handelsblatt Global', publisher_type: 'media', source_type: 'media-report',
    url: 'https://global.handelsblatt.com/politics/the-high-price-of-hope-208248', language: 'en', notes: 'Publication date not read.',
  },
  {
    ...base, id: 'src-afp-2011-08-31-south-asia-europe', source_quality: 2, title: 'AFP report on smuggling from South Asia to Europe through Serbia and Hungary',
    publisher: 'Agence France-Presse (AFP)', publisher_type: 'media', source_type: 'media-report', year: 2011, published_date: '2011-08-31', language: 'en',
    notes: 'Read only through an aggregator summary (cited_via).',
  },
  {
    ...base, id: 'src-havocscope-south-asia-europe', source_quality: 1, title: 'Human smuggling from South Asia to Europe (summary page)',
    publisher: 'Havocscope', publisher_type: 'other', source_type: 'other', url: 'https://havocscope.com/human-smuggling-from-south-asia-to-europe/', language: 'en',
    notes: 'Aggregator summarising an AFP report; page date not read.',
  },
  {
    ...base, id: 'src-havocscope-chinese-migrants-us', source_quality: 1, title: 'Number of Chinese migrants smuggled into the United States each year (summary page)',
    publisher: 'Havocscope', publisher_type: 'other', source_type: 'other', url: 'https://havocscope.com/number-of-chinese-migrants-smuggled-into-the-united-states-each-year/', language: 'en',
    notes: 'Aggregator quoting the UNODC 2013 threat assessment; page date not read.',
  },
  // §5 UK prosecution series
  {
    ...base, id: 'src-uk-parl-hl7292-2023', source_quality: 5, title: 'Written question HL7292: human trafficking prosecutions (answer on CPS offences charged under the Immigration Act 1971 ss. 25, 25A and 25B, 2018-2022)',
    publisher: 'UK Parliament, House of Lords', publisher_type: 'government', source_type: 'official-statistics', year: 2023, published_date: '2023-05-25',
    url: 'https://parallelparliament.co.uk/question/HL7292/human-trafficking-prosecutions', language: 'en', coverage_countries: ['GBR'], coverage_start: '2018', coverage_end: '2022',
    known_biases: ['prosecuted-cases-only'],
    notes: 'Counts offences in which a prosecution commenced, from the CPS Case Management Information System: offences, not defendants; no outcomes. Read on parallelparliament.co.uk.',
  },
  {
    ...base, id: 'src-uk-parl-128183', source_quality: 5, title: 'Written question 128183: immigration prosecutions (CPS offences charged under the Immigration Act 1971, financial years 2010-11 to 2019-20)',
    publisher: 'UK Parliament', publisher_type: 'government', source_type: 'official-statistics',
    url: 'https://parallelparliament.co.uk/question/128183/immigration-prosecutions', language: 'en', coverage_countries: ['GBR'], known_biases: ['prosecuted-cases-only'],
    notes: 'CPS Case Management Information System; offences charged in which a prosecution commenced. Read on parallelparliament.co.uk; answer date not read.',
  },
  {
    ...base, id: 'src-uk-ho-foi-66313', source_quality: 4, title: 'Freedom of Information response 66313: people smuggling charges and convictions',
    publisher: 'UK Home Office', publisher_type: 'government', source_type: 'administrative-data', year: 2021, published_date: '2021-10',
    url: 'https://www.whatdotheyknow.com/request/people_smuggling/response/1905327/attach/html/3/FOI%2066313%20G%20Taylor.pdf.html', language: 'en',
    coverage_countries: ['GBR'], coverage_start: '2018', coverage_end: '2020', known_biases: ['identified-cases-only'],
    notes: 'Charges and convictions from Immigration Enforcement action for facilitating illegal entry (s.25 Immigration Act 1971), 2018-2020 combined; none received the 14-year maximum; convictions may relate to earlier charges.',
  },
  {
    ...base, id: 'src-uk-hansard-2007-06-15', source_quality: 5, title: 'House of Commons written answer, 15 June 2007: human trafficking (court proceedings 2005 by statute)',
    publisher: 'UK Parliament, House of Commons (Hansard)', publisher_type: 'government', source_type: 'official-statistics', year: 2007, published_date: '2007-06-15',
    url: 'https://hansard.parliament.uk/Commons/2007-06-15/debates/07061543000158/HumanTrafficking', language: 'en', coverage_countries: ['GBR'], coverage_start: '2005', coverage_end: '2005',
    notes: 'Office for Criminal Justice Reform court proceedings database, England and Wales.',
  },
  {
    ...base, id: 'src-uk-hansard-1996-01-09', source_quality: 5, title: 'House of Commons written answer, 9 January 1996: illegal immigrants (persons prosecuted under s.25(1), 1985-1994)',
    publisher: 'UK Parliament, House of Commons (Hansard)', publisher_type: 'government', source_type: 'official-statistics', year: 1996, published_date: '1996-01-09',
    url: 'https://api.parliament.uk/historic-hansard/written_answers/1996/jan/09/illegal-immigrants', language: 'en', coverage_countries: ['GBR'], coverage_start: '1985', coverage_end: '1994',
  },
];
