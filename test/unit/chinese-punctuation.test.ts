/** Full-width punctuation in the local model's Chinese answers, and what must stay as it is. */
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../server/models/local/chinese-punctuation.ts';

describe('fullWidthPunctuation', () => {
  it.each([
    ['**護理專業人員** (ISCO-08 2221)・專業人員', '**護理專業人員**（ISCO-08 2221）・專業人員'],
    ['任務平均分數 0.70 (標準差 0.12), 第4梯度 [1]', '任務平均分數 0.70（標準差 0.12），第4梯度 [1]'],
    ['- **2025 年精進指數（ILO WP140）:** 任務平均分數', '- **2025 年精進指數（ILO WP140）：** 任務平均分數'],
    ['女性 43.1%, 男性 24.1%', '女性 43.1%，男性 24.1%'],
    ['| 1 | 資料輸入員 (ISCO-08 4132) [2] | 0.70 |', '| 1 | 資料輸入員（ISCO-08 4132） [2] | 0.70 |'],
    ['平均分數 (2025 年 (第4梯度))', '平均分數（2025 年（第4梯度））'],
    ['比重: 32.5%', '比重：32.5%'],
  ])('%s', (input, expected) => {
    expect(fullWidthPunctuation(input)).toBe(expected);
  });

  it.each([
    ['1. Compile data (e.g. invoices, receipts) — 0.70', '1. Compile data (e.g. invoices, receipts) — 0.70'],
    ['就業人數 1,618 千人', '就業人數 1,618 千人'],
    ['請見 [來源](https://doi.org/10.54394/HETP0387)', '請見 [來源](https://doi.org/10.54394/HETP0387)'],
    ['Time 12:30 and ratio 3:1', 'Time 12:30 and ratio 3:1'],
  ])('leaves %s alone', (input, expected) => {
    expect(fullWidthPunctuation(input)).toBe(expected);
  });
});
