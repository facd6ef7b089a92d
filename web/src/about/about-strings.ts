/** Strings of the About page (spread into EXPLORE_STRINGS). No figures here: every number comes from the API. */
export const ABOUT_STRINGS = {
  en: {
    aboutTitle: 'About this assistant and its data',
    aboutIntro:
      'GenAI Jobs Assistant answers policy questions about how generative AI may change work, from the International Labour ' +
      "Organization's research on task-level exposure. Every figure it shows comes from that research, with its source, or is " +
      "clearly marked as this project's own estimate.",
    aboutTocLabel: 'On this page',
    aboutDataHeading: 'What the data is, and what it is not',
    aboutDataIs:
      'The ILO scored the tasks of each ISCO-08 occupation for how much of them generative AI could perform or assist with. This ' +
      'assistant serves those scores from the 2023 study (ILO Working Paper 96) and the 2025 refined index (ILO Working Paper 140), ' +
      "employment by country from the ILO modelled estimates, and the ILO's published headline figures.",
    aboutNotJobLossTitle: 'Exposure is not job loss, and not a forecast.',
    aboutNotJobLoss:
      "A score says how much of an occupation's task content generative AI could do or help with. It does not say how many jobs will " +
      'disappear, when, or whether employers will adopt the technology; the ILO sees the transformation of jobs as the most likely ' +
      'impact.',
    aboutGlobalScoresTitle: 'Task scores are global.',
    aboutGlobalScores:
      'Each occupation has one set of scores for every country. ILO Working Paper 166 (with the World Bank) cautions that in ' +
      'developing countries, where access to digital infrastructure is lower and the same job often involves different tasks, global ' +
      'scores tend to overstate the likely effect.',
    aboutMeasuresDifferTitle: 'The 2023 and 2025 measures differ.',
    aboutMeasuresDiffer:
      'The 2025 index re-scored the tasks with a new method and uses gradients instead of the 2023 categories. A difference between ' +
      'an occupation’s 2023 and 2025 scores reflects the change of method, not a trend over time.',
    aboutEstimatesTitle: "Country shares are this project's estimates.",
    aboutEstimates:
      'The ILO publishes exposed-employment shares for the world, income groups and some regions, not for individual countries. The ' +
      "country figures here are computed by this project, always labelled as such, and validated against the ILO's published figures " +
      '(below).',
    aboutTranslationsTitle: 'Translations.',
    aboutTranslations:
      "Traditional Chinese occupation titles follow Taiwan's Standard Occupational Classification where it matches ISCO-08; those " +
      "and all other translations are this project's. Task statements and source titles are shown in English as published.",
    aboutMethodHeading: 'How occupations are placed in categories and gradients',
    aboutMethodIntro:
      "Each task has a score between 0 and 1. An occupation's category (2023) or gradient (2025) follows from the mean of its task " +
      'scores and their standard deviation (SD), which shows whether a few tasks or most tasks are exposed. The rules, as the ILO ' +
      'applied them:',
    aboutWp96Labels: '2023 study (Working Paper 96): categories',
    aboutWp140Labels: '2025 refined index (Working Paper 140): gradients',
    aboutColLabel: 'Label',
    aboutColRule: 'Rule and meaning',
    aboutMethodChange:
      'Gradients 1 to 4 are the occupations the 2025 index counts as exposed. Gradient 4 is closest to the 2023 automation category ' +
      'and gradient 1 to the 2023 augmentation category, but the two classifications are built from different scores.',
    aboutSourcesHeading: 'Sources and licences',
    aboutLicence: 'Licence: {licence}',
    aboutLicenceHeading: 'Attribution, disclaimer and brand',
    aboutAttributionLabel: 'Attribution (CC BY 4.0)',
    aboutDisclaimerLabel: 'Adaptation disclaimer',
    aboutBrand:
      'The ILO name and logo are not this product’s brand. This assistant is an independent adaptation; it is not prepared, reviewed ' +
      'or endorsed by the ILO.',
    aboutExports: 'Every CSV download starts with the attribution and the disclaimer above.',
    aboutCode: 'The code is open source under the MIT licence; the data keeps the licences listed above.',
  },
  'zh-TW': {
    aboutTitle: '關於本助理與資料',
    aboutIntro:
      '「生成式AI與工作助理」根據國際勞工組織（ILO）對任務層級暴露程度的研究，回答生成式AI可能如何改變工作的政策問題。' +
      '畫面上的每一個數字都來自這些研究並附上來源，或清楚標示為本專案自行計算的估計值。',
    aboutTocLabel: '本頁內容',
    aboutDataHeading: '這些資料是什麼、不是什麼',
    aboutDataIs:
      'ILO 為每個 ISCO-08 職業的各項任務評分，衡量生成式AI能執行或輔助這些任務的程度。本助理提供 2023 年研究（ILO 第 96 ' +
      '號工作報告）與 2025 年精進指數（ILO 第 140 號工作報告）的分數、ILO 模型推估的各國就業資料，以及 ILO 已發布的重點數據。',
    aboutNotJobLossTitle: '暴露程度不等於失業，也不是預測。',
    aboutNotJobLoss:
      '分數代表生成式AI能完成或輔助某職業多少任務內容；它並未說明會有多少工作消失、何時消失，或雇主是否會採用這項技術。ILO ' +
      '認為工作內容的轉型才是最可能的影響。',
    aboutGlobalScoresTitle: '任務分數是全球通用的。',
    aboutGlobalScores:
      '每個職業在所有國家都使用同一組分數。ILO 第 166 ' +
      '號工作報告（與世界銀行合作）提醒：在開發中國家，數位基礎設施較不普及，' +
      '同一職業的實際任務也常不相同，因此全球分數往往高估可能的影響。',
    aboutMeasuresDifferTitle: '2023 年與 2025 年的衡量方式不同。',
    aboutMeasuresDiffer:
      '2025 年指數以新方法重新為任務評分，並以「梯度」取代 2023 年的「類別」。某職業 2023 年與 2025 ' +
      '年分數的差異反映的是方法的改變，而非隨時間變化的趨勢。',
    aboutEstimatesTitle: '各國比例是本專案的估計值。',
    aboutEstimates:
      'ILO ' +
      '只發布全球、各所得組別及部分區域的受暴露就業比例，並未發布個別國家的數據。本服務中的國家數字由本專案計算，一律標示為估計值，並與 ' +
      'ILO 已發布的數據比對驗證（見下方）。',
    aboutTranslationsTitle: '翻譯。',
    aboutTranslations:
      '繁體中文職業名稱在與 ISCO-08 ' +
      '相符處依循我國「職業標準分類」；這些名稱與其他所有翻譯均由本專案提供。任務敘述與資料來源標題依原文以英文呈現。',
    aboutMethodHeading: '職業如何歸入類別與梯度',
    aboutMethodIntro:
      '每項任務的分數介於 0 到 1 之間。職業的類別（2023 年）或梯度（2025 ' +
      '年）取決於其任務分數的平均值與標準差；標準差顯示受暴露的是少數任務還是多數任務。ILO 採用的規則如下：',
    aboutWp96Labels: '2023 年研究（第 96 號工作報告）：類別',
    aboutWp140Labels: '2025 年精進指數（第 140 號工作報告）：梯度',
    aboutColLabel: '名稱',
    aboutColRule: '規則與意義',
    aboutMethodChange:
      '第1至第4梯度是 2025 年指數視為「受暴露」的職業。第4梯度最接近 2023 ' +
      '年的「自動化潛力」類別，第1梯度接近「增強潛力」類別，但兩種分類是根據不同的分數建立的。',
    aboutSourcesHeading: '資料來源與授權',
    aboutLicence: '授權：{licence}',
    aboutLicenceHeading: '出處標示、免責聲明與品牌',
    aboutAttributionLabel: '出處標示（CC BY 4.0）',
    aboutDisclaimerLabel: '改編聲明',
    aboutBrand: 'ILO 的名稱與標誌並非本產品的品牌。本助理為獨立的改編作品，並非由 ILO 製作、審閱或認可。',
    aboutExports: '每個下載的 CSV 檔開頭都附有上述出處標示與聲明。',
    aboutCode: '程式碼以 MIT 授權開放原始碼；資料則沿用上列各自的授權。',
  },
} as const;
