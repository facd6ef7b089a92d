import { lazy, Suspense } from 'react';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { useLanguage } from './i18n/language.tsx';

// Each area is its own chunk: the first load carries only the page being opened.
const ChatPage = lazy(() => import('./chat/chat-page.tsx'));
const OccupationsPage = lazy(() => import('./explore/occupations-page.tsx'));
const OccupationPage = lazy(() => import('./explore/occupation-page.tsx'));
const CountriesPage = lazy(() => import('./explore/countries-page.tsx'));
const CountryPage = lazy(() => import('./explore/country-page.tsx'));
const SectorsPage = lazy(() => import('./sectors/sectors-page.tsx'));
const SectorPage = lazy(() => import('./sectors/sector-page.tsx'));
const AboutPage = lazy(() => import('./about/about-page.tsx'));

export function App() {
  const { t, language, setLanguage } = useLanguage();
  const { pathname } = useLocation();
  const inChat = pathname === '/' || pathname.startsWith('/c/');
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand">
          {t('appName')}
        </NavLink>
        <nav aria-label="Main">
          {/* A plain Link: the chat lives at both / and /c/:id, which NavLink cannot match as one. */}
          <Link to="/" className={inChat ? 'active' : ''} aria-current={inChat ? 'page' : undefined}>
            {t('navChat')}
          </Link>
          <NavLink to="/explore/occupations">{t('navOccupations')}</NavLink>
          <NavLink to="/explore/countries">{t('navCountries')}</NavLink>
          <NavLink to="/explore/sectors">{t('navSectors')}</NavLink>
          <NavLink to="/about">{t('navAbout')}</NavLink>
        </nav>
        <label className="language-switch">
          <span className="visually-hidden">{t('languageLabel')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as typeof language)} aria-label={t('languageLabel')}>
            <option value="en">English</option>
            <option value="zh-TW">繁體中文</option>
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="status">{t('loading')}</p>}>
          <Routes>
            <Route path="/" element={<ChatPage />} />
            <Route path="/c/:id" element={<ChatPage />} />
            <Route path="/explore/occupations" element={<OccupationsPage />} />
            <Route path="/explore/occupations/:code" element={<OccupationPage />} />
            <Route path="/explore/countries" element={<CountriesPage />} />
            <Route path="/explore/countries/:iso3" element={<CountryPage />} />
            <Route path="/explore/sectors" element={<SectorsPage />} />
            <Route path="/explore/sectors/:section" element={<SectorPage />} />
            <Route path="/about" element={<AboutPage />} />
            <Route path="*" element={<p>{t('notFound')}</p>} />
          </Routes>
        </Suspense>
      </main>
      <footer className="app-footer">{t('disclaimerShort')}</footer>
    </div>
  );
}
