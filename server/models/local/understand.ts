/**
 * Stage 1 of the local model: what is being asked. A pure function of the question, the earlier
 * questions (for follow-ups such as "and in low-income countries?") and the model's vocabulary.
 */
import type { Vocabulary } from './vocabulary.ts';

export type Population =
  | 'WORLD'
  | 'HIC'
  | 'UMC'
  | 'LMC'
  | 'LIC'
  | 'Europe and Central Asia'
  | 'Americas'
  | 'Asia and the Pacific'
  | 'Africa';
export type Sex = 'any' | 'women' | 'men';
export type Study = 'any' | 'wp96' | 'wp140';

export type Intent =
  | { kind: 'occupation'; phrase: string; focus: 'overview' | 'tasks' | 'change'; study: Study }
  | { kind: 'compare_occupations'; phrases: string[] }
  | { kind: 'rank_occupations'; order: 'desc' | 'asc'; limit: number; group?: string; by: 'wp140' | 'wp96' | 'change' }
  | { kind: 'group'; populations: Population[]; sex: Sex; study: Study; note?: 'occupation_scores_are_global' | 'no_sex_by_occupation' }
  | { kind: 'country'; countries: string[]; sex: Sex }
  | {
      kind: 'rank_countries';
      order: 'desc' | 'asc';
      limit: number;
      incomeGroup?: 'HIC' | 'UMC' | 'LMC' | 'LIC';
      sex: Exclude<Sex, 'any'> | 'total';
    }
  | { kind: 'knowledge'; query: string }
  | { kind: 'refusal'; reason: 'out_of_scope' | 'manipulation' }
  | { kind: 'help' };

const MANIPULATION = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|prompts?|previous|above|guidelines)\b/i,
  /\bsystem (prompt|message|instructions?)\b/i,
  /\b(your|the) (hidden |initial |original )?(instructions|prompt|rules)\b/i,
  /\b(jailbreak|developer mode|dan mode)\b/i,
  /\bpretend (you are|to be)\b|\byou are now\b|\bact as (an?|the)\b/i,
  /忽略|無視|不要理會|系統提示|提示詞|你的(指令|指示|規則|設定)|越獄|假裝你是|扮演/,
];
const OFF_TOPIC = [
  /\b(weather|temperature|rain(ing)?|stock prices?|share price|bitcoin|crypto(currency)?|recipes?|cook(ing)? (a|an|the)|football|soccer|basketball|baseball|movies?|films?|songs?|lyrics|poem|joke|horoscope|lottery|capital of|president of|prime minister|election|sports?|celebrity|dating)\b/i,
  /\b(write|generate|compose) (me )?(a |an |some )?(code|program|script|essay|story|poem|song|email)\b/i,
  /天氣|氣溫|下雨|股價|股票|比特幣|加密貨幣|食譜|料理|足球|籃球|棒球|電影|歌詞|寫一首|笑話|星座|彩券|樂透|首都|總統|選舉|寫程式|寫一篇/,
];
const KNOWLEDGE = [
  /\b(how (were|was|did|do|does|is|are) (the |they |it |these |this )?(scores?|index|study|studies|ilo|gradients?|categories|measured|calculated|made|built|computed|created|produced|defined|estimated|derived))/i,
  /\b(method|methodology|methods|measured|calculated|scored|definition|define|defined|mean by|meaning of)\b/i,
  /\bwhat (is|are|does|do) (the |a |an )?(big unknown|gradients?|gradient \d|augmentation|automation potential|exposure|exposure gradients?|minimal exposure|categories|isco|wp96|wp140|working paper)\b/i,
  /\b(why|recommend|recommendations?|policy|policies|should|advice|advise|what can (be done|governments|unions|workers|employers)|social dialogue|retrain(ing)?|reskill(ing)?|upskill(ing)?|training|redeploy(ment)?|social protection|care economy|platform workers?|data workers|digital divide|productivity|caveats?|limitations?|reliable|reliability|uncertain(ty)?|lose (their|my|our) jobs?|job loss(es)?|forecast|predict(ion)?|survey|experts?|gpt-4|gemini|webinar|difference between|differ|transition|job quality|regulation)\b/i,
  /如何|怎麼|怎樣|方法|計算|評分|定義|什麼是|是什麼|意思|為什麼|為何|建議|政策|應該|怎麼辦|社會對話|培訓|訓練|再就業|轉職|社會保障|照顧經濟|平台|數位落差|限制|失業|取代|預測|調查|專家|差異|不同|轉型|工作品質|法規|監管/,
];
const DATA = [
  /\b(how (exposed|much|many|likely|affected|vulnerable)|exposure (of|for|in|among)|share|percent(age)?|%|scores?|figures?|numbers?|rate|most exposed|least exposed|top \d+|statistics?)\b/i,
  /多少|比例|百分比|分數|暴露程度|暴露|排名|最高|最低|數據|統計/,
];
// Asking for a figure outright: wins over method words ("how exposed are women, and why?" still wants the numbers).
const STRONG_DATA = [
  /\b(how (exposed|much|many|likely|affected|vulnerable)|share|percent(age)?|most exposed|least exposed|top \d+)\b|%/i,
  /多少|比例|百分比|暴露程度|排名/,
];
const RANKING = [
  /\b(top \d+|top|most exposed|least exposed|highest|lowest|most affected|least affected|rank(ing|ed)?|biggest|which (jobs|occupations|professions|roles)|what (jobs|occupations|professions|roles) (are|is|have)|list of)\b/i,
  /最.{0,3}(暴露|高|低|受影響|容易|不容易)|排名|前\s*\d+\s*(名|個|種)?|哪些(職業|工作)|哪種(職業|工作)|什麼(職業|工作)/,
];
const COUNTRY_RANKING = [
  /\bwhich (\S+ ){0,3}countr(y|ies)\b|\b(top|most|least|highest|lowest|rank(ing)?)\b.{0,40}\bcountr(y|ies)\b|\bcountr(y|ies)\b.{0,30}\b(most|least|highest|lowest|rank(ing)?)\b/i,
  /哪些國家|哪個國家|國家.{0,8}(排名|最高|最低|最)/,
];
const LEAST = /\b(least|lowest|less|fewest|safest|not exposed)\b|最低|最少|最不|最小|最安全/i;
const TASKS = /\btasks?\b|\bduties\b|\bwhat (do|does) (they|it) do\b|任務|工作內容|工作項目/i;
const CHANGE =
  /\b(change[sd]?|changing|differ(ence|ent)?|compared? (to|with) 2023|2023 (vs\.?|versus|and|to) 2025|2025 (vs\.?|versus|and) 2023|increase[sd]?|decrease[sd]?|went (up|down)|over time|revis(ed|ion)|new index|updated?)\b|變化|改變|差異|增加|減少|上升|下降|更新/i;
const YEAR_2023 = /\b(2023|wp ?96|working paper 96|first study|original study)\b|2023年/i;
const YEAR_2025 = /\b(2025|wp ?140|working paper 140|refined index|new index)\b|2025年/i;
const COMPARE = /\bvs\.?\b|\bversus\b|\bcompare[sd]?\b|\bcomparison\b|\bcompared (to|with)\b|比較|相比|對比|相較/i;
const FOLLOW_UP =
  /^\s*(and|what about|how about|and in|and for|and among|what of|also|then|same for|now for|for)\b|^\s*(那|那麼|還有|至於|而|換成|改成)|呢[？?]?\s*$/i;
const HELP =
  /^\s*(hi|hello|hey|help|what can you do|who are you|what are you|thanks|thank you)\b|^\s*(你好|您好|哈囉|嗨|謝謝|你是誰|你能做什麼|幫助)/i;
const INCOME: [RegExp, Population][] = [
  [/\bupper[- ]middle[- ]income\b|中高所得/i, 'UMC'],
  [/\blower[- ]middle[- ]income\b|中低所得/i, 'LMC'],
  [
    /\b(high[- ]income|rich|wealthy|advanced|developed) (countries|economies|nations|world)\b|\bhigh[- ]income\b|\bhics?\b|高所得|已開發|富裕國家/i,
    'HIC',
  ],
  [
    /\b(low[- ]income|poor|poorer|poorest|least developed) (countries|economies|nations)\b|\blow[- ]income\b|\blics?\b|低所得|貧窮國家|最低度開發/i,
    'LIC',
  ],
  [/\b(world|worldwide|global|globally|all countries|around the world)\b|全球|全世界|世界各地/i, 'WORLD'],
  [/\beurope( and central asia)?\b|\beca\b|歐洲|中亞/i, 'Europe and Central Asia'],
  [/\b(americas|latin america|north america)\b|美洲|拉丁美洲/i, 'Americas'],
  [/\b(asia[- ]pacific|asia and the pacific|asia)\b|亞太|亞洲/i, 'Asia and the Pacific'],
  [/\bafrica\b|非洲/i, 'Africa'],
];
const INCOME_GROUPS_ALL = /\b(income groups?|by income|across income|income levels?)\b|所得組別|各所得|不同所得/i;
const DEVELOPING = /\b(developing|emerging|global south)( countries| economies)?\b|開發中國家|發展中國家|新興/i;
const WOMEN = /\b(women|woman|female|females|girls?|gender)\b|女性|婦女|女人|性別/i;
const MEN = /\b(men|man|male|males)\b|男性|男人/i;
const LIMIT = /\btop\s*(\d{1,2})\b|\b(\d{1,2})\s+(most|least|jobs|occupations)\b|前\s*(\d{1,2})/i;

// Words that frame a question but name no occupation; what is left after removing them is the job name.
const EN_FRAME =
  /\b(how|what|which|who|is|are|was|were|be|been|the|a|an|of|for|to|in|on|at|by|with|about|and|or|do|does|did|can|could|will|would|should|exposed|exposure|exposures|affected|vulnerable|risk|risks|at risk|automation|automated|automate|augmentation|generative|genai|gen ai|ai|artificial intelligence|chatgpt|llms?|jobs?|job|occupations?|occupation|professions?|work|workers?|people|score|scores|level|levels|index|gradient|category|their|they|them|it|its|this|that|these|those|my|me|i|you|your|tell|show|give|explain|please|much|many|likely|change|changed|changes|did|between|2023|2025|isco|isco-08|code|tasks?|task|most|least|more|less|vs|versus|compare|compared|comparison|really|actually|now|still|so|any|some|all|get|got|going|gonna|being|using|use|by|from|like|think|know|want|need|there|here|very|much|also|just|only|new|old|study|studies|ilo|wp96|wp140|year|years|highly|high|low|medium|share|shares|employment|employed|percent|percentage|proportion|worldwide|labour|labor|market|markets|workforce|economy|economies|total|overall|average)\b/gi;
const ZH_FRAME =
  /生成式\s*AI|生成式人工智慧|人工智慧|AI|的|是|嗎|呢|吧|啊|了|在|被|受到|受|影響|暴露程度|暴露|風險|自動化|程度|多少|如何|怎麼樣|怎樣|怎麼|什麼|哪些|哪個|這個|那個|職業|工作(?!人員|者|員)|行業|分數|指數|情況|狀況|請問|請|告訴我|說明|有|高|低|嗎|？|\?|，|,|。|！|!|和|與|跟|比較|相比|對比|還是|或|任務|變化|改變|2023|2025|年|ISCO|我|你|他們|他|它|這些|最|大|小|工作者|比例|百分比|比|較|更|相比|嗎|就業|全體|整體|平均|於|占|佔/g;

interface Features {
  text: string;
  codes: string[];
  countries: string[];
  populations: Population[];
  sex: Sex;
  study: Study;
  phrase: string;
}

/** ISO3 codes of the countries a question names, in the order they appear. */
function matchCountries(text: string, vocabulary: Vocabulary): string[] {
  const found: { iso3: string; index: number }[] = [];
  for (const pattern of vocabulary.countryPatterns) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      const iso3 = vocabulary.countryByName.get(name) ?? vocabulary.countryByName.get(name.toLowerCase());
      if (iso3) found.push({ iso3, index: match.index! });
    }
  }
  return [...new Set(found.sort((a, b) => a.index - b.index).map((entry) => entry.iso3))];
}

function features(text: string, vocabulary: Vocabulary): Features {
  const codes = [...text.matchAll(/(?<![\d.])\b(\d{4})\b(?![\d.%])/g)].map((match) => match[1]!).filter((code) => !/^20[12]\d$/.test(code));
  const populations = INCOME.filter(([pattern]) => pattern.test(text)).map(([, population]) => population);
  if (INCOME_GROUPS_ALL.test(text) && populations.length === 0) populations.push('HIC', 'LIC');
  if (DEVELOPING.test(text) && !populations.includes('LIC')) populations.push('LIC');
  const sex: Sex = WOMEN.test(text) ? 'women' : MEN.test(text) ? 'men' : 'any';
  const study: Study =
    YEAR_2023.test(text) && !YEAR_2025.test(text) ? 'wp96' : YEAR_2025.test(text) && !YEAR_2023.test(text) ? 'wp140' : 'any';
  return { text, codes, countries: matchCountries(text, vocabulary), populations, sex, study, phrase: jobPhrase(text) };
}

/** The words that remain once question framing, places, sex and numbers are removed: the job the user names. */
export function jobPhrase(text: string): string {
  const withoutPlaces = INCOME.reduce((rest, [pattern]) => rest.replace(new RegExp(pattern.source, 'gi'), ' '), text)
    .replace(new RegExp(WOMEN.source, 'gi'), ' ')
    .replace(new RegExp(MEN.source, 'gi'), ' ')
    .replace(/\b(countries|country|economies|nations)\b|國家|地區|經濟體/gi, ' ');
  if (/\p{Script=Han}/u.test(withoutPlaces)) {
    const han = withoutPlaces
      .replace(ZH_FRAME, ' ')
      .replace(/[^\p{Script=Han}A-Za-z0-9 ]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    // Framing words also occur inside job titles (社會工作, 其他, 有關): when stripping them split the
    // phrase, trim the question only at its edges instead.
    return han.includes(' ') ? trimChineseEdges(withoutPlaces) : han;
  }
  return withoutPlaces
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\d\s-]/gu, ' ')
    .replace(EN_FRAME, ' ')
    .replace(/\b\d+\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ZH_LEADING = /^\s*(請問|請|告訴我|我想知道|想問|那麼|那|還有|至於)\s*/;
const ZH_TRAILING =
  /(的|之)?\s*(受)?(生成式\s*AI|生成式人工智慧|人工智慧|AI)?(的)?(暴露程度|暴露|風險|影響|分數|情況|狀況|程度|任務|工作內容|變化|改變)?(如何|怎麼樣|怎樣|是多少|多少|有多高|高嗎|嗎|呢|為何|是什麼)?[？?。！!\s]*$/;

function trimChineseEdges(text: string): string {
  let phrase = text.trim();
  for (let previous = ''; previous !== phrase; ) {
    previous = phrase;
    phrase = phrase.replace(ZH_LEADING, '').replace(ZH_TRAILING, '').trim();
  }
  return phrase;
}

function groupIn(text: string, vocabulary: Vocabulary): string | undefined {
  const lower = text.toLowerCase();
  return vocabulary.groups.find(({ phrase }) =>
    /\p{Script=Han}/u.test(phrase) ? text.includes(phrase) : new RegExp(`\\b${phrase}\\b`).test(lower),
  )?.code;
}

function splitComparison(text: string): string[] {
  return text
    .split(/\bvs\.?\b|\bversus\b|\bcompared (?:to|with)\b|\band\b|\bwith\b|\bor\b|,|和|與|跟|以及|還是|對比|相比|相較/i)
    .map(jobPhrase)
    .filter((phrase) => phrase.length > 0);
}

const any = (patterns: RegExp[], text: string) => patterns.some((pattern) => pattern.test(text));

export function understand(question: string, history: readonly string[], vocabulary: Vocabulary): Intent {
  const text = question.normalize('NFKC').trim();
  if (!text || (HELP.test(text) && text.split(/\s+/).length <= 5)) return { kind: 'help' };
  if (any(MANIPULATION, text)) return { kind: 'refusal', reason: 'manipulation' };
  if (any(OFF_TOPIC, text) && !any(DATA, text)) return { kind: 'refusal', reason: 'out_of_scope' };

  const found = features(text, vocabulary);
  const previous = history.length > 0 ? understand(history.at(-1)!, history.slice(0, -1), vocabulary) : null;
  const isFollowUp =
    previous !== null && (FOLLOW_UP.test(text) || text.split(/\s+/).length <= 4 || (/\p{Script=Han}/u.test(text) && text.length <= 10));
  if (isFollowUp && previous) {
    const merged = followUp(previous, found);
    if (merged) return merged;
  }
  return fresh(found, vocabulary);
}

function fresh(found: Features, vocabulary: Vocabulary): Intent {
  const { text } = found;
  const order = LEAST.test(text) ? 'asc' : 'desc';
  const limitMatch = LIMIT.exec(text);
  const limit = Math.min(50, Number(limitMatch?.[1] ?? limitMatch?.[2] ?? limitMatch?.[4] ?? 10));
  const sexTotal = found.sex === 'any' ? 'total' : found.sex;

  if (any(COUNTRY_RANKING, text)) {
    const incomeGroup = found.populations.find((population): population is 'HIC' | 'UMC' | 'LMC' | 'LIC' =>
      ['HIC', 'UMC', 'LMC', 'LIC'].includes(population),
    );
    return { kind: 'rank_countries', order, limit, incomeGroup, sex: sexTotal };
  }
  if (found.countries.length > 0) return { kind: 'country', countries: found.countries.slice(0, 5), sex: found.sex };
  if (found.codes.length >= 2) return { kind: 'compare_occupations', phrases: found.codes.slice(0, 5) };
  const wantsData = any(DATA, text);
  if (any(KNOWLEDGE, text) && !(any(STRONG_DATA, text) && !/\b(why|recommend|policy|should)\b|為什麼|建議|政策|應該/i.test(text))) {
    return { kind: 'knowledge', query: text };
  }
  // "the most exposed tasks of translators" is about one occupation, not a ranking of occupations.
  if (TASKS.test(text) && found.phrase) return { kind: 'occupation', phrase: found.phrase, focus: 'tasks', study: found.study };
  if (any(RANKING, text) && found.codes.length === 0) {
    const by = CHANGE.test(text) ? 'change' : found.study === 'wp96' ? 'wp96' : 'wp140';
    return { kind: 'rank_occupations', order, limit, group: groupIn(text, vocabulary), by };
  }
  if (COMPARE.test(text) || /\bvs\b/i.test(text)) {
    const phrases = splitComparison(text);
    if (phrases.length >= 2) return { kind: 'compare_occupations', phrases: phrases.slice(0, 5) };
  }
  if (found.codes.length === 1)
    return {
      kind: 'occupation',
      phrase: found.codes[0]!,
      focus: TASKS.test(text) ? 'tasks' : CHANGE.test(text) ? 'change' : 'overview',
      study: found.study,
    };
  if ((found.populations.length > 0 || found.sex !== 'any') && !found.phrase) {
    return { kind: 'group', populations: found.populations.length > 0 ? found.populations : ['WORLD'], sex: found.sex, study: found.study };
  }
  if (found.phrase) {
    // "How exposed are clerical jobs?" names a whole group: rank its occupations.
    const group = vocabulary.groups.find(({ phrase }) => phrase === found.phrase.toLowerCase())?.code;
    if (group) return { kind: 'rank_occupations', order, limit, group, by: found.study === 'wp96' ? 'wp96' : 'wp140' };
    return {
      kind: 'occupation',
      phrase: found.phrase,
      focus: TASKS.test(text) ? 'tasks' : CHANGE.test(text) ? 'change' : 'overview',
      study: found.study,
    };
  }
  if (found.populations.length > 0 || found.sex !== 'any' || wantsData)
    return { kind: 'group', populations: found.populations.length > 0 ? found.populations : ['WORLD'], sex: found.sex, study: found.study };
  return { kind: 'knowledge', query: text };
}

/** A short question that leans on the previous one: keep its subject, change what the new words change. */
function followUp(previous: Intent, found: Features): Intent | null {
  const newSubject =
    found.countries.length > 0 ||
    found.codes.length > 0 ||
    (found.phrase && found.phrase.split(' ').length <= 4 && !TASKS.test(found.text) && !CHANGE.test(found.text));
  const asksTasks = TASKS.test(found.text);
  const asksChange = CHANGE.test(found.text);
  const places = found.populations;
  if (found.countries.length > 0) return null;
  switch (previous.kind) {
    case 'occupation':
      if (asksTasks && !newSubject) return { ...previous, focus: 'tasks' };
      if (asksChange && !newSubject) return { ...previous, focus: 'change' };
      if (found.study !== 'any' && !found.phrase) return { ...previous, study: found.study };
      if (places.length > 0 && !found.phrase)
        return { kind: 'group', populations: places, sex: found.sex, study: found.study, note: 'occupation_scores_are_global' };
      if (found.sex !== 'any' && !found.phrase)
        return { kind: 'group', populations: ['WORLD'], sex: found.sex, study: found.study, note: 'no_sex_by_occupation' };
      if (found.phrase && !asksTasks && !asksChange) return { ...previous, phrase: found.phrase };
      return null;
    case 'group':
      if (places.length > 0 || found.sex !== 'any' || found.study !== 'any') {
        return {
          ...previous,
          populations: places.length > 0 ? places : previous.populations,
          sex: found.sex !== 'any' ? found.sex : previous.sex,
          study: found.study !== 'any' ? found.study : previous.study,
        };
      }
      return null;
    case 'country':
      if (found.sex !== 'any') return { ...previous, sex: found.sex };
      return null;
    case 'rank_occupations':
      if (found.study !== 'any') return { ...previous, by: found.study === 'wp96' ? 'wp96' : 'wp140' };
      if (LEAST.test(found.text)) return { ...previous, order: 'asc' };
      return null;
    case 'rank_countries':
      if (found.sex !== 'any') return { ...previous, sex: found.sex };
      if (places.length > 0) {
        const incomeGroup = places.find((population): population is 'HIC' | 'UMC' | 'LMC' | 'LIC' =>
          ['HIC', 'UMC', 'LMC', 'LIC'].includes(population),
        );
        return incomeGroup ? { ...previous, incomeGroup } : null;
      }
      return null;
    default:
      return null;
  }
}
