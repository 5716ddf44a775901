// The term rule's two matching steps (engine/packs/compile.ts) in one, for the matcher's tests:
// hits of all entries in `text` (the prose view), outside their allow contexts, without overlaps
// (at one place the longest hit wins, then the earlier entry).
import { finishTermHits, rawTermHits, type CompiledTerms, type TermHit } from '../../server/src/engine/packs/compile';

export function findTermHits(text: string, compiled: CompiledTerms): TermHit[] {
  return finishTermHits(text, compiled, rawTermHits(text, compiled));
}
