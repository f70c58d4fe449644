import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { requestPersistentStorage } from '../../utils/db/database';
import { App } from './App';

void requestPersistentStorage();
createRoot(document.getElementById('root')!).render(<App />);
