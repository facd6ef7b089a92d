/**
 * What the local model knows without querying anything: country names and the names of ISCO-08 major
 * groups, as a language model would know them. Built once from the catalog.
 */
import type { Catalog } from '../../data/catalog.ts';

export interface Vocabulary {
  /** Every country name and alias -> ISO3 (Latin names lower-cased). */
  countryByName: Map<string, string>;
  /** One pass over a question finds every country named in it: Latin names (case-insensitive), short
   *  aliases such as "US" (case-sensitive) and Chinese names; longest names first. */
  countryPatterns: RegExp[];
  /** Phrases that name an ISCO-08 group, English and Chinese, -> group code. */
  groups: { phrase: string; code: string }[];
}

// Everyday ways people name the major groups and a few large sub-major groups.
const GROUP_PHRASES: Record<string, string[]> = {
  '1': ['managers', 'manager', 'management', '主管', '經理'],
  '2': ['professionals', 'professional jobs', 'professional occupations', '專業人員'],
  '3': ['technicians', 'associate professionals', '技術員', '助理專業人員'],
  '4': ['clerical', 'clerks', 'clerical support', 'office jobs', 'clerical jobs', 'clerical work', '事務', '文書', '行政工作'],
  '5': ['service and sales', 'service workers', 'sales workers', 'services and sales', '服務及銷售', '服務業', '銷售'],
  '6': ['agricultural', 'farmers', 'agriculture', 'farming', '農業', '農民', '農林漁牧'],
  '7': ['craft', 'trades', 'craft and related trades', '技藝', '技術工'],
  '8': ['plant and machine operators', 'machine operators', 'drivers', 'assemblers', '機械設備操作', '機械操作', '組裝'],
  '9': ['elementary occupations', 'elementary', 'labourers', 'laborers', '基層', '勞力工'],
  '25': ['ict professionals', 'ict jobs', 'it professionals', 'software', 'tech jobs', '資訊及通訊專業人員', '資通訊', '軟體'],
  '22': ['health professionals', 'healthcare', 'health care', '醫療專業', '醫療保健'],
  '23': ['teaching professionals', 'teachers', 'education', '教學專業人員', '教師', '教育'],
  '24': ['business and administration professionals', 'finance professionals', '商業及行政專業人員', '金融'],
  '26': ['legal, social and cultural professionals', 'media', 'journalists', 'creative', '法律、社會及文化專業人員', '媒體'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: string[]) =>
  names
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

export function buildVocabulary(catalog: Catalog): Vocabulary {
  const countryByName = new Map<string, string>();
  const latin: string[] = [];
  const short: string[] = [];
  const han: string[] = [];
  for (const country of catalog.countries.values()) {
    for (const name of [country.nameEn, country.nameZhTw, ...country.aliasesEn, ...country.aliasesZhTw]) {
      if (name.length < 2) continue;
      const isHan = /\p{Script=Han}/u.test(name);
      // Very short Latin aliases ("US", "UK") are only trusted in capitals, so they match case-sensitively.
      const key = isHan || name.length <= 3 ? name : name.toLowerCase();
      if (countryByName.has(key)) continue;
      countryByName.set(key, country.iso3);
      (isHan ? han : name.length <= 3 ? short : latin).push(key);
    }
  }
  // Longest names first, so "South Sudan" is found before "Sudan" and "Niger" does not hide "Nigeria".
  const countryPatterns = [
    new RegExp(`(?<!\\p{L})(${alternation(latin)})(?!\\p{L})`, 'giu'),
    new RegExp(`(?<!\\p{L})(${alternation(short)})(?!\\p{L})`, 'gu'),
    new RegExp(`(${alternation(han)})`, 'gu'),
  ];
  const groups = Object.entries(GROUP_PHRASES)
    .flatMap(([code, phrases]) => phrases.map((phrase) => ({ phrase, code })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  return { countryByName, countryPatterns, groups };
}
