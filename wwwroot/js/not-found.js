// The 404 page only needs the header with the sign-in state.
import { initLayout } from './layout.js';

initLayout().catch(() => {});
