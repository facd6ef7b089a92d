import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../src/app.tsx';
import { LanguageProvider } from '../src/i18n/language.tsx';

describe('app frame', () => {
  it('switches every frame string to Traditional Chinese and remembers the choice', async () => {
    render(
      <LanguageProvider initial="en">
        <MemoryRouter initialEntries={['/about']}>
          <App />
        </MemoryRouter>
      </LanguageProvider>,
    );
    expect(screen.getByRole('link', { name: 'Occupations' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'zh-TW');
    expect(screen.getByRole('link', { name: '職業' })).toBeInTheDocument();
    expect(localStorage.getItem('genai-jobs-language')).toBe('zh-TW');
    expect(document.documentElement.lang).toBe('zh-TW');
  });
});
