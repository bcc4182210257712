import { sharedDef } from '../model/record-type.js';
import { normalizeName } from './normalize-name.js';

const countryDef = sharedDef('country') as { enum: string[]; 'x-labels': Record<string, string> };
const iso3 = new Set(countryDef.enum);

// ISO 3166-1 alpha-2 → alpha-3 (from the Debian iso-codes table), plus XK for Kosovo.
// CTDC writes ISO-2 codes; everything we store is ISO-3.
const iso2Pairs =
  'ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE XKXKX';
const iso2 = new Map(iso2Pairs.split(' ').map((p) => [p.slice(0, 2), p.slice(2)] as const));

// Names public files use that differ from the UN M49 names in our labels.
const nameAliases: Record<string, string> = {
  usa: 'USA', 'united states': 'USA', us: 'USA', turkey: 'TUR', turkiye: 'TUR', syria: 'SYR', iran: 'IRN',
  venezuela: 'VEN', bolivia: 'BOL', laos: 'LAO', 'dr congo': 'COD', drc: 'COD', 'congo dr': 'COD',
  'republic of the congo': 'COG', 'ivory coast': 'CIV', 'cote d ivoire': 'CIV', vietnam: 'VNM', 'viet nam': 'VNM',
  russia: 'RUS', moldova: 'MDA', tanzania: 'TZA', 'united kingdom': 'GBR', uk: 'GBR', 'great britain': 'GBR',
  'north korea': 'PRK', 'south korea': 'KOR', korea: 'KOR', palestine: 'PSE', 'occupied palestinian territory': 'PSE',
  kosovo: 'XKX', macedonia: 'MKD', 'north macedonia': 'MKD', 'the former yugoslav republic of macedonia': 'MKD',
  swaziland: 'SWZ', 'cape verde': 'CPV', czech: 'CZE', 'czech republic': 'CZE', burma: 'MMR', gambia: 'GMB',
  'the gambia': 'GMB', brunei: 'BRN', micronesia: 'FSM', 'hong kong': 'HKG', macao: 'MAC', macau: 'MAC', taiwan: 'TWN',
  'western sahara': 'ESH', 'netherlands': 'NLD', 'the netherlands': 'NLD', unknown: 'UNK', 'not specified': 'UNK',
  'unspecified': 'UNK', stateless: 'UNK',
};

const byName = new Map<string, string>();
for (const [code, label] of Object.entries(countryDef['x-labels'])) byName.set(normalizeName(label), code);
for (const [name, code] of Object.entries(nameAliases)) byName.set(normalizeName(name), code);

/**
 * True when `code` is an ISO 3166-1 alpha-3 code our schemas accept (including UNK and XKX).
 *
 * @example isCountryCode('TUR') // true
 */
export function isCountryCode(code: string): boolean {
  return iso3.has(code);
}

/**
 * The ISO-3 code of a country given as an ISO-3 code, an ISO-2 code or a name (UN M49 names
 * and common variants such as `Turkey`, `USA`, `Syria`). Undefined when not recognised.
 *
 * @example countryCode('KH') // 'KHM'
 * @example countryCode('Venezuela (Bolivarian Republic of)') // 'VEN'
 */
export function countryCode(value: string): string | undefined {
  const s = value.trim();
  if (/^[A-Z]{3}$/.test(s) && iso3.has(s)) return s;
  if (/^[A-Z]{2}$/.test(s)) return iso2.get(s);
  return byName.get(normalizeName(s));
}
