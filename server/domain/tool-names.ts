/**
 * The tools the model, REST and MCP can call, by the name the model sees. The registry
 * (server/tools/registry.ts) must define exactly these; the web derives its tool types from it.
 */
export const TOOL_NAMES = [
  'resolveOccupation',
  'getOccupation',
  'rankOccupations',
  'compareOccupations',
  'searchTasks',
  'groupExposure',
  'countryExposure',
  'rankCountries',
  'sectorExposure',
  'rankSectors',
  'rankSectorOccupations',
  'searchFindings',
  'defineTerms',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];
