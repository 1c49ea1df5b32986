// Settings v1 -> v2: v1 held only `{ zoom }`; v2 adds the meeting defaults of the options page.
// The values are written out here, not imported: a migration must keep doing what it did the day it
// shipped, whatever the current defaults become later.

const V2_MEETING_DEFAULTS = {
  passcode: 'auto',
  fixedPasscode: '',
  waitingRoom: true,
  joinBeforeHost: false,
  muteUponEntry: false,
  autoRecording: 'none',
  alternativeHosts: [],
  registration: 'none',
} as const;

export function migrateSettingsToV2(previous: unknown): unknown {
  // Anything that is not an object is left for the validated read to replace with the fallback.
  if (!previous || typeof previous !== 'object' || Array.isArray(previous)) return previous;
  return { ...previous, meetingDefaults: { ...V2_MEETING_DEFAULTS, alternativeHosts: [] } };
}
