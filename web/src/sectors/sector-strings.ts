/** Strings of the Sectors pages. Figures never appear here: they come from the API as {values}. */
const SECTORS_EN = {
  navSectors: 'Sectors',
  sectorsTitle: 'Sectors: how exposed are their workers?',
  sectorsIntro:
    "For trade unions and anyone who thinks in sectors: the share of each sector's workers in occupations " +
    "exposed to generative AI. No ILO publication reports exposure by sector; these are this project's " +
    "estimates, built from employment by sector and occupation and the ILO's occupation scores.",
  sectorsAreaLabel: 'Country or region',
  sectorsRegions: 'Regions',
  sectorsCountries: 'Countries',
  sectorsRankingHeading: 'Sectors in {area}, ranked',
  sectorsRankingCaption: '{measure}: share of the sector’s workers and number of workers (thousands), {source} {year}',
  sectorsAllSectors: 'All sectors: {share} ({workers} thousand workers).',
  sectorsColRank: 'Rank',
  sectorsColSector: 'Sector',
  sectorsColShare: 'Share of workers (%)',
  sectorsColWorkers: 'Workers (thousands)',
  sectorsColEmployment: 'Employment (thousands)',
  sectorsColCoverage: 'Coverage',
  sectorsLowReliability: 'low reliability',
  sectorsSuppressed: '{count} cells not published',
  sectorsChartTitle: '{measure}: share of workers by sector (%)',
  sectorsHeatMapHeading: 'Europe: sectors × countries',
  sectorsHeatMapIntro: 'Share of workers in the measure, by country and section. Darker = higher. Empty = no published employment.',
  sectorsHeatMapCaption: '{measure}, {region}: share of workers (%) by country (rows) and sector (columns)',
  sectorsHeatMapRegion: 'Countries of',
  sectorsMethodHeading: 'Method and validation',
  sectorsMethodMajorGroup:
    'Europe (Eurostat lfsa_eisn2, 2024) and the Philippines (ILOSTAT, 2023) report employment by ' +
    'sector and ISCO-08 major group only. Each major group counts with the share of its scored ' +
    'unit groups in the measure, the same in every sector: differences within a group between sectors ' +
    '(professionals in finance and in education) are lost.',
  sectorsMethodOccupation:
    'The United States (BLS OEWS, May 2024) has detailed occupations, matched to ISCO-08 through ' +
    'the BLS crosswalks (SOC 2018 → SOC 2010 → ISCO-08); where a code maps to several, its employment ' +
    'is split equally at each step. OEWS counts wage and salary jobs only, and its NAICS sectors ' +
    'map onto the sections only approximately in places.',
  sectorsMethodCoverage:
    'Every figure comes with its coverage: cells the source does not publish, employment in cells ' +
    'of low reliability, and the share of employment whose occupations have an ILO score (armed ' +
    'forces have none).',
  sectorsValidationPublished: 'All-sector aggregates against published figures',
  sectorsValidationCountry: "All-sector aggregates against this project's country estimates",
  sectorsColArea: 'Area',
  sectorsColReference: 'Compared with',
  sectorsColAggregate: 'Sector aggregate',
  sectorsColError: 'Difference (pp)',
  sectorsColAreas: 'Areas',
  sectorsColMeanError: 'Mean absolute difference (pp)',
  sectorsColLargest: 'Largest (pp)',
  sectorsValidationCaption: 'All-sector aggregate of each area compared with the figure named',
  sectorsCountryCaption: "Mean and largest absolute difference from this project's country estimate, by measure",
  sectorsMeanPublished: 'Mean absolute error over these {count} published figures: {error} percentage points.',
  sectorsCsvEstimateLabel:
    "This project's estimates, not ILO figures: employment-weighted share of the sector's workers in exposed occupations.",
  sectorsCsvDataSources:
    'Employment: Source: Eurostat (lfsa_eisn2); ILO, ILOSTAT (EMP_TEMP_ECO_OCU_NB, CC BY 4.0); ' +
    'U.S. Bureau of Labor Statistics, OEWS May 2024 and SOC crosswalks. Occupation scores: ILO ' +
    '(Gmyrek et al. 2025, WP140; Gmyrek, Berg, Bescond 2023, WP96), CC BY 4.0.',
  sectorsCsvSection: 'Section',
  sectorsCsvNaics: 'NAICS sector',
  sectorsCsvSuppressed: 'Cells not published',
  sectorsCsvUnreliable: 'Employment in low-reliability cells (%)',
  sectorsCsvScored: 'Employment with an ILO score (%)',
  sectorsNoData: 'No sector data for this area.',
  // One sector
  sectorTitle: '{sector} in {area}',
  sectorBack: 'All sectors',
  sectorFiguresHeading: 'Share of the sector’s workers in exposed occupations',
  sectorFiguresCaption: '{label}: by measure',
  sectorCoverageHeading: 'Coverage',
  sectorCoverageEmployment: 'Employment in published cells: {value} thousand',
  sectorCoverageSourceTotal: '{value} of the sector total the source gives',
  sectorCoverageScored: 'With an ILO score: {value} of it',
  sectorCoverageSuppressed: 'Not published: {count} cells or occupations',
  sectorCoverageUnreliable: 'In cells of low reliability: {value}',
  sectorComponentsHeading: 'NAICS sectors in this section',
  sectorMixHeading: 'Occupation mix',
  sectorMixIntroMajorGroup:
    'ISCO-08 major groups in this sector: employment, the share in the measure (the same for every sector) and the workers it adds.',
  sectorMixIntroOccupation: 'Detailed occupations in this sector (BLS OEWS), with the ISCO-08 unit groups their employment is spread over.',
  sectorMixCaption: '{measure}: occupations of the sector by workers in the measure',
  sectorColOccupation: 'Occupation',
  sectorColShareInMeasure: 'In the measure (%)',
  sectorColIscoMatches: 'ISCO-08 matches',
  sectorColTopTask: 'Most exposed task (2025 score)',
  sectorMixChartTitle: 'Workers in the measure by occupation (thousands), top {n}',
  sectorMixCount: '{shown} of {count} occupations',
  sectorCaveatsHeading: 'What to keep in mind',
  sectorNoDataTitle: 'No sector data',
  sectorNoDataHelp:
    'There is no employment by sector and occupation for {area} in this project’s data. Sector ' +
    'estimates exist for 33 European countries (and the EU-27 and Europe as a whole), the Philippines ' +
    'and the United States.',
  sectorNoDataCountry: 'See {area} by occupation group',
  sectorAskButton: 'Ask about this sector',
  sectorAskQuestion: 'How exposed is {sector} in {area}?',
  sectorCaveat_estimate: "This project's estimate: no ILO publication reports GenAI exposure by sector.",
  sectorCaveat_within_group_lost:
    'Employment is known by major group only: every sector gets the same profile per major group, ' +
    'so differences within a group between sectors are lost.',
  sectorCaveat_not_job_loss:
    'Exposure measures how much of the task content GenAI could do or assist with; it is not a forecast of job loss.',
  sectorCaveat_oews_scope: 'BLS OEWS counts wage and salary jobs in establishments: no self-employed, and most farms are out of scope.',
  sectorCaveat_crosswalk:
    'Occupations are matched to ISCO-08 through the BLS crosswalks, most pairs only partially; ' +
    '{scoredPercent}% of this employment reached a scored ISCO-08 unit group.',
  sectorCaveat_approximate_mapping: 'NAICS {naics} {titleEn} maps onto this section only approximately: {note}',
  sectorCaveat_unscored: '{thousands} thousand workers (armed forces) have no ILO score and are left out of the share.',
  sectorCaveat_suppressed_cells:
    '{count} employment cells are not published by the source (too few survey observations); their workers are missing from the figures.',
  sectorCaveat_suppressed_occupations:
    '{count} occupations have no published employment estimate; their workers are missing from the figures.',
  sectorCaveat_unreliable: '{thousands} thousand workers ({percent}%) are in cells Eurostat flags as of low reliability.',
  sectorCaveat_low_reliability:
    '{thousands} thousand workers ({percent}%) are in cells Eurostat flags as of low reliability: treat this figure as very uncertain.',
  sectorCaveat_section_t_in_s: 'In the 2023 Philippine data, households as employers (T) are included in other services (S).',
  sectorCaveat_no_published_cells:
    'The source publishes no employment cell with an ILO score for this sector here, so there is no estimate.',
} as const;

const SECTORS_ZH_TW: Record<keyof typeof SECTORS_EN, string> = {
  navSectors: '行業',
  sectorsTitle: '各行業的勞工受生成式AI暴露程度',
  sectorsIntro:
    '為工會與以行業思考的讀者整理：各行業勞工中，從事受生成式AI暴露職業者的比例。ILO 並未發布各' +
    '行業的暴露數字；以下是本專案依各行業、各職業的就業資料與 ILO 職業分數計算的估計。',
  sectorsAreaLabel: '國家或區域',
  sectorsRegions: '區域',
  sectorsCountries: '國家',
  sectorsRankingHeading: '{area}各行業排名',
  sectorsRankingCaption: '{measure}：行業勞工所占比例與人數（千人），{source} {year}',
  sectorsAllSectors: '所有行業：{share}（{workers} 千名勞工）。',
  sectorsColRank: '排名',
  sectorsColSector: '行業',
  sectorsColShare: '勞工比例（%）',
  sectorsColWorkers: '勞工人數（千人）',
  sectorsColEmployment: '就業人數（千人）',
  sectorsColCoverage: '涵蓋情形',
  sectorsLowReliability: '可靠度低',
  sectorsSuppressed: '{count} 格未公布',
  sectorsChartTitle: '{measure}：各行業勞工比例（%）',
  sectorsHeatMapHeading: '歐洲：行業 × 國家',
  sectorsHeatMapIntro: '各國、各行業中屬於此指標的勞工比例。顏色越深代表比例越高；空白表示沒有公布的就業資料。',
  sectorsHeatMapCaption: '{measure}，{region}：各國（列）與各行業（欄）的勞工比例（%）',
  sectorsHeatMapRegion: '國家範圍',
  sectorsMethodHeading: '方法與驗證',
  sectorsMethodMajorGroup:
    '歐洲（Eurostat lfsa_eisn2，2024 年）與菲律賓（ILOSTAT，2023 年）只提供各行業的 ISCO-08 大類' +
    '就業人數。每個大類以其已評分細類中屬於該指標的比例計算，在所有行業中都相同：同一大類在不同' +
    '行業間的差異（例如金融業與教育業的專業人員）因此消失。',
  sectorsMethodOccupation:
    '美國（BLS OEWS，2024 年 5 月）有細分職業，透過 BLS 對照表（SOC 2018 → SOC 2010 → ISCO-08）' +
    '對應到 ISCO-08；一個代碼對應到多個代碼時，每一步都平均分配其就業人數。OEWS 只計受僱者的工作' +
    '，且部分 NAICS 行業與 ISIC 行業只是約略對應。',
  sectorsMethodCoverage:
    '每個數字都附上涵蓋情形：資料來源未公布的格數、可靠度低的格中的就業人數，以及職業具有 ILO 分數的就業比例（軍人沒有分數）。',
  sectorsValidationPublished: '全行業合計與已發布數字比較',
  sectorsValidationCountry: '全行業合計與本專案國家估計比較',
  sectorsColArea: '地區',
  sectorsColReference: '比較對象',
  sectorsColAggregate: '行業合計',
  sectorsColError: '差距（百分點）',
  sectorsColAreas: '地區數',
  sectorsColMeanError: '平均絕對差距（百分點）',
  sectorsColLargest: '最大差距（百分點）',
  sectorsValidationCaption: '各地區全行業合計與所列數字的比較',
  sectorsCountryCaption: '與本專案國家估計的平均及最大絕對差距，依指標',
  sectorsMeanPublished: '與這 {count} 個已發布數字的平均絕對誤差：{error} 個百分點。',
  sectorsCsvEstimateLabel: '本專案的估計值，並非 ILO 發布的數據：以就業人數加權，行業勞工中從事暴露職業者的比例。',
  sectorsCsvDataSources:
    '就業資料：Eurostat（lfsa_eisn2）；ILO，ILOSTAT（EMP_TEMP_ECO_OCU_NB，CC BY 4.0）；美國勞工' +
    '統計局 OEWS 2024 年 5 月與 SOC 對照表。職業分數：ILO（Gmyrek 等 2025，WP140；Gmyrek、Berg、' +
    'Bescond 2023，WP96），CC BY 4.0。',
  sectorsCsvSection: '行業代碼',
  sectorsCsvNaics: 'NAICS 行業',
  sectorsCsvSuppressed: '未公布格數',
  sectorsCsvUnreliable: '可靠度低的格中就業比例（%）',
  sectorsCsvScored: '具 ILO 分數的就業比例（%）',
  sectorsNoData: '此地區沒有行業資料。',
  sectorTitle: '{area}的{sector}',
  sectorBack: '所有行業',
  sectorFiguresHeading: '行業勞工中從事暴露職業者的比例',
  sectorFiguresCaption: '{label}：依指標',
  sectorCoverageHeading: '涵蓋情形',
  sectorCoverageEmployment: '已公布格中的就業人數：{value} 千人',
  sectorCoverageSourceTotal: '占資料來源所列行業總數的 {value}',
  sectorCoverageScored: '其中具 ILO 分數者：{value}',
  sectorCoverageSuppressed: '未公布：{count} 格或職業',
  sectorCoverageUnreliable: '位於可靠度低的格：{value}',
  sectorComponentsHeading: '本行業包含的 NAICS 行業',
  sectorMixHeading: '職業組成',
  sectorMixIntroMajorGroup: '本行業的 ISCO-08 大類：就業人數、屬於此指標的比例（各行業相同）及其貢獻的勞工人數。',
  sectorMixIntroOccupation: '本行業的細分職業（BLS OEWS），以及其就業人數分配到的 ISCO-08 細類。',
  sectorMixCaption: '{measure}：本行業各職業屬於此指標的勞工人數',
  sectorColOccupation: '職業',
  sectorColShareInMeasure: '屬於此指標（%）',
  sectorColIscoMatches: '對應的 ISCO-08',
  sectorColTopTask: '暴露程度最高的任務（2025 年分數）',
  sectorMixChartTitle: '各職業屬於此指標的勞工人數（千人），前 {n} 名',
  sectorMixCount: '共 {count} 個職業，顯示 {shown} 個',
  sectorCaveatsHeading: '請留意',
  sectorNoDataTitle: '沒有行業資料',
  sectorNoDataHelp: '本專案的資料中沒有{area}各行業、各職業的就業人數。行業估計涵蓋歐洲 33 國（以及歐盟 27 國與歐洲整體）、菲律賓與美國。',
  sectorNoDataCountry: '查看{area}各職業類別的資料',
  sectorAskButton: '詢問這個行業',
  sectorAskQuestion: '{area}的{sector}受生成式AI影響的暴露程度如何？',
  sectorCaveat_estimate: '本專案的估計：ILO 並未發布各行業的生成式AI暴露數字。',
  sectorCaveat_within_group_lost: '就業資料只有大類：每個行業在同一大類中套用相同的暴露輪廓，因此同一大類在不同行業間的差異會消失。',
  sectorCaveat_not_job_loss: '暴露程度衡量的是生成式AI可執行或輔助的任務內容比例，並非失業預測。',
  sectorCaveat_oews_scope: 'BLS OEWS 只計事業單位受僱者的工作：不含自營作業者，且多數農場不在範圍內。',
  sectorCaveat_crosswalk:
    '職業透過 BLS 對照表對應到 ISCO-08，多數只是部分對應；此就業人數中有 {scoredPercent}% 對應到已評分的 ISCO-08 細類。',
  sectorCaveat_approximate_mapping: 'NAICS {naics} {titleZhTw} 與此行業只是約略對應：{note}',
  sectorCaveat_unscored: '{thousands} 千名勞工（軍人）沒有 ILO 分數，不列入比例計算。',
  sectorCaveat_suppressed_cells: '資料來源未公布 {count} 個就業格（調查樣本太少）；這些勞工不在數字之內。',
  sectorCaveat_suppressed_occupations: '{count} 個職業沒有公布就業估計；這些勞工不在數字之內。',
  sectorCaveat_unreliable: '{thousands} 千名勞工（{percent}%）位於 Eurostat 標示為可靠度低的格。',
  sectorCaveat_low_reliability: '{thousands} 千名勞工（{percent}%）位於 Eurostat 標示為可靠度低的格：此數字非常不確定。',
  sectorCaveat_section_t_in_s: '2023 年菲律賓資料中，家庭僱用（T）併入其他服務業（S）。',
  sectorCaveat_no_published_cells: '資料來源在此未公布任何具 ILO 分數的就業格，因此沒有估計值。',
};

export const SECTOR_STRINGS = { en: SECTORS_EN, 'zh-TW': SECTORS_ZH_TW };
