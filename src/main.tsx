import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { createQueryClient } from './queries/filmQueries';
import { useNoticeStore } from './state/notices';
import { initStoreFromUrl } from './state/useUrlSync';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
initStoreFromUrl(useNoticeStore.getState().setIgnored);
const queryClient = createQueryClient();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
