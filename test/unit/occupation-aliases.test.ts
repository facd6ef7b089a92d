import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_DATA_DIR } from '../../knowledge/build/build-data.ts';
import { checkAliases } from '../../knowledge/build/check-aliases.ts';

describe('curated alias files', () => {
  it('pass the alias check', () => {
    const reports = checkAliases();
    expect(reports.map((report) => report.file)).toEqual([
      'occupation-aliases-en.csv',
      'occupation-aliases-zh-tw.csv',
      'occupation-group-aliases.csv',
    ]);
    for (const report of reports) {
      expect(report.problems, report.file).toEqual([]);
      expect(report.ambiguous, report.file).toBeGreaterThan(0);
    }
  });

  it('reports unknown codes, names the matcher reads alike, unmarked ambiguity, lost acronyms and disorder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gja-aliases-'));
    for (const file of ['occupations.csv', 'isco08-groups.csv', 'occupation-aliases-zh-tw.csv'])
      copyFileSync(join(KNOWLEDGE_DATA_DIR, file), join(dir, file));
    writeFileSync(
      join(dir, 'occupation-aliases-en.csv'),
      [
        'alias,isco08_code,note',
        'IT manager,1330,',
        'nurse,2221,',
        'nurse,3221,ambiguous: see 2221.',
        'nurses,2221,',
        'baker,7512,ambiguous: pastry cooks too.',
        'waiter,5131,',
        'coder,9999,',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'occupation-group-aliases.csv'), 'alias,language,isco08_code,note\noffice jobs,en,4110,\n基層勞工,fr,9,\n');

    const [english, chinese, groups] = checkAliases(dir);
    expect(english!.problems).toEqual([
      'line 2: the matcher drops IT from "IT manager" as a stopword',
      'line 3: "nurse" has 2 codes, so every note must start "ambiguous:"',
      'line 5: "nurses" is the same name to the matcher as "nurse" (line 3)',
      'line 6: "baker" is marked "ambiguous:" but has one code',
      'line 7: "waiter" (5131) is out of order after "baker" (7512)',
      'line 8: "coder" has code 9999, which is not a unit group',
    ]);
    expect(chinese!.problems).toEqual([]);
    expect(groups!.problems).toEqual([
      'line 2: "office jobs" has code 4110, which is not a level 1-3 group',
      'line 3: language "fr" is not en or zh-TW',
    ]);
  });
});
