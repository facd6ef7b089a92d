/** Every sentence the local model writes, in English and Traditional Chinese. No figures live here. */
import type { Language } from '../../domain/language.ts';

const PHRASES = {
  caveat: {
    en:
      "_Exposure measures how much of a job's task content generative AI could perform or assist " +
      'with; it is not a forecast of job loss._',
    'zh-TW': '_暴露程度衡量的是生成式AI可執行或輔助的任務內容比重，並不是失業預測。_',
  },
  estimateCaveat: {
    en:
      "_Country figures here are this project's estimates from employment by major occupation group, " +
      'not ILO figures; global task scores tend to overstate exposure in lower-income countries (ILO ' +
      'WP166)._',
    'zh-TW':
      '_此處的國家數據是本專案依職業大類就業結構所做的估計，並非 ILO 發布的數據；全球一致的任務分' +
      '數往往高估低所得國家的暴露程度（ILO WP166）。_',
  },
  wp140: { en: '2025 refined index (ILO WP140)', 'zh-TW': '2025 年精進指數（ILO WP140）' },
  wp96: { en: '2023 study (ILO WP96)', 'zh-TW': '2023 年研究（ILO WP96）' },
  meanScore: { en: 'mean task score', 'zh-TW': '任務平均分數' },
  sd: { en: 'SD', 'zh-TW': '標準差' },
  understoodAs: { en: 'I read "{phrase}" as this occupation.', 'zh-TW': '我將「{phrase}」理解為此職業。' },
  alternatives: { en: 'Other possible matches: {list}.', 'zh-TW': '其他可能的對應職業：{list}。' },
  mostExposedTasks: {
    en: 'Most exposed tasks (2025 score, 2023 score in brackets):',
    'zh-TW': '暴露程度最高的任務（2025 年分數，括號內為 2023 年分數；任務說明為 ILO 英文原文）：',
  },
  allTasks: {
    en: 'Its tasks, from most to least exposed (2025 score, 2023 score in brackets):',
    'zh-TW': '其任務依暴露程度由高至低排列（2025 年分數，括號內為 2023 年分數；任務說明為 ILO 英文原文）：',
  },
  changeUp: {
    en: 'Between the two studies its mean score rose by {value} (from {from} to {to}).',
    'zh-TW': '兩次研究之間，其平均分數上升 {value}（由 {from} 升至 {to}）。',
  },
  changeDown: {
    en: 'Between the two studies its mean score fell by {value} (from {from} to {to}).',
    'zh-TW': '兩次研究之間，其平均分數下降 {value}（由 {from} 降至 {to}）。',
  },
  changeNone: { en: 'Its mean score is the same in both studies ({to}).', 'zh-TW': '兩次研究的平均分數相同（{to}）。' },
  changeWhy: {
    en:
      'The 2025 index re-scored every task with a new task list, a worker survey, expert review and ' +
      'two AI models, so the two scores are different measures rather than a trend.',
    'zh-TW': '2025 年指數以新的任務清單、勞工調查、專家審查及兩個AI模型重新評分所有任務，因此兩個分數是不同的衡量方式，而非時間趨勢。',
  },
  unscored: {
    en: 'The ILO published no task scores for this unit group, so it has no exposure measure in either study.',
    'zh-TW': 'ILO 未發布此細類的任務分數，因此兩次研究都沒有它的暴露程度。',
  },
  unknownOccupation: {
    en: 'I could not find an occupation matching "{phrase}" in the ISCO-08 classification, so I have no scores to give.',
    'zh-TW': '我在 ISCO-08 職業分類中找不到與「{phrase}」相符的職業，因此無法提供分數。',
  },
  didYouMean: { en: 'Did you mean {list}?', 'zh-TW': '您是指{list}嗎？' },
  tryAnother: { en: 'Try another job title or an ISCO-08 code.', 'zh-TW': '請試試其他職業名稱或 ISCO-08 代碼。' },
  groupDistribution: {
    en:
      '**{title}** (ISCO-08 {code}) has {units} unit groups, {scored} of them scored. How they spread ' +
      '(counts of occupations, not of workers):',
    'zh-TW': '**{title}**（ISCO-08 {code}）共有 {units} 個細類，其中 {scored} 個有分數。其分布如下（職業數，不是勞工人數）：',
  },
  compareIntro: { en: 'Side by side:', 'zh-TW': '並列比較：' },
  compareMissing: {
    en: 'I could not match enough of the occupations to compare them: {list}.',
    'zh-TW': '無法對應到足夠的職業來比較：{list}。',
  },
  columnOccupation: { en: 'Occupation', 'zh-TW': '職業' },
  columnChange: { en: 'Change', 'zh-TW': '變化' },
  topTaskOf: {
    en: 'Most exposed task of {title}: "{task}" ({score} in 2025)',
    'zh-TW': '{title}暴露程度最高的任務：「{task}」（2025 年 {score}）',
  },
  rankIntroDesc: {
    en: 'The {count} most exposed occupations{within}, by {study} mean task score:',
    'zh-TW': '{within}暴露程度最高的 {count} 個職業（依{study}任務平均分數）：',
  },
  rankIntroAsc: {
    en: 'The {count} least exposed occupations{within}, by {study} mean task score:',
    'zh-TW': '{within}暴露程度最低的 {count} 個職業（依{study}任務平均分數）：',
  },
  rankIntroChange: {
    en: 'The {count} occupations{within} whose mean score changed most from 2023 to 2025:',
    'zh-TW': '{within}從 2023 到 2025 年平均分數變化最大的 {count} 個職業：',
  },
  within: { en: ' among {title}', 'zh-TW': '在{title}中，' },
  columnMean: { en: 'Mean', 'zh-TW': '平均分數' },
  columnLevel: { en: 'Level', 'zh-TW': '等級' },
  figuresFor: { en: 'Published figures for {population}:', 'zh-TW': '{population}的已發布數據：' },
  noFigures: {
    en: 'The ILO figures I have include nothing for {population}{filter}.',
    'zh-TW': '我手上的 ILO 數據沒有{population}{filter}的數字。',
  },
  forWomenMen: { en: ' by sex', 'zh-TW': '依性別區分' },
  estimateFor: {
    en:
      '{label}: about {share}% of employment in {population} is in occupations exposed under the ' +
      '2025 index (gradients 1-4){sexPart}, with an error of {mae} percentage points on average against ' +
      "the ILO's published figures {cite}.",
    'zh-TW':
      '{label}：{population}約有 {share}% 的就業位於 2025 年指數的暴露職業（第1至4梯度）{sexPart}；' +
      '與 ILO 已發布數據相比，平均誤差為 {mae} 個百分點 {cite}。',
  },
  sexPartWomenMen: { en: ' (women {women}%, men {men}%)', 'zh-TW': '（女性 {women}%，男性 {men}%）' },
  noteGlobalScores: {
    en:
      "Occupation scores are the same everywhere: the ILO scored each occupation's tasks once, globally. " +
      'What differs between countries is how many people work in exposed occupations.',
    'zh-TW': '職業分數在各地都相同：ILO 對每個職業的任務只做一次全球性評分。各國的差別在於有多少人從事暴露程度高的職業。',
  },
  noteNoSex: {
    en: 'The scores describe occupations and are not split by sex. What the ILO reports for women and men overall:',
    'zh-TW': '分數描述的是職業，並未依性別區分。ILO 針對整體女性與男性的數據如下：',
  },
  secondary: { en: 'reported in press summaries, not seen in ILO text', 'zh-TW': '見於新聞摘要，未見於 ILO 原文' },
  quoted: { en: 'ILO text as quoted by a third party', 'zh-TW': '第三方引述的 ILO 文字' },
  derived: { en: 'computed by this project from ILO data', 'zh-TW': '本專案依 ILO 資料計算' },
  countryHeader: { en: '**{name}** ({income}{region})', 'zh-TW': '**{name}**（{income}{region}）' },
  noIncomeGroup: { en: 'no World Bank income group', 'zh-TW': '無世界銀行所得組別' },
  countryEstimate: {
    en:
      '{label} [{n}]: about **{share}%** of employment is in occupations exposed under the 2025 index ' +
      '(gradients 1-4): women {women}%, men {men}%. In gradient 4, the highest: {g4}% (women {g4w}%, ' +
      'men {g4m}%). Under the 2023 study, automation potential: {auto}%, augmentation potential: {aug}%.',
    'zh-TW':
      '{label} [{n}]：約 **{share}%** 的就業位於 2025 年指數的暴露職業（第1至4梯度）：女性 {women}%，' +
      '男性 {men}%。最高的第4梯度：{g4}%（女性 {g4w}%，男性 {g4m}%）。依 2023 年研究，具自動化潛力' +
      '者：{auto}%，具增強潛力者：{aug}%。',
  },
  countryMethod: {
    en:
      'Method: employment by major occupation group (ILO modelled estimates, 2024) times the share ' +
      "of each group's occupations that are exposed ({method}); average error {mae} percentage points " +
      '(largest {max}) against {figures} published ILO figures.',
    'zh-TW':
      '方法：各職業大類的就業人數（ILO 模型推估，2024 年）乘以該大類中暴露職業的比重（{method}）；' +
      '與 {figures} 個 ILO 已發布數據相比，平均誤差 {mae} 個百分點（最大 {max}）。',
  },
  methodEscoWeighted: { en: 'occupations weighted by their number of ESCO job titles', 'zh-TW': '各職業依其 ESCO 職稱數加權' },
  methodUnweighted: { en: 'each occupation counted once', 'zh-TW': '每個職業各計一次' },
  countryClerical: {
    en: 'Clerical support workers are {share}% of its employment (women {women}%, men {men}%) [{n}].',
    'zh-TW': '事務支援人員占其就業的 {share}%（女性 {women}%，男性 {men}%）[{n}]。',
  },
  countryNoData: {
    en: 'The ILO modelled estimates have no 2024 employment figures for {name}, so there is no estimate.',
    'zh-TW': 'ILO 模型推估沒有{name} 2024 年的就業數據，因此無法估計。',
  },
  countryNotFound: {
    en: 'I could not find "{query}" among the countries and territories in the data.',
    'zh-TW': '在資料中的國家與地區裡找不到「{query}」。',
  },
  countryExposedWorkers: {
    en: 'That is about {thousands} thousand workers in exposed occupations [{n}].',
    'zh-TW': '約 {thousands} 千名勞工位於暴露職業 [{n}]。',
  },
  countryFigures: { en: 'Published for {name} itself:', 'zh-TW': '針對{name}本身發布的數據：' },
  incomeGroupFigures: {
    en: "The ILO's published figures for its income group ({income}):",
    'zh-TW': '其所得組別（{income}）的 ILO 已發布數據：',
  },
  countryWomen: {
    en:
      "For women specifically: {women}% of women's employment is in exposed occupations against {men}% " +
      "of men's (gradient 4: {g4w}% vs {g4m}%) [{n}].",
    'zh-TW': '就女性而言：女性就業有 {women}% 位於暴露職業，男性為 {men}%（第4梯度：{g4w}% 對 {g4m}%）[{n}]。',
  },
  compareCountriesIntro: { en: '{label}, side by side (share of employment):', 'zh-TW': '{label}，並列比較（占就業比重）：' },
  columnCountry: { en: 'Country', 'zh-TW': '國家' },
  columnExposed: { en: 'Exposed (gradients 1-4)', 'zh-TW': '暴露（第1-4梯度）' },
  columnG4: { en: 'Gradient 4', 'zh-TW': '第4梯度' },
  columnWomen: { en: 'Women exposed', 'zh-TW': '女性暴露' },
  columnIncome: { en: 'Income group', 'zh-TW': '所得組別' },
  rankCountriesIntro: {
    en:
      '{label}: the {count} countries with the {direction} estimated share of employment in exposed ' +
      'occupations (2025 index, gradients 1-4{sexPart}){within}:',
    'zh-TW': '{label}：{within}估計暴露職業就業比重{direction}的 {count} 個國家（2025 年指數，第1至4梯度{sexPart}）：',
  },
  highest: { en: 'highest', 'zh-TW': '最高' },
  lowest: { en: 'lowest', 'zh-TW': '最低' },
  withinIncome: { en: ' among {income} countries', 'zh-TW': '在{income}中，' },
  knowledgeIntro: { en: 'From the cited findings:', 'zh-TW': '根據引用的研究發現：' },
  knowledgeNone: {
    en: 'I could not find this in the ILO findings I draw on, so I would rather not guess.',
    'zh-TW': '我所依據的 ILO 研究發現中找不到這項內容，因此不便臆測。',
  },
  leastExposedTasks: {
    en: 'Least exposed tasks (2025 score, 2023 score in brackets):',
    'zh-TW': '暴露程度最低的任務（2025 年分數，括號內為 2023 年分數；任務說明為 ILO 英文原文）：',
  },
  taskMatchesIntro: {
    en:
      'Occupations whose ILO task statements come closest to **"{query}"**, best match first, with the matching tasks ' +
      '(2025 score, 2023 score in brackets):',
    'zh-TW':
      'ILO 任務敘述與 **「{query}」** 最相近的職業，依相符程度排序，並列出相符的任務（2025 年分數，括號內為 2023 年分數；' +
      '任務說明為 ILO 英文原文，以英文搜尋）：',
  },
  taskMatchLevel: { en: '2025: {label}, mean {mean}', 'zh-TW': '2025 年：{label}，平均 {mean}' },
  taskMatchesNote: {
    en: "_Tasks are matched by their words and meaning, not by how much of a job's time they take._",
    'zh-TW': '_任務是依文字與語意比對，並不代表該任務占這份工作多少時間。_',
  },
  taskMatchesNone: {
    en: 'No ILO task statement came close to "{query}". Try other words for the work, such as "preparing reports".',
    'zh-TW': '沒有任何 ILO 任務敘述與「{query}」相近。請換個說法描述這項工作，例如「撰寫報告」。',
  },
  taskQueryMissing: {
    en: 'Which kind of work should I look for? Describe the task in a few words, such as "writing reports" or "answering customer calls".',
    'zh-TW': '要找哪一種工作內容呢？請用幾個字描述這項任務，例如「撰寫報告」或「接聽客戶電話」。',
  },
  mostExposedTasksOf: {
    en: 'The most exposed tasks of {title} (ISCO-08 {code}), 2025 score (2023 in brackets):',
    'zh-TW': '{title}（ISCO-08 {code}）暴露程度最高的任務（2025 年分數，括號內為 2023 年；任務說明為 ILO 英文原文）：',
  },
  leastExposedTasksOf: {
    en: 'The least exposed tasks of {title} (ISCO-08 {code}), 2025 score (2023 in brackets):',
    'zh-TW': '{title}（ISCO-08 {code}）暴露程度最低的任務（2025 年分數，括號內為 2023 年；任務說明為 ILO 英文原文）：',
  },
  columnMen: { en: 'Men exposed', 'zh-TW': '男性暴露' },
  noteNoSexByOccupation: {
    en: 'Occupation scores are not split by sex; the figures for women and men are for whole populations.',
    'zh-TW': '職業分數並未依性別區分；女性與男性的數據是針對整體人口。',
  },
  notInData: {
    en: 'That is not in this data: the knowledge base holds no {what}, so I will not give a figure for it.',
    'zh-TW': '這不在本資料中：知識庫沒有{what}，因此我不提供相關數字。',
  },
  missing_wages: { en: 'wages or earnings', 'zh-TW': '薪資或收入資料' },
  missing_unemployment: { en: 'unemployment rates', 'zh-TW': '失業率資料' },
  missing_forecast: {
    en: 'forecasts of job losses (the ILO measures exposure, not how many jobs will disappear)',
    'zh-TW': '失業或工作消失的預測（ILO 衡量的是暴露程度，而非會消失多少工作）',
  },
  missing_other_studies: { en: "other organisations' studies", 'zh-TW': '其他機構的研究' },
  missing_companies: { en: 'company-level plans or data', 'zh-TW': '個別公司的計畫或資料' },
  canAnswerAbout: {
    en: 'What I can give for {about}: its exposure to generative AI in the ILO studies, with sources.',
    'zh-TW': '關於{about}，我可以提供 ILO 研究中的生成式AI暴露程度，並附上來源。',
  },
  canAnswer: {
    en:
      'What I can give: exposure of occupations and their tasks, published ILO figures by income ' +
      'group, region and sex, and estimates by country.',
    'zh-TW': '我可以提供：職業及其任務的暴露程度、ILO 依所得組別、地區與性別發布的數據，以及各國的估計。',
  },
  clarifyDoubt: {
    en: 'I am not sure what "{text}" refers to. Did you mean: {options}?',
    'zh-TW': '我不確定「{text}」指的是什麼。您是指：{options}？',
  },
  clarifyAmbiguous: {
    en: '"{text}" can mean several occupations in ISCO-08: {options}. Here they are side by side; which one did you mean?',
    'zh-TW': '「{text}」在 ISCO-08 中可能對應多個職業：{options}。以下並列呈現；請問您指的是哪一個？',
  },
  outlookIntro: {
    en:
      "The ILO data measure how much of a job's tasks generative AI could do or assist with, not " +
      'whether the job will disappear. For this occupation:',
    'zh-TW': 'ILO 的資料衡量的是生成式AI可執行或輔助的任務比重，而不是這份工作會不會消失。就這個職業而言：',
  },
  countIntro: {
    en: '{count} occupations{within} are in {filter}:',
    'zh-TW': '{within}共有 {count} 個職業屬於{filter}：',
  },
  scoredOccupations: { en: 'the scored list', 'zh-TW': '有分數的職業' },
  byGradient: { en: '- By 2025 gradient: {levels}.', 'zh-TW': '- 依 2025 年梯度：{levels}。' },
  byCategory: { en: '- By 2023 category: {levels}.', 'zh-TW': '- 依 2023 年類別：{levels}。' },
  byMajorGroup: { en: 'By major group: {groups}.', 'zh-TW': '依職業大類：{groups}。' },
  listCut: { en: 'Showing the first {shown}.', 'zh-TW': '僅列出前 {shown} 個。' },
  inFilter: { en: ' in {filter}', 'zh-TW': '{filter}中' },
  rankIntroChangeDown: {
    en: 'The {count} occupations{within} whose mean score fell most from 2023 to 2025:',
    'zh-TW': '{within}從 2023 到 2025 年平均分數下降最多的 {count} 個職業：',
  },
  womenMen: { en: 'women {women}, men {men}', 'zh-TW': '女性 {women}，男性 {men}' },
  nothingRecognised: {
    en:
      'I could not find an occupation, country, sector or group matching "{words}" in the data, so ' +
      'I have no figures to give. Try an everyday job title, an ISCO-08 code or a country.',
    'zh-TW': '我在資料中找不到與「{words}」相符的職業、國家、產業或族群，因此無法提供數字。請試試常見的職業名稱、ISCO-08 代碼或國家。',
  },
  noSectorData: {
    en:
      'There is no employment by sector and occupation for {name} in this data, so I have no sector ' +
      'estimate for it. Sector estimates exist for {areas} and others; for {name} I can give the ' +
      'occupation-group view of the country.',
    'zh-TW':
      '本資料沒有{name}依產業與職業區分的就業數據，因此無法提供產業估計。產業估計涵蓋{areas}等地；' +
      '對{name}，我可以提供該國依職業大類的估計。',
  },
  sectorNotFound: { en: 'I could not match that sector in the sector data.', 'zh-TW': '在產業資料中找不到這個產業。' },
  sectorHeader: {
    en:
      '{label}: **{sector}** in {area}: {exposed} of its workers are in exposed occupations (2025 ' +
      'index, gradients 1-4), {g4} in gradient 4; 2023 study: automation potential {automation}, ' +
      'augmentation potential {augmentation} {cite}.',
    'zh-TW':
      '{label}：{area}的**{sector}**有 {exposed} 的勞工位於暴露職業（2025 年指數，第1至4梯度），第' +
      '4梯度 {g4}；2023 年研究：自動化潛力 {automation}、增強潛力 {augmentation} {cite}。',
  },
  sectorDrivers: {
    en: 'The occupations that drive it (workers in thousands, share exposed):',
    'zh-TW': '主要影響的職業（勞工人數以千計、暴露比重）：',
  },
  driverLine: { en: '{workers} thousand workers, {share}% exposed', 'zh-TW': '{workers} 千人，{share}% 暴露' },
  driverTask: { en: '— most exposed task: "{task}" ({score})', 'zh-TW': '— 暴露程度最高的任務：「{task}」（{score}）' },
  // Eurostat gives no sector totals: only where the source has one is the published share of it said.
  sectorCoverage: {
    en: 'Coverage: {scored}% of its employment is in scored occupations.',
    'zh-TW': '涵蓋率：其就業有 {scored}% 屬於有分數的職業。',
  },
  sectorCoverageOfTotal: {
    en: 'Coverage: {scored}% of its employment is in scored occupations; published cells cover {published}% of the source total.',
    'zh-TW': '涵蓋率：其就業有 {scored}% 屬於有分數的職業；公布的儲存格涵蓋來源總數的 {published}%。',
  },
  columnSector: { en: 'Sector', 'zh-TW': '產業' },
  columnWorkers: { en: 'Workers (thousands)', 'zh-TW': '勞工（千人）' },
  byWorkers: { en: 'by number of workers', 'zh-TW': '依勞工人數' },
  byShare: { en: 'by share of workers', 'zh-TW': '依勞工比重' },
  sectorRankIntro: {
    en: '{label}: sectors in {area} with the {direction} {measure}, {by}:',
    'zh-TW': '{label}：{area}各產業依{by}排列，{measure}{direction}者：',
  },
  sectorOccupationsIntro: {
    en: '{label}: the occupations of {sector} in {area} (sector: {share} exposed), most workers in exposed occupations first:',
    'zh-TW': '{label}：{area}{sector}中的職業（整體 {share} 暴露），依暴露職業的勞工人數排列：',
  },
  claimTrue: { en: 'Yes, that matches the data.', 'zh-TW': '是的，這與資料相符。' },
  claimFalse: { en: 'No, that does not match the data.', 'zh-TW': '不，這與資料不符。' },
  claimPartly: { en: 'Partly.', 'zh-TW': '部分正確。' },
  claimJobLoss: {
    en:
      'But exposure is not job loss: the ILO measures how much of the work GenAI could do or assist ' +
      'with, and finds transformation more likely than replacement.',
    'zh-TW': '但暴露程度不等於失業：ILO 衡量的是生成式AI可執行或輔助的工作比重，並認為工作轉型比被取代更可能。',
  },
  claimOccupationFact: {
    en:
      '{title} (ISCO-08 {code}) is in {gradient} in the 2025 index (mean {mean}); ' +
      'in the 2023 study it was in {category} (mean {mean96}).',
    'zh-TW': '{title}（ISCO-08 {code}）在 2025 年指數屬於{gradient}（平均 {mean}）；在 2023 年研究屬於{category}（平均 {mean96}）。',
  },
  claimCountries: {
    en: "This project's estimates (not ILO figures): {a} {av}%, {b} {bv}% of employment in exposed occupations.",
    'zh-TW': '本專案的估計（非 ILO 數據）：{a} {av}%，{b} {bv}% 的就業位於暴露職業。',
  },
  claimWomenMen: {
    en: "This project's estimate for {name} (not an ILO figure): women {women}%, men {men}% of employment in exposed occupations.",
    'zh-TW': '本專案對{name}的估計（非 ILO 數據）：女性 {women}%，男性 {men}% 的就業位於暴露職業。',
  },
  claimCountryEstimate: {
    en: "The ILO publishes no figure for {name}; this project's estimate is that {value}% of its employment is in exposed occupations.",
    'zh-TW': 'ILO 並未發布{name}的數字；本專案估計其就業有 {value}% 位於暴露職業。',
  },
  claimDifferentMeasures: {
    en:
      'The 2023 and 2025 figures come from two different measures (automation potential in 2023, ' +
      'gradient 4 in 2025), so their difference is not a change over time.',
    'zh-TW': '2023 年與 2025 年的數字來自兩種不同的衡量（2023 年的自動化潛力、2025 年的第4梯度），兩者的差異並不是隨時間的變化。',
  },
  claimFromStudy: { en: 'from the {study}', 'zh-TW': '出自{study}' },
  claimFromOther: { en: 'not from the {study}: from {source}', 'zh-TW': '並非出自{study}，而是出自{source}' },
  sourceIloRegional: { en: 'a later ILO regional report, as the press reported it', 'zh-TW': '新聞轉述的 ILO 後續區域報告' },
  sourceWp166: { en: 'ILO Working Paper 166 (2026), as the press reported it', 'zh-TW': '新聞轉述的 ILO 第166號工作報告（2026）' },
  sourceOther: { en: 'the publication cited', 'zh-TW': '所引用的出版品' },
  sourceCountryBrief: { en: 'an ILO country brief, as the press reported it', 'zh-TW': '新聞轉述的 ILO 國別簡報' },
  claimNoSuchFigure: { en: 'No published figure says that. What the ILO published:', 'zh-TW': '沒有已發布的數據這樣說。ILO 發布的是：' },
  claimUnchecked: {
    en: 'I could not find what this claim refers to in the data; ask about a specific occupation, country or group and I can check it.',
    'zh-TW': '我在資料中找不到這項說法所指的內容；請指明職業、國家或族群，我可以幫您查核。',
  },
  refusalManipulation: {
    en:
      "I can't change how I work or share my instructions. I'm here to answer questions about generative " +
      'AI and jobs from ILO research, with sources.',
    'zh-TW': '我無法改變運作方式，也不能分享我的指示。我的用途是根據 ILO 研究回答生成式AI與工作的問題，並附上來源。',
  },
  refusalOutOfScope: {
    en:
      "That's outside what I can help with: I answer questions about how generative AI may change " +
      'occupations and work, using ILO research and data.',
    'zh-TW': '這超出了我能協助的範圍：我根據 ILO 的研究與資料，回答生成式AI可能如何改變職業與工作的問題。',
  },
  help: {
    en:
      "I answer questions about how generative AI may change work, from the ILO's task-level exposure " +
      'research (the 2023 study and the 2025 refined index), with every number cited. I can look ' +
      'up an occupation and its tasks, rank or compare occupations, give the published figures for ' +
      "income groups, women and men, estimate a country's exposure, and explain the methods and the " +
      "ILO's policy advice.",
    'zh-TW':
      '我根據 ILO 的任務層級暴露研究（2023 年研究與 2025 年精進指數）回答生成式AI可能如何改變工作' +
      '，並為每個數字附上來源。我可以查詢職業及其任務、排名或比較職業、提供各所得組別與男女的已發' +
      '布數據、估計某國的暴露程度，並說明研究方法與 ILO 的政策建議。',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type PhraseKey = keyof typeof PHRASES;

export function phrase(language: Language, key: PhraseKey, values: Record<string, string | number> = {}): string {
  return PHRASES[key][language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
