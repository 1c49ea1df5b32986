import { z } from 'zod';
import { defineValidatedItem } from '../../storage-item';
import { salvageRecord } from '../../storage-salvage';

// What this browser last started or stopped, since Zoom's API does not say whether a stream is on.
const LivestreamEntrySchema = z.object({ action: z.enum(['start', 'stop']), at: z.number() });
const MeetingNumberSchema = z.string().regex(/^\d+$/);
export const LivestreamLogSchema = z.record(MeetingNumberSchema, LivestreamEntrySchema);
export const livestreamLogItem = defineValidatedItem('local:livestreamLog', LivestreamLogSchema, {
  fallback: {},
  version: 1,
  salvage: salvageRecord(MeetingNumberSchema, LivestreamEntrySchema),
});
