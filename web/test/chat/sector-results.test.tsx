/** The chat's cards for sector estimates and definitions, rendered from the real app's answers (fixtures). */
import { act, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { Definitions } from '../../src/chat/definition-results.tsx';
import { toolCallsOf } from '../../src/chat/message-parts.ts';
import { RankedSectors, SectorCard, SectorOccupationsCard } from '../../src/chat/sector-results.tsx';
import { ToolResults } from '../../src/chat/tool-results.tsx';
import { tableRows } from '../table-rows.ts';
import { answerOf, ofKind, renderChat, toolOutput } from './helpers.tsx';

vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));

const ESTIMATE_LABEL = "This project's estimate, not an ILO figure";

describe('sector and definition cards (captured outputs)', () => {
  it('one sector: labelled estimate by measure, coverage, the occupations that drive it, caveats, its explorer page', () => {
    const data = ofKind(toolOutput('sector-exposure', 'sectorExposure').data, 'sector_exposure');
    renderChat(<SectorCard data={data} />);
    const card = screen.getByTestId('sector-card');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(`Finance and insurance in United States ${ESTIMATE_LABEL}`);
    expect(card.querySelector('.result-meta')).toHaveTextContent('K · Financial and insurance activities');
    expect(tableRows(within(card).getByTestId('sector-figures'))).toEqual([
      ['Employment in exposed occupations (WP140 gradients 1-4)', '89.9%', '5,587'],
      ['Employment in the highest exposure gradient (WP140 gradient 4)', '20.6%', '1,280'],
      ['Employment with automation potential (WP96)', '27.1%', '1,686'],
      ['Employment with augmentation potential (WP96)', '6.0%', '375'],
    ]);
    expect(within(card).getByTestId('sector-coverage')).toHaveTextContent(
      /Employment in published cells: 6,227 thousand \(99\.8% of the sector total the source gives\).*With an ILO score: 99\.8% of it.*Not published: 22 cells or occupations/,
    );
    const drivers = tableRows(within(card).getByTestId('sector-occupations'));
    expect(drivers).toHaveLength(5);
    expect(drivers[0]).toEqual([
      '43-4051 Customer Service Representatives4222 Contact Centre Information Clerks (100.0%, Gradient 3)',
      '488',
      '100.0%',
      '488',
      'Sending letters, information sheets and other documents to clients; (0.66)',
    ]);
    expect(within(card).getByRole('link', { name: '3311' })).toHaveAttribute('href', '/explore/occupations/3311');
    const caveats = within(card).getByTestId('sector-caveats');
    expect(within(caveats).getAllByRole('listitem')).toHaveLength(5);
    expect(caveats).toHaveTextContent("This project's estimate: no ILO publication reports GenAI exposure by sector.");
    expect(within(card).getByRole('link', { name: 'Open in explorer' })).toHaveAttribute('href', '/explore/sectors/K?area=USA');
  });

  it('one sector in Traditional Chinese: the names, the label and the caveats in Chinese', () => {
    const data = ofKind(toolOutput('sector-exposure-zh', 'sectorExposure').data, 'sector_exposure');
    renderChat(<SectorCard data={data} />, { language: 'zh-TW' });
    const card = screen.getByTestId('sector-card');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('德國的金融及保險業 本專案的估計值，並非 ILO 發布的數據');
    expect(tableRows(within(card).getByTestId('sector-figures'))[0]).toEqual(['暴露職業的就業比重（WP140 第1至4梯度）', '58.8%', '766']);
    expect(within(card).getByTestId('sector-caveats')).toHaveTextContent('本專案的估計：ILO 並未發布各行業的生成式AI暴露數字。');
    expect(within(card).getByRole('link', { name: '在資料瀏覽中開啟' })).toHaveAttribute('href', '/explore/sectors/K?area=DEU');
  });

  it('sectors ranked: the all-sector figure, each sector linked to its page with its coverage flags, and a chart', async () => {
    const data = ofKind(toolOutput('rank-sectors', 'rankSectors').data, 'sector_ranking');
    // act: the chart canvas loads lazily.
    await act(async () => renderChat(<RankedSectors data={data} />));
    const card = screen.getByTestId('ranked-sectors');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(`Sectors in Germany, ranked ${ESTIMATE_LABEL}`);
    expect(card).toHaveTextContent('All sectors: 36.0% (15,286 thousand workers).');
    const table = within(card).getByTestId('sector-ranking');
    expect(within(table).getByText(/Eurostat lfsa_eisn2 2024/)).toBeInTheDocument();
    const rows = tableRows(table);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual(['1', 'K Finance and insurance', '58.8%', '766', '6 cells not published']);
    expect(rows[9]).toEqual(['10', 'G Wholesale and retail', '38.7%', '2,075', '2 cells not published']);
    expect(within(table).getByRole('link', { name: 'Finance and insurance' })).toHaveAttribute(
      'href',
      '/explore/sectors/K?area=DEU&measure=wp140_exposed',
    );
    expect(within(card).getByTestId('bar-chart')).toHaveTextContent(
      'Employment in exposed occupations (WP140 gradients 1-4): share of workers by sector (%)',
    );
    expect(within(card).getByRole('link', { name: 'Open in explorer' })).toHaveAttribute(
      'href',
      '/explore/sectors?area=DEU&measure=wp140_exposed',
    );
  });

  it("a sector's occupations: the sector's estimate, every occupation with its workers in the measure and top task", () => {
    const data = ofKind(toolOutput('sector-occupations', 'rankSectorOccupations').data, 'sector_occupations');
    renderChat(<SectorOccupationsCard data={data} />);
    const card = screen.getByTestId('sector-occupations-card');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(
      `Occupation mix: Finance and insurance in Germany ${ESTIMATE_LABEL}`,
    );
    expect(card).toHaveTextContent('Employment in exposed occupations (WP140 gradients 1-4): 58.8% · 4 of 4 occupations');
    expect(tableRows(within(card).getByTestId('sector-occupations'))).toEqual([
      [
        '4 Clerical Support Workers',
        '513',
        '94.9%',
        '486',
        'Screening requests for meetings or appointments and helping to organize meetings; (0.76)',
      ],
      [
        '3 Technicians and Associate Professionals',
        '443',
        '35.0%',
        '155',
        'Screening requests for meetings, and scheduling and organizing meetings; (0.74)',
      ],
      ['2 Professionals', '289', '36.7%', '106', 'Revising and correcting translated material. (0.70)'],
      ['1 Managers', '57', '32.7%', '19', 'Examining, evaluating and processing loan and insurance applications; (0.64)'],
    ]);
    expect(within(card).getByRole('link', { name: 'Open in explorer' })).toHaveAttribute(
      'href',
      '/explore/sectors/K?area=DEU&measure=wp140_exposed',
    );
  });

  it('definitions: the glossary entry, and the gradient with its badge, study and the ILO definition', () => {
    const { data } = toolOutput('define-terms', 'defineTerms');
    renderChat(<Definitions data={data} />);
    const card = screen.getByTestId('definitions');
    expect(within(card).getByRole('heading', { level: 3, name: 'Definitions' })).toBeInTheDocument();
    const terms = [...card.querySelectorAll('dt')].map((term) => term.textContent);
    expect(terms).toEqual(['gradient', 'Gradient 4 WP140']);
    expect(card.querySelector('dt .badge')).toHaveClass('exposure-gradient-4');
    expect(card.querySelectorAll('dd')[1]).toHaveTextContent(
      /^The most exposed occupations: mean task score at least 0\.60 and mean minus one SD at least 0\.50/,
    );
  });

  it.each([
    ['sector-exposure', 'sector-card'],
    ['rank-sectors', 'ranked-sectors'],
    ['sector-occupations', 'sector-occupations-card'],
    ['define-terms', 'definitions'],
  ])('the %s answer shows its card under the text', async (name, card) => {
    await act(async () => renderChat(<ToolResults calls={toolCallsOf(answerOf(name))} onCite={vi.fn()} />));
    expect(screen.getByTestId(card)).toBeInTheDocument();
  });

  it('a country without sector data gets no card: the answer says so in its text', () => {
    const answer = answerOf('sector-no-data');
    expect(toolOutput('sector-no-data', 'sectorExposure').data.kind).toBe('no_sector_data');
    expect(answer.parts.find((part) => part.type === 'text')?.text).toMatch(/^There is no employment by sector and occupation for Taiwan/);
    const { container } = renderChat(<ToolResults calls={toolCallsOf(answer)} onCite={vi.fn()} />);
    expect(container.querySelector('article')).toBeNull();
  });
});
