import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.tsx';
import { LanguageProvider } from '../../src/i18n/language.tsx';
import { stubApi } from '../explore/api-stub.tsx';
import glossary from '../explore/fixtures/glossary.json';
import sources from '../explore/fixtures/sources.json';

const openAbout = () =>
  render(
    <LanguageProvider initial="en">
      <MemoryRouter initialEntries={['/about']}>
        <App />
      </MemoryRouter>
    </LanguageProvider>,
  );

beforeEach(() => {
  stubApi({});
});

describe('About page', () => {
  it('says what the data is and is not', async () => {
    openAbout();
    expect(await screen.findByRole('heading', { level: 1, name: 'About this assistant and its data' })).toBeInTheDocument();
    const data = screen.getByRole('region', { name: 'What the data is, and what it is not' });
    expect(data).toHaveTextContent('Exposure is not job loss, and not a forecast.');
    expect(data).toHaveTextContent('Task scores are global.');
    expect(data).toHaveTextContent('ILO Working Paper 166');
    expect(data).toHaveTextContent('The 2023 and 2025 measures differ.');
    expect(data).toHaveTextContent("Country shares are this project's estimates.");
  });

  it('explains the category and gradient rules from the glossary and shows the validation table', async () => {
    openAbout();
    const gradients = await screen.findByRole('table', { name: '2025 refined index (Working Paper 140): gradients' });
    const gradient4 = glossary.exposureLabels.find((label) => label.key === 'gradient_4')!;
    expect(within(gradients).getByRole('row', { name: new RegExp(`^${gradient4.labelEn}`) })).toHaveTextContent(gradient4.definitionEn);
    expect(within(gradients).getAllByRole('row')).toHaveLength(1 + 6);
    expect(screen.getByRole('table', { name: '2023 study (Working Paper 96): categories' })).toBeInTheDocument();
    const validation = screen.getByRole('region', { name: 'How the country estimate was checked' });
    expect(await within(validation).findByRole('table', { name: 'Methods compared' })).toHaveTextContent('ESCO-weighted');
  });

  it('lists the sources with DOI and licence', async () => {
    openAbout();
    const list = await screen.findByRole('region', { name: 'Sources and licences' });
    const wp140 = sources.items.find((item) => item.id === 'ilo-wp140-2025')!;
    expect(await within(list).findByText(wp140.citation)).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'doi:10.54394/HETP0387' })).toHaveAttribute('href', 'https://doi.org/10.54394/HETP0387');
    expect(within(list).getAllByText('Licence: CC BY 4.0').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the CC BY attribution and the adaptation disclaimer in the chosen language', async () => {
    openAbout();
    expect(await screen.findByTestId('attribution')).toHaveTextContent(sources.attribution.en);
    expect(screen.getByTestId('disclaimer')).toHaveTextContent(sources.disclaimer.en);
    expect(screen.getByText(/The ILO name and logo are not this product’s brand/)).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Language'), 'zh-TW');
    expect(await screen.findByRole('heading', { level: 1, name: '關於本助理與資料' })).toBeInTheDocument();
    expect(screen.getByTestId('attribution')).toHaveTextContent(sources.attribution['zh-TW']);
    expect(screen.getByTestId('disclaimer')).toHaveTextContent(sources.disclaimer['zh-TW']);
    expect(screen.getByText(/ILO 的名稱與標誌並非本產品的品牌/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '出處標示（CC BY 4.0）' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('語言'), 'en');
    expect(await screen.findByTestId('attribution')).toHaveTextContent(sources.attribution.en);
  });
});
