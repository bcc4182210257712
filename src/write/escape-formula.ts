// The formula guard is part of the one CSV cell codec (read/csv-cell.ts), shared by the
// writers and the reader so the two directions can never disagree.
export { escapeFormula, isFormulaLike } from '../read/csv-cell.js';
