import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { openDatabase, requestPersistentStorage } from '../../utils/db/database';
import { App } from './App';

// Open the database while React starts: the list's first rows are read from it at once.
void openDatabase();
void requestPersistentStorage();
createRoot(document.getElementById('root')!).render(<App />);
