import { zoomError } from './api';

/**
 * What each kind refuses with, per endpoint, as the Zoom reference words it
 * (docs/api/zoom-meetings-api-reference.txt; test/specs/zoom-meeting-api.json where it is silent). Meetings and webinars differ in codes: e.g. a batch for the wrong type is 303 for a
 * meeting and 300 for a webinar.
 */
export type RegistrationApi = 'add' | 'batch' | 'status';

export const MESSAGES = {
  meeting: {
    noRegistrationAdd: (id: number) =>
      zoomError(404, 404, `Registration has not been enabled for this meeting: ${id}.`),
    noRegistrationBatch: (id: number) =>
      zoomError(400, 404, `Registration has not been enabled for this meeting: ${id}.`),
    noRegistration: (id: number) =>
      zoomError(400, 300, `This meeting has not set registration as required: ${id}.`),
    over: () =>
      zoomError(
        400,
        3038,
        'Meeting is over, you can not register now. If you have any questions, please contact the Meeting host.',
      ),
    batchType: () =>
      zoomError(
        400,
        303,
        'This API can only be used for scheduled meeting(meeting type: 2). Batch registration is not supported for other meeting types.',
      ),
    fullAdd: () => zoomError(400, 3043, 'Meeting has reached maximum attendee capacity.'),
    fullBatch: () => zoomError(400, 3043, 'Meeting has reached maximum attendee capacity.'),
    apiName: {
      add: 'Add meeting registrant',
      batch: 'meeting Perform batch registration',
      status: "meeting Update registrant's status",
    },
    batchType_: 2,
  },
  webinar: {
    noRegistrationAdd: (id: number) =>
      zoomError(400, 3000, `This webinar does not have registration as required: ${id}.`),
    noRegistrationBatch: (id: number) =>
      zoomError(400, 3000, `Registration has not been enabled for this webinar: ${id}.`),
    noRegistration: (id: number) =>
      zoomError(400, 3000, `This webinar does not have registration as required: ${id}.`),
    over: () =>
      zoomError(
        400,
        3038,
        'Webinar is over, you cannot register now. If you have any questions, contact the webinar host.',
      ),
    batchType: () =>
      zoomError(
        400,
        300,
        'This API can only be used for scheduled webinars (type 5). Batch registration is not supported for other webinar types.',
      ),
    fullAdd: () =>
      zoomError(
        400,
        3000,
        'You have reached the limit for the number of attendees you can add. Contact Zoom Support for more information.',
      ),
    fullBatch: () => zoomError(400, 3043, 'Webinar has reached maximum attendee capacity.'),
    apiName: {
      add: 'Add a webinar registrant',
      batch: 'webinar Perform batch registration',
      status: "webinar Update registrant's status",
    },
    batchType_: 5,
  },
} as const;
