import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The suite must pass on a busy 2-core machine: waiting for the page is bounded generously, never timed.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
